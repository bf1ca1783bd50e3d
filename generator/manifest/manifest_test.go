package manifest

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/ocopgen/ocopgen/generator/render"
)

// TestManifest: a file is named in links by its page's URL, or else by
// its path in the site, and opens to the bytes of its kind: a page
// rendered, a generated file's bytes, a copy read from its file system.
func TestManifest(t *testing.T) {
	catalogue := fstest.MapFS{"content/media/a.svg": {Data: []byte("<svg/>")}}
	theme := fstest.MapFS{"static/app.css": {Data: []byte("body{}")}}
	robots := render.NewFile("robots.txt", []byte("User-agent: *"))
	m := New([]File{
		{Path: "robots.txt", Kind: Page, Page: &robots},
		{Path: "media/thumbs/x-480w.jpg", Kind: Generated, Data: []byte("jpeg")},
		{Path: "media/a.svg", Kind: Media, FS: catalogue, Name: "content/media/a.svg", Source: "content/media/a.svg"},
		{Path: "app.css", Kind: Static, FS: theme, Name: "static/app.css", Source: "themes/t/static/app.css"},
	}, nil)
	for _, p := range []string{"/robots.txt", "/media/thumbs/x-480w.jpg", "/media/a.svg", "/app.css"} {
		if !m.Has(p) {
			t.Errorf("the manifest has no %s", p)
		}
	}
	for _, p := range []string{"/static/app.css", "/content/media/a.svg", "app.css", "/"} {
		if m.Has(p) {
			t.Errorf("the manifest has %s, which is no file of the site", p)
		}
	}
	want := []string{"User-agent: *", "jpeg", "<svg/>", "body{}"}
	for i := range m.Files {
		b, err := m.Files[i].Open()
		if err != nil || !bytes.Equal(b, []byte(want[i])) {
			t.Errorf("%s opens to %q, %v; want %q", m.Files[i].Path, b, err, want[i])
		}
	}
}
