package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/go/packages"

	"github.com/ocopgen/ocopgen/generator/lang"
	// The packages that say messages register their Vietnamese texts as
	// they start; every one of them is linked in.
	_ "github.com/ocopgen/ocopgen/generator/annex"
	_ "github.com/ocopgen/ocopgen/generator/build"
	_ "github.com/ocopgen/ocopgen/generator/images"
	_ "github.com/ocopgen/ocopgen/generator/links"
	_ "github.com/ocopgen/ocopgen/generator/load"
	_ "github.com/ocopgen/ocopgen/generator/markdown"
	_ "github.com/ocopgen/ocopgen/generator/media"
	_ "github.com/ocopgen/ocopgen/generator/output"
	_ "github.com/ocopgen/ocopgen/generator/records"
	_ "github.com/ocopgen/ocopgen/generator/render"
	_ "github.com/ocopgen/ocopgen/generator/scaffold"
	_ "github.com/ocopgen/ocopgen/generator/serve"
	_ "github.com/ocopgen/ocopgen/generator/session"
	_ "github.com/ocopgen/ocopgen/generator/source"
	_ "github.com/ocopgen/ocopgen/generator/stamp"
)

// messageFuncs are the functions that say a message, by their full name,
// with the index of the argument that is its format string (the key).
var messageFuncs = map[string]int{
	"(*github.com/ocopgen/ocopgen/generator/diag.List).Errorf":   1,
	"(*github.com/ocopgen/ocopgen/generator/diag.List).Warnf":    1,
	"github.com/ocopgen/ocopgen/generator/lang.Errorf":           0,
	"github.com/ocopgen/ocopgen/generator/lang.Sprintf":          1,
	"github.com/ocopgen/ocopgen/generator/lang.Fprintf":          2,
	"(*github.com/ocopgen/ocopgen/generator/load.doc).errKey":    1,
	"(*github.com/ocopgen/ocopgen/generator/load.doc).errValue":  1,
	"(*github.com/ocopgen/ocopgen/generator/load.doc).warnValue": 1,
	"(*github.com/ocopgen/ocopgen/generator/load.doc).errItem":   2,
	"github.com/ocopgen/ocopgen/generator/media.problemf":        2,
	"(*github.com/ocopgen/ocopgen/generator/media.svgCheck).add": 0,
	"github.com/ocopgen/ocopgen/generator/diag.newProblem":       2,
}

// forwarders are the functions, besides messageFuncs, that pass on a key
// they were given: the machinery that words a message.
var forwarders = map[string]bool{
	"(*github.com/ocopgen/ocopgen/generator/lang.Error).Error": true,
	"(*github.com/ocopgen/ocopgen/generator/lang.Error).In":    true,
	"(github.com/ocopgen/ocopgen/generator/diag.Problem).Text": true,
}

// TestMessagesInBothLanguages: every message that ocopgen's packages and
// this command say (the format strings passed to messageFuncs) has a
// Vietnamese text, with the same verbs as its English key, and worded
// (not the key itself) unless the key has no words. A message's format
// is a constant, so that it is a key.
func TestMessagesInBothLanguages(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the packages of the module")
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo, Dir: "../.."}
	pkgs, err := packages.Load(cfg, "./generator/...", "./cmd/...")
	if err != nil {
		t.Fatal(err)
	}
	keys := 0
	for _, pkg := range pkgs {
		if pkg.PkgPath == "github.com/ocopgen/ocopgen/generator/load" {
			// load makes most of its messages as msg values (a format and
			// its arguments) that this walk does not follow; its own
			// TestMessagesHaveVietnamese checks every one of them.
			continue
		}
		for _, e := range pkg.Errors {
			t.Errorf("%s: %v", pkg.PkgPath, e)
		}
		for _, f := range pkg.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				if fd, ok := n.(*ast.FuncDecl); ok {
					if fn, ok := pkg.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						_, says := messageFuncs[fn.FullName()]
						return !says && !forwarders[fn.FullName()]
					}
				}
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				at, ok := formatArg(pkg.TypesInfo, call)
				if !ok || at >= len(call.Args) {
					return true
				}
				pos := pkg.Fset.Position(call.Args[at].Pos())
				tv := pkg.TypesInfo.Types[call.Args[at]]
				if tv.Value == nil || tv.Value.Kind() != constant.String {
					t.Errorf("%s: the message is not a constant format string, so it cannot be a key", pos)
					return true
				}
				keys++
				if msg := checkText(constant.StringVal(tv.Value)); msg != "" {
					t.Errorf("%s: %s", pos, msg)
				}
				return true
			})
		}
	}
	if keys < 100 {
		t.Errorf("only %d messages found: is messageFuncs up to date?", keys)
	}
}

// formatArg returns the index of the format argument if call calls one
// of messageFuncs.
func formatArg(info *types.Info, call *ast.CallExpr) (int, bool) {
	var id *ast.Ident
	switch fn := call.Fun.(type) {
	case *ast.Ident:
		id = fn
	case *ast.SelectorExpr:
		id = fn.Sel
	default:
		return 0, false
	}
	f, ok := info.Uses[id].(*types.Func)
	if !ok {
		return 0, false
	}
	at, ok := messageFuncs[f.FullName()]
	return at, ok
}

// checkText says what is wrong with the Vietnamese text of key, or "".
func checkText(key string) string {
	vi, ok := lang.Text(key)
	switch {
	case !ok:
		return fmt.Sprintf("no Vietnamese text for %q", key)
	case vi == key && hasWords(key):
		return fmt.Sprintf("the Vietnamese text of %q is the English key", key)
	}
	if k, v := verbs(key), verbs(vi); !slices.Equal(k, v) {
		return fmt.Sprintf("the Vietnamese text %q has the verbs %v, its key %q has %v", vi, v, key, k)
	}
	return ""
}

// hasWords reports whether a format string has a word of two letters or
// more outside its verbs (a message of verbs and punctuation alone, like
// "%s: %v", is the same in every language).
func hasWords(format string) bool {
	run := 0
	for i := 0; i < len(format); i++ {
		if format[i] == '%' {
			i += verbLen(format[i:]) - 1
			run = 0
			continue
		}
		if unicode.IsLetter(rune(format[i])) {
			if run++; run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// verbs returns the verbs of a format string by the argument each
// formats ("1:q", "2:d"), in argument order, so that texts that reorder
// their arguments with explicit indexes match their key.
func verbs(format string) []string {
	var out []string
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		n := verbLen(format[i:])
		spec := format[i : i+n]
		i += n - 1
		verb := spec[len(spec)-1]
		if verb == '%' {
			continue
		}
		if j := strings.IndexByte(spec, '['); j >= 0 {
			fmt.Sscanf(spec[j+1:], "%d", &arg)
			arg--
		}
		arg++
		out = append(out, fmt.Sprintf("%d:%c", arg, verb))
	}
	slices.Sort(out)
	return out
}

// verbLen returns the length of the verb that s starts with ("%-8.2f").
func verbLen(s string) int {
	i := 1
	for i < len(s) && strings.IndexByte("+-# 0123456789.*[]", s[i]) >= 0 {
		i++
	}
	return min(i+1, len(s))
}

func TestVerbs(t *testing.T) {
	for format, want := range map[string]string{
		"%q is %d%% of %v":      "1:q 2:d 3:v",
		"%[2]s, %[1]q":          "1:q 2:s",
		"%5.1f MB, %-8s and %s": "1:f 2:s 3:s",
	} {
		if got := strings.Join(verbs(format), " "); got != want {
			t.Errorf("verbs(%q) = %s, want %s", format, got, want)
		}
	}
	if hasWords("%s: %v") || !hasWords("%s: no such file") {
		t.Error("hasWords")
	}
}

// TestCheckText: the checks of a text catch what they are for.
func TestCheckText(t *testing.T) {
	lang.Add(map[string]string{
		"test: %d items in %s":  "thử: %s mục trong %d",
		"test: same as the key": "test: same as the key",
		"test: %[1]s before %d": "thử: %[2]d sau %[1]s",
		"test: %s: %v":          "test: %s: %v",
	})
	for key, bad := range map[string]bool{
		"test: %d items in %s":  true,  // the verbs swapped
		"test: same as the key": true,  // not translated
		"test: no text at all":  true,  // not registered
		"test: %[1]s before %d": false, // reordered with indexes
		"test: %s: %v":          true,  // "test" is a word
	} {
		if got := checkText(key) != ""; got != bad {
			t.Errorf("checkText(%q) = %q, want a complaint: %v", key, checkText(key), bad)
		}
	}
}
