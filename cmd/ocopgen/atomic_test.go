package main

import (
	"context"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/session"
	"github.com/ocopgen/ocopgen/generator/source"
	"github.com/ocopgen/ocopgen/generator/watch"
)

// TestServeAtomicSave saves a product's summary as sed -i and many editors
// do (a temporary file in the product's folder renamed over it) and as an
// edit in place, and passes each batch of the real watcher to the session,
// as serve does: both take the quick way, patching the record in place.
func TestServeAtomicSave(t *testing.T) {
	dir := exampleCopy(t)
	w, err := watch.New(dir, watched, watch.Options{Log: &syncBuffer{}})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	root, err := source.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sess := session.New(root, build.Options{Today: serveDay})
	ctx := context.Background()
	if site, res, err := sess.Rebuild(ctx, nil); err != nil || site == nil {
		t.Fatalf("first build: %v %v", err, res.Problems)
	}
	const old = "Dầu xoa bóp chiết từ"
	file := filepath.Join(dir, filepath.FromSlash(dauFile))
	saves := map[string]func(text string){
		"in place": func(text string) {
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		},
		"sed -i": func(text string) {
			tmp := filepath.Join(filepath.Dir(file), "sedAbc123")
			if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(tmp, file); err != nil {
				t.Fatal(err)
			}
		},
	}
	for i, how := range []string{"in place", "sed -i", "in place", "sed -i"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		mark := "Sửa lần " + string(rune('1'+i)) + "."
		saves[how](strings.Replace(string(b), old, mark+" "+old, 1))
		var batch []string
		select {
		case batch = <-w.Batches():
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: no batch", how)
		}
		if !slices.Equal(batch, []string{dauFile}) {
			t.Fatalf("%s: batch %q, want %q", how, batch, dauFile)
		}
		site, res, err := sess.Rebuild(ctx, batch)
		if err != nil || site == nil {
			t.Fatalf("%s: %v %v", how, err, res.Problems)
		}
		if !res.Patched {
			t.Errorf("%s: the session did not patch the product in place", how)
		}
		b, ok := site.File(path.Join(strings.Trim(dauPage, "/"), "index.html"))
		if !ok || !strings.Contains(string(b), mark) {
			t.Errorf("%s: %s does not show the edit", how, dauPage)
		}
	}
	// A change of the settings loads everything again: not patched.
	if _, res, _ := sess.Rebuild(ctx, []string{"ocopgen.toml"}); res.Patched {
		t.Error("a change of ocopgen.toml was patched")
	}
}
