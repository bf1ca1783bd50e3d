package serve

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// request sends a request with the given Host to the server.
func request(t *testing.T, h http.Handler, method, host, target string) response {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(method, target, nil)
	req.Host = host
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, res.Header, string(b)}
}

// TestHosts: a request for a name the server was not started under (DNS
// rebinding sends the attacker's) gets 421, with the hosts served and the
// fix; the loopback names and the bind address, with the port, are served.
func TestHosts(t *testing.T) {
	for _, tc := range []struct {
		bind  string
		port  int
		allow []string
		deny  []string
	}{
		{"127.0.0.1", 1313,
			[]string{"localhost:1313", "LocalHost:1313", "127.0.0.1:1313", "[::1]:1313"},
			[]string{"evil.example:1313", "evil.example", "localhost", "localhost:1314", "127.0.0.1", "192.168.1.5:1313", "localhost.evil.example:1313", ""}},
		{"192.168.1.5", 8080,
			[]string{"192.168.1.5:8080", "localhost:8080", "[::1]:8080"},
			[]string{"192.168.1.6:8080", "evil.example:8080", "192.168.1.5:80"}},
		{"0.0.0.0", 1313,
			[]string{"192.168.1.5:1313", "10.0.0.2:1313", "[fe80::1]:1313", "localhost:1313"},
			[]string{"evil.example:1313", "192.168.1.5:1314", "rebind.192.168.1.5.nip.io:1313"}},
		{"::", 1313,
			[]string{"[2001:db8::1]:1313", "127.0.0.1:1313"},
			[]string{"evil.example:1313"}},
		{"my-laptop.lan", 1313,
			[]string{"my-laptop.lan:1313", "MY-LAPTOP.LAN.:1313", "localhost:1313"},
			[]string{"other.lan:1313"}},
		// A browser leaves out port 80, and only that one.
		{"127.0.0.1", 80,
			[]string{"localhost", "localhost:80", "127.0.0.1", "[::1]"},
			[]string{"evil.example"}},
	} {
		srv, _ := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
		srv.Listen(tc.bind, tc.port)
		for _, host := range tc.allow {
			if res := request(t, srv, "GET", host, "/"); res.status != 200 {
				t.Errorf("--bind %s --port %d, Host %q: %d, want 200", tc.bind, tc.port, host, res.status)
			}
		}
		for _, host := range tc.deny {
			res := request(t, srv, "GET", host, "/")
			if res.status != http.StatusMisdirectedRequest || strings.Contains(res.body, "Home") {
				t.Errorf("--bind %s --port %d, Host %q: %d %q, want 421", tc.bind, tc.port, host, res.status, res.body)
			}
			if !strings.Contains(res.body, "--bind") || !strings.HasPrefix(res.header.Get("Content-Type"), "text/plain") {
				t.Errorf("Host %q: the 421 does not say how to allow it: %q", host, res.body)
			}
		}
		// The event stream too: a rebinding page cannot learn of rebuilds.
		if res := request(t, srv, "GET", "evil.example:1313", eventsPath); res.status != http.StatusMisdirectedRequest {
			t.Errorf("events for another host: %d", res.status)
		}
	}
}

// TestHostsMessage: the 421 names the hosts that are served.
func TestHostsMessage(t *testing.T) {
	srv, _ := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	srv.Listen("192.168.1.5", 1313)
	res := request(t, srv, "GET", "evil.example:1313", "/")
	want := "This preview answers only to localhost:1313, 127.0.0.1:1313, [::1]:1313, 192.168.1.5:1313, not to \"evil.example:1313\".\n"
	if !strings.HasPrefix(res.body, want) {
		t.Errorf("421 body %q, want it to start %q", res.body, want)
	}
	srv.Listen("0.0.0.0", 1313)
	if res := request(t, srv, "GET", "evil.example:1313", "/"); !strings.Contains(res.body, "any IP address with :1313") {
		t.Errorf("421 body for all interfaces %q", res.body)
	}
}

// TestEventsMethod: the event stream answers GET only.
func TestEventsMethod(t *testing.T) {
	srv, _ := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	for _, method := range []string{"POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"} {
		res := request(t, srv, method, "localhost", eventsPath)
		if res.status != http.StatusMethodNotAllowed || res.header.Get("Allow") != "GET" {
			t.Errorf("%s %s: %d, Allow %q; want 405, Allow GET", method, eventsPath, res.status, res.header.Get("Allow"))
		}
	}
	for _, method := range []string{"POST", "PUT", "DELETE", "OPTIONS"} {
		res := request(t, srv, method, "localhost", "/san-pham/a/")
		if res.status != http.StatusMethodNotAllowed || res.header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s a page: %d, Allow %q; want 405, Allow GET, HEAD", method, res.status, res.header.Get("Allow"))
		}
	}
}

// TestSecurityHeaders: every answer, of every kind, says nosniff and
// carries the Content-Security-Policy.
func TestSecurityHeaders(t *testing.T) {
	srv, _ := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	srv.Listen("127.0.0.1", 1313)
	check := func(what string, h http.Header) {
		t.Helper()
		if h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no X-Content-Type-Options: nosniff", what)
		}
		csp := h.Get("Content-Security-Policy")
		for _, d := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self';", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"} {
			if !strings.Contains(csp, d) {
				t.Errorf("%s: Content-Security-Policy %q has no %q", what, csp, d)
			}
		}
		if strings.Contains(csp, "unsafe") {
			t.Errorf("%s: Content-Security-Policy %q", what, csp)
		}
	}
	for _, tc := range []struct{ method, host, target string }{
		{"GET", "localhost:1313", "/"},
		{"GET", "localhost:1313", "/assets/style.css"},
		{"GET", "localhost:1313", "/du-lieu/san-pham.json"},
		{"GET", "localhost:1313", "/nope/"},
		{"GET", "localhost:1313", "/../x"},
		{"GET", "localhost:1313", "/san-pham/a"},
		{"POST", "localhost:1313", "/"},
		{"POST", "localhost:1313", eventsPath},
		{"GET", "localhost:1313", ReloadPath},
		{"GET", "localhost:1313", overlayCSS},
		{"GET", "evil.example:1313", "/"},
	} {
		res := request(t, srv, tc.method, tc.host, tc.target)
		check(tc.method+" "+tc.host+tc.target, res.header)
	}
	// The event stream, through a real connection.
	ts := httptest.NewServer(srv)
	defer ts.Close()
	srv.Listen("127.0.0.1", ts.Listener.Addr().(*net.TCPAddr).Port)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+eventsPath, nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("events: %d", res.StatusCode)
	}
	check("the event stream", res.Header)
}

// TestPageNeedsNothingInline: the injected script and the overlay are no
// inline script, style or handler, which the policy refuses; a page's own
// inline script is allowed by its hash, a data block is not hashed.
func TestPageNeedsNothingInline(t *testing.T) {
	srv, f := newServer(t, &Build{Files: site("v1"), BasePath: "/"}, nil)
	f.set(&Build{Problems: []Problem{{File: "a.toml", Line: 1, Message: "bad"}}}, nil)
	srv.Rebuild(context.Background(), Content)
	res := get(t, srv, "/")
	if !strings.Contains(res.body, OverlayID) {
		t.Fatalf("no overlay:\n%s", res.body)
	}
	inline := regexp.MustCompile(`(?i)<script[^>]*>[^<]|\sstyle=|\son[a-z]+=`)
	if m := inline.FindString(res.body); m != "" {
		t.Errorf("the page has %q inline:\n%s", m, res.body)
	}
	for _, p := range []string{ReloadPath, overlayCSS} {
		if r := get(t, srv, p); r.status != 200 || len(r.body) < 100 {
			t.Errorf("GET %s: %d %q", p, r.status, r.body)
		}
	}

	js := "console.log(1)"
	sum := sha256.Sum256([]byte(js))
	hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	files := site("v1")
	files["tim-kiem/index.html"] = page(`<script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><script>` + js + `</script>`)
	f.set(&Build{Files: files, BasePath: "/"}, nil)
	srv.Rebuild(context.Background(), Content)
	csp := get(t, srv, "/tim-kiem/").header.Get("Content-Security-Policy")
	if want := "script-src 'self' " + hash + ";"; !strings.Contains(csp, want) {
		t.Errorf("Content-Security-Policy %q, want %q", csp, want)
	}
	if strings.Count(csp, "sha256-") != 1 {
		t.Errorf("Content-Security-Policy %q hashes other than the inline script", csp)
	}
}

// BenchmarkPageCSP times the policy of a served page of 30 kB with an
// inline script and a JSON-LD block: what hashing its scripts adds to
// each HTML answer.
//
//	go test ./generator/serve -run '^$' -bench PageCSP
func BenchmarkPageCSP(b *testing.B) {
	body := strings.Repeat(`<li class="card"><a href="/san-pham/x/">Mật ong hoa nhãn</a> <span class="badge">4 sao</span></li>`+"\n", 300)
	p := page(`<script type="application/ld+json">{"a":1}</script>` + body + `<script>console.log(1)</script>`)
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		pageCSP(p)
	}
}

// TestPageCSPScripts: which inline scripts of a page get a hash.
func TestPageCSPScripts(t *testing.T) {
	hash := func(js string) string {
		sum := sha256.Sum256([]byte(js))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	for page, want := range map[string][]string{
		`<p>no script</p>`:                                                nil,
		`<script>a()</script>`:                                            {hash("a()")},
		`<SCRIPT defer>b()</SCRIPT>`:                                      {hash("b()")},
		"<script\ntype=\"module\">c()</script>":                           {hash("c()")},
		`<script type="application/json">{"x":"</scr"}</script>`:          nil,
		`<script src="/x.js"></script><script>d()</script>`:               {hash("d()")},
		`<scripts>no</scripts><script>e("<p>")</script><script></script>`: {hash(`e("<p>")`)},
		`<script>f()</script><script>g()</script>`:                        {hash("f()"), hash("g()")},
	} {
		csp := pageCSP([]byte(page))
		got := strings.Count(csp, "'sha256-")
		if got != len(want) {
			t.Errorf("%s: %d hashes in %q, want %d", page, got, csp, len(want))
		}
		for _, h := range want {
			if !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, " "+h) {
				t.Errorf("%s: %q lacks %s", page, csp, h)
			}
		}
	}
}
