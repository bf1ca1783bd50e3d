package build

import (
	"io/fs"
	"path"
	"strings"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/source"
)

// readable reports whether a file listed in a walk can be copied: a
// regular file, or a link that the file system follows. Others (a link
// refused, a named pipe) are reported by source.Check, with the rest of
// the folder they are in.
func readable(p string, d fs.DirEntry) bool { return source.Refused(p, d) == nil }

// copyPath is the path in the catalogue of a file copied into the site:
// from is inside content/, or a theme's static/ file.
func copyPath(from, theme string) string {
	if strings.HasPrefix(from, "static/") {
		return path.Join("themes", theme, from)
	}
	return from
}

// checkCopies reports the files to copy into the site that cannot be
// opened, so that they are errors with every other problem, before a page
// is rendered, not a failure in the middle of writing. The images measured
// were read whole already.
func checkCopies(src, themeFS fs.FS, theme string, media []string, measured map[string]render.Image, static []string, probs *diag.List) {
	open := func(fsys fs.FS, name, at string) {
		f, err := fsys.Open(name)
		if err != nil {
			source.Report(probs, at, err)
			return
		}
		f.Close()
	}
	for _, m := range media {
		if _, ok := measured[m]; !ok {
			open(src, path.Join(load.ContentDir, m), path.Join(load.ContentDir, m))
		}
	}
	for _, s := range static {
		open(themeFS, s, copyPath(s, theme))
	}
}
