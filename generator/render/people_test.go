package render

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ocopgen/ocopgen/generator/load"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// peopleCatalogue is a catalogue in language lang whose producer is
// written two ways, and whose products name one commune two ways.
func peopleCatalogue(lang string) fstest.MapFS {
	fsys := fstest.MapFS{
		"ocopgen.toml":           {Data: []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\nlanguage = \"" + lang + "\"\n")},
		"content/districts.toml": {Data: []byte("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n")},
	}
	for _, p := range []struct{ slug, producer, commune, extra string }{
		{"am-chen", "HTX Gốm Hoà Bình", "Bát Tràng", "producer_kind = \"hop-tac-xa\"\n"},
		{"binh-hoa", "Hợp tác xã gốm Hòa Bình", "xã bát tràng", "contact = { phone = \"024 0000 0101\" }\n"},
		{"banh-chung", "Hộ kinh doanh Bánh Lâm", "Gia Lâm", ""},
	} {
		fsys["content/products/"+p.slug+".toml"] = &fstest.MapFile{Data: []byte("name = \"Sản phẩm " + p.slug + "\"\nslug = \"" + p.slug +
			"\"\ngroup = \"thuc-pham\"\nstars = 3\ndistrict = \"gia-lam\"\nproducer = \"" + p.producer + "\"\ncommune_2025 = \"" + p.commune +
			"\"\n" + p.extra + "[certificate]\ndecision_date = 2024-03-04\n")}
	}
	return fsys
}

// renderAll renders the pages of a catalogue by URL.
func renderAll(t *testing.T, fsys fstest.MapFS) map[string]string {
	t.Helper()
	cat, probs := load.Load(fsys, load.Options{Today: viewDay})
	if err := probs.Err(); err != nil {
		t.Fatal(err, probs.Problems())
	}
	r, err := New(cat, theme.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, p := range r.Pages() {
		b, err := p.Render()
		if err != nil {
			t.Fatalf("%s: %v", p.URL, err)
		}
		out[p.URL] = string(b)
	}
	return out
}

// TestProducerAndCommunePages: a producer written two ways is one page,
// with its kind and contact as its records give them and all its
// products; a commune of 2025 written two ways is one page; product pages
// link to both, and each has an index; district pages say the district
// level ended and link their communes of 2025, in Vietnamese order, each
// with its count and under its page's name. In both languages.
func TestProducerAndCommunePages(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		t.Run(lang, func(t *testing.T) {
			pages := renderAll(t, peopleCatalogue(lang))
			s := uiStrings[lang]
			has := func(url string, want ...string) {
				t.Helper()
				page, ok := pages[url]
				if !ok {
					t.Fatalf("no page %s", url)
				}
				for _, w := range want {
					if !strings.Contains(page, w) {
						t.Errorf("%s does not have %q", url, w)
					}
				}
			}
			named := func(name string) string { // a heading that is a name of the catalogue
				if lang != "vi" {
					return `<h1><span lang="vi">` + name + "</span></h1>"
				}
				return "<h1>" + name + "</h1>"
			}
			producer := "/chu-the/hop-tac-xa-gom-hoa-binh/"
			has(producer, named("HTX Gốm Hoà Bình"), "<dd>"+s["pk.hop-tac-xa"]+"</dd>", `href="tel:02400000101"`,
				`href="/san-pham/am-chen/"`, `href="/san-pham/binh-hoa/"`)
			if strings.Contains(pages[producer], `href="/san-pham/banh-chung/"`) {
				t.Errorf("%s lists another producer's product", producer)
			}
			has("/chu-the/", `href="`+producer+`"`, `href="/chu-the/ho-kinh-doanh-banh-lam/"`, "<h1>"+s["producers"]+"</h1>")
			has("/xa-phuong/bat-trang/", named("Bát Tràng"), `href="/san-pham/am-chen/"`, `href="/san-pham/binh-hoa/"`, `href="/quan-huyen/gia-lam/"`)
			has("/xa-phuong/", `href="/xa-phuong/bat-trang/"`, `href="/xa-phuong/gia-lam/"`, "<h1>"+s["communes2025"]+"</h1>")
			has("/san-pham/binh-hoa/", `href="`+producer+`"`, `href="/xa-phuong/bat-trang/"`)
			communes := `<a href="/xa-phuong/bat-trang/">Bát Tràng <span class="count">(2)</span></a></li>
    <li><a href="/xa-phuong/gia-lam/">Gia Lâm <span class="count">(1)</span></a>`
			has("/quan-huyen/gia-lam/", s["districtEnded"], `<h2 id="xa-phuong">`+s["communes2025"]+`</h2>`, communes)
			if n := strings.Count(strings.Join(keys(pages), " "), "/chu-the/"); n != 3 {
				t.Errorf("%d producer pages and index, want 3 (one producer written two ways is one)", n)
			}
		})
	}
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
