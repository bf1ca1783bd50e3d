package watch

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// These tests use real files and the system's real file events. They wait
// generously for a batch and never assert on elapsed time; "no batch" is
// checked by waiting well past the quiet period.

// wait is how long a test waits for a batch that must come.
const wait = 20 * time.Second

// syncBuffer is a log safe to read while the watcher writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// catalogue writes a small tree: ocopgen.toml, content/a.toml,
// content/sub/b.toml, and public/ (not watched).
func catalogue(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	write(t, root, "ocopgen.toml", "title = \"T\"\n")
	write(t, root, "content/a.toml", "name = \"A\"\n")
	write(t, root, "content/sub/b.toml", "name = \"B\"\n")
	write(t, root, "public/index.html", "<p>old</p>\n")
	return root
}

func write(t *testing.T, root, name, data string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rename(t *testing.T, root, from, to string) {
	t.Helper()
	if err := os.Rename(filepath.Join(root, from), filepath.Join(root, to)); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, root, name string) {
	t.Helper()
	if err := os.RemoveAll(filepath.Join(root, name)); err != nil {
		t.Fatal(err)
	}
}

func start(t *testing.T, root string, opts Options) (*Watcher, *syncBuffer) {
	t.Helper()
	log := &syncBuffer{}
	opts.Log = log
	w, err := New(root, []string{"ocopgen.toml", "content", "themes"}, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w, log
}

// next waits for the next batch.
func next(t *testing.T, w *Watcher) []string {
	t.Helper()
	select {
	case b, ok := <-w.Batches():
		if !ok {
			t.Fatal("the watcher stopped")
		}
		return b
	case <-time.After(wait):
		t.Fatalf("no batch after %v", wait)
		return nil
	}
}

// none checks that no batch comes for a while.
func none(t *testing.T, w *Watcher) {
	t.Helper()
	select {
	case b := <-w.Batches():
		t.Fatalf("unexpected batch %q", b)
	case <-time.After(time.Second):
	}
}

func want(t *testing.T, got []string, want ...string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Fatalf("batch %q, want %q", got, want)
	}
}

func TestEdit(t *testing.T) {
	root := catalogue(t)
	w, _ := start(t, root, Options{})
	write(t, root, "content/a.toml", "name = \"A2\"\n")
	want(t, next(t, w), "content/a.toml")
	write(t, root, "content/sub/b.toml", "name = \"B2\"\n")
	want(t, next(t, w), "content/sub/b.toml")
	write(t, root, "ocopgen.toml", "title = \"T2\"\n")
	want(t, next(t, w), "ocopgen.toml")
}

// TestAtomicSaves saves as editors do: a new file renamed over the old one,
// with backup, swap and probe files around it. Each save is one batch naming
// only the saved file, and the file is still watched afterwards.
func TestAtomicSaves(t *testing.T) {
	root := catalogue(t)
	w, _ := start(t, root, Options{})

	// A plain atomic save of the settings, at the root.
	write(t, root, "ocopgen.toml.tmp-123", "title = \"T2\"\n")
	rename(t, root, "ocopgen.toml.tmp-123", "ocopgen.toml")
	want(t, next(t, w), "ocopgen.toml")
	write(t, root, "ocopgen.toml", "title = \"T3\"\n")
	want(t, next(t, w), "ocopgen.toml")

	// vim with backupcopy=no: probe file 4913, swap file, backup a.toml~.
	write(t, root, "content/4913", "")
	remove(t, root, "content/4913")
	write(t, root, "content/.a.toml.swp", "swap")
	write(t, root, "content/.a.toml.swx", "swap")
	rename(t, root, "content/a.toml", "content/a.toml~")
	write(t, root, "content/a.toml", "name = \"vim\"\n")
	remove(t, root, "content/a.toml~")
	remove(t, root, "content/.a.toml.swp")
	want(t, next(t, w), "content/a.toml")

	// JetBrains safe write.
	write(t, root, "content/sub/b.toml___jb_tmp___", "name = \"jb\"\n")
	rename(t, root, "content/sub/b.toml", "content/sub/b.toml___jb_old___")
	rename(t, root, "content/sub/b.toml___jb_tmp___", "content/sub/b.toml")
	remove(t, root, "content/sub/b.toml___jb_old___")
	want(t, next(t, w), "content/sub/b.toml")

	// emacs: lock file, auto-save file.
	write(t, root, "content/.#a.toml", "lock")
	write(t, root, "content/#a.toml#", "autosave")
	write(t, root, "content/a.toml", "name = \"emacs\"\n")
	remove(t, root, "content/.#a.toml")
	remove(t, root, "content/#a.toml#")
	want(t, next(t, w), "content/a.toml")

	// The saved files are still watched.
	write(t, root, "content/a.toml", "name = \"again\"\n")
	want(t, next(t, w), "content/a.toml")
}

// TestIgnored: chmod, editors' files, and files outside the watched paths
// give no batch.
func TestIgnored(t *testing.T) {
	root := catalogue(t)
	w, _ := start(t, root, Options{})
	if err := os.Chmod(filepath.Join(root, "content/a.toml"), 0o600); err != nil {
		t.Fatal(err)
	}
	write(t, root, "content/.a.toml.swp", "swap")
	write(t, root, "content/a.toml~", "backup")
	write(t, root, "content/4913", "")
	write(t, root, "public/index.html", "<p>new</p>\n")
	write(t, root, "notes.txt", "not watched\n")
	none(t, w)
	// The watcher is alive, and the ignored files are not in the next batch.
	write(t, root, "content/sub/b.toml", "name = \"B2\"\n")
	want(t, next(t, w), "content/sub/b.toml")
}

// TestNewFolders: folders created while watching are watched, with the
// files written into them before their watch existed.
func TestNewFolders(t *testing.T) {
	root := catalogue(t)
	w, _ := start(t, root, Options{})
	write(t, root, "content/new/deep/x.toml", "x\n")
	// The folder and the file may come in one batch or two, as the
	// watcher sees the folder before the file is written.
	if got := upTo(t, w, root); !got["content/new/deep/x.toml"] || !got["content/new"] {
		t.Fatalf("batches %q, want content/new and content/new/deep/x.toml", slices.Sorted(maps.Keys(got)))
	}
	write(t, root, "content/new/deep/y.toml", "y\n")
	want(t, next(t, w), "content/new/deep/y.toml")

	// A theme folder, which did not exist when the watcher started.
	write(t, root, "themes/mine/static/style.css", "body{}\n")
	if got := upTo(t, w, root); !got["themes/mine/static/style.css"] {
		t.Fatalf("batches %q, want themes/mine/static/style.css", slices.Sorted(maps.Keys(got)))
	}
	write(t, root, "themes/mine/static/style.css", "body{color:red}\n")
	want(t, next(t, w), "themes/mine/static/style.css")
}

func TestDelete(t *testing.T) {
	root := catalogue(t)
	w, _ := start(t, root, Options{})
	remove(t, root, "content/a.toml")
	want(t, next(t, w), "content/a.toml")
	remove(t, root, "content/sub")
	got := next(t, w)
	if !slices.Contains(got, "content/sub") {
		t.Fatalf("batch %q, want content/sub", got)
	}
	// Created again, it is watched again.
	write(t, root, "content/sub/c.toml", "c\n")
	got = next(t, w)
	if !slices.Contains(got, "content/sub/c.toml") {
		t.Fatalf("batch %q, want content/sub/c.toml", got)
	}
	write(t, root, "content/sub/c.toml", "c2\n")
	want(t, next(t, w), "content/sub/c.toml")
}

// TestRenameFolder: after a folder is renamed, changes inside it are
// reported under its new name.
func TestRenameFolder(t *testing.T) {
	root := catalogue(t)
	write(t, root, "content/sub/inner/c.toml", "c\n")
	w, _ := start(t, root, Options{})
	rename(t, root, "content/sub", "content/moved")
	got := next(t, w)
	for _, p := range []string{"content/sub", "content/moved", "content/moved/b.toml", "content/moved/inner/c.toml"} {
		if !slices.Contains(got, p) {
			t.Fatalf("batch %q, want %s in it", got, p)
		}
	}
	write(t, root, "content/moved/inner/c.toml", "c2\n")
	want(t, next(t, w), "content/moved/inner/c.toml")
	// Renamed out of the watched paths: gone, and no longer reported.
	rename(t, root, "content/moved", "elsewhere")
	want(t, next(t, w), "content/moved")
	write(t, root, "elsewhere/inner/c.toml", "c3\n")
	none(t, w)
}

// TestBurst: hundreds of files written at once, as by a git checkout, give
// exactly one batch.
func TestBurst(t *testing.T) {
	root := catalogue(t)
	// A longer quiet period than the default, so that a slow machine
	// writing the files does not pause long enough to split the batch.
	w, _ := start(t, root, Options{quiet: 500 * time.Millisecond, maxWait: time.Minute})
	var files []string
	for i := range 300 {
		name := fmt.Sprintf("content/d%d/p%03d.toml", i%10, i)
		files = append(files, name)
		write(t, root, name, fmt.Sprintf("name = \"P%d\"\n", i))
	}
	got := next(t, w)
	var gotFiles []string
	for _, p := range got {
		if strings.HasSuffix(p, ".toml") {
			gotFiles = append(gotFiles, p)
		}
	}
	slices.Sort(files)
	if !slices.Equal(gotFiles, files) {
		t.Fatalf("the batch has %d files, want the 300 written: %q", len(gotFiles), got)
	}
	none(t, w)
}

// TestQuietOne: a save of one file is sent after the short quiet period,
// not the long one; a second file changed in the meantime makes the batch
// wait for the long one, so both come together.
func TestQuietOne(t *testing.T) {
	root := catalogue(t)
	w, _ := start(t, root, Options{quiet: time.Hour, maxWait: time.Hour})
	write(t, root, "content/a.toml", "name = \"A2\"\n")
	want(t, next(t, w), "content/a.toml") // next gives up long before an hour

	// Wide margins: the short period is 100 ms, the long one 5 s, and the
	// third file comes half a second after the first two.
	w, _ = start(t, root, Options{quiet: 5 * time.Second, quietOne: 100 * time.Millisecond, maxWait: time.Minute})
	write(t, root, "content/a.toml", "name = \"A3\"\n")
	write(t, root, "content/sub/b.toml", "name = \"B3\"\n")
	time.Sleep(500 * time.Millisecond)
	write(t, root, "content/sub/c.toml", "name = \"C3\"\n")
	want(t, next(t, w), "content/a.toml", "content/sub/b.toml", "content/sub/c.toml")
}

// TestPolling checks the watcher that walks the tree, as used when the
// system refuses file events.
func TestPolling(t *testing.T) {
	root := catalogue(t)
	w, _ := start(t, root, Options{pollOnly: true, pollInterval: 20 * time.Millisecond})
	if !w.polling.Load() {
		t.Fatal("the watcher does not poll")
	}
	write(t, root, "content/a.toml", "name = \"A, longer\"\n")
	want(t, next(t, w), "content/a.toml")
	write(t, root, "content/new/x.toml", "x\n")
	want(t, next(t, w), "content/new", "content/new/x.toml")
	remove(t, root, "content/sub")
	want(t, next(t, w), "content/sub", "content/sub/b.toml")
	write(t, root, "content/.x.toml.swp", "swap")
	write(t, root, "public/index.html", "<p>new, longer</p>\n")
	none(t, w)
	write(t, root, "ocopgen.toml.tmp", "title = \"Longer title\"\n")
	rename(t, root, "ocopgen.toml.tmp", "ocopgen.toml")
	want(t, next(t, w), "ocopgen.toml")
}

// refuse makes the system refuse watches on folders named name, as Linux
// does when fs.inotify.max_user_watches is reached.
func refuse(name string) func(*fsnotify.Watcher, string) error {
	return func(fsw *fsnotify.Watcher, dir string) error {
		if filepath.Base(dir) == name {
			return fmt.Errorf("add %s: %w", dir, syscall.ENOSPC)
		}
		return fsw.Add(dir)
	}
}

func TestFallBackAtStart(t *testing.T) {
	root := catalogue(t)
	w, log := start(t, root, Options{pollInterval: 20 * time.Millisecond, addWatch: refuse("sub")})
	if !w.polling.Load() {
		t.Fatal("the watcher does not poll after ENOSPC")
	}
	if !strings.Contains(log.String(), "sudo sysctl fs.inotify.max_user_watches=524288") || !strings.Contains(log.String(), "polling") {
		t.Errorf("the message does not give the fix:\n%s", log)
	}
	write(t, root, "content/sub/b.toml", "name = \"B, longer\"\n")
	want(t, next(t, w), "content/sub/b.toml")
}

func TestFallBackWhileRunning(t *testing.T) {
	root := catalogue(t)
	w, log := start(t, root, Options{pollInterval: 20 * time.Millisecond, addWatch: refuse("new")})
	if w.polling.Load() {
		t.Fatal("polling from the start")
	}
	write(t, root, "content/new/x.toml", "x\n")
	got := next(t, w)
	// Events may be lost while switching: the batch names the file, or a
	// folder holding it.
	if !slices.Contains(got, "content/new/x.toml") && !slices.Contains(got, "content/new") && !slices.Contains(got, "content") {
		t.Fatalf("batch %q, want content/new/x.toml or a folder holding it", got)
	}
	if !w.polling.Load() {
		t.Fatal("the watcher does not poll after ENOSPC")
	}
	if !strings.Contains(log.String(), "sudo sysctl fs.inotify.max_user_watches=524288") {
		t.Errorf("the message does not give the fix:\n%s", log)
	}
	write(t, root, "content/new/x.toml", "x, longer\n")
	want(t, next(t, w), "content/new/x.toml")
}

func TestIgnoredNames(t *testing.T) {
	for name, want := range map[string]bool{
		"4913": true, ".a.toml.swp": true, ".a.toml.swx": true, "a.toml~": true, "#a.md#": true,
		".#a.md": true, "a.toml___jb_tmp___": true, "a.toml___jb_old___": true,
		"a.toml": false, "banh-chung.svg": false, "#hashtag.md": false, "a.md": false,
	} {
		if ignored(name) != want {
			t.Errorf("ignored(%q) = %v, want %v", name, !want, want)
		}
	}
}

func TestClose(t *testing.T) {
	root := catalogue(t)
	w, err := New(root, []string{"content"}, Options{Log: &syncBuffer{}})
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	w.Close()
	if _, ok := <-w.Batches(); ok {
		t.Fatal("batches after Close")
	}
}

// atomicSave saves name as sed -i and many editors do: the new text is
// written to a temporary file in the same folder, renamed over the file.
func atomicSave(t *testing.T, root, name, temp, data string) {
	t.Helper()
	tmp := path.Join(path.Dir(name), temp)
	write(t, root, tmp, data)
	rename(t, root, tmp, name)
}

// TestAtomicSavesInFolders: a temporary file renamed over a record, in any
// folder of content/ and themes/, is that record's change only, whatever
// the temporary file is called; a record deleted in the same batch is
// still a change.
func TestAtomicSavesInFolders(t *testing.T) {
	for _, poll := range []bool{false, true} {
		t.Run(map[bool]string{false: "events", true: "polling"}[poll], func(t *testing.T) {
			root := catalogue(t)
			const rec = "content/products/ha-noi/banh-cuon.toml"
			const tmpl = "themes/mine/templates/product.html"
			write(t, root, rec, "name = \"Bánh cuốn\"\n")
			write(t, root, tmpl, "{{define \"main\"}}{{end}}\n")
			// A quiet period longer than any stall between an editor's
			// write of its temporary file and the rename, on a busy
			// machine: a batch that ends between the two names the
			// temporary file, as it then exists (what serve does with
			// such a batch is a full reload, which is correct, only slow).
			w, _ := start(t, root, Options{pollOnly: poll, pollInterval: 20 * time.Millisecond, quiet: 300 * time.Millisecond, quietOne: 300 * time.Millisecond})
			for i, temp := range []string{"sedAbc123", "banh-cuon.toml.tmp", ".banh-cuon.toml.XXXX", "banh-cuon.toml.tmp.123", ".goutputstream-Q1W2E3"} {
				atomicSave(t, root, rec, temp, fmt.Sprintf("name = \"Bánh cuốn %d\"\n", i))
				settled(t, w, root, rec)
			}
			atomicSave(t, root, tmpl, ".product.html.swp.tmp", "{{define \"main\"}}<p>{{end}}\n")
			settled(t, w, root, tmpl)

			// A folder made while watching; a save in it.
			const fresh = "content/products/hai-phong/nem-cua-be.toml"
			write(t, root, fresh, "name = \"Nem cua bể\"\n")
			settled(t, w, root, "content/products/hai-phong", fresh)
			atomicSave(t, root, fresh, "sedXyZ987", "name = \"Nem cua bể 2\"\n")
			settled(t, w, root, fresh)

			// A record saved atomically, then deleted: it is gone, and
			// that is a change.
			atomicSave(t, root, rec, "sedQwe456", "name = \"Bánh cuốn cuối\"\n")
			remove(t, root, rec)
			settled(t, w, root, rec)

			// A temporary file that came and went alone is no change.
			write(t, root, "content/products/ha-noi/sedTmp000", "x\n")
			remove(t, root, "content/products/ha-noi/sedTmp000")
			settled(t, w, root)
		})
	}
}

// settled writes a marker file and takes batches until one names it,
// then checks that together they named exactly paths and the marker. A
// walk of the polling watcher may fall between two steps of a save and
// split its changes over two batches; what matters is which paths come,
// never a temporary one.
func settled(t *testing.T, w *Watcher, root string, paths ...string) {
	t.Helper()
	got := upTo(t, w, root)
	if names := slices.Sorted(maps.Keys(got)); !slices.Equal(names, paths) {
		t.Fatalf("batches named %q, want %q", names, paths)
	}
}

// upTo writes a marker file and returns the paths of the batches up to the
// one that names it, the marker left out.
func upTo(t *testing.T, w *Watcher, root string) map[string]bool {
	t.Helper()
	const marker = "content/sub/marker.toml"
	seq++
	write(t, root, marker, fmt.Sprintf("n = %d\n", seq))
	got := map[string]bool{}
	for !got[marker] {
		for _, p := range next(t, w) {
			got[p] = true
		}
	}
	delete(got, marker)
	return got
}

var seq int

// TestPollingSeesTemporaryFile: when a walk of the tree finds an editor's
// temporary file before it is renamed over the file it saves, the batch
// still names the saved file alone.
func TestPollingSeesTemporaryFile(t *testing.T) {
	root := catalogue(t)
	const rec = "content/products/ha-noi/banh-cuon.toml"
	write(t, root, rec, "name = \"Bánh cuốn\"\n")
	// Walks every 10 ms; a single change waits for 2 s of quiet, long
	// after walks have seen the temporary file come and go.
	w, _ := start(t, root, Options{pollOnly: true, pollInterval: 10 * time.Millisecond, quiet: 2 * time.Second, quietOne: 2 * time.Second})
	write(t, root, "content/products/ha-noi/sedAbc123", "name = \"Bánh cuốn mới\"\n")
	time.Sleep(300 * time.Millisecond) // for walks to find it
	rename(t, root, "content/products/ha-noi/sedAbc123", rec)
	want(t, next(t, w), rec)
}
