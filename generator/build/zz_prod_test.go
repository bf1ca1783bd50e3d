package build

import (
	"context"
	"os"
	"testing"

	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/render"
)

func BenchmarkZZProduct(b *testing.B) {
	src := load.NFC(os.DirFS("/tmp/g10k"))
	cat, _ := load.Load(src, load.Options{Today: benchDay})
	themeFS, _ := themeFor(src, cat.Site.Theme)
	convertAll(context.Background(), markdownTexts(cat), "/", nil, nil)
	r, _ := render.New(cat, themeFS, nil)
	var pages []render.Page
	for _, p := range r.Pages() {
		if p.Kind == "product" {
			pages = append(pages, p)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pages[i%len(pages)].Render()
	}
}
