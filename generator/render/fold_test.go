package render

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/load"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// TestFoldSameBytes renders every page of the example catalogue with the
// constant actions folded and without, in both languages and below a base
// path, and compares the bytes.
func TestFoldSameBytes(t *testing.T) {
	for _, site := range []struct{ lang, base string }{{"vi", "https://ocop.example.vn/"}, {"en", "https://example.github.io/ocop/"}} {
		render := func(fold bool) map[string][]byte {
			cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
			if err := probs.Err(); err != nil {
				t.Fatal(err)
			}
			cat.Site.Language, cat.Site.BaseURL = site.lang, site.base
			noFold = !fold
			defer func() { noFold = false }()
			r, err := New(cat, theme.FS, nil)
			if err != nil {
				t.Fatal(err)
			}
			out := map[string][]byte{}
			for _, p := range r.Pages() {
				b, err := p.Render()
				if err != nil {
					t.Fatal(p.Path, err)
				}
				out[p.Path] = b
			}
			return out
		}
		plain, folded := render(false), render(true)
		if len(plain) < 100 || len(plain) != len(folded) {
			t.Fatalf("%s: %d pages without folding, %d with", site.lang, len(plain), len(folded))
		}
		for name, b := range plain {
			if string(folded[name]) != string(b) {
				t.Errorf("%s: %s differs when folded", site.lang, name)
			}
		}
	}
}

// TestFoldFolds checks that folding takes place: the product template's
// translations are gone from its tree.
func TestFoldFolds(t *testing.T) {
	cat, _ := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	r, err := New(cat, theme.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	tree := r.tmpls["product"].Lookup("main").Tree.Root.String()
	for _, gone := range []string{`t "producer"`, `t "certificate"`, `t "dateFormat"`} {
		if strings.Contains(tree, gone) {
			t.Errorf("{{%s}} is still in the product template after folding", gone)
		}
	}
	if !strings.Contains(tree, `{{with _ocopgen_plainurl .URL}}{{.}}{{else}}{{url .URL | _html_template_urlfilter`) {
		t.Errorf("the links to records are not folded: %s", tree)
	}
	if !strings.Contains(tree, `t (print "pk." .)`) {
		t.Errorf("a translation of a computed key was folded: %s", tree)
	}
}

// TestFoldOddContexts renders a page whose template prints constants in
// every context html/template knows, with folding and without.
func TestFoldOddContexts(t *testing.T) {
	odd := `{{define "main"}}
<title>{{t "search"}}</title><textarea>{{t "search"}}</textarea>
<a href="{{url "/tim-kiem/"}}?from={{url "/san-pham/"}}#{{url "/x/"}}">{{t "products"}}</a>
<a href="/x?a={{url "/a.b_c~d-/"}}" title={{t "search"}} data-x="{{t "search"}}">x</a>
<a href="{{url "/a b/"}}" onclick="go({{t "search"}})" style="content: '{{t "search"}}'">y</a>
<img srcset="{{url "/a.png"}} 2x" alt="{{t "search"}}">
<script>var s = {{t "search"}}, u = "{{url "/tim-kiem/"}}";</script>
<style>p::before { content: "{{t "search"}}" }</style>
{{$p := "/tim-kiem/"}}{{$q := "/a b/"}}{{$u := "/ä+x/"}}{{$j := "javascript:alert(1)"}}
<a href="{{url $p}}">1</a><a href="{{url $q}}">2</a><a href='{{url $u}}'>3</a><a href="{{url $j}}">4</a>
<a href="{{url .URL}}?u={{url .URL}}#{{url $q}}">5</a><a href={{url $p}}>6</a><img srcset="{{url $q}} 2x" alt="">
{{range .Crumbs}}<a href="{{url .URL}}">{{.Name}}</a>{{end}}{{with .URL}}<a href="{{url .}}">7</a>{{end}}
<a href="{{abs .URL}}" data-u="{{abs $u}}" data-v="{{url $u}}" data-w='{{abs $p}}'>8</a><a href="{{abs $q}}">9</a><a href="{{abs $j}}">10</a>
{{end}}`
	custom := copyTheme(t)
	custom["templates/404.html"] = &fstest.MapFile{Data: []byte(odd)}
	page := func(fold bool) string {
		cat, _ := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
		noFold = !fold
		defer func() { noFold = false }()
		r, err := New(cat, custom, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range r.Pages() {
			if p.Kind == "404" {
				b, err := p.Render()
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
		}
		t.Fatal("no 404 page")
		return ""
	}
	if plain, folded := page(false), page(true); plain != folded {
		t.Errorf("folding changed the page:\n%s", diffLines(plain, folded))
	}
}

func diffLines(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := range max(len(la), len(lb)) {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			out = append(out, "- "+x, "+ "+y)
		}
	}
	return strings.Join(out, "\n")
}
