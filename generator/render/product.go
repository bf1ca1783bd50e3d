package render

import (
	"bytes"
	"html/template"
	"strconv"
	"sync"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// The product pages are most of a site: 10,000 of the 13,000 pages of a
// 10,000-product catalogue. Through html/template a product page costs
// about 75 µs, a microsecond for each of its hundred actions, spent on
// reflection: the product pages were 0.86 s of a build's 1.36 s of
// rendering (BenchmarkRenderKinds), and the product cards of the listings
// another 0.14 s; the layout around every page (head, crumbs) about 25 µs
// of each. So when a site uses the default theme's templates for them,
// writePage, writeProduct and writeCard write them in Go, a product page
// in a sixth of the time.
//
// The Go code is a second copy of those templates of the default theme
// (baseof.html with "crumbs", the "main" of product.html with
// "story-list", and "card"), and must print the same bytes.
// TestGoWrittenPagesMatchTemplates renders every page of the example
// catalogue, and of records made of hostile values, both ways and compares
// them, so that a change to those templates that is not made here too
// fails the tests. The escaping is in escape.go, checked against
// html/template on its own.
//
// A site whose theme changes any of those templates (in any file: a
// partial or a page template may redefine one) gets those parts from its
// templates; a theme that changes anything else keeps them (goParts).

// goParts says which parts of pages the Go code writes for a renderer:
// those whose templates, in the theme's template sets (not yet escaped),
// parse to the same trees as the default theme's (sameAsDefault). Whatever
// else a theme changes (its header, footer, stylesheet or other
// templates), the Go code then prints what its templates would.
type goParts struct {
	// layout holds the page kinds whose layout, baseof.html with its
	// "crumbs", is the default's: writePage writes it around the page's
	// "main", which still runs from the theme's template.
	layout map[string]bool
	// product is set when the product page's "main" and the "story-list"
	// it calls are the default's too: writeProduct writes it.
	product bool
	// card is set when the "card" of the listings (rendered with the set
	// of the 404 page) is the default's: writeCard writes it.
	card bool
}

// goPartsFor compares a theme's templates with the default theme's.
func goPartsFor(own map[string]*template.Template) goParts {
	g := goParts{layout: map[string]bool{}}
	def, err := defaultTemplates()
	if err != nil {
		return g
	}
	same := func(kind string, names ...string) bool {
		for _, name := range names {
			a, b := own[kind].Lookup(name), def[kind].Lookup(name)
			if a == nil || b == nil || a.Tree == nil || b.Tree == nil || a.Tree.Root.String() != b.Tree.Root.String() {
				return false
			}
		}
		return true
	}
	for _, kind := range templateKinds {
		g.layout[kind] = same(kind, "baseof.html", "crumbs")
	}
	g.product = g.layout["product"] && same("product", "main", "story-list")
	g.card = same("404", "card")
	return g
}

// defaultTemplates are the default theme's templates, parsed once, to
// compare a theme's with.
var defaultTemplates = sync.OnceValues(func() (map[string]*template.Template, error) {
	return parseTheme(theme.FS, new(Renderer).funcs()) // parsed, never executed
})

// writePage writes the page of d as baseof.html would, its "main" written
// by main. An error is main's, or the header's or the footer's, rendered
// from their templates.
func (r *Renderer) writePage(b *bytes.Buffer, d *data, main func() error) error {
	header, err := r.header(d)
	if err != nil {
		return err
	}
	footer, err := r.footer()
	if err != nil {
		return err
	}
	site := d.Site

	// baseof.html, up to the header.
	b.WriteString("<!DOCTYPE html>\n<html lang=\"")
	writeText(b, site.Language)
	b.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	if d.Kind != "home" {
		writeText(b, d.Title)
		b.WriteString(" | ")
	}
	writeText(b, site.Title)
	b.WriteString("</title>")
	if d.Description != "" {
		b.WriteString("\n<meta name=\"description\" content=\"")
		writeText(b, d.Description)
		b.WriteString("\">")
	}
	if d.NoIndex {
		b.WriteString("\n<meta name=\"robots\" content=\"noindex\">")
	} else {
		b.WriteString("\n<link rel=\"canonical\" href=\"")
		writeURL(b, r.absURL(d.URL))
		b.WriteString("\">")
	}
	b.WriteString("\n<meta property=\"og:title\" content=\"")
	writeText(b, d.Title)
	b.WriteString("\">\n<meta property=\"og:type\" content=\"")
	switch {
	case d.Product != nil:
		b.WriteString("product")
	case d.Story != nil:
		b.WriteString("article")
	default:
		b.WriteString("website")
	}
	b.WriteString("\">\n<meta property=\"og:url\" content=\"")
	writeText(b, r.absURL(d.URL))
	b.WriteString("\">\n<meta property=\"og:site_name\" content=\"")
	writeText(b, site.Title)
	b.WriteString("\">\n<meta property=\"og:locale\" content=\"")
	if site.Language == "en" {
		b.WriteString("en_US")
	} else {
		b.WriteString("vi_VN")
	}
	b.WriteString("\">")
	if d.Description != "" {
		b.WriteString("\n<meta property=\"og:description\" content=\"")
		writeText(b, d.Description)
		b.WriteString("\">")
	}
	if d.Image != "" {
		b.WriteString("\n<meta property=\"og:image\" content=\"")
		writeText(b, r.absMedia(d.Image))
		b.WriteString("\">")
	}
	b.WriteString("\n<link rel=\"stylesheet\" href=\"")
	writeURL(b, r.url("/assets/style.css"))
	b.WriteString("\">\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
	writeText(b, r.t("feed"))
	b.WriteString("\" href=\"")
	writeURL(b, r.url("/tin-tuc/atom.xml"))
	b.WriteString("\">")
	if d.JSONLD != "" {
		b.WriteString("\n<script type=\"application/ld+json\">")
		b.WriteString(string(d.JSONLD)) // template.JS goes into a script as it is
		b.WriteString("</script>")
	}
	b.WriteString("\n</head>\n<body>\n")
	b.WriteString(string(header))
	b.WriteString("\n")
	r.writeCrumbs(b, d)
	b.WriteString("\n<main id=\"main\" tabindex=\"-1\">\n")
	if err := main(); err != nil {
		return err
	}
	b.WriteString("\n</main>\n")
	b.WriteString(string(footer))
	b.WriteString("\n</body>\n</html>\n")
	return nil
}

// writeCrumbs writes partials/crumbs.html.
func (r *Renderer) writeCrumbs(b *bytes.Buffer, d *data) {
	if len(d.Crumbs) == 0 {
		return
	}
	b.WriteString("\n<nav class=\"crumbs\" aria-label=\"")
	writeText(b, r.t("breadcrumb"))
	b.WriteString("\">\n  <ol>")
	for _, c := range d.Crumbs {
		b.WriteString("\n    <li><a href=\"")
		writeURL(b, r.url(c.URL))
		b.WriteString("\">")
		writeText(b, c.Name)
		b.WriteString("</a></li>")
	}
	b.WriteString("\n    <li><span aria-current=\"page\">")
	writeText(b, d.Title)
	b.WriteString("</span></li>\n  </ol>\n</nav>")
}

// writeProduct writes the "main" template of product.html.
func (r *Renderer) writeProduct(b *bytes.Buffer, p *catalog.Product) {
	if p == nil {
		b.WriteString("\n")
		return
	}
	// fact writes <dt>label</dt><dd>text</dd>.
	fact := func(label, text string) {
		b.WriteString("<dt>")
		writeText(b, r.t(label))
		b.WriteString("</dt><dd>")
		writeText(b, text)
		b.WriteString("</dd>")
	}
	// linkFact writes <dt>label</dt><dd><a href="…"attrs>text</a></dd>,
	// the link's value written by href.
	linkFact := func(label string, href func(), attrs, text string) {
		b.WriteString("<dt>")
		writeText(b, r.t(label))
		b.WriteString("</dt><dd><a href=\"")
		href()
		b.WriteString("\"")
		b.WriteString(attrs)
		b.WriteString(">")
		writeText(b, text)
		b.WriteString("</a></dd>")
	}
	// page writes the link to a page of the site.
	page := func(path string) func() { return func() { writeURL(b, r.url(path)) } }
	// section opens a <section> with its heading.
	section := func(id, label string) {
		b.WriteString("\n<section aria-labelledby=\"")
		b.WriteString(id)
		b.WriteString("\">\n<h2 id=\"")
		b.WriteString(id)
		b.WriteString("\">")
		writeText(b, r.t(label))
		b.WriteString("</h2>")
	}
	// item writes the start of an item of a list of links.
	item := func(path, text string) {
		b.WriteString("\n  <li><a href=\"")
		writeURL(b, r.url(path))
		b.WriteString("\">")
		writeText(b, text)
		b.WriteString("</a>")
	}
	tier, validity := p.Tier(), r.validity(p)

	b.WriteString("\n<article class=\"product\">\n<h1>")
	writeText(b, p.Name)
	b.WriteString("</h1>\n<p class=\"card-meta\">\n  <a class=\"badge tier-")
	writeText(b, tier.Slug())
	b.WriteString("\" href=\"")
	writeURL(b, r.url(tier.URL()))
	b.WriteString("\">OCOP ")
	writeText(b, r.tierName(tier))
	b.WriteString("</a>\n  <span class=\"badge state-")
	writeText(b, validity)
	b.WriteString("\">")
	writeText(b, r.t(validity))
	b.WriteString("</span>\n</p>")
	if p.Summary != "" {
		b.WriteString("\n<p class=\"lead\">")
		writeText(b, p.Summary)
		b.WriteString("</p>")
	}
	if len(p.Images) > 0 {
		b.WriteString("\n<div class=\"gallery\">")
		for i, img := range p.Images {
			b.WriteString("\n  <img src=\"")
			writeURL(b, r.media(img))
			b.WriteString("\" alt=\"")
			writeText(b, p.Name)
			if i > 0 {
				b.WriteString(" (")
				b.WriteString(strconv.Itoa(i + 1))
				b.WriteString(")")
			}
			b.WriteString("\"")
			if attrs := r.imageAttrs(img); attrs != "" {
				b.WriteString(" ")
				b.WriteString(string(attrs)) // template.HTMLAttr is printed as it is
			}
			if i > 0 {
				b.WriteString(" loading=\"lazy\"")
			}
			b.WriteString(" decoding=\"async\">")
		}
		b.WriteString("\n</div>")
	}

	b.WriteString("\n<dl class=\"facts\">\n  <dt>")
	writeText(b, r.t("producer"))
	b.WriteString("</dt><dd>")
	writeText(b, p.Producer)
	if p.ProducerKind != "" {
		b.WriteString(" (")
		writeText(b, r.t("pk."+p.ProducerKind))
		b.WriteString(")")
	}
	b.WriteString("</dd>")
	if p.District != nil {
		linkFact("district", page(p.District.URL()), "", p.District.Name)
	}
	if p.Commune != "" {
		fact("commune", p.Commune)
	}
	if p.Commune2025 != "" {
		fact("commune2025", p.Commune2025)
	}
	if p.CraftVillage != "" {
		fact("craftVillage", p.CraftVillage)
	}
	if p.Group != nil {
		linkFact("group", page(p.Group.URL()), "", r.groupName(p.Group))
	}
	if p.Subgroup.Name != "" {
		fact("subgroup", p.Subgroup.Name)
	}
	if p.Group1048 != "" {
		fact("group1048", r.t("g1048."+p.Group1048))
	}
	switch {
	case p.PriceVND != 0:
		price := Price(p.PriceVND)
		if p.Unit != "" {
			price += " / " + p.Unit
		}
		fact("price", price)
	case p.Unit != "":
		fact("unit", p.Unit)
	}
	if p.ShelfLife != "" {
		fact("shelfLife", p.ShelfLife)
	}
	b.WriteString("\n</dl>")
	if p.Description.HTML != "" {
		b.WriteString("\n<div class=\"prose\">")
		b.WriteString(p.Description.HTML) // safe HTML of the markdown stage
		b.WriteString("</div>")
	}

	c := &p.Certificate
	section("h-cert", "certificate")
	b.WriteString("\n<dl class=\"facts\">\n  ")
	fact("tier", r.tierName(tier))
	if c.DecisionNo != "" {
		fact("decisionNo", c.DecisionNo)
	}
	b.WriteString("\n  ")
	r.dateFact(b, "decisionDate", c.DecisionDate)
	if c.Level != "" {
		fact("level", r.t("level."+c.Level))
	}
	if c.RoundYear != 0 {
		fact("roundYear", strconv.Itoa(c.RoundYear))
	}
	b.WriteString("\n  ")
	r.dateFact(b, "validUntil", c.ValidUntil)
	b.WriteString("\n  <dt>")
	writeText(b, r.t("state"))
	b.WriteString("</dt><dd><span class=\"badge state-")
	writeText(b, validity)
	b.WriteString("\">")
	writeText(b, r.t(validity))
	b.WriteString("</span></dd>\n</dl>\n</section>")

	if len(p.Tourism) > 0 {
		section("h-tourism", "tourismLinks")
		b.WriteString("\n<ul class=\"links\">")
		for _, t := range p.Tourism {
			item(t.URL(), t.Title)
			b.WriteString("</li>")
		}
		b.WriteString("\n</ul>\n</section>")
	}
	if len(p.SalesPoints) > 0 {
		section("h-buy", "whereToBuy")
		b.WriteString("\n<ul class=\"links\">")
		for _, s := range p.SalesPoints {
			item(s.URL(), s.Name)
			b.WriteString(" – ")
			writeText(b, s.Address)
			b.WriteString("</li>")
		}
		b.WriteString("\n</ul>\n</section>")
	}
	if k := p.Contact; k.Phone != "" || k.Email != "" || k.Website != "" || k.Address != "" {
		section("h-contact", "contact")
		b.WriteString("\n<dl class=\"facts\">")
		if k.Phone != "" {
			// tel gives a template.URL, which the URL filter lets through.
			linkFact("phone", func() { writeURLPart(b, string(tel(k.Phone))) }, "", k.Phone)
		}
		if k.Email != "" {
			linkFact("email", func() { b.WriteString("mailto:"); writeURLPart(b, k.Email) }, "", k.Email)
		}
		if k.Website != "" {
			linkFact("website", func() { writeURL(b, k.Website) }, ` rel="nofollow"`, k.Website)
		}
		if k.Address != "" {
			fact("address", k.Address)
		}
		b.WriteString("\n</dl>\n</section>")
	}
	if len(p.Stories) > 0 {
		section("h-stories", "relatedStories")
		b.WriteString("\n")
		r.writeStoryList(b, p.Stories)
		b.WriteString("\n</section>")
	}
	b.WriteString("\n</article>\n")
}

// dateFact writes <dt>label</dt><dd><time datetime="…">…</time></dd>.
func (r *Renderer) dateFact(b *bytes.Buffer, label string, t time.Time) {
	b.WriteString("<dt>")
	writeText(b, r.t(label))
	b.WriteString("</dt><dd><time datetime=\"")
	writeText(b, t.Format(time.DateOnly))
	b.WriteString("\">")
	writeText(b, t.Format(r.t("dateFormat")))
	b.WriteString("</time></dd>")
}

// writeStoryList writes the "story-list" template of partials/stories.html.
func (r *Renderer) writeStoryList(b *bytes.Buffer, stories []*catalog.Story) {
	if len(stories) == 0 {
		return
	}
	b.WriteString("\n<ul class=\"stories\">")
	for _, s := range stories {
		b.WriteString("\n  <li>\n    <a href=\"")
		writeURL(b, r.url(s.URL()))
		b.WriteString("\">")
		writeText(b, s.Title)
		b.WriteString("</a>\n    <time datetime=\"")
		writeText(b, s.Date.Format(time.DateOnly))
		b.WriteString("\">")
		writeText(b, s.Date.Format(r.t("dateFormat")))
		b.WriteString("</time>")
		if s.Draft {
			b.WriteString(" <span class=\"badge\">")
			writeText(b, r.t("draft"))
			b.WriteString("</span>")
		}
		if s.Summary != "" {
			b.WriteString("\n    <p>")
			writeText(b, s.Summary)
			b.WriteString("</p>")
		}
		b.WriteString("\n  </li>")
	}
	b.WriteString("\n</ul>")
}

// writeCard writes the "card" template of partials/products.html.
func (r *Renderer) writeCard(b *bytes.Buffer, p *catalog.Product) {
	b.WriteString("<li class=\"card\">")
	if th := r.thumb(p); th != nil {
		b.WriteString("\n    <img class=\"card-image\" src=\"")
		writeURL(b, r.media(th.Src))
		b.WriteString("\" alt=\"\"")
		if th.Width != 0 {
			b.WriteString(" width=\"")
			b.WriteString(strconv.Itoa(th.Width))
			b.WriteString("\" height=\"")
			b.WriteString(strconv.Itoa(th.Height))
			b.WriteString("\"")
		}
		b.WriteString(" loading=\"lazy\" decoding=\"async\">")
	}
	b.WriteString("\n    <a class=\"card-title\" href=\"")
	writeURL(b, r.url(p.URL()))
	b.WriteString("\">")
	writeText(b, p.Name)
	b.WriteString("</a>\n    <p class=\"card-meta\">\n      <span class=\"badge tier-")
	tier := p.Tier()
	writeText(b, tier.Slug())
	b.WriteString("\">")
	writeText(b, r.tierName(tier))
	b.WriteString("</span>")
	if r.validity(p) == "expired" {
		b.WriteString(" <span class=\"badge expired\">")
		writeText(b, r.t("expired"))
		b.WriteString("</span>")
	}
	if p.District != nil {
		b.WriteString(" <span>")
		writeText(b, p.District.Name)
		b.WriteString("</span>")
	}
	b.WriteString("\n    </p>\n    <p class=\"card-producer\">")
	writeText(b, p.Producer)
	b.WriteString("</p>\n  </li>")
}
