package build

import (
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/stamp"
	"github.com/ocopgen/ocopgen/generator/vntext"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// publishTwice publishes the catalogue in dir into dest, lets change edit
// things, and publishes again; it returns the second result.
func publishTwice(t *testing.T, change func(dir, dest string) Options) *Result {
	t.Helper()
	dir := snapshotExample(t)
	dest := filepath.Join(t.TempDir(), "public")
	opts := Options{Today: exampleDate, CacheDir: filepath.Join(dir, ".ocopgen-cache")}
	first, err := Publish(context.Background(), os.DirFS(dir), dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if first.UpToDate {
		t.Fatal("the first build says it is up to date")
	}
	if o := change(dir, dest); !o.Today.IsZero() {
		opts.Today = o.Today
	}
	res, err := Publish(context.Background(), os.DirFS(dir), dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages["product"] != first.Pages["product"] {
		t.Errorf("second result has %d products; the first %d", res.Pages["product"], first.Pages["product"])
	}
	return res
}

func TestPublishUnchangedWritesNothing(t *testing.T) {
	dir := snapshotExample(t)
	dest := filepath.Join(t.TempDir(), "public")
	opts := Options{Today: exampleDate, CacheDir: filepath.Join(dir, ".ocopgen-cache")}
	if _, err := Publish(context.Background(), os.DirFS(dir), dest, opts); err != nil {
		t.Fatal(err)
	}
	before := mtimes(t, dest)
	destInfo, _ := os.Stat(dest)
	res, err := Publish(context.Background(), os.DirFS(dir), dest, opts)
	if err != nil || !res.UpToDate {
		t.Fatalf("second build: %v, up to date %t", err, res != nil && res.UpToDate)
	}
	after := mtimes(t, dest)
	if len(after) != len(before) {
		t.Fatalf("%d files before, %d after", len(before), len(after))
	}
	for name, m := range before {
		if !after[name].Equal(m) {
			t.Errorf("%s was written again", name)
		}
	}
	if now, _ := os.Stat(dest); !os.SameFile(destInfo, now) {
		t.Error("the destination folder was replaced")
	}
	if len(res.Problems) == 0 {
		t.Error("the warnings of the recorded build are not reported again")
	}
}

func TestPublishRebuildsWhen(t *testing.T) {
	product := filepath.Join("content", "products", "thanh-tri", "banh-chung-tranh-khuc.toml")
	cases := map[string]func(t *testing.T, dir, dest string) Options{
		"an input changes": func(t *testing.T, dir, dest string) Options {
			edit(t, filepath.Join(dir, product), "gói lá dong", "gói lá dong rừng")
			return Options{}
		},
		"an input changes, same size and time": func(t *testing.T, dir, dest string) Options {
			// Within the racy window the bytes are read again.
			full := filepath.Join(dir, product)
			fi, _ := os.Stat(full)
			edit(t, full, "gói lá dong", "gói lá DONG")
			os.Chtimes(full, fi.ModTime(), fi.ModTime())
			return Options{}
		},
		"a file is added": func(t *testing.T, dir, dest string) Options {
			os.WriteFile(filepath.Join(dir, "content", "media", "moi.svg"), []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>`), 0o644)
			return Options{}
		},
		"the date changes": func(t *testing.T, dir, dest string) Options {
			return Options{Today: exampleDate.AddDate(0, 0, 1)}
		},
		"a published file is edited": func(t *testing.T, dir, dest string) Options {
			os.WriteFile(filepath.Join(dest, "index.html"), []byte("defaced"), 0o644)
			return Options{}
		},
		"a published file is removed": func(t *testing.T, dir, dest string) Options {
			os.Remove(filepath.Join(dest, "robots.txt"))
			return Options{}
		},
		"a file is added to the destination": func(t *testing.T, dir, dest string) Options {
			os.WriteFile(filepath.Join(dest, "extra.html"), []byte("x"), 0o644)
			return Options{}
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			var dest string
			res := publishTwice(t, func(d, dst string) Options {
				dest = dst
				return change(t, d, dst)
			})
			if res.UpToDate {
				t.Fatal("the change was missed: the build was skipped")
			}
			home, err := os.ReadFile(filepath.Join(dest, "index.html"))
			if err != nil || !strings.Contains(string(home), "<!DOCTYPE html>") {
				t.Errorf("the home page was not rebuilt: %.40q, %v", home, err)
			}
			if _, err := os.Stat(filepath.Join(dest, "robots.txt")); err != nil {
				t.Error("robots.txt was not rebuilt")
			}
			if _, err := os.Stat(filepath.Join(dest, "extra.html")); err == nil {
				t.Error("a stray file of the destination survived")
			}
		})
	}
}

func edit(t *testing.T, file, old, new string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), old, new, 1)
	if s == string(b) {
		t.Fatalf("%s has no %q", file, old)
	}
	if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mtimes(t *testing.T, dir string) map[string]time.Time {
	t.Helper()
	m := map[string]time.Time{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			fi, _ := d.Info()
			m[p] = fi.ModTime()
		}
		return nil
	})
	return m
}

// TestPublishFollowsLinks: a record that is a symbolic link to a file
// elsewhere is an input like any other: changing the file it points to,
// or removing the link, gives a new build.
func TestPublishFollowsLinks(t *testing.T) {
	dir := snapshotExample(t)
	product := filepath.Join(dir, "content", "products", "thanh-tri", "banh-chung-tranh-khuc.toml")
	outside := filepath.Join(t.TempDir(), "banh-chung.toml")
	if err := os.Rename(product, outside); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, product); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	opts := Options{Today: exampleDate, CacheDir: filepath.Join(dir, ".ocopgen-cache")}
	publish := func() *Result {
		t.Helper()
		res, err := Publish(context.Background(), os.DirFS(dir), dest, opts)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	publish()
	if !publish().UpToDate {
		t.Fatal("nothing changed, yet the site was built again")
	}
	edit(t, outside, "gói lá dong", "gói lá dong rừng")
	if publish().UpToDate {
		t.Fatal("the linked file changed, but the build was skipped")
	}
	page, _ := os.ReadFile(filepath.Join(dest, "san-pham", "banh-chung-tranh-khuc", "index.html"))
	if !strings.Contains(string(page), "gói lá dong rừng") {
		t.Error("the product page does not show the edit of the linked file")
	}
}

// TestFirstBuildHashesAsItReads: a build with no stamp to compare with
// hashes its inputs as it reads them. The key it records is the one that
// hashing every input afresh gives, files the build does not read
// included, and the hashes are of the bytes the build read.
func TestFirstBuildHashesAsItReads(t *testing.T) {
	dir := snapshotExample(t)
	notes := filepath.Join(dir, "content", "ghi-chu.txt")
	if err := os.WriteFile(notes, []byte("not a record"), 0o644); err != nil {
		t.Fatal(err)
	}
	age(t, dir)
	cache := filepath.Join(dir, ".ocopgen-cache")
	opts := Options{Today: exampleDate, CacheDir: cache}
	if _, err := Publish(context.Background(), os.DirFS(dir), filepath.Join(t.TempDir(), "public"), opts); err != nil {
		t.Fatal(err)
	}
	st := stamp.Read(cache)
	if st == nil {
		t.Fatal("no stamp recorded")
	}
	key, inputs := hashAll(t, os.DirFS(dir), opts, nil)
	if st.Key != key {
		t.Errorf("recorded key %s; hashing every input gives %s", st.Key, key)
	}
	if len(st.Inputs) != len(inputs) {
		t.Fatalf("%d inputs recorded, %d on disk", len(st.Inputs), len(inputs))
	}
	for i, in := range inputs {
		if st.Inputs[i] != in {
			t.Errorf("recorded %+v; on disk %+v", st.Inputs[i], in)
		}
	}

	// A file that changes after the build read it keeps the hash of what
	// was read, so the next build sees it changed.
	log := stamp.NewReadLog(os.DirFS(dir))
	product := "content/products/thanh-tri/banh-chung-tranh-khuc.toml"
	if _, err := fs.ReadFile(log, product); err != nil {
		t.Fatal(err)
	}
	edit(t, filepath.Join(dir, filepath.FromSlash(product)), "gói lá dong", "gói lá dong rừng")
	read, _ := hashAll(t, os.DirFS(dir), opts, log.Have)
	after, _ := hashAll(t, os.DirFS(dir), opts, nil)
	if read == after || read != key {
		t.Errorf("the key of the bytes read should be the key before the edit (%s), not after (%s); got %s", key, after, read)
	}
	// Read again, with other bytes: the build saw two versions, and no
	// listing matches what the log keeps of the file.
	if _, err := fs.ReadFile(log, product); err != nil {
		t.Fatal(err)
	}
	files, _ := stamp.Scan(os.DirFS(dir), product)
	if in, ok := log.Have(files[0]); !ok || in.FileStat == files[0] {
		t.Errorf("a file read twice with different bytes is kept as %+v, %t: it would pass for unchanged", in, ok)
	}
}

// TestFirstBuildSeesChangesDuringIt: an input that changes while a first
// build runs, after the build read it or before, never lets the next build
// say it is up to date with a site that lacks the change. hookFS edits the
// catalogue when the build opens the theme's product template, and serves
// the template as it was.
func TestFirstBuildSeesChangesDuringIt(t *testing.T) {
	for _, tc := range []string{"a template, read before the change", "a record, added after loading"} {
		t.Run(tc, func(t *testing.T) {
			dir := snapshotExample(t)
			edit(t, filepath.Join(dir, "ocopgen.toml"), `theme = "default"`, `theme = "x"`)
			tmpl := filepath.Join(dir, "themes", "x", "templates", "product.html")
			b, err := fs.ReadFile(theme.FS, "templates/product.html")
			if err != nil {
				t.Fatal(err)
			}
			os.MkdirAll(filepath.Dir(tmpl), 0o755)
			os.WriteFile(tmpl, b, 0o644)
			age(t, dir)
			act := func() { edit(t, tmpl, "OCOP {{tierName .Tier}}", "OCOP ĐÃ-SỬA {{tierName .Tier}}") }
			if strings.HasPrefix(tc, "a record") {
				act = func() {
					p, _ := os.ReadFile(filepath.Join(dir, "content", "products", "thanh-tri", "banh-chung-tranh-khuc.toml"))
					s := strings.Replace(string(p), `name = "`, `name = "ĐÃ-SỬA `, 1)
					os.WriteFile(filepath.Join(dir, "content", "products", "thanh-tri", "moi.toml"), []byte(s), 0o644)
				}
			}
			opts := Options{Today: exampleDate, CacheDir: filepath.Join(dir, ".ocopgen-cache")}
			dest := filepath.Join(t.TempDir(), "public")
			src := &hookFS{FS: os.DirFS(dir), name: "themes/x/templates/product.html", act: act}
			if _, err := Publish(context.Background(), src, dest, opts); err != nil {
				t.Fatal(err)
			}
			rebuilt(t, dir, dest, opts)
			page, _ := os.ReadFile(filepath.Join(dest, "san-pham", "banh-chung-tranh-khuc", "index.html"))
			if strings.HasPrefix(tc, "a record") {
				page, _ = os.ReadFile(filepath.Join(dest, "quan-huyen", "thanh-tri", "index.html"))
			}
			if !strings.Contains(string(page), "ĐÃ-SỬA") {
				t.Error("the second build's site does not show the change")
			}
		})
	}
}

// hookFS runs act when the file name is first read, and serves that read
// the bytes the file had when opened.
type hookFS struct {
	fs.FS
	name string
	act  func()
	once sync.Once
}

func (h *hookFS) Open(name string) (fs.File, error) {
	if name != h.name {
		return h.FS.Open(name)
	}
	b, err := fs.ReadFile(h.FS, name)
	if err != nil {
		return nil, err
	}
	fi, err := fs.Stat(h.FS, name)
	if err != nil {
		return nil, err
	}
	f, err := fstest.MapFS{name: {Data: b, ModTime: fi.ModTime(), Mode: fi.Mode()}}.Open(name)
	return &hookFile{f, h}, err
}

type hookFile struct {
	fs.File
	h *hookFS
}

func (f *hookFile) Read(p []byte) (int, error) {
	f.h.once.Do(f.h.act)
	return f.File.Read(p)
}

// hashAll is the key of the catalogue in fsys, hashing every input afresh
// but those have gives.
func hashAll(t *testing.T, fsys fs.FS, opts Options, have func(stamp.FileStat) (stamp.Input, bool)) (string, []stamp.Input) {
	t.Helper()
	files, err := stamp.Scan(fsys, stamp.Roots...)
	if err != nil {
		t.Fatal(err)
	}
	if have == nil {
		have = (*stamp.Record)(nil).Unchanged()
	}
	key, inputs, err := stamp.Key(context.Background(), fsys, keyParams(opts), files, have, nil)
	if err != nil {
		t.Fatal(err)
	}
	return key, inputs
}

// age sets the time of every file under dir an hour back: a catalogue at
// rest, not one just written (whose files a build cannot trust to be as
// they were when it read them).
func age(t *testing.T, dir string) {
	t.Helper()
	then := time.Now().Add(-time.Hour)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.Chtimes(p, then, then)
		}
		return err
	})
}

// TestPublishRecordsOnlySteadyBuilds: a change made while a build runs and
// undone before it ends (a file renamed away and back; saved the way vim
// saves, by writing a new file; edited and put back, as git stash … pop
// does) leaves no record, so the next build builds again, whether or not
// a record existed before.
func TestPublishRecordsOnlySteadyBuilds(t *testing.T) {
	const rel = "content/products/bac-tu-liem/hoa-ly-tay-tuu.toml"
	for _, tc := range []struct {
		name   string
		stamp  bool // a record exists before the build
		during func(t *testing.T, dir string) fs.FS
	}{
		{"renamed away and back while listed", false, func(t *testing.T, dir string) fs.FS {
			full := filepath.Join(dir, filepath.FromSlash(rel))
			return &listHook{FS: os.DirFS(dir), dir: path.Dir(rel),
				before: func() { os.Rename(full, full+"~") },
				after:  func() { os.Rename(full+"~", full) }}
		}},
		{"saved as a new file while listed", false, func(t *testing.T, dir string) fs.FS {
			full := filepath.Join(dir, filepath.FromSlash(rel))
			return &listHook{FS: os.DirFS(dir), dir: path.Dir(rel),
				before: func() { os.Rename(full, full+"~") },
				after: func() {
					b, _ := os.ReadFile(full + "~")
					os.WriteFile(full, b, 0o644)
					os.Remove(full + "~")
				}}
		}},
		{"edited when read, put back after", true, func(t *testing.T, dir string) fs.FS {
			full := filepath.Join(dir, filepath.FromSlash(rel))
			orig, _ := os.ReadFile(full)
			return &hookFS{FS: os.DirFS(dir), name: rel, act: func() {
				os.WriteFile(full, []byte(strings.Replace(string(orig), `summary = "`, `summary = "TẠM `, 1)), 0o644)
				later := time.Now().Add(time.Second)
				os.Chtimes(full, later, later)
			}}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := snapshotExample(t)
			age(t, dir)
			full := filepath.Join(dir, filepath.FromSlash(rel))
			orig, _ := os.ReadFile(full)
			origInfo, _ := os.Stat(full)
			opts := Options{Today: exampleDate, CacheDir: filepath.Join(dir, ".ocopgen-cache")}
			dest := filepath.Join(t.TempDir(), "public")
			if tc.stamp {
				if _, err := Publish(context.Background(), os.DirFS(dir), dest, opts); err != nil {
					t.Fatal(err)
				}
				edit(t, filepath.Join(dir, "content", "products", "thanh-tri", "banh-chung-tranh-khuc.toml"), "gói lá dong", "gói lá dong rừng")
			}
			if _, err := Publish(context.Background(), tc.during(t, dir), dest, opts); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(full, orig, 0o644) // as before the build, time included
			os.Chtimes(full, origInfo.ModTime(), origInfo.ModTime())
			rebuilt(t, dir, dest, opts)
			page, err := os.ReadFile(filepath.Join(dest, "san-pham", "hoa-ly-tay-tuu", "index.html"))
			if err != nil || strings.Contains(string(page), "TẠM") {
				t.Errorf("the product's page is not as its record: %v", err)
			}
		})
	}
}

// listHook calls before when the build lists the folder dir (the second
// listing: the first is the build's own list of its inputs), and after
// when that listing is done.
type listHook struct {
	fs.FS
	dir           string
	n             int
	mu            sync.Mutex
	before, after func()
}

func (h *listHook) ReadDir(name string) ([]fs.DirEntry, error) {
	h.mu.Lock()
	if name == h.dir {
		h.n++
	}
	hit := name == h.dir && h.n == 2
	h.mu.Unlock()
	if hit {
		h.before()
		defer h.after()
	}
	return fs.ReadDir(h.FS, name)
}

// TestPublishRecordsWithBrokenLinks: a broken link, or a loop of links,
// among the inputs does not keep a build from being recorded.
func TestPublishRecordsWithBrokenLinks(t *testing.T) {
	dir := snapshotExample(t)
	if err := os.Symlink("/khong/co", filepath.Join(dir, "content", "ghi-chu.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink("vong", filepath.Join(dir, "content", "vong"))
	age(t, dir)
	opts := Options{Today: exampleDate, CacheDir: filepath.Join(dir, ".ocopgen-cache")}
	dest := filepath.Join(t.TempDir(), "public")
	for run := range 2 {
		res, err := Publish(context.Background(), os.DirFS(dir), dest, opts)
		if err != nil {
			t.Fatal(err)
		}
		if res.UpToDate != (run == 1) {
			t.Errorf("build %d: up to date %t", run+1, res.UpToDate)
		}
	}
}

// TestPublishSeesChangesOnInsensitiveDisks: on a disk that finds a name
// by its NFC form while listing it in NFD (as macOS's APFS does), the
// build opens a file by one name and lists it by the other; an edit of
// that file during the build still leaves no record.
func TestPublishSeesChangesOnInsensitiveDisks(t *testing.T) {
	dir := snapshotExample(t)
	folder := filepath.Join(dir, "content", "products", "bac-tu-liem")
	nfd := "hoa-ly-ta\u0302y-tu\u031b\u0323u.toml" // hoa-ly-tây-tựu.toml, decomposed
	if err := os.Rename(filepath.Join(folder, "hoa-ly-tay-tuu.toml"), filepath.Join(folder, nfd)); err != nil {
		t.Fatal(err)
	}
	age(t, dir)
	opts := Options{Today: exampleDate, CacheDir: filepath.Join(dir, ".ocopgen-cache")}
	dest := filepath.Join(t.TempDir(), "public")
	disk := insensitiveFS{dir}
	src := &hookFS{FS: disk, name: "content/products/bac-tu-liem/" + vntext.NFC(nfd), act: func() {
		edit(t, filepath.Join(folder, nfd), "Hoa ly Tây Tựu", "Hoa ly ĐÃ-SỬA")
	}}
	if _, err := Publish(context.Background(), src, dest, opts); err != nil {
		t.Fatal(err)
	}
	if res, err := Publish(context.Background(), disk, dest, opts); err != nil || res.UpToDate {
		t.Errorf("the next build: %v, up to date %t; but a file changed while the last one ran", err, err == nil && res.UpToDate)
	}
}

// insensitiveFS opens a file of root by any normalization of its name, as
// APFS does, and lists names as they are on disk.
type insensitiveFS struct{ root string }

func (d insensitiveFS) Open(name string) (fs.File, error) {
	real := "."
	for _, part := range strings.Split(name, "/") {
		next := path.Join(real, part)
		if entries, err := os.ReadDir(filepath.Join(d.root, real)); err == nil {
			for _, e := range entries {
				if vntext.NFC(e.Name()) == vntext.NFC(part) {
					next = path.Join(real, e.Name())
				}
			}
		}
		real = next
	}
	f, err := os.DirFS(d.root).Open(real)
	if pe, ok := err.(*fs.PathError); ok {
		pe.Path = name
	}
	return f, err
}

// rebuilt publishes the catalogue in dir again, after a build during which
// an input changed: it must build, not find itself up to date.
func rebuilt(t *testing.T, dir, dest string, opts Options) {
	t.Helper()
	res, err := Publish(context.Background(), os.DirFS(dir), dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.UpToDate {
		t.Fatal("the next build says it is up to date, but an input changed while the last one ran")
	}
}

// TestPublishNamesUnreadableFiles: a record that cannot be read is named
// as in the catalogue, not by its path on this machine, whether the build
// reads through the log or not.
func TestPublishNamesUnreadableFiles(t *testing.T) {
	dir := snapshotExample(t)
	if err := os.Symlink(t.TempDir(), filepath.Join(dir, "content", "products", "lien-ket.toml")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for _, cache := range []string{"", filepath.Join(dir, ".ocopgen-cache")} {
		res, err := Publish(context.Background(), os.DirFS(dir), filepath.Join(t.TempDir(), "public"), Options{Today: exampleDate, CacheDir: cache})
		if err == nil {
			t.Fatal("a record that is a folder built")
		}
		found := false
		for _, p := range res.Problems {
			if p.File == "content/products/lien-ket.toml" {
				found = true
				if !strings.Contains(p.Message, "is a directory") || strings.Contains(p.Message, dir) {
					t.Errorf("cache %q: %s", cache, p.Message)
				}
			}
		}
		if !found {
			t.Errorf("cache %q: no problem names the record: %v", cache, res.Problems)
		}
	}
}
