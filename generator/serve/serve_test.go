package serve

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func page(body string) []byte {
	return []byte("<!DOCTYPE html>\n<html><head><title>t</title><link rel=\"stylesheet\" href=\"/assets/style.css\"></head>\n<body>\n" + body + "\n</body>\n</html>\n")
}

func site(version string) mapFiles {
	return mapFiles{
		"index.html":            page("<h1>Home " + version + "</h1>"),
		"san-pham/a/index.html": page("<h1>Product A " + version + "</h1>"),
		"san-pham/b/index.html": page("<h1>Product B " + version + "</h1>"),
		"404.html":              page("<h1>Not found</h1>"),
		"assets/style.css":      []byte("body { color: black }\n"),
		"du-lieu/san-pham.json": []byte(`{"v":"` + version + `"}`),
		"du-lieu/san-pham.csv":  []byte("a,b\n"),
		"tin-tuc/atom.xml":      []byte("<feed/>"),
		"sitemap.xml":           []byte("<urlset/>"),
		"robots.txt":            []byte("User-agent: *\n"),
	}
}

// fake returns a server whose rebuilds return the sites and errors pushed
// into it.
type fake struct {
	next func() (*Build, error)
}

func newServer(t *testing.T, s *Build, err error) (*Server, *fake) {
	t.Helper()
	f := &fake{}
	srv := New(func(context.Context) (*Build, error) { return f.next() })
	f.set(s, err)
	srv.Rebuild(context.Background(), Content)
	t.Cleanup(srv.Close)
	return srv, f
}

func (f *fake) set(s *Build, err error) {
	f.next = func() (*Build, error) { return s, err }
}

type response struct {
	status int
	header http.Header
	body   string
}

func get(t *testing.T, h http.Handler, target string) response {
	t.Helper()
	return do(t, h, http.MethodGet, target)
}

func do(t *testing.T, h http.Handler, method, target string) response {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(method, target, nil)
	req.Host = "localhost" // a server never told its address answers this
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, res.Header, string(b)}
}

func TestFiles(t *testing.T) {
	srv, _ := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	for _, tc := range []struct {
		target, ctype string
		status        int
		body          string // in the body
		script        bool   // the live-reload script is injected
	}{
		{"/", "text/html; charset=utf-8", 200, "Home v1", true},
		{"/index.html", "text/html; charset=utf-8", 200, "Home v1", true},
		{"/san-pham/a/", "text/html; charset=utf-8", 200, "Product A v1", true},
		{"/san-pham/a/?q=1", "text/html; charset=utf-8", 200, "Product A v1", true},
		{"/san-pham/zzz/", "text/html; charset=utf-8", 404, "Not found", true},
		{"/assets/nope.css", "text/html; charset=utf-8", 404, "Not found", true},
		{"/assets/style.css", "text/css; charset=utf-8", 200, "body { color: black }\n", false},
		{"/du-lieu/san-pham.json", "application/json", 200, `{"v":"v1"}`, false},
		{"/du-lieu/san-pham.csv", "text/csv; charset=utf-8", 200, "a,b\n", false},
		{"/tin-tuc/atom.xml", "application/atom+xml; charset=utf-8", 200, "<feed/>", false},
		{"/sitemap.xml", "application/xml; charset=utf-8", 200, "<urlset/>", false},
		{"/robots.txt", "text/plain; charset=utf-8", 200, "User-agent: *\n", false},
	} {
		res := get(t, srv, tc.target)
		if res.status != tc.status || res.header.Get("Content-Type") != tc.ctype || !strings.Contains(res.body, tc.body) {
			t.Errorf("GET %s: %d %s %q; want %d %s with %q", tc.target, res.status, res.header.Get("Content-Type"), res.body, tc.status, tc.ctype, tc.body)
			continue
		}
		hasScript := strings.Contains(res.body, ReloadPath)
		if hasScript != tc.script {
			t.Errorf("GET %s: live-reload script %v, want %v", tc.target, hasScript, tc.script)
		}
		if !tc.script && res.body != tc.body {
			t.Errorf("GET %s: body %q, want exactly %q", tc.target, res.body, tc.body)
		}
		if tc.script && !strings.HasSuffix(res.body, "</script>\n</body>\n</html>\n") {
			t.Errorf("GET %s: the script is not just before </body>:\n%s", tc.target, res.body)
		}
		if strings.Contains(res.body, OverlayID) {
			t.Errorf("GET %s: an overlay without problems", tc.target)
		}
	}

	res := get(t, srv, "/san-pham/a")
	if res.status != http.StatusMovedPermanently || res.header.Get("Location") != "/san-pham/a/" {
		t.Errorf("GET /san-pham/a: %d to %q, want 301 to /san-pham/a/", res.status, res.header.Get("Location"))
	}
	res = do(t, srv, http.MethodHead, "/san-pham/a/")
	if res.status != 200 || res.body != "" || res.header.Get("Content-Length") == "" {
		t.Errorf("HEAD: %d, %q, length %q", res.status, res.body, res.header.Get("Content-Length"))
	}
	res = do(t, srv, http.MethodPost, "/")
	if res.status != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", res.status)
	}
}

func TestBasePath(t *testing.T) {
	srv, _ := newServer(t, &Build{Files: site("v1"), BasePath: "/ocop/"}, nil)
	if srv.BasePath() != "/ocop/" {
		t.Errorf("BasePath() = %q", srv.BasePath())
	}
	if res := get(t, srv, "/"); res.status != http.StatusFound || res.header.Get("Location") != "/ocop/" {
		t.Errorf("GET /: %d to %q, want 302 to /ocop/", res.status, res.header.Get("Location"))
	}
	if res := get(t, srv, "/ocop/san-pham/a/"); res.status != 200 || !strings.Contains(res.body, "Product A v1") {
		t.Errorf("GET /ocop/san-pham/a/: %d %q", res.status, res.body)
	}
	if res := get(t, srv, "/san-pham/a/"); res.status != 404 {
		t.Errorf("GET /san-pham/a/ outside the base path: %d, want 404", res.status)
	}
}

// dirFiles reads a site from a folder, naively: the server alone must keep
// requests inside it.
type dirFiles string

func (d dirFiles) File(name string) ([]byte, bool) {
	b, err := os.ReadFile(filepath.Join(string(d), filepath.FromSlash(name)))
	return b, err == nil
}

func TestTraversal(t *testing.T) {
	dir := t.TempDir()
	secret := "base_url = \"SECRET\"\n"
	if err := os.WriteFile(filepath.Join(dir, "ocopgen.toml"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	root := filepath.Join(dir, "public", "site")
	os.MkdirAll(filepath.Join(root, "san-pham"), 0o755)
	os.WriteFile(filepath.Join(root, "index.html"), page("inside"), 0o644)
	srv, _ := newServer(t, &Build{Files: dirFiles(root), BasePath: "/"}, nil)
	if res := get(t, srv, "/index.html"); res.status != 200 || !strings.Contains(res.body, "inside") {
		t.Fatalf("GET /index.html: %d %q", res.status, res.body)
	}
	for _, target := range []string{
		"/../../ocopgen.toml",
		"/%2e%2e/%2e%2e/ocopgen.toml",
		"/%2E%2E/%2E%2E/ocopgen.toml",
		"/san-pham/..%2f..%2f..%2focopgen.toml",
		"/san-pham/../../../ocopgen.toml",
		"/..%5c..%5cocopgen.toml",
		"/./../../ocopgen.toml",
		"//../../ocopgen.toml",
		"/%00/../../ocopgen.toml",
	} {
		res := get(t, srv, target)
		if (res.status != 400 && res.status != 404) || strings.Contains(res.body, "SECRET") {
			t.Errorf("GET %s: %d %q; want 400 or 404 without the file", target, res.status, res.body)
		}
	}

	// Through a real connection, where no client cleans the path.
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, target := range []string{"/../../ocopgen.toml", "/%2e%2e/%2e%2e/ocopgen.toml"} {
		conn, err := net.Dial("tcp", ts.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", target)
		b, _ := io.ReadAll(conn)
		conn.Close()
		if !strings.HasPrefix(string(b), "HTTP/1.1 400") || strings.Contains(string(b), "SECRET") {
			t.Errorf("raw GET %s:\n%s", target, b)
		}
	}
}

// TestOverlay: a failed rebuild keeps the last good pages and shows its
// problems, escaped, over every HTML page; the next good rebuild removes
// them.
func TestOverlay(t *testing.T) {
	srv, f := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	problems := []Problem{
		{File: "content/products/a.toml", Line: 3, Col: 8, Message: `unknown district "<script>alert(1)</script>" & more`},
		{File: "themes/default/templates/product.html", Line: 2, Message: "template: no such function"},
	}
	f.set(&Build{Problems: problems}, nil)
	if got := srv.Rebuild(context.Background(), Content); len(got) != 2 {
		t.Fatalf("Rebuild returned %v", got)
	}
	for _, target := range []string{"/san-pham/a/", "/nope/"} {
		res := get(t, srv, target)
		for _, want := range []string{
			`id="` + OverlayID + `"`,
			"2 error(s)",
			"content/products/a.toml:3:8</code>: unknown district &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34; &amp; more",
			"themes/default/templates/product.html:2</code>: template: no such function",
		} {
			if !strings.Contains(res.body, want) {
				t.Errorf("GET %s: no %q in\n%s", target, want, res.body)
			}
		}
		if strings.Contains(res.body, "<script>alert(1)") {
			t.Errorf("GET %s: the message is not escaped", target)
		}
	}
	if res := get(t, srv, "/san-pham/a/"); res.status != 200 || !strings.Contains(res.body, "Product A v1") {
		t.Errorf("the last good page is gone: %d %q", res.status, res.body)
	}
	if res := get(t, srv, "/assets/style.css"); strings.Contains(res.body, OverlayID) {
		t.Error("overlay in a stylesheet")
	}

	// A failure that is not a problem of the catalogue.
	f.set(nil, errors.New("disk <full>"))
	srv.Rebuild(context.Background(), Content)
	if res := get(t, srv, "/"); !strings.Contains(res.body, "disk &lt;full&gt;") || !strings.Contains(res.body, "Home v1") {
		t.Errorf("after an error:\n%s", res.body)
	}

	f.set(&Build{Files: site("v2"), BasePath: "/"}, nil)
	if got := srv.Rebuild(context.Background(), Content); got != nil {
		t.Fatalf("Rebuild returned %v", got)
	}
	res := get(t, srv, "/san-pham/a/")
	if strings.Contains(res.body, OverlayID) || !strings.Contains(res.body, "Product A v2") {
		t.Errorf("after the fix:\n%s", res.body)
	}
}

func TestNotBuiltYet(t *testing.T) {
	srv, f := newServer(t, &Build{Problems: []Problem{{File: "ocopgen.toml", Line: 1, Message: "bad"}}}, nil)
	res := get(t, srv, "/san-pham/a/")
	if res.status != http.StatusServiceUnavailable || !strings.Contains(res.body, "ocopgen.toml:1</code>: bad") || !strings.Contains(res.body, ReloadPath) {
		t.Errorf("before a good build: %d\n%s", res.status, res.body)
	}
	f.set(&Build{Files: site("v1"), BasePath: "/"}, nil)
	srv.Rebuild(context.Background(), Content)
	if res := get(t, srv, "/san-pham/a/"); res.status != 200 || strings.Contains(res.body, OverlayID) {
		t.Errorf("after a good build: %d\n%s", res.status, res.body)
	}
}

// TestSwap: during a rebuild, requests get the old site whole; right after
// it, the new one, where a deleted page is a 404.
func TestSwap(t *testing.T) {
	srv, f := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	half := make(chan struct{})
	finish := make(chan struct{})
	f.next = func() (*Build, error) {
		files := mapFiles{}
		files["index.html"] = page("<h1>Home v2</h1>")
		close(half)
		<-finish
		files["san-pham/a/index.html"] = page("<h1>Product A v2</h1>")
		files["404.html"] = page("<h1>Not found</h1>")
		return &Build{Files: files, BasePath: "/"}, nil
	}
	done := make(chan struct{})
	go func() {
		srv.Rebuild(context.Background(), Content)
		close(done)
	}()
	<-half
	for target, want := range map[string]string{"/": "Home v1", "/san-pham/a/": "Product A v1", "/san-pham/b/": "Product B v1"} {
		if res := get(t, srv, target); res.status != 200 || !strings.Contains(res.body, want) {
			t.Errorf("during the rebuild, GET %s: %d %q, want %q", target, res.status, res.body, want)
		}
	}
	close(finish)
	<-done
	for target, want := range map[string]string{"/": "Home v2", "/san-pham/a/": "Product A v2"} {
		if res := get(t, srv, target); res.status != 200 || !strings.Contains(res.body, want) {
			t.Errorf("after the rebuild, GET %s: %d %q, want %q", target, res.status, res.body, want)
		}
	}
	if res := get(t, srv, "/san-pham/b/"); res.status != 404 {
		t.Errorf("a deleted page: %d, want 404", res.status)
	}
}

// stream reads the events of the endpoint.
type stream struct {
	t      *testing.T
	events chan [2]string // name, data
}

func listen(t *testing.T, url string) *stream {
	t.Helper()
	res, err := http.Get(url + eventsPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	s := &stream{t: t, events: make(chan [2]string, 10)}
	go func() {
		defer close(s.events)
		sc := bufio.NewScanner(res.Body)
		var name, data string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				data = strings.TrimPrefix(line, "data: ")
			case line == "" && name != "":
				s.events <- [2]string{name, data}
				name, data = "", ""
			}
		}
	}()
	return s
}

func (s *stream) next() (string, string) {
	s.t.Helper()
	select {
	case e, ok := <-s.events:
		if !ok {
			s.t.Fatal("the stream ended")
		}
		return e[0], e[1]
	case <-time.After(10 * time.Second):
		s.t.Fatal("no event")
	}
	return "", ""
}

func TestEvents(t *testing.T) {
	srv, f := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	home := get(t, srv, "/").body
	s := listen(t, ts.URL)
	name, build := s.next()
	if name != "hello" || !strings.Contains(home, `data-build="`+build+`"`) {
		t.Fatalf("first event %s %q; the page says %q", name, build, home)
	}
	expect := func(change Change, want string) {
		t.Helper()
		srv.Rebuild(context.Background(), change)
		name, b := s.next()
		if name != want || b == build {
			t.Fatalf("event %s %q after build %q, want %s with a new build", name, b, build, want)
		}
		build = b
		if page := get(t, srv, "/").body; !strings.Contains(page, `data-build="`+build+`"`) {
			t.Fatalf("the page does not name build %q", build)
		}
	}
	expect(Content, "reload")
	expect(Styles, "css")
	// With problems, or right after them, pages reload to show or drop the
	// overlay.
	f.set(&Build{Problems: []Problem{{File: "x", Message: "bad"}}}, nil)
	expect(Styles, "reload")
	f.set(&Build{Files: site("v2"), BasePath: "/"}, nil)
	expect(Styles, "reload")
	expect(Styles, "css")

	srv.Close()
	select {
	case _, ok := <-s.events:
		if ok {
			t.Fatal("an event after Close")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the stream is still open after Close")
	}
}

func TestCancelledRebuild(t *testing.T) {
	srv, f := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	ctx, cancel := context.WithCancel(context.Background())
	f.next = func() (*Build, error) {
		cancel()
		return nil, ctx.Err()
	}
	if got := srv.Rebuild(ctx, Content); got != nil {
		t.Errorf("a cancelled rebuild returned %v", got)
	}
	if res := get(t, srv, "/"); strings.Contains(res.body, OverlayID) || !strings.Contains(res.body, "Home v1") {
		t.Errorf("after a cancelled rebuild:\n%s", res.body)
	}
}
