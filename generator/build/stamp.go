package build

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

	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/internal/parallel"
)

// A stamp records a published build: what went in (a hash of every input
// file, the options and the generator itself), what came out (each file
// of the destination with its size and modification time), and what the
// build reported. When the inputs hash the same and the destination is as
// the build left it, building again would write the same bytes, so Publish
// does nothing and reports the recorded result.
type stamp struct {
	Key    string
	Inputs []inFile
	Dest   string
	Files  []fileStat // of Dest
	Result Result     // as the build reported it
	Hashed time.Time  // when the inputs were read: later changes are not in Inputs
}

type fileStat struct {
	Path  string
	Size  int64
	MTime int64 // nanoseconds
}

// inFile is an input file and the SHA-256 of its bytes.
type inFile struct {
	fileStat
	Sum string // hex
}

const stampFile = "last-build.json"

// inputRoots are what a build reads from a catalogue.
var inputRoots = []string{load.ConfigFile, load.ContentDir, "themes"}

// inputKey hashes everything a build reads: ocopgen.toml, content/ and
// themes/ (names and bytes), the options, and the running generator's own
// executable, which holds the code and the default theme. files are the
// inputs as scan lists them. Like git's index, it reads only the files
// whose hash have does not already give (from the last stamp, or from the
// reads of the build itself); a file read here counts only if trust, when
// not nil, accepts it as what the build saw, or there is no key. It
// stops, with no key, when ctx is cancelled.
func inputKey(ctx context.Context, src fs.FS, opts Options, files []fileStat, have func(fileStat) (inFile, bool), trust func(listed fileStat, read inFile) bool) (string, []inFile, error) {
	inputs := make([]inFile, len(files))
	err := parallel.For(ctx, len(files), func(i int) error {
		f := files[i]
		if k, ok := have(f); ok {
			inputs[i] = k
			return nil
		}
		if f.Size < 0 {
			inputs[i] = inFile{f, ""} // a broken link: a name, no bytes
			return nil
		}
		_, in, err := hashFile(src, f.Path)
		if err != nil {
			return err
		}
		if trust != nil && !trust(f, in) {
			return fmt.Errorf("%s changed while the site was built", f.Path)
		}
		inputs[i] = in
		return nil
	})
	if err != nil {
		return "", nil, err
	}
	h := sha256.New()
	fmt.Fprintf(h, "ocopgen stamp 1\ntoday %s\ndrafts %t\n", opts.Today.Format(time.DateOnly), opts.Drafts)
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

// unchanged gives the inputs of the stamp st whose size and modification
// time are as recorded, unless they were modified too close to the
// stamp to tell (within 2 s before it: a later change may have kept the
// time).
func (st *stamp) unchanged() func(fileStat) (inFile, bool) {
	if st == nil {
		return func(fileStat) (inFile, bool) { return inFile{}, false }
	}
	known := make(map[string]inFile, len(st.Inputs))
	for _, f := range st.Inputs {
		known[f.Path] = f
	}
	racy := st.Hashed.Add(-2 * time.Second).UnixNano()
	return func(f fileStat) (inFile, bool) {
		k, ok := known[f.Path]
		return k, ok && k.fileStat == f && f.MTime < racy
	}
}

// hashFile reads the file name, with its size and time as it was opened.
// Errors name the file as fsys does (as fs.ReadFile of os.DirFS does).
func hashFile(fsys fs.FS, name string) ([]byte, inFile, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, inFile{}, err
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
		return nil, inFile{}, named(err)
	}
	b := make([]byte, 0, fi.Size()+1) // +1: the read that finds the end
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, inFile{}, named(err)
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
	sum := sha256.Sum256(b)
	in := inFile{fileStat{name, fi.Size(), fi.ModTime().UnixNano()}, hex.EncodeToString(sum[:])}
	if !fi.Mode().IsRegular() || int64(len(b)) != fi.Size() {
		in.Size = -2 // grew or shrank while read: matches no listing
	}
	return b, in, nil
}

// A readLog is a file system that keeps the hash of every file a build
// reads whole, through ReadFile or Open, with the size and time the file
// had when opened, so that a first build need not read its inputs a second
// time to hash them. Each hash is of the bytes the build read, so the stamp
// holds what the build saw even if the file changed since: the next build
// sees its new size or time and reads it again. It also notes the files
// opened without being read whole (an image the build only measured).
type readLog struct {
	fs.FS
	mu     sync.Mutex
	read   map[string]inFile
	opened map[string]bool
	dirs   map[string]map[string]bool // the names in each folder listed
}

func newReadLog(fsys fs.FS) *readLog {
	return &readLog{FS: fsys, read: map[string]inFile{}, opened: map[string]bool{}, dirs: map[string]map[string]bool{}}
}

func (l *readLog) ReadFile(name string) ([]byte, error) {
	b, in, err := hashFile(l.FS, name)
	if err != nil {
		return nil, err
	}
	l.record(in)
	return b, nil
}

// record notes a file read whole. One read twice with different bytes
// matches no listing, so the next build reads it again.
func (l *readLog) record(in inFile) {
	l.mu.Lock()
	if old, ok := l.read[in.Path]; ok && old != in {
		in = inFile{fileStat{in.Path, -2, 0}, ""}
	}
	l.read[in.Path] = in
	l.mu.Unlock()
}

func (l *readLog) Open(name string) (fs.File, error) {
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
	return &loggedFile{File: f, log: l, info: fileStat{name, fi.Size(), fi.ModTime().UnixNano()}, sum: sha256.New()}, nil
}

// A loggedFile hashes what is read of it, and records the hash in its log
// when it has been read to the end.
type loggedFile struct {
	fs.File
	log  *readLog
	info fileStat
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
		f.log.record(inFile{f.info, hex.EncodeToString(f.sum.Sum(nil))})
	}
	return n, err
}

// have gives the files the build read whole.
func (l *readLog) have(f fileStat) (inFile, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	in, ok := l.read[f.Path]
	return in, ok
}

// trust accepts a file hashed after a steady build that started at start,
// one it did not read whole, if it is as listed before the build, and the
// build never opened it (its bytes made nothing of the site) or it was
// last modified well before the build started (a change in the same tick
// of a coarse clock would not show in its time).
func (l *readLog) trust(start time.Time) func(listed fileStat, read inFile) bool {
	racy := start.Add(-2 * time.Second).UnixNano()
	return func(listed fileStat, read inFile) bool {
		l.mu.Lock()
		opened := l.opened[listed.Path]
		l.mu.Unlock()
		return read.fileStat == listed && (!opened || listed.MTime < racy)
	}
}

func (l *readLog) ReadDir(name string) ([]fs.DirEntry, error) {
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

// steady reports whether the inputs listed before the build are still as
// they were, and the build saw each of them in every folder of theirs it
// listed: then nothing changed while the build ran (a file renamed away
// and back, or saved by writing a new one, would show), and what it read
// is what the inputs hold.
func (l *readLog) steady(src fs.FS, listed []fileStat) bool {
	now, err := scan(src, inputRoots...)
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
func (l *readLog) Stat(name string) (fs.FileInfo, error) { return fs.Stat(l.FS, name) }

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

// scan lists the regular files under the roots in fsys, with their sizes
// and modification times, sorted by path; a link to a file is listed with
// the file it points to. Folders are read in parallel:
// on a slow disk each read waits more than it computes. A root that does
// not exist is skipped.
func scan(fsys fs.FS, roots ...string) ([]fileStat, error) {
	var (
		mu    sync.Mutex
		files []fileStat
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
		var local []fileStat
		for _, e := range entries {
			p := path.Join(name, e.Name())
			var fi fs.FileInfo
			var err error
			linked := e.Type()&fs.ModeSymlink != 0
			if linked {
				fi, err = fs.Stat(fsys, p)
				if err != nil {
					// A link refused (broken, a loop, leaving the
					// catalogue): still a change when it comes or goes.
					local = append(local, fileStat{p, -1, 0})
					continue
				}
			} else {
				fi, err = e.Info()
			}
			if err != nil {
				fail(err)
				return
			}
			switch {
			case fi.IsDir() && linked:
				local = append(local, fileStat{p, -1, 0}) // a name, not followed
			case fi.IsDir():
				wg.Add(1)
				go dir(p)
			case fi.Mode().IsRegular():
				local = append(local, fileStat{p, fi.Size(), fi.ModTime().UnixNano()})
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
			files = append(files, fileStat{root, fi.Size(), fi.ModTime().UnixNano()})
		}
	}
	wg.Wait()
	slices.SortFunc(files, func(a, b fileStat) int { return strings.Compare(a.Path, b.Path) })
	return files, first
}

// readStamp returns the stamp of the last build published from cacheDir,
// or nil.
func readStamp(cacheDir string) *stamp {
	b, err := os.ReadFile(filepath.Join(cacheDir, stampFile))
	if err != nil {
		return nil
	}
	var st stamp
	if json.Unmarshal(b, &st) != nil {
		return nil
	}
	return &st
}

// current reports whether the build st records had the inputs key and
// its destination dest is still exactly as that build left it.
func (st *stamp) current(key, dest string) bool {
	if st == nil || st.Key != key || st.Dest != dest {
		return false
	}
	files, err := scan(os.DirFS(dest), ".")
	return err == nil && slices.Equal(files, st.Files)
}

// writeStamp records a build just published into dest, with the files
// output.Publish reports it wrote there. Failing to record
// it costs only the next build's shortcut.
func writeStamp(cacheDir, key string, inputs []inFile, hashed time.Time, dest string, published []output.File, res *Result) {
	files := make([]fileStat, len(published))
	for i, f := range published {
		files[i] = fileStat{f.Name, f.Size, f.ModTime.UnixNano()}
	}
	st := stamp{Key: key, Inputs: inputs, Dest: dest, Files: files, Result: *res, Hashed: hashed.UTC()}
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
