// Package stamp records a published build and fingerprints what it read,
// so that a build of unchanged inputs into an unchanged destination can
// be skipped. It owns the record in the cache folder (Read, Write), the
// listing of the inputs (Scan), their hash (Key, which reads only the
// files a record or the build's own reads do not already give), and the
// file system a build reads through to hash as it reads (ReadLog), which
// also shows whether anything changed while the build ran.
package stamp

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/internal/parallel"
)

// A Record records a published build: what went in (a hash of every input
// file, the options and the generator itself), what came out (each file
// of the destination with its size and modification time), and what the
// build reported. When the inputs hash the same and the destination is as
// the build left it, building again would write the same bytes, so Publish
// does nothing and reports the recorded result.
type Record struct {
	Key    string
	Inputs []Input
	Dest   string
	Files  []FileStat      // of Dest
	Result json.RawMessage // as the build reported it, in JSON
	Hashed time.Time       // when the inputs were read: later changes are not in Inputs
}

// FileStat is a file as listed: its path, size and modification time. A
// size of -1 is a link not followed; -2 matches no listing.
type FileStat struct {
	Path  string
	Size  int64
	MTime int64 // nanoseconds
}

// Input is an input file and the SHA-256 of its bytes.
type Input struct {
	FileStat
	Sum string // hex
}

const stampFile = "last-build.json"

// Roots are what a build reads from a catalogue.
var Roots = []string{load.ConfigFile, load.ContentDir, "themes"}

// Key hashes everything a build reads: ocopgen.toml, content/ and
// themes/ (names and bytes), the build's options (params, a line for
// each), and the running generator's own executable, which holds the code
// and the default theme. files are the inputs as Scan lists them. Like
// git's index, it reads only the files whose hash have does not already
// give (from the last record, or from the reads of the build itself); a
// file read here counts only if trust, when not nil, accepts it as what
// the build saw, or there is no key. It stops, with no key, when ctx is
// cancelled.
func Key(ctx context.Context, src fs.FS, params string, files []FileStat, have func(FileStat) (Input, bool), trust func(listed FileStat, read Input) bool) (string, []Input, error) {
	inputs := make([]Input, len(files))
	err := parallel.For(ctx, len(files), func(i int) error {
		f := files[i]
		if k, ok := have(f); ok {
			inputs[i] = k
			return nil
		}
		if f.Size < 0 {
			inputs[i] = Input{f, ""} // a broken link: a name, no bytes
			return nil
		}
		_, in, err := hashFile(src, f.Path)
		if err != nil {
			return err
		}
		if trust != nil && !trust(f, in) {
			return lang.Errorf("%s changed while the site was built: build again", f.Path)
		}
		inputs[i] = in
		return nil
	})
	if err != nil {
		return "", nil, err
	}
	h := sha256.New()
	io.WriteString(h, "ocopgen stamp 1\n"+params)
	exe, err := executableSum()
	if err != nil {
		return "", nil, err
	}
	h.Write(exe)
	for _, f := range inputs {
		fmt.Fprintf(h, "%q %s\n", f.Path, f.Sum)
	}
	return hex.EncodeToString(h.Sum(nil)), inputs, nil
}

// Unchanged gives the inputs of the stamp st whose size and modification
// time are as recorded, unless they were modified too close to the
// stamp to tell (within 2 s before it: a later change may have kept the
// time).
func (st *Record) Unchanged() func(FileStat) (Input, bool) {
	if st == nil {
		return func(FileStat) (Input, bool) { return Input{}, false }
	}
	known := make(map[string]Input, len(st.Inputs))
	for _, f := range st.Inputs {
		known[f.Path] = f
	}
	racy := st.Hashed.Add(-2 * time.Second).UnixNano()
	return func(f FileStat) (Input, bool) {
		k, ok := known[f.Path]
		return k, ok && k.FileStat == f && f.MTime < racy
	}
}

// hashFile reads the file name, with its size and time as it was opened.
// Errors name the file as fsys does (as fs.ReadFile of os.DirFS does).
func hashFile(fsys fs.FS, name string) ([]byte, Input, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, Input{}, err
	}
	defer f.Close()
	named := func(err error) error {
		if pe, ok := err.(*fs.PathError); ok {
			return &fs.PathError{Op: pe.Op, Path: name, Err: pe.Err}
		}
		return err
	}
	fi, err := f.Stat()
	if err != nil {
		return nil, Input{}, named(err)
	}
	b := make([]byte, 0, fi.Size()+1) // +1: the read that finds the end
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, Input{}, named(err)
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
	sum := sha256.Sum256(b)
	in := Input{FileStat{name, fi.Size(), fi.ModTime().UnixNano()}, hex.EncodeToString(sum[:])}
	if !fi.Mode().IsRegular() || int64(len(b)) != fi.Size() {
		in.Size = -2 // grew or shrank while read: matches no listing
	}
	return b, in, nil
}

// A ReadLog is a file system that keeps the hash of every file a build
// reads whole, through ReadFile or Open, with the size and time the file
// had when opened, so that a first build need not read its inputs a second
// time to hash them. Each hash is of the bytes the build read, so the stamp
// holds what the build saw even if the file changed since: the next build
// sees its new size or time and reads it again. It also notes the files
// opened without being read whole (an image the build only measured).
type ReadLog struct {
	fs.FS
	mu     sync.Mutex
	read   map[string]Input
	opened map[string]bool
	dirs   map[string]map[string]bool // the names in each folder listed
}

func NewReadLog(fsys fs.FS) *ReadLog {
	return &ReadLog{FS: fsys, read: map[string]Input{}, opened: map[string]bool{}, dirs: map[string]map[string]bool{}}
}

func (l *ReadLog) ReadFile(name string) ([]byte, error) {
	b, in, err := hashFile(l.FS, name)
	if err != nil {
		return nil, err
	}
	l.record(in)
	return b, nil
}

// record notes a file read whole. One read twice with different bytes
// matches no listing, so the next build reads it again.
func (l *ReadLog) record(in Input) {
	l.mu.Lock()
	if old, ok := l.read[in.Path]; ok && old != in {
		in = Input{FileStat{in.Path, -2, 0}, ""}
	}
	l.read[in.Path] = in
	l.mu.Unlock()
}

func (l *ReadLog) Open(name string) (fs.File, error) {
	f, err := l.FS.Open(name)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return f, nil // a folder keeps its ReadDir
	}
	l.mu.Lock()
	l.opened[name] = true
	l.mu.Unlock()
	return &loggedFile{File: f, log: l, info: FileStat{name, fi.Size(), fi.ModTime().UnixNano()}, sum: sha256.New()}, nil
}

// A loggedFile hashes what is read of it, and records the hash in its log
// when it has been read to the end.
type loggedFile struct {
	fs.File
	log  *ReadLog
	info FileStat
	sum  hash.Hash
	n    int64
	done bool
}

func (f *loggedFile) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	f.sum.Write(p[:n])
	f.n += int64(n)
	if err == io.EOF && !f.done && f.n == f.info.Size {
		f.done = true
		f.log.record(Input{f.info, hex.EncodeToString(f.sum.Sum(nil))})
	}
	return n, err
}

// Have gives the files the build read whole.
func (l *ReadLog) Have(f FileStat) (Input, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	in, ok := l.read[f.Path]
	return in, ok
}

// Trust accepts a file hashed after a steady build that started at start,
// one it did not read whole, if it is as listed before the build, and the
// build never opened it (its bytes made nothing of the site) or it was
// last modified well before the build started (a change in the same tick
// of a coarse clock would not show in its time).
func (l *ReadLog) Trust(start time.Time) func(listed FileStat, read Input) bool {
	racy := start.Add(-2 * time.Second).UnixNano()
	return func(listed FileStat, read Input) bool {
		l.mu.Lock()
		opened := l.opened[listed.Path]
		l.mu.Unlock()
		return read.FileStat == listed && (!opened || listed.MTime < racy)
	}
}

func (l *ReadLog) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(l.FS, name)
	if err == nil {
		names := make(map[string]bool, len(entries))
		for _, e := range entries {
			names[e.Name()] = true
		}
		l.mu.Lock()
		if seen, ok := l.dirs[name]; ok {
			for n := range seen { // listed twice: only what both showed
				seen[n] = seen[n] && names[n]
			}
		} else {
			l.dirs[name] = names
		}
		l.mu.Unlock()
	}
	return entries, err
}

// Steady reports whether the inputs listed before the build are still as
// they were, and the build saw each of them in every folder of theirs it
// listed: then nothing changed while the build ran (a file renamed away
// and back, or saved by writing a new one, would show), and what it read
// is what the inputs hold.
func (l *ReadLog) Steady(src fs.FS, listed []FileStat) bool {
	now, err := Scan(src, Roots...)
	if err != nil || !slices.Equal(now, listed) {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, f := range listed {
		if names, ok := l.dirs[path.Dir(f.Path)]; ok && !names[path.Base(f.Path)] {
			return false
		}
	}
	return true
}
func (l *ReadLog) Stat(name string) (fs.FileInfo, error) { return fs.Stat(l.FS, name) }

// Prehash starts hashing the running program in the background, for the
// Key asked for when a build is done.
func Prehash() { go executableSum() }

// executableSum hashes the running program: a new ocopgen, or one built
// from changed sources, may render the same catalogue differently.
var executableSum = sync.OnceValues(func() ([]byte, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(exe)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
})

// Scan lists the regular files under the roots in fsys, with their sizes
// and modification times, sorted by path; a link to a file is listed with
// the file it points to. Folders are read in parallel:
// on a slow disk each read waits more than it computes. A root that does
// not exist is skipped.
func Scan(fsys fs.FS, roots ...string) ([]FileStat, error) {
	var (
		mu    sync.Mutex
		files []FileStat
		first error
		wg    sync.WaitGroup
	)
	sem := make(chan struct{}, 8)
	fail := func(err error) {
		mu.Lock()
		first = cmp.Or(first, err)
		mu.Unlock()
	}
	// Symbolic links to files are followed, as loading follows them; links
	// to folders are not (loading refuses them), so no loop of links, nor
	// a link to /, makes the walk endless.
	var dir func(name string)
	dir = func(name string) {
		defer wg.Done()
		sem <- struct{}{}
		entries, err := fs.ReadDir(fsys, name)
		<-sem
		if err != nil {
			fail(err)
			return
		}
		var local []FileStat
		for _, e := range entries {
			p := path.Join(name, e.Name())
			f, sub, err := entry(fsys, p, e)
			switch {
			case err != nil:
				fail(err)
				return
			case sub:
				wg.Add(1)
				go dir(p)
			case f.Path != "":
				local = append(local, f)
			}
		}
		mu.Lock()
		files = append(files, local...)
		mu.Unlock()
	}
	for _, root := range roots {
		fi, err := fs.Stat(fsys, root)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		case fi.IsDir():
			wg.Add(1)
			go dir(root)
		case fi.Mode().IsRegular():
			files = append(files, FileStat{root, fi.Size(), fi.ModTime().UnixNano()})
		}
	}
	wg.Wait()
	slices.SortFunc(files, func(a, b FileStat) int { return strings.Compare(a.Path, b.Path) })
	return files, first
}

// entry is the listing of the entry e of a folder, at p: a regular file
// with its size and time; a link with what it points to, or by its name
// alone (size -1) if it points to a folder or is refused; sub when it is
// a folder to list; nothing for others (a named pipe, a socket).
func entry(fsys fs.FS, p string, e fs.DirEntry) (f FileStat, sub bool, err error) {
	var fi fs.FileInfo
	linked := e.Type()&fs.ModeSymlink != 0
	if linked {
		fi, err = fs.Stat(fsys, p)
		if err != nil {
			// A link refused (broken, a loop, leaving the catalogue):
			// still a change when it comes or goes.
			return FileStat{p, -1, 0}, false, nil
		}
	} else if fi, err = e.Info(); err != nil {
		return FileStat{}, false, err
	}
	switch {
	case fi.IsDir() && linked:
		return FileStat{p, -1, 0}, false, nil // a name, not followed
	case fi.IsDir():
		return FileStat{}, true, nil
	case fi.Mode().IsRegular():
		return FileStat{p, fi.Size(), fi.ModTime().UnixNano()}, false, nil
	}
	return FileStat{}, false, nil
}

// Read returns the stamp of the last build published from cacheDir,
// or nil.
func Read(cacheDir string) *Record {
	b, err := os.ReadFile(filepath.Join(cacheDir, stampFile))
	if err != nil {
		return nil
	}
	var st Record
	if json.Unmarshal(b, &st) != nil {
		return nil
	}
	return &st
}

// Current reports whether the build st records had the inputs key and
// its destination dest is still exactly as that build left it.
func (st *Record) Current(key, dest string) bool {
	if st == nil || st.Key != key || st.Dest != dest {
		return false
	}
	files, err := Scan(os.DirFS(dest), ".")
	return err == nil && slices.Equal(files, st.Files)
}

// Write records a build just published into dest, with the files
// output.Publish reports it wrote there. Failing to record
// it costs only the next build's shortcut.
func Write(cacheDir, key string, inputs []Input, hashed time.Time, dest string, published []output.File, result json.RawMessage) {
	files := make([]FileStat, len(published))
	for i, f := range published {
		files[i] = FileStat{f.Name, f.Size, f.ModTime.UnixNano()}
	}
	st := Record{Key: key, Inputs: inputs, Dest: dest, Files: files, Result: result, Hashed: hashed.UTC()}
	b, err := json.Marshal(st)
	if err != nil || os.MkdirAll(cacheDir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(cacheDir, stampFile+".*")
	if err != nil {
		return
	}
	_, err = tmp.Write(b)
	if err = cmp.Or(err, tmp.Close()); err != nil {
		os.Remove(tmp.Name())
		return
	}
	if os.Rename(tmp.Name(), filepath.Join(cacheDir, stampFile)) != nil {
		os.Remove(tmp.Name())
	}
}
