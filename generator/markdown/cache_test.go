package markdown

import (
	"slices"
	"testing"
)

// TestCache: a cache gives what converting gives, for each base path, and
// keeps a text it converted; a nil cache converts every time.
func TestCache(t *testing.T) {
	conv := New()
	src := "Xem [làng gốm](/lang-nghe/bat-trang/) và ![ảnh](/media/a.jpg)"
	var cache Cache
	for _, c := range []*Cache{&cache, &cache, nil} {
		for _, base := range []string{"/", "/ocop/"} {
			wantHTML, wantLinks, _ := conv.Convert(src, base)
			html, links, err := c.Convert(conv, src, base)
			if err != nil || html != wantHTML || !slices.Equal(links, wantLinks) {
				t.Errorf("base %s: %q %v %v; converting gives %q %v", base, html, links, err, wantHTML, wantLinks)
			}
		}
	}
	if len(cache.m) != 2 {
		t.Errorf("the cache keeps %d conversions, want one for each base path", len(cache.m))
	}
}
