package load

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/ocopgen/ocopgen/generator/source"
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
	var renamed map[string]int // NFC name → entry, of the names not in NFC on disk
	for i, e := range entries {
		nfc := vntext.NFC(e.Name())
		if nfc == e.Name() {
			continue
		}
		entries[i] = nfcEntry{e, nfc}
		if renamed == nil {
			renamed = map[string]int{}
		}
		if j, ok := renamed[nfc]; ok {
			entries[i] = clash(name, entries[i], entries[j])
			continue
		}
		renamed[nfc] = i
	}
	// Names not in NFC are rare; only then may two names clash. The
	// entries are sorted by their names on disk.
	for nfc, i := range renamed {
		if j, found := slices.BinarySearchFunc(entries, nfc, func(e fs.DirEntry, name string) int { return strings.Compare(diskName(e), name) }); found {
			entries[i] = clash(name, entries[i], entries[j])
		}
	}
	return entries, err
}

// clash is the entry of a file whose name is in NFC the name of another
// file of its folder, kept: it says so when asked for its Info, as the
// entries of links refused do.
func clash(dir string, e, kept fs.DirEntry) fs.DirEntry {
	return clashEntry{e.Name(), diskName(e), &source.Error{Path: path.Join(dir, e.Name()), Kind: source.Clash, Target: diskName(kept), Other: diskName(e)}}
}

// diskName is the name of a file on disk, before NFC.
func diskName(e fs.DirEntry) string {
	switch e := e.(type) {
	case nfcEntry:
		return e.DirEntry.Name()
	case clashEntry:
		return e.disk
	}
	return e.Name()
}

type clashEntry struct {
	name, disk string
	err        error
}

func (c clashEntry) Name() string               { return c.name }
func (c clashEntry) IsDir() bool                { return false }
func (c clashEntry) Type() fs.FileMode          { return fs.ModeIrregular }
func (c clashEntry) Info() (fs.FileInfo, error) { return nil, c.err }

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
