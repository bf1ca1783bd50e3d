package load

import (
	"github.com/BurntSushi/toml"
	"net/mail"
	"net/url"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

type productFile struct {
	Name              string       `toml:"name"`
	Slug              string       `toml:"slug"`
	Group             string       `toml:"group"`
	Subgroup          string       `toml:"subgroup"`
	Group1048         string       `toml:"group_1048"`
	Stars             int          `toml:"stars"`
	PotentialFiveStar bool         `toml:"potential_five_star"`
	District          string       `toml:"district"`
	Commune           string       `toml:"commune"`
	Commune2025       string       `toml:"commune_2025"`
	CraftVillage      string       `toml:"craft_village"`
	Producer          string       `toml:"producer"`
	ProducerKind      string       `toml:"producer_kind"`
	Tourism           []string     `toml:"tourism"`
	SalesPoints       []string     `toml:"sales_points"`
	PriceVND          int64        `toml:"price_vnd"`
	Unit              string       `toml:"unit"`
	ShelfLife         string       `toml:"shelf_life"`
	Summary           string       `toml:"summary"`
	Description       string       `toml:"description"`
	Images            []string     `toml:"images"`
	Certificate       *certFile    `toml:"certificate"`
	History           []pastFile   `toml:"certificate_history"`
	Contact           *contactFile `toml:"contact"`
	Shops             []shopFile   `toml:"shops"`
}

type certFile struct {
	DecisionNo   string       `toml:"decision_no"`
	DecisionDate *writtenDate `toml:"decision_date"`
	Level        string       `toml:"level"`
	RoundYear    int          `toml:"round_year"`
	ValidUntil   *writtenDate `toml:"valid_until"`
	RevokedBy    string       `toml:"revoked_by"`
	RevokedOn    *writtenDate `toml:"revoked_on"`
}

type contactFile struct {
	Phone   string `toml:"phone"`
	Email   string `toml:"email"`
	Website string `toml:"website"`
	Address string `toml:"address"`
}

// producerKinds are the kinds of OCOP subject (chủ thể).
var producerKinds = []string{"hop-tac-xa", "doanh-nghiep", "ho-kinh-doanh", "to-hop-tac"}

// groups1048 are the group slugs of the old scheme (Decision 1048/QĐ-TTg).
var groups1048 = []string{"thuc-pham", "do-uong", "thao-duoc", "vai-may-mac", "luu-niem-noi-that-trang-tri", "du-lich-nong-thon"}

// validityMonths is how long an OCOP certificate is valid by default.
const validityMonths = 36

type pendingProduct struct {
	p      *catalog.Product
	f      productFile
	doc    *doc
	shared bool // a catalogue holds p: it is not written again
	failed bool // p is known by its name and slug alone (failed.go)
}

// loadProduct reads and checks one product file; files are read in parallel.
func (l *loader) loadProduct(name string, groups map[string]*catalog.Group, groupSlugs []string) (pendingProduct, bool) {
	text, ok := l.readText(name)
	if !ok {
		return l.failedProduct(name, nil)
	}
	var f productFile
	d, ok := l.decodeTOML(name, text, 0, &f)
	if !ok {
		return l.failedProduct(name, d)
	}
	f.ProducerKind = coded(f.ProducerKind, producerKindWords)
	f.Group1048 = coded(f.Group1048, group1048Words)
	p := &catalog.Product{
		Name: f.Name, Group1048: f.Group1048, Stars: f.Stars, PotentialFiveStar: f.PotentialFiveStar,
		Commune: f.Commune, Commune2025: f.Commune2025, CraftVillage: f.CraftVillage,
		Producer: f.Producer, ProducerKind: f.ProducerKind, PriceVND: f.PriceVND,
		Unit: f.Unit, ShelfLife: f.ShelfLife, Summary: strings.TrimSpace(f.Summary),
		Description: d.markdown("description", f.Description), File: name,
	}
	if f.Name == "" {
		d.missing("name", `"Bánh chưng Tranh Khúc"`)
		p.Name = slugOfFile(name)
	}
	p.SortKey = l.coll.Key(p.Name)
	p.Slug = l.slug(d, f.Slug, p.Name, f.Name != "")
	p.KeepURL()
	p.Group, p.Subgroup = productGroup(d, &f, groups, groupSlugs)
	d.oneOf("group_1048", f.Group1048, groups1048...)
	checkStars(d, &f)
	p.District = l.resolveDistrict(d, "district", f.District)
	p.Unit2025 = l.checkCommune2025(d, f.Commune2025)
	if f.Producer == "" {
		d.missing("producer", `"HTX Dịch vụ nông nghiệp Tranh Khúc"`)
	}
	d.oneOf("producer_kind", f.ProducerKind, producerKinds...)
	if f.PriceVND < 0 {
		d.errValue("price_vnd", "price_vnd = %d is negative: write the price in đồng, like 150000", f.PriceVND)
	}
	for _, img := range f.Images {
		if clean, ok := l.checkImage(d, "images", img); ok {
			p.Images = append(p.Images, clean)
		}
	}
	l.certificate(d, f.Certificate, p)
	p.History = l.history(d, f.History, p)
	p.Shops = shops(d, f.Shops)
	d.md = toml.MetaData{} // the parse tree is not needed past here; 10,000 of them are
	if c := f.Contact; c != nil {
		p.Contact = catalog.Contact{Phone: c.Phone, Email: c.Email, Website: c.Website, Address: c.Address}
		checkContact(d, c)
	}
	if p.Slug == "" {
		return pendingProduct{}, false // checked, but no page can be made for it
	}
	return pendingProduct{p: p, f: f, doc: d}, true
}

// productGroup resolves a product's group and sub-group.
func productGroup(d *doc, f *productFile, groups map[string]*catalog.Group, groupSlugs []string) (*catalog.Group, catalog.Subgroup) {
	g, ok := groups[f.Group]
	if !ok && f.Group != "" {
		g, ok = groupNamed(f.Group, groups, groupSlugs)
	}
	switch {
	case f.Group == "":
		d.missing("group", `"thuc-pham"`)
		return nil, catalog.Subgroup{}
	case !ok:
		unknownGroup(d, f.Group, groupSlugs)
		return nil, catalog.Subgroup{}
	case f.Subgroup == "":
		return g, catalog.Subgroup{}
	}
	sg, ok := g.Subgroup(f.Subgroup)
	if !ok {
		sg, ok = subgroupNamed(g, f.Subgroup)
	}
	if !ok {
		var subs []string
		for _, s := range g.Subgroups {
			subs = append(subs, s.Slug)
		}
		notSubgroup(d, f.Subgroup, g.Slug, subs)
	}
	return g, sg
}

// checkStars checks a product's stars and its potential_five_star flag.
func checkStars(d *doc, f *productFile) {
	switch {
	case !d.md.IsDefined("stars"):
		d.missing("stars", "4")
	case f.Stars < 3 || f.Stars > 5:
		d.errValue("stars", "stars = %d is out of range: OCOP certifies 3, 4 or 5 stars", f.Stars)
	case f.PotentialFiveStar && f.Stars != 4:
		d.errValue("potential_five_star", "potential_five_star applies only to 4-star products (tiềm năng 5 sao), but stars = %d: remove it or set stars = 4", f.Stars)
	}
}

// checkContact checks the e-mail address and website of a producer.
func checkContact(d *doc, c *contactFile) {
	if c.Email != "" {
		if _, err := mail.ParseAddress(c.Email); err != nil {
			d.errValue("contact.email", "contact.email = %q is not an e-mail address", c.Email)
		}
	}
	if c.Website != "" {
		if u, err := url.Parse(c.Website); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			d.errValue("contact.website", "contact.website = %q: write a full address starting with https://", c.Website)
		}
	}
}

// slug returns the explicit slug if valid, else the slug of name. A slug
// that comes out empty (a name of symbols only, "★★★") is reported at the
// key it comes from, with the slug of the file name as the suggested
// explicit slug; named tells whether name was written.
func (l *loader) slug(d *doc, explicit, name string, named bool) string {
	fallback := func() string { // only a problem needs it
		if s := slugOfFile(d.file); s != "" {
			return s
		}
		return "banh-chung-tranh-khuc"
	}
	if explicit == "" {
		s := vntext.Slug(name)
		if s == "" && named {
			d.errValue("name", "name = %q gives an empty slug (it has no letter or digit): set slug = %q (lowercase ASCII letters, digits and hyphens) explicitly", name, fallback())
		}
		return s
	}
	if !vntext.IsSlug(explicit) {
		like := vntext.Slug(explicit)
		if like == "" {
			like = fallback()
		}
		d.errValue("slug", "slug = %q: use lowercase ASCII letters, digits and hyphens, like %q", explicit, like)
		return vntext.Slug(explicit)
	}
	return explicit
}

func (l *loader) certificate(d *doc, c *certFile, p *catalog.Product) {
	if c == nil {
		d.probs.Errorf(d.table(), "missing [certificate]: add a [certificate] table with decision_date = 2024-03-04 (the date of the certifying decision)")
		return
	}
	if c.DecisionDate == nil {
		d.missing("certificate.decision_date", "2024-03-04")
		return
	}
	decided, ok := d.dateOf("certificate.decision_date", *c.DecisionDate)
	ok = ok && l.plausible(d, "certificate.decision_date", decided, ocopBegan)
	validUntil, untilOK := time.Time{}, false
	if c.ValidUntil != nil {
		validUntil, untilOK = d.dateOf("certificate.valid_until", *c.ValidUntil)
		untilOK = untilOK && l.plausible(d, "certificate.valid_until", validUntil, ocopBegan)
	}
	c.Level = coded(c.Level, levelWords)
	d.oneOf("certificate.level", c.Level, "district", "city", "central")
	if !ok {
		return
	}
	cert := catalog.Certificate{DecisionNo: c.DecisionNo, DecisionDate: decided, Level: c.Level, RoundYear: c.RoundYear}
	if c.RoundYear != 0 && (c.RoundYear < 2018 || c.RoundYear > cert.DecisionDate.Year()) {
		d.errValue("certificate.round_year", "round_year = %d: the evaluation round is a year from 2018 to the decision's year (%d)", c.RoundYear, cert.DecisionDate.Year())
	}
	if untilOK {
		cert.ValidUntil = validUntil
		if !cert.ValidUntil.After(cert.DecisionDate) {
			d.errValue("certificate.valid_until", "valid_until %s is not after decision_date %s", cert.ValidUntil.Format(time.DateOnly), cert.DecisionDate.Format(time.DateOnly))
		}
	} else {
		cert.ValidUntil = cert.DecisionDate.AddDate(0, validityMonths, 0)
	}
	if cert.DecisionDate.After(l.cat.Today) {
		d.warnValue("certificate.decision_date", "decision_date %s is in the future", cert.DecisionDate.Format(time.DateOnly))
	}
	l.revocation(d, c, &cert)
	p.Certificate = cert
	if p.Validity(l.cat.Today) == catalog.Expiring {
		days := int(cert.ValidUntil.Sub(l.cat.Today).Hours() / 24)
		key := "certificate.decision_date"
		if untilOK {
			key = "certificate.valid_until"
		}
		d.warnValue(key, "the certificate of %q expires on %s, in %d days: plan its re-evaluation", p.Name, cert.ValidUntil.Format("02/01/2006"), days)
	}
}
