package build

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/images"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/internal/testimage"
)

// TestThumbnails checks a catalogue with a large photo, then builds it
// twice: the check resizes it for listings and phones, says so before it
// starts, and keeps the versions in the cache; the builds take them from
// there and say nothing. A build without a cache resizes again.
func TestThumbnails(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 1000, 600))
	for x := range 1000 {
		img.Set(x, x%600, color.RGBA{200, 30, 20, 255})
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	dir := photoCatalogue(t, photo{"Bình gốm", "binh.png", buf.Bytes()})

	cache := filepath.Join(t.TempDir(), "cache")
	var announced []int // the photos each announcement counts
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), CacheDir: cache, Resizing: func(n int) { announced = append(announced, n) }}
	// check resizes as build does, and keeps the versions in the cache: it
	// weighs them for phones, and the build after it has them.
	checked, err := Check(context.Background(), os.DirFS(dir), opts)
	if err != nil {
		t.Fatal(err)
	}
	if checked.Resized != 3 || !slices.Equal(announced, []int{1}) { // 480 and 960 px wide, and the share image
		t.Errorf("check resized %d images and announced %v, want 3 and [1]", checked.Resized, announced)
	}
	for run := range 2 {
		announced = nil
		site := output.NewMemory()
		res, err := Build(context.Background(), os.DirFS(dir), site, opts)
		if err != nil {
			t.Fatal(err)
		}
		if res.Resized != 0 || announced != nil {
			t.Errorf("build %d after check resized %d images and announced %v", run+1, res.Resized, announced)
		}
		var thumb string
		for _, name := range site.Names() {
			if strings.HasPrefix(name, "media/thumbs/") && strings.HasSuffix(name, "-480w.png") {
				thumb = name
			}
		}
		if !strings.HasSuffix(thumb, "-480w.png") {
			t.Fatalf("no thumbnail in %q", site.Names())
		}
		data, _ := site.File(thumb)
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil || cfg.Width != 480 || cfg.Height != 288 {
			t.Errorf("thumbnail is %dx%d (%v), want 480x288", cfg.Width, cfg.Height, err)
		}
		if kept, err := os.ReadFile(filepath.Join(cache, path.Base(thumb))); err != nil || !bytes.Equal(kept, data) {
			t.Errorf("the site's thumbnail is not the one check kept in the cache (%v)", err)
		}
		page, _ := site.File("quan-huyen/gia-lam/index.html")
		if want := `src="/` + thumb + `" alt="" width="480" height="288" loading="lazy"`; !strings.Contains(string(page), want) {
			t.Errorf("the listing does not show the thumbnail: want %s", want)
		}
		product, _ := site.File("san-pham/binh-gom/index.html")
		if !strings.Contains(string(product), `src="/media/binh.png"`) || !strings.Contains(string(product), `width="1000" height="600"`) {
			t.Error("the product page should show the original with its size")
		}
	}

	// Without a cache, a build resizes every version again.
	noCache := opts
	noCache.CacheDir = ""
	res, err := Build(context.Background(), os.DirFS(dir), output.NewMemory(), noCache)
	if err != nil || res.Resized != 3 {
		t.Errorf("a build with no cache resized %d images (%v), want 3", res.Resized, err)
	}
}

// TestThumbnailCacheDamaged: a thumbnail cut short in the cache folder (a
// full disk, a crash) is made again, not published; two products with the
// same photo bytes share one thumbnail, resized once.
func TestThumbnailCacheDamaged(t *testing.T) {
	same := testimage.Photo(960, 720)
	dir := photoCatalogue(t, photo{"Bình gốm a", "a.jpg", same}, photo{"Bình gốm b", "b.jpg", same})
	cache := t.TempDir()
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), CacheDir: cache}
	thumbs := func(site *output.Memory) []string {
		var out []string
		for _, n := range site.Names() {
			if strings.HasPrefix(n, "media/thumbs/") {
				out = append(out, n)
			}
		}
		return out
	}
	site := output.NewMemory()
	res, err := Build(context.Background(), os.DirFS(dir), site, opts)
	if err != nil {
		t.Fatal(err)
	}
	made := thumbs(site)
	if res.Resized != 2 || len(made) != 2 {
		t.Fatalf("two products with one photo: %d resized, thumbnails %q; want one, and one share image", res.Resized, made)
	}
	if res.Files != len(site.Names()) {
		t.Errorf("the build counts %d files, and wrote %d", res.Files, len(site.Names()))
	}
	whole, _ := site.File(made[0])
	kept := filepath.Join(cache, strings.TrimPrefix(made[0], "media/thumbs/"))
	for _, cut := range [][]byte{nil, whole[:len(whole)/2]} {
		os.WriteFile(kept, cut, 0o644)
		site := output.NewMemory()
		res, err := Build(context.Background(), os.DirFS(dir), site, opts)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := site.File(made[0])
		if res.Resized != 1 || !bytes.Equal(got, whole) {
			t.Errorf("a cached thumbnail of %d bytes: resized %d, published %d bytes; want it made again, %d bytes", len(cut), res.Resized, len(got), len(whole))
		}
		if again, _ := os.ReadFile(kept); !bytes.Equal(again, whole) {
			t.Error("the cache keeps the damaged thumbnail")
		}
	}
}

// TestThumbnailDamagedPhoto: a photo whose header is whole but whose data
// is cut short (an interrupted copy) cannot be resized. The build still
// succeeds, the listing shows the photo itself, and a warning names the
// photo; the next build tries again, and warns again.
func TestThumbnailDamagedPhoto(t *testing.T) {
	whole := testimage.Photo(960, 720)
	dir := photoCatalogue(t, photo{"Bình gốm", "cut.jpg", whole[:len(whole)/2]}, photo{"Nón lá", "good.jpg", whole})
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), CacheDir: t.TempDir()}
	for run := range 2 {
		site := output.NewMemory()
		res, err := Build(context.Background(), os.DirFS(dir), site, opts)
		if err != nil {
			t.Fatal(err)
		}
		var warned []string
		for _, p := range res.Problems {
			if strings.Contains(p.Message, "thumbnail") {
				warned = append(warned, p.String())
			}
		}
		if len(warned) != 1 || !strings.HasPrefix(warned[0], "content/media/cut.jpg: warning: cannot make the listing thumbnail") {
			t.Errorf("build %d: thumbnail problems %q; want one warning at content/media/cut.jpg", run+1, warned)
		}
		listing, _ := site.File("san-pham/index.html")
		if !bytes.Contains(listing, []byte(`src="/media/cut.jpg"`)) || !bytes.Contains(listing, []byte(`src="/media/thumbs/`)) {
			t.Errorf("build %d: the listing should show the damaged photo itself and the good one's thumbnail:\n%s", run+1, listing)
		}
		if want := 2 - 2*run; res.Resized != want {
			t.Errorf("build %d resized %d versions; want %d (the good one's thumbnail and share image, once)", run+1, res.Resized, want)
		}
	}
}

// A photo is a product of photoCatalogue, with its photo.
type photo struct {
	product, file string // the file under content/media/
	data          []byte
}

// photoCatalogue writes a catalogue of one district and a product for each
// photo, and returns its folder.
func photoCatalogue(t *testing.T, photos ...photo) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"ocopgen.toml":           "title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n",
		"content/districts.toml": "[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n",
	}
	for i, p := range photos {
		files["content/media/"+p.file] = string(p.data)
		files[fmt.Sprintf("content/products/%d.toml", i)] = fmt.Sprintf(`name = %q
group = "thu-cong-my-nghe"
stars = 4
district = "gia-lam"
producer = "HTX"
images = ["media/%s"]
[certificate]
decision_date = 2024-03-04
`, p.product, p.file)
	}
	for name, text := range files {
		full := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestPruneCache: with PruneCache, a build removes from the cache folder
// the thumbnails its site no longer shows (a photo replaced), and
// unfinished thumbnail files an hour old, and keeps the rest: the
// thumbnails shown, the record of the build, files it did not make,
// thumbnails written since it started and a fresh unfinished one (a serve
// of the same catalogue may be writing them). An up-to-date build prunes
// too; a build whose inputs changed while it ran does not.
func TestPruneCache(t *testing.T) {
	a, b := testimage.Photo(960, 720), testimage.Photo(800, 600)
	dir := photoCatalogue(t, photo{"Bình gốm", "a.jpg", a}, photo{"Nón lá", "b.jpg", b})
	cache, dest := t.TempDir(), filepath.Join(t.TempDir(), "public")
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), CacheDir: cache}
	if _, err := Publish(context.Background(), os.DirFS(dir), dest, opts); err != nil {
		t.Fatal(err)
	}
	if got := cacheFiles(t, cache); len(got) != 5 {
		t.Fatalf("cache after the first build: %q; want two thumbnails, two share images and the record", got)
	}
	// a.jpg replaced: its old thumbnail is no longer shown.
	if err := os.WriteFile(filepath.Join(dir, "content/media/a.jpg"), testimage.Photo(1000, 700), 0o644); err != nil {
		t.Fatal(err)
	}
	hourAgo := time.Now().Add(-time.Hour - time.Minute)
	put := func(name string, mtime time.Time) {
		p := filepath.Join(cache, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if !mtime.IsZero() {
			os.Chtimes(p, mtime, mtime)
		}
	}
	put("0123456789abcdef-480w.jpg.123456.tmp", hourAgo)     // abandoned
	put("1123456789abcdef-480w.jpg.123456.tmp", time.Time{}) // being written
	put("notes.txt", hourAgo)
	// A build whose inputs change while it runs prunes nothing: its site
	// is not the catalogue's.
	opts.PruneCache = true
	addProduct := func() {
		os.WriteFile(filepath.Join(dir, "content/products/moi.toml"), []byte(`name = "Mới"
group = "thu-cong-my-nghe"
stars = 4
district = "gia-lam"
producer = "HTX"
[certificate]
decision_date = 2024-03-04
`), 0o644)
	}
	src := &hookFS{FS: os.DirFS(dir), name: "content/media/b.jpg", act: addProduct}
	res, err := Publish(context.Background(), src, dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Pruned != 0 {
		t.Errorf("a build whose inputs changed while it ran pruned %d files", res.Pruned)
	}
	res, err = Publish(context.Background(), os.DirFS(dir), dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	shown := map[string]bool{}
	filepath.WalkDir(filepath.Join(dest, "media/thumbs"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			shown[d.Name()] = true
		}
		return nil
	})
	after := cacheFiles(t, cache)
	if res.Pruned != 3 || len(shown) != 5 || len(after) != 8 {
		t.Errorf("pruned %d, cache now %q, site shows %d thumbnails; want 3 pruned (old a.jpg's thumbnail and share image, the old .tmp), 5 resized versions (a.jpg, now 1000 px wide, at 480 and 960 px, and the share images of both), the record, notes.txt and the fresh .tmp", res.Pruned, after, len(shown))
	}
	for _, name := range after {
		if strings.HasSuffix(name, "w.jpg") && !shown[name] {
			t.Errorf("the cache keeps %s, which the site does not show", name)
		}
	}
	// Nothing changed since: the build is up to date, and prunes what
	// came into the cache before it started, not what came after.
	put("fedcba9876543210-480w.jpg", hourAgo)
	res, err = Publish(context.Background(), os.DirFS(dir), dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(cache, "fedcba9876543210-480w.jpg")); !res.UpToDate || res.Pruned != 1 || err == nil {
		t.Errorf("up to date %v, pruned %d, stale thumbnail still there: %v", res.UpToDate, res.Pruned, err == nil)
	}
	put("eedcba9876543210-480w.jpg", time.Now().Add(time.Minute)) // written while the build runs
	var site []string
	for name := range shown {
		site = append(site, "media/thumbs/"+name)
	}
	if res := images.Prune(opts.CacheDir, time.Now(), site); res != 0 {
		t.Errorf("pruned %d thumbnails written after the build started", res)
	}
}

// cacheFiles lists the names in the cache folder.
func cacheFiles(t *testing.T, cache string) []string {
	t.Helper()
	entries, err := os.ReadDir(cache)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestThumbnailDamagedHeader: an image cut short in its header has no size
// (no width, height or thumbnail), one cut short in its data gives no
// thumbnail: a warning names each, in build and in check (which decodes
// the photos it resizes). Two photos with the same damaged data are each
// named.
func TestThumbnailDamagedHeader(t *testing.T) {
	whole := testimage.Photo(960, 720)
	dir := photoCatalogue(t,
		photo{"Bình gốm", "head.jpg", whole[:100]},
		photo{"Nón lá", "cut1.jpg", whole[:len(whole)/2]},
		photo{"Chè", "cut2.jpg", whole[:len(whole)/2]})
	opts := Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), CacheDir: t.TempDir()}
	warned := func(res *Result) map[string]bool {
		files := map[string]bool{}
		for _, p := range res.Problems {
			if strings.Contains(p.Message, "does not decode") {
				files[p.File] = true
			}
		}
		return files
	}
	for _, run := range []func(context.Context, fs.FS, Options) (*Result, error){
		Check,
		func(ctx context.Context, src fs.FS, opts Options) (*Result, error) {
			return Build(ctx, src, output.NewMemory(), opts)
		},
	} {
		res, err := run(context.Background(), os.DirFS(dir), opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := warned(res); len(got) != 3 || !got["content/media/head.jpg"] || !got["content/media/cut1.jpg"] || !got["content/media/cut2.jpg"] {
			t.Errorf("warned of %v; want head.jpg, cut1.jpg and cut2.jpg", got)
		}
	}
}
