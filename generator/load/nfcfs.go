package load

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// NFC presents fsys with every file and folder name in Unicode NFC, as the
// rest of ocopgen sees all text. macOS tools often write names in NFD
// ("nón lá.svg" as n o ◌́ n …); records name files in NFC; with this view
// both meet. Names already in NFC cost one extra check.
func NFC(fsys fs.FS) fs.FS { return nfcFS{fsys} }

type nfcFS struct{ fsys fs.FS }

func (n nfcFS) Open(name string) (fs.File, error) {
	return onDisk(n, name, n.fsys.Open)
}

func (n nfcFS) ReadFile(name string) ([]byte, error) {
	return onDisk(n, name, func(name string) ([]byte, error) { return fs.ReadFile(n.fsys, name) })
}

func (n nfcFS) Stat(name string) (fs.FileInfo, error) {
	return onDisk(n, name, func(name string) (fs.FileInfo, error) { return fs.Stat(n.fsys, name) })
}

// onDisk runs op on name, and if no file has that name, on the name on
// disk that is name in NFC, if there is one.
func onDisk[T any](n nfcFS, name string, op func(string) (T, error)) (T, error) {
	v, err := op(name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return v, err
	}
	real, ok := n.resolve(name)
	if !ok {
		var none T // not v: a file system may return a typed nil with its error
		return none, err
	}
	return op(real)
}

func (n nfcFS) ReadDir(name string) ([]fs.DirEntry, error) {
	real := name
	if _, err := fs.Stat(n.fsys, name); err != nil {
		r, ok := n.resolve(name)
		if !ok {
			return nil, err
		}
		real = r
	}
	entries, err := fs.ReadDir(n.fsys, real)
	for i, e := range entries {
		if nfc := vntext.NFC(e.Name()); nfc != e.Name() {
			entries[i] = nfcEntry{e, nfc}
		}
	}
	return entries, err
}

// resolve finds the name on disk of an NFC path, one part at a time.
func (n nfcFS) resolve(name string) (string, bool) {
	real := "."
	for _, part := range strings.Split(name, "/") {
		next := path.Join(real, part)
		if _, err := fs.Stat(n.fsys, next); err == nil {
			real = next
			continue
		}
		entries, err := fs.ReadDir(n.fsys, real)
		if err != nil {
			return "", false
		}
		found := false
		for _, e := range entries {
			if vntext.NFC(e.Name()) == part {
				real, found = path.Join(real, e.Name()), true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	return real, true
}

type nfcEntry struct {
	fs.DirEntry
	name string
}

func (e nfcEntry) Name() string { return e.name }
