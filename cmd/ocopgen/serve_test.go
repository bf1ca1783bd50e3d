package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/serve"
	"github.com/ocopgen/ocopgen/generator/vntext"
	"github.com/ocopgen/ocopgen/generator/watch"
	"github.com/ocopgen/ocopgen/internal/headlesstest"
)

var serveDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// Pages of the example catalogue the tests use.
const (
	// A product with a slug of its own: renaming it keeps its URL.
	nuTramFile = "content/products/ung-hoa/nu-tram-nhua-tram-quang-phu-cau.toml"
	nuTramPage = "/san-pham/nu-tram-nhua-tram-quang-phu-cau/"
	nuTramName = "Nụ trám Quảng Phú Cầu"
	// A product nothing links to.
	dauFile = "content/products/ba-vi/dau-xoa-bop-thao-duoc-nguoi-dao-ba-vi.toml"
	dauPage = "/san-pham/dau-xoa-bop-thao-duoc-nguoi-dao-ba-vi/"
	// A story nothing links to, and a draft.
	storyFile  = "content/stories/diem-ban-ocop-gan-voi-lang-nghe.md"
	storyPage  = "/tin-tuc/diem-ban-ocop-gan-voi-lang-nghe/"
	storyMoved = "content/stories/2024/diem-ban-ocop-lang-nghe.md"
	movedPage  = "/tin-tuc/diem-ban-ocop-lang-nghe/"
	draftPage  = "/tin-tuc/nu-tram-va-nu-tram/"
)

// exampleCopy copies the example catalogue of the repository (ocopgen.toml
// and content/) into a temporary folder.
func exampleCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile("../../ocopgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ocopgen.toml"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// edit replaces old by new in a file of the catalogue; new "" with old ""
// deletes the file.
func edit(t *testing.T, dir, name, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", name, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

type page struct {
	status int
	body   string
}

func fetch(t *testing.T, h http.Handler, target string) page {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	req.Host = "localhost" // a server never told its address answers this
	h.ServeHTTP(rec, req)
	return page{rec.Code, rec.Body.String()}
}

var h1 = regexp.MustCompile(`<h1[^>]*>([^<]*)</h1>`)

func heading(body string) string {
	if m := h1.FindStringSubmatch(body); m != nil {
		return m[1]
	}
	return ""
}

// TestServeRebuild edits the files of a catalogue and calls the rebuild
// function of serve directly, as the watcher would after each change.
func TestServeRebuild(t *testing.T) {
	dir := exampleCopy(t)
	ctx := context.Background()
	srv := serve.New(siteBuilder(dir, build.Options{Today: serveDay}, lang.English, io.Discard, new(catalog.Settings), nil))
	defer srv.Close()
	rebuild := func() []serve.Problem {
		t.Helper()
		return srv.Rebuild(ctx, serve.Content)
	}
	if p := rebuild(); p != nil {
		t.Fatalf("the example catalogue has problems: %v", p)
	}
	p := fetch(t, srv, nuTramPage)
	if p.status != 200 || heading(p.body) != nuTramName || !strings.Contains(p.body, serve.ReloadPath) {
		t.Fatalf("GET %s: %d, heading %q", nuTramPage, p.status, heading(p.body))
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
		t.Error("serve wrote public/")
	}

	// An edit.
	edit(t, dir, nuTramFile, `name = "Nụ trám Quảng Phú Cầu"`, `name = "Nụ trám Phú Cầu mới"`)
	if p := rebuild(); p != nil {
		t.Fatalf("problems after an edit: %v", p)
	}
	if p := fetch(t, srv, nuTramPage); heading(p.body) != "Nụ trám Phú Cầu mới" {
		t.Errorf("after the edit, the heading is %q", heading(p.body))
	}

	// An error: the last good pages, with the problem over them, escaped.
	edit(t, dir, nuTramFile, `district = "ung-hoa"`, `district = "<script>alert(1)</script>"`)
	problems := rebuild()
	if len(problems) == 0 {
		t.Fatal("no problem for an unknown district")
	}
	if pr := problems[0]; pr.File != nuTramFile || pr.Line != 6 || !strings.Contains(pr.Message, "<script>alert(1)</script>") {
		t.Errorf("problem %+v", pr)
	}
	for _, target := range []string{nuTramPage, "/", "/nope/"} {
		p := fetch(t, srv, target)
		if !strings.Contains(p.body, `id="`+serve.OverlayID+`"`) ||
			!strings.Contains(p.body, nuTramFile+":6:") ||
			!strings.Contains(p.body, "&lt;script&gt;alert(1)&lt;/script&gt;") ||
			strings.Contains(p.body, "<script>alert(1)") {
			t.Errorf("GET %s with an error: no overlay with the escaped problem\n%s", target, p.body)
		}
	}
	if p := fetch(t, srv, nuTramPage); p.status != 200 || heading(p.body) != "Nụ trám Phú Cầu mới" {
		t.Errorf("with an error, the last good page is gone: %d %q", p.status, heading(p.body))
	}

	// Fixed: no overlay.
	edit(t, dir, nuTramFile, `district = "<script>alert(1)</script>"`, `district = "ung-hoa"`)
	if p := rebuild(); p != nil {
		t.Fatalf("problems after the fix: %v", p)
	}
	if p := fetch(t, srv, nuTramPage); p.status != 200 || strings.Contains(p.body, serve.OverlayID) {
		t.Errorf("after the fix: %d, overlay %v", p.status, strings.Contains(p.body, serve.OverlayID))
	}

	// A template error of a theme in the catalogue: the server goes on
	// with the last good site.
	tmpl := filepath.Join(dir, "themes/default/templates/product.html")
	os.MkdirAll(filepath.Dir(tmpl), 0o755)
	if err := os.WriteFile(tmpl, []byte("{{define \"main\"}}\n{{.Nope.Field}\n{{end}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	problems = rebuild()
	if len(problems) == 0 || problems[0].File != "themes/default/templates/product.html" {
		t.Errorf("template error: problems %v", problems)
	}
	if p := fetch(t, srv, nuTramPage); p.status != 200 || heading(p.body) != "Nụ trám Phú Cầu mới" || !strings.Contains(p.body, serve.OverlayID) {
		t.Errorf("with a template error: %d %q", p.status, heading(p.body))
	}
	os.RemoveAll(filepath.Join(dir, "themes"))
	if p := rebuild(); p != nil {
		t.Fatalf("problems after removing the theme: %v", p)
	}

	// Deleted and renamed records: their pages are gone at once.
	if p := fetch(t, srv, dauPage); p.status != 200 {
		t.Fatalf("GET %s: %d", dauPage, p.status)
	}
	os.Remove(filepath.Join(dir, dauFile))
	os.MkdirAll(filepath.Join(dir, filepath.Dir(storyMoved)), 0o755)
	if err := os.Rename(filepath.Join(dir, storyFile), filepath.Join(dir, storyMoved)); err != nil {
		t.Fatal(err)
	}
	if p := rebuild(); p != nil {
		t.Fatalf("problems after a delete and a rename: %v", p)
	}
	for target, want := range map[string]int{dauPage: 404, storyPage: 404, movedPage: 200, nuTramPage: 200} {
		if p := fetch(t, srv, target); p.status != want {
			t.Errorf("after a delete and a rename, GET %s: %d, want %d", target, p.status, want)
		}
	}
}

func TestServeDrafts(t *testing.T) {
	dir := exampleCopy(t)
	for _, drafts := range []bool{false, true} {
		srv := serve.New(siteBuilder(dir, build.Options{Today: serveDay, Drafts: drafts}, lang.English, io.Discard, new(catalog.Settings), nil))
		if p := srv.Rebuild(context.Background(), serve.Content); p != nil {
			t.Fatal(p)
		}
		want := 404
		if drafts {
			want = 200
		}
		if p := fetch(t, srv, draftPage); p.status != want {
			t.Errorf("drafts %v: GET %s: %d, want %d", drafts, draftPage, p.status, want)
		}
		srv.Close()
	}
}

func TestChangeOf(t *testing.T) {
	for _, tc := range []struct {
		batch []string
		want  serve.Change
	}{
		{[]string{"themes/default/static/assets/style.css"}, serve.Styles},
		{[]string{"themes/mine/static/a.css", "themes/mine/static/b/c.css"}, serve.Styles},
		{[]string{"themes/mine/static/a.css", "content/products/x.toml"}, serve.Content},
		{[]string{"themes/mine/static/search.js"}, serve.Content},
		{[]string{"themes/mine/templates/x.css"}, serve.Content},
		{[]string{"content/media/x.css"}, serve.Content},
		{[]string{"themes"}, serve.Content},
		{nil, serve.Content},
	} {
		if got := changeOf(tc.batch); got != tc.want {
			t.Errorf("changeOf(%q) = %v, want %v", tc.batch, got, tc.want)
		}
	}
}

// syncBuffer collects the output of the command while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var serving = regexp.MustCompile(`Serving .* at (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)`)

// startServe runs "ocopgen serve" on dir, on a free port, until the test
// ends; it returns the site's URL.
func startServe(t *testing.T, dir string) (string, *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	exit := make(chan int, 1)
	go func() {
		exit <- run(ctx, []string{"serve", "--lang", "en", "-s", dir, "--port", "0", "--date", "2026-11-23"}, stdout, stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-exit:
			if code != exitOK || !strings.Contains(stdout.String(), "Stopped.") {
				t.Errorf("serve stopped with exit %d:\n%s%s", code, stdout, stderr)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop on cancel")
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := serving.FindStringSubmatch(stdout.String()); m != nil {
			return m[1], stdout
		}
		select {
		case code := <-exit:
			t.Fatalf("serve exited with %d:\n%s%s", code, stdout, stderr)
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve printed no URL:\n%s%s", stdout, stderr)
	return "", nil
}

func browser(t *testing.T) context.Context {
	t.Helper()
	return headlesstest.Start(t, 375, 800, 120*time.Second)
}

// until waits for a JavaScript condition to hold. It evaluates the
// condition again and again rather than with chromedp.Poll, which a reload
// of the page interrupts.
func until(cond string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, target *chromedp.Target) (chromedp.Void, error) {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		check := chromedp.Evaluate[bool](cond)
		for {
			if ok, err := check(ctx, target); err == nil && ok {
				return chromedp.Void{}, nil
			}
			select {
			case <-ctx.Done():
				return chromedp.Void{}, fmt.Errorf("waiting for %s: %w", cond, ctx.Err())
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// TestServeBrowser runs "ocopgen serve" on a copy of the example catalogue,
// opens a product page in headless Chromium, and edits files on disk: the
// page follows by itself, through the real watcher and the event stream.
func TestServeBrowser(t *testing.T) {
	ctx := browser(t)
	dir := exampleCopy(t)
	base, stdout := startServe(t, dir)
	h1 := `document.querySelector("main h1").textContent.trim()`
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+strings.TrimPrefix(nuTramPage, "/")),
		until(h1+` === "`+nuTramName+`"`),
	)
	if err != nil {
		t.Fatal(err)
	}
	// Scroll down, and mark this document: a reload loses the mark.
	y := eval[float64](t, ctx, `window.ocopgenMark = 1; scrollTo({top: 200, behavior: "instant"}); scrollY`)
	if y == 0 {
		t.Fatal("the page does not scroll")
	}

	// A new name on disk: the page reloads, at the same scroll position.
	edit(t, dir, nuTramFile, `name = "Nụ trám Quảng Phú Cầu"`, `name = "Nụ trám Phú Cầu mới"`)
	if err := chromedp.Do(ctx, until(h1+` === "Nụ trám Phú Cầu mới" && window.ocopgenMark === undefined`)); err != nil {
		t.Fatalf("the page did not reload after the edit: %v\n%s", err, stdout)
	}
	if err := chromedp.Do(ctx, until(`document.readyState === "complete"`)); err != nil {
		t.Fatal(err)
	}
	if got := eval[float64](t, ctx, `scrollY`); got != y {
		t.Errorf("scroll position %v after the reload, want %v", got, y)
	}

	// An error: an overlay over the last good page; fixed, it goes.
	edit(t, dir, nuTramFile, `district = "ung-hoa"`, `district = "<b>Ứng Hoà Mới</b>"`)
	overlay := `document.getElementById("` + serve.OverlayID + `")`
	if err := chromedp.Do(ctx, until(overlay+` !== null`)); err != nil {
		t.Fatalf("no overlay after an error: %v\n%s", err, stdout)
	}
	text := eval[string](t, ctx, overlay+`.textContent`)
	if !strings.Contains(text, nuTramFile+":6:") || !strings.Contains(text, "<b>Ứng Hoà Mới</b>") {
		t.Errorf("overlay text %q", text)
	}
	if n := eval[int](t, ctx, overlay+`.querySelectorAll("b").length`); n != 0 {
		t.Error("the message's markup was not escaped")
	}
	if got := eval[string](t, ctx, h1); got != "Nụ trám Phú Cầu mới" {
		t.Errorf("under the overlay, the heading is %q", got)
	}
	edit(t, dir, nuTramFile, `district = "<b>Ứng Hoà Mới</b>"`, `district = "ung-hoa"`)
	if err := chromedp.Do(ctx, until(overlay+` === null && document.readyState === "complete"`)); err != nil {
		t.Fatalf("the overlay stays after the fix: %v", err)
	}

	// A stylesheet of a theme: swapped without reloading the page. The
	// theme folder does not exist yet: the watcher picks it up.
	css, err := os.ReadFile("../../themes/default/static/assets/style.css")
	if err != nil {
		t.Fatal(err)
	}
	eval[int](t, ctx, `window.ocopgenMark = 2`)
	sheet := filepath.Join(dir, "themes/default/static/assets/style.css")
	os.MkdirAll(filepath.Dir(sheet), 0o755)
	if err := os.WriteFile(sheet, append(css, "\nmain h1 { outline: 3px solid rgb(1, 2, 3); }\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	// Creating the theme folder is not a change of styles only: a reload.
	if err := chromedp.Do(ctx, until(`window.ocopgenMark === undefined && getComputedStyle(document.querySelector("main h1")).outlineColor === "rgb(1, 2, 3)"`)); err != nil {
		t.Fatalf("the new stylesheet is not applied: %v\n%s", err, stdout)
	}
	if err := chromedp.Do(ctx, until(`document.readyState === "complete"`)); err != nil {
		t.Fatal(err)
	}
	eval[int](t, ctx, `window.ocopgenMark = 3`)
	if err := os.WriteFile(sheet, append(css, "\nmain h1 { outline: 3px solid rgb(4, 5, 6); }\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, until(`getComputedStyle(document.querySelector("main h1")).outlineColor === "rgb(4, 5, 6)"`)); err != nil {
		t.Fatalf("the edited stylesheet is not applied: %v\n%s", err, stdout)
	}
	if mark := eval[int](t, ctx, `window.ocopgenMark || 0`); mark != 3 {
		t.Error("the page reloaded for a change of stylesheet")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('link[rel="stylesheet"]').length`); n != 1 {
		t.Errorf("%d stylesheets after the swap, want 1", n)
	}
}

// TestServeScripts runs the scripts of testdata/serve, which start
// "ocopgen serve" in the background and fetch its pages. They live apart
// from testdata/script because they need the commands below.
//
//	freeport NAME                  sets $NAME to a free TCP port of 127.0.0.1
//	fetch URL [REGEXP]             GETs URL, retrying while the server is not
//	                               up or the answer does not match REGEXP
//	                               (30 s at most); stdout is "status N" and
//	                               the body
func TestServeScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/serve",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"freeport": cmdFreePort,
			"fetch":    cmdFetch,
			"request":  cmdRequest,
		},
	})
}

func cmdFreePort(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: freeport NAME")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	ts.Setenv(args[0], fmt.Sprint(port))
}

func cmdFetch(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: fetch URL [REGEXP]")
	}
	var want *regexp.Regexp
	if len(args) == 2 {
		want = regexp.MustCompile(args[1])
	}
	client := &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	var last string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		res, err := client.Get(args[0])
		if err != nil {
			last = err.Error()
			continue
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			last = err.Error()
			continue
		}
		last = fmt.Sprintf("status %d\n%s", res.StatusCode, b)
		if want == nil || want.MatchString(last) {
			w := bufio.NewWriter(ts.Stdout())
			w.WriteString(last)
			w.Flush()
			return
		}
	}
	ts.Fatalf("fetch %s: no answer matching %q in 30 s; the last:\n%s", args[0], args[1:], last)
}

// BenchmarkServeRebuild times what serve does after a change: a full build
// into a fresh in-memory site, swapped in. It builds the example catalogue,
// or the one OCOPGEN_BENCH_CATALOG names:
//
//	go run ./tools/gencatalog -n 10000 -stories 1000 -o /tmp/cat10k
//	OCOPGEN_BENCH_CATALOG=/tmp/cat10k go test ./cmd/ocopgen -run '^$' -bench ServeRebuild -benchtime 5x
func BenchmarkServeRebuild(b *testing.B) {
	dir := cmp.Or(os.Getenv("OCOPGEN_BENCH_CATALOG"), "../..")
	srv := serve.New(siteBuilder(dir, build.Options{Today: serveDay}, lang.English, io.Discard, new(catalog.Settings), nil))
	defer srv.Close()
	for b.Loop() {
		if p := srv.Rebuild(context.Background(), serve.Content); p != nil {
			b.Fatal(p)
		}
	}
}

// BenchmarkServeSave is what an editor waits for after saving a product's
// text: from the write of the file, through the file event, the watcher's
// quiet period and the rebuild, to the new page served from memory. With
// OCOPGEN_BENCH_CATALOG it edits a product of that catalogue (and puts it
// back afterwards); otherwise a copy of the example.
//
//	OCOPGEN_BENCH_CATALOG=/tmp/g10k go test ./cmd/ocopgen -run '^$' -bench ServeSave -benchtime 50x
func BenchmarkServeSave(b *testing.B) {
	benchServeSave(b, editSummary, saveInPlace)
}

// BenchmarkServeSaveAtomic is BenchmarkServeSave for an editor that saves
// atomically, as sed -i does: a temporary file beside the product, renamed
// over it.
func BenchmarkServeSaveAtomic(b *testing.B) {
	benchServeSave(b, editSummary, func(file string, data []byte) error {
		tmp := filepath.Join(filepath.Dir(file), "sedAbc123")
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			return err
		}
		return os.Rename(tmp, file)
	})
}

func editSummary(orig, mark string) string {
	return strings.Replace(orig, "\nsummary = \"", "\nsummary = \""+mark+" ", 1)
}

func saveInPlace(file string, data []byte) error { return os.WriteFile(file, data, 0o644) }

// BenchmarkServeSaveName is the same for a change of the product's name,
// which moves it in every list (and, with no slug of its own, moves its
// page): the catalogue is linked anew.
func BenchmarkServeSaveName(b *testing.B) {
	benchServeSave(b, func(orig, mark string) string {
		return strings.Replace(orig, "name = \"", "name = \""+mark+" ", 1)
	}, saveInPlace)
}

func benchServeSave(b *testing.B, edit func(orig, mark string) string, save func(file string, data []byte) error) {
	dir := os.Getenv("OCOPGEN_BENCH_CATALOG")
	if dir == "" {
		dir = b.TempDir()
		if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS("../../content")); err != nil {
			b.Fatal(err)
		}
		cfg, _ := os.ReadFile("../../ocopgen.toml")
		os.WriteFile(filepath.Join(dir, "ocopgen.toml"), cfg, 0o644)
	}
	var file string
	filepath.WalkDir(filepath.Join(dir, "content", "products"), func(p string, d os.DirEntry, err error) error {
		if file == "" && err == nil && !d.IsDir() {
			file = p
		}
		return nil
	})
	orig, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.WriteFile(file, orig, 0o644) })
	w, err := watch.New(dir, watched, watch.Options{Log: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	var changed []string
	srv := serve.New(siteBuilder(dir, build.Options{Today: serveDay}, lang.English, io.Discard, new(catalog.Settings), &changed))
	defer srv.Close()
	if p := srv.Rebuild(context.Background(), serve.Content); p != nil {
		b.Fatal(p)
	}
	name := regexp.MustCompile(`(?m)^name = "(.*)"`)
	if name.FindSubmatch(orig) == nil {
		b.Fatal("no name in", file)
	}
	i := 0
	for b.Loop() {
		i++
		mark := fmt.Sprintf("Sửa lần %d.", i)
		edited := edit(string(orig), mark)
		if err := save(file, []byte(edited)); err != nil {
			b.Fatal(err)
		}
		page := "/san-pham/" + vntext.Slug(string(name.FindStringSubmatch(edited)[1])) + "/"
		changed = <-w.Batches()
		if p := srv.Rebuild(context.Background(), changeOf(changed)); p != nil {
			b.Fatal(p)
		}
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", page, nil)
		req.Host = "localhost" // a server never told its address answers this
		srv.ServeHTTP(rec, req)
		if !strings.Contains(rec.Body.String(), mark) {
			b.Fatalf("%s does not show the edit (%d)", page, rec.Code)
		}
	}
}
