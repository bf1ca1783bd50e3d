package build

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	_ "image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/markdown"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/internal/testimage"
)

// TestSrcset builds a catalogue with a 4000×3000 JPEG photo twice: its
// product page names versions 480, 960 and 1600 px wide, then the photo,
// in a srcset with sizes, width and height; each version is a JPEG of its
// width and of the photo's proportions; the second build takes them all
// from the cache and resizes nothing.
func TestSrcset(t *testing.T) {
	dir := photoCatalogue(t, photo{"Bình gốm", "binh.jpg", testimage.Photo(4000, 3000)})
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), CacheDir: filepath.Join(t.TempDir(), "cache")}
	cand := regexp.MustCompile(`^/(media/thumbs/[0-9a-f]{16}-(\d+)w\.jpg) (\d+)w$`)
	for run, wantResized := range []int{4, 0} {
		site := output.NewMemory()
		res, err := Build(context.Background(), os.DirFS(dir), site, opts)
		if err != nil {
			t.Fatal(err)
		}
		if res.Resized != wantResized || res.Sized != 4 {
			t.Errorf("build %d: %d versions, %d resized; want 4 (three and the share image), %d", run+1, res.Sized, res.Resized, wantResized)
		}
		checkShareImages(t, site, "san-pham/binh-gom/index.html")
		page, _ := site.File("san-pham/binh-gom/index.html")
		m := regexp.MustCompile(`<img[^>]*src="/media/binh.jpg"[^>]*>`).Find(page)
		if m == nil {
			t.Fatalf("no <img> of the photo in %s", page)
		}
		img := string(m)
		for _, want := range []string{`width="4000"`, `height="3000"`, `sizes="(max-width: 40rem) 100vw, 40rem"`} {
			if !strings.Contains(img, want) {
				t.Errorf("the photo's <img> lacks %s: %s", want, img)
			}
		}
		set := regexp.MustCompile(`srcset="([^"]*)"`).FindStringSubmatch(img)
		if set == nil {
			t.Fatalf("no srcset: %s", img)
		}
		parts := strings.Split(set[1], ", ")
		if len(parts) != 4 || parts[3] != "/media/binh.jpg 4000w" {
			t.Fatalf("srcset %q; want three versions and the photo at 4000w", set[1])
		}
		for i, w := range []int{480, 960, 1600} {
			c := cand.FindStringSubmatch(parts[i])
			if c == nil || c[2] != fmt.Sprint(w) || c[3] != fmt.Sprint(w) {
				t.Errorf("srcset candidate %d is %q; want a version %d px wide", i, parts[i], w)
				continue
			}
			data, ok := site.File(c[1])
			cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
			if !ok || err != nil || cfg.Width != w || cfg.Height != w*3/4 {
				t.Errorf("%s is %d×%d (%v); want %d×%d", c[1], cfg.Width, cfg.Height, err, w, w*3/4)
			}
		}
	}
}

// TestHeavyPhotoWarnings checks a photo of noise, over 5 MB and still
// heavy at 960 px wide: check warns about the original, with its size
// and the photo's file; a build, which resizes it, and a check after it,
// which finds its versions in the cache, warn about what a phone loads too.
func TestHeavyPhotoWarnings(t *testing.T) {
	noise := image.NewRGBA(image.Rect(0, 0, 2400, 1800))
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range noise.Pix {
		noise.Pix[i] = byte(rnd.Uint32())
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, noise, &jpeg.Options{Quality: 100})
	if buf.Len() <= 5<<20 {
		t.Fatalf("the noise is %d bytes, not over 5 MB", buf.Len())
	}
	dir := photoCatalogue(t, photo{"Bình gốm", "binh.jpg", buf.Bytes()})
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), CacheDir: filepath.Join(t.TempDir(), "cache")}
	warned := func(res *Result, part string) bool {
		for _, p := range res.Problems {
			if p.Severity == diag.Warning && p.File == "content/media/binh.jpg" && strings.Contains(p.Message, part) {
				return true
			}
		}
		return false
	}
	big := fmt.Sprintf("the photo is %.1f MB", float64(buf.Len())/(1<<20))
	res, err := Check(context.Background(), os.DirFS(dir), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !warned(res, big) || !warned(res, "resized to 960 px wide") || res.Resized == 0 {
		t.Errorf("check with no cache: %v, resized %d; want the original's size and the 960 px version's", res.Problems, res.Resized)
	}
	if res, err = Build(context.Background(), os.DirFS(dir), output.NewMemory(), opts); err != nil {
		t.Fatal(err)
	}
	if !warned(res, big) || !warned(res, "phones load this photo at") || res.Resized != 0 {
		t.Errorf("build after check: %v, resized %d; want both sizes, from the cache", res.Problems, res.Resized)
	}
	// Both languages.
	for _, p := range res.Problems {
		if p.File == "content/media/binh.jpg" {
			if vi := p.Text(lang.Vietnamese); vi == p.Message || vi == "" {
				t.Errorf("%q has no Vietnamese", p.Message)
			}
		}
	}
}

// checkShareImages checks that every page of site has a raster og:image
// of the site with its width, height and alt, and twitter:card; that the
// page withPhoto shows its photo's 1200×630 crop, a JPEG of that size,
// and the others the theme's image.
func checkShareImages(t *testing.T, site *output.Memory, withPhoto string) {
	t.Helper()
	pages := 0
	for _, name := range site.Names() {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		page, _ := site.File(name)
		img := meta(page, "og:image")
		file, ok := strings.CutPrefix(img, "https://ocop.example.vn/")
		want := "assets/share.png"
		if name == withPhoto {
			want = "media/thumbs/"
		}
		if !ok || !strings.HasPrefix(file, want) || meta(page, "og:image:width") != "1200" || meta(page, "og:image:height") != "630" || meta(page, "og:image:alt") == "" || meta(page, "twitter:card") != "summary_large_image" {
			t.Errorf("%s: og:image %q (%sx%s, alt %q), twitter:card %q; want %s…, 1200x630, an alt, summary_large_image", name, img, meta(page, "og:image:width"), meta(page, "og:image:height"), meta(page, "og:image:alt"), meta(page, "twitter:card"), want)
			continue
		}
		data, ok := site.File(file)
		cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
		if !ok || err != nil || cfg.Width != 1200 || cfg.Height != 630 || format != "jpeg" && format != "png" {
			t.Errorf("%s: og:image %s is %s %dx%d (%v)", name, file, format, cfg.Width, cfg.Height, err)
		}
	}
	if pages < 10 {
		t.Errorf("only %d pages", pages)
	}
}

// TestShareImageSetting: share_image names the og:image of pages with no
// photo of their own; one that is no JPEG or PNG, or names no file, is an
// error at the setting.
func TestShareImageSetting(t *testing.T) {
	dir := photoCatalogue(t, photo{"Bình gốm", "binh.jpg", testimage.Photo(4000, 3000)})
	os.WriteFile(filepath.Join(dir, "content/media/chia-se.png"), testimage.GreyPNG(1200, 630), 0o644)
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	for value, want := range map[string]string{"media/chia-se.png": "", "media/chia-se.svg": "only a JPEG or PNG", "media/khong-co.jpg": "not found"} {
		os.WriteFile(filepath.Join(dir, "ocopgen.toml"), []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\nshare_image = \""+value+"\"\n"), 0o644)
		site := output.NewMemory()
		res, err := Build(context.Background(), os.DirFS(dir), site, opts)
		if want != "" {
			found := false
			for _, p := range res.Problems {
				found = found || p.Severity == diag.Error && p.File == "ocopgen.toml" && strings.Contains(p.Message, want)
			}
			if err == nil || !found {
				t.Errorf("share_image = %q: %v, %v; want an error at the setting saying %q", value, err, res.Problems, want)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		home, _ := site.File("index.html")
		if !bytes.Contains(home, []byte(`<meta property="og:image" content="https://ocop.example.vn/media/chia-se.png">`)) || !bytes.Contains(home, []byte(`<meta property="og:image:width" content="1200">`)) {
			t.Errorf("the home page does not show share_image:\n%s", home)
		}
	}
}

// TestSrcsetInText: a photo shown inside a story's text, written
// site-absolute or relative to the story's page, gets its resized versions,
// a srcset, width and height, as a product's photo does; an image of
// another site does not. Replacing the photo gives the text the new
// versions, also when the text is converted from a cache (serve).
func TestSrcsetInText(t *testing.T) {
	dir := photoCatalogue(t)
	story := "+++\ntitle = \"Lò gốm\"\ndate = 2025-01-20\n+++\n\n![Lò gốm](/media/lo.jpg)\n\n![Lò gốm lần nữa](../../media/lo.jpg)\n\n![Ảnh ngoài](https://example.com/a.jpg)\n"
	for name, data := range map[string][]byte{
		"content/stories/lo-gom.md": []byte(story),
		"content/media/lo.jpg":      testimage.Photo(2000, 1500),
	} {
		full := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), CacheDir: filepath.Join(t.TempDir(), "cache")}
	var md markdown.Cache
	var before string
	for run := range 2 {
		if run == 1 {
			os.WriteFile(filepath.Join(dir, "content/media/lo.jpg"), testimage.Photo(1800, 1200), 0o644)
		}
		src := os.DirFS(dir)
		cat, probs := load.Load(load.NFC(src), load.Options{Today: opts.Today})
		res := &Result{Pages: map[string]int{}}
		p, err := Prepare(context.Background(), src, cat, probs, opts, &md, res)
		if err != nil || p == nil {
			t.Fatalf("prepare: %v %v", err, probs.Problems())
		}
		site := output.NewMemory()
		if err := p.write(context.Background(), site, probs, res); err != nil {
			t.Fatal(err)
		}
		page, _ := site.File("tin-tuc/lo-gom/index.html")
		imgs := regexp.MustCompile(`<img[^>]*>`).FindAllString(string(page), -1)
		var texts []string
		for _, img := range imgs {
			if strings.Contains(img, `alt="Lò gốm`) || strings.Contains(img, `alt="Ảnh ngoài"`) {
				texts = append(texts, img)
			}
		}
		if len(texts) != 3 {
			t.Fatalf("run %d: the story shows %d images of its text, want 3: %q", run+1, len(texts), imgs)
		}
		w, h := [][2]string{{"2000", "1500"}, {"1800", "1200"}}[run][0], [][2]string{{"2000", "1500"}, {"1800", "1200"}}[run][1]
		for _, img := range texts[:2] {
			set := regexp.MustCompile(`srcset="([^"]*)"`).FindStringSubmatch(img)
			if set == nil || !strings.Contains(img, `width="`+w+`" height="`+h+`"`) || !strings.Contains(img, `sizes="auto, 100vw"`) {
				t.Fatalf("run %d: the text's photo has no srcset, size or sizes: %s", run+1, img)
			}
			parts := strings.Split(set[1], ", ")
			if len(parts) != 4 || parts[3] != "/media/lo.jpg "+w+"w" {
				t.Errorf("run %d: srcset %q; want 480, 960, 1600 and the photo", run+1, set[1])
			}
			for _, part := range parts[:3] {
				if _, ok := site.File(strings.TrimPrefix(strings.Fields(part)[0], "/")); !ok {
					t.Errorf("run %d: the site lacks %s", run+1, part)
				}
			}
		}
		if strings.Contains(texts[2], "srcset") || strings.Contains(texts[2], "width") {
			t.Errorf("an image of another site got attributes: %s", texts[2])
		}
		if run == 1 && texts[0] == before {
			t.Error("the photo was replaced, the text still names its old versions")
		}
		before = texts[0]
	}
}

// TestShareImageSmallPhoto: a photo smaller than 1200×630 once cropped is
// cropped at its own scale, never enlarged (800×600 gives 800×420, its
// og:image saying so); one too small for a share image (under 600 px
// wide once cropped) leaves its page the theme's.
func TestShareImageSmallPhoto(t *testing.T) {
	dir := photoCatalogue(t, photo{"Bình gốm", "binh.jpg", testimage.Photo(800, 600)}, photo{"Nón lá", "non.jpg", testimage.Photo(500, 400)})
	site := output.NewMemory()
	if _, err := Build(context.Background(), os.DirFS(dir), site, Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	for page, want := range map[string][3]string{
		"san-pham/binh-gom/index.html": {"media/thumbs/", "800", "420"},
		"san-pham/non-la/index.html":   {"assets/share.png", "1200", "630"},
	} {
		html, _ := site.File(page)
		file, _ := strings.CutPrefix(meta(html, "og:image"), "https://ocop.example.vn/")
		if !strings.HasPrefix(file, want[0]) || meta(html, "og:image:width") != want[1] || meta(html, "og:image:height") != want[2] {
			t.Errorf("%s: og:image %s %sx%s; want %s… %sx%s", page, file, meta(html, "og:image:width"), meta(html, "og:image:height"), want[0], want[1], want[2])
			continue
		}
		data, _ := site.File(file)
		cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil || fmt.Sprint(cfg.Width) != want[1] || fmt.Sprint(cfg.Height) != want[2] {
			t.Errorf("%s: %s is %dx%d (%v)", page, file, cfg.Width, cfg.Height, err)
		}
	}
}

// meta is the content of the page's meta tag of property or name prop.
func meta(page []byte, prop string) string {
	m := regexp.MustCompile(`<meta (?:property|name)="` + regexp.QuoteMeta(prop) + `" content="([^"]*)">`).FindSubmatch(page)
	if m == nil {
		return ""
	}
	return string(m[1])
}
