package render

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ocopgen/ocopgen/generator/load"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// navMark finds the marked links of the header's navigation.
var navMark = regexp.MustCompile(`<a href="([^"]+)" aria-current="([a-z]+)">`)

// headerMarks returns the marked links of a page's header, as "url=mark"
// joined by spaces, and the header's count of navigation links.
func headerMarks(t *testing.T, url, page string) (string, int) {
	t.Helper()
	start := strings.Index(page, `<header class="site-header">`)
	end := strings.Index(page, `</header>`)
	if start < 0 || end < start {
		t.Fatalf("%s: no site header", url)
	}
	h := page[start:end]
	nav := h[strings.Index(h, `<ul class="nav">`):]
	var marks []string
	for _, m := range navMark.FindAllStringSubmatch(nav, -1) {
		marks = append(marks, m[1]+"="+m[2])
	}
	return strings.Join(marks, " "), strings.Count(nav, "<li>")
}

// TestHeaderMarksSection renders the example catalogue's pages: the
// header's menu lists every section, producers and communes included; it
// marks the index of a section with aria-current="page" and every other
// page of the section (a product, a district, a page of a listing) with
// aria-current="true"; the home page, the search page and the page not
// found mark nothing. The header is cached per navigation state: pages
// rendered in the opposite order, by the same renderer and by a new one,
// get the same headers.
func TestHeaderMarksSection(t *testing.T) {
	cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: viewDay})
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	render := func(r *Renderer, pages []Page) map[string]string {
		out := map[string]string{}
		for _, p := range pages {
			if !strings.HasSuffix(p.Path, ".html") {
				continue
			}
			b, err := p.Render()
			if err != nil {
				t.Fatalf("%s: %v", p.URL, err)
			}
			marks, links := headerMarks(t, p.URL, string(b))
			if links != 10 {
				t.Errorf("%s: the menu has %d links, want 10", p.URL, links)
			}
			out[p.URL] = marks
		}
		return out
	}
	r, err := New(cat, theme.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	pages := r.Pages()
	forward := render(r, pages)

	product := cat.Products[0].URL()
	for url, want := range map[string]string{
		"/":                          "",
		"/san-pham/":                 "/san-pham/=page",
		"/san-pham/trang/2/":         "/san-pham/=true",
		product:                      "/san-pham/=true",
		"/quan-huyen/":               "/quan-huyen/=page",
		"/quan-huyen/gia-lam/":       "/quan-huyen/=true",
		"/quan-huyen/gia-lam/5-sao/": "/quan-huyen/=true",
		"/hang-sao/5-sao/":           "/hang-sao/=true",
		"/nhom/thuc-pham/":           "/nhom/=true",
		"/du-lich/":                  "/du-lich/=page",
		"/diem-ban/":                 "/diem-ban/=page",
		"/tin-tuc/":                  "/tin-tuc/=page",
		"/chu-the/":                  "/chu-the/=page",
		"/xa-phuong/":                "/xa-phuong/=page",
		"/xa-phuong/bat-trang/":      "/xa-phuong/=true",
		"/thong-ke/":                 "/thong-ke/=page",
		"/tim-kiem/":                 "",
		"/404.html":                  "",
	} {
		got, ok := forward[url]
		if !ok {
			t.Errorf("%s: no such page in the example", url)
			continue
		}
		if got != want {
			t.Errorf("%s: the menu marks %q, want %q", url, got, want)
		}
	}
	for _, prefix := range []string{"/du-lich/", "/diem-ban/", "/tin-tuc/", "/chu-the/"} {
		n := 0
		for url, got := range forward {
			if strings.HasPrefix(url, prefix) && url != prefix {
				n++
				if want := prefix + "=true"; got != want {
					t.Errorf("%s: the menu marks %q, want %q", url, got, want)
				}
			}
		}
		if n == 0 {
			t.Errorf("no page under %s in the example", prefix)
		}
	}

	backward := slices.Clone(pages)
	slices.Reverse(backward)
	again := render(r, backward)
	r2, err := New(cat, theme.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	fresh := render(r2, backward)
	for url, want := range forward {
		if again[url] != want || fresh[url] != want {
			t.Errorf("%s: the header marks %q in one order, %q in the other, %q from a new renderer", url, want, again[url], fresh[url])
		}
	}
}
