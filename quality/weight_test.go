package quality

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"image"
	_ "image/gif" // sizes of the images a page shows
	_ "image/jpeg"
	"image/png"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxPageWeight is the most a page may weigh before images: its HTML and
// the CSS and JavaScript it loads, as a server sends them (gzip).
const maxPageWeight = 100 << 10

// gzipSize is the size of b compressed as a web server does by default.
func gzipSize(t *testing.T, b []byte) int {
	t.Helper()
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}

// localFile turns a URL of a page into the file of the built site in dir,
// or "" for a URL outside the site.
func localFile(dir, page, ref string) string {
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" {
		return ""
	}
	p := u.Path
	if !strings.HasPrefix(p, "/") {
		p = path.Join("/"+path.Dir(page), p)
	}
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "/")))
}

// TestPageWeight checks that no page of the example weighs more than
// 100 KiB of HTML, CSS and JavaScript (gzip), counting each stylesheet and
// script it loads.
func TestPageWeight(t *testing.T) {
	t.Parallel()
	dir := example(t)
	sizes := map[string]int{} // gzip size of each file, computed once
	size := func(file string) int {
		if n, ok := sizes[file]; ok {
			return n
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			return 0
		}
		sizes[file] = gzipSize(t, b)
		return sizes[file]
	}
	heaviest, most := "", 0
	for _, name := range htmlPages(t, dir) {
		file := filepath.Join(dir, filepath.FromSlash(name))
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		total := size(file)
		parts := []string{fmt.Sprintf("HTML %.1f KiB", kib(total))}
		for _, n := range all(doc, func(n *html.Node) bool {
			return n.DataAtom == atom.Link && strings.Contains(" "+attr(n, "rel")+" ", " stylesheet ") ||
				n.DataAtom == atom.Script && attr(n, "src") != ""
		}) {
			ref := attr(n, "href")
			if n.DataAtom == atom.Script {
				ref = attr(n, "src")
			}
			f := localFile(dir, name, ref)
			if f == "" {
				t.Errorf("%s: loads %s from outside the site; the site must work from its own files", name, ref)
				continue
			}
			n := size(f)
			total += n
			parts = append(parts, fmt.Sprintf("%s %.1f KiB", ref, kib(n)))
		}
		if total > maxPageWeight {
			t.Errorf("%s weighs %.1f KiB gzip (%s), more than %d KiB", name, kib(total), strings.Join(parts, " + "), maxPageWeight>>10)
		}
		if total > most {
			heaviest, most = name, total
		}
	}
	t.Logf("heaviest page: %s, %.1f KiB of HTML, CSS and JavaScript (gzip)", heaviest, kib(most))
}

func kib(n int) float64 { return float64(n) / 1024 }

// rasterImage reports whether an image URL names a raster image, which
// needs width and height to keep the layout from jumping as it loads. An
// SVG scales to its box.
func rasterImage(src string) bool {
	switch strings.ToLower(path.Ext(strings.SplitN(src, "?", 2)[0])) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif":
		return true
	}
	return false
}

// TestImages checks every <img> of the example, and of the example with
// raster images added (it has only SVG): a text alternative (empty only
// for a decorative image), width and height of the file for raster images,
// and lazy loading for every image but the first of its page, which is
// often in view at once.
func TestImages(t *testing.T) {
	t.Parallel()
	t.Run("example", func(t *testing.T) { checkImages(t, example(t), false) })
	t.Run("raster", func(t *testing.T) { checkImages(t, publish(t, os.DirFS(withRasterImages(t))), true) })
}

// withRasterImages copies the example and gives a product two PNG images
// before its own, and a story a PNG image.
func withRasterImages(t *testing.T) string {
	t.Helper()
	src := copyExample(t)
	for name, size := range map[string]image.Point{"q-wide.png": {640, 480}, "q-tall.png": {300, 420}, "q-story.png": {1200, 630}} {
		var buf bytes.Buffer
		if err := png.Encode(&buf, image.NewGray(image.Rectangle{Max: size})); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, "content", "media", name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	images := regexp.MustCompile(`(?m)^images\s*=\s*\[`)
	story := regexp.MustCompile(`(?m)^image\s*=.*$`)
	for _, c := range []struct {
		glob string
		re   *regexp.Regexp
		with string
	}{
		{"content/products/*/*.toml", images, `images = ["media/q-wide.png", "media/q-tall.png", `},
		{"content/stories/*.md", story, `image = "media/q-story.png"`},
	} {
		files, _ := filepath.Glob(filepath.Join(src, filepath.FromSlash(c.glob)))
		i := slices.IndexFunc(files, func(f string) bool { b, _ := os.ReadFile(f); return c.re.Match(b) })
		if i < 0 {
			t.Fatalf("no file %s of the example has a line %s to change", c.glob, c.re)
		}
		edit(t, files[i], func(s string) string { return c.re.ReplaceAllLiteralString(s, c.with) })
	}
	return src
}

func checkImages(t *testing.T, dir string, wantRaster bool) {
	images, raster := 0, 0
	for _, name := range htmlPages(t, dir) {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i, img := range all(doc, func(n *html.Node) bool { return n.DataAtom == atom.Img }) {
			images++
			src := attr(img, "src")
			if !hasAttr(img, "alt") {
				t.Errorf("%s: <img src=%q> has no alt", name, src)
			}
			if rasterImage(src) {
				raster++
				checkSize(t, dir, name, img)
			}
			if i > 0 && attr(img, "loading") != "lazy" {
				t.Errorf("%s: <img src=%q>, image %d of the page, is not loading=\"lazy\"", name, src, i+1)
			}
		}
	}
	if images == 0 || wantRaster && raster == 0 {
		t.Fatalf("%d images, %d raster: the test checks nothing", images, raster)
	}
}

// checkSize checks that a raster <img> has the width and height of its
// file.
func checkSize(t *testing.T, dir, page string, img *html.Node) {
	t.Helper()
	src := attr(img, "src")
	w, h := attr(img, "width"), attr(img, "height")
	if w == "" || h == "" {
		t.Errorf("%s: <img src=%q> has no width and height", page, src)
		return
	}
	f, err := os.Open(localFile(dir, page, src))
	if err != nil {
		t.Errorf("%s: <img src=%q>: %v", page, src, err)
		return
	}
	defer f.Close()
	cfg, _, err := image.DecodeConfig(f)
	if err != nil {
		t.Errorf("%s: <img src=%q>: %v", page, src, err)
		return
	}
	if want := fmt.Sprintf("%dx%d", cfg.Width, cfg.Height); w+"x"+h != want {
		t.Errorf("%s: <img src=%q width=%s height=%s>, but the image is %s", page, src, w, h, want)
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
