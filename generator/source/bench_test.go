package source

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadFile reads one record four folders deep, as a build reads
// each of 10,000 products: through FS, which checks each folder on the way
// and the file for links, and through os.DirFS, which checks nothing.
//
//	go test ./generator/source -run '^$' -bench ReadFile
func BenchmarkReadFile(b *testing.B) {
	dir := b.TempDir()
	name := "content/products/gia-lam/mat-ong.toml"
	if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), make([]byte, 600), 0o644); err != nil {
		b.Fatal(err)
	}
	root, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer root.Close()
	for _, c := range []struct {
		name string
		fsys fs.FS
	}{{"dirfs", os.DirFS(dir)}, {"source", root}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := fs.ReadFile(c.fsys, name); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
