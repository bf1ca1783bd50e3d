package build

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/output"
)

var update = flag.Bool("update", false, "rewrite the want files of testdata/*.txtar")

// TestArchives builds each testdata/*.txtar archive: its files are the
// catalogue (usually with a minimal theme, so output can be compared
// exactly); a file "want/PATH" is the expected content of the built file
// PATH, "want-problems" the expected problems as check prints them, and
// "want-missing" lists files that must not be built.
func TestArchives(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no test archives")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fstest.MapFS{}
			for _, f := range ar.Files {
				if !strings.HasPrefix(f.Name, "want") {
					fsys[f.Name] = &fstest.MapFile{Data: f.Data}
				}
			}
			site := output.NewMemory()
			res, _ := Build(context.Background(), fsys, site, Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
			var probs bytes.Buffer
			diag.Print(&probs, res.Problems, diag.Text)
			for i, f := range ar.Files {
				var got []byte
				switch {
				case f.Name == "want-problems":
					got = probs.Bytes()
				case f.Name == "want-missing":
					for _, name := range strings.Fields(string(f.Data)) {
						if _, ok := site.File(name); ok {
							t.Errorf("%s was built; it should not be", name)
						}
					}
					continue
				case strings.HasPrefix(f.Name, "want/"):
					b, ok := site.File(strings.TrimPrefix(f.Name, "want/"))
					if !ok {
						t.Errorf("%s was not built (problems: %s)", f.Name[5:], probs.String())
						continue
					}
					got = b
				default:
					continue
				}
				if *update {
					ar.Files[i].Data = got
					continue
				}
				if !bytes.Equal(got, f.Data) {
					t.Errorf("%s differs\n--- got ---\n%s\n--- want ---\n%s", f.Name, got, f.Data)
				}
			}
			if *update {
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
