package records

import (
	"io/fs"
	"slices"
	"strings"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
)

// checkPlanned loads the catalogue of fsys with the planned files in
// place, as check would, and adds to the plan the errors of those files:
// the import never writes a record that check refuses.
func checkPlanned(fsys fs.FS, p *Plan, sheet string, today time.Time) {
	if len(p.Changes) == 0 {
		return
	}
	over := overlay{base: fsys, files: fstest.MapFS{}}
	for _, c := range p.Changes {
		over.files[c.File] = &fstest.MapFile{Data: c.Text, Mode: 0o644}
	}
	_, probs := load.Load(over, load.Options{Today: today})
	failed := map[string]bool{}
	for _, prob := range probs.Problems() {
		if prob.Severity == diag.Error && over.files[prob.File] != nil {
			p.Problems.Add(prob)
			failed[prob.File] = true
		}
	}
	for _, c := range p.Changes {
		if failed[c.File] {
			p.Problems.Errorf(diag.Pos{File: sheet, Line: c.Line}, "this row's record, %s, would not pass check (its problems are listed with it): correct the row, or the catalogue", c.File)
		}
	}
}

// overlay is the file system fsys with files laid over it: a file of
// files replaces fsys's of the same name, and the folders list both.
type overlay struct {
	base  fs.FS
	files fstest.MapFS
}

func (o overlay) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	f, err := o.base.Open(name)
	if err != nil && o.isDir(name) {
		return o.files.Open(name)
	}
	return f, err
}

func (o overlay) ReadFile(name string) ([]byte, error) {
	if f, ok := o.files[name]; ok {
		return slices.Clone(f.Data), nil
	}
	return fs.ReadFile(o.base, name)
}

func (o overlay) Stat(name string) (fs.FileInfo, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Stat(name)
	}
	fi, err := fs.Stat(o.base, name)
	if err != nil && o.isDir(name) {
		return o.files.Stat(name)
	}
	return fi, err
}

// ReadDir lists the folder name of both, the overlay's entries first.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	base, err := fs.ReadDir(o.base, name)
	if err != nil && !o.isDir(name) {
		return nil, err
	}
	over, _ := o.files.ReadDir(name)
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, e := range over {
		seen[e.Name()] = true
		out = append(out, e)
	}
	for _, e := range base {
		if !seen[e.Name()] {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// isDir reports whether name is a folder of the overlay's files.
func (o overlay) isDir(name string) bool {
	for f := range o.files {
		if name == "." || strings.HasPrefix(f, name+"/") {
			return true
		}
	}
	return false
}
