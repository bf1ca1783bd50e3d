package build

import (
	"io/fs"
	"path"
	"strings"

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
