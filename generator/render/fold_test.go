package render

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/load"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// TestFoldSameBytes renders every page of the example catalogue with the
// constant actions folded and without, in both languages and below a base
// path, and compares the bytes.
func TestFoldSameBytes(t *testing.T) {
	for _, site := range []struct{ lang, base string }{{"vi", "https://ocop.example.vn/"}, {"en", "https://example.github.io/ocop/"}} {
		render := func(fold bool) map[string][]byte {
			cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
			if err := probs.Err(); err != nil {
				t.Fatal(err)
			}
			cat.Site.Language, cat.Site.BaseURL = site.lang, site.base
			noFold = !fold
			defer func() { noFold = false }()
			r, err := New(cat, theme.FS, nil)
			if err != nil {
				t.Fatal(err)
			}
			out := map[string][]byte{}
			for _, p := range r.Pages() {
				b, err := p.Render()
				if err != nil {
					t.Fatal(p.Path, err)
				}
				out[p.Path] = b
			}
			return out
		}
		plain, folded := render(false), render(true)
		if len(plain) < 100 || len(plain) != len(folded) {
			t.Fatalf("%s: %d pages without folding, %d with", site.lang, len(plain), len(folded))
		}
		for name, b := range plain {
			if string(folded[name]) != string(b) {
				t.Errorf("%s: %s differs when folded", site.lang, name)
			}
		}
	}
}

// TestFoldFolds checks that folding takes place: the product template's
// translations are gone from its tree.
func TestFoldFolds(t *testing.T) {
	cat, _ := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	r, err := New(cat, theme.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	tree := r.tmpls["product"].Lookup("main").Tree.Root.String()
	for _, gone := range []string{`t "producer"`, `t "certificate"`, `t "dateFormat"`} {
		if strings.Contains(tree, gone) {
			t.Errorf("{{%s}} is still in the product template after folding", gone)
		}
	}
	if !strings.Contains(tree, `t (print "pk." .)`) {
		t.Errorf("a translation of a computed key was folded: %s", tree)
	}
}
