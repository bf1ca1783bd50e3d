package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// slowCatalogue writes a catalogue whose build spends long in one stage:
// with stage "markdown", one story of many headings (one text, converted
// in one piece); with "pages", thousands of products.
func slowCatalogue(tb testing.TB, stage string) string {
	tb.Helper()
	dir := tb.TempDir()
	files := map[string]string{
		"ocopgen.toml":           "title = \"OCOP\"\nbase_url = \"https://ocop.example.vn/\"\n",
		"content/districts.toml": "[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n",
	}
	product := "name = %q\ngroup = \"thuc-pham\"\nstars = 3\ndistrict = \"gia-lam\"\nproducer = \"HTX\"\n[certificate]\ndecision_date = 2024-03-04\n"
	switch stage {
	case "markdown":
		files["content/products/mat-ong.toml"] = fmt.Sprintf(product, "Mật ong")
		files["content/stories/dai.md"] = "+++\ntitle = \"Dài\"\ndate = 2025-04-01\n+++\n" + strings.Repeat("## Mục\n\nĐoạn văn.\n\n", 10000)
	case "pages":
		for i := range 5000 {
			files[fmt.Sprintf("content/products/%d.toml", i)] = fmt.Sprintf(product, fmt.Sprintf("Mật ong %d", i))
		}
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// BenchmarkInterrupt measures how long Publish takes to return once its
// context is cancelled (Ctrl-C), in the middle of a stage that is slow for
// one item (markdown: a story of 10,000 headings) or for many (pages:
// 5,000 products): the metric stop-ms. It cancels as soon as the staging
// folder exists and the build has run for a further 100 ms.
func BenchmarkInterrupt(b *testing.B) {
	for _, stage := range []string{"markdown", "pages"} {
		b.Run(stage, func(b *testing.B) {
			src := slowCatalogue(b, stage)
			parent := b.TempDir()
			dest := filepath.Join(parent, "site")
			var stopped time.Duration
			b.ResetTimer()
			for range b.N {
				ctx, cancel := context.WithCancel(context.Background())
				cancelled := make(chan time.Time, 1)
				go func() {
					for {
						if m, _ := filepath.Glob(filepath.Join(parent, ".site.new-*")); len(m) > 0 {
							break
						}
						time.Sleep(time.Millisecond)
					}
					time.Sleep(100 * time.Millisecond)
					cancelled <- time.Now()
					cancel()
				}()
				_, err := Publish(ctx, os.DirFS(src), dest, Options{Today: exampleDate})
				stopped += time.Since(<-cancelled)
				if !errors.Is(err, context.Canceled) {
					b.Fatalf("Publish = %v, want context.Canceled", err)
				}
			}
			b.ReportMetric(float64(stopped.Milliseconds())/float64(b.N), "stop-ms")
		})
	}
}
