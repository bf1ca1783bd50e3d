package watch

import (
	"os"
	"path"
	"strings"
)

// A batch names the paths whose content differs from when the batch began.
// A path that was not there then and is not there at its end did not
// change: it came and went within the batch. That is how editors and tools
// save a file atomically (sed -i, vim with backupcopy=no, VS Code, gedit):
// they write a temporary file beside it, under a name of their own
// ("sedAbc123", "x.toml.tmp", ".x.toml.XXXX"), and rename it over the file.
// The batch then names the saved file alone, as an edit in place does.
//
// A path that was there and is gone at the end (deleted, or renamed away)
// is a change, whatever else happened to it in the batch.

// change records a change of the path rel, which was there before the
// change when existed is set. The first change of a path in a batch tells
// whether it was there when the batch began.
func (w *Watcher) change(rel string, existed bool) {
	if _, ok := w.pending[rel]; !ok {
		w.pending[rel] = existed
	}
}

// forget records that the path rel, and what was below it, is no longer
// there (deleted, or renamed away). A path that came within the batch is
// dropped from it at once, so that an atomic save counts as the change of
// one file for the quiet period.
func (w *Watcher) forget(rel string) {
	if dir := w.known[rel]; dir {
		for p := range w.known {
			if strings.HasPrefix(p, rel+"/") {
				delete(w.known, p)
			}
		}
	}
	delete(w.known, rel)
	if existed, ok := w.pending[rel]; ok && !existed {
		delete(w.pending, rel)
	}
}

// know records that the file or folder at the absolute path p is there.
func (w *Watcher) know(p string, dir bool) {
	if rel, ok := w.rel(p); ok && !ignored(path.Base(rel)) {
		w.known[rel] = dir
	}
}

// dropTransient drops from the batch the paths that came within it and
// are gone at its end (see change). Those the file events already showed
// gone are dropped by forget; this finds the others, such as a temporary
// file that polling saw in one walk and not in the next, or one whose
// events were lost.
func (w *Watcher) dropTransient() {
	for p, existed := range w.pending {
		if existed {
			continue
		}
		if _, err := os.Lstat(w.abs(p)); isNotExist(err) {
			delete(w.pending, p)
			delete(w.snap, p) // when polling: the next walk finds it gone, and must not say so
		}
	}
}

// mark records the file at the absolute path p as changed.
func (w *Watcher) mark(p string) {
	if rel, ok := w.rel(p); ok && !ignored(path.Base(rel)) {
		_, known := w.known[rel]
		w.change(rel, known)
	}
}

// markAll records every watched path as changed.
func (w *Watcher) markAll() {
	for _, p := range w.paths {
		w.change(p, true)
	}
}
