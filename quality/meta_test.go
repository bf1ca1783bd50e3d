package quality

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/ocopgen/ocopgen/generator/render"
)

// TestPageMeta reads every page of the example site, in both languages:
// each has a meta description of its own and links an icon that the site
// has; the home page's tier figures give the count of the tier's page; in
// English, the texts of the catalogue (written in Vietnamese) say so with
// lang="vi": the stories, and on product, district, producer and sales
// point pages the heading, the cards' names and producers, and the
// producer, address, commune and hours given as facts (on a district's
// page of one tier, the district's name in its heading).
func TestPageMeta(t *testing.T) {
	t.Parallel()
	inBothLanguages(t, func(t *testing.T, lang, dir string) {
		for _, p := range htmlPages(t, dir) {
			pageMeta(t, dir, p, parsePage(t, dir, p))
		}
		homeFigures(t, dir)
		if lang == "en" {
			storyLanguage(t, parsePage(t, dir, "index.html"))
			contentLanguage(t, dir)
		}
	})
}

func parsePage(t *testing.T, dir, p string) *html.Node {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(string(b)))
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return doc
}

func pageMeta(t *testing.T, dir, p string, doc *html.Node) {
	t.Helper()
	desc := first(doc, func(n *html.Node) bool { return n.Data == "meta" && attr(n, "name") == "description" })
	if strings.TrimSpace(attr(desc, "content")) == "" {
		t.Errorf("%s: no meta description", p)
	}
	icon := first(doc, func(n *html.Node) bool { return n.Data == "link" && attr(n, "rel") == "icon" })
	href := attr(icon, "href")
	if href == "" {
		t.Errorf("%s: no <link rel=icon>", p)
		return
	}
	if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(path.Clean(href)))); err != nil {
		t.Errorf("%s: the icon %s is not in the site: %v", p, href, err)
	}
}

var (
	trailingNumber = regexp.MustCompile(`(\d+)\s*$`)
	listingCount   = regexp.MustCompile(`\((\d+)\)`)
)

// homeFigures checks that each tier figure of the home page gives the
// number of products its tier's page counts.
func homeFigures(t *testing.T, dir string) {
	t.Helper()
	doc := parsePage(t, dir, "index.html")
	figures := all(doc, func(n *html.Node) bool {
		return n.Data == "a" && n.Parent != nil && n.Parent.Parent != nil && attr(n.Parent.Parent, "class") == "figures"
	})
	if len(figures) != 4 {
		t.Fatalf("home page: %d tier figures, want 4", len(figures))
	}
	for _, a := range figures {
		total := first(a, func(n *html.Node) bool { return attr(n, "class") == "figure-total" })
		var m []string
		if total != nil {
			m = trailingNumber.FindStringSubmatch(textOf(total))
		}
		if m == nil {
			t.Errorf("home page: the figure of %s does not say how many products its tier has (%q)", attr(a, "href"), textOf(a))
			continue
		}
		tier := parsePage(t, dir, strings.TrimPrefix(attr(a, "href"), "/")+"index.html")
		count := first(tier, func(n *html.Node) bool { return attr(n, "class") == "count" })
		if count == nil {
			t.Errorf("home page: the page of %s shows no count", attr(a, "href"))
			continue
		}
		c := listingCount.FindStringSubmatch(textOf(count))
		if c == nil || c[1] != m[1] {
			t.Errorf("home page: the figure of %s says %s products in all, its page %q", attr(a, "href"), m[1], textOf(count))
		}
	}
}

// storyLanguage checks that the stories listed on the page mark their
// titles as Vietnamese.
func storyLanguage(t *testing.T, doc *html.Node) {
	t.Helper()
	links := all(doc, func(n *html.Node) bool {
		return n.Data == "a" && n.Parent != nil && n.Parent.Parent != nil && attr(n.Parent.Parent, "class") == "stories"
	})
	if len(links) == 0 {
		t.Fatal("home page: no story listed")
	}
	for _, a := range links {
		if attr(a, "lang") != "vi" {
			t.Errorf("home page: the story %q is not marked lang=\"vi\"", textOf(a))
		}
	}
}

// contentLanguage checks, on an English site, that the product, district,
// producer and sales point pages mark the Vietnamese texts of their
// records as such.
func contentLanguage(t *testing.T, dir string) {
	t.Helper()
	en := render.UIStrings("en")
	facts := map[string]bool{en["producer"]: true, en["address"]: true, en["commune"]: true,
		en["commune2025"]: true, en["hours"]: true, en["district"]: true}
	for _, pattern := range []string{"san-pham/*/index.html", "quan-huyen/*/index.html", "quan-huyen/*/*-sao/index.html",
		"chu-the/*/index.html", "diem-ban/*/index.html"} {
		matches, _ := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
		if len(matches) == 0 {
			t.Errorf("no page %s in the built example", pattern)
		}
		for _, m := range matches {
			rel, _ := filepath.Rel(dir, m)
			p := filepath.ToSlash(rel)
			if strings.HasPrefix(p, "san-pham/trang/") {
				continue // a page of the listing of all products
			}
			doc := parsePage(t, dir, p)
			// marked checks that an element is in Vietnamese, or begins
			// with a name in Vietnamese: "<span lang=vi>X</span> (Cooperative)".
			marked := func(what string, n *html.Node) {
				if c := first(n, func(c *html.Node) bool { return c != n }); langOf(n) != "vi" && c != nil {
					n = c
				}
				if got := langOf(n); got != "vi" {
					t.Errorf("%s: %s %q is marked lang=%q, want \"vi\"", p, what, strings.TrimSpace(textOf(n)), got)
				}
			}
			marked("the heading", first(doc, func(n *html.Node) bool { return n.Data == "h1" }))
			for _, n := range all(doc, func(n *html.Node) bool {
				c := attr(n, "class")
				return c == "card-title" || c == "card-producer"
			}) {
				marked("the card's", n)
			}
			for _, dt := range all(doc, func(n *html.Node) bool { return n.Data == "dt" && facts[strings.TrimSpace(textOf(n))] }) {
				dd := dt.NextSibling
				for dd != nil && dd.Type != html.ElementNode {
					dd = dd.NextSibling
				}
				if dd != nil && dd.Data == "dd" {
					marked(textOf(dt), dd)
				}
			}
		}
	}
}

// langOf is the language of an element: its lang attribute, or its
// nearest ancestor's.
func langOf(n *html.Node) string {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "lang" {
					return a.Val
				}
			}
		}
	}
	return ""
}
