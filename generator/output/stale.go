package output

import (
	"os"
	"path/filepath"
	"strings"
)

// Publish builds into a staging folder beside dest named .<base>.new-N (N
// a number os.MkdirTemp chose), renamed to .<base>.new-N.old for a moment
// where the system cannot exchange two folders in one step. A build that
// was killed leaves its staging folder behind; the next one removes it.

// stagingPattern is the os.MkdirTemp pattern of the staging folders of
// dest's base name.
func stagingPattern(base string) string { return "." + base + ".new-" }

// isStaging reports whether name is that of a staging folder for base:
// .<base>.new-N or .<base>.new-N.old, N all digits.
func isStaging(name, base string) bool {
	n, ok := strings.CutPrefix(name, stagingPattern(base))
	if !ok {
		return false
	}
	n = strings.TrimSuffix(n, ".old")
	return n != "" && strings.Trim(n, "0123456789") == ""
}

// removeStale removes the staging folders for base in parent. The caller
// holds the destination's lock exclusively, so no build is using them.
// It returns the names it removed; what cannot be removed stays for the
// next build to try.
func removeStale(parent, base string) []string {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		if !e.IsDir() || !isStaging(e.Name(), base) {
			continue
		}
		if os.RemoveAll(filepath.Join(parent, e.Name())) == nil {
			removed = append(removed, e.Name())
		}
	}
	return removed
}

// Tidy removes the staging folders that killed builds left beside dest,
// as Publish does first, for a build that finds dest up to date and
// publishes nothing.
func Tidy(dest string) {
	dest = filepath.Clean(dest)
	if l, err := acquire(filepath.Dir(dest), filepath.Base(dest)); err == nil {
		l.release()
	}
}
