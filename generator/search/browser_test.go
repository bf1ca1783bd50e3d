package search_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto"
	"github.com/chromedp/chromedp"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/search"
	"github.com/ocopgen/ocopgen/internal/headless"
	"github.com/ocopgen/ocopgen/internal/headlesstest"
)

// The browser tests build the example catalogue, serve it on 127.0.0.1 and
// drive the real search page in headless Chromium. They check the results
// and facet counts of the page against the Go reference (search.Reader)
// over the same index, and against fixed expectations.

var testDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// serve builds the example catalogue and serves it on a loopback port.
func serve(t *testing.T) (string, *output.Memory) {
	t.Helper()
	return serveFS(t, os.DirFS("../.."))
}

// serveFS builds the catalogue in src and serves it on a loopback port.
func serveFS(t *testing.T, src fs.FS) (string, *output.Memory) {
	t.Helper()
	site := output.NewMemory()
	if res, err := build.Build(context.Background(), src, site, build.Options{Today: testDay}); err != nil {
		if res != nil {
			for i, p := range res.Problems {
				if i == 10 {
					t.Logf("… %d problems in all", len(res.Problems))
					break
				}
				t.Log(p)
			}
		}
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if strings.HasSuffix(r.URL.Path, "/") {
			name = strings.TrimPrefix(name+"/index.html", "/")
		}
		b, ok := site.File(name)
		if !ok {
			http.NotFound(w, r)
			return
		}
		switch path.Ext(name) {
		case ".html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		case ".js":
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		case ".json":
			w.Header().Set("Content-Type", "application/json")
		case ".css":
			w.Header().Set("Content-Type", "text/css; charset=utf-8")
		}
		w.Write(b)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String(), site
}

func browser(t *testing.T) context.Context {
	t.Helper()
	return headlesstest.Start(t, 375, 800, 90*time.Second)
}

// until waits for a JavaScript condition to hold.
func until(cond string) chromedp.Action[chromedp.Void] {
	return headless.Void(chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(20*time.Second)))
}

// reference opens the built index with the Go reader.
func reference(t *testing.T, site *output.Memory) *search.Reader {
	t.Helper()
	var files []search.File
	for _, name := range site.Names() {
		if strings.HasPrefix(name, search.Dir) {
			b, _ := site.File(name)
			files = append(files, search.File{Path: name, Data: b})
		}
	}
	// Display files must come in document order for Open.
	var ordered []search.File
	for _, f := range files {
		if !strings.Contains(f.Path, "/d/") {
			ordered = append(ordered, f)
		}
	}
	for n := 0; ; n++ {
		b, ok := site.File(fmt.Sprintf("%sd/%d.json", search.Dir, n))
		if !ok {
			break
		}
		ordered = append(ordered, search.File{Path: fmt.Sprintf("%sd/%d.json", search.Dir, n), Data: b})
	}
	r, err := search.Open(ordered)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// page reads the state of the search page once its status says it is done.
type page struct {
	Status  string
	Results []string
	Counts  map[string][]string // option texts per facet
	Search  string              // location.search
	// The engine's last answer (search.js: form.searchAnswer).
	Corrected   []search.Correction
	Suggestions []string
}

const readPage = `(() => {
  const counts = {};
  for (const f of ["district", "tier", "group", "tourism"]) {
    counts[f] = Array.from(document.getElementById("search").elements[f].options).slice(1).map(o => o.textContent);
  }
  return {
    Status: document.getElementById("search-status").textContent,
    Results: Array.from(document.querySelectorAll("#search-results > li > a")).map(a => a.textContent),
    Counts: counts,
    Search: decodeURIComponent(location.search.replace(/\+/g, " ")),
    Corrected: (document.getElementById("search").searchAnswer || {}).corrected || [],
    Suggestions: (document.getElementById("search").searchAnswer || {}).suggestions || [],
  };
})()`

var waitDone = until(`(() => { const s = document.getElementById("search-status").textContent; return s !== "" && !document.getElementById("search").hidden; })()`)

func load(t *testing.T, ctx context.Context, u string) page {
	t.Helper()
	for try := 1; ; try++ {
		p, err := loadOnce(ctx, u)
		if err == nil {
			return p
		}
		if !contextLost(err) || try == 3 {
			t.Fatalf("%s: %v", u, err)
		}
	}
}

func loadOnce(ctx context.Context, u string) (page, error) {
	if err := chromedp.Do(ctx, chromedp.Navigate(u), waitDone); err != nil {
		return page{}, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[page](readPage))
}

// contextLost reports whether err is the browser's answer to a script run
// in the document a navigation has just replaced ("Cannot find context
// with specified id"): a race of the driver with the navigation, after
// which the page is loaded again, never a result of the page.
func contextLost(err error) bool {
	var e *cdproto.Error
	return errors.As(err, &e) && e.Code == -32000 && e.Message == "Cannot find context with specified id"
}

func names(r *search.Reader, res []search.Result, max int) []string {
	var out []string
	for i, x := range res {
		if i == max {
			break
		}
		out = append(out, r.Display(x.Doc)[0].(string))
	}
	return out
}

func TestBrowserSearch(t *testing.T) {
	search.SplitShardsAbove(t, 512) // the large shards of the example split, as those of a big catalogue
	base, site := serve(t)
	ctx := browser(t)
	ref := reference(t, site)
	subs := 0
	for _, name := range site.Names() {
		if rest, ok := strings.CutPrefix(name, search.Dir+"s/"); ok && len(strings.TrimSuffix(rest, ".json")) == 3 {
			subs++
		}
	}
	if subs == 0 {
		t.Error("no shard of the example is split: the cases miss the three-character shards")
	}
	compare(t, ctx, base, ref, []searchCase{
		{"banh chung", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"BÁNH CHƯNG", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"Bánh chưng", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"dong anh", search.Filters{}, "Tủ chè gỗ gụ Vân Hà", false},
		{"Ứng Hoà", search.Filters{}, "", false},
		{"Ứng Hòa", search.Filters{}, "", false},
		{"ung hoa", search.Filters{}, "", false},
		{"Mĩ Đức", search.Filters{}, "Chăn bông tơ tằm tự dệt", false},
		{"Mỹ Đức", search.Filters{}, "Chăn bông tơ tằm tự dệt", false},
		{"kham tr", search.Filters{}, "", false},
		{"nụ trầm", search.Filters{}, "Nụ trầm Quảng Phú Cầu", false},
		{"nụ trám", search.Filters{}, "Nụ trám Quảng Phú Cầu", false},
		{"nu tram", search.Filters{}, "", false},
		{"gom", search.Filters{District: "gia-lam", Tier: "5-sao"}, "", false},
		{"", search.Filters{Group: "sinh-vat-canh"}, "", false},
		{"", search.Filters{Tourism: "lang-gom-bat-trang"}, "", false},
		{"khong co gi nhu the", search.Filters{}, "", true},
		// Typos, swaps, Telex and VNI, one-letter last words (forgive.go).
		{"banh chug", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"chug banh", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"banhf chung", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"mat o", search.Filters{}, "", false},
		{"gom bat trnag", search.Filters{}, "", false},
		{"gom bta trang ", search.Filters{}, "", false},
		{"banhs chuwng", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"ba1nh chu7ng", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"gaf", search.Filters{}, "", false},
		{"gom s", search.Filters{}, "", false},
		{"kham t", search.Filters{}, "", false},
		{"Bát T", search.Filters{}, "", false},
		{"gom x", search.Filters{}, "", false},
		{"gom", search.Filters{}, "", false},
		{"banh chung", search.Filters{}, "Bánh chưng Tranh Khúc", false},
		{"banh qwxz", search.Filters{}, "", true},
		{"zzzq", search.Filters{}, "", true},
	})
	for _, q := range []string{"banh chug", "banhs chuwng", "gaf"} {
		if a := ref.Answer(q, search.Filters{}); len(a.Corrected) == 0 {
			t.Errorf("%q: no correction", q)
		}
	}
	if a := ref.Answer("banh qwxz", search.Filters{}); len(a.Suggestions) == 0 {
		t.Errorf("banh qwxz: no suggestion")
	}

	// The same folded query finds the same products whatever the marks.
	a := load(t, ctx, base+"/tim-kiem/?q="+url.QueryEscape("Ứng Hoà"))
	b := load(t, ctx, base+"/tim-kiem/?q=ung+hoa")
	if !reflect.DeepEqual(a.Results, b.Results) || len(a.Results) == 0 {
		t.Errorf("Ứng Hoà finds %q but ung hoa finds %q", a.Results, b.Results)
	}
	// nu tram finds both; nụ trầm ranks the exact marks first.
	both := load(t, ctx, base+"/tim-kiem/?q=nu+tram")
	if !contains(both.Results, "Nụ trầm Quảng Phú Cầu") || !contains(both.Results, "Nụ trám Quảng Phú Cầu") {
		t.Errorf("nu tram finds %q, want both nụ trầm and nụ trám", both.Results)
	}
}

// searchCase is a query of the search page.
type searchCase struct {
	query   string
	filters search.Filters
	first   string // the expected best result, "" for none
	none    bool   // the query finds nothing
}

// compare loads the search page for each case and checks its results,
// status and facet counts against the Go reference.
func compare(t *testing.T, ctx context.Context, base string, ref *search.Reader, cases []searchCase) {
	t.Helper()
	for _, tc := range cases {
		q := url.Values{}
		if tc.query != "" {
			q.Set("q", tc.query)
		}
		for k, v := range map[string]string{"district": tc.filters.District, "tier": tc.filters.Tier, "group": tc.filters.Group, "tourism": tc.filters.Tourism} {
			if v != "" {
				q.Set(k, v)
			}
		}
		got := load(t, ctx, base+"/tim-kiem/?"+q.Encode())
		ans := ref.Answer(tc.query, tc.filters)
		res, counts := ans.Results, ans.Counts
		if !(len(got.Corrected) == 0 && len(ans.Corrected) == 0) && !reflect.DeepEqual(got.Corrected, ans.Corrected) {
			t.Errorf("%q: the page corrects %+v, the reference %+v", tc.query, got.Corrected, ans.Corrected)
		}
		if !(len(got.Suggestions) == 0 && len(ans.Suggestions) == 0) && !reflect.DeepEqual(got.Suggestions, ans.Suggestions) {
			t.Errorf("%q: the page suggests %q, the reference %q", tc.query, got.Suggestions, ans.Suggestions)
		}
		want := names(ref, res, 20)
		if !(len(got.Results) == 0 && len(want) == 0) && !reflect.DeepEqual(got.Results, want) {
			t.Errorf("%q %+v: the page shows %q, the reference finds %q", tc.query, tc.filters, got.Results, want)
		}
		if tc.first != "" && (len(got.Results) == 0 || got.Results[0] != tc.first) {
			t.Errorf("%q: first result %q, want %q", tc.query, got.Results, tc.first)
		}
		if len(res) == 0 && !tc.none {
			t.Errorf("%q %+v: no result; the case should find something", tc.query, tc.filters)
		}
		wantStatus := fmt.Sprintf("%d kết quả", len(res))
		if len(res) == 0 {
			wantStatus = "Không có kết quả."
		}
		if got.Status != wantStatus {
			t.Errorf("%q: status %q, want %q", tc.query, got.Status, wantStatus)
		}
		for facet, opts := range got.Counts {
			for i, text := range opts {
				if want := fmt.Sprintf("(%d)", counts[facet][i]); !strings.HasSuffix(text, want) {
					t.Errorf("%q %+v: %s option %q, want count %s", tc.query, tc.filters, facet, text, want)
				}
			}
		}
	}
}

// trickyProducts are products whose names and summaries trouble a
// tokenizer, added to the example catalogue by TestBrowserTrickyText:
// slug, name, summary.
var trickyProducts = [][3]string{
	{"thu-phap-chu-phuc", "Thư pháp 福", "Chữ 福字 viết tay trên giấy dó."},
	{"gao-organic", "Gạo ｏｒｇａｎｉｃ", "OCOP certiﬁed, gói 5 m², ½kg, Ⅻ vụ."},
	{"tra-dong", "Trà Ðông", "Trà búp sấy."},
	{"hoa2-sen", "Hoa2 sen", "Hoa sen khô."},
	{"hoa2-sen-tuoi", "Hòa2 sen", "Hoa sen tươi, tuỳ2 mùa."},
}

// trickySite is the example catalogue with trickyProducts added.
func trickySite(t *testing.T) fs.FS {
	t.Helper()
	dir := exampleCopy(t)
	for _, p := range trickyProducts {
		writeProduct(t, dir, p)
	}
	return os.DirFS(dir)
}

// TestBrowserTrickyText searches a catalogue holding a CJK word,
// compatibility characters (ﬁ, full-width letters, m², ½, Ⅻ), Ð (the eth
// that looks like Đ) and marks before digits: the build succeeds (every
// shard has a valid, ASCII file name), and the page finds what the Go
// reference finds, in the same order.
func TestBrowserTrickyText(t *testing.T) {
	base, site := serveFS(t, trickySite(t))
	for _, name := range site.Names() {
		if strings.HasPrefix(name, search.Dir+"s/") && strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789_-/.") != "" {
			t.Errorf("shard file %q is not plain ASCII", name)
		}
	}
	ctx := browser(t)
	ref := reference(t, site)
	compare(t, ctx, base, ref, []searchCase{
		{"福字", search.Filters{}, "Thư pháp 福", false},
		{"福", search.Filters{}, "Thư pháp 福", false},
		{"福 ", search.Filters{}, "Thư pháp 福", false},
		{"organic", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"ｏｒｇａｎｉｃ", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"ＯＲＧ", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"certified", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"certiﬁed", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"5 m²", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"m2 ", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"½kg", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"Ⅻ", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"xii vu", search.Filters{}, "Gạo ｏｒｇａｎｉｃ", false},
		{"Trà Ðông", search.Filters{}, "Trà Ðông", false},
		{"trà đông", search.Filters{}, "Trà Ðông", false},
		{"ðông", search.Filters{}, "", false},
		{"hoà2", search.Filters{}, "Hòa2 sen", false}, // the query's marks rank first
		{"hòa2", search.Filters{}, "Hòa2 sen", false},
		{"hoa2", search.Filters{}, "Hoa2 sen", false},
		{"tuỳ2", search.Filters{}, "Hòa2 sen", false},
		{"ｈｏａ２", search.Filters{}, "Hoa2 sen", false},
	})
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestBrowserTypingAndHistory types as a person does, uses a facet, and
// goes back.
func TestBrowserTypingAndHistory(t *testing.T) {
	base, _ := serve(t)
	ctx := browser(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/tim-kiem/"),
		waitDone,
		chromedp.SendKeys(chromedp.CSS("#q"), "kham tr"),
		until(`document.querySelectorAll("#search-results > li").length > 0`),
	)
	if err != nil {
		t.Fatal(err)
	}
	p, err := chromedp.Run(ctx, chromedp.Evaluate[page](readPage))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Results) == 0 || !strings.Contains(strings.ToLower(p.Results[0]), "khảm trai") {
		t.Errorf("typing kham tr shows %q, want khảm trai first", p.Results)
	}
	if p.Search != "?q=kham tr" {
		t.Errorf("URL after typing: %q", p.Search)
	}
	// Choosing a facet pushes a history entry; back restores the state.
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#f-district"), "thuong-tin"),
		headless.Void(chromedp.Evaluate[bool](`document.getElementById("f-district").dispatchEvent(new Event("change"))`)),
		until(`location.search.includes("district=thuong-tin")`),
		until(`document.getElementById("search-status").textContent === "Không có kết quả."`),
		chromedp.NavigateBack(),
		until(`!location.search.includes("district") && document.querySelectorAll("#search-results > li").length > 0`),
	)
	if err != nil {
		t.Fatalf("facet and back: %v", err)
	}
	p, err = chromedp.Run(ctx, chromedp.Evaluate[page](readPage))
	if err != nil {
		t.Fatal(err)
	}
	district, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#f-district")))
	if err != nil {
		t.Fatal(err)
	}
	if district != "" || len(p.Results) == 0 {
		t.Errorf("after back: district %q, results %q", district, p.Results)
	}
}

// TestBrowserSmallScreen checks the page at 375 px: nothing wider than the
// screen, a labelled field, a live region.
func TestBrowserSmallScreen(t *testing.T) {
	base, _ := serve(t)
	ctx := browser(t)
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(375, 800),
		chromedp.Navigate(base+"/tim-kiem/?q=gom"),
		waitDone,
	)
	if err != nil {
		t.Fatal(err)
	}
	width, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
	if err != nil {
		t.Fatal(err)
	}
	label, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("label[for=q]").textContent`))
	live, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("search-status").getAttribute("aria-live")`))
	if width > 375 {
		t.Errorf("the page is %d px wide at 375 px", width)
	}
	if strings.TrimSpace(label) == "" || live != "polite" {
		t.Errorf("label %q, aria-live %q", label, live)
	}
}

// TestSearchPageWithoutJS checks what a browser without JavaScript gets:
// a notice and links to the grouped listings, and no dead form.
func TestSearchPageWithoutJS(t *testing.T) {
	site := output.NewMemory()
	if _, err := build.Build(context.Background(), os.DirFS("../.."), site, build.Options{Today: testDay}); err != nil {
		t.Fatal(err)
	}
	b, ok := site.File("tim-kiem/index.html")
	if !ok {
		t.Fatal("no search page")
	}
	page := string(b)
	// The notice is in the page's main content (the head has a <noscript>
	// of its own, the style that hides the form).
	page = page[max(0, strings.Index(page, "<main")):]
	start, end := strings.Index(page, "<noscript>"), strings.Index(page, "</noscript>")
	if start < 0 || end < start {
		t.Fatal("the search page has no <noscript> notice")
	}
	notice := page[start:end]
	for _, link := range []string{`href="/quan-huyen/"`, `href="/hang-sao/"`, `href="/nhom/"`, `href="/du-lich/"`} {
		if !strings.Contains(notice, link) {
			t.Errorf("the notice lacks a link %s", link)
		}
	}
	form := strings.Index(page, `<form id="search"`)
	if form < 0 {
		t.Fatal("no search form")
	}
	if tag := page[form : form+strings.Index(page[form:], ">")]; !strings.HasSuffix(tag, " hidden") {
		t.Errorf("the search form should stay hidden until the script shows it: %s>", tag)
	}
}

// TestBrowserTypingLetterByLetter types a whole query one key at a time,
// waiting for the results of each key, and records every drawing of the
// results: from "gom" on, none is empty (a one-letter last word keeps the
// results of the words before it).
func TestBrowserTypingLetterByLetter(t *testing.T) {
	base, _ := serve(t)
	ctx := browser(t)
	const q = "gom bat trang"
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/tim-kiem/"),
		waitDone,
		headless.Void(chromedp.Evaluate[bool](`(() => {
  window.draws = [];
  const list = document.getElementById("search-results"), input = document.getElementById("q");
  new MutationObserver(() => window.draws.push([input.value, list.children.length])).observe(list, { childList: true });
  return true;
})()`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	for i, key := range q {
		typed := fmt.Sprintf("%q", q[:i+1]) // ASCII: a JavaScript string too
		err := chromedp.Do(ctx,
			chromedp.SendKeys(chromedp.CSS("#q"), string(key)),
			until(`document.getElementById("search").searchAnswer && window.draws.some(d => d[0] === `+typed+`) || `+typed+`.trim().length < 3`),
		)
		if err != nil {
			t.Fatalf("typing %q: %v", q[:i+1], err)
		}
	}
	draws, err := chromedp.Run(ctx, chromedp.Evaluate[[][2]any](`window.draws`))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, d := range draws {
		typed, n := d[0].(string), d[1].(float64)
		seen[typed] = true
		if len(typed) >= len("gom") && n == 0 {
			t.Errorf("typing %q: the list is empty at %q", q, typed)
		}
	}
	for _, typed := range []string{"gom b", "gom bat t", q} {
		if !seen[typed] {
			t.Errorf("typing %q: no drawing at %q", q, typed)
		}
	}
}
