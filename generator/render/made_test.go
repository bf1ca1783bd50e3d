package render

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ocopgen/ocopgen/generator/catalog"

	"github.com/ocopgen/ocopgen/generator/load"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// TestEmptyListings: a district, group or tier without products has no
// page unless another page links it (a district's sales point, a link in
// the catalogue's markdown); the indexes and the statistics name it
// without a link, the home page shows its figure without one, and every
// listing they link is made.
func TestEmptyListings(t *testing.T) {
	fsys := peopleCatalogue("vi")
	fsys["content/districts.toml"].Data = []byte("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n" +
		"[[district]]\nname = \"Ba Đình\"\nkind = \"quận\"\n" + // nothing: no page
		"[[district]]\nname = \"Tây Hồ\"\nkind = \"quận\"\n" + // a sales point
		"[[district]]\nname = \"Đống Đa\"\nkind = \"quận\"\n") // a link in markdown
	fsys["content/sales-points/tay-ho.toml"] = &fstest.MapFile{Data: []byte("name = \"Điểm bán Tây Hồ\"\ndistrict = \"tay-ho\"\naddress = \"Tây Hồ, Hà Nội\"\n")}
	cat, probs := load.Load(fsys, load.Options{Today: viewDay})
	if err := probs.Err(); err != nil {
		t.Fatal(err, probs.Problems())
	}
	r, err := New(cat, theme.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	r.Linked(map[string]bool{"/quan-huyen/dong-da/": true, "/hang-sao/4-sao/": true})
	pages := map[string]string{}
	for _, p := range r.Pages() {
		pages[p.URL] = render(t, p)
	}
	made := map[string]bool{
		"/quan-huyen/gia-lam/": true, "/quan-huyen/ba-dinh/": false, "/quan-huyen/tay-ho/": true, "/quan-huyen/dong-da/": true,
		"/nhom/thuc-pham/": true, "/nhom/do-uong/": false,
		"/hang-sao/3-sao/": true, "/hang-sao/4-sao/": true, "/hang-sao/5-sao/": false,
	}
	for url, want := range made {
		if _, ok := pages[url]; ok != want {
			t.Errorf("%s: made %v, want %v", url, ok, want)
		}
	}
	has := func(url string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(pages[url], w) {
				t.Errorf("%s does not have %q", url, w)
			}
		}
	}
	has("/quan-huyen/", `<span class="index-name">Ba Đình</span>`, `<a href="/quan-huyen/tay-ho/">Tây Hồ</a>`, `<a href="/quan-huyen/dong-da/">Đống Đa</a>`)
	drinks := cat.Groups[slices.IndexFunc(cat.Groups, func(g *catalog.Group) bool { return g.Slug == "do-uong" })]
	has("/nhom/", `<a href="/nhom/thuc-pham/">`, `<span class="index-name">`+r.groupName(drinks)+`</span>`)
	has("/hang-sao/", `<a href="/hang-sao/4-sao/">`, `<span class="index-name">`+r.tierName(catalog.Tier5)+`</span>`)
	has("/", `<span class="figure-none">`)
	// Every page the indexes, the statistics and the home page link is made.
	for _, from := range []string{"/", "/quan-huyen/", "/nhom/", "/hang-sao/", "/thong-ke/"} {
		for _, m := range hrefRE.FindAllStringSubmatch(pages[from], -1) {
			url := m[1]
			if strings.HasPrefix(url, "/") && strings.HasSuffix(url, "/") && pages[url] == "" {
				t.Errorf("%s links %s, which is not made", from, url)
			}
		}
	}
}

var hrefRE = regexp.MustCompile(`href="([^"]*)"`)

// TestNotFoundPage: the page not found has one search box, in the page
// (its header leaves its own out), sending q to the search page, and
// links to the main listings, each a page of the site.
func TestNotFoundPage(t *testing.T) {
	r, _ := exampleRenderer(t, nil)
	pages := pagesByURL(r)
	page := render(t, pages["/404.html"])
	if n := strings.Count(page, `role="search"`); n != 1 {
		t.Errorf("the 404 has %d search forms, want 1", n)
	}
	main := page[strings.Index(page, "<main"):]
	for _, want := range []string{`<form class="notfound-search" action="/tim-kiem/" method="get" role="search">`, `name="q"`} {
		if !strings.Contains(main, want) {
			t.Errorf("the 404's main has no %q", want)
		}
	}
	listings := []string{"/", "/san-pham/", "/quan-huyen/", "/xa-phuong/", "/hang-sao/", "/nhom/", "/chu-the/", "/du-lich/", "/diem-ban/", "/tin-tuc/"}
	for _, url := range listings {
		if !strings.Contains(main, `<a href="`+url+`">`) {
			t.Errorf("the 404 does not link %s", url)
		}
		if _, ok := pages[url]; !ok {
			t.Errorf("the 404 links %s, which is not made", url)
		}
	}
}
