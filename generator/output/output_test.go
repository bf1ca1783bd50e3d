package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// site is a small site: names and contents.
var site = map[string][]byte{
	"index.html":                        []byte("<!DOCTYPE html><title>Trang chủ</title>"),
	"404.html":                          []byte("không thấy"),
	"assets/style.css":                  []byte("body{margin:0}"),
	"san-pham/banh-chung/index.html":    []byte("Bánh chưng Tranh Khúc"),
	"san-pham/com-lang-vong/index.html": []byte("Cốm làng Vòng"),
	"du-lieu/san-pham.csv":              []byte("\ufeffslug,name\n"),
}

// published is files as a site that Publish wrote holds them: with Marker.
func published(files map[string][]byte) map[string][]byte {
	out := maps.Clone(files)
	out[Marker] = []byte(markerText)
	return out
}

// writeAll writes files into w from one goroutine per file, as a build does.
func writeAll(w Writer, files map[string][]byte) error {
	var wg sync.WaitGroup
	errs := make(chan error, len(files))
	for name, data := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- w.WriteFile(name, data)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
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

// writeTree creates files under dir.
func writeTree(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func sameTree(t *testing.T, got, want map[string][]byte) {
	t.Helper()
	for name, w := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s is missing", name)
		} else if !bytes.Equal(g, w) {
			t.Errorf("%s = %q, want %q", name, g, w)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected file %s", name)
		}
	}
}

// onlyEntries checks that the folder parent holds exactly the entries
// names: in particular no staging folder (".<dest>.new-…") is left.
func onlyEntries(t *testing.T, parent string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
		if strings.HasPrefix(e.Name(), ".") && strings.Contains(e.Name(), ".new-") {
			t.Errorf("staging folder %s left in %s", e.Name(), parent)
		}
	}
	slices.Sort(names)
	if !slices.Equal(got, names) {
		t.Errorf("%s holds %q, want %q", parent, got, names)
	}
}

func TestPublishNewFolder(t *testing.T) {
	parent := filepath.Join(t.TempDir(), "a", "b") // does not exist yet
	dest := filepath.Join(parent, "site")
	if _, err := Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, site) }); err != nil {
		t.Fatal(err)
	}
	sameTree(t, readTree(t, dest), published(site))
	fi, err := os.Stat(dest)
	if err != nil {
		t.Fatal(err)
	}
	if !fi.IsDir() || fi.Mode().Perm() != 0o755 {
		t.Errorf("dest mode %v, want a folder with mode 0755 (readable by a web server)", fi.Mode())
	}
	onlyEntries(t, parent, "site")
}

func TestPublishExistingFolder(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "site")
	old := map[string][]byte{
		"index.html":                  []byte("cũ"),
		"old.html":                    []byte("trang cũ"),
		"san-pham/da-xoa/index.html":  []byte("sản phẩm đã xoá"),
		"san-pham/banh-chung/old.jpg": []byte("ảnh cũ"),
		Marker:                        []byte("an earlier version's marker"),
	}
	writeTree(t, dest, old)
	if err := os.MkdirAll(filepath.Join(dest, "empty", "folder"), 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, site) })
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, readTree(t, dest), published(site))
	sameListing(t, dest, files)
	for _, gone := range []string{"san-pham/da-xoa", "empty"} {
		if _, err := os.Stat(filepath.Join(dest, gone)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s/ of the old site is still there (stat: %v)", gone, err)
		}
	}
	onlyEntries(t, parent, "site")

	// And once more over the site just published: the files whose bytes
	// did not change are linked, not written.
	next := maps.Clone(site)
	next["index.html"] = []byte("mới")
	files, err = Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, next) })
	if err != nil {
		t.Fatal(err)
	}
	sameTree(t, readTree(t, dest), published(next))
	sameListing(t, dest, files)
	onlyEntries(t, parent, "site")
}

// sameListing checks that the files Publish returned are those a listing of
// dest shows, with the same sizes and times.
func sameListing(t *testing.T, dest string, files []File) {
	t.Helper()
	var want []File
	filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			fi, _ := d.Info()
			rel, _ := filepath.Rel(dest, p)
			want = append(want, File{filepath.ToSlash(rel), fi.Size(), fi.ModTime()})
		}
		return nil
	})
	if !slices.EqualFunc(files, want, func(a, b File) bool { return a.Name == b.Name && a.Size == b.Size && a.ModTime.Equal(b.ModTime) }) {
		t.Errorf("Publish returned\n%v\nthe folder has\n%v", files, want)
	}
}

func TestPublishBuildErrorLeavesDest(t *testing.T) {
	errBuild := errors.New("the catalogue has errors")
	failing := func(w Writer) error {
		if err := writeAll(w, map[string][]byte{"index.html": []byte("nửa chừng"), "moi/index.html": []byte("mới")}); err != nil {
			return err
		}
		return fmt.Errorf("building: %w", errBuild)
	}

	t.Run("existing", func(t *testing.T) {
		parent := t.TempDir()
		dest := filepath.Join(parent, "site")
		writeTree(t, dest, published(site))
		if _, err := Publish(context.Background(), dest, false, failing); !errors.Is(err, errBuild) {
			t.Errorf("Publish returned %v, want the build's error", err)
		}
		sameTree(t, readTree(t, dest), published(site))
		onlyEntries(t, parent, "site")
	})

	t.Run("new", func(t *testing.T) {
		parent := t.TempDir()
		dest := filepath.Join(parent, "site")
		if _, err := Publish(context.Background(), dest, false, failing); !errors.Is(err, errBuild) {
			t.Errorf("Publish returned %v, want the build's error", err)
		}
		if _, err := os.Stat(dest); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("a failed build created %s (stat: %v)", dest, err)
		}
		onlyEntries(t, parent)
	})
}

func TestPublishInvalidName(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "site")
	writeTree(t, dest, published(site))
	for _, name := range []string{"../escape.txt", "/abs.txt", "a/../../b.txt", ""} {
		_, err := Publish(context.Background(), dest, false, func(w Writer) error { return w.WriteFile(name, []byte("x")) })
		if err == nil {
			t.Errorf("WriteFile(%q) was accepted", name)
		}
	}
	sameTree(t, readTree(t, dest), published(site))
	onlyEntries(t, parent, "site")
}

func TestPublishDestIsFile(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "site")
	if err := os.WriteFile(dest, []byte("một tệp"), 0o644); err != nil {
		t.Fatal(err)
	}
	called := false
	_, err := Publish(context.Background(), dest, false, func(w Writer) error {
		called = true
		return writeAll(w, site)
	})
	if err == nil {
		t.Fatal("Publish into a regular file succeeded")
	}
	if called {
		t.Error("the build ran although dest is a file")
	}
	if b, err := os.ReadFile(dest); err != nil || string(b) != "một tệp" {
		t.Errorf("dest is now %q (err %v), want the file untouched", b, err)
	}
	onlyEntries(t, parent, "site")
}

func TestMemory(t *testing.T) {
	m := NewMemory()
	if names := m.Names(); len(names) != 0 {
		t.Errorf("new Memory has %q", names)
	}
	if err := writeAll(m, site); err != nil {
		t.Fatal(err)
	}
	if err := m.WriteFile("index.html", []byte("lần hai")); err != nil {
		t.Fatal(err)
	}
	want := make([]string, 0, len(site))
	for name := range site {
		want = append(want, name)
	}
	slices.Sort(want)
	got := m.Names()
	if !slices.IsSorted(got) {
		t.Errorf("Names() is not sorted: %q", got)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
	for name, data := range site {
		if name == "index.html" {
			data = []byte("lần hai")
		}
		if b, ok := m.File(name); !ok || !bytes.Equal(b, data) {
			t.Errorf("File(%q) = %q, %v; want %q", name, b, ok, data)
		}
	}
	if _, ok := m.File("khong-co.html"); ok {
		t.Error("File of a missing name reports it present")
	}
	// The caller may reuse its bytes once WriteFile returns.
	buf := []byte("trang một")
	m.WriteFile("mot.html", buf)
	copy(buf, "TRANG")
	if b, _ := m.File("mot.html"); string(b) != "trang một" {
		t.Errorf("Memory kept the caller's bytes: File = %q after the caller reused them", b)
	}
}

func TestDiscard(t *testing.T) {
	if err := writeAll(Discard{}, site); err != nil {
		t.Errorf("Discard.WriteFile: %v", err)
	}
}

// invalidNames are names that no Writer may accept.
var invalidNames = []string{
	"../escape.txt", "/abs.txt", "a/../../b.txt", "", ".", "a/./b", "a//b", "a/",
	"tim-kiem/chi-muc/s/\xe7\xa6.json", // a character cut in two: not UTF-8
	`a\..\..\b.txt`, "a\x00b",
}

// TestWritersRejectTheSameNames checks that Memory and Discard (used by
// serve and check) refuse exactly what the folder writer (build) refuses,
// so that check cannot pass a catalogue that build fails on.
func TestWritersRejectTheSameNames(t *testing.T) {
	parent := t.TempDir()
	for _, name := range invalidNames {
		if CheckName(name) == nil {
			t.Errorf("CheckName(%q) accepted it", name)
		}
		_, folder := Publish(context.Background(), filepath.Join(parent, "site"), false, func(w Writer) error { return w.WriteFile(name, []byte("x")) })
		for label, err := range map[string]error{
			"folder":  folder,
			"Memory":  NewMemory().WriteFile(name, []byte("x")),
			"Discard": Discard{}.WriteFile(name, []byte("x")),
		} {
			if err == nil {
				t.Errorf("%s: WriteFile(%q) was accepted", label, name)
			} else if !strings.Contains(err.Error(), "invalid output path") {
				t.Errorf("%s: WriteFile(%q): %v, want an invalid output path error", label, name, err)
			}
		}
	}
	m := NewMemory()
	_ = m.WriteFile("tim-kiem/chi-muc/s/\xe7\xa6.json", nil)
	if names := m.Names(); len(names) != 0 {
		t.Errorf("Memory kept %q", names)
	}
	for name := range site {
		if err := CheckName(name); err != nil {
			t.Errorf("CheckName(%q): %v", name, err)
		}
	}
	for _, name := range []string{"tim-kiem/chi-muc/s/_798f.json", "san-pham/bánh-chưng/index.html", "media/ảnh 1.jpg"} {
		if err := CheckName(name); err != nil {
			t.Errorf("CheckName(%q): %v", name, err)
		}
	}
}
