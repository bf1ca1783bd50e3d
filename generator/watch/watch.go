// Package watch reports changes to the files of a catalogue, in batches.
//
// A Watcher watches a root folder and some paths inside it (files and
// folders; folders recursively, including folders created, renamed or
// deleted while it runs). It sends the changed paths on a channel, relative
// to the root with forward slashes, once the tree has been quiet for a short
// while: an editor's save or a git checkout touching hundreds of files gives
// one batch. A single file's change is sent after 10 ms of quiet, so a save
// shows at once; a burst of several waits for 100 ms of quiet (1 s at
// most). Editors' swap and backup files and chmod-only events are ignored,
// and a file that comes and goes within a batch is left out of it: an
// atomic save (a temporary file renamed over the saved one) is a change of
// the saved file alone, whatever the temporary file was called.
//
// It uses the system's file events (fsnotify). When the system refuses more
// watches (Linux's inotify limit, ENOSPC; or too many open files, EMFILE),
// it says so, with the fix, and goes on by polling: it walks the tree every
// second comparing sizes and modification times.
//
// The package knows nothing of catalogues or sites: it is a leaf at the edge
// of the program, used by the serve command.
package watch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// Options tune a Watcher. The zero value gives the defaults.
type Options struct {
	// Log receives the messages meant for a person: why the watcher falls
	// back to polling and how to fix it. Default os.Stderr.
	Log io.Writer

	// The timings, and polling from the start, are for the package's
	// tests.

	// quiet is how long the tree must be quiet before a batch of several
	// files is sent; default 100 ms.
	quiet time.Duration
	// quietOne is how long it must be quiet while a single file changed,
	// as when an editor saves: short, so that the save shows at once;
	// default 10 ms. Once a second file changes, the batch waits for
	// quiet.
	quietOne time.Duration
	// maxWait bounds how long changes wait while events keep coming;
	// default 1 s.
	maxWait time.Duration
	// pollOnly makes the watcher poll from the start instead of using the
	// system's file events.
	pollOnly bool
	// pollInterval is the time between two walks of the tree when polling;
	// default 1 s.
	pollInterval time.Duration
	// addWatch replaces fsnotify's Add, so tests can make the system refuse
	// a watch.
	addWatch func(fsw *fsnotify.Watcher, dir string) error
}

// Watcher sends batches of changed paths. Create it with New; stop it with
// Close.
type Watcher struct {
	root  string   // absolute, cleaned
	paths []string // watched, relative to root, slash-separated, cleaned
	opts  Options

	batches chan []string
	done    chan struct{}
	stopped chan struct{}
	close   sync.Once
	polling atomic.Bool

	// Owned by the loop goroutine once New returns.
	fsw   *fsnotify.Watcher
	dirs  map[string]bool // folders watched with fsnotify, absolute
	known map[string]bool // files and folders there, as file events tell; true for a folder
	snap  map[string]entry

	// The batch being gathered: each changed path, and whether it was
	// there when it first changed (see change).
	pending map[string]bool
	folders bool      // a folder came or went among the pending changes
	first   time.Time // of the pending changes
	ready   bool      // the tree was quiet: send the batch
	timer   *time.Timer
	ticker  *time.Ticker // when polling
}

// New starts watching paths (relative to root: files or folders, which need
// not exist yet) under the folder root.
func New(root string, paths []string, opts Options) (*Watcher, error) {
	if opts.quiet <= 0 {
		opts.quiet = 100 * time.Millisecond
	}
	if opts.maxWait <= 0 {
		opts.maxWait = time.Second
	}
	if opts.quietOne <= 0 {
		opts.quietOne = 10 * time.Millisecond
	}
	opts.quietOne = min(opts.quietOne, opts.quiet)
	opts.maxWait = max(opts.maxWait, opts.quiet)
	if opts.pollInterval <= 0 {
		opts.pollInterval = time.Second
	}
	if opts.Log == nil {
		opts.Log = os.Stderr
	}
	if opts.addWatch == nil {
		opts.addWatch = (*fsnotify.Watcher).Add
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(abs); err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, lang.Errorf("cannot watch %s: it is not a folder", root)
	}
	w := &Watcher{
		root:    abs,
		opts:    opts,
		batches: make(chan []string),
		done:    make(chan struct{}),
		stopped: make(chan struct{}),
		dirs:    map[string]bool{},
		known:   map[string]bool{},
		pending: map[string]bool{},
	}
	for _, p := range paths {
		p = path.Clean(filepath.ToSlash(p))
		if p == "." || p == ".." || strings.HasPrefix(p, "../") || path.IsAbs(p) {
			return nil, lang.Errorf("cannot watch %q: it is not a path inside %s", p, root)
		}
		w.paths = append(w.paths, p)
	}
	if opts.pollOnly {
		w.startPolling()
	} else if err := w.startEvents(); err != nil {
		w.fallBack(err)
	}
	go w.loop()
	return w, nil
}

// Batches returns the channel of batches: each holds the changed paths,
// sorted, relative to the root with forward slashes. A path may name a file
// or folder that no longer exists (deleted, or renamed away), or a folder
// standing for anything in it when events were lost (the system's queue
// overflowed, or the watcher fell back to polling). The channel is closed
// by Close.
func (w *Watcher) Batches() <-chan []string { return w.batches }

// Close stops the watcher and closes the channel of batches.
func (w *Watcher) Close() error {
	w.close.Do(func() { close(w.done) })
	<-w.stopped
	return nil
}

// startEvents sets up fsnotify: the parent folders of the watched paths
// (not recursively: they catch files saved by rename and watched folders
// created later) and every folder of the watched paths.
func (w *Watcher) startEvents() error {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	w.fsw = fsw
	parents := map[string]bool{}
	for _, p := range w.paths {
		parents[w.abs(path.Dir(p))] = true
	}
	for _, dir := range slices.Sorted(maps.Keys(parents)) {
		if err := w.watchDir(dir); err != nil && !isNotExist(err) {
			return err
		}
	}
	for _, p := range w.paths {
		if err := w.watchTree(w.abs(p), false); err != nil {
			return err
		}
	}
	return nil
}

// watchDir adds one folder to fsnotify.
func (w *Watcher) watchDir(dir string) error {
	if w.dirs[dir] {
		return nil
	}
	if err := w.opts.addWatch(w.fsw, dir); err != nil {
		return err
	}
	w.dirs[dir] = true
	return nil
}

// watchTree watches the folder dir and every folder below it; when mark is
// set, it also marks every file in it as changed (the files of a folder
// created while watching may be written before its watch exists). A file or
// a missing path is not an error.
//
// When the system refuses a watch, it goes on marking files and returns the
// error at the end.
func (w *Watcher) watchTree(dir string, mark bool) error {
	var refused error
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if isNotExist(err) {
				return nil // deleted meanwhile
			}
			return err
		}
		if ignored(d.Name()) && p != dir {
			return nil
		}
		if !d.IsDir() {
			if mark {
				w.mark(p)
			}
			w.know(p, false)
			return nil
		}
		w.know(p, true)
		if refused != nil {
			if !mark {
				return filepath.SkipAll
			}
			return nil
		}
		if err := w.watchDir(p); err != nil && !isNotExist(err) {
			refused = err
		}
		return nil
	})
	if refused != nil {
		return refused
	}
	return err
}

// unwatchTree forgets the watches of the folder dir and below, after it was
// deleted or renamed away. A renamed folder keeps its watches in the
// system, under its old name: they are removed here and added again under
// the new name when its Create event comes.
func (w *Watcher) unwatchTree(dir string) {
	for d := range w.dirs {
		if d == dir || strings.HasPrefix(d, dir+string(filepath.Separator)) {
			_ = w.fsw.Remove(d) // already gone with the folder, usually
			delete(w.dirs, d)
		}
	}
}

// fallBack reports why file events cannot be used and starts polling.
func (w *Watcher) fallBack(err error) {
	if w.fsw != nil {
		w.fsw.Close()
		w.fsw = nil
		w.dirs = map[string]bool{}
	}
	fmt.Fprintf(w.opts.Log, "%s\n", explain(err))
	w.startPolling()
}

// explain says why the system refused a watch and how to fix it.
func explain(err error) string {
	const poll = "ocopgen: watching for changes by polling every second instead (slower; it works)."
	switch {
	case errors.Is(err, syscall.ENOSPC) && runtime.GOOS == "linux":
		return fmt.Sprintf("ocopgen: cannot watch the catalogue for changes: %v.\n"+
			"The system's limit of inotify watches (fs.inotify.max_user_watches) is reached.\n"+
			"To raise it:  sudo sysctl fs.inotify.max_user_watches=524288\n"+
			"and to keep it after a restart:  echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/40-inotify.conf\n%s", err, poll)
	case errors.Is(err, syscall.EMFILE) && runtime.GOOS == "linux":
		return fmt.Sprintf("ocopgen: cannot watch the catalogue for changes: %v.\n"+
			"The system's limit of inotify instances (fs.inotify.max_user_instances) is reached.\n"+
			"To raise it:  sudo sysctl fs.inotify.max_user_instances=1024\n%s", err, poll)
	case errors.Is(err, syscall.EMFILE):
		return fmt.Sprintf("ocopgen: cannot watch the catalogue for changes: %v.\n"+
			"Too many open files: each watched folder takes one.\n"+
			"To raise the limit for this shell:  ulimit -n 10240\n%s", err, poll)
	}
	return fmt.Sprintf("ocopgen: cannot watch the catalogue for changes: %v.\n%s", err, poll)
}

// loop gathers events into batches and sends them.
func (w *Watcher) loop() {
	defer close(w.stopped)
	defer close(w.batches)
	w.timer = time.NewTimer(time.Hour)
	w.timer.Stop()
	defer func() {
		if w.ticker != nil {
			w.ticker.Stop()
		}
		if w.fsw != nil {
			w.fsw.Close()
		}
	}()
	for {
		if w.polling.Load() && w.ticker == nil {
			w.ticker = time.NewTicker(w.opts.pollInterval)
		}
		var (
			events <-chan fsnotify.Event
			errs   <-chan error
			tick   <-chan time.Time
			out    chan<- []string
			batch  []string
		)
		if w.fsw != nil {
			events, errs = w.fsw.Events, w.fsw.Errors
		}
		if w.ticker != nil {
			tick = w.ticker.C
		}
		if w.ready {
			out = w.batches
			batch = slices.Sorted(maps.Keys(w.pending))
		}
		select {
		case <-w.done:
			return
		case ev, ok := <-events:
			if !ok {
				w.fsw = nil
				continue
			}
			w.event(ev)
		case err, ok := <-errs:
			if !ok {
				w.fsw = nil
				continue
			}
			w.eventError(err)
		case <-tick:
			if w.poll() {
				w.arm()
			}
		case <-w.timer.C:
			w.quiet()
		case out <- batch:
			w.sent()
		}
	}
}

// arm restarts the quiet period after a change.
func (w *Watcher) arm() {
	if len(w.pending) == 0 {
		return
	}
	now := time.Now()
	if w.first.IsZero() {
		w.first = now
	}
	w.ready = false
	quiet := w.opts.quiet
	if len(w.pending) == 1 && !w.folders { // an editor's save
		quiet = w.opts.quietOne
	}
	wait := min(quiet, w.first.Add(w.opts.maxWait).Sub(now))
	w.timer.Reset(max(wait, 0))
}

// quiet ends the quiet period: the batch is ready, once the paths that
// came and went within it are dropped.
func (w *Watcher) quiet() {
	w.dropTransient()
	w.ready = len(w.pending) > 0
	if !w.ready {
		w.sent() // nothing left to send: start afresh
	}
}

// sent starts a new batch.
func (w *Watcher) sent() {
	clear(w.pending)
	w.folders = false
	w.first, w.ready = time.Time{}, false
}

// event takes one file event.
func (w *Watcher) event(ev fsnotify.Event) {
	changed, err := w.handle(ev)
	if err != nil {
		w.fallBack(err)
		w.markAll()
	}
	if changed || err != nil {
		w.arm()
	}
}

// eventError takes an error of the file events.
func (w *Watcher) eventError(err error) {
	if !errors.Is(err, fsnotify.ErrEventOverflow) {
		fmt.Fprintf(w.opts.Log, "ocopgen: watching for changes: %v\n", err)
		return
	}
	// Events were lost: everything may have changed, and new folders may
	// lack a watch.
	w.markAll()
	for _, p := range w.paths {
		if err := w.watchTree(w.abs(p), false); err != nil {
			w.fallBack(err)
			break
		}
	}
	w.arm()
}

// handle records one file event and tells whether it is a change of the
// watched files. It returns an error only when the system refuses to watch
// a new folder.
func (w *Watcher) handle(ev fsnotify.Event) (bool, error) {
	if ev.Op&^fsnotify.Chmod == 0 {
		return false, nil // chmod only: no content changed
	}
	rel, ok := w.rel(ev.Name)
	if !ok || ignored(path.Base(rel)) {
		return false, nil
	}
	_, known := w.known[rel]
	w.change(rel, known)
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		w.folders = w.folders || w.dirs[ev.Name]
		w.unwatchTree(ev.Name)
		w.forget(rel)
		return true, nil
	}
	if !known {
		w.known[rel] = false // a file, or a folder: watchTree below says
	}
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
			w.folders = true
			// A folder created, or renamed into place: its watches may be
			// stale (the system keeps them under the old name).
			w.unwatchTree(ev.Name)
			return true, w.watchTree(ev.Name, true)
		}
	}
	return true, nil
}

// rel returns the path of name relative to the root, if it is one of the
// watched paths or inside one.
func (w *Watcher) rel(name string) (string, bool) {
	r, err := filepath.Rel(w.root, name)
	if err != nil {
		return "", false
	}
	r = filepath.ToSlash(r)
	for _, p := range w.paths {
		if r == p || strings.HasPrefix(r, p+"/") {
			return r, true
		}
	}
	return "", false
}

func (w *Watcher) abs(rel string) string {
	return filepath.Join(w.root, filepath.FromSlash(rel))
}

func isNotExist(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR)
}

// ignored reports whether a file name is an editor's temporary, backup or
// swap file, or a system's metadata file: changes to them are not changes
// to the catalogue.
func ignored(name string) bool {
	switch {
	case name == "4913", // vim checks it can write a folder with this file
		name == ".DS_Store",
		strings.HasSuffix(name, "~"), // vim, emacs backups
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"), // emacs auto-save
		strings.HasPrefix(name, ".#"),                                // emacs lock
		strings.HasSuffix(name, "___jb_tmp___"),                      // JetBrains safe write
		strings.HasSuffix(name, "___jb_old___"):
		return true
	}
	switch path.Ext(name) {
	case ".swp", ".swx", ".swo", ".swn": // vim swap files
		return true
	}
	return false
}
