package build

import (
	"context"
	"io/fs"
	"os"
	"testing"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/source"
)

// BenchmarkSource compares reading the catalogue through source.FS, which
// checks every link, with os.DirFS: the walk of content/ that reports what
// cannot be read (part of loading), loading, and checking:
//
//	go test ./generator/build -run '^$' -bench Source -benchtime 10x
func BenchmarkSource(b *testing.B) {
	dir := benchCatalog(b)
	root, err := source.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer root.Close()
	for _, from := range []struct {
		name string
		fsys fs.FS
	}{{"dirfs", os.DirFS(dir)}, {"source", root}} {
		b.Run("walk/"+from.name, func(b *testing.B) {
			src := load.NFC(from.fsys)
			for b.Loop() {
				probs := &diag.List{}
				source.Check(src, load.ContentDir, probs)
				if probs.Err() != nil {
					b.Fatal(probs.Err())
				}
			}
		})
		b.Run("load/"+from.name, func(b *testing.B) {
			src := load.NFC(from.fsys)
			for b.Loop() {
				if _, probs := load.Load(src, load.Options{Today: benchDay}); probs.Err() != nil {
					b.Fatal(probs.Err())
				}
			}
		})
		b.Run("check/"+from.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Check(context.Background(), from.fsys, Options{Today: benchDay}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
