package records

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// Write writes the plan's files into the catalogue folder root, all or
// none: each file is written beside its place under a temporary name,
// and only when every one is written are they renamed into place. A plan
// with errors writes nothing.
func (p *Plan) Write(root string) error {
	if p.Failed() {
		return lang.Errorf("the plan has errors: nothing was written")
	}
	var temps []string
	undo := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, c := range p.Changes {
		dst := filepath.Join(root, filepath.FromSlash(c.File))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			undo()
			return err
		}
		f, err := os.CreateTemp(filepath.Dir(dst), ".import-*.toml")
		if err != nil {
			undo()
			return err
		}
		temps = append(temps, f.Name())
		_, err = f.Write(c.Text)
		err = errors.Join(err, f.Sync(), f.Close())
		if err == nil {
			err = keepMode(dst, f.Name())
		}
		if err != nil {
			undo()
			return err
		}
	}
	for i, c := range p.Changes {
		if err := os.Rename(temps[i], filepath.Join(root, filepath.FromSlash(c.File))); err != nil {
			undo() // the files renamed already stay: each is a whole, checked record
			return err
		}
	}
	return nil
}

// keepMode gives the new file tmp the mode of the file dst it replaces,
// or 0644 for a new record.
func keepMode(dst, tmp string) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(dst); err == nil {
		mode = fi.Mode().Perm()
	}
	return os.Chmod(tmp, mode)
}
