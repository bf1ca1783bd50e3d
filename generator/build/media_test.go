package build

import (
	"cmp"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/media"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/internal/testimage"
)

// TestMediaRefused: check and build report, each at its file, every media
// file that may not be published, all at once, and publish none; the
// files allowed are published.
func TestMediaRefused(t *testing.T) {
	dir := photoCatalogue(t, photo{"Bình gốm", "big.png", testimage.GreyPNG(8000, 8000)}, photo{"Nón lá", "ok.png", testimage.GreyPNG(600, 400)})
	for name, text := range map[string]string{
		"content/media/page.html": "<script>alert(document.cookie)</script>",
		"content/media/app.js":    "alert(1)",
		"content/media/evil.svg":  "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect onload=\"alert(1)\"/>\n</svg>\n",
		"content/media/fake.jpg":  "<!DOCTYPE html><script>alert(1)</script>",
		"content/media/ok.svg":    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>`,
		"content/media/ok.pdf":    "%PDF-1.4\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{
		"content/media/app.js: .js files cannot be published",
		"content/media/big.png: the image is 8000×8000 pixels (64 megapixels), more than the limit",
		"content/media/evil.svg:2:1: the SVG has the event attribute onload on <rect>",
		"content/media/fake.jpg: the file is an HTML page, not a .jpg file",
		"content/media/page.html: .html files cannot be published",
	}
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	site := output.NewMemory()
	checked, cerr := Check(context.Background(), os.DirFS(dir), opts)
	built, berr := Build(context.Background(), os.DirFS(dir), site, opts)
	for run, res := range map[string]*Result{"check": checked, "build": built} {
		var got []string
		for _, p := range res.Problems {
			if p.Severity == diag.Error {
				got = append(got, p.String())
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d errors, want %d:\n%s", run, len(got), len(want), strings.Join(got, "\n"))
			continue
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Errorf("%s: got %s\nwant %s…", run, got[i], want[i])
			}
		}
	}
	if !errors.Is(cerr, ErrProblems) || !errors.Is(berr, ErrProblems) || len(site.Names()) > 0 {
		t.Errorf("check: %v; build: %v, wrote %q", cerr, berr, site.Names())
	}

	// Without the refused files, the rest is published.
	for _, f := range []string{"page.html", "app.js", "evil.svg", "fake.jpg", "big.png"} {
		os.Remove(filepath.Join(dir, "content", "media", f))
	}
	os.Remove(filepath.Join(dir, "content", "products", "0.toml"))
	site = output.NewMemory()
	if _, err := Build(context.Background(), os.DirFS(dir), site, opts); err != nil {
		t.Fatal(err)
	}
	names := site.Names()
	for _, f := range []string{"media/ok.svg", "media/ok.pdf", "media/ok.png"} {
		if !slices.Contains(names, f) {
			t.Errorf("%s not published", f)
		}
	}
}

// swapFS is the catalogue in a folder, where the file swap is replaced on
// disk by the bytes to, once it has been read: as an editor saves it
// again while a build runs.
type swapFS struct {
	fs.FS
	dir, swap string
	to        []byte
	once      sync.Once
}

func (s *swapFS) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(s.FS, name)
	if name == s.swap {
		s.once.Do(func() { err = cmp.Or(err, os.WriteFile(filepath.Join(s.dir, filepath.FromSlash(name)), s.to, 0o644)) })
	}
	return b, err
}

// TestMediaReplacedDuringBuild: a media file is checked again as it is
// copied into the site; one replaced since it was checked, by a file that
// may not be published, fails the build, which publishes nothing.
func TestMediaReplacedDuringBuild(t *testing.T) {
	dir := photoCatalogue(t)
	os.MkdirAll(filepath.Join(dir, "content", "media"), 0o755)
	clean := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>`
	if err := os.WriteFile(filepath.Join(dir, "content", "media", "ok.svg"), []byte(clean), 0o644); err != nil {
		t.Fatal(err)
	}
	src := &swapFS{FS: os.DirFS(dir), dir: dir, swap: "content/media/ok.svg", to: []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)}
	dest := filepath.Join(t.TempDir(), "public")
	_, err := Publish(context.Background(), src, dest, Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	if err == nil || !strings.Contains(err.Error(), "content/media/ok.svg: the SVG has a <script> element") || !strings.Contains(err.Error(), "replaced while the site was built") {
		t.Errorf("got %v", err)
	}
	var changed *changedError
	var refused *media.Problem
	if !errors.As(err, &changed) || changed.File != "content/media/ok.svg" || !errors.As(err, &refused) {
		t.Errorf("the error %v is not a changedError of content/media/ok.svg wrapping the media problem", err)
	}
	if _, err := os.Stat(dest); err == nil {
		t.Error("the build published a site")
	}
}
