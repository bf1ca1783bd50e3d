package build

import (
	"context"
	"os"
	"slices"
	"testing"

	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/manifest"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/internal/testimage"
)

// TestManifestIsTheSite: a build writes the files its manifest lists,
// each once, of every kind, and the files of the search index, and
// nothing else; the link check knows every file listed but the index's.
func TestManifestIsTheSite(t *testing.T) {
	ctx := context.Background()
	dir := photoCatalogue(t, photo{"Bình gốm", "a.jpg", testimage.Photo(960, 720)}, photo{"Nón lá", "b.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>`)})
	src := load.NFC(os.DirFS(dir))
	cat, probs := load.Load(src, load.Options{Today: exampleDate})
	res := &Result{Pages: map[string]int{}}
	p, err := Prepare(ctx, src, cat, probs, Options{Today: exampleDate}, nil, res)
	if err != nil || p == nil {
		t.Fatalf("Prepare: %v\n%v", err, probs.Problems())
	}
	w := output.NewMemory()
	if err := p.write(ctx, w, probs, res); err != nil {
		t.Fatal(err)
	}
	var listed []string
	kinds := map[manifest.Kind]int{}
	for i := range p.files.Files {
		f := &p.files.Files[i]
		listed = append(listed, f.Path)
		kinds[f.Kind]++
		if !p.files.Has(f.URL()) {
			t.Errorf("the link check does not know %s", f.URL())
		}
	}
	index, err := p.files.Index()
	if err != nil || len(index) == 0 {
		t.Fatalf("search index: %d files, %v", len(index), err)
	}
	for _, f := range index {
		listed = append(listed, f.Path)
		if p.files.Has("/" + f.Path) {
			t.Errorf("the link check knows the index's file %s", f.Path)
		}
	}
	slices.Sort(listed)
	if got := w.Names(); !slices.Equal(got, listed) {
		t.Errorf("the build wrote %d files, the manifest and the index list %d", len(got), len(listed))
	}
	if res.Files != len(listed) {
		t.Errorf("the result counts %d files, the manifest and the index list %d", res.Files, len(listed))
	}
	for _, k := range []manifest.Kind{manifest.Page, manifest.Generated, manifest.Media, manifest.Static} {
		if kinds[k] == 0 {
			t.Errorf("the manifest lists no file of kind %d", k)
		}
	}
}
