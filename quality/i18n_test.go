package quality

import (
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"text/template/parse"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/render"
)

// themeDir is the default theme in the repository.
const themeDir = repoRoot + "/themes/default"

// navKeys are the entries of the main navigation, in order. Search is not
// one of them: the header's search box is its one entry.
var navKeys = []string{"products", "districts", "navCommunes", "tiers", "groups", "producers", "tourism", "salesPoints", "stories", "stats"}

// TestLanguages builds the example in Vietnamese and in English and checks
// that each shows its own interface: the page language, the navigation,
// and no interface string of the other language (content stays as
// written, so strings that occur in content/ are not looked for).
func TestLanguages(t *testing.T) {
	t.Parallel()
	vi, en := render.UIStrings("vi"), render.UIStrings("en")
	if len(vi) == 0 || len(en) == 0 {
		t.Fatalf("render.UIStrings has %d Vietnamese and %d English strings", len(vi), len(en))
	}
	content := contentText(t)
	t.Run("vi", func(t *testing.T) { checkLanguage(t, example(t), "vi", vi, en, content) })
	t.Run("en", func(t *testing.T) { checkLanguage(t, english(t), "en", en, vi, content) })
}

// contentText is all the text of the example catalogue, in NFC, to tell
// interface strings from content.
func contentText(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for _, root := range []string{"ocopgen.toml", "content"} {
		err := filepath.WalkDir(filepath.Join(repoRoot, root), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			switch path.Ext(p) {
			case ".toml", ".md":
				data, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				b.Write(norm.NFC.Bytes(data))
				b.WriteByte('\n')
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if b.Len() == 0 {
		t.Fatal("the example catalogue has no text")
	}
	return b.String()
}

// rawKey matches a key built from a prefix and a value of the catalogue,
// shown as is because t finds no string for it: "kind.xã".
var rawKey = regexp.MustCompile(`\b(?:kind|tk|pk|level|g1048|js)\.[\p{L}-]+`)

func checkLanguage(t *testing.T, dir, lang string, ui, other map[string]string, content string) {
	// The strings of the other language that must not show: those that
	// differ from this language's and that content/ does not hold.
	var foreign []string
	for k, s := range other {
		if s != ui[k] && len([]rune(s)) > 1 && !containsWord(content, s) {
			foreign = append(foreign, s)
		}
	}
	slices.Sort(foreign)
	foreign = slices.Compact(foreign)
	if len(foreign) < len(other)/2 {
		t.Fatalf("only %d of %d strings of the other language can be looked for", len(foreign), len(other))
	}
	t.Logf("looking for %d interface strings of the other language", len(foreign))
	wantNav := make([]string, len(navKeys))
	for i, k := range navKeys {
		wantNav[i] = ui[k]
	}
	found := map[string][]string{} // foreign string → pages
	for _, name := range htmlPages(t, dir) {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(strings.NewReader(string(b)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		root := first(doc, func(n *html.Node) bool { return n.DataAtom == atom.Html })
		if got := attr(root, "lang"); got != lang {
			t.Errorf("%s: <html lang=%q>, want %q", name, got, lang)
		}
		nav := first(doc, func(n *html.Node) bool { return n.DataAtom == atom.Nav && attr(n, "aria-label") == ui["mainNav"] })
		if nav == nil {
			t.Errorf("%s: no <nav aria-label=%q>", name, ui["mainNav"])
		} else {
			var got []string
			for _, a := range all(nav, func(n *html.Node) bool { return n.DataAtom == atom.A }) {
				got = append(got, strings.TrimSpace(textOf(a)))
			}
			if !slices.Equal(got, wantNav) {
				t.Errorf("%s: navigation %q, want %q", name, got, wantNav)
			}
		}
		text := visibleText(doc, "")
		own := visibleText(doc, lang)
		for _, s := range foreign {
			if containsWord(own, s) {
				found[s] = append(found[s], name)
			}
		}
		shown := rawKey.FindAllString(text, -1)
		for k := range ui {
			if strings.ContainsAny(k, ".ABCDEFGHIJKLMNOPQRSTUVWXYZ") && containsWord(text, k) {
				shown = append(shown, k)
			}
		}
		for _, k := range shown {
			t.Errorf("%s: shows the interface key %q instead of its string: add it to both languages of generator/render/i18n.go", name, k)
		}
	}
	for _, s := range slices.Sorted(maps.Keys(found)) {
		pages := found[s]
		t.Errorf("%q, an interface string of the other language, shows on %d page(s) of the %q site, e.g. %s", s, len(pages), lang, pages[0])
	}
}

// visibleText is what a page shows or says: its text, the strings of its
// scripts (the search page keeps them in a JSON script; the code and the
// structured data for search engines are left out) and the attributes that
// assistive technology reads. With a language, it leaves out what the page
// marks as written in another (lang="vi" on an English page: content, and
// the Vietnamese column names of the data page) and <code> (keys of the
// data files, in no language).
func visibleText(doc *html.Node, lang string) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.DataAtom == atom.Script && attr(n, "type") != "application/json" {
			return
		}
		if l := attr(n, "lang"); lang != "" && n.Type == html.ElementNode && (n.DataAtom == atom.Code || l != "" && l != lang) {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte('\n')
		case html.ElementNode:
			for _, a := range n.Attr {
				switch a.Key {
				case "alt", "title", "aria-label", "placeholder":
					b.WriteString(a.Val)
					b.WriteByte('\n')
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// containsWord reports whether s occurs in text as whole words: not
// preceded or followed by a letter or digit.
func containsWord(text, s string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], s)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(s)
		before, after := ' ', ' '
		if start > 0 {
			before = lastRune(text[:start])
		}
		if end < len(text) {
			after = []rune(text[end:min(end+4, len(text))])[0]
		}
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		off = start + 1
	}
}

func lastRune(s string) rune {
	r := []rune(s[max(0, len(s)-4):])
	return r[len(r)-1]
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func first(n *html.Node, match func(*html.Node) bool) *html.Node {
	if found := all(n, match); len(found) > 0 {
		return found[0]
	}
	return nil
}

func all(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// uiUse is what the theme asks of the interface strings.
type uiUse struct {
	keys     map[string][]string // key → files using it
	prefixes map[string][]string // "kind." → files building keys from it
}

func (u *uiUse) add(m map[string][]string, k, file string) {
	if !slices.Contains(m[k], file) {
		m[k] = append(m[k], file)
	}
}

// dynamicKeys are the keys a template function returns, for {{t (f …)}}.
var dynamicKeys = map[string][]string{"validity": {"valid", "expiring", "expired"}}

// TestInterfaceStrings checks that both languages have the same keys, that
// every key the templates, the search script and the renderer use exists
// in both, and that no template writes interface text without {{t}}.
func TestInterfaceStrings(t *testing.T) {
	t.Parallel()
	vi, en := render.UIStrings("vi"), render.UIStrings("en")
	for k, s := range vi {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q (%q) has no English string in generator/render/i18n.go", k, s)
		}
		if strings.TrimSpace(s) == "" {
			t.Errorf("key %q has an empty Vietnamese string", k)
		}
	}
	for k, s := range en {
		if _, ok := vi[k]; !ok {
			t.Errorf("key %q (%q) has no Vietnamese string in generator/render/i18n.go", k, s)
		}
		if strings.TrimSpace(s) == "" {
			t.Errorf("key %q has an empty English string", k)
		}
	}

	use := &uiUse{keys: map[string][]string{}, prefixes: map[string][]string{}}
	templates, err := filepath.Glob(filepath.Join(themeDir, "templates", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	partials, _ := filepath.Glob(filepath.Join(themeDir, "templates", "partials", "*.html"))
	templates = append(templates, partials...)
	if len(templates) < 5 {
		t.Fatalf("found %d templates in %s", len(templates), themeDir)
	}
	for _, file := range templates {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(repoRoot, file)
		templateKeys(t, rel, string(b), use)
		literalText(t, rel, string(b))
	}
	// The search script reads its strings as T.name from the "js.*" keys.
	js, err := os.ReadFile(filepath.Join(themeDir, "static", "assets", "search.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`\bT\.(\w+)`).FindAllStringSubmatch(string(js), -1) {
		use.add(use.keys, "js."+m[1], "themes/default/static/assets/search.js")
	}
	// The renderer names pages and crumbs with r.t("key") and r.t("prefix." + x).
	goFiles, _ := filepath.Glob(filepath.Join(repoRoot, "generator", "render", "*.go"))
	for _, file := range goFiles {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(repoRoot, file)
		for _, m := range regexp.MustCompile(`\br\.t\("([^"]+)"\s*(\+)?`).FindAllStringSubmatch(string(b), -1) {
			if m[2] != "" {
				use.add(use.prefixes, m[1], rel)
			} else {
				use.add(use.keys, m[1], rel)
			}
		}
	}
	if len(use.keys) < 50 {
		t.Fatalf("found only %d interface keys in use; is the template parsing broken?", len(use.keys))
	}
	for _, k := range slices.Sorted(maps.Keys(use.keys)) {
		for lang, ui := range map[string]map[string]string{"vi": vi, "en": en} {
			if _, ok := ui[k]; !ok {
				t.Errorf("%s: {{t %q}} has no %s string in generator/render/i18n.go", strings.Join(use.keys[k], ", "), k, lang)
			}
		}
	}
	for _, p := range slices.Sorted(maps.Keys(use.prefixes)) {
		for lang, ui := range map[string]map[string]string{"vi": vi, "en": en} {
			n := 0
			for k := range ui {
				if strings.HasPrefix(k, p) {
					n++
				}
			}
			if n == 0 {
				t.Errorf("%s: keys %q… are used but %s has none", strings.Join(use.prefixes[p], ", "), p, lang)
			}
		}
	}
	var unused []string
	for k := range vi {
		if _, ok := use.keys[k]; ok {
			continue
		}
		if !slices.ContainsFunc(slices.Collect(maps.Keys(use.prefixes)), func(p string) bool { return strings.HasPrefix(k, p) }) {
			unused = append(unused, k)
		}
	}
	slices.Sort(unused)
	if len(unused) > 0 {
		t.Logf("interface strings no template uses (harmless, but maybe stale): %q", unused)
	}
}

// templateKeys records the keys of every {{t …}} call of a template.
func templateKeys(t *testing.T, file, text string, use *uiUse) {
	t.Helper()
	tr := parse.New(file)
	tr.Mode = parse.SkipFuncCheck | parse.ParseComments
	trees := map[string]*parse.Tree{}
	if _, err := tr.Parse(text, "{{", "}}", trees); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	vars := map[string]string{} // $v → the function it was set from
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			if n == nil {
				return
			}
			if len(n.Decl) == 1 && len(n.Cmds) == 1 {
				if id, ok := n.Cmds[0].Args[0].(*parse.IdentifierNode); ok {
					vars[n.Decl[0].Ident[0]] = id.Ident
				}
			}
			for _, c := range n.Cmds {
				walk(c)
			}
		case *parse.CommandNode:
			if id, ok := n.Args[0].(*parse.IdentifierNode); ok && id.Ident == "t" {
				if len(n.Args) != 2 {
					t.Errorf("%s:%d: t takes one key: %s", file, lineOf(text, n.Pos), n)
					return
				}
				tKey(t, file, text, n.Args[1], vars, use)
			}
			for _, a := range n.Args {
				if p, ok := a.(*parse.PipeNode); ok {
					walk(p)
				}
			}
		}
	}
	for _, tree := range trees {
		walk(tree.Root)
	}
}

// tKey records the key, or the keys, of the argument of one {{t …}}.
func tKey(t *testing.T, file, text string, arg parse.Node, vars map[string]string, use *uiUse) {
	t.Helper()
	fn := ""
	switch a := arg.(type) {
	case *parse.StringNode:
		use.add(use.keys, a.Text, file)
		return
	case *parse.PipeNode: // (print "kind." .Kind) or (validity …)
		if len(a.Cmds) == 1 {
			args := a.Cmds[0].Args
			if id, ok := args[0].(*parse.IdentifierNode); ok {
				if s, ok := args[1].(*parse.StringNode); ok && id.Ident == "print" && len(args) == 3 {
					use.add(use.prefixes, s.Text, file)
					return
				}
				fn = id.Ident
			}
		}
	case *parse.VariableNode:
		fn = vars[a.Ident[0]]
	}
	keys, ok := dynamicKeys[fn]
	if !ok {
		t.Errorf("%s:%d: cannot tell the keys of {{t %s}}: write the key as a string, as (print \"prefix.\" …), or list the function in dynamicKeys", file, lineOf(text, arg.Position()), arg)
		return
	}
	for _, k := range keys {
		use.add(use.keys, k, file)
	}
}

func lineOf(text string, pos parse.Pos) int { return 1 + strings.Count(text[:pos], "\n") }

var (
	actions    = regexp.MustCompile(`(?s)\{\{.*?\}\}`)
	scripts    = regexp.MustCompile(`(?is)<script\b.*?</script>`)
	tags       = regexp.MustCompile(`(?s)<[^>]*>`)
	entities   = regexp.MustCompile(`&[a-zA-Z]+;|&#[0-9]+;`)
	textAttrs  = regexp.MustCompile(`\b(?:alt|title|aria-label|placeholder)="([^"]*)"`)
	words      = regexp.MustCompile(`\p{L}+`)
	notWording = map[string]bool{"OCOP": true, "JSON": true, "CSV": true} // names, the same in every language
)

// literalText checks that a template writes no word of its own: every
// word a visitor reads comes from {{t}}, from content or from data.
func literalText(t *testing.T, file, text string) {
	t.Helper()
	bare := actions.ReplaceAllString(text, "\x00")
	var found []string
	for _, m := range textAttrs.FindAllStringSubmatch(bare, -1) {
		found = append(found, words.FindAllString(m[1], -1)...)
	}
	body := entities.ReplaceAllString(tags.ReplaceAllString(scripts.ReplaceAllString(bare, ""), " "), " ")
	found = append(found, words.FindAllString(body, -1)...)
	for _, w := range found {
		if !notWording[w] {
			t.Errorf("%s: the word %q is written in the template: put it in generator/render/i18n.go and write {{t \"key\"}}", file, w)
		}
	}
}
