package session

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/internal/benchcat"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// The benchmarks run serve's rebuilds over the catalogue of package
// benchcat (OCOPGEN_BENCH_CATALOG, or one generated once):
//
//	go test ./generator/session -run '^$' -bench Session -count 5
func benchCatalog(b *testing.B) string {
	b.Helper()
	dir, err := benchcat.Dir("../..")
	if err != nil {
		b.Fatal(err)
	}
	return dir
}

var benchDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// BenchmarkSessionEdit is serve's rebuild after an editor saves one
// product, changing its text (the quick way: a new version of the record
// in a new catalogue): from the changed file to the new site in memory, with the
// product's page rendered (other pages render when asked for).
func BenchmarkSessionEdit(b *testing.B) {
	benchSessionEdit(b, func(orig string, i int) string {
		return strings.Replace(orig, "\nsummary = \"", "\nsummary = \"Sửa lần "+strconv.Itoa(i)+". ", 1)
	})
}

// BenchmarkSessionEditName is the same after a change of the product's
// name, which moves it in every list: the catalogue is linked anew.
func BenchmarkSessionEditName(b *testing.B) {
	benchSessionEdit(b, func(orig string, i int) string {
		return strings.Replace(orig, "\nname = \"", "\nname = \"Sửa lần "+strconv.Itoa(i)+" ", 1)
	})
}

func benchSessionEdit(b *testing.B, edit func(orig string, i int) string) {
	dir := benchCatalog(b)
	var product string
	filepath.WalkDir(filepath.Join(dir, "content", "products"), func(p string, d os.DirEntry, err error) error {
		if product == "" && err == nil && !d.IsDir() {
			product = p
		}
		return nil
	})
	orig, err := os.ReadFile(product)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.WriteFile(product, orig, 0o644) })
	rel, _ := filepath.Rel(dir, product)
	rel = filepath.ToSlash(rel)
	s := New(os.DirFS(dir), build.Options{Today: benchDay})
	site, _, err := s.Rebuild(context.Background(), nil)
	if err != nil || site == nil {
		b.Fatal("first build failed", err)
	}
	i := 0
	for b.Loop() {
		i++
		if err := os.WriteFile(product, []byte(edit("\n"+string(orig), i)[1:]), 0o644); err != nil {
			b.Fatal(err)
		}
		site, res, err := s.Rebuild(context.Background(), []string{rel})
		if err != nil || site == nil {
			b.Fatal("rebuild failed", err, res.Problems)
		}
		var page string // the edited product's page
		for _, p := range site.p.Catalog().Products {
			if p.File == rel {
				page = strings.TrimPrefix(p.URL(), "/") + "index.html"
			}
		}
		if _, ok := site.cache.Load(page); !ok {
			b.Fatal("the page was not rendered", page)
		}
	}
}

// BenchmarkSessionTheme is serve's rebuild after a change of a template of
// the theme: the records stay loaded, the catalogue is linked anew and one
// page of each kind rendered.
func BenchmarkSessionTheme(b *testing.B) {
	dir := benchCatalog(b)
	own := filepath.Join(dir, "themes", "default", "templates", "partials", "footer.html")
	if _, err := os.Stat(own); err == nil {
		b.Skip(own, "exists: the benchmark would overwrite it")
	}
	tmpl, err := fs.ReadFile(theme.FS, "templates/partials/footer.html")
	if err != nil {
		b.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(own), 0o755)
	b.Cleanup(func() { os.RemoveAll(filepath.Join(dir, "themes")) })
	s := New(os.DirFS(dir), build.Options{Today: benchDay})
	if site, _, err := s.Rebuild(context.Background(), nil); err != nil || site == nil {
		b.Fatal("first build failed", err)
	}
	i := 0
	for b.Loop() {
		i++
		edited := strings.Replace(string(tmpl), "</footer>", "<p>"+strconv.Itoa(i)+"</p></footer>", 1)
		if err := os.WriteFile(own, []byte(edited), 0o644); err != nil {
			b.Fatal(err)
		}
		site, res, err := s.Rebuild(context.Background(), []string{"themes/default/templates/partials/footer.html"})
		if err != nil || site == nil {
			b.Fatal("rebuild failed", err, res.Problems)
		}
	}
}
