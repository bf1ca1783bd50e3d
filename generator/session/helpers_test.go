package session

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// exampleRoot is the example catalogue at the root of the repository.
const exampleRoot = "../.."

// exampleDate is the build date of every test of the example.
var exampleDate = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// snapshotExample copies the example catalogue (its settings, content and
// themes) into a new folder, so that a test sees one version of it even
// while it is being edited.
func snapshotExample(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "catalogue")
	src := os.DirFS(exampleRoot)
	for _, root := range []string{"ocopgen.toml", "content", "themes"} {
		err := fs.WalkDir(src, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(src, p)
			if err != nil {
				return err
			}
			full := filepath.Join(dir, filepath.FromSlash(p))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				return err
			}
			return os.WriteFile(full, b, 0o644)
		})
		if err != nil && !(root == "themes" && errors.Is(err, fs.ErrNotExist)) {
			t.Fatalf("copying the catalogue: %v", err)
		}
	}
	return dir
}
