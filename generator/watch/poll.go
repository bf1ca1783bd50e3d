package watch

import (
	"io/fs"
	"path/filepath"
	"time"
)

// entry is what polling compares of a file: a change of size or
// modification time is a change of the file.
type entry struct {
	size  int64
	mtime time.Time
	dir   bool
}

// startPolling switches to polling, from a fresh picture of the tree.
func (w *Watcher) startPolling() {
	w.polling.Store(true)
	w.snap = w.snapshot()
}

// snapshot walks the watched paths.
func (w *Watcher) snapshot() map[string]entry {
	snap := map[string]entry{}
	for _, p := range w.paths {
		filepath.WalkDir(w.abs(p), func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // missing, or deleted during the walk
			}
			if ignored(d.Name()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			fi, err := d.Info()
			if err != nil {
				return nil
			}
			if rel, ok := w.rel(name); ok {
				snap[rel] = entry{size: fi.Size(), mtime: fi.ModTime(), dir: fi.IsDir()}
			}
			return nil
		})
	}
	return snap
}

// poll walks the tree and records what changed since the last walk; it
// tells whether anything did.
func (w *Watcher) poll() bool {
	snap := w.snapshot()
	changed := false
	for p, e := range snap {
		old, ok := w.snap[p]
		// A folder's own time changes with its entries: only its creation
		// counts.
		if !ok || old.dir != e.dir || !e.dir && (old.size != e.size || !old.mtime.Equal(e.mtime)) {
			w.change(p, ok)
			changed = true
		}
	}
	for p := range w.snap {
		if _, ok := snap[p]; !ok {
			w.change(p, true)
			changed = true
		}
	}
	w.snap = snap
	return changed
}
