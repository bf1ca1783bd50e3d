//go:build unix

package source

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// tree makes a catalogue folder with every kind of link, and a folder
// beside it that the catalogue's links point into. The named pipes are
// traps: opening one for reading waits for a writer that never comes, so
// a test that reads one hangs instead of passing.
func tree(t *testing.T) (catalogue, outside string) {
	t.Helper()
	base := t.TempDir()
	catalogue, outside = filepath.Join(base, "catalogue"), filepath.Join(base, "outside")
	for _, d := range []string{catalogue, filepath.Join(catalogue, "sub"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, text string) {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(catalogue, "a.txt"), "A")
	write(filepath.Join(catalogue, "sub", "b.txt"), "BB")
	write(filepath.Join(outside, "secret.txt"), "secret")
	for _, p := range []string{filepath.Join(outside, "pipe"), filepath.Join(catalogue, "pipe")} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skip("no named pipes here:", err)
		}
	}
	links := map[string]string{
		"link-a.txt":      "a.txt",
		"sub/up-a.txt":    "../a.txt",
		"chain.txt":       "link-a.txt",
		"abs.txt":         filepath.Join(catalogue, "a.txt"),
		"out.txt":         "../outside/secret.txt",
		"out-abs.txt":     filepath.Join(outside, "secret.txt"),
		"out-pipe":        "../outside/pipe",
		"sub/out-deep":    "../../outside/secret.txt",
		"sub/up":          "..",
		"dir-link":        "sub",
		"up":              "..",
		"root":            "/",
		"broken.txt":      "nothing.txt",
		"broken-deep.txt": "sub/nothing/x.txt",
		"loop1":           "loop2",
		"loop2":           "loop1",
		"self":            "self",
		"to-pipe":         "pipe",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(catalogue, filepath.FromSlash(name))); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	return catalogue, outside
}

func open(t *testing.T, dir string) *FS {
	t.Helper()
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestLinks reads each name through ReadFile, Open and Stat: a link to a
// file inside is that file; every other link is refused at the link.
func TestLinks(t *testing.T) {
	dir, _ := tree(t)
	fsys := open(t, dir)
	type want struct {
		text string // the file's bytes, if it is read
		kind Kind
		at   string // the path of the *Error
	}
	cases := map[string]want{
		"a.txt":              {text: "A"},
		"sub/b.txt":          {text: "BB"},
		"link-a.txt":         {text: "A"},
		"sub/up-a.txt":       {text: "A"},
		"chain.txt":          {text: "A"},
		"abs.txt":            {text: "A"},
		"out.txt":            {kind: Outside, at: "out.txt"},
		"out-abs.txt":        {kind: Outside, at: "out-abs.txt"},
		"out-pipe":           {kind: Outside, at: "out-pipe"},
		"sub/out-deep":       {kind: Outside, at: "sub/out-deep"},
		"dir-link":           {kind: Folder, at: "dir-link"},
		"dir-link/b.txt":     {kind: Folder, at: "dir-link"},
		"up":                 {kind: Outside, at: "up"},
		"up/catalogue/a.txt": {kind: Outside, at: "up"},
		"sub/up":             {kind: Folder, at: "sub/up"},
		"sub/up/a.txt":       {kind: Folder, at: "sub/up"},
		"root":               {kind: Outside, at: "root"},
		"root/etc/passwd":    {kind: Outside, at: "root"},
		"broken.txt":         {kind: Broken, at: "broken.txt"},
		"broken-deep.txt":    {kind: Broken, at: "broken-deep.txt"},
		"loop1":              {kind: Loop, at: "loop1"},
		"self":               {kind: Loop, at: "self"},
		"pipe":               {kind: Irregular, at: "pipe"},
		"to-pipe":            {kind: Irregular, at: "to-pipe"},
	}
	for name, w := range cases {
		check := func(how string, got string, err error) {
			t.Helper()
			var e *Error
			switch {
			case w.at == "" && err != nil:
				t.Errorf("%s %s: %v", how, name, err)
			case w.at == "" && got != w.text:
				t.Errorf("%s %s = %q, want %q", how, name, got, w.text)
			case w.at != "" && !errors.As(err, &e):
				t.Errorf("%s %s: got %q, %v; want an *Error", how, name, got, err)
			case w.at != "" && (e.Kind != w.kind || e.Path != w.at):
				t.Errorf("%s %s: %v at %s (kind %d), want kind %d at %s", how, name, e, e.Path, e.Kind, w.kind, w.at)
			}
		}
		b, err := fsys.ReadFile(name)
		check("ReadFile", string(b), err)
		var text string
		f, err := fsys.Open(name)
		if err == nil {
			var all []byte
			all, err = io.ReadAll(f)
			text = string(all)
			f.Close()
		}
		check("Open", text, err)
		fi, err := fsys.Stat(name)
		switch {
		case w.kind == Irregular && w.at != "":
			if err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
				t.Errorf("Stat %s: %v, %v; want the named pipe described", name, fi, err)
			}
		case w.at != "":
			check("Stat", "", err)
		case err != nil || fi.Size() != int64(len(w.text)) || fi.Name() != filepath.Base(name):
			t.Errorf("Stat %s: %v, %v; want %d bytes named %s", name, fi, err, len(w.text), filepath.Base(name))
		}
	}
}

// TestReadDir: a link to a file is listed as the file; a link refused is
// listed as a link whose Info says why.
func TestReadDir(t *testing.T) {
	dir, _ := tree(t)
	entries, err := open(t, dir).ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]fs.DirEntry{}
	var names []string
	for _, e := range entries {
		byName[e.Name()] = e
		names = append(names, e.Name())
	}
	if !slices.IsSorted(names) {
		t.Errorf("entries not sorted: %v", names)
	}
	for _, name := range []string{"a.txt", "link-a.txt", "abs.txt", "chain.txt"} {
		e := byName[name]
		fi, err := e.Info()
		if err != nil || !e.Type().IsRegular() || fi.Size() != 1 || fi.Name() != name {
			t.Errorf("%s: type %v, info %v, %v; want a regular file of 1 byte", name, e.Type(), fi, err)
		}
	}
	for _, name := range []string{"out.txt", "out-abs.txt", "dir-link", "up", "root", "broken.txt", "loop1", "self"} {
		e := byName[name]
		var refusal *Error
		if _, err := e.Info(); e.IsDir() || e.Type()&fs.ModeSymlink == 0 || !errors.As(err, &refusal) || refusal.Path != name {
			t.Errorf("%s: dir %t, type %v, info error %v; want a link refused at %s", name, e.IsDir(), e.Type(), err, name)
		}
	}
}

// TestCheck reports every entry refused, at its path, and nothing else;
// it follows no link to a folder, so the link to / costs nothing.
func TestCheck(t *testing.T) {
	dir, _ := tree(t)
	probs := &diag.List{}
	Check(open(t, dir), ".", probs)
	var got []string
	for _, p := range probs.Problems() {
		got = append(got, p.File)
	}
	want := []string{"broken-deep.txt", "broken.txt", "dir-link", "loop1", "loop2", "out-abs.txt", "out-pipe", "out.txt", "pipe", "root", "self", "sub/out-deep", "sub/up", "to-pipe", "up"}
	if !slices.Equal(got, want) {
		t.Errorf("Check reported\n%v\nwant\n%v", strings.Join(got, " "), strings.Join(want, " "))
	}
}

// TestFS: the file system keeps the contract of fs.FS, links to files
// included.
func TestFS(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content", "media"), 0o755)
	os.WriteFile(filepath.Join(dir, "ocopgen.toml"), []byte("title = \"x\"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content", "media", "a.svg"), []byte("<svg/>"), 0o644)
	if err := os.Symlink("a.svg", filepath.Join(dir, "content", "media", "b.svg")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink("../ocopgen.toml", filepath.Join(dir, "content", "copy.toml"))
	if err := fstest.TestFS(open(t, dir), "ocopgen.toml", "content/media/a.svg", "content/media/b.svg", "content/copy.toml"); err != nil {
		t.Error(err)
	}
}
