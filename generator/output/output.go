// Package output writes a built site. Pages reach it through Writer, a
// one-method interface, so a build can write into a folder (Publish), into
// memory (Memory, for tests and for serve) or nowhere (Discard, for check).
package output

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// Writer receives the files of a site. Names are slash-separated paths
// relative to the site root ("san-pham/x/index.html"). WriteFile is called
// from many goroutines at once, and must not keep data after it returns
// (the caller may reuse it, as with io.Writer).
type Writer interface {
	WriteFile(name string, data []byte) error
}

// Memory keeps a site in memory.
type Memory struct {
	mu    sync.RWMutex
	files map[string][]byte
}

// NewMemory returns an empty in-memory site.
func NewMemory() *Memory { return &Memory{files: map[string][]byte{}} }

func (m *Memory) WriteFile(name string, data []byte) error {
	if err := CheckName(name); err != nil {
		return err
	}
	data = bytes.Clone(data)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[name] = data
	return nil
}

// File returns the bytes of a file of the site.
func (m *Memory) File(name string) ([]byte, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	b, ok := m.files[name]
	return b, ok
}

// Names lists the files of the site in order.
func (m *Memory) Names() []string {
	m.mu.RLock()
	defer m.mu.RUnlock()
	names := make([]string, 0, len(m.files))
	for n := range m.files {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Discard drops everything written to it, after checking its name as a
// folder would, so that check refuses what build would refuse.
type Discard struct{}

func (Discard) WriteFile(name string, _ []byte) error { return CheckName(name) }

// CheckName returns an error unless name is a valid name for a file of a
// site, the same for every Writer: a valid fs path (UTF-8, slash-separated,
// no empty, "." or ".." element, no leading or trailing slash), not the
// root ".", and free of the characters that a folder on some system would
// take for something else: NUL, and backslash (a separator on Windows).
func CheckName(name string) error {
	if !fs.ValidPath(name) || name == "." || strings.ContainsAny(name, "\\\x00") {
		return lang.Errorf("invalid output path %q", name)
	}
	return nil
}

// dir writes into a folder on disk. When prev names the folder of the
// previous build, a file whose bytes did not change is hard-linked from
// there instead of written again.
type dir struct {
	// gate is held for reading by every write, and for writing by close,
	// which waits for the writes under way and makes later ones fail.
	gate    sync.RWMutex
	closed  bool
	root    string
	prev    string
	mu      sync.Mutex
	made    map[string]bool
	written map[string]File
}

// A File is a file a Publish wrote, as a listing of the folder shows it.
type File struct {
	Name    string // slash-separated, relative to the folder
	Size    int64
	ModTime time.Time
}

// wrote records a file just written or linked.
func (d *dir) wrote(name string, fi fs.FileInfo) {
	d.mu.Lock()
	d.written[name] = File{name, fi.Size(), fi.ModTime()}
	d.mu.Unlock()
}

func (d *dir) WriteFile(name string, data []byte) error {
	if err := CheckName(name); err != nil {
		return err
	}
	d.gate.RLock()
	defer d.gate.RUnlock()
	if d.closed {
		return errClosed
	}
	full := filepath.Join(d.root, filepath.FromSlash(name))
	parent := path.Dir(name)
	d.mu.Lock()
	made := d.made[parent]
	d.mu.Unlock()
	if !made {
		// Most folders are a page's own, under a parent made before.
		if err := os.Mkdir(filepath.Dir(full), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				return err
			}
		}
		d.mu.Lock()
		d.made[parent] = true
		d.mu.Unlock()
	}
	if d.prev != "" && d.same(name, data) {
		if err := os.Link(filepath.Join(d.prev, filepath.FromSlash(name)), full); err == nil {
			fi, err := os.Lstat(full)
			if err == nil {
				d.wrote(name, fi)
			}
			return err
		}
	}
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	var fi fs.FileInfo
	if err == nil {
		fi, err = f.Stat()
	}
	if err := cmp.Or(err, f.Close()); err != nil {
		return err
	}
	d.wrote(name, fi)
	return nil
}

// errClosed is what a write gets after Publish stopped taking them: the
// build was interrupted, or has returned.
var errClosed = errors.New("the site is no longer being written")

// close makes every later write fail, once those under way are done.
func (d *dir) close() {
	d.gate.Lock()
	d.closed = true
	d.gate.Unlock()
}

// same reports whether the previous build has the file with these bytes.
func (d *dir) same(name string, data []byte) bool {
	old := filepath.Join(d.prev, filepath.FromSlash(name))
	fi, err := os.Lstat(old)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
		return false
	}
	b, err := os.ReadFile(old)
	return err == nil && bytes.Equal(b, data)
}

// Publish builds a site into the folder dest without ever leaving it
// half-written: build writes into a fresh folder beside dest, and only when
// it returns nil does that folder take dest's place. If build fails or ctx
// is cancelled, dest stays exactly as it was and the fresh folder is
// removed. Files of the old site that the new one does not have are gone
// afterwards. Files whose bytes did not change are hard links to the
// previous build's, not new copies, so their modification times stay and
// an unchanged rebuild writes no file data.
//
// Publish replaces only what is ocopgen's own: before anything is written
// it refuses, with a *DestError, a dest that is a file or a non-empty
// folder without Marker, unless ours says that the caller knows dest for a
// site it published before sites had a marker. Every site it publishes has
// Marker. It also removes the staging folders that killed builds left
// beside dest, never one that a build still running uses.
//
// When ctx is cancelled, Publish returns ctx's error without waiting for
// build to return: from then on every write of build fails, and no file
// of it is left.
//
// Publish returns the files of the new site, sorted by name, with the sizes
// and times that a listing of dest shows.
func Publish(ctx context.Context, dest string, ours bool, build func(Writer) error) ([]File, error) {
	dest = filepath.Clean(dest)
	if err := checkReplace(dest, ours); err != nil {
		return nil, err
	}
	parent, base := filepath.Dir(dest), filepath.Base(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	l, err := acquire(parent, base)
	if err != nil {
		return nil, err
	}
	defer l.release()
	staging, err := os.MkdirTemp(parent, stagingPattern(base))
	if err != nil {
		return nil, err
	}
	w := &dir{root: staging, made: map[string]bool{}, written: map[string]File{}}
	defer func() {
		w.close()
		os.RemoveAll(staging) // a no-op after a successful swap
	}()
	if fi, err := os.Stat(dest); err == nil && fi.IsDir() {
		w.prev = dest
	}
	built := make(chan error, 1)
	go func() { built <- build(w) }()
	select {
	case err = <-built:
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = w.WriteFile(Marker, []byte(markerText))
	}
	if err != nil {
		return nil, err
	}
	w.close()
	if err := os.Chmod(staging, 0o755); err != nil {
		return nil, err
	}
	if err := swap(staging, dest); err != nil {
		return nil, err
	}
	return slices.SortedFunc(maps.Values(w.written), func(a, b File) int { return strings.Compare(a.Name, b.Name) }), nil
}

// swap puts the folder staging in place of dest, atomically where the
// system allows it, and removes the old dest.
func swap(staging, dest string) error {
	if _, err := os.Stat(dest); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(staging, dest)
	}
	if err := exchange(staging, dest); err == nil {
		return os.RemoveAll(staging) // staging now holds the old site
	}
	old := staging + ".old"
	if err := os.Rename(dest, old); err != nil {
		return err
	}
	if err := os.Rename(staging, dest); err != nil {
		_ = os.Rename(old, dest)
		return err
	}
	return os.RemoveAll(old)
}
