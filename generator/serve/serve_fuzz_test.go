package serve

import (
	"net/url"
	"path"
	"strings"
	"testing"
)

// FuzzSafe: a request path safe accepts stays inside the site when it is
// joined to the site's root, and cleaning it changes nothing that could
// climb out.
func FuzzSafe(f *testing.F) {
	for _, s := range []string{"/", "/index.html", "/san-pham/a/", "/../etc/passwd", "/a/%2e%2e/b", "/a/./b", `/a\..\b`, "//x", "/a\x00", "a", "/.../x", "/..%2f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		// Requests reach safe decoded, as r.URL.Path.
		p := raw
		if u, err := url.Parse(raw); err == nil {
			p = u.Path
		}
		if !safe(p) {
			return
		}
		joined := path.Join("/srv/site", p)
		if joined != "/srv/site" && !strings.HasPrefix(joined, "/srv/site/") {
			t.Fatalf("%q (from %q) accepted, yet it reaches %q", p, raw, joined)
		}
		if strings.ContainsAny(p, "\\\x00") {
			t.Fatalf("%q accepted with a backslash or NUL", p)
		}
	})
}
