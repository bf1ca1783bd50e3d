package records

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
)

var update = flag.Bool("update", false, "rewrite the want files of testdata/*.txtar")

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// TestArchives plans the import of each testdata/*.txtar archive: its
// files are the catalogue, "annex.json" the annex.Annex read from a sheet
// (with "decision" and "level" overriding its decision), "want/PATH" the
// expected text of a planned file, "want-unchanged" the files the plan must
// leave alone, "want-plan" the changes and skipped rows, and
// "want-problems" the problems in Vietnamese then in English. The plan is
// then applied to the catalogue and planned again: the second plan must
// change nothing.
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
			var a annex.Annex
			var level string
			for _, f := range ar.Files {
				switch {
				case f.Name == "annex.json":
					var in struct {
						annex.Annex
						Decision string
						Date     string
						Level    string
					}
					if err := json.Unmarshal(f.Data, &in); err != nil {
						t.Fatal(err)
					}
					a, level = in.Annex, in.Level
					a.DecisionNo = in.Decision
					a.DecisionDate, _ = time.Parse(time.DateOnly, in.Date)
				case !strings.HasPrefix(f.Name, "want"):
					fsys[f.Name] = &fstest.MapFile{Data: f.Data}
				}
			}
			if level == "" {
				level = "city"
			}
			plan := planOf(t, fsys, &a, level)
			planned := map[string][]byte{}
			for _, c := range plan.Changes {
				planned[c.File] = c.Text
			}
			for i, f := range ar.Files {
				var got []byte
				switch {
				case f.Name == "want-plan":
					got = describe(plan)
				case f.Name == "want-problems":
					var b bytes.Buffer
					diag.PrintIn(&b, plan.Problems.Problems(), diag.Text, lang.Vietnamese)
					diag.PrintIn(&b, plan.Problems.Problems(), diag.Text, lang.English)
					got = b.Bytes()
				case f.Name == "want-unchanged":
					for _, name := range strings.Fields(string(f.Data)) {
						if _, ok := planned[name]; ok {
							t.Errorf("%s is planned to change; it should not be", name)
						}
					}
					continue
				case strings.HasPrefix(f.Name, "want/"):
					var ok bool
					if got, ok = planned[f.Name[5:]]; !ok {
						t.Errorf("%s is not planned (problems: %v)", f.Name[5:], plan.Problems.Problems())
						continue
					}
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
			if plan.Failed() {
				return
			}
			for name, text := range planned {
				fsys[name] = &fstest.MapFile{Data: text}
			}
			if again := planOf(t, fsys, &a, level); len(again.Changes) > 0 || again.Failed() {
				t.Errorf("importing the same annex again: %s%v", describe(again), again.Problems.Problems())
			}
		})
	}
}

func planOf(t *testing.T, fsys fstest.MapFS, a *annex.Annex, level string) *Plan {
	t.Helper()
	cat, probs := load.Load(fsys, load.Options{Today: today})
	if errs, _ := probs.Count(); errs > 0 {
		t.Fatalf("the catalogue has errors: %v", probs.Problems())
	}
	return Make(fsys, cat, a, Options{Decision: Decision{No: a.DecisionNo, Date: a.DecisionDate, Level: level}, Lang: lang.Vietnamese, Today: today})
}

func describe(p *Plan) []byte {
	var b bytes.Buffer
	for _, c := range p.Changes {
		b.WriteString(strings.Join([]string{c.Kind, c.File, c.Name, c.District, strings.Repeat("*", c.Stars)}, " | "))
		b.WriteByte('\n')
	}
	for _, s := range p.Skipped {
		b.WriteString("skip | " + s.File + " | " + s.Name + "\n")
	}
	return b.Bytes()
}
