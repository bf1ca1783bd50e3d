// Command hugocompare converts an ocopgen catalogue into an equivalent Hugo
// site, for the Hugo comparison benchmark (compare.sh in this folder):
//
//	go run ./tools/hugocompare -s CATALOGUE -o HUGOSITE
//
// The Hugo site has the same pages, groupings and page size as the site
// ocopgen builds from the catalogue, in the idiomatic Hugo way:
//
//   - one content page per product (content/san-pham/<slug>.md), its
//     description as the markdown body, and four taxonomies: quan_huyen
//     (district slug), hang_sao (tier slug), nhom (group slug) and du_lich
//     (tourism slugs);
//   - one term page per district, tier, group and tourism link
//     (content/<taxonomy>/<slug>/_index.md), holding its name and, for
//     districts and tourism links, its markdown; a term page lists its
//     products, paginated, as ocopgen's listing pages do;
//   - one page per story (content/tin-tuc/<slug>.md) and per sales point
//     (content/diem-ban/<slug>.md);
//   - permalinks, pagination path (trang) and heading IDs set so that the
//     URLs are ocopgen's (/quan-huyen/<slug>/trang/2/ …), and the internal
//     links of the stories resolve;
//   - minimal layouts rendering roughly what ocopgen's default theme
//     renders: header navigation, breadcrumbs, the product fields, listings
//     of product cards (name, tier, district, producer) with pagination.
//
// Two reverse links that ocopgen computes while building are written into
// the front matter here, since Hugo has no cheap way to compute them in a
// template: the stories that name a product (product page, "related
// stories") and the union of both sides of the product ↔ sales point link.
//
// The output folder must not exist or be empty.
package main

import (
	"bytes"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// layouts are the Hugo templates, written to the site as they are here.
//
//go:embed all:layouts
var layouts embed.FS

func main() {
	flags := flag.NewFlagSet("hugocompare", flag.ExitOnError)
	src := flags.String("s", ".", "the ocopgen catalogue folder (holding ocopgen.toml)")
	out := flags.String("o", "", "the Hugo site folder to write (new or empty)")
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "usage: hugocompare -s CATALOGUE -o HUGOSITE")
		flags.PrintDefaults()
	}
	flags.Parse(os.Args[1:])
	if *out == "" || flags.NArg() > 0 {
		flags.Usage()
		os.Exit(2)
	}
	n, err := convert(*src, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hugocompare:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "hugocompare: %d products, %d stories, %d tourism links, %d sales points, %d districts → %s\n",
		n.products, n.stories, n.tourism, n.salesPoints, n.districts, *out)
}

// The records, as read from the catalogue. Unknown keys are ignored:
// validating the catalogue is ocopgen's job (ocopgen check).

type siteConfig struct {
	Title    string `toml:"title"`
	BaseURL  string `toml:"base_url"`
	Language string `toml:"language"`
	PageSize int    `toml:"page_size"`
}

type district struct {
	Name        string `toml:"name"`
	Kind        string `toml:"kind"`
	Description string `toml:"description"`
	slug        string
}

type group struct {
	Slug      string `toml:"slug"`
	Name      string `toml:"name"`
	Subgroups []struct {
		Slug string `toml:"slug"`
		Name string `toml:"name"`
	} `toml:"subgroup"`
}

type product struct {
	Name              string   `toml:"name"`
	Slug              string   `toml:"slug"`
	Group             string   `toml:"group"`
	Subgroup          string   `toml:"subgroup"`
	Group1048         string   `toml:"group_1048"`
	Stars             int      `toml:"stars"`
	PotentialFiveStar bool     `toml:"potential_five_star"`
	District          string   `toml:"district"`
	Commune           string   `toml:"commune"`
	Commune2025       string   `toml:"commune_2025"`
	CraftVillage      string   `toml:"craft_village"`
	Producer          string   `toml:"producer"`
	ProducerKind      string   `toml:"producer_kind"`
	Tourism           []string `toml:"tourism"`
	SalesPoints       []string `toml:"sales_points"`
	PriceVND          int64    `toml:"price_vnd"`
	Unit              string   `toml:"unit"`
	ShelfLife         string   `toml:"shelf_life"`
	Summary           string   `toml:"summary"`
	Description       string   `toml:"description"`
	Images            []string `toml:"images"`
	Certificate       struct {
		DecisionNo   string    `toml:"decision_no"`
		DecisionDate time.Time `toml:"decision_date"`
		Level        string    `toml:"level"`
		RoundYear    int       `toml:"round_year"`
		ValidUntil   time.Time `toml:"valid_until"`
	} `toml:"certificate"`
	Contact contact `toml:"contact"`
	file    string
}

type contact struct {
	Phone   string `toml:"phone,omitempty"`
	Email   string `toml:"email,omitempty"`
	Website string `toml:"website,omitempty"`
	Address string `toml:"address,omitempty"`
}

type tourism struct {
	Title    string  `toml:"title"`
	District string  `toml:"district"`
	Kind     string  `toml:"kind"`
	Commune  string  `toml:"commune"`
	Image    string  `toml:"image"`
	Lat      float64 `toml:"lat"`
	Lon      float64 `toml:"lon"`
	slug     string
	body     string
}

type salesPoint struct {
	Name     string    `toml:"name"`
	District string    `toml:"district"`
	Address  string    `toml:"address"`
	Opened   time.Time `toml:"opened"`
	Hours    string    `toml:"hours"`
	Phone    string    `toml:"phone"`
	Operator string    `toml:"operator"`
	Lat      float64   `toml:"lat"`
	Lon      float64   `toml:"lon"`
	Products []string  `toml:"products"`
	slug     string
}

type story struct {
	Title     string    `toml:"title"`
	Date      time.Time `toml:"date"`
	Summary   string    `toml:"summary"`
	Products  []string  `toml:"products"`
	Districts []string  `toml:"districts"`
	Tourism   []string  `toml:"tourism"`
	Image     string    `toml:"image"`
	Draft     bool      `toml:"draft"`
	slug      string
	body      string
}

type counts struct{ products, stories, tourism, salesPoints, districts int }

// tiers are ocopgen's four star tiers, lowest first.
var tiers = []struct{ slug, name string }{
	{"3-sao", "3 sao"}, {"4-sao", "4 sao"}, {"tiem-nang-5-sao", "Tiềm năng 5 sao"}, {"5-sao", "5 sao"},
}

func tierSlug(p *product) string {
	switch {
	case p.Stars >= 5:
		return "5-sao"
	case p.Stars == 4 && p.PotentialFiveStar:
		return "tiem-nang-5-sao"
	case p.Stars == 4:
		return "4-sao"
	}
	return "3-sao"
}

func convert(src, out string) (counts, error) {
	var n counts
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return n, fmt.Errorf("%s is not empty", out)
	}
	content := filepath.Join(src, "content")

	var cfg siteConfig
	if err := decodeFile(filepath.Join(src, "ocopgen.toml"), &cfg); err != nil {
		return n, err
	}
	if cfg.PageSize <= 0 {
		cfg.PageSize = 24
	}
	if cfg.Language == "" {
		cfg.Language = "vi"
	}

	// Districts, referred to by slug or by name.
	var dfile struct {
		District []*district `toml:"district"`
	}
	if err := decodeFile(filepath.Join(content, "districts.toml"), &dfile); err != nil {
		return n, err
	}
	districts := dfile.District
	known := map[string]bool{}
	for _, d := range districts {
		d.slug = vntext.Slug(d.Name)
		known[d.slug] = true
	}
	districtSlug := func(file, ref string) (string, error) {
		if known[ref] {
			return ref, nil
		}
		if s := vntext.Slug(ref); known[s] {
			return s, nil
		}
		return "", fmt.Errorf("%s: unknown district %q (run ocopgen check)", file, ref)
	}

	// Groups: built in, or redefined by content/groups.toml.
	var groups []group
	var gfile struct {
		Group []group `toml:"group"`
	}
	switch err := decodeFile(filepath.Join(content, "groups.toml"), &gfile); {
	case err == nil:
		groups = gfile.Group
	case errors.Is(err, fs.ErrNotExist):
		for _, g := range catalog.DefaultGroups() {
			gg := group{Slug: g.Slug, Name: g.Name}
			for _, sg := range g.Subgroups {
				gg.Subgroups = append(gg.Subgroups, struct {
					Slug string `toml:"slug"`
					Name string `toml:"name"`
				}{sg.Slug, sg.Name})
			}
			groups = append(groups, gg)
		}
	default:
		return n, err
	}
	subgroupName := map[string]string{}
	for _, g := range groups {
		for _, sg := range g.Subgroups {
			subgroupName[g.Slug+"/"+sg.Slug] = sg.Name
		}
	}

	// Products.
	var products []*product
	err := walk(content, "products", ".toml", func(name string, data []byte) error {
		p := &product{file: name}
		if err := toml.Unmarshal(data, p); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if p.Slug == "" {
			p.Slug = vntext.Slug(p.Name)
		}
		d, err := districtSlug(name, p.District)
		if err != nil {
			return err
		}
		p.District = d
		if p.Certificate.ValidUntil.IsZero() {
			p.Certificate.ValidUntil = p.Certificate.DecisionDate.AddDate(0, 36, 0)
		}
		products = append(products, p)
		return nil
	})
	if err != nil {
		return n, err
	}

	// Tourism links.
	var tourisms []*tourism
	err = walk(content, "tourism", ".md", func(name string, data []byte) error {
		t := &tourism{slug: slugOfFile(name)}
		var err error
		if t.body, err = frontMatter(name, data, t); err != nil {
			return err
		}
		t.District, err = districtSlug(name, t.District)
		tourisms = append(tourisms, t)
		return err
	})
	if err != nil {
		return n, err
	}

	// Sales points.
	var salesPoints []*salesPoint
	err = walk(content, "sales-points", ".toml", func(name string, data []byte) error {
		sp := &salesPoint{slug: slugOfFile(name)}
		if err := toml.Unmarshal(data, sp); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		var err error
		sp.District, err = districtSlug(name, sp.District)
		salesPoints = append(salesPoints, sp)
		return err
	})
	if err != nil {
		return n, err
	}

	// Stories.
	var stories []*story
	err = walk(content, "stories", ".md", func(name string, data []byte) error {
		s := &story{slug: slugOfFile(name)}
		var err error
		if s.body, err = frontMatter(name, data, s); err != nil {
			return err
		}
		for i, d := range s.Districts {
			if s.Districts[i], err = districtSlug(name, d); err != nil {
				return err
			}
		}
		stories = append(stories, s)
		return nil
	})
	if err != nil {
		return n, err
	}

	// Reverse links: the stories naming each product (newest first), and
	// both sides of the product ↔ sales point link.
	sort.SliceStable(stories, func(i, j int) bool {
		if !stories[i].Date.Equal(stories[j].Date) {
			return stories[i].Date.After(stories[j].Date)
		}
		return stories[i].slug < stories[j].slug
	})
	storiesOf := map[string][]string{}
	for _, s := range stories {
		if s.Draft {
			continue
		}
		for _, p := range s.Products {
			storiesOf[p] = append(storiesOf[p], s.slug)
		}
	}
	productName := map[string]string{}
	for _, p := range products {
		productName[p.Slug] = p.Name
	}
	spName := map[string]string{}
	spProducts := map[string]map[string]bool{}
	productSPs := map[string]map[string]bool{}
	link := func(sp, p string) {
		if spProducts[sp] == nil {
			spProducts[sp] = map[string]bool{}
		}
		if productSPs[p] == nil {
			productSPs[p] = map[string]bool{}
		}
		spProducts[sp][p] = true
		productSPs[p][sp] = true
	}
	for _, sp := range salesPoints {
		spName[sp.slug] = sp.Name
		for _, p := range sp.Products {
			link(sp.slug, p)
		}
	}
	for _, p := range products {
		for _, sp := range p.SalesPoints {
			link(sp, p.Slug)
		}
	}
	coll := vntext.NewCollator()
	byName := func(set map[string]bool, names map[string]string) []string {
		list := make([]string, 0, len(set))
		for s := range set {
			list = append(list, s)
		}
		keys := map[string]string{}
		for _, s := range list {
			keys[s] = coll.Key(names[s])
		}
		sort.Slice(list, func(i, j int) bool {
			if keys[list[i]] != keys[list[j]] {
				return keys[list[i]] < keys[list[j]]
			}
			return list[i] < list[j]
		})
		return list
	}

	// The Hugo site.
	w := &writer{root: out}
	w.file("hugo.toml", hugoConfig(cfg))
	w.file("i18n/vi.toml", i18n())
	if w.err == nil {
		w.err = fs.WalkDir(layouts, "layouts", func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			data, err := layouts.ReadFile(p)
			w.file(p, data)
			return errors.Join(err, w.err)
		})
	}

	w.page("content/_index.md", map[string]any{"title": cfg.Title}, "")
	w.page("content/san-pham/_index.md", map[string]any{"title": "Sản phẩm"}, "")
	w.page("content/tin-tuc/_index.md", map[string]any{"title": "Tin tức"}, "")
	w.page("content/diem-ban/_index.md", map[string]any{"title": "Điểm bán sản phẩm OCOP"}, "")
	w.page("content/quan_huyen/_index.md", map[string]any{"title": "Quận, huyện, thị xã"}, "")
	w.page("content/hang_sao/_index.md", map[string]any{"title": "Hạng sao"}, "")
	w.page("content/nhom/_index.md", map[string]any{"title": "Nhóm sản phẩm"}, "")
	w.page("content/du_lich/_index.md", map[string]any{"title": "Du lịch, làng nghề"}, "")

	for _, d := range districts {
		w.page("content/quan_huyen/"+d.slug+"/_index.md", map[string]any{
			"title": d.Name, "slug": d.slug, "district_kind": d.Kind,
		}, d.Description)
	}
	for i, t := range tiers {
		w.page("content/hang_sao/"+t.slug+"/_index.md", map[string]any{
			"title": t.name, "slug": t.slug, "weight": i + 1,
		}, "")
	}
	for i, g := range groups {
		w.page("content/nhom/"+g.Slug+"/_index.md", map[string]any{
			"title": g.Name, "slug": g.Slug, "weight": i + 1,
		}, "")
	}
	for _, t := range tourisms {
		fm := map[string]any{"title": t.Title, "slug": t.slug, "district": t.District, "tourism_kind": t.Kind}
		setIf(fm, "commune", t.Commune)
		setIf(fm, "image", t.Image)
		if t.Lat != 0 || t.Lon != 0 {
			fm["lat"], fm["lon"] = t.Lat, t.Lon
		}
		w.page("content/du_lich/"+t.slug+"/_index.md", fm, t.body)
	}
	for _, sp := range salesPoints {
		fm := map[string]any{"title": sp.Name, "district": sp.District, "address": sp.Address,
			"products": byName(spProducts[sp.slug], productName)}
		if !sp.Opened.IsZero() {
			fm["opened"] = isoDate(sp.Opened)
		}
		setIf(fm, "hours", sp.Hours)
		setIf(fm, "phone", sp.Phone)
		setIf(fm, "operator", sp.Operator)
		if sp.Lat != 0 || sp.Lon != 0 {
			fm["lat"], fm["lon"] = sp.Lat, sp.Lon
		}
		w.page("content/diem-ban/"+sp.slug+".md", fm, "")
	}
	for _, s := range stories {
		fm := map[string]any{"title": s.Title, "date": isoDate(s.Date)}
		setIf(fm, "summary", s.Summary)
		setIf(fm, "image", s.Image)
		if s.Draft {
			fm["draft"] = true
		}
		setList(fm, "products", s.Products)
		setList(fm, "districts", s.Districts)
		setList(fm, "tourism", s.Tourism)
		w.page("content/tin-tuc/"+s.slug+".md", fm, s.body)
	}
	for _, p := range products {
		c := p.Certificate
		fm := map[string]any{
			"title":         p.Name,
			"producer":      p.Producer,
			"group":         p.Group,
			"decision_date": isoDate(c.DecisionDate),
			"valid_until":   isoDate(c.ValidUntil),
			"quan_huyen":    []string{p.District},
			"hang_sao":      []string{tierSlug(p)},
			"nhom":          []string{p.Group},
		}
		setIf(fm, "summary", p.Summary)
		setIf(fm, "producer_kind", p.ProducerKind)
		setIf(fm, "subgroup", subgroupName[p.Group+"/"+p.Subgroup])
		setIf(fm, "group_1048", p.Group1048)
		setIf(fm, "commune", p.Commune)
		setIf(fm, "commune_2025", p.Commune2025)
		setIf(fm, "craft_village", p.CraftVillage)
		if p.PriceVND > 0 {
			fm["price"] = p.PriceVND
		}
		setIf(fm, "unit", p.Unit)
		setIf(fm, "shelf_life", p.ShelfLife)
		setIf(fm, "decision_no", c.DecisionNo)
		setIf(fm, "level", c.Level)
		if c.RoundYear != 0 {
			fm["round_year"] = c.RoundYear
		}
		setList(fm, "images", p.Images)
		setList(fm, "du_lich", p.Tourism)
		setList(fm, "sales_points", byName(productSPs[p.Slug], spName))
		setList(fm, "stories", storiesOf[p.Slug])
		if p.Contact != (contact{}) {
			fm["contact"] = p.Contact
		}
		w.page("content/san-pham/"+p.Slug+".md", fm, p.Description)
	}

	// Media, served at /media/ as ocopgen does.
	if w.err == nil {
		w.err = copyTree(filepath.Join(content, "media"), filepath.Join(out, "static", "media"))
	}
	n = counts{len(products), len(stories), len(tourisms), len(salesPoints), len(districts)}
	return n, w.err
}

func setIf(fm map[string]any, key, v string) {
	if v != "" {
		fm[key] = v
	}
}

func setList(fm map[string]any, key string, v []string) {
	if len(v) > 0 {
		fm[key] = v
	}
}

func isoDate(t time.Time) string { return t.Format(time.DateOnly) }

// slugOfFile is the slug ocopgen gives a story, tourism link or sales
// point: that of its file name.
func slugOfFile(name string) string {
	base := path.Base(name)
	return vntext.Slug(strings.TrimSuffix(base, path.Ext(base)))
}

// readText reads a catalogue file as ocopgen does: UTF-8 without BOM, LF
// line ends, NFC.
func readText(name string) ([]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return []byte(vntext.NFC(string(data))), nil
}

func decodeFile(name string, v any) error {
	data, err := readText(name)
	if err != nil {
		return err
	}
	if err := toml.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// walk calls fn for every file with extension ext under content/dir, in
// lexical order. A missing folder holds no records.
func walk(content, dir, ext string, fn func(name string, data []byte) error) error {
	root := filepath.Join(content, dir)
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") || !strings.EqualFold(filepath.Ext(p), ext) {
			return nil
		}
		data, err := readText(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(content, p)
		return fn(filepath.ToSlash(rel), data)
	})
	if errors.Is(err, fs.ErrNotExist) {
		if _, serr := os.Stat(root); errors.Is(serr, fs.ErrNotExist) {
			return nil
		}
	}
	return err
}

// frontMatter decodes the TOML front matter between +++ lines into v and
// returns the markdown body.
func frontMatter(name string, data []byte, v any) (string, error) {
	text := string(data)
	rest, ok := strings.CutPrefix(text, "+++\n")
	if !ok {
		return "", fmt.Errorf("%s: no +++ front matter", name)
	}
	fm, body, ok := strings.Cut(rest, "\n+++")
	if !ok {
		return "", fmt.Errorf("%s: front matter not closed by +++", name)
	}
	if err := toml.Unmarshal([]byte(fm), v); err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if _, after, ok := strings.Cut(body, "\n"); ok {
		return after, nil
	}
	return "", nil
}

// writer writes the site, remembering the first error.
type writer struct {
	root string
	err  error
	buf  bytes.Buffer
}

func (w *writer) file(name string, data []byte) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.root, filepath.FromSlash(name))
	if w.err = os.MkdirAll(filepath.Dir(p), 0o755); w.err == nil {
		w.err = os.WriteFile(p, data, 0o644)
	}
}

// page writes a Hugo content file: TOML front matter, then the body.
func (w *writer) page(name string, fm map[string]any, body string) {
	if w.err != nil {
		return
	}
	w.buf.Reset()
	w.buf.WriteString("+++\n")
	if err := toml.NewEncoder(&w.buf).Encode(fm); err != nil {
		w.err = fmt.Errorf("%s: %w", name, err)
		return
	}
	w.buf.WriteString("+++\n")
	if body != "" {
		w.buf.WriteString("\n")
		w.buf.WriteString(body)
		if !strings.HasSuffix(body, "\n") {
			w.buf.WriteString("\n")
		}
	}
	w.file(name, w.buf.Bytes())
}

func copyTree(src, dst string) error {
	err := filepath.WalkDir(src, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if e.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		o, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(o, in); err != nil {
			o.Close()
			return err
		}
		return o.Close()
	})
	if errors.Is(err, fs.ErrNotExist) {
		if _, serr := os.Stat(src); errors.Is(serr, fs.ErrNotExist) {
			return nil
		}
	}
	return err
}

var taxonomyURLs = []struct{ name, url string }{
	{"quan_huyen", "quan-huyen"}, {"hang_sao", "hang-sao"}, {"nhom", "nhom"}, {"du_lich", "du-lich"},
}

func hugoConfig(cfg siteConfig) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Written by tools/hugocompare from an ocopgen catalogue.\n")
	fmt.Fprintf(&b, "baseURL = %q\n", cfg.BaseURL)
	fmt.Fprintf(&b, "title = %q\n", cfg.Title)
	fmt.Fprintf(&b, "languageCode = %q\n", cfg.Language)
	fmt.Fprintf(&b, "defaultContentLanguage = %q\n", cfg.Language)
	b.WriteString("# ocopgen publishes every story whatever its date, and writes robots.txt.\n")
	b.WriteString("buildFuture = true\nenableRobotsTXT = true\n\n")
	fmt.Fprintf(&b, "[pagination]\npagerSize = %d\npath = \"trang\"\n\n", cfg.PageSize)
	b.WriteString("[taxonomies]\n")
	for _, t := range taxonomyURLs {
		fmt.Fprintf(&b, "%s = %q\n", t.name, t.name)
	}
	b.WriteString("\n# ocopgen's URLs: /quan-huyen/<slug>/ rather than /quan_huyen/<slug>/.\n[permalinks.taxonomy]\n")
	for _, t := range taxonomyURLs {
		fmt.Fprintf(&b, "%s = %q\n", t.name, "/"+t.url+"/")
	}
	b.WriteString("[permalinks.term]\n")
	for _, t := range taxonomyURLs {
		fmt.Fprintf(&b, "%s = %q\n", t.name, "/"+t.url+"/:slug/")
	}
	b.WriteString("\n# ocopgen's heading anchors are ASCII slugs; raw HTML is not rendered.\n")
	b.WriteString("[markup.goldmark.parser]\nautoHeadingIDType = \"github-ascii\"\n")
	return b.Bytes()
}

// i18n returns i18n/vi.toml: the labels of the enumerated values, as in
// ocopgen's default theme.
func i18n() []byte {
	labels := map[string]string{
		"kind_quận": "Quận", "kind_huyện": "Huyện", "kind_thị xã": "Thị xã",
		"level_district": "Cấp huyện", "level_city": "Cấp thành phố", "level_central": "Cấp trung ương",
		"pk_hop-tac-xa": "Hợp tác xã", "pk_doanh-nghiep": "Doanh nghiệp",
		"pk_ho-kinh-doanh": "Hộ sản xuất, kinh doanh", "pk_to-hop-tac": "Tổ hợp tác",
		"tk_craft-village": "Làng nghề", "tk_rural-tourism": "Du lịch nông thôn",
		"tk_eco-tourism": "Du lịch sinh thái", "tk_community-tourism": "Du lịch cộng đồng",
		"tk_other": "Điểm du lịch",
		"valid":    "Còn hiệu lực", "expiring": "Sắp hết hiệu lực", "expired": "Hết hiệu lực",
	}
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b bytes.Buffer
	for _, k := range keys {
		fmt.Fprintf(&b, "%q = %q\n", k, labels[k])
	}
	return b.Bytes()
}
