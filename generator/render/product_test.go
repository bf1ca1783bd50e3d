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
// below a path, and again with the records' text replaced by hostile
// strings in many combinations, and compares the bytes.
func TestGoWrittenPagesMatchTemplates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() string { return hostile[rng.IntN(len(hostile))] }
	mutate := func(cat *catalog.Catalog) {
		stories := cat.Stories
		for i, p := range cat.Products {
			p.Name, p.Producer, p.ProducerKind, p.Summary = pick(), pick(), pick(), pick()
			p.Commune, p.Commune2025, p.CraftVillage, p.Group1048 = pick(), pick(), pick(), pick()
			p.Unit, p.ShelfLife, p.Subgroup.Name = pick(), pick(), pick()
			p.PriceVND = []int64{0, 150000, 1, 1234567890}[rng.IntN(4)]
			p.Stars, p.PotentialFiveStar = 3+rng.IntN(3), rng.IntN(2) == 0
			p.Certificate.DecisionNo, p.Certificate.Level = pick(), pick()
			p.Certificate.RoundYear = []int{0, 2023}[rng.IntN(2)]
			p.Certificate.DecisionDate = time.Date(2020+rng.IntN(6), 1+time.Month(rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
			p.Certificate.ValidUntil = p.Certificate.DecisionDate.AddDate(rng.IntN(7), 0, 0)
			p.Contact = catalog.Contact{Phone: pick(), Email: pick(), Website: pick(), Address: pick()}
			p.Images = nil
			for range rng.IntN(4) {
				p.Images = append(p.Images, "media/"+pick()+".jpg")
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
			s.Title, s.Summary, s.Draft = pick(), pick(), i%2 == 0
		}
		for _, tr := range cat.Tourism {
			tr.Title = pick()
		}
		for _, sp := range cat.SalesPoints {
			sp.Name, sp.Address = pick(), pick()
		}
		cat.Site.Title = pick()
	}
	cases := []struct {
		name, lang, base string
		mutate           bool
	}{
		{"vi", "vi", "https://ocop.example.vn/", false},
		{"en below a path", "en", "https://example.github.io/ocop/", false},
		{"hostile vi", "vi", "https://ocop.example.vn/", true},
		{"hostile en", "en", "http://localhost:1313/a b/", true},
	}
	for _, c := range cases {
		for round := range map[bool]int{false: 1, true: 8}[c.mutate] {
			cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
			if err := probs.Err(); err != nil {
				t.Fatal(err)
			}
			cat.Site.Language, cat.Site.BaseURL = c.lang, c.base
			if c.mutate {
				mutate(cat)
			}
			images := map[string]Image{}
			for i, p := range cat.Products {
				if len(p.Images) > 0 {
					images[p.Images[0]] = []Image{{}, {Width: 800, Height: 600}, {Width: 2000, Height: 1500, Thumb: "media/.thumbs/x-480.jpg", ThumbWidth: 480, ThumbHeight: 360}}[i%3]
				}
			}
			pages := func(goWritten bool) ([]Page, *Renderer) {
				r, err := New(cat, theme.FS, images)
				if err != nil {
					t.Fatal(err)
				}
				if !r.goWritten {
					t.Fatal("the default theme's product pages are not written in Go")
				}
				r.goWritten = goWritten
				return r.Pages(), r
			}
			want, _ := pages(false)
			got, r := pages(true)
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
			if len(r.frags) < products {
				t.Errorf("%s: %d fragments cached for %d products: the cards were not all rendered", c.name, len(r.frags), products)
			}
			if products < 20 {
				t.Fatalf("%s: only %d product pages", c.name, products)
			}
		}
	}
}

// TestGoWrittenOnlyForDefaultTheme checks that a theme that changes any
// file of the product page or card, or adds or removes a partial, gets its
// product pages and cards from its templates.
func TestGoWrittenOnlyForDefaultTheme(t *testing.T) {
	if !defaultProductPage(copyTheme(t)) {
		t.Fatal("a copy of the default theme is not recognised")
	}
	changes := map[string]string{
		"templates/product.html":           "{{define \"main\"}}mine{{end}}",
		"templates/baseof.html":            "{{template \"main\" .}}",
		"templates/partials/crumbs.html":   "{{define \"crumbs\"}}{{end}}",
		"templates/partials/stories.html":  "{{define \"story-list\"}}{{end}}",
		"templates/partials/products.html": "{{define \"products\"}}{{end}}{{define \"card\"}}{{end}}",
		"templates/partials/extra.html":    "{{define \"crumbs\"}}{{end}}",
	}
	for name, text := range changes {
		own := copyTheme(t)
		own[name] = &fstest.MapFile{Data: []byte(text)}
		if defaultProductPage(own) {
			t.Errorf("a theme with its own %s gets the default product page", name)
		}
		cat, _ := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
		if r, err := New(cat, own, nil); err == nil && r.goWritten {
			t.Errorf("the renderer of a theme with its own %s writes the default product page", name)
		}
	}
	own := copyTheme(t)
	delete(own, "templates/partials/pager.html")
	if defaultProductPage(own) {
		t.Error("a theme without a partial of the default theme gets the default product page")
	}
}

// copyTheme returns the default theme's files in a map, for a test to
// change.
func copyTheme(t *testing.T) fstest.MapFS {
	t.Helper()
	own := fstest.MapFS{}
	err := fs.WalkDir(theme.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(theme.FS, p)
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
