package session

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/internal/testimage"
	"github.com/ocopgen/ocopgen/themes/default"
)

// TestSessionEdits edits, adds, renames and deletes product and story files and
// rebuilds incrementally, checking each time against a full build of the
// same files, while another goroutine keeps reading pages of the site
// being replaced (run with -race).
func TestSessionEdits(t *testing.T) {
	dir := snapshotExample(t)
	write(t, dir, "content/media/lo-gom.jpg", string(testimage.Photo(1000, 750))) // resized when a text shows it
	opts := build.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	s := New(os.DirFS(dir), opts)
	site, res, err := s.Rebuild(context.Background(), nil)
	if err != nil || site == nil {
		t.Fatal(err, res.Problems)
	}
	product := "content/products/thanh-tri/banh-chung-tranh-khuc.toml"
	story := "content/stories/banh-chung-tranh-khuc-vao-mua-tet.md"
	os.MkdirAll(filepath.Join(dir, "content/stories/2025"), 0o755)
	orig, err := os.ReadFile(filepath.Join(dir, product))
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name  string
		apply func()
		paths []string
		quick bool // the quick way: new versions of the records, in the old places
	}{
		{"edit text", func() { // the quick way: no link changes
			edited := strings.Replace(string(orig), `summary = "`, `summary = "Sửa: `, 1)
			edited = regexp.MustCompile(`(?m)^price_vnd = \d+`).ReplaceAllString(edited, "price_vnd = 123456")
			write(t, dir, product, edited)
		}, []string{product}, true},
		{"edit", func() {
			write(t, dir, product, strings.Replace(string(orig), `name = "Bánh chưng Tranh Khúc"`, `name = "Bánh chưng Tranh Khúc loại đặc biệt"`, 1))
		}, []string{product}, false},
		{"add", func() {
			write(t, dir, "content/products/thanh-tri/banh-giay.toml", strings.Replace(strings.Replace(string(orig), `name = "Bánh chưng Tranh Khúc"`, `name = "Bánh giầy Thanh Trì"`, 1), "images = ", "# images = ", 1))
		}, []string{"content/products/thanh-tri/banh-giay.toml"}, false},
		{"break", func() {
			write(t, dir, product, strings.Replace(string(orig), `district = `, `district = "Khong Co" # `, 1))
		}, []string{product}, false},
		{"rename", func() {
			write(t, dir, product, string(orig))
			os.Rename(filepath.Join(dir, product), filepath.Join(dir, "content/products/thanh-tri/banh-chung.toml"))
		}, []string{product, "content/products/thanh-tri/banh-chung.toml"}, false},
		{"edit the renamed file", func() {
			b, _ := os.ReadFile(filepath.Join(dir, "content/products/thanh-tri/banh-chung.toml"))
			write(t, dir, "content/products/thanh-tri/banh-chung.toml", strings.Replace(string(b), `level = "city"`, `level = "central"`, 1))
		}, []string{"content/products/thanh-tri/banh-chung.toml"}, true},
		{"story text", func() {
			b, _ := os.ReadFile(filepath.Join(dir, story))
			edited := strings.Replace(string(b), `title = "Bánh chưng Tranh Khúc vào mùa Tết"`, `title = "Bánh chưng Tranh Khúc ngày Tết"`, 1)
			write(t, dir, story, strings.Replace(edited, "Tranh Khúc là một thôn nhỏ", "Tranh Khúc là một **thôn nhỏ**", 1))
		}, []string{story}, true},
		{"story text shows a photo", func() { // not resized yet: build anew
			b, _ := os.ReadFile(filepath.Join(dir, story))
			write(t, dir, story, string(b)+"\n![Lò gốm](/media/lo-gom.jpg)\n")
		}, []string{story}, false},
		{"story text beside its photo", func() {
			b, _ := os.ReadFile(filepath.Join(dir, story))
			write(t, dir, story, strings.Replace(string(b), "![Lò gốm]", "![Lò gốm Bát Tràng]", 1))
		}, []string{story}, true},
		{"story text links an empty listing", func() { // a district without products has a page once linked: link anew
			b, _ := os.ReadFile(filepath.Join(dir, story))
			write(t, dir, story, strings.Replace(string(b), "Tranh Khúc là một **thôn nhỏ**", "Tranh Khúc là một **thôn nhỏ** (xa [Hoàn Kiếm](/quan-huyen/hoan-kiem/))", 1))
		}, []string{story}, false},
		{"story links", func() {
			b, _ := os.ReadFile(filepath.Join(dir, story))
			write(t, dir, story, strings.Replace(string(b), `districts = ["thanh-tri"]`, `districts = ["thanh-tri", "gia-lam"]`, 1))
		}, []string{story}, false},
		{"story added", func() {
			b, _ := os.ReadFile(filepath.Join(dir, story))
			write(t, dir, "content/stories/2025/tet-moi.md", strings.Replace(string(b), `title = "Bánh chưng Tranh Khúc ngày Tết"`, `title = "Tết mới"`, 1))
		}, []string{"content/stories/2025/tet-moi.md"}, false},
		{"story deleted", func() { os.Remove(filepath.Join(dir, story)) }, []string{story}, false},
		{"tourism text", func() {
			b, _ := os.ReadFile(filepath.Join(dir, "content/tourism/lang-banh-chung-tranh-khuc.md"))
			write(t, dir, "content/tourism/lang-banh-chung-tranh-khuc.md", strings.Replace(string(b), "Tranh Khúc là một thôn nhỏ", "Tranh Khúc là một *thôn nhỏ*", 1))
		}, []string{"content/tourism/lang-banh-chung-tranh-khuc.md"}, false},
		{"tourism added", func() {
			b, _ := os.ReadFile(filepath.Join(dir, "content/tourism/lang-banh-chung-tranh-khuc.md"))
			write(t, dir, "content/tourism/cho-que.md", strings.Replace(string(b), `title = "Làng bánh chưng Tranh Khúc"`, `title = "Chợ quê"`, 1))
		}, []string{"content/tourism/cho-que.md"}, false},
		{"sales point products", func() {
			b, _ := os.ReadFile(filepath.Join(dir, "content/sales-points/diem-ban-ocop-bat-trang.toml"))
			write(t, dir, "content/sales-points/diem-ban-ocop-bat-trang.toml", strings.Replace(string(b), `  "bo-am-chen-men-ran-bat-trang",`, "", 1))
		}, []string{"content/sales-points/diem-ban-ocop-bat-trang.toml"}, false},
		{"tourism deleted", func() { os.Remove(filepath.Join(dir, "content/tourism/cho-que.md")) }, []string{"content/tourism/cho-que.md"}, false},
		{"theme", func() {
			b, _ := fs.ReadFile(theme.FS, "templates/partials/footer.html")
			os.MkdirAll(filepath.Join(dir, "themes/default/templates/partials"), 0o755)
			write(t, dir, "themes/default/templates/partials/footer.html", strings.Replace(string(b), "</footer>", "<p>Chân trang riêng</p></footer>", 1))
		}, []string{"themes/default/templates/partials/footer.html"}, false},
		{"delete", func() { os.Remove(filepath.Join(dir, "content/products/thanh-tri/banh-giay.toml")) }, []string{"content/products/thanh-tri/banh-giay.toml"}, false},
	}
	for _, step := range steps {
		// Read the current site while the next rebuild runs.
		var wg sync.WaitGroup
		stop := make(chan struct{})
		if site != nil {
			old := site
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-stop:
						return
					default:
						for _, p := range old.p.Pages()[:60] {
							old.File(p.Path)
						}
					}
				}
			}()
		}
		step.apply()
		next, res, err := s.Rebuild(context.Background(), step.paths)
		close(stop)
		wg.Wait()
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		want := fullBuild(dir, opts)
		if next == nil && step.quick {
			t.Fatalf("%s: a quick edit failed: %v", step.name, res.Problems)
		}
		if next == nil {
			if want != nil {
				t.Fatalf("%s: the incremental rebuild failed (%v) but a full build works", step.name, res.Problems)
			}
			continue
		}
		if want == nil {
			t.Fatalf("%s: the incremental rebuild worked but a full build fails", step.name)
		}
		if quick := site != nil && patched(next, site); quick != step.quick {
			t.Errorf("%s: patched the quick way %t, want %t", step.name, quick, step.quick)
		}
		for _, name := range want.Names() {
			if strings.HasPrefix(name, "media/") || strings.HasPrefix(name, "assets/") {
				continue
			}
			got, ok := next.File(name)
			wantBytes, _ := want.File(name)
			if !ok || string(got) != string(wantBytes) {
				t.Errorf("%s: %s differs from a full build:\n%s", step.name, name, firstDiff(string(got), string(wantBytes)))
			}
		}
		// And nothing more: a deleted or renamed record's page is gone.
		for _, f := range next.p.Files().Files {
			if _, ok := want.File(f.Path); !ok {
				name := f.Path
				t.Errorf("%s: %s is served, but a full build has no such file", step.name, name)
			}
		}
		site = next
	}
}

// patched reports whether next was made from site the quick way: a new
// catalogue in the places of the old one, sharing its file list.
func patched(next, site *Preview) bool {
	return next.p != site.p && next.p.Files() == site.p.Files()
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fullBuild builds dir from scratch into memory; nil if it has errors.
func fullBuild(dir string, opts build.Options) *output.Memory {
	site := output.NewMemory()
	if _, err := build.Build(context.Background(), os.DirFS(dir), site, opts); err != nil {
		return nil
	}
	return site
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return "got:  …" + a[from:min(len(a), i+200)] + "\nwant: …" + b[from:min(len(b), i+200)]
}

// TestSessionTemplateError: an edit whose data makes the theme fail is
// reported by the incremental rebuild, as a problem of the template, not
// left for the page to show.
func TestSessionTemplateError(t *testing.T) {
	dir := snapshotExample(t)
	own := filepath.Join(dir, "themes", "default", "templates", "product.html")
	tmpl, err := fs.ReadFile(theme.FS, "templates/product.html")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(own), 0o755)
	failing := strings.Replace(string(tmpl), "{{end}}\n", "{{end}}\n{{if eq $.Product.Summary \"boom\"}}{{index $.Product.Images 99}}{{end}}\n", 1)
	if err := os.WriteFile(own, []byte(failing), 0o644); err != nil {
		t.Fatal(err)
	}
	s := New(os.DirFS(dir), build.Options{Today: exampleDate})
	if site, res, err := s.Rebuild(context.Background(), nil); err != nil || site == nil {
		t.Fatal(err, res.Problems)
	}
	product := "content/products/thanh-tri/banh-chung-tranh-khuc.toml"
	orig, _ := os.ReadFile(filepath.Join(dir, product))
	summary := regexp.MustCompile(`(?m)^summary = ".*"$`)
	write(t, dir, product, summary.ReplaceAllString(string(orig), `summary = "boom"`))
	site, res, err := s.Rebuild(context.Background(), []string{product})
	if err != nil {
		t.Fatal(err)
	}
	reported := slices.ContainsFunc(res.Problems, func(p diag.Problem) bool {
		return p.Severity == diag.Error && strings.HasSuffix(p.File, "templates/product.html")
	})
	if site != nil || !reported {
		t.Fatalf("the template error was not reported: site %v, problems %v", site != nil, res.Problems)
	}
	write(t, dir, product, string(orig))
	if site, res, err := s.Rebuild(context.Background(), []string{product}); err != nil || site == nil {
		t.Fatal("fixed, the catalogue still fails:", err, res.Problems)
	}
}

// TestSessionBrokenPatch: an edit that would take the quick way but
// breaks a link leaves the last good site as it was, and its problem
// stays reported, through edits of other files, until it is fixed.
func TestSessionBrokenPatch(t *testing.T) {
	dir := snapshotExample(t)
	s := New(os.DirFS(dir), build.Options{Today: exampleDate})
	good, res, err := s.Rebuild(context.Background(), nil)
	if err != nil || good == nil {
		t.Fatal(err, res.Problems)
	}
	product := "content/products/thanh-tri/banh-chung-tranh-khuc.toml"
	orig, _ := os.ReadFile(filepath.Join(dir, product))
	broken := strings.Replace(string(orig), `producer = "`, `producer = "NHÀ SẢN XUẤT MỚI `, 1)
	broken = strings.Replace(broken, `description = """`, `description = """[gãy](/san-pham/khong-co/) `, 1)
	write(t, dir, product, broken)
	hasBrokenLink := func(res *build.Result) bool {
		return slices.ContainsFunc(res.Problems, func(p diag.Problem) bool {
			return p.Severity == diag.Error && p.File == product && strings.Contains(p.Message, "/san-pham/khong-co/")
		})
	}
	if site, res, _ := s.Rebuild(context.Background(), []string{product}); site != nil || !hasBrokenLink(res) {
		t.Fatalf("the broken link is not reported: %v", res.Problems)
	}
	for _, name := range []string{"quan-huyen/thanh-tri/index.html", "du-lieu/san-pham.json", "san-pham/banh-chung-tranh-khuc/index.html"} {
		if b, _ := good.File(name); strings.Contains(string(b), "NHÀ SẢN XUẤT MỚI") {
			t.Errorf("the last good site shows the broken edit in %s", name)
		}
	}
	// Another file is saved: the broken one is still broken.
	other := "content/products/ba-vi/sua-chua-ba-vi.toml"
	b, _ := os.ReadFile(filepath.Join(dir, other))
	write(t, dir, other, strings.Replace(string(b), `summary = "`, `summary = "Mới: `, 1))
	if site, res, _ := s.Rebuild(context.Background(), []string{other}); site != nil || !hasBrokenLink(res) {
		t.Fatalf("after another edit, the broken link is no longer reported: %v", res.Problems)
	}
	write(t, dir, product, string(orig))
	site, res, err := s.Rebuild(context.Background(), []string{product})
	if err != nil || site == nil {
		t.Fatal("fixed, the catalogue still fails:", err, res.Problems)
	}
	if page, _ := site.File("san-pham/sua-chua-ba-vi/index.html"); !strings.Contains(string(page), "Mới: ") {
		t.Error("the other edit is not in the site once the broken file is fixed")
	}
}

// TestSessionNewDay: without a fixed date, the first rebuild on a new day
// reads everything again, so that a certificate expires on its day.
func TestSessionNewDay(t *testing.T) {
	dir := snapshotExample(t)
	s := New(os.DirFS(dir), build.Options{})
	day := time.Date(2026, 11, 23, 12, 0, 0, 0, time.Local)
	s.now = func() time.Time { return day }
	site, res, err := s.Rebuild(context.Background(), nil)
	if err != nil || site == nil {
		t.Fatal(err, res.Problems)
	}
	product := "content/products/thanh-tri/banh-chung-tranh-khuc.toml"
	orig, _ := os.ReadFile(filepath.Join(dir, product))
	write(t, dir, product, strings.Replace(string(orig), `summary = "`, `summary = "Một. `, 1))
	next, _, _ := s.Rebuild(context.Background(), []string{product})
	if next == nil || !patched(next, site) {
		t.Fatal("the same day, a text edit does not take the quick way")
	}
	day = day.AddDate(0, 0, 1)
	write(t, dir, product, strings.Replace(string(orig), `summary = "`, `summary = "Hai. `, 1))
	next, _, _ = s.Rebuild(context.Background(), []string{product})
	if next == nil || patched(next, site) {
		t.Fatal("on a new day, the catalogue is not loaded again")
	}
	if got := next.p.Catalog().Today.Format(time.DateOnly); got != "2026-11-24" {
		t.Errorf("the catalogue's day is %s, want 2026-11-24", got)
	}
}
