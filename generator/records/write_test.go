package records

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ocopgen/ocopgen/generator/diag"
)

func TestWriteAllAndKeepMode(t *testing.T) {
	root := t.TempDir()
	old := filepath.Join(root, "content/products/gia-lam/a.toml")
	if err := os.MkdirAll(filepath.Dir(old), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := &Plan{Changes: []Change{
		{Kind: Update, File: "content/products/gia-lam/a.toml", Text: []byte("new a")},
		{Kind: Add, File: "content/products/ung-hoa/b.toml", Text: []byte("new b")},
	}}
	if err := p.Write(root); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"content/products/gia-lam/a.toml": "new a", "content/products/ung-hoa/b.toml": "new b"} {
		if got, _ := os.ReadFile(filepath.Join(root, name)); string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if fi, _ := os.Stat(old); fi.Mode().Perm() != 0o600 {
		t.Errorf("the updated file's mode is %v, want its own 0600", fi.Mode().Perm())
	}
	left, _ := filepath.Glob(filepath.Join(root, "content/products/*/.import-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestWriteNothingWithErrors(t *testing.T) {
	root := t.TempDir()
	p := &Plan{Changes: []Change{{Kind: Add, File: "content/products/x/a.toml", Text: []byte("a")}}}
	p.Problems.Errorf(diag.Pos{File: "annex.csv", Line: 3}, "the name %q gives no slug: write the product's name with letters", "★")
	if err := p.Write(root); err == nil {
		t.Fatal("a plan with errors was written")
	}
	if _, err := os.Stat(filepath.Join(root, "content")); err == nil {
		t.Error("a plan with errors made folders")
	}
}
