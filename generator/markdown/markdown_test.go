package markdown

import (
	"strings"
	"testing"
)

func TestConvert(t *testing.T) {
	src := "## Lịch sử làng nghề\n\n## Lịch sử làng nghề\n\nXem [bánh chưng](/san-pham/banh-chung/) và ![ảnh](/media/a.svg).\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~cũ~~ https://example.vn chú thích[^1]\n\n[^1]: Ghi chú.\n"
	html, links, err := New().Convert(src, "/ocop/")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<h2 id="lich-su-lang-nghe">Lịch sử làng nghề</h2>`,
		`<h2 id="lich-su-lang-nghe-1">`,
		`href="/ocop/san-pham/banh-chung/"`,
		`<img loading="lazy" decoding="async" src="/ocop/media/a.svg"`,
		`<table>`, `<del>cũ</del>`, `<a href="https://example.vn">`, `class="footnotes"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("output lacks %s:\n%s", want, html)
		}
	}
	if strings.Contains(html, "<script>") {
		t.Errorf("raw HTML passed through:\n%s", html)
	}
	if len(links) < 2 || links[0].Dest != "/san-pham/banh-chung/" || links[1].Dest != "/media/a.svg" || !links[1].Image {
		t.Fatalf("links = %+v", links)
	}
	if got := src[links[0].Offset:]; !strings.HasPrefix(got, "[bánh chưng]") {
		t.Errorf("link offset points at %q", got[:20])
	}
	if got := src[links[1].Offset:]; !strings.HasPrefix(got, "![ảnh]") {
		t.Errorf("image offset points at %q", got[:10])
	}
}

// TestConvertPictures: an image the site has pictures of gets its width,
// height, srcset and sizes, escaped; another image, or a link, nothing.
func TestConvertPictures(t *testing.T) {
	src := "![Lò gốm](/media/lo.jpg) ![khác](/media/khac.jpg) [lò](/media/lo.jpg)"
	pics := func(dest string) (Picture, bool) {
		if dest != "/media/lo.jpg" {
			return Picture{}, false
		}
		return Picture{Srcset: `/ocop/media/thumbs/a-480w.jpg 480w, /ocop/media/lo.jpg?"x" 2000w`, Width: 2000, Height: 1500}, true
	}
	html, _, err := New().ConvertWith(src, "/ocop/", pics)
	if err != nil {
		t.Fatal(err)
	}
	want := `<img loading="lazy" decoding="async" src="/ocop/media/lo.jpg" alt="Lò gốm" width="2000" height="1500" srcset="/ocop/media/thumbs/a-480w.jpg 480w, /ocop/media/lo.jpg?&quot;x&quot; 2000w" sizes="auto, 100vw">`
	if !strings.Contains(html, want) {
		t.Errorf("the picture's image is not\n%s\nin\n%s", want, html)
	}
	if !strings.Contains(html, `<img loading="lazy" decoding="async" src="/ocop/media/khac.jpg" alt="khác">`) || strings.Count(html, "srcset") != 1 {
		t.Errorf("another image got attributes:\n%s", html)
	}
}

// TestHeadingIDsTaken: a heading whose text is another's id with a
// suffix ("a-1") takes that id if it is free, and the repeated heading
// skips it; the suffixes of "a-1" itself start again at 1.
func TestHeadingIDsTaken(t *testing.T) {
	src := "# a\n\n# a\n\n# a-1\n\n# a\n\n# a-1\n\n# b\n\n# a-2\n\n# b\n\n# a\n"
	html, _, err := New().Convert(src, "/")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, part := range strings.Split(html, `<h1 id="`)[1:] {
		ids = append(ids, part[:strings.IndexByte(part, '"')])
	}
	want := []string{"a", "a-1", "a-1-1", "a-2", "a-1-2", "b", "a-2-1", "b-1", "a-3"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("ids = %v, want %v", ids, want)
	}
}
