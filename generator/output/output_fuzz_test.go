package output

import (
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzCheckName: a name CheckName accepts is already clean, relative, and
// names a file below the folder it is joined to, on any system.
func FuzzCheckName(f *testing.F) {
	for _, s := range []string{"index.html", "san-pham/a/index.html", "../x", "a/../../x", "/etc/passwd", `a\..\x`, "a//b", "./a", "a/", ".", "", "a\x00b", "C:/x", "%2e%2e/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if CheckName(name) != nil {
			return
		}
		if path.Clean(name) != name || strings.HasPrefix(name, "/") || name == "." {
			t.Fatalf("%q accepted, yet it is not a clean relative path", name)
		}
		local := filepath.FromSlash(name)
		if !filepath.IsLocal(local) {
			t.Fatalf("%q accepted, yet it is not local: %q", name, local)
		}
		root := filepath.Join("srv", "public")
		if rel, err := filepath.Rel(root, filepath.Join(root, local)); err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			t.Fatalf("%q accepted, yet it leaves the folder: %q", name, rel)
		}
	})
}
