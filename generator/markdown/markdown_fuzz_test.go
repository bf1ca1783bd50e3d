package markdown

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

var idAttr = regexp.MustCompile(`<h[1-6] id="([^"]*)"`)

// FuzzConvert: any text renders without error to valid UTF-8 (for valid
// input), with no raw HTML element let through, every heading id unique
// and an ASCII slug, and every link's offset inside the text.
func FuzzConvert(f *testing.F) {
	for _, s := range []string{
		"## Lịch sử\n\n## Lịch sử\n\n# lich-su-1\n",
		"# 0_0\n\n# _a_\n",
		"Xem [bánh](/san-pham/a/) và ![ảnh](media/a.svg)\n",
		"<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>",
		"| a | b |\n|---|---|\n| 1 | 2 |\n",
		"x[^1]\n\n[^1]: chú thích\n",
		"> > > a\n\n- [x](y)\n  - [z](</a b>)\n",
		"[a]: /x\n\n[a] [b][a] ![c][a]\n",
		"`code <b>` *em* **strong** ~~del~~ https://example.vn www.a.vn",
	} {
		f.Add(s)
	}
	c := New()
	f.Fuzz(func(t *testing.T, src string) {
		html, links, err := c.Convert(src, "/ocop/")
		if err != nil {
			t.Fatalf("Convert: %v", err)
		}
		if utf8.ValidString(src) && !utf8.ValidString(html) {
			t.Fatalf("invalid UTF-8 out of valid text: %q", html)
		}
		lower := strings.ToLower(html)
		for _, tag := range []string{"<script", "<iframe", "<style", "<object", "<embed"} {
			if strings.Contains(lower, tag) {
				t.Fatalf("raw HTML %s let through:\n%s", tag, html)
			}
		}
		seen := map[string]bool{}
		for _, m := range idAttr.FindAllStringSubmatch(html, -1) {
			id := m[1]
			if seen[id] {
				t.Fatalf("heading id %q twice:\n%s", id, html)
			}
			seen[id] = true
			if !vntext.IsSlug(id) {
				t.Fatalf("heading id %q is not a slug", id)
			}
		}
		for _, l := range links {
			if l.Offset < 0 || l.Offset > len(src) {
				t.Fatalf("link %q at %d, outside the text of %d bytes", l.Dest, l.Offset, len(src))
			}
		}
	})
}
