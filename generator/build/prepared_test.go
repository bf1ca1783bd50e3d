package build

import (
	"bytes"
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/manifest"
	"github.com/ocopgen/ocopgen/generator/output"
)

// prepareExample prepares a build of the example, as serve does (drafts
// included).
func prepareExample(t *testing.T) (*Prepared, *output.Memory) {
	t.Helper()
	opts := Options{Today: exampleDate, Drafts: true}
	src := load.NFC(os.DirFS(exampleRoot))
	cat, probs := load.Load(src, load.Options{Today: exampleDate})
	p, err := Prepare(context.Background(), src, cat, probs, opts, nil, &Result{Pages: map[string]int{}})
	if err != nil || p == nil {
		t.Fatalf("Prepare: %v\n%v", err, probs.Problems())
	}
	built := output.NewMemory()
	if _, err := Build(context.Background(), os.DirFS(exampleRoot), built, opts); err != nil {
		t.Fatal(err)
	}
	return p, built
}

// TestPreparedReadIsTheBuild: every file of a prepared build's manifest
// reads, one by one, as a build writes it, and the search index is the
// build's too.
func TestPreparedReadIsTheBuild(t *testing.T) {
	p, built := prepareExample(t)
	files := p.Files().Files
	if len(files) == 0 || len(p.Pages()) == 0 {
		t.Fatal("nothing prepared")
	}
	kinds := map[manifest.Kind]int{}
	for i := range files {
		f := &files[i]
		kinds[f.Kind]++
		got, err := p.Read(f)
		want, ok := built.File(f.Path)
		if err != nil || !ok || !bytes.Equal(got, want) {
			t.Errorf("%s reads otherwise than the build writes it (%v)", f.Path, err)
		}
	}
	for _, k := range []manifest.Kind{manifest.Page, manifest.Media, manifest.Static} { // its images are SVGs: no thumbnails
		if kinds[k] == 0 {
			t.Errorf("the example's manifest lists no file of kind %d", k)
		}
	}
	index, err := p.SearchIndex()
	if err != nil || len(index) == 0 {
		t.Fatalf("search index: %d files, %v", len(index), err)
	}
	for _, f := range index {
		if want, _ := built.File(f.Path); !bytes.Equal(f.Data, want) {
			t.Errorf("the search index's %s is not the build's", f.Path)
		}
	}
}

// TestPreparedReplace: the same build over a catalogue holding a new
// version of a product shares the page list and the manifest, renders the
// product's page from the new version once its markdown is converted,
// reports its broken links against the manifest, and leaves the first
// build's pages as they were.
func TestPreparedReplace(t *testing.T) {
	p, built := prepareExample(t)
	old := p.Catalog().Products[0]
	page := strings.TrimPrefix(old.URL(), "/") + "index.html"
	np := *old
	np.Description.Source = "MÔ TẢ MỚI, [gãy](/san-pham/khong-co/)"
	np.Description.HTML = ""
	next, ok := p.Replace(map[*catalog.Product]*catalog.Product{old: &np}, nil)
	if !ok {
		t.Fatal("the product is not replaced")
	}
	if next.Files() != p.Files() || &next.Pages()[0] != &p.Pages()[0] {
		t.Error("the new build does not share the manifest and the page list")
	}
	if !slices.Contains(next.Catalog().Products, &np) || slices.Contains(next.Catalog().Products, old) {
		t.Error("the new catalogue does not hold the new version in the place of the old one")
	}
	probs := &diag.List{}
	next.Convert(context.Background(), []*catalog.Product{&np}, nil, probs, nil)
	broken := slices.ContainsFunc(probs.Problems(), func(pr diag.Problem) bool {
		return pr.Severity == diag.Error && strings.Contains(pr.Message, "/san-pham/khong-co/")
	})
	if !broken {
		t.Errorf("the broken link is not reported: %v", probs.Problems())
	}
	f, ok := p.Files().File(page)
	if !ok || f.Kind != manifest.Page {
		t.Fatalf("%s is not a page of the manifest", page)
	}
	if b, err := next.Read(f); err != nil || !bytes.Contains(b, []byte("MÔ TẢ MỚI")) {
		t.Errorf("the new build's %s does not show the new version (%v)", page, err)
	}
	want, _ := built.File(page)
	if b, err := p.Read(f); err != nil || !bytes.Equal(b, want) {
		t.Errorf("the first build's %s changed (%v)", page, err)
	}
}
