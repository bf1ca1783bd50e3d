package annex

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// TestMessagesInVietnamese: every message the package reports is a
// literal format with its Vietnamese text registered, and every
// Vietnamese text is of a message the package reports.
func TestMessagesInVietnamese(t *testing.T) {
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	used := map[string]bool{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Errorf" && sel.Sel.Name != "Warnf" || len(call.Args) < 2 {
				return true
			}
			lit, ok := call.Args[1].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: the format is not a literal", fset.Position(call.Pos()))
				return true
			}
			format, _ := strconv.Unquote(lit.Value)
			used[format] = true
			if _, ok := lang.Text(format); !ok {
				t.Errorf("%s: no Vietnamese text for %q", fset.Position(lit.Pos()), format)
			}
			return true
		})
	}
	for k := range vietnamese {
		if !used[k] {
			t.Errorf("Vietnamese text of a message never reported: %q", k)
		}
	}
}
