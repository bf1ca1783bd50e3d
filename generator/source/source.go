// Package source is the catalogue as read from disk: a file system rooted
// at the catalogue folder that reads nothing outside it, and the report of
// what in it cannot be read.
//
// A symbolic link to a file inside the catalogue is read as that file.
// Every other link is refused, with an *Error at the link's path: one
// leaving the catalogue (its target is never opened), one to a folder (so
// no walk follows a link, and no loop of folders or link to / can make a
// walk endless), a broken one and a loop of links. So are named pipes,
// devices and sockets, which would block a read or never end. The file
// system opens files through an os.Root, which refuses to leave the
// folder even on a path no check here has seen.
package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// maxLinks bounds the links followed to reach a file, as the system's own
// limit does: a loop of links ends there.
const maxLinks = 40

// FS is a catalogue folder opened for reading; it implements fs.FS,
// fs.ReadFileFS, fs.StatFS and fs.ReadDirFS. Names are slash-separated
// and relative to the catalogue, as for any fs.FS.
type FS struct {
	root *os.Root
	abs  string // the folder, absolute and with links resolved
}

// Open opens the catalogue folder dir.
func Open(dir string) (*FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(dir)
	if err == nil {
		abs, err = filepath.EvalSymlinks(abs)
	}
	if err != nil {
		root.Close()
		return nil, err
	}
	return &FS{root: root, abs: abs}, nil
}

// Close releases the folder.
func (f *FS) Close() error { return f.root.Close() }

// Open opens the file or folder name, following a link to a file inside
// the catalogue.
func (f *FS) Open(name string) (fs.File, error) {
	real, fi, err := f.regular("open", name)
	if err != nil {
		return nil, err
	}
	file, err := f.root.Open(real)
	if err != nil {
		return nil, renamed(err, name)
	}
	if fi.IsDir() {
		return &dir{file: file, fsys: f, name: name}, nil
	}
	return &openFile{file, path.Base(name)}, nil
}

// ReadFile reads the file name whole.
func (f *FS) ReadFile(name string) ([]byte, error) {
	real, fi, err := f.regular("read", name)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	}
	file, err := f.root.Open(real)
	if err != nil {
		return nil, renamed(err, name)
	}
	defer file.Close()
	b := make([]byte, 0, fi.Size()+1) // +1: the read that finds the end
	for {
		n, err := file.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				return b, nil
			}
			return nil, renamed(err, name)
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// Stat describes the file or folder name; for a link to a file, the file
// it points to, under the link's name. A named pipe, device or socket is
// described as it is; only reading it is refused.
func (f *FS) Stat(name string) (fs.FileInfo, error) {
	_, fi, err := f.resolve("stat", name)
	if err != nil {
		return nil, err
	}
	return fi, nil
}

// ReadDir lists the folder name, sorted by name. A link to a file inside
// the catalogue is listed as that file; a link refused is listed as a
// link whose Info returns the *Error that says why.
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) {
	real, fi, err := f.resolve("readdir", name)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	dir, err := f.root.Open(real)
	if err != nil {
		return nil, renamed(err, name)
	}
	defer dir.Close()
	entries, err := dir.ReadDir(-1)
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	for i, e := range entries {
		if e.Type()&fs.ModeSymlink == 0 {
			continue
		}
		_, fi, lerr := f.resolve("stat", path.Join(name, e.Name()))
		switch {
		case lerr != nil:
			entries[i] = refused{e.Name(), lerr}
		default:
			entries[i] = fs.FileInfoToDirEntry(fi)
		}
	}
	if err != nil {
		return entries, renamed(err, name)
	}
	return entries, nil
}

// regular resolves name for reading: a folder or a regular file.
func (f *FS) regular(op, name string) (string, fs.FileInfo, error) {
	real, fi, err := f.resolve(op, name)
	if err != nil {
		return "", nil, err
	}
	if !fi.IsDir() && !fi.Mode().IsRegular() {
		return "", nil, &Error{Path: name, Kind: Irregular, Target: kindOf(fi.Mode())}
	}
	return real, fi, nil
}

// resolve finds the file name stands for, one part at a time: a link on
// the way is a link to a folder, refused; a link at the end is followed
// if it leads to a file inside the catalogue. It returns the path of that
// file and its description, under the base of name.
func (f *FS) resolve(op, name string) (string, fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	real, fi, err := f.follow(op, name, []string{name})
	if err != nil {
		return "", nil, err
	}
	return real, named{fi, path.Base(name)}, nil
}

// follow resolves name, reached through the links in chain (name last).
func (f *FS) follow(op, name string, chain []string) (string, fs.FileInfo, error) {
	if name == "." {
		fi, err := f.root.Lstat(".")
		return ".", fi, err
	}
	parts := strings.Split(name, "/")
	for i := range parts {
		here := strings.Join(parts[:i+1], "/")
		fi, err := f.root.Lstat(here)
		if err != nil {
			if len(chain) > 1 && errors.Is(err, fs.ErrNotExist) {
				first := chain[0]
				target, _ := f.root.Readlink(first)
				return "", nil, &Error{Path: first, Kind: Broken, Target: target}
			}
			return "", nil, renamed(err, here)
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if i == len(parts)-1 {
				return here, fi, nil
			}
			continue
		}
		target, err := f.root.Readlink(here)
		if err != nil {
			return "", nil, renamed(err, here)
		}
		inside, ok := f.inside(path.Dir(here), target)
		switch {
		case !ok:
			return "", nil, &Error{Path: here, Kind: Outside, Target: target}
		case i < len(parts)-1:
			return "", nil, &Error{Path: here, Kind: Folder, Target: target}
		case slices.Contains(chain, inside) || len(chain) > maxLinks:
			return "", nil, &Error{Path: chain[0], Kind: Loop, Target: strings.Join(append(chain, inside), " → ")}
		}
		real, tfi, err := f.follow(op, inside, append(chain, inside))
		var e *Error
		switch {
		case errors.As(err, &e) && e.Kind == Broken:
			return "", nil, &Error{Path: here, Kind: Broken, Target: target}
		case err != nil:
			return "", nil, err
		case tfi.IsDir():
			return "", nil, &Error{Path: here, Kind: Folder, Target: target}
		}
		return real, tfi, nil
	}
	panic("unreachable")
}

// inside returns the path in the catalogue that a link in the folder dir
// to target names, if it is inside the catalogue.
func (f *FS) inside(dir, target string) (string, bool) {
	var p string
	if filepath.IsAbs(target) {
		rel, err := filepath.Rel(f.abs, filepath.Clean(target))
		if err != nil {
			return "", false
		}
		p = path.Clean(filepath.ToSlash(rel))
	} else {
		p = path.Join(dir, filepath.ToSlash(target))
	}
	if p == ".." || strings.HasPrefix(p, "../") || !fs.ValidPath(p) {
		return "", false
	}
	return p, true
}

// renamed gives a *fs.PathError of the system the path name, relative to
// the catalogue.
func renamed(err error, name string) error {
	if pe, ok := err.(*fs.PathError); ok {
		return &fs.PathError{Op: pe.Op, Path: name, Err: pe.Err}
	}
	return err
}

// kindOf names a kind of file that is neither a folder nor a regular file.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// named is a file's description under another name: a link's.
type named struct {
	fs.FileInfo
	name string
}

func (n named) Name() string { return n.name }

// refused is the entry of a link that is not followed.
type refused struct {
	name string
	err  error
}

func (r refused) Name() string               { return r.name }
func (r refused) IsDir() bool                { return false }
func (r refused) Type() fs.FileMode          { return fs.ModeSymlink }
func (r refused) Info() (fs.FileInfo, error) { return nil, r.err }
func (r refused) String() string             { return fmt.Sprintf("%s (refused: %v)", r.name, r.err) }

// openFile is a file opened, described under the name it was opened by
// (a link's, if it was opened through one).
type openFile struct {
	*os.File
	name string
}

func (f *openFile) Stat() (fs.FileInfo, error) {
	fi, err := f.File.Stat()
	if err != nil {
		return nil, err
	}
	return named{fi, f.name}, nil
}

// dir is a folder opened: it lists its entries as FS.ReadDir does.
type dir struct {
	file    *os.File
	fsys    *FS
	name    string
	entries []fs.DirEntry
	listed  bool
}

func (d *dir) Stat() (fs.FileInfo, error) {
	fi, err := d.file.Stat()
	if err != nil {
		return nil, err
	}
	return named{fi, path.Base(d.name)}, nil
}

func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: errors.New("is a directory")}
}

func (d *dir) Close() error { return d.file.Close() }

func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	if !d.listed {
		d.listed = true
		var err error
		if d.entries, err = d.fsys.ReadDir(d.name); err != nil {
			return nil, err
		}
	}
	if n <= 0 {
		rest := d.entries
		d.entries = nil
		return rest, nil
	}
	if len(d.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.entries))
	batch := d.entries[:n]
	d.entries = d.entries[n:]
	return batch, nil
}
