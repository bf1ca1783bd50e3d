package search_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/search"
)

// The browser tests of the drawing of results: the kinds of document,
// the marks and excerpts, the correction line and the no-results block.

// row is a result as the page draws it.
type row struct {
	Href, Title, Meta, Excerpt string
	Marks                      []string // the text of each <mark>
	Elements                   []string // the tags of every element in the row
}

const readRows = `Array.from(document.querySelectorAll("#search-results > li")).map(li => ({
  Href: li.querySelector("a").getAttribute("href"),
  Title: li.querySelector("a").textContent,
  Meta: (li.querySelector(".card-meta") || {}).textContent || "",
  Excerpt: (li.querySelector(".excerpt") || {}).textContent || "",
  Marks: Array.from(li.querySelectorAll("mark")).map(m => m.textContent),
  Elements: Array.from(li.querySelectorAll("*")).map(e => e.tagName.toLowerCase()),
}))`

func rowsOf(t *testing.T, ctx context.Context, base, q string) ([]row, page) {
	t.Helper()
	p := load(t, ctx, base+"/tim-kiem/?q="+url.QueryEscape(q))
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]row](readRows))
	if err != nil {
		t.Fatal(err)
	}
	return rows, p
}

// TestBrowserKinds searches the example catalogue for its sales points,
// tourism places and producers: the page finds what the reference finds,
// labels their kind and links their pages; product facets leave them out.
func TestBrowserKinds(t *testing.T) {
	base, site := serve(t)
	ctx := browser(t)
	ref := reference(t, site)
	compare(t, ctx, base, ref, []searchCase{
		{"phuc hau", search.Filters{}, "Phúc Hậu Mart Ba Đình", false},
		{"mart", search.Filters{}, "Phúc Hậu Mart Ba Đình", false},
		{"diem ban", search.Filters{}, "", false},
		{"diem ban", search.Filters{District: "gia-lam"}, "", true}, // product facets: no sales point
		{"bat trang", search.Filters{}, "", false},
		{"lang nghe", search.Filters{}, "", false},
		{"hop tac xa", search.Filters{}, "", false},
	})
	for _, q := range []string{"phuc hau", "mart", "diem ban"} {
		rows, _ := rowsOf(t, ctx, base, q)
		n := 0
		for _, r := range rows {
			if strings.HasPrefix(r.Href, "/diem-ban/") {
				n++
				if !strings.HasPrefix(r.Meta, "Điểm bán · ") {
					t.Errorf("%q: the sales point %q has meta %q, want its kind first", q, r.Title, r.Meta)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q finds no sales point: %+v", q, rows)
		}
	}
	rows, _ := rowsOf(t, ctx, base, "diem ban")
	if len(rows) < 5 {
		t.Errorf("diem ban finds %d results, want the 5 sales points at least", len(rows))
	}
	res, _ := ref.Search("diem ban", search.Filters{})
	for i, r := range rows {
		kind := ref.Kind(res[i].Doc)
		d := ref.Display(res[i].Doc)
		want := map[string]string{search.KindProduct: "/san-pham/", search.KindStory: "/tin-tuc/", search.KindSalesPoint: "/diem-ban/", search.KindTourism: "/du-lich/", search.KindProducer: "/chu-the/"}[kind] + d[1].(string) + "/"
		if r.Href != want {
			t.Errorf("diem ban: result %d (%s) links %q, want %q", i, kind, r.Href, want)
		}
		if _, ok := site.File(strings.TrimPrefix(r.Href, "/") + "index.html"); !ok {
			t.Errorf("diem ban: result %d links %q, which the site lacks", i, r.Href)
		}
	}
	// A tourism place and a producer, labelled.
	for q, want := range map[string][2]string{
		"lang gom bat trang":             {"/du-lich/lang-gom-bat-trang/", "Du lịch · Làng nghề · Gia Lâm"},
		"cong ty tnhh gom su quang vinh": {"/chu-the/", "Chủ thể · Doanh nghiệp · Gia Lâm"},
	} {
		rows, _ := rowsOf(t, ctx, base, q)
		found := false
		for _, r := range rows {
			if strings.HasPrefix(r.Href, want[0]) && r.Meta == want[1] {
				found = true
				if _, ok := site.File(strings.TrimPrefix(r.Href, "/") + "index.html"); !ok {
					t.Errorf("%q: %q links %q, which the site lacks", q, r.Title, r.Href)
				}
			}
		}
		if !found {
			t.Errorf("%q: no result links %s with meta %q: %+v", q, want[0], want[1], rows)
		}
	}
}

// markSite is the example catalogue with products whose names hold
// markup-like text and whose summary is long: slug, name, summary.
var markProducts = [][3]string{
	{"banh-b-amp", `Bánh <b>&amp; "quà" <script>x()</script>`, `Bánh <i>nướng</i> &lt; ngon.`},
	{"mut-dai", "Mứt gừng dài", strings.Repeat("Gừng già phơi khô, thái mỏng, rim đường kỹ. ", 6) + "Hương quế thoảng nhẹ ở cuối vị. " + strings.Repeat("Đóng hộp giấy. ", 6)},
}

// TestBrowserMarks checks the marks of the matched words and the
// excerpts: text only (a name holding "<b>&amp;" shows as written, with no
// element of its own), the summary cut around the match.
func TestBrowserMarks(t *testing.T) {
	dir := exampleCopy(t)
	for _, p := range markProducts {
		writeProduct(t, dir, p)
	}
	base, site := serveFS(t, os.DirFS(dir))
	ctx := browser(t)
	ref := reference(t, site)
	compare(t, ctx, base, ref, []searchCase{
		{"banh b amp", search.Filters{}, markProducts[0][1], false},
		{"que thoang", search.Filters{}, "Mứt gừng dài", false},
	})
	rows, _ := rowsOf(t, ctx, base, "banh amp")
	if len(rows) == 0 || rows[0].Title != markProducts[0][1] {
		t.Fatalf("banh amp: %+v", rows)
	}
	for _, tag := range rows[0].Elements {
		if tag == "b" || tag == "script" || tag == "i" {
			t.Errorf("the data made a <%s> element: %v", tag, rows[0].Elements)
		}
	}
	if want := []string{"Bánh", "amp"}; fmt.Sprint(rows[0].Marks) != fmt.Sprint(want) {
		t.Errorf("banh amp marks %q, want %q", rows[0].Marks, want)
	}
	// A word only the summary holds: the summary, cut around it, marked.
	rows, _ = rowsOf(t, ctx, base, "mut que thoang")
	if len(rows) != 1 {
		t.Fatalf("mut que thoang: %+v", rows)
	}
	ex := []rune(rows[0].Excerpt)
	if !strings.Contains(rows[0].Excerpt, "Hương quế thoảng") || len(ex) > 170 || !strings.HasPrefix(rows[0].Excerpt, "… ") {
		t.Errorf("excerpt %q (%d characters), want about 160 around the match", rows[0].Excerpt, len(ex))
	}
	if want := "[Mứt quế thoảng]"; fmt.Sprint(rows[0].Marks) != want {
		t.Errorf("marks %q, want %s", rows[0].Marks, want)
	}
	// The summary with markup-like text, as text.
	rows, _ = rowsOf(t, ctx, base, "banh nuong")
	for _, r := range rows {
		if r.Title == markProducts[0][1] {
			if r.Excerpt != "Bánh <i>nướng</i> &lt; ngon." {
				t.Errorf("excerpt %q", r.Excerpt)
			}
			for _, tag := range r.Elements {
				if tag == "i" {
					t.Errorf("the summary made an <i>: %v", r.Elements)
				}
			}
		}
	}
	// The last word, being typed, is marked as a prefix; village and
	// commune are excerpts when the name lacks the word.
	rows, _ = rowsOf(t, ctx, base, "am chen bat tr")
	found := false
	for _, r := range rows {
		if r.Title == "Bộ ấm chén gốm sứ chim én hoa sen" {
			found = r.Excerpt == "Làng nghề: Bát Tràng" && fmt.Sprint(r.Marks) == "[ấm chén Bát Tràng]"
		}
	}
	if !found {
		t.Errorf("am chen bat tr: want the craft village Bát Tràng as excerpt, marked: %+v", rows)
	}
}

// TestBrowserCorrectedAndNone checks the correction line and the
// no-results block on real queries: a typo the engine corrects, a query
// that finds nothing, and the suggestions the Go reference makes for one,
// drawn as links that search with the word in place.
func TestBrowserCorrectedAndNone(t *testing.T) {
	base, site := serve(t)
	ctx := browser(t)
	ref := reference(t, site)
	load(t, ctx, base+"/tim-kiem/?q="+url.QueryEscape("Banh chung"))
	if fixed := text(t, ctx, "#search-fixed"); fixed != "" {
		t.Errorf("a query no one corrected shows %q", fixed)
	}
	load(t, ctx, base+"/tim-kiem/?q="+url.QueryEscape("Banh chug"))
	if got, want := text(t, ctx, "#search-fixed"), `Kết quả cho "Banh chưng"`; got != want {
		t.Errorf("correction line %q, want %q", got, want)
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]row](readRows))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || rows[0].Title != "Bánh chưng Tranh Khúc" || !contains(rows[0].Marks, "chưng") {
		t.Errorf("Banh chug: want Bánh chưng Tranh Khúc first, the corrected word marked: %+v", rows)
	}

	// Nothing found: the status, the listings (those of the noscript block),
	// and the suggestions of the Go reference.
	const none = "khong co gi nhu the"
	p := load(t, ctx, base+"/tim-kiem/?q="+url.QueryEscape(none))
	if p.Status != "Không có kết quả." {
		t.Errorf("status %q", p.Status)
	}
	links, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`document.getElementById("search-none").hidden ? [] : Array.from(document.querySelectorAll("#search-none .browse a")).map(a => a.getAttribute("href"))`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/quan-huyen/", "/hang-sao/", "/nhom/"} {
		if !contains(links, want) {
			t.Errorf("the no-results block links %q, want %s", links, want)
		}
	}
	if want := ref.Answer(none, search.Filters{}).Suggestions; len(want) > 0 {
		if s := text(t, ctx, "#search-suggest"); s != "Có phải bạn muốn tìm: "+strings.Join(want, ", ") {
			t.Errorf("suggestions %q, want %q", s, want)
		}
	} else if s := text(t, ctx, "#search-suggest"); s != "" {
		t.Errorf("suggestions %q, the reference has none", s)
	}

	// Suggestions run the search with the word in place of the unmatched
	// one, under the same facets.
	const typo = "banh chugx"
	want := ref.Answer(typo, search.Filters{Tier: "4-sao"}).Suggestions
	if len(want) == 0 {
		t.Fatalf("the reference suggests nothing for %q", typo)
	}
	load(t, ctx, base+"/tim-kiem/?q="+url.QueryEscape(typo)+"&tier=4-sao")
	hrefs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#search-suggest a")).map(a => a.getAttribute("href"))`))
	if err != nil {
		t.Fatal(err)
	}
	if len(hrefs) != len(want) {
		t.Fatalf("suggestion links %q, want one for each of %q", hrefs, want)
	}
	u, _ := url.Parse(hrefs[0])
	if u.Path != "/tim-kiem/" || u.Query().Get("q") != "banh "+want[0] || u.Query().Get("tier") != "4-sao" {
		t.Errorf("suggestion link %q, want the query banh %s under the same facets", hrefs[0], want[0])
	}
	p = load(t, ctx, base+hrefs[0])
	if got := ref.Answer("banh "+want[0], search.Filters{Tier: "4-sao"}); len(got.Results) > 0 {
		if hidden, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("search-none").hidden`)); !hidden || len(p.Results) == 0 {
			t.Errorf("the suggestion %q finds %q, the no-results block hidden: %v", want[0], p.Results, hidden)
		}
	}
}

// TestSearchKindWords checks that the kind words the index holds are the
// theme's Vietnamese labels.
func TestSearchKindWords(t *testing.T) {
	vi := render.UIStrings("vi")
	for key, word := range search.KindLabels() {
		if vi[key] != word {
			t.Errorf("the index finds %s by %q, the theme labels it %q", key, word, vi[key])
		}
	}
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(e => e && !e.hidden ? e.textContent : "")(document.querySelector(%q))`, sel)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// exampleCopy copies the example catalogue into a temporary directory.
func exampleCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"content", "themes"} {
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(filepath.Join("../..", sub))); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := os.ReadFile("../../ocopgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ocopgen.toml"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func writeProduct(t *testing.T, dir string, p [3]string) {
	t.Helper()
	template, err := os.ReadFile(filepath.Join(dir, "content/products/dong-anh/tu-che-go-gu-van-ha.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "name = %q\nslug = %q\nsummary = %q\n", p[1], p[0], p[2])
	for _, line := range strings.SplitAfter(string(template), "\n") {
		if !strings.HasPrefix(line, "name = ") && !strings.HasPrefix(line, "slug = ") && !strings.HasPrefix(line, "summary = ") {
			b.WriteString(line)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "content/products/dong-anh", p[0]+".toml"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
