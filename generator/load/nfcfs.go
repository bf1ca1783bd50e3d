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
	f, err := n.fsys.Open(name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return f, err
	}
	real, ok := n.resolve(name)
	if !ok {
		return nil, err
	}
	return n.fsys.Open(real)
}

func (n nfcFS) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(n.fsys, name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return b, err
	}
	real, ok := n.resolve(name)
	if !ok {
		return nil, err
	}
	return fs.ReadFile(n.fsys, real)
}

func (n nfcFS) Stat(name string) (fs.FileInfo, error) {
	fi, err := fs.Stat(n.fsys, name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return fi, err
	}
	real, ok := n.resolve(name)
	if !ok {
		return nil, err
	}
	return fs.Stat(n.fsys, real)
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
