package build

import (
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/search"
	"github.com/ocopgen/ocopgen/internal/benchcat"
	"github.com/ocopgen/ocopgen/internal/parallel"
)

// The benchmarks run each stage of the pipeline over the catalogue of
// package benchcat (OCOPGEN_BENCH_CATALOG, or one generated once):
//
//	go test ./generator/build -run '^$' -bench . -benchtime 5x
func benchCatalog(b *testing.B) string {
	b.Helper()
	dir, err := benchcat.Dir("../..")
	if err != nil {
		b.Fatal(err)
	}
	return dir
}

var benchDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func BenchmarkLoad(b *testing.B) {
	src := load.NFC(os.DirFS(benchCatalog(b)))
	for b.Loop() {
		if _, probs := load.Load(src, load.Options{Today: benchDay}); probs.Err() != nil {
			b.Fatal(probs.Err())
		}
	}
}

func BenchmarkMarkdown(b *testing.B) {
	src := load.NFC(os.DirFS(benchCatalog(b)))
	cat, _ := load.Load(src, load.Options{Today: benchDay})
	themeFS, _ := render.ThemeFS(src, cat.Site.Theme)
	r, err := render.New(cat, themeFS, nil)
	if err != nil {
		b.Fatal(err)
	}
	p := &Prepared{cat: cat, r: r}
	texts := markdownTexts(cat)
	for b.Loop() {
		p.convertAll(context.Background(), texts, nil, nil)
	}
}

// benchPages loads the catalogue and lists its pages, ready to render;
// the theme's files are over, if given, and the catalogue's theme under.
func benchPages(b *testing.B, over fstest.MapFS) []render.Page {
	src := load.NFC(os.DirFS(benchCatalog(b)))
	cat, _ := load.Load(src, load.Options{Today: benchDay})
	themeFS, _ := render.ThemeFS(src, cat.Site.Theme)
	if over != nil {
		merged := fstest.MapFS{}
		fs.WalkDir(themeFS, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				data, _ := fs.ReadFile(themeFS, p)
				merged[p] = &fstest.MapFile{Data: data}
			}
			return nil
		})
		maps.Copy(merged, over)
		themeFS = merged
	}
	r, err := render.New(cat, themeFS, nil)
	if err != nil {
		b.Fatal(err)
	}
	(&Prepared{cat: cat, r: r}).convertAll(context.Background(), markdownTexts(cat), nil, nil)
	return r.Pages()
}

func BenchmarkRender(b *testing.B) {
	pages := benchPages(b, nil)
	b.ReportMetric(float64(len(pages)), "pages")
	for b.Loop() {
		parallel.For(context.Background(), len(pages), func(i int) error {
			_, err := pages[i].Render()
			return err
		})
	}
}

// BenchmarkRenderProduct renders product pages one at a time: the cost
// of one page, which html/template's function calls dominate.
func BenchmarkRenderProduct(b *testing.B) { benchProductPages(b, nil) }

// benchProductPages renders the product pages of benchPages(b, over) one
// at a time.
func benchProductPages(b *testing.B, over fstest.MapFS) {
	var pages []render.Page
	for _, p := range benchPages(b, over) {
		if p.Kind == "product" {
			pages = append(pages, p)
		}
	}
	i := 0
	for b.Loop() {
		if _, err := pages[i%len(pages)].Render(); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkRenderKinds renders every page once on one goroutine and
// reports the time per page of each kind (µs/<kind>) and in all
// (ms-<kind>): where rendering time goes. The all-products listing renders
// each product's card, which later listings take from the cache.
func BenchmarkRenderKinds(b *testing.B) {
	pages := benchPages(b, nil)
	took := map[string]time.Duration{}
	count := map[string]int{}
	for b.Loop() {
		for _, p := range pages {
			start := time.Now()
			if _, err := p.Render(); err != nil {
				b.Fatal(err)
			}
			took[p.Kind] += time.Since(start)
			count[p.Kind]++
		}
	}
	for kind, d := range took {
		b.ReportMetric(float64(d.Microseconds())/float64(count[kind]), "µs/"+kind)
		b.ReportMetric(float64(d.Milliseconds())/float64(b.N), "ms-"+kind)
	}
}

// BenchmarkRenderProductFrame renders product pages whose body is empty
// ({{define "main"}}{{end}} over the default theme): the cost of the
// frame around every page (head, header, crumbs, JSON-LD, footer).
func BenchmarkRenderProductFrame(b *testing.B) {
	benchProductPages(b, fstest.MapFS{"templates/product.html": {Data: []byte(`{{define "main"}}{{end}}`)}})
}

func BenchmarkSearchIndex(b *testing.B) {
	cat, _ := load.Load(load.NFC(os.DirFS(benchCatalog(b))), load.Options{Today: benchDay})
	for b.Loop() {
		if _, err := search.Build(cat).Files(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildMemory is the whole pipeline without the disk.
func BenchmarkBuildMemory(b *testing.B) {
	src := os.DirFS(benchCatalog(b))
	for b.Loop() {
		if _, err := Build(context.Background(), src, output.Discard{}, Options{Today: benchDay}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheck is ocopgen check: load and validate every record, check
// every link, render every page to find template errors, write nothing.
// Fields are validated as each file is decoded, so BenchmarkLoad holds
// most of the validation; this is what CI pays before it builds.
func BenchmarkCheck(b *testing.B) {
	src := os.DirFS(benchCatalog(b))
	for b.Loop() {
		if _, err := Check(context.Background(), src, Options{Today: benchDay}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWrite is the write stage alone: the files of a site built
// beforehand into memory, written through output.Publish into an empty
// destination (a staging folder, swapped in). The destination is under
// TMPDIR: TMPDIR=/dev/shm measures the generator's side of writing, as
// tools/writefloor measures the system's.
func BenchmarkWrite(b *testing.B) {
	site := output.NewMemory()
	if _, err := Build(context.Background(), os.DirFS(benchCatalog(b)), site, Options{Today: benchDay}); err != nil {
		b.Fatal(err)
	}
	names := site.Names()
	dest := filepath.Join(b.TempDir(), "public")
	b.ResetTimer()
	for range b.N {
		_, err := output.Publish(context.Background(), dest, false, func(w output.Writer) error {
			return parallel.For(context.Background(), len(names), func(i int) error {
				data, _ := site.File(names[i])
				return w.WriteFile(names[i], data)
			})
		})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		os.RemoveAll(dest)
		b.StartTimer()
	}
	b.ReportMetric(float64(len(names)), "files")
}

// BenchmarkPublish is the whole pipeline into a folder, replacing the
// previous build each time.
func BenchmarkPublish(b *testing.B) {
	src := os.DirFS(benchCatalog(b))
	dest := filepath.Join(b.TempDir(), "public")
	for b.Loop() {
		if _, err := Publish(context.Background(), src, dest, Options{Today: benchDay}); err != nil {
			b.Fatal(err)
		}
	}
}
