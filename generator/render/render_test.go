package render

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/load"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// TestLayoutKeepsEscapingErrors: a page template whose "main" ends inside
// an element or attribute (a <script> left open, say) is refused by
// html/template when baseof.html runs it; the error is reported at its
// file.
func TestLayoutKeepsEscapingErrors(t *testing.T) {
	cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	for kind, main := range map[string]string{
		"stats":   `{{define "main"}}<script>var x = {{.Title}}{{end}}`,
		"list":    `{{define "main"}}<a href="{{url .URL}}{{end}}`,
		"404":     `{{define "main"}}<textarea>{{.Title}}{{end}}`,
		"product": `{{define "main"}}<p title="{{.Title}}{{end}}`,
	} {
		own := copyTheme(t)
		own["templates/"+kind+".html"] = &fstest.MapFile{Data: []byte(main)}
		r, err := New(cat, own, nil)
		if err != nil {
			t.Fatal(err)
		}
		failed := false
		for _, p := range r.Pages() {
			if p.Kind != kind && !(kind == "list" && p.Kind == "district") {
				continue
			}
			_, err := p.Render()
			te, ok := err.(*TemplateError)
			if !ok || !strings.Contains(err.Error(), "non-text context") {
				t.Fatalf("%s: %s renders with %v, want the error of html/template", kind, p.Path, err)
			}
			if te.File != "templates/baseof.html" && te.File != "templates/"+kind+".html" {
				t.Errorf("%s: the error is placed in %s", kind, te.File)
			}
			failed = true
			break
		}
		if !failed {
			t.Errorf("%s: no page of that kind", kind)
		}
	}
}

// copyTheme returns the default theme's files in a map, for a test to
// change.
func copyTheme(t *testing.T) fstest.MapFS { return copyFS(t, theme.FS) }

// copyFS returns the files of a theme in a map.
func copyFS(t *testing.T, from fs.FS) fstest.MapFS {
	t.Helper()
	own := fstest.MapFS{}
	err := fs.WalkDir(from, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(from, p)
		own[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return own
}

// TestSearchScriptMinified: the search page inlines the theme's search.js
// minified (no comment of it left, smaller), and a theme whose script is
// not valid JavaScript is refused with an error naming the file.
func TestSearchScriptMinified(t *testing.T) {
	cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	src, err := fs.ReadFile(theme.FS, "static/assets/search.js")
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(cat, theme.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(r.searchJS); got == 0 || got >= len(src)*3/4 {
		t.Errorf("the inlined script is %d bytes, the file %d: want it minified", got, len(src))
	}
	if strings.Contains(string(r.searchJS), "// ---") {
		t.Error("the inlined script keeps the file's comments")
	}
	own := copyTheme(t)
	own["static/assets/search.js"] = &fstest.MapFile{Data: []byte("(function () { var a = ; })();")}
	_, err = New(cat, own, nil)
	te, ok := err.(*TemplateError)
	if !ok || te.File != "static/assets/search.js" {
		t.Fatalf("a broken script gives %v, want an error at static/assets/search.js", err)
	}
}
