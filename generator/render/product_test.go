package render

import (
	"bytes"
	"html/template"
	"io/fs"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/load"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// hostile are strings that take every path of the escapers: the
// characters html/template replaces, URLs of other schemes, bytes a URL
// may not hold, percent escapes valid and not, Vietnamese in both forms
// of đ and with combining marks, and the empty string.
var hostile = []string{
	"", "Bánh chưng Tranh Khúc", `<b>"Ngon" & 'rẻ'</b> + 1`, "a\x00b", "javascript:alert(1)",
	"JavaScript:alert(1)", "data:text/html,<p>", "http://x.vn/a b?c=d&e=f+g#h", "HTTPS://X.VN/",
	"mailto:a+b@x.vn", "/san-pham/bánh chưng/", "%41%zz%4", "a'b(c)d", "tel:+84 24 3826 1234",
	"ĐỒNG ĐA đống đa", "Hòa Hoà", "e\u0301", "//x.vn/a:b", "a/b:c", "x@y.vn", "0", "\t\n ",
	"!#$&*+,/:;=?@[]-._~", "\xff\xfe invalid", "{{.}}", "&amp;", "</script><script>alert(1)</script>",
}

// TestGoWrittenPagesMatchTemplates renders every page of the example
// catalogue with the product pages and cards written in Go and with the
// default theme's templates, in both languages, at a domain's root and
// below a path, and again with the records' text, names, slugs, numbers,
// dates and images replaced by hostile values in many combinations, under
// odd languages and base URLs, and compares the bytes. The Go renderer's
// product template is replaced by one that fails, so every product page
// must come from the Go code; each card written in Go is compared with the
// template's card.
func TestGoWrittenPagesMatchTemplates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() string { return hostile[rng.IntN(len(hostile))] }
	pickDate := func() time.Time {
		switch rng.IntN(4) {
		case 0:
			return time.Time{}
		case 1:
			return time.Date(-5, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 3600))
		}
		return time.Date(2020+rng.IntN(6), 1+time.Month(rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
	}
	mutate := func(cat *catalog.Catalog, images map[string]Image) {
		stories := cat.Stories
		for i, p := range cat.Products {
			p.Name, p.Producer, p.ProducerKind, p.Summary = pick(), pick(), pick(), pick()
			p.Commune, p.Commune2025, p.CraftVillage, p.Group1048 = pick(), pick(), pick(), pick()
			p.Unit, p.ShelfLife, p.Subgroup.Name, p.Slug = pick(), pick(), pick(), pick()
			p.PriceVND = []int64{0, 150000, 1, 1234567890, -150000}[rng.IntN(5)]
			p.Stars, p.PotentialFiveStar = 3+rng.IntN(3), rng.IntN(2) == 0
			p.Certificate.DecisionNo, p.Certificate.Level = pick(), pick()
			p.Certificate.RoundYear = []int{0, 2023, -3, 12345}[rng.IntN(4)]
			p.Certificate.DecisionDate = pickDate()
			p.Certificate.ValidUntil = p.Certificate.DecisionDate.AddDate(rng.IntN(7), 0, 0)
			p.Contact = catalog.Contact{Phone: pick(), Email: pick(), Website: pick(), Address: pick()}
			p.Images = nil
			for range rng.IntN(4) {
				p.Images = append(p.Images, []string{"media/", "", "javascript:"}[rng.IntN(3)]+pick()+".jpg")
			}
			for _, im := range p.Images {
				images[im] = []Image{{}, {Width: 800, Height: 600}, {Width: -4, Height: 7},
					{Width: 2000, Height: 1500, Thumb: "media/.thumbs/" + pick() + ".jpg", ThumbWidth: 480, ThumbHeight: 360},
					{Thumb: pick(), ThumbWidth: -1}}[rng.IntN(5)]
			}
			if i%3 == 0 {
				p.District, p.Group = nil, nil
			}
			if i%4 == 0 {
				p.Tourism, p.SalesPoints, p.Stories = nil, nil, nil
			} else if len(stories) > 0 {
				p.Stories = stories[:1+i%len(stories)]
			}
			p.Description.HTML = []string{"", "<p>x</p>", "<p>a &amp; b</p>\n"}[rng.IntN(3)]
		}
		for i, s := range stories {
			s.Title, s.Summary, s.Slug, s.Draft, s.Date = pick(), pick(), pick(), i%2 == 0, pickDate()
		}
		for _, d := range cat.Districts {
			d.Name, d.Slug = pick(), pick()
		}
		for _, g := range cat.Groups {
			g.Name, g.NameEn, g.Slug = pick(), pick(), pick()
		}
		for _, tr := range cat.Tourism {
			tr.Title, tr.Slug = pick(), pick()
		}
		for _, sp := range cat.SalesPoints {
			sp.Name, sp.Address, sp.Slug = pick(), pick(), pick()
		}
		cat.Site.Title = pick()
	}
	// failing is a theme whose layout and product page fail wherever they
	// run: the Go side renders with its templates, so every page must have
	// its layout written in Go, and every product page its body too.
	failing := func(own fs.FS, r *Renderer) map[string]*template.Template {
		copied := copyFS(t, own)
		copied["templates/baseof.html"] = &fstest.MapFile{Data: []byte(`{{template "nowhere"}}`)}
		copied["templates/product.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{template "nowhere"}}{{end}}`)}
		sets, err := parseTheme(copied, r.funcs())
		if err != nil {
			t.Fatal(err)
		}
		return sets
	}
	ownHeader := copyTheme(t)
	ownHeader["templates/partials/header.html"] = &fstest.MapFile{Data: []byte(`{{define "header"}}<header><a href="{{url "/"}}">{{.Site.Title}}</a> mine</header>{{end}}`)}
	ownHeader["templates/partials/footer.html"] = &fstest.MapFile{Data: []byte(`{{define "footer"}}<footer>{{t "footer"}} mine</footer>{{end}}`)}
	cases := []struct {
		name, lang, base string
		mutate           bool
		theme            fs.FS
	}{
		{"vi", "vi", "https://ocop.example.vn/", false, nil},
		{"a theme with its own header and footer", "vi", "https://ocop.example.vn/", false, ownHeader},
		{"en below a path", "en", "https://example.github.io/ocop/", false, nil},
		{"hostile vi", "vi", "https://ocop.example.vn/", true, nil},
		{"hostile en", "en", "http://localhost:1313/a b/", true, nil},
		{"hostile, another language, a base with + & and escapes", "fr", "https://x.vn/a+b&c/%41%zz/", true, nil},
		{"hostile, no language, a base with a port and quotes", "", "http://[::1]:8080/o'c\"p/", true, nil},
	}
	for _, c := range cases {
		for round := range map[bool]int{false: 1, true: 4}[c.mutate] {
			cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
			if err := probs.Err(); err != nil {
				t.Fatal(err)
			}
			cat.Site.Language, cat.Site.BaseURL = c.lang, c.base
			images := map[string]Image{}
			for i, p := range cat.Products {
				if len(p.Images) > 0 {
					images[p.Images[0]] = []Image{{}, {Width: 800, Height: 600}, {Width: 2000, Height: 1500, Thumb: "media/.thumbs/x-480.jpg", ThumbWidth: 480, ThumbHeight: 360}}[i%3]
				}
			}
			if c.mutate {
				mutate(cat, images)
			}
			own := c.theme
			if own == nil {
				own = theme.FS
			}
			fromTemplates, err := New(cat, own, images)
			if err != nil {
				t.Fatal(err)
			}
			fromTemplates.inGo = goParts{}
			inGo, err := New(cat, own, images)
			if err != nil {
				t.Fatal(err)
			}
			if !inGo.inGo.product || !inGo.inGo.card || len(inGo.inGo.layout) != len(templateKinds) {
				t.Fatalf("the default theme's pages are not written in Go: %+v", inGo.inGo)
			}
			for kind, ok := range inGo.inGo.layout {
				if !ok {
					t.Fatalf("the layout of %s pages is not written in Go", kind)
				}
			}
			inGo.tmpls = failing(own, inGo)
			want, got := fromTemplates.Pages(), inGo.Pages()
			if len(got) != len(want) {
				t.Fatalf("%d pages, %d from the templates", len(got), len(want))
			}
			products := 0
			for i := range got {
				w, err := want[i].Render()
				if err != nil {
					t.Fatal(want[i].Path, err)
				}
				g, err := got[i].Render()
				if err != nil {
					t.Fatal(got[i].Path, err)
				}
				if !bytes.Equal(g, w) {
					t.Errorf("%s, round %d: %s differs from the template's page:\n%s", c.name, round, got[i].Path, diffLines(string(w), string(g)))
				}
				if got[i].Kind == "product" {
					products++
				}
			}
			if products < 20 {
				t.Fatalf("%s: only %d product pages", c.name, products)
			}
			for _, p := range cat.Products {
				w, err := fromTemplates.fragment(p, "card", p)
				if err != nil {
					t.Fatal(err)
				}
				var g bytes.Buffer
				inGo.writeCard(&g, p)
				if g.String() != string(w) {
					t.Errorf("%s, round %d: the card of %s differs from the template's:\n%s", c.name, round, p.File, diffLines(string(w), g.String()))
				}
			}
		}
	}
}

// TestGoWrittenProductPageBranches compares the branches of the layout no
// product page of a catalogue takes (no index, no crumbs, no description,
// image or JSON-LD) with the templates', and checks that an error of the
// header is reported, naming the template.
func TestGoWrittenProductPageBranches(t *testing.T) {
	cat, _ := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	p := cat.Products[0]
	for _, d := range []data{
		{Product: p, NoIndex: true, Title: "a<b"},
		{Product: p, Crumbs: []crumb{{"x&y", "javascript:1"}}, Image: "javascript:x", JSONLD: "{}", Description: "'+'"},
		{Product: p, Title: "x", Image: "media/ảnh đẹp.jpg"},
	} {
		page := func(inGo bool) string {
			r, err := New(cat, theme.FS, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !inGo {
				r.inGo = goParts{}
			}
			d := d
			b, err := r.html("product", "/a b/", &d).Render()
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
		if w, g := page(false), page(true); w != g {
			t.Errorf("differs from the template's page:\n%s", diffLines(w, g))
		}
	}

	own := copyTheme(t)
	own["templates/partials/header.html"] = &fstest.MapFile{Data: []byte(`{{define "header"}}{{.Nowhere}}{{end}}`)}
	r, err := New(cat, own, nil)
	if err != nil {
		t.Fatal(err)
	}
	r.inGo = goParts{layout: map[string]bool{"product": true}, product: true} // as if the theme had passed
	_, err = r.html("product", "/x/", &data{Product: p}).Render()
	if te, ok := err.(*TemplateError); !ok || te.File != "templates/partials/header.html" || te.Line != 1 || !strings.Contains(err.Error(), "Nowhere") {
		t.Errorf("a failing header gives %#v, want a TemplateError at templates/partials/header.html:1 naming the field", err)
	}
}

// TestGoWrittenOnlyForDefaultTheme checks that a theme that changes a
// template the Go code copies, in whatever file, gets that part of its
// pages from its templates, and that a theme that changes anything else
// keeps every part written in Go.
func TestGoWrittenOnlyForDefaultTheme(t *testing.T) {
	cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	parts := func(own fstest.MapFS) goParts {
		r, err := New(cat, own, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r.inGo
	}
	all := func(g goParts) bool {
		for _, kind := range templateKinds {
			if !g.layout[kind] {
				return false
			}
		}
		return g.product && g.card
	}
	if !all(parts(copyTheme(t))) {
		t.Fatal("a copy of the default theme is not recognised")
	}
	with := func(name, text string) fstest.MapFS {
		own := copyTheme(t)
		if text == "" {
			delete(own, name)
		} else {
			own[name] = &fstest.MapFile{Data: []byte(text)}
		}
		return own
	}
	appended := func(name, text string) fstest.MapFS {
		return with(name, string(copyTheme(t)[name].Data)+text)
	}
	replaced := func(name, old, new string) fstest.MapFS {
		text := string(copyTheme(t)[name].Data)
		if !strings.Contains(text, old) {
			t.Fatalf("%s has no %q", name, old)
		}
		return with(name, strings.Replace(text, old, new, 1))
	}
	// The parts of the Go code a change turns off.
	noLayout := func(g goParts) bool {
		for _, kind := range templateKinds {
			if g.layout[kind] {
				return false
			}
		}
		return !g.product && g.card
	}
	noProduct := func(g goParts) bool { return !g.product && g.card && g.layout["product"] && g.layout["list"] }
	noCard := func(g goParts) bool { return g.product && !g.card && g.layout["list"] }
	for name, c := range map[string]struct {
		own fstest.MapFS
		off func(goParts) bool
	}{
		"its own product page":            {with("templates/product.html", `{{define "main"}}mine{{end}}`), noProduct},
		"a product page one space longer": {replaced("templates/product.html", "<h1>", " <h1>"), noProduct},
		"its own story list":              {replaced("templates/partials/stories.html", `<ul class="stories">`, `<ul>`), noProduct},
		"its own layout":                  {appended("templates/baseof.html", "<!-- mine -->"), noLayout},
		"its own crumbs":                  {replaced("templates/partials/crumbs.html", `<ol>`, `<ol class="mine">`), noLayout},
		"crumbs of its own in a new file": {with("templates/partials/extra.html", `{{define "crumbs"}}<nav>mine</nav>{{end}}`), noLayout},
		"its own card":                    {replaced("templates/partials/products.html", `<li class="card">`, `<li class="card mine">`), noCard},
		"a card of its own in its 404":    {appended("templates/404.html", `{{define "card"}}mine{{end}}`), noCard},
		"crumbs of its own in its listings": {appended("templates/list.html", `{{define "crumbs"}}<nav>mine</nav>{{end}}`), func(g goParts) bool {
			return !g.layout["list"] && g.layout["product"] && g.layout["story"] && g.product && g.card
		}},
	} {
		if g := parts(c.own); !c.off(g) {
			t.Errorf("a theme with %s: %+v", name, g)
		}
	}
	for name, own := range map[string]fstest.MapFS{
		"its own header":                    with("templates/partials/header.html", `{{define "header"}}<header>mine</header>{{end}}`),
		"its own footer":                    with("templates/partials/footer.html", `{{define "footer"}}<footer>mine</footer>{{end}}`),
		"its own pager":                     replaced("templates/partials/pager.html", `<nav`, `<nav data-mine`),
		"its own listings":                  with("templates/list.html", `{{define "main"}}mine{{end}}`),
		"its own stylesheet":                with("static/assets/style.css", "body{}"),
		"a comment in its product template": appended("templates/product.html", `{{/* mine */}}`),
	} {
		if g := parts(own); !all(g) {
			t.Errorf("a theme with %s no longer gets every part written in Go: %+v", name, g)
		}
	}
}

// copyTheme returns the default theme's files in a map, for a test to
// change.
func copyTheme(t *testing.T) fstest.MapFS { return copyFS(t, theme.FS) }

// copyFS returns the files of a theme in a map.
func copyFS(t *testing.T, from fs.FS) fstest.MapFS {
	t.Helper()
	own := fstest.MapFS{}
	err := fs.WalkDir(from, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(from, p)
		own[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return own
}

// TestEscapersMatchHTMLTemplate compares the escapers of escape.go with
// html/template's, in each context the product page uses them in, on the
// hostile strings and on 20,000 random ones.
func TestEscapersMatchHTMLTemplate(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "Z", "0", " ", "\x00", "\"", "&", "'", "+", "<", ">", "%", "%4", "%41", ":", "/", "?", "#",
		"=", "(", ")", "\\", "`", "\t", "\n", "đ", "ầ", "e\u0301", "\xff", "\u2028", "\ufdd0", "mailto:", "http:", "javascript:", "tel:+"}
	strs := append([]string(nil), hostile...)
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		strs = append(strs, b.String())
	}
	for _, s := range strs {
		checkEscapers(t, s)
	}
}

// FuzzEscapers is TestEscapersMatchHTMLTemplate for go test -fuzz.
func FuzzEscapers(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(checkEscapers)
}

// escaperContexts print one string in each context of the product page:
// text, a quoted attribute, <title>, the start of a URL attribute and a
// URL attribute after its start.
var escaperContexts = template.Must(template.New("").Parse(
	`{{.S}}|<p title="{{.S}}">|<title>{{.S}}</title>|<a href="{{.S}}">|<a href="mailto:{{.S}}">|<a href="{{.U}}">`))

func checkEscapers(t *testing.T, s string) {
	var want bytes.Buffer
	if err := escaperContexts.Execute(&want, struct {
		S string
		U template.URL
	}{s, template.URL(s)}); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	writeText(&got, s)
	got.WriteString(`|<p title="`)
	writeText(&got, s)
	got.WriteString(`">|<title>`)
	writeText(&got, s)
	got.WriteString(`</title>|<a href="`)
	writeURL(&got, s)
	got.WriteString(`">|<a href="mailto:`)
	writeURLPart(&got, s)
	got.WriteString(`">|<a href="`)
	writeURLPart(&got, s)
	got.WriteString(`">`)
	if got.String() != want.String() {
		t.Errorf("%q:\n got %s\nwant %s", s, got.String(), want.String())
	}
}

// TestGoLayoutKeepsEscapingErrors: a page template whose "main" ends
// inside an element or attribute (a <script> left open, say) is refused
// by html/template when baseof.html runs it. With the layout written in
// Go, "main" would run on its own and that check would be lost; such a
// page keeps its templates, so the error is still reported, at its file.
func TestGoLayoutKeepsEscapingErrors(t *testing.T) {
	cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	for kind, main := range map[string]string{
		"stats":   `{{define "main"}}<script>var x = {{.Title}}{{end}}`,
		"list":    `{{define "main"}}<a href="{{url .URL}}{{end}}`,
		"404":     `{{define "main"}}<textarea>{{.Title}}{{end}}`,
		"product": `{{define "main"}}<p title="{{.Title}}{{end}}`,
	} {
		own := copyTheme(t)
		own["templates/"+kind+".html"] = &fstest.MapFile{Data: []byte(main)}
		r, err := New(cat, own, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.inGo.layout[kind] || kind == "product" && r.inGo.product {
			t.Errorf("%s: the layout of a page whose main ends in a script or attribute is written in Go", kind)
		}
		if !r.inGo.layout["story"] {
			t.Errorf("%s: the layout of the other pages is no longer written in Go", kind)
		}
		failed := false
		for _, p := range r.Pages() {
			if p.Kind != kind && !(kind == "list" && p.Kind == "district") {
				continue
			}
			_, err := p.Render()
			te, ok := err.(*TemplateError)
			if !ok || !strings.Contains(err.Error(), "non-text context") {
				t.Fatalf("%s: %s renders with %v, want the error of html/template", kind, p.Path, err)
			}
			if te.File != "templates/baseof.html" && te.File != "templates/"+kind+".html" {
				t.Errorf("%s: the error is placed in %s", kind, te.File)
			}
			failed = true
			break
		}
		if !failed {
			t.Errorf("%s: no page of that kind", kind)
		}
	}
}
