package session

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/build"
)

// TestServedMediaChecked: a served site reads its media files when they
// are asked for; one replaced since the site was built, by a file that
// may not be published, is not served: what is served says why (the last good
// site is served while the rebuild reports it).
func TestServedMediaChecked(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"ocopgen.toml":           "title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n",
		"content/districts.toml": "[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n",
	} {
		full := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	svg := filepath.Join(dir, "content", "media", "ok.svg")
	os.MkdirAll(filepath.Dir(svg), 0o755)
	write := func(text string) {
		if err := os.WriteFile(svg, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>`)
	s := New(os.DirFS(dir), build.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	site, res, err := s.Rebuild(context.Background(), nil)
	if err != nil || site == nil {
		t.Fatal(err, res.Problems)
	}
	write(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>`)
	if b, _ := site.File("media/ok.svg"); bytes.Contains(b, []byte("alert")) || !bytes.Contains(b, []byte("the SVG has the event attribute onload")) {
		t.Errorf("served %q", b)
	}
	if _, res, _ := s.Rebuild(context.Background(), []string{"content/media/ok.svg"}); res.Errors() != 1 {
		t.Errorf("the rebuild reported %v", res.Problems)
	}
}
