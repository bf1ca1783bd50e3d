package stamp

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestScanFollowsNoFolderLinks: the inputs hashed for the cache do not go
// through a link to a folder (here the folder above, a loop that the scan
// once followed eight links deep); the link is listed by its name alone.
// A link to a file is listed with the file.
func TestScanFollowsNoFolderLinks(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	if err := os.MkdirAll(filepath.Join(content, "media"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(content, "media", "a.svg"), []byte("<svg/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"content/up": "..", "content/media/same": ".", "content/media/b.svg": "a.svg"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	files, err := Scan(os.DirFS(dir), "content")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Path)
		if f.Path == "content/media/b.svg" && f.Size != 6 {
			t.Errorf("the link to a file is listed with %d bytes, want the file's 6", f.Size)
		}
	}
	want := []string{"content/media/a.svg", "content/media/b.svg", "content/media/same", "content/up"}
	if !slices.Equal(got, want) {
		t.Errorf("Scan listed %v, want %v", got, want)
	}
}
