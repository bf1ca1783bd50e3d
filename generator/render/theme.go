package render

import (
	"errors"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/source"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// ThemeFS returns the files of the theme name of the catalogue src: its
// themes/<name>/ over the embedded default theme, each file of the
// catalogue's theme replacing the default's. The default theme needs no
// folder; another one does.
func ThemeFS(src fs.FS, name string) (fs.FS, error) {
	dir := "themes/" + name
	own, err := fs.Sub(src, dir)
	if err != nil {
		return nil, err
	}
	_, statErr := fs.Stat(src, dir)
	if statErr != nil && !errors.Is(statErr, fs.ErrNotExist) {
		return nil, statErr // a link refused, or a folder that cannot be read
	}
	if name != "default" {
		if statErr != nil {
			return nil, lang.Errorf("theme %q not found: create the folder %s/ or set theme = \"default\" in ocopgen.toml", name, dir)
		}
		return overlay{own, theme.FS}, nil
	}
	if statErr != nil {
		return theme.FS, nil
	}
	return overlay{own, theme.FS}, nil
}

// StaticFiles lists the static files of a theme (as ThemeFS gives it),
// copied into the site as they are: paths under static/. A file that
// cannot be copied (a link refused, a named pipe) is left out:
// source.Check reports it.
func StaticFiles(themeFS fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(themeFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && source.Refused(p, d) == nil {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// overlay reads files from top, falling back to base.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	fi, err := fs.Stat(o.top, name)
	var refused *source.Error // reported by source.Check
	switch {
	case err == nil && !fi.IsDir():
		return o.top.Open(name)
	case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.As(err, &refused):
		return nil, err // the catalogue's file, unreadable: not replaced by the embedded one
	}
	return o.base.Open(name)
}

// ReadDir merges the entries of both layers, so static/ lists the files of
// both.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]fs.DirEntry{}
	var firstErr error
	for _, l := range []fs.FS{o.base, o.top} {
		es, err := fs.ReadDir(l, name)
		if err != nil {
			firstErr = err
			continue
		}
		for _, e := range es {
			seen[e.Name()] = e
		}
	}
	if len(seen) == 0 && firstErr != nil {
		return nil, firstErr
	}
	return slices.SortedFunc(maps.Values(seen), func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) }), nil
}
