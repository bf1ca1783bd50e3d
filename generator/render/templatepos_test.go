package render

import (
	"errors"
	"html/template"
	"io"
	"testing"
)

// TestTemplatePos takes its errors from html/template and text/template
// themselves, so that it fails when they change what they say or how.
func TestTemplatePos(t *testing.T) {
	// parse makes a set of templates named after their files, as
	// parseTheme does, with a function that renders one of them.
	parse := func(files map[string]string) (*template.Template, error) {
		set := template.New("set")
		set.Funcs(template.FuncMap{
			"fragment": func(name string) (template.HTML, error) { return "", set.ExecuteTemplate(io.Discard, name, nil) },
			"fail":     func(string) (string, error) { return "", errors.New("no such thing") },
		})
		for _, name := range []string{"baseof.html", "header.html", "page.html"} {
			if text, ok := files[name]; ok {
				if _, err := set.New(name).Parse(text); err != nil {
					return nil, err
				}
			}
		}
		return set, nil
	}
	for _, c := range []struct {
		name  string
		files map[string]string
		at    string // of the place
		line  int
		col   int
	}{
		{name: "parse, unclosed action", files: map[string]string{"page.html": "<h1>\n{{.Title}</h1>\n"},
			at: "page.html", line: 2},
		{name: "parse, unknown function", files: map[string]string{"page.html": "\n\n{{nope .}}\n"},
			at: "page.html", line: 3},
		{name: "exec, missing field", files: map[string]string{"page.html": "<p>\n  {{.Title.Nope}}</p>"},
			at: "page.html", line: 2, col: 10},
		{name: "exec, in a template of another file", files: map[string]string{
			"header.html": "{{define \"pager\"}}\n<nav>\n{{.Title.Nope}}\n</nav>{{end}}",
			"page.html":   "<main>{{template \"pager\" .}}</main>"},
			at: "header.html", line: 3, col: 8},
		{name: "exec, in a fragment a function renders", files: map[string]string{
			"header.html": "{{define \"header\"}}\n\n<b>{{len 3}}</b>{{end}}",
			"page.html":   "{{fragment \"header\"}}\n<main></main>"},
			at: "header.html", line: 3, col: 5},
		{name: "exec, with a place in the template's own text", files: map[string]string{
			"page.html": "\n{{fail \"template: other.html:9:1:\"}}"},
			at: "page.html", line: 2, col: 2},
		{name: "escaping, branches end in different contexts", files: map[string]string{
			"page.html": "<p>\n{{if .}}<a href=\"{{end}}x</p>"},
			at: "page.html", line: 2, col: 5},
		{name: "escaping, ends inside a tag: no line", files: map[string]string{
			"page.html": "<p>\n<a title=\"x"}},
	} {
		set, err := parse(c.files)
		if err == nil {
			err = set.ExecuteTemplate(io.Discard, "page.html", map[string]any{"Title": "t"})
		}
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		name, line, col, ok := templatePos(err)
		if ok != (c.at != "") || name != c.at || line != c.line || col != c.col {
			t.Errorf("%s: %v\n  placed at %q line %d col %d (%v), want %q line %d col %d", c.name, err, name, line, col, ok, c.at, c.line, c.col)
		}
	}
}
