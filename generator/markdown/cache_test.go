package markdown

import (
	"slices"
	"strings"
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
			html, links, err := c.Convert(conv, src, base, nil)
			if err != nil || html != wantHTML || !slices.Equal(links, wantLinks) {
				t.Errorf("base %s: %q %v %v; converting gives %q %v", base, html, links, err, wantHTML, wantLinks)
			}
		}
	}
	if len(cache.m) != 2 {
		t.Errorf("the cache keeps %d conversions, want one for each base path", len(cache.m))
	}
}

// TestCachePictures: a text converts again when its image's picture
// changed (its photo resized, or replaced), not when it is the same.
func TestCachePictures(t *testing.T) {
	conv := New()
	src := "![ảnh](/media/a.jpg)"
	var cache Cache
	pic := Picture{Srcset: "/media/thumbs/1-480w.jpg 480w, /media/a.jpg 800w", Width: 800, Height: 600}
	pics := func(string) (Picture, bool) { return pic, true }
	first, _, _ := cache.Convert(conv, src, "/", pics)
	pic.Srcset = "/media/thumbs/2-480w.jpg 480w, /media/a.jpg 800w"
	second, _, _ := cache.Convert(conv, src, "/", pics)
	if first == second || !strings.Contains(second, "2-480w.jpg") {
		t.Errorf("the cache kept the old picture:\n%s\n%s", first, second)
	}
	if third, _, _ := cache.Convert(conv, src, "/", pics); third != second {
		t.Errorf("the same picture converted to %q, then %q", second, third)
	}
	if plain, _, _ := cache.Convert(conv, src, "/", nil); strings.Contains(plain, "srcset") {
		t.Errorf("without pictures the cache gave %q", plain)
	}
}
