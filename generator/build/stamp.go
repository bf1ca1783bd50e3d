package build

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
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
	"time"

	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/output"
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
// executable, which holds the code and the default theme. Like git's
// index, it reads again only the files whose size or modification time
// differ from the last stamp's (or that were modified too close to it to
// tell); the others keep their recorded hashes.
//
// read, if not nil, holds the files a build has just read, with the hash
// and the size and time of the bytes it read: those are taken as they are,
// even if the file changed since (the next build then sees the change).
func inputKey(src fs.FS, opts Options, last *stamp, read map[string]inFile) (string, []inFile, error) {
	files, err := scan(src, inputRoots...)
	if err != nil {
		return "", nil, err
	}
	known := map[string]inFile{}
	if last != nil {
		for _, f := range last.Inputs {
			known[f.Path] = f
		}
	}
	racy := int64(0)
	if last != nil {
		racy = last.Hashed.Add(-2 * time.Second).UnixNano()
	}
	inputs := make([]inFile, len(files))
	err = parallel(context.Background(), len(files), func(i int) error {
		f := files[i]
		if r, ok := read[f.Path]; ok {
			inputs[i] = r
			return nil
		}
		if k, ok := known[f.Path]; ok && k.Size == f.Size && k.MTime == f.MTime && f.MTime < racy {
			inputs[i] = k
			return nil
		}
		b, err := fs.ReadFile(src, f.Path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		inputs[i] = inFile{f, hex.EncodeToString(sum[:])}
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

// A readLog is a file system that keeps the hash of every file read whole
// through ReadFile, with the size and time the file had when opened, so
// that a first build need not read its inputs a second time to hash them.
type readLog struct {
	fs.FS
	mu   sync.Mutex
	read map[string]inFile
}

func newReadLog(fsys fs.FS) *readLog { return &readLog{FS: fsys, read: map[string]inFile{}} }

func (l *readLog) ReadFile(name string) ([]byte, error) {
	f, err := l.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, fi.Size()+1) // +1: the read that finds the end
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
	sum := sha256.Sum256(b)
	in := inFile{fileStat{name, fi.Size(), fi.ModTime().UnixNano()}, hex.EncodeToString(sum[:])}
	if !fi.Mode().IsRegular() || int64(len(b)) != fi.Size() {
		return b, nil // grew or shrank while read: hashed again afterwards
	}
	l.mu.Lock()
	l.read[name] = in
	l.mu.Unlock()
	return b, nil
}

func (l *readLog) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(l.FS, name) }
func (l *readLog) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(l.FS, name) }

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
// and modification times, sorted by path; a link is listed with what it
// points to. Folders are read in parallel:
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
	// Symbolic links are followed, as loading follows them: to files, and
	// to folders, up to a depth that a loop of links cannot pass.
	const maxLinks = 8
	var dir func(name string, links int)
	dir = func(name string, links int) {
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
				if errors.Is(err, fs.ErrNotExist) {
					local = append(local, fileStat{p, -1, 0}) // a broken link: still a change when it comes or goes
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
			case fi.IsDir() && (!linked || links < maxLinks):
				wg.Add(1)
				if linked {
					go dir(p, links+1)
				} else {
					go dir(p, links)
				}
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
			go dir(root, 0)
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
