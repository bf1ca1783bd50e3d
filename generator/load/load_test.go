package load

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/ocopgen/ocopgen/generator/diag"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

var testDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// TestProblems loads each testdata/*.txtar archive as a catalogue and
// compares the problems reported with its "want" file, one problem a line,
// exactly as ocopgen check prints them.
func TestProblems(t *testing.T) {
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
			var want []byte
			wantIndex := -1
			for i, f := range ar.Files {
				if f.Name == "want" {
					want, wantIndex = f.Data, i
					continue
				}
				fsys[f.Name] = &fstest.MapFile{Data: f.Data}
			}
			if wantIndex < 0 {
				t.Fatal("archive has no want file")
			}
			_, probs := Load(fsys, Options{Today: testDay})
			var got bytes.Buffer
			diag.Print(&got, probs.Problems(), diag.Text)
			if *update {
				ar.Files[wantIndex].Data = got.Bytes()
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got.String() != string(want) {
				t.Errorf("problems differ\n--- got ---\n%s--- want ---\n%s", got.String(), want)
			}
		})
	}
}

// TestInvalidUTF8 cannot be a txtar archive: the archive itself must be
// text.
func TestInvalidUTF8(t *testing.T) {
	fsys := fstest.MapFS{
		"ocopgen.toml":           {Data: []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n")},
		"content/districts.toml": {Data: []byte("[[district]]\nname = \"Gia L\xe2m\"\nkind = \"huyện\"\n")},
	}
	_, probs := Load(fsys, Options{Today: testDay})
	var got bytes.Buffer
	diag.Print(&got, probs.Problems(), diag.Text)
	want := "content/districts.toml:2:14: invalid UTF-8 (byte 0xe2): save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)\n"
	if got.String() != want {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want)
	}
}

func TestWalkOrder(t *testing.T) {
	paths := []string{"content/a-b/x.toml", "content/a/y.toml", "content/a.toml", "content/a/x.toml", "content/b.toml"}
	want := []string{"content/a/x.toml", "content/a/y.toml", "content/a-b/x.toml", "content/a.toml", "content/b.toml"}
	slices.SortFunc(paths, walkOrder)
	if !slices.Equal(paths, want) {
		t.Errorf("sorted %q, want %q (fs.WalkDir's order)", paths, want)
	}
}

// TestPlainDatesAreNotLookedUp loads a valid catalogue and requires that no
// record built the index of where its keys stand: a date written as a
// date alone is taken from the decoder, and the index (a pass over the
// text and a map per file) is for placing problems. A check done after
// the parse tree is dropped would build it for every product.
func TestPlainDatesAreNotLookedUp(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/valid.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	s := NewState(fsys, Options{Today: testDay})
	if _, probs := s.Catalog(); len(probs.Problems()) > 0 {
		t.Fatalf("valid.txtar has problems: %v", probs.Problems())
	}
	docs := map[string]*doc{}
	for _, p := range s.l.products {
		docs[p.p.File] = p.doc
	}
	for _, st := range s.l.stories {
		docs[st.s.File] = st.doc
	}
	for _, sp := range s.l.salesPoints {
		docs[sp.sp.File] = sp.doc
	}
	if len(s.l.products) == 0 || len(s.l.stories) == 0 {
		t.Fatalf("valid.txtar lacks a product or a story: the test would prove nothing")
	}
	for name, d := range docs {
		if d.index != nil {
			t.Errorf("%s: the key index was built for a record without problems", name)
		}
	}
}

// naiveFS returns what os.Open returns, a typed nil *os.File with its
// error.
type naiveFS string

func (d naiveFS) Open(name string) (fs.File, error) { return os.Open(filepath.Join(string(d), name)) }

// TestNFCMissingFile: opening a file that is not there, under any name,
// gives a nil file and the error, whatever the file system underneath
// returns with it.
func TestNFCMissingFile(t *testing.T) {
	f, err := NFC(naiveFS(t.TempDir())).Open("khong-co.toml")
	if f != nil || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of a missing file = %v, %v; want nil and a not-exist error", f, err)
	}
}

// TestDataLicence: data_licence of ocopgen.toml is the licence of the open
// data, trimmed; without it there is none.
func TestDataLicence(t *testing.T) {
	for toml, want := range map[string]string{
		"data_licence = \" CC BY 4.0 \"\n": "CC BY 4.0",
		"":                                 "",
	} {
		fsys := fstest.MapFS{
			"ocopgen.toml":           {Data: []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n" + toml)},
			"content/districts.toml": {Data: []byte("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n")},
		}
		cat, probs := Load(fsys, Options{Today: testDay})
		if err := probs.Err(); err != nil {
			t.Fatal(err)
		}
		if cat.Site.DataLicence != want {
			t.Errorf("%q: DataLicence = %q, want %q", toml, cat.Site.DataLicence, want)
		}
	}
}
