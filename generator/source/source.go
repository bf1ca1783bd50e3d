// Package source is the catalogue as read from disk: a file system rooted
// at the catalogue folder that reads nothing outside it, and the report of
// what in it cannot be read.
//
// A symbolic link to a file inside the catalogue is read as that file.
// Every other link is refused, with an *Error at the link's path: one
// leaving the catalogue (its target is never opened), one to a folder (so
// no walk follows a link, and no loop of folders or link to / can make a
// walk endless), a broken one and a loop of links. So are named pipes,
// devices and sockets, which would block a read or never end. Every
// method of the file system resolves its path this way: there is no way
// to read through it that skips the check.
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
	"sync"
)

// maxLinks bounds the links followed to reach a file, as the system's own
// limit does: a loop of links ends there.
const maxLinks = 40

// FS is a catalogue folder opened for reading; it implements fs.FS,
// fs.ReadFileFS, fs.StatFS and fs.ReadDirFS. Names are slash-separated
// and relative to the catalogue, as for any fs.FS.
//
// Every folder on the way to a file is checked to be a folder, not a link
// (once: the folders seen are remembered, and listing a folder renews what
// is known of the folders in it), and the file is opened without
// following a link (O_NOFOLLOW, where the system has it): reading a
// record costs what os.DirFS costs. Only a link found that way is
// resolved, one part at a time.
type FS struct {
	dir     string   // as given, for the system
	abs     string   // the folder, absolute and with links resolved
	folders sync.Map // slash path → true: seen to be a folder, not a link
}

// Open opens the catalogue folder dir.
func Open(dir string) (*FS, error) {
	abs, err := filepath.Abs(dir)
	if err == nil {
		abs, err = filepath.EvalSymlinks(abs)
	}
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, &fs.PathError{Op: "open", Path: dir, Err: errors.New("not a directory")}
	}
	return &FS{dir: abs, abs: abs}, nil
}

// Close ends the use of the catalogue; the file system holds no file open
// between calls, so it has nothing to release today.
func (f *FS) Close() error { return nil }

func (f *FS) full(name string) string { return filepath.Join(f.dir, filepath.FromSlash(name)) }

// Open opens the file or folder name, following a link to a file inside
// the catalogue.
func (f *FS) Open(name string) (fs.File, error) {
	file, fi, err := f.open("open", name)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return &dir{file: file, fsys: f, name: name}, nil
	}
	return &openFile{file, path.Base(name)}, nil
}

// ReadFile reads the file name whole.
func (f *FS) ReadFile(name string) ([]byte, error) {
	file, fi, err := f.open("read", name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	if fi.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	}
	b := make([]byte, 0, fi.Size()+1) // +1: the read that finds the end
	for {
		n, err := file.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
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
	file, fi, err := f.open("readdir", name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	if !fi.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	entries, err := file.ReadDir(-1)
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	for i, e := range entries {
		p := path.Join(name, e.Name())
		switch {
		case e.IsDir():
			f.folders.Store(p, true)
		case e.Type()&fs.ModeSymlink != 0:
			f.folders.Delete(p)
			if _, fi, lerr := f.resolve("stat", p); lerr != nil {
				entries[i] = refused{e.Name(), lerr}
			} else {
				entries[i] = fs.FileInfoToDirEntry(fi)
			}
		default:
			f.folders.Delete(p)
		}
	}
	if err != nil {
		return entries, renamed(err, name)
	}
	return entries, nil
}

// open opens name for reading, a folder or a regular file, without
// blocking on a named pipe.
func (f *FS) open(op, name string) (*os.File, fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	if err := f.parents(op, name); err != nil {
		return nil, nil, err
	}
	var file *os.File
	var err error
	if noFollow {
		file, err = openNoFollow(f.full(name))
	}
	if !noFollow || isLink(err) { // a link, found only now: resolve it
		var real string
		if real, _, err = f.resolve(op, name); err != nil {
			return nil, nil, err
		}
		file, err = openNoFollow(f.full(real))
	}
	if err != nil {
		return nil, nil, renamed(err, name)
	}
	fi, err := file.Stat()
	switch {
	case err != nil:
		file.Close()
		return nil, nil, renamed(err, name)
	case !fi.IsDir() && !fi.Mode().IsRegular():
		file.Close()
		return nil, nil, &Error{Path: name, Kind: Irregular, Target: kindOf(fi.Mode())}
	}
	return file, named{fi, path.Base(name)}, nil
}

// parents checks that the folders on the way to name are folders.
func (f *FS) parents(op, name string) error {
	for i := 0; i < len(name); i++ {
		if name[i] != '/' {
			continue
		}
		dir := name[:i]
		if _, ok := f.folders.Load(dir); ok {
			continue
		}
		fi, err := os.Lstat(f.full(dir))
		switch {
		case err != nil:
			return renamed(err, dir)
		case fi.Mode()&fs.ModeSymlink != 0:
			return f.linkOnTheWay(dir)
		case !fi.IsDir():
			return &fs.PathError{Op: op, Path: dir, Err: errors.New("not a directory")}
		}
		f.folders.Store(dir, true)
	}
	return nil
}

// linkOnTheWay is the error of the link dir met on the way to a file.
func (f *FS) linkOnTheWay(dir string) error {
	target, err := os.Readlink(f.full(dir))
	if err != nil {
		return renamed(err, dir)
	}
	if _, ok := f.inside(path.Dir(dir), target); !ok {
		return &Error{Path: dir, Kind: Outside, Target: target}
	}
	return &Error{Path: dir, Kind: Folder, Target: target}
}

// resolve finds the file name stands for: a link on the way is a link to
// a folder, refused; a link at the end is followed if it leads to a file
// inside the catalogue. It returns the path of that file and its
// description, under the base of name.
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
	if err := f.parents(op, name); err != nil {
		var pe *fs.PathError
		if len(chain) > 1 && errors.As(err, &pe) && errors.Is(err, fs.ErrNotExist) {
			return "", nil, f.broken(chain[0])
		}
		return "", nil, err
	}
	fi, err := os.Lstat(f.full(name))
	switch {
	case err != nil && len(chain) > 1 && errors.Is(err, fs.ErrNotExist):
		return "", nil, f.broken(chain[0])
	case err != nil:
		return "", nil, renamed(err, name)
	case fi.Mode()&fs.ModeSymlink == 0:
		return name, fi, nil
	}
	target, err := os.Readlink(f.full(name))
	if err != nil {
		return "", nil, renamed(err, name)
	}
	inside, ok := f.inside(path.Dir(name), target)
	switch {
	case !ok:
		return "", nil, &Error{Path: name, Kind: Outside, Target: target}
	case slices.Contains(chain, inside) || len(chain) > maxLinks:
		return "", nil, &Error{Path: chain[0], Kind: Loop, Target: strings.Join(append(chain, inside), " → ")}
	}
	real, tfi, err := f.follow(op, inside, append(chain, inside))
	var e *Error
	switch {
	case errors.As(err, &e) && e.Kind == Broken:
		return "", nil, &Error{Path: name, Kind: Broken, Target: target}
	case err != nil:
		return "", nil, err
	case tfi.IsDir():
		return "", nil, &Error{Path: name, Kind: Folder, Target: target}
	}
	return real, tfi, nil
}

// broken is the error of the link name, whose target does not exist.
func (f *FS) broken(name string) error {
	target, _ := os.Readlink(f.full(name))
	return &Error{Path: name, Kind: Broken, Target: target}
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

// The kinds of file that are neither a folder nor a regular file.
const (
	namedPipe   = "a named pipe"
	socket      = "a socket"
	device      = "a device"
	specialFile = "a special file"
)

// kindOf names a kind of file that is neither a folder nor a regular file.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return namedPipe
	case m&fs.ModeSocket != 0:
		return socket
	case m&fs.ModeDevice != 0:
		return device
	}
	return specialFile
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
