package build

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/output"
)

// catalogueRoots are the parts of the example that make its catalogue.
var catalogueRoots = []string{"ocopgen.toml", "content", "themes"}

// copyCatalogue copies the catalogue of src into the folder dst. When conv
// is not nil it rewrites the name and bytes of each file of ocopgen.toml and
// content/ (themes/ is copied as is).
func copyCatalogue(t *testing.T, src fs.FS, dst string, conv func(name string, data []byte) (string, []byte)) {
	t.Helper()
	for _, root := range catalogueRoots {
		if _, err := fs.Stat(src, root); errors.Is(err, fs.ErrNotExist) && root == "themes" {
			continue
		}
		err := fs.WalkDir(src, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(src, p)
			if err != nil {
				return err
			}
			name := p
			if conv != nil && root != "themes" {
				name, b = conv(p, b)
			}
			full := filepath.Join(dst, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				return err
			}
			return os.WriteFile(full, b, 0o644)
		})
		if err != nil {
			t.Fatalf("copying the catalogue: %v", err)
		}
	}
}

// snapshotExample copies the example catalogue into a new folder, so that a
// test sees one version of it even while it is being edited.
func snapshotExample(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "catalogue")
	copyCatalogue(t, os.DirFS(exampleRoot), dir, nil)
	return dir
}

// readTree returns every file under dir by slash-separated relative name.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func memoryFiles(m *output.Memory) map[string][]byte {
	files := map[string][]byte{}
	for _, name := range m.Names() {
		files[name], _ = m.File(name)
	}
	return files
}

// sameFiles reports every difference between two sets of files.
func sameFiles(t *testing.T, what string, got, want map[string][]byte) {
	t.Helper()
	if len(want) == 0 {
		t.Errorf("%s: no file to compare", what)
	}
	for _, name := range sortedKeys(want) {
		g, ok := got[name]
		if !ok {
			t.Errorf("%s: %s is missing", what, name)
			continue
		}
		if w := want[name]; !bytes.Equal(g, w) {
			i := 0
			for i < len(g) && i < len(w) && g[i] == w[i] {
				i++
			}
			t.Errorf("%s: %s differs at byte %d:\n got …%q…\nwant …%q…", what, name, i,
				g[max(0, i-40):min(len(g), i+40)], w[max(0, i-40):min(len(w), i+40)])
		}
	}
	for _, name := range sortedKeys(got) {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: unexpected file %s", what, name)
		}
	}
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestDeterministic builds the example three times (on all processors, on
// one, on all again) and requires the same files with the same bytes.
func TestDeterministic(t *testing.T) {
	src := os.DirFS(snapshotExample(t))
	first := buildMemory(t, src)
	second := func() *output.Memory {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
		return buildMemory(t, src)
	}()
	third := buildMemory(t, src)
	if a, b := first.Names(), second.Names(); !slices.Equal(a, b) {
		t.Errorf("the builds wrote different files:\n%q\n%q", a, b)
	}
	sameFiles(t, "second build", memoryFiles(second), memoryFiles(first))
	sameFiles(t, "third build", memoryFiles(third), memoryFiles(first))
}

// TestNFDCatalogue builds the example saved in NFD (text of every record
// and name of every file and folder of ocopgen.toml and content/) and
// requires the same site as from NFC. Media files are copied to the site
// byte for byte, so their bytes are left as they are; their names are
// converted like every other name.
func TestNFDCatalogue(t *testing.T) {
	t.Run("example", func(t *testing.T) {
		compareNFD(t, snapshotExample(t))
	})
	// The example's file names are ASCII; this adds a story in a folder and
	// a file with Vietnamese names, and an image with a Vietnamese name
	// that the story shows, so that names change under NFD too.
	t.Run("vietnamese-file-names", func(t *testing.T) {
		nfc := snapshotExample(t)
		files := map[string]string{
			"content/media/nón lá Chuông.svg": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Nón lá</title></svg>` + "\n",
			"content/stories/Làng nghề/Tin về nón lá Chuông.md": `+++
title = "Tin về nón lá Chuông"
date = 2026-10-01
summary = "Nón lá làng Chuông, Thanh Oai."
image = "media/nón lá Chuông.svg"
+++

Ảnh: ![Nón lá](/media/nón%20lá%20Chuông.svg).
`,
		}
		for name, text := range files {
			full := filepath.Join(nfc, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, got := compareNFD(t, nfc)
		for _, name := range []string{"tin-tuc/tin-ve-non-la-chuong/index.html", "media/nón lá Chuông.svg"} {
			if _, ok := want.File(name); !ok {
				t.Errorf("the NFC build has no %s", name)
			}
			if _, ok := got.File(name); !ok {
				t.Errorf("the NFD build has no %s", name)
			}
		}
	})
}

// compareNFD copies the NFC catalogue nfc into NFD and requires that both
// build the same site; it returns both sites.
func compareNFD(t *testing.T, nfc string) (want, got *output.Memory) {
	t.Helper()
	nfd := filepath.Join(t.TempDir(), "nfd")
	changedText, changedNames := 0, 0
	copyCatalogue(t, os.DirFS(nfc), nfd, func(name string, data []byte) (string, []byte) {
		parts := strings.Split(name, "/")
		for i, p := range parts {
			parts[i] = norm.NFD.String(p)
		}
		out := data
		switch path.Ext(name) {
		case ".toml", ".md", ".txt":
			out = norm.NFD.Bytes(data)
		}
		if !bytes.Equal(out, data) {
			changedText++
		}
		if strings.Join(parts, "/") != name {
			changedNames++
		}
		return strings.Join(parts, "/"), out
	})
	t.Logf("NFD changed the text of %d files and the names of %d", changedText, changedNames)
	if changedText == 0 {
		t.Fatal("NFD changed no text of the catalogue: the test would prove nothing")
	}
	// The config itself must have been decomposed, so the site title is
	// exercised on every page.
	if b, err := os.ReadFile(filepath.Join(nfd, "ocopgen.toml")); err != nil || norm.NFC.IsNormal(b) {
		t.Fatalf("ocopgen.toml was not converted to NFD (err %v)", err)
	}
	want = buildMemory(t, os.DirFS(nfc))
	got = buildMemory(t, os.DirFS(nfd))
	sameFiles(t, "NFD catalogue", memoryFiles(got), memoryFiles(want))
	return want, got
}

// onlyEntry checks that the folder parent holds the published site and
// nothing else: no staging folder (".<base>.new-…") and no ".old" folder.
func onlyEntry(t *testing.T, parent, base string) {
	t.Helper()
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == base {
			continue
		}
		if strings.HasPrefix(e.Name(), ".") && strings.Contains(e.Name(), ".new-") {
			t.Errorf("staging folder %s left beside %s", e.Name(), base)
		} else {
			t.Errorf("unexpected %s beside %s", e.Name(), base)
		}
	}
}

// cancelAfter cancels a build after its n-th file.
type cancelAfter struct {
	w      output.Writer
	n      int32
	count  atomic.Int32
	cancel context.CancelFunc
}

func (c *cancelAfter) WriteFile(name string, data []byte) error {
	if c.count.Add(1) == c.n {
		c.cancel()
	}
	return c.w.WriteFile(name, data)
}

// TestPublishAtomic publishes the example into a folder, then checks that
// failed and interrupted builds leave it as it was, and that a later build
// removes the pages of deleted records.
func TestPublishAtomic(t *testing.T) {
	snap := snapshotExample(t)
	parent := t.TempDir()
	dest := filepath.Join(parent, "site")
	opts := Options{Today: exampleDate}
	var before map[string][]byte

	if !t.Run("first", func(t *testing.T) {
		res, err := Publish(context.Background(), os.DirFS(snap), dest, opts)
		if err != nil {
			t.Fatalf("Publish: %v\n%s", err, problemsText(res))
		}
		before = readTree(t, dest)
		pages := maps.Clone(before) // the marker is no file of the build
		delete(pages, output.Marker)
		sameFiles(t, "published site", pages, memoryFiles(buildMemory(t, os.DirFS(snap))))
		if res.Files != len(pages) {
			t.Errorf("Result.Files = %d, %d files published", res.Files, len(pages))
		}
		onlyEntry(t, parent, "site")
	}) {
		t.FailNow()
	}

	// The failed and interrupted builds below are of a catalogue whose
	// title differs, so that every page they would write differs from the
	// published one.
	retitled := filepath.Join(t.TempDir(), "retitled")
	copyCatalogue(t, os.DirFS(snap), retitled, nil)
	config := filepath.Join(retitled, "ocopgen.toml")
	b, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	nb := bytes.Replace(b, []byte(`title = "`), []byte(`title = "Bản thử – `), 1)
	if bytes.Equal(nb, b) {
		t.Fatal(`ocopgen.toml has no title = "…" to change`)
	}
	if err := os.WriteFile(config, nb, 0o644); err != nil {
		t.Fatal(err)
	}

	t.Run("broken-catalogue", func(t *testing.T) {
		broken := filepath.Join(t.TempDir(), "broken")
		copyCatalogue(t, os.DirFS(retitled), broken, nil)
		bad := filepath.Join(broken, "content", "products", "zz-hong.toml")
		if err := os.WriteFile(bad, []byte("name = \"Sản phẩm hỏng\"\nstars = \n[certificate\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := Publish(context.Background(), os.DirFS(broken), dest, opts)
		if !errors.Is(err, ErrProblems) {
			t.Errorf("Publish of a broken catalogue returned %v, want an error wrapping ErrProblems", err)
		}
		if res == nil || !slices.ContainsFunc(res.Problems, func(p diag.Problem) bool {
			return p.Severity == diag.Error && p.File == "content/products/zz-hong.toml"
		}) {
			t.Errorf("no error reported for content/products/zz-hong.toml:\n%s", problemsText(res))
		}
		sameFiles(t, "site after a failed build", readTree(t, dest), before)
		onlyEntry(t, parent, "site")
	})

	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := Publish(ctx, os.DirFS(retitled), dest, opts)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Publish with a cancelled context returned %v, want context.Canceled", err)
		}
		sameFiles(t, "site after a cancelled build", readTree(t, dest), before)
		onlyEntry(t, parent, "site")
	})

	t.Run("interrupted-while-writing", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		w := &cancelAfter{n: 5, cancel: cancel}
		_, err := output.Publish(ctx, dest, false, func(out output.Writer) error {
			w.w = out
			_, err := Build(ctx, os.DirFS(retitled), w, opts)
			return err
		})
		if w.count.Load() < w.n {
			t.Fatalf("the build wrote %d files, so it was not interrupted", w.count.Load())
		}
		if !errors.Is(err, context.Canceled) {
			t.Errorf("a build cancelled after %d files returned %v, want context.Canceled", w.n, err)
		}
		sameFiles(t, "site after an interrupted build", readTree(t, dest), before)
		onlyEntry(t, parent, "site")
	})

	t.Run("stale-files", func(t *testing.T) {
		cat := filepath.Join(t.TempDir(), "catalogue")
		copyCatalogue(t, os.DirFS(snap), cat, nil)
		removed, slug := removeOneProduct(t, cat, before["du-lieu/san-pham.json"])
		page := "san-pham/" + slug + "/index.html"
		if _, ok := before[page]; !ok {
			t.Fatalf("the first build has no %s for %s", page, removed)
		}
		res, err := Publish(context.Background(), os.DirFS(cat), dest, opts)
		if err != nil {
			t.Fatalf("Publish without %s: %v\n%s", removed, err, problemsText(res))
		}
		if _, err := os.Stat(filepath.Join(dest, "san-pham", slug)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("san-pham/%s/ is still published after %s was removed (stat: %v)", slug, removed, err)
		}
		after := readTree(t, dest)
		delete(after, output.Marker)
		sameFiles(t, "site after removing "+removed, after, memoryFiles(buildMemory(t, os.DirFS(cat))))
		if bytes.Equal(after["san-pham/index.html"], before["san-pham/index.html"]) {
			t.Errorf("san-pham/index.html was not rebuilt without %s", removed)
		}
		onlyEntry(t, parent, "site")
	})
}

// removeOneProduct deletes from the catalogue cat the first product file
// whose removal leaves a catalogue without errors, and returns its name
// and the slug of its page, found in the JSON export of the full site.
func removeOneProduct(t *testing.T, cat string, export []byte) (file, slug string) {
	t.Helper()
	var exp struct {
		Products []struct {
			Slug string `json:"slug"`
			Name string `json:"name"`
		} `json:"products"`
	}
	if err := json.Unmarshal(export, &exp); err != nil {
		t.Fatalf("du-lieu/san-pham.json: %v", err)
	}
	products := readExampleProducts(t, os.DirFS(cat))
	slices.SortFunc(products, func(a, b exampleProduct) int { return strings.Compare(a.file, b.file) })
	for _, p := range products {
		full := filepath.Join(cat, filepath.FromSlash(p.file))
		b, err := os.ReadFile(full)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(full); err != nil {
			t.Fatal(err)
		}
		res, err := Check(context.Background(), os.DirFS(cat), Options{Today: exampleDate})
		if err == nil && res.Errors() == 0 {
			slug := p.Slug
			for _, e := range exp.Products {
				if slug == "" && e.Name == p.Name {
					slug = e.Slug
				}
			}
			if slug == "" {
				t.Fatalf("%s (%q) is not in the JSON export", p.file, p.Name)
			}
			return p.file, slug
		}
		if err := os.WriteFile(full, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("no product of the example can be removed without errors")
	return "", ""
}

// TestCheckWritesNothing checks the example: no error, no problem of
// severity error, every page rendered, and not a byte written to the
// catalogue or beside it.
func TestCheckWritesNothing(t *testing.T) {
	cat := snapshotExample(t)
	before := readTree(t, cat)
	res, err := Check(context.Background(), os.DirFS(cat), Options{Today: exampleDate})
	if err != nil {
		t.Fatalf("Check: %v\n%s", err, problemsText(res))
	}
	for _, p := range res.Problems {
		if p.Severity == diag.Error {
			t.Errorf("error: %s", p)
		}
	}
	if n := len(readExampleProducts(t, os.DirFS(cat))); res.Pages["product"] != n {
		t.Errorf("Check rendered %d product pages, the example has %d products", res.Pages["product"], n)
	}
	sameFiles(t, "catalogue after check", readTree(t, cat), before)
	onlyEntry(t, filepath.Dir(cat), filepath.Base(cat))
}
