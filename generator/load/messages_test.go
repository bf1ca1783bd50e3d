package load

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// formatArg is where the format is among the arguments of each function
// that reports or makes a message.
var formatArg = map[string]int{
	"errKey":    1,
	"errValue":  1,
	"warnValue": 1,
	"errItem":   2,
	"Errorf":    1, // diag.List's; fmt.Errorf's is the first
	"Warnf":     1,
	"say":       0,
	"bySlug":    1,
	"report":    0, // the function a caller gives to report through
}

// messageTypes are the types whose literals hold message formats.
var messageTypes = map[string]bool{"suggestions": true, "refKind": true}

// codeFormats returns every message format written in the package's
// non-test files, with where it is written, and the places where a
// format is not a literal of its own or does not fit its arguments (go
// vet checks the calls that report; not those that make a msg).
func codeFormats(t *testing.T) (formats map[string]string, bad []string) {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	formats = map[string]string{}
	add := func(lit *ast.BasicLit) { formats[formatOf(t, lit)] = fset.Position(lit.Pos()).String() }
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				id, ok := n.Type.(*ast.Ident)
				if !ok || !messageTypes[id.Name] {
					return true
				}
				var first []rune
				for i, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Value
					}
					lit, ok := e.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					add(lit)
					if id.Name != "suggestions" {
						continue
					}
					// The format offering i names takes i more arguments.
					v := verbs(formatOf(t, lit))
					if i == 0 {
						first = v
					} else if len(v) != len(first)+i {
						bad = append(bad, fset.Position(lit.Pos()).String()+": offers a number of names other than its place")
					}
				}
			case *ast.CallExpr:
				i, ok := formatIndex(n)
				if !ok || i >= len(n.Args) {
					return true
				}
				switch a := n.Args[i].(type) {
				case *ast.BasicLit:
					add(a)
					if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "say" && !n.Ellipsis.IsValid() && len(verbs(formatOf(t, a))) != len(n.Args)-1 {
						bad = append(bad, fset.Position(a.Pos()).String()+": the format does not take as many arguments as it is given")
					}
				case *ast.Ident: // the format parameter of a function that reports
					if a.Name != "format" {
						bad = append(bad, fset.Position(a.Pos()).String())
					}
				case *ast.SelectorExpr: // a msg's format, a refMessages' format
					if a.Sel.Name != "format" && a.Sel.Name != "twice" && a.Sel.Name != "unknown" && a.Sel.Name != "near" {
						bad = append(bad, fset.Position(a.Pos()).String())
					}
				default: // built: joined, or made by fmt.Sprintf
					bad = append(bad, fset.Position(a.Pos()).String())
				}
			}
			return true
		})
	}
	return formats, bad
}

func formatOf(t *testing.T, lit *ast.BasicLit) string {
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// formatIndex says where the format is among the arguments of call, if it
// is a call of a function that reports or makes a message.
func formatIndex(call *ast.CallExpr) (int, bool) {
	fun := call.Fun
	if ix, ok := fun.(*ast.IndexExpr); ok { // a generic function, instantiated
		fun = ix.X
	}
	switch f := fun.(type) {
	case *ast.Ident:
		i, ok := formatArg[f.Name]
		return i, ok
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok && x.Name == "fmt" {
			return 0, f.Sel.Name == "Errorf"
		}
		i, ok := formatArg[f.Sel.Name]
		return i, ok
	}
	return 0, false
}

// Every message of the package has a Vietnamese text, and every Vietnamese
// text is of a message the package says.
func TestMessagesHaveVietnamese(t *testing.T) {
	formats, bad := codeFormats(t)
	for _, pos := range bad {
		t.Errorf("%s: write the message as one literal format string (with a case for each choice) that takes the arguments given, so that it has a Vietnamese text", pos)
	}
	if len(formats) < 100 {
		t.Errorf("found %d message formats; the walk misses most of them", len(formats))
	}
	for _, f := range sortedKeys(formats) {
		if !hasWords(f) {
			t.Errorf("%s: format %q has no words of its own: write the whole message in the format", formats[f], f)
		}
		if _, ok := vietnamese[f]; !ok {
			t.Errorf("%s: message %q has no Vietnamese text: add it to messages_vi.go", formats[f], f)
		}
	}
	for _, k := range sortedKeys(vietnamese) {
		if _, ok := formats[k]; !ok {
			t.Errorf("messages_vi.go has a text for %q, which no message of the package says: remove it", k)
		}
		if text, ok := lang.Text(k); !ok || text != vietnamese[k] {
			t.Errorf("the text of %q is not registered with lang", k)
		}
	}
}

// Each Vietnamese text is NFC, formats the same arguments with the same
// verbs as its English key, and prints without a formatting error.
func TestVietnameseTexts(t *testing.T) {
	for _, key := range sortedKeys(vietnamese) {
		text := vietnamese[key]
		if !norm.NFC.IsNormalString(text) {
			t.Errorf("the text of %q is not NFC", key)
		}
		kv, tv := verbs(key), verbs(text)
		if !sameVerbs(kv, tv) {
			t.Errorf("the text of %q formats its arguments with verbs %q, not %q as the key does: %q", key, string(tv), string(kv), text)
			continue
		}
		args := make([]any, len(kv))
		for i, v := range tv {
			switch {
			case v == 'd' || v == 'x':
				args[i] = 2024
			case v == 'v':
				args[i] = 21.0285
			case v == 't':
				args[i] = true
			case v == 'U' || v == 'c':
				args[i] = '\u00a0'
			default:
				args[i] = "x"
			}
		}
		if out := lang.Sprintf(lang.Vietnamese, key, args...); strings.Contains(out, "%!") || out == key && text != key {
			t.Errorf("the text of %q prints %q", key, out)
		}
	}
}

// sameVerbs reports whether a text formats each argument as its key does.
// A %v of the key says nothing of its argument's type: the text may print
// it another way (a time.Month as a number, %d).
func sameVerbs(key, text []rune) bool {
	if len(key) != len(text) {
		return false
	}
	for i := range key {
		if key[i] != text[i] && key[i] != 'v' {
			return false
		}
	}
	return true
}

// verbs returns the verb that formats each argument of format (by index
// from 0), flags left out: a text may write a number as typed (%#d).
func verbs(format string) []rune {
	var out []rune
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) && strings.IndexByte("#+- 0", format[i]) >= 0 {
			i++
		}
		if i < len(format) && format[i] == '[' {
			end := strings.IndexByte(format[i:], ']')
			n, _ := strconv.Atoi(format[i+1 : i+end])
			arg = n - 1
			i += end + 1
		}
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '.') {
			i++
		}
		if i >= len(format) {
			break
		}
		for len(out) <= arg {
			out = append(out, 0)
		}
		if out[arg] != 0 && out[arg] != rune(format[i]) {
			out[arg] = '!' // one argument, two verbs
		} else {
			out[arg] = rune(format[i])
		}
		arg++
	}
	return out
}

// hasWords reports whether a format has a word outside its verbs.
func hasWords(format string) bool {
	words := 0
	for i := 0; i < len(format); i++ {
		if format[i] == '%' {
			i++ // the verb letter follows directly in this package's formats
			for i < len(format) && strings.IndexByte("#+- 0123456789.[]", format[i]) >= 0 {
				i++
			}
			continue
		}
		if unicode.IsLetter(rune(format[i])) {
			words++
		}
	}
	return words > 0
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
