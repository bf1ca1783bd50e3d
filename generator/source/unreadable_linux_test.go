package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// asUser runs f with the permissions of an ordinary user. Root may read
// any file whatever its permissions; so as root, f runs with the
// effective user nobody (the real and saved user stay root, which gives
// root back afterwards), and dir and the folders above it that the test
// made are opened to others. Tests using it must not run in parallel.
func asUser(t *testing.T, dir string, f func()) {
	t.Helper()
	if os.Geteuid() != 0 {
		f()
		return
	}
	for d := dir; d != filepath.Dir(os.TempDir()) && d != "/"; d = filepath.Dir(d) {
		if d == os.TempDir() {
			break
		}
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	const nobody = 65534
	if err := syscall.Setresuid(-1, nobody, -1); err != nil {
		t.Skip("cannot act as another user:", err)
	}
	defer func() {
		if err := syscall.Setresuid(-1, 0, -1); err != nil {
			panic(err) // the rest of the tests would run as nobody
		}
	}()
	f()
}

// TestUnreadable: a folder that cannot be listed and a file that cannot
// be read are errors at their paths, each reported, not skipped; what is
// beside them is still read. The test runs as root too, as another user.
func TestUnreadable(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"content/media/private", "content/products"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, text := range map[string]string{
		"content/media/private/photo.svg": "<svg/>",
		"content/media/ok.svg":            "<svg/>",
		"content/products/locked.toml":    "name = \"x\"",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"content/media/private", "content/products/locked.toml"} {
		p := filepath.Join(dir, name)
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
	asUser(t, dir, func() {
		fsys := open(t, dir)
		probs := &diag.List{}
		Check(fsys, "content", probs)
		got := probs.Problems()
		if len(got) != 1 || got[0].File != "content/media/private" {
			t.Errorf("Check reported %v; want content/media/private alone", got)
		}
		if _, err := fsys.ReadFile("content/products/locked.toml"); !errors.Is(err, fs.ErrPermission) {
			t.Errorf("ReadFile of a file the user may not read: %v, want permission denied", err)
		} else {
			Report(probs, "content/products/locked.toml", err)
		}
		if b, err := fsys.ReadFile("content/media/ok.svg"); err != nil || string(b) != "<svg/>" {
			t.Errorf("ReadFile beside them: %q, %v", b, err)
		}
		got = probs.Problems()
		want := "content/products/locked.toml: cannot read it (permission denied); give your user permission to read it, or move it out of the catalogue"
		if len(got) != 2 || got[1].String() != want {
			t.Errorf("problems %v; want the second to be %q", got, want)
		}
	})
}
