// Package render turns a loaded catalogue into the pages of the site:
// HTML pages from the theme's templates, parsed once, plus the sitemap,
// robots.txt, the Atom feed of stories and the open-data exports. It lists
// pages first (Pages) and renders each on demand (Page.Render), so the
// build can check links against the full list and render in parallel.
// The theme's templates are the only source of its pages; what makes them
// fast (a product's view, partials cached per argument) is in view.go.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	minifyjs "github.com/tdewolff/minify/v2/js"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/lang"
)

// Image describes an image file of the catalogue.
type Image struct {
	Width, Height int // 0 when unknown

	// Thumb is the listing thumbnail of the image, if one was made.
	Thumb                   string
	ThumbWidth, ThumbHeight int

	// Sized are the resized versions of the image, narrowest first, if
	// any were made: the candidates of its srcset.
	Sized []Sized
	// Share is its share image (og:image), if one was made, of
	// ShareWidth×ShareHeight pixels (1200×630, or less for a smaller photo).
	Share                   string
	ShareWidth, ShareHeight int
}

// Sized is one resized version of an image.
type Sized struct {
	Path          string // inside the site
	Width, Height int
}

// Renderer renders the pages of one catalogue with one theme.
type Renderer struct {
	cat    *catalog.Catalog
	base   string // path of the base URL: "/" or "/ocop/"
	abs    string // the base URL, ending in "/"
	ui     map[string]string
	tmpls  map[string]*template.Template
	images map[string]Image // by path inside content/, e.g. media/x.jpg
	// searchJS is the theme's search script, inlined in the search page so
	// that a first search costs one request less.
	searchJS template.JS

	// Fragments that are the same on many pages, rendered once: the header
	// per navigation state, the footer, and each product's card.
	fragMu *sync.RWMutex // shared with the renderers Replaced makes
	frags  map[any]template.HTML

	tiers     [catalog.Tier5 + 1][]int32 // places of the products of each tier, in order
	linked    map[string]bool            // site paths the catalogue's markdown links to (made.go)
	catalogue func() *catalogue          // .Cat, made once when first asked for
}

// Page is one file of the site.
type Page struct {
	Path   string                               // file in the output, e.g. "san-pham/x/index.html"
	URL    string                               // site path, e.g. "/san-pham/x/"
	Kind   string                               // home, product, district, … or file
	r      *Renderer                            // renders it, from its catalogue
	render func(*Renderer) ([]byte, error)      // a file
	html   func(*Renderer, *bytes.Buffer) error // an HTML page, into a buffer
}

// NewFile makes a page of fixed bytes, such as a file of the search index.
func NewFile(path string, data []byte) Page {
	return Page{Path: path, URL: "/" + path, Kind: "file", render: func(*Renderer) ([]byte, error) { return data, nil }}
}

// Render produces the bytes of the page, for the caller to keep.
func (p Page) Render() ([]byte, error) {
	if p.html == nil {
		return p.render(p.r)
	}
	var b []byte
	err := p.RenderWith(func(page []byte) error {
		b = bytes.Clone(page)
		return nil
	})
	return b, err
}

// RenderWith produces the bytes of the page and hands them to use without
// a copy: an HTML page is in a buffer that serves the next page once use
// returns. The error is the page's or, if it rendered, use's.
func (p Page) RenderWith(use func([]byte) error) error {
	if p.html == nil {
		b, err := p.render(p.r)
		if err != nil {
			return err
		}
		return use(b)
	}
	buf := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(buf)
	buf.Reset()
	if err := p.html(p.r, buf); err != nil {
		return err
	}
	return use(buf.Bytes())
}

// HTML reports whether the page is an HTML page of the sitemap: not the
// page not found, nor a sheet of labels to print (noindex).
func (p Page) HTML() bool {
	return strings.HasSuffix(p.Path, ".html") && p.Kind != "404" && p.Kind != "labels"
}

// TemplateError is an error of the theme's templates, naming the template
// file and, when known, the line and column in it.
type TemplateError struct {
	File      string
	Line, Col int
	Err       error
}

func (e *TemplateError) Error() string { return e.File + ": " + e.Err.Error() }

func (e *TemplateError) Unwrap() error { return e.Err }

// templateKinds are the page templates of a theme, each executed with the
// shared layout and partials.
var templateKinds = []string{"home", "product", "list", "index", "stories", "story", "stats", "search", "data", "404", "labels"}

// New parses the theme's templates (theme holds templates/ and static/)
// and returns a renderer for cat. images describes the files under
// content/media/.
func New(cat *catalog.Catalog, theme fs.FS, images map[string]Image) (*Renderer, error) {
	r := &Renderer{
		cat:    cat,
		base:   cat.Site.BasePath(),
		abs:    cat.Site.BaseURL,
		ui:     uiStrings[cat.Site.Language],
		images: images,
		fragMu: new(sync.RWMutex),
		frags:  map[any]template.HTML{},
	}
	r.catalogue = sync.OnceValue(func() *catalogue { return catalogueOf(cat) })
	if r.ui == nil {
		r.ui = uiStrings["vi"]
	}
	for i, p := range cat.Products {
		r.tiers[p.Tier()] = append(r.tiers[p.Tier()], int32(i))
	}
	if js, err := fs.ReadFile(theme, "static/assets/search.js"); err == nil {
		small, err := minifyScript(js)
		if err != nil {
			return nil, &TemplateError{File: "static/assets/search.js", Err: lang.Errorf("the search script is not valid JavaScript: %v: fix the theme's script", err)}
		}
		r.searchJS = template.JS(small) // the theme's own code, not content
	}
	tmpls, err := parseTheme(theme, r.funcs())
	if err != nil {
		return nil, err
	}
	r.tmpls = tmpls
	return r, nil
}

// parseTheme parses the templates of a theme: one set for each kind of
// page, each with the layout and the partials.
func parseTheme(theme fs.FS, funcs template.FuncMap) (map[string]*template.Template, error) {
	layout := template.New("layout").Funcs(funcs)
	partials, _ := fs.Glob(theme, "templates/partials/*.html")
	for _, name := range append([]string{"templates/baseof.html"}, partials...) {
		if err := parseFile(layout, theme, name); err != nil {
			return nil, err
		}
	}
	sets := map[string]*template.Template{}
	for _, kind := range templateKinds {
		t, err := layout.Clone()
		if err != nil {
			return nil, err
		}
		if err := parseFile(t, theme, "templates/"+kind+".html"); err != nil {
			return nil, err
		}
		sets[kind] = t
	}
	return sets, nil
}

func parseFile(t *template.Template, theme fs.FS, name string) error {
	b, err := fs.ReadFile(theme, name)
	if err != nil {
		return &TemplateError{File: name, Err: lang.Errorf("missing template: %v", err)}
	}
	if _, err := t.New(path.Base(name)).Parse(string(b)); err != nil {
		te := &TemplateError{File: name, Err: err}
		if _, line, col, ok := templatePos(err); ok {
			te.Line, te.Col = line, col
		}
		return te
	}
	return nil
}

// templateError is the error of a page of the given template kind,
// placed in the theme file where it happened when the error says.
func (r *Renderer) templateError(kind string, err error) *TemplateError {
	te := &TemplateError{File: "templates/" + kind + ".html", Err: err}
	name, line, col, ok := templatePos(err)
	switch {
	case !ok:
		return te
	case name == "baseof.html" || name == kind+".html":
		te.File = "templates/" + name
	case r.tmpls[kind] != nil && r.tmpls[kind].Lookup(name) != nil:
		// A file's templates are named after it, and a kind's set holds
		// no other page's file: this is a partial.
		te.File = "templates/partials/" + name
	default:
		return te // a file we cannot place: the page's, without a line
	}
	te.Line, te.Col = line, col
	return te
}

// BasePath is the path of the site's base URL ("/" at a domain's root).
func (r *Renderer) BasePath() string { return r.base }

// data is what a page template receives.
type data struct {
	Site  *catalog.Settings
	Cat   *catalogue
	Kind  string
	Title string
	// ContentName is the name of the catalogue, written in Vietnamese,
	// that the title begins with, if it does: a district's, a product's.
	ContentName string
	Description string
	URL         string // site path of this page
	Crumbs      []crumb
	Image       string // content path of the page's image, for Open Graph
	JSONLD      template.JS
	NoIndex     bool
	AbsURL      string // absolute URL of this page

	Product    *product
	District   *district
	Group      *group
	Tier       *catalog.Tier
	Tourism    *tourism
	SalesPoint *salesPoint
	Story      *story
	View       *productView // on a product page: what it prints of the product

	ProducerPage *producerPage // on a producer's page (people.go)
	Commune      *communePage  // on the page of a commune or ward of 2025 (people.go)

	Whole *crumb // on a narrowed listing (narrow.go): the listing it narrows

	Items   []*product // products of a listing page
	Count   int        // products of the whole listing
	Pager   *pager
	Stories []*story
	Index   []indexEntry // entries of an index page
	Charts  []chart
	Over    *overTime // on the statistics page: the figures over time (statsover.go)
	Tiers   []tierFigure
	Data    []dataPageTable // on the data page: the tables of the open data

	// Issue 19, slice A: on a sheet of labels (labels.go).
	Labels []labelView
	Shelf  bool // a sales point's shelf labels, not a product's sheet

	SearchText map[string]string // interface strings of the search script
	SearchJS   template.JS       // the search script itself

	src  pageRecords            // what the page shows, by place (relations.go)
	fill func(*Renderer, *data) // sets the fields only the page's rendering needs
}

type crumb struct {
	Name, URL  string
	Vietnamese bool // a name of the catalogue, not an interface string
}

// TitleName is the name of the catalogue the page's title begins with,
// "" if none: the part of the title in Vietnamese, whatever the
// interface's language ("Gia Lâm" of "Gia Lâm – 5 stars").
func (d *data) TitleName() string {
	if d.ContentName != "" && strings.HasPrefix(d.Title, d.ContentName) {
		return d.ContentName
	}
	return ""
}

// TitleRest is the page's title after its TitleName: interface words.
func (d *data) TitleRest() string { return d.Title[len(d.TitleName()):] }

// indexEntry is an entry of an index page; URL is "" for one without a
// page (made.go).
type indexEntry struct {
	Name, URL, Note string
	Count           int
	// Vietnamese: the name is content of the catalogue (a district, a
	// sales point), not an interface string (a tier); NoteVietnamese:
	// the note is too (an address, not a kind of district).
	Vietnamese, NoteVietnamese bool
}

type tierFigure struct {
	Tier  catalog.Tier
	Count int // valid certificates
	Total int // products of the tier, expired included: the tier page's count
}

// Pages lists every file of the site, in a stable order.
func (r *Renderer) Pages() []Page {
	c := r.cat
	size := r.cat.Site.PageSize
	pages := make([]Page, 0, len(c.Products)+len(c.Stories)+len(c.Districts)+len(c.Tourism)+len(c.SalesPoints)+
		(4*len(c.Products)+len(c.Stories))/size+len(c.Groups)+64)

	pages = append(pages, r.html("home", "/", &data{Title: c.Site.Title, src: pageRecords{items: r.fiveStar(), stories: span(0, min(6, len(c.Stories)))},
		fill: func(r *Renderer, d *data) { d.Tiers = r.tierFigures() }}))
	home := crumb{r.t("home"), "/", false}
	pages = r.productPages(pages, home)
	pages = r.districtPages(pages, home)
	pages = r.tierPages(pages, home)
	pages = r.groupPages(pages, home)
	pages = r.tourismPages(pages, home)
	pages = r.narrowPages(pages, home)
	pages = r.salesPointPages(pages, home)
	pages = r.labelPages(pages, home) // issue 19, slice A
	pages = r.peoplePages(pages, home)
	pages = r.storyPages(pages, home)

	pages = append(pages,
		r.html("search", "/tim-kiem/", &data{Title: r.t("search"), Crumbs: []crumb{home}, SearchText: r.jsStrings(), SearchJS: r.searchJS}),
		r.html("stats", "/thong-ke/", &data{Title: r.t("stats"), Crumbs: []crumb{home},
			fill: func(r *Renderer, d *data) { d.Charts, d.Tiers, d.Over = r.charts(), r.tierFigures(), r.overTime() }}),
		r.html("data", "/du-lieu/", &data{Title: r.t("openData"), Crumbs: []crumb{home},
			fill: func(r *Renderer, d *data) { d.Data = r.dataPage() }}))
	notFound := r.html("404", "/404.html", &data{Title: r.t("notFound"), NoIndex: true})
	notFound.Path = "404.html"
	pages = append(pages, notFound)

	return append(pages, r.files(pages)...)
}

// productPages adds the listing of all products and each product's page.
func (r *Renderer) productPages(pages []Page, home crumb) []Page {
	c := r.cat
	all := crumb{r.t("products"), "/san-pham/", false}
	pages = append(pages, r.list("/san-pham/", &data{Title: r.t("allProducts"), Crumbs: []crumb{home}}, span(0, len(c.Products)))...)
	productCrumbs := []crumb{home, all} // shared: pages only read them
	// Read from the renderer's catalogue when the page renders: serve
	// renders this list from new versions of the catalogue too.
	product := func(r *Renderer, d *data) {
		d.Title, d.Description, d.JSONLD = d.Product.Name, d.Product.Summary, r.productJSONLD(d.Product.Product)
		d.ContentName = d.Product.Name
		d.View = r.productView(d.Product.Product)
	}
	ds := make([]data, len(c.Products)) // one allocation for 10,000 pages
	for i, p := range c.Products {
		d := &ds[i]
		*d = data{src: pageRecords{product: i + 1}, Crumbs: productCrumbs, fill: product}
		if len(p.Images) > 0 {
			d.Image = p.Images[0]
		}
		pages = append(pages, r.html("product", p.URL(), d))
		pages = append(pages, r.qrFile(i, p.URL()))
	}
	return pages
}

// districtPages adds the index of districts and each district's listing.
func (r *Renderer) districtPages(pages []Page, home crumb) []Page {
	districts := crumb{r.t("districts"), "/quan-huyen/", false}
	var idx []indexEntry
	c := r.cat
	for _, d := range c.Districts {
		idx = append(idx, indexEntry{Name: d.Name, URL: linkIf(r.districtMade(d), d.URL()), Note: r.t("kind." + d.Kind), Count: len(c.DistrictProducts(d)), Vietnamese: true})
	}
	pages = append(pages, r.html("index", "/quan-huyen/", &data{Title: r.t("districts"), Crumbs: []crumb{home}, Index: idx}))
	for _, d := range c.Districts {
		if !r.districtMade(d) {
			continue
		}
		pages = append(pages, r.list(d.URL(), &data{Title: d.Name, ContentName: d.Name, Description: plain(d.Description.Source), src: pageRecords{district: d}, Crumbs: []crumb{home, districts}}, c.DistrictProducts(d))...)
	}
	return pages
}

// tierPages adds the index of tiers, from the top, and each tier's listing.
func (r *Renderer) tierPages(pages []Page, home crumb) []Page {
	tiers := crumb{r.t("tiers"), "/hang-sao/", false}
	var idx []indexEntry
	for _, t := range slices.Backward(catalog.Tiers) {
		idx = append(idx, indexEntry{Name: r.tierName(t), URL: linkIf(r.tierMade(t), t.URL()), Count: len(r.tiers[t])})
	}
	pages = append(pages, r.html("index", "/hang-sao/", &data{Title: r.t("tiers"), Crumbs: []crumb{home}, Index: idx}))
	for _, t := range catalog.Tiers {
		if !r.tierMade(t) {
			continue
		}
		pages = append(pages, r.list(t.URL(), &data{Title: "OCOP " + r.tierName(t), Tier: &t, Crumbs: []crumb{home, tiers}}, r.tiers[t])...)
	}
	return pages
}

// groupPages adds the index of groups and each group's listing.
func (r *Renderer) groupPages(pages []Page, home crumb) []Page {
	groups := crumb{r.t("groups"), "/nhom/", false}
	c := r.cat
	var idx []indexEntry
	for _, g := range c.Groups {
		idx = append(idx, indexEntry{Name: r.groupName(g), URL: linkIf(r.groupMade(g), g.URL()), Count: len(c.GroupProducts(g))})
	}
	pages = append(pages, r.html("index", "/nhom/", &data{Title: r.t("groups"), Crumbs: []crumb{home}, Index: idx}))
	for _, g := range c.Groups {
		if !r.groupMade(g) {
			continue
		}
		pages = append(pages, r.list(g.URL(), &data{Title: r.groupName(g), src: pageRecords{group: g}, Crumbs: []crumb{home, groups}}, c.GroupProducts(g))...)
	}
	return pages
}

// tourismPages adds the index of tourism links and each link's listing.
func (r *Renderer) tourismPages(pages []Page, home crumb) []Page {
	c := r.cat
	tourism := crumb{r.t("tourism"), "/du-lich/", false}
	var idx []indexEntry
	for _, t := range c.Tourism {
		note := r.t("tk." + t.Kind)
		if t.District != nil {
			note += " · " + t.District.Name
		}
		idx = append(idx, indexEntry{Name: t.Title, URL: t.URL(), Note: note, Count: len(c.TourismProducts(t)), Vietnamese: true})
	}
	pages = append(pages, r.html("index", "/du-lich/", &data{Title: r.t("tourism"), Crumbs: []crumb{home}, Index: idx}))
	for _, t := range c.Tourism {
		pages = append(pages, r.list(t.URL(), &data{Title: t.Title, ContentName: t.Title, Description: plain(t.Body.Source), src: pageRecords{tourism: t}, Image: t.Image, Crumbs: []crumb{home, tourism}}, c.TourismProducts(t))...)
	}
	return pages
}

// salesPointPages adds the index of sales points and each point's listing.
func (r *Renderer) salesPointPages(pages []Page, home crumb) []Page {
	c := r.cat
	sales := crumb{r.t("salesPoints"), "/diem-ban/", false}
	var idx []indexEntry
	for _, s := range c.SalesPoints {
		note := s.Address
		if s.District != nil {
			note += " · " + s.District.Name
		}
		idx = append(idx, indexEntry{Name: s.Name, URL: s.URL(), Note: note, Count: len(c.SalesPointProducts(s)), Vietnamese: true, NoteVietnamese: true})
	}
	pages = append(pages, r.html("index", "/diem-ban/", &data{Title: r.t("salesPoints"), Crumbs: []crumb{home}, Index: idx}))
	for _, s := range c.SalesPoints {
		pages = append(pages, r.list(s.URL(), &data{Title: s.Name, ContentName: s.Name, Description: s.Address, src: pageRecords{salesPoint: s}, Crumbs: []crumb{home, sales}}, c.SalesPointProducts(s))...)
	}
	return pages
}

// storyPages adds the index of stories, page by page, and each story's page.
func (r *Renderer) storyPages(pages []Page, home crumb) []Page {
	stories := crumb{r.t("stories"), "/tin-tuc/", false}
	pages = append(pages, r.storyIndex(home)...)
	storyCrumbs := []crumb{home, stories}
	story := func(_ *Renderer, d *data) {
		d.Title, d.ContentName, d.Description = d.Story.Title, d.Story.Title, d.Story.Summary
	}
	for i, s := range r.cat.Stories {
		pages = append(pages, r.html("story", s.URL(), &data{src: pageRecords{story: i + 1}, Image: s.Image, Crumbs: storyCrumbs, fill: story}))
	}
	return pages
}

// html makes an HTML page of the given template kind at url.
func (r *Renderer) html(kind, url string, d *data) Page {
	d.Kind, d.URL = kind, url
	tmplKind := kind
	if d.Index != nil {
		tmplKind = "index"
	}
	return Page{Path: strings.TrimPrefix(url, "/") + "index.html", URL: url, Kind: kind, r: r, html: func(r *Renderer, buf *bytes.Buffer) error {
		d := *d // a copy: serve may render a page twice at once
		r.records(&d)
		d.AbsURL = r.absURL(d.URL)
		if d.fill != nil {
			d.fill(r, &d) // here, not in Pages: only pages rendered pay for it
		}
		if d.Description == "" {
			d.Description = r.describe(&d)
		}
		if err := r.tmpls[tmplKind].ExecuteTemplate(buf, "baseof.html", &d); err != nil {
			return r.templateError(tmplKind, err)
		}
		return nil
	}}
}

// buffers hold pages while they render: the buffer, grown once, serves
// the next page.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// list makes the pages of a paginated product listing at url: page 1 at
// url, page n at url/trang/n/.
func (r *Renderer) list(url string, d *data, items []int32) []Page {
	kind := listKind(d)
	items = r.byTier(items)
	size := r.cat.Site.PageSize
	n := max(1, (len(items)+size-1)/size)
	var pages []Page
	for i := 1; i <= n; i++ {
		pd := *d
		pd.src.items = items[(i-1)*size : min(i*size, len(items)) : min(i*size, len(items))]
		pd.Count = len(items)
		pd.Pager = newPager(url, i, n)
		pageURL := pd.Pager.URL(i)
		if i > 1 {
			pd.Crumbs = append(slices.Clone(d.Crumbs), crumb{d.Title, url, d.TitleName() == d.Title && d.Title != ""})
			pd.Title = fmt.Sprintf("%s – %s %d", d.Title, r.t("page"), i)
		}
		p := r.html("list", pageURL, &pd)
		p.Kind = kind
		pages = append(pages, p)
	}
	return pages
}

func listKind(d *data) string {
	switch {
	case d.src.district != nil:
		return "district"
	case d.src.group != nil:
		return "group"
	case d.src.tourism != nil:
		return "tourism"
	case d.Tier != nil:
		return "tier"
	case d.src.salesPoint != nil:
		return "sales-point"
	}
	return "products"
}

func (r *Renderer) storyIndex(home crumb) []Page {
	all := len(r.cat.Stories)
	size := r.cat.Site.PageSize
	n := max(1, (all+size-1)/size)
	var pages []Page
	for i := 1; i <= n; i++ {
		d := &data{Title: r.t("stories"), Crumbs: []crumb{home}, src: pageRecords{stories: span((i-1)*size, min(i*size, all))}}
		d.Pager = newPager("/tin-tuc/", i, n)
		if i > 1 {
			d.Title = fmt.Sprintf("%s – %s %d", d.Title, r.t("page"), i)
			d.Crumbs = append(d.Crumbs, crumb{r.t("stories"), "/tin-tuc/", false})
		}
		pages = append(pages, r.html("stories", d.Pager.URL(i), d))
	}
	return pages
}

// pager links the pages of a listing.
type pager struct {
	Base         string
	Current, Len int
}

func newPager(base string, cur, n int) *pager { return &pager{base, cur, n} }

// URL is the site path of page i.
func (p *pager) URL(i int) string {
	if i <= 1 {
		return p.Base
	}
	return p.Base + "trang/" + strconv.Itoa(i) + "/"
}

func (p *pager) Prev() string {
	if p.Current <= 1 {
		return ""
	}
	return p.URL(p.Current - 1)
}

func (p *pager) Next() string {
	if p.Current >= p.Len {
		return ""
	}
	return p.URL(p.Current + 1)
}

// Numbers lists the page numbers to show: all when few, else the first,
// the last and those around the current one (0 marks a gap).
func (p *pager) Numbers() []int {
	var out []int
	for i := 1; i <= p.Len; i++ {
		if i == 1 || i == p.Len || (i >= p.Current-2 && i <= p.Current+2) {
			out = append(out, i)
		} else if len(out) > 0 && out[len(out)-1] != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func (r *Renderer) tierFigures() []tierFigure {
	var out []tierFigure
	for _, t := range slices.Backward(catalog.Tiers) {
		out = append(out, tierFigure{t, catalog.CountValid(catalog.Pick(r.cat.Products, r.tiers[t]), r.cat.Today), len(r.tiers[t])})
	}
	return out
}

func (r *Renderer) fiveStar() []int32 { return r.tiers[catalog.Tier5] }

func first[T any](s []T, n int) []T { return s[:min(n, len(s))] }

var markup = strings.NewReplacer("*", "", "_", "", "`", "", "\n", " ")

// plain returns the first paragraph of markdown as plain text, for
// descriptions in meta tags.
func plain(md string) string {
	md = strings.TrimSpace(md)
	for _, para := range strings.Split(md, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" || strings.HasPrefix(para, "#") || strings.HasPrefix(para, "|") {
			continue
		}
		s := markup.Replace(para)
		// Drop link targets: [text](url) → text.
		for {
			i := strings.Index(s, "](")
			if i < 0 {
				break
			}
			j := strings.IndexByte(s[i:], ')')
			if j < 0 {
				break
			}
			s = s[:i] + s[i+j+1:]
		}
		s = strings.ReplaceAll(s, "[", "")
		if r := []rune(s); len(r) > 200 {
			s = string(r[:199]) + "…"
		}
		return s
	}
	return ""
}

// minifyScript makes a script as small as its meaning allows, for the
// search page, which inlines it: a quarter of the page's weight.
func minifyScript(js []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := minifyjs.Minify(minify.New(), &out, bytes.NewReader(js), nil); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// jsStrings are the interface strings of scripts ("js.*" keys), by short name,
// and the names of producer and tourism kinds ("pk.x", "tk.x") as "pk:x", "tk:x".
func (r *Renderer) jsStrings() map[string]string {
	out := map[string]string{}
	for k, v := range r.ui {
		if name, ok := strings.CutPrefix(k, "js."); ok {
			out[name] = v
		} else if code, ok := strings.CutPrefix(k, "pk."); ok {
			out["pk:"+code] = v // the kinds of producer and tourism place of search results
		} else if code, ok := strings.CutPrefix(k, "tk."); ok {
			out["tk:"+code] = v
		}
	}
	return out
}

// fragment renders the partial template name with data once for each key
// and returns the cached HTML after that.
func (r *Renderer) fragment(key any, name string, data any) (template.HTML, error) {
	if h, ok := r.cached(key); ok {
		return h, nil
	}
	var buf bytes.Buffer
	if err := r.tmpls["404"].ExecuteTemplate(&buf, name, data); err != nil {
		return "", err
	}
	return r.keep(key, template.HTML(buf.String())), nil // output of the theme's own template
}

// keep caches a fragment under key and returns it.
func (r *Renderer) keep(key any, h template.HTML) template.HTML {
	r.fragMu.Lock()
	r.frags[key] = h
	r.fragMu.Unlock()
	return h
}

func (r *Renderer) cached(key any) (template.HTML, bool) {
	r.fragMu.RLock()
	h, ok := r.frags[key]
	r.fragMu.RUnlock()
	return h, ok
}

// Forget drops what the renderer keeps of a product (its card), once no
// site shows that version of the record.
func (r *Renderer) Forget(p *catalog.Product) {
	r.forgetCards(p)
	r.forgetFragments(p)
}

// navURLs are the entries of the header's navigation: the index of each
// section of the site (the search page has none in the menu, but is one).
var navURLs = map[string]bool{"/san-pham/": true, "/quan-huyen/": true, "/hang-sao/": true, "/nhom/": true,
	"/du-lich/": true, "/diem-ban/": true, "/tin-tuc/": true, producersURL: true, communesURL: true,
	"/tim-kiem/": true, "/thong-ke/": true}

// sectionOf returns the navigation entry whose section holds the page at
// the site path url: the index at its first folder ("/san-pham/" for
// "/san-pham/x/" and "/san-pham/trang/2/"), or "" for none (the home page,
// the page not found).
func sectionOf(url string) string {
	first, _, _ := strings.Cut(strings.TrimPrefix(url, "/"), "/")
	if s := "/" + first + "/"; navURLs[s] {
		return s
	}
	return ""
}

// Section is the navigation entry of the page's section, for the header.
func (d *data) Section() string { return sectionOf(d.URL) }

// Current is how the header marks the navigation entry nav on the page:
// "page" on the entry itself, "true" within its section, else "".
func (d *data) Current(nav string) string {
	switch {
	case d.URL == nav:
		return "page"
	case d.Section() == nav:
		return "true"
	}
	return ""
}

// headerKey is what the header depends on, beyond the site: it is
// rendered once for each.
type headerKey struct {
	section string // the navigation entry of the page's section
	index   bool   // the page is that entry itself
	search  bool   // the search page or the 404, which have no search box in their header
}

func (r *Renderer) header(d *data) (template.HTML, error) {
	s := d.Section()
	key := headerKey{section: s, index: s != "" && d.URL == s, search: d.Kind == "search" || d.Kind == "404"}
	return r.fragment(key, "header", d)
}

type footerKey struct{}

func (r *Renderer) footer() (template.HTML, error) {
	if h, ok := r.cached(footerKey{}); ok {
		return h, nil // without making its data, on every page
	}
	return r.fragment(footerKey{}, "footer", &data{Site: &r.cat.Site})
}

// Thumb returns the listing thumbnail of a product: its first image, or
// a smaller copy of it.
func (r *Renderer) thumb(p *product) *thumbInfo {
	if len(p.Images) == 0 {
		return nil
	}
	im := p.Images[0]
	info := r.images[im]
	if info.Thumb != "" {
		return &thumbInfo{Src: info.Thumb, Width: info.ThumbWidth, Height: info.ThumbHeight}
	}
	return &thumbInfo{Src: im, Width: info.Width, Height: info.Height}
}

// thumbInfo is what the card template needs to show a thumbnail.
type thumbInfo struct {
	Src           string // inside the site
	Width, Height int    // 0 when unknown
}
