package build

import (
	"bytes"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"
)

// configFS is a catalogue folder with its ocopgen.toml replaced.
type configFS struct {
	fs.FS
	config []byte
}

func (c configFS) Open(name string) (fs.File, error) {
	if name == "ocopgen.toml" {
		return fstest.MapFS{name: {Data: c.config}}.Open(name)
	}
	return c.FS.Open(name)
}

// TestWhereToBuyFirst: on every product page of the example, in both
// languages, "where to buy" follows the name, tier and summary at once
// and comes before the certificate; the example's bánh chưng shows its
// sales point's phone and map, its online shop and its producer's phone.
func TestWhereToBuyFirst(t *testing.T) {
	src := os.DirFS(exampleRoot)
	config, err := fs.ReadFile(src, "ocopgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, heading string }{{"vi", "Nơi mua"}, {"en", "Where to buy"}} {
		t.Run(tc.lang, func(t *testing.T) {
			cfg := bytes.Replace(config, []byte(`language = "vi"`), []byte(`language = "`+tc.lang+`"`), 1)
			site := buildMemory(t, configFS{src, cfg})
			withBuy := 0
			for _, name := range site.Names() {
				if _, ok := productSlug(name); !ok {
					continue
				}
				b, _ := site.File(name)
				doc, err := html.Parse(bytes.NewReader(b))
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if checkBuyFirst(t, name, doc, tc.heading) {
					withBuy++
				}
			}
			if withBuy < 10 {
				t.Errorf("%d product pages say where to buy, want most of the example's", withBuy)
			}
			b, _ := site.File("san-pham/banh-chung-tranh-khuc/index.html")
			for _, want := range []string{
				`<a href="tel:02400001002">`, // the sales point's phone
				`<a href="https://www.openstreetmap.org/?mlat=20.9465&amp;mlon=105.8445#map=17/20.9465/105.8445">`,
				`<a href="https://ocop.example.vn/gian-hang/tranh-khuc" rel="nofollow"`, // lang="vi" follows in English
				`<a href="tel:02400000404">`, // the producer's
			} {
				if sec := buySection(string(b)); !strings.Contains(sec, want) {
					t.Errorf("the bánh chưng's where to buy has no %s:\n%s", want, sec)
				}
			}
		})
	}
}

// checkBuyFirst checks the order of a product page and reports whether
// it has a where to buy section.
func checkBuyFirst(t *testing.T, name string, doc *html.Node, heading string) bool {
	t.Helper()
	var buy, cert *html.Node
	order := map[*html.Node]int{}
	walk(doc, func(n *html.Node) {
		order[n] = len(order)
		if id, _ := attr(n, "id"); id == "h-buy" {
			buy = n
		} else if id == "h-cert" {
			cert = n
		}
	})
	if cert == nil {
		t.Errorf("%s: no certificate heading", name)
		return false
	}
	if buy == nil {
		return false
	}
	if got := textOf(buy); got != heading {
		t.Errorf("%s: where to buy is headed %q, want %q", name, got, heading)
	}
	if order[buy] > order[cert] {
		t.Errorf("%s: where to buy comes after the certificate", name)
	}
	var before []string // what precedes the section in the article
	for n := buy.Parent.PrevSibling; n != nil; n = n.PrevSibling {
		if n.Type == html.ElementNode {
			c, _ := attr(n, "class")
			before = append(before, n.Data+"."+c)
		}
	}
	if want := []string{"p.card-meta", "h1."}; !nameTierSummary(before, want) {
		t.Errorf("%s: where to buy follows %v, want the summary, the tier and the name only", name, before)
	}
	return true
}

// nameTierSummary reports whether got is want, with an optional lead
// paragraph (the summary) first.
func nameTierSummary(got, want []string) bool {
	if len(got) == len(want)+1 && got[0] == "p.lead" {
		got = got[1:]
	}
	return strings.Join(got, " ") == strings.Join(want, " ")
}

// buySection is the where to buy section of a product page's HTML.
func buySection(page string) string {
	start := strings.Index(page, `<section class="buy"`)
	if start < 0 {
		return ""
	}
	end := strings.Index(page[start:], "</section>")
	if end < 0 {
		return page[start:]
	}
	return page[start : start+end]
}
