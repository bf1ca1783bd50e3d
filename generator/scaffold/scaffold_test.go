package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// TestSkeletonLanguages: a skeleton's comments are in the language asked
// for, and both languages write the same keys and values, line for line.
func TestSkeletonLanguages(t *testing.T) {
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for _, kind := range kinds {
		var texts [2]string
		for i, tag := range [...]language.Tag{lang.Vietnamese, lang.English} {
			root := t.TempDir()
			p, err := Write(root, kind, "Mật ong hoa nhãn", now, tag)
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts[i] = string(b)
			if rel, _ := filepath.Rel(root, p); !strings.HasPrefix(filepath.ToSlash(rel), "content/") {
				t.Errorf("%s: written to %s", kind, rel)
			}
		}
		vi, en := texts[0], texts[1]
		if !strings.Contains(vi, "# bắt buộc") || strings.Contains(vi, "# required") || !strings.Contains(en, "# required") {
			t.Errorf("%s: the comments are not in the language asked for:\n%s\n---\n%s", kind, vi, en)
		}
		if a, b := values(vi), values(en); a != b {
			t.Errorf("%s: the Vietnamese and English skeletons differ outside comments:\n%s\n---\n%s", kind, a, b)
		}
	}
}

// values returns text without its comments and blank lines.
func values(text string) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}
