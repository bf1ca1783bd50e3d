// Command searchbench measures the search page of a built site as a phone
// on a CDN would meet it: for each query, a cold page load of
// /tim-kiem/?q=… in headless Chromium with an empty cache, counting the
// requests and the bytes they would move gzip-compressed; then, on a warm
// page, the time from a keystroke to the results on screen.
//
//	go run ./tools/searchbench -site public [-q "banh chung" -q "dong anh" …]
//
// Nothing leaves the machine: the site is served on 127.0.0.1.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/ocopgen/ocopgen/internal/headless"
)

type queries []string

func (q *queries) String() string     { return strings.Join(*q, ", ") }
func (q *queries) Set(s string) error { *q = append(*q, s); return nil }

func main() {
	site := flag.String("site", "public", "the built site")
	exe := flag.String("chromium", "chromium", "the browser to drive")
	var qs queries
	flag.Var(&qs, "q", "a query to measure (repeatable)")
	verbose := flag.Bool("v", false, "list each request of a first search and its gzip size")
	flag.Parse()
	if len(qs) == 0 {
		qs = queries{"banh chung", "dong anh", "nụ trầm", "kham tr", "gom bat trang", "ung hoa", // as typed
			"banh chug", "gom bat trnag", "banhs chuwng", "ba1nh", "gom s", "kham t"} // forgiven
	}
	log.SetFlags(0)

	rec := &recorder{root: *site, verbose: *verbose}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(ln, rec)
	base := "http://" + ln.Addr().String()

	fmt.Printf("Cold first search (empty cache), site %s\n", *site)
	fmt.Printf("%-16s %8s %14s %14s\n", "query", "requests", "gzip KiB", "raw KiB")
	for _, q := range qs {
		dir, _ := os.MkdirTemp("", "searchbench-")
		actx, cancel := chromedp.NewExecAllocator(context.Background(), headless.Options(*exe, dir, 375, 800)...)
		ctx, cancel2 := chromedp.NewContext(actx)
		if err := chromedp.Do(ctx); err != nil {
			log.Fatal(err)
		}
		rec.reset()
		u := base + "/tim-kiem/?q=" + url.QueryEscape(q)
		if err := chromedp.Do(ctx, chromedp.Navigate(u), done()); err != nil {
			log.Fatalf("%s: %v", q, err)
		}
		n, gz, raw := rec.totals()
		fmt.Printf("%-16s %8d %14.1f %14.1f\n", q, n, float64(gz)/1024, float64(raw)/1024)
		cancel2()
		cancel()
		os.RemoveAll(dir)
	}

	// Keystroke to results, on a loaded page: type each query a character
	// at a time and time each input event until the results are drawn.
	dir, _ := os.MkdirTemp("", "searchbench-")
	defer os.RemoveAll(dir)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), headless.Options(*exe, dir, 375, 800)...)
	defer cancel()
	ctx, cancel2 := chromedp.NewContext(actx)
	defer cancel2()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/tim-kiem/"), done()); err != nil {
		log.Fatal(err)
	}
	var all []float64
	fmt.Printf("\nKeystroke to results (each prefix of each query typed once more after a first pass warms the index parts)\n")
	for _, q := range qs {
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(typeJS, q), chromedp.EvalAwaitPromise))
		if err != nil {
			log.Fatalf("typing %q: %v", q, err)
		}
		all = append(all, ms...)
		fmt.Printf("%-16s median %5.1f ms, max %5.1f ms over %d keystrokes\n", q, median(ms), slices.Max(ms), len(ms))
		if *verbose {
			for i, v := range ms {
				fmt.Printf("  %-16q %5.1f ms\n", string([]rune(q)[:i+1]), v)
			}
		}
	}
	fmt.Printf("%-16s median %5.1f ms, max %5.1f ms over %d keystrokes\n", "all", median(all), slices.Max(all), len(all))
}

// typeJS types a query into the search field one character at a time and
// returns, per keystroke, the milliseconds until the results list changed
// and the status was written. Each keystroke is timed twice: the first
// pass may fetch index parts over the network; the second is the figure.
const typeJS = `(async () => {
  const q = %q;
  const input = document.getElementById("q");
  const status = document.getElementById("search-status");
  const step = (value) => new Promise((resolve) => {
    const t0 = performance.now();
    const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - t0); });
    obs.observe(status, { childList: true, characterData: true, subtree: true });
    status.textContent = "";
    input.value = value;
    input.dispatchEvent(new Event("input"));
  });
  for (let i = 1; i <= q.length; i++) await step(q.slice(0, i));
  const out = [];
  for (let i = 1; i <= q.length; i++) out.push(await step(q.slice(0, i)));
  return out;
})()`

func done() chromedp.Action[chromedp.Void] {
	p := chromedp.Poll[bool](`(() => { const s = document.getElementById("search-status"); return !!s && s.textContent !== "" && !document.getElementById("search").hidden; })()`,
		chromedp.WithPollingTimeout(30*time.Second))
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := p(ctx, t)
		return chromedp.Void{}, err
	}
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// recorder serves the site and counts what it sends, compressed as a CDN
// would (gzip, default level) for text types.
type recorder struct {
	root    string
	verbose bool // log each request
	mu      sync.Mutex
	n       int
	gz      int
	raw     int
}

func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	name := filepath.Join(r.root, filepath.FromSlash(req.URL.Path))
	if strings.HasSuffix(req.URL.Path, "/") {
		name = filepath.Join(name, "index.html")
	}
	b, err := os.ReadFile(name)
	if err != nil {
		http.NotFound(w, req)
		return
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	r.mu.Lock()
	r.n++
	r.gz += buf.Len()
	r.raw += len(b)
	r.mu.Unlock()
	if r.verbose {
		log.Printf("  %6d B gzip  %s", buf.Len(), req.URL.Path)
	}
	switch filepath.Ext(name) {
	case ".html":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	case ".js":
		w.Header().Set("Content-Type", "text/javascript")
	case ".css":
		w.Header().Set("Content-Type", "text/css")
	case ".json":
		w.Header().Set("Content-Type", "application/json")
	}
	w.Write(b)
}

func (r *recorder) reset() {
	r.mu.Lock()
	r.n, r.gz, r.raw = 0, 0, 0
	r.mu.Unlock()
}

func (r *recorder) totals() (int, int, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n, r.gz, r.raw
}
