package scaffold

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"text/template/parse"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/source"
)

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// catalogue writes a small catalogue into a new folder.
func catalogue(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"ocopgen.toml":           "title = \"Sản phẩm OCOP Hà Nội\"\nbase_url = \"https://ocop.example.vn/\"\n",
		"content/districts.toml": "[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n",
	}
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func check(t *testing.T, root string) []diag.Problem {
	t.Helper()
	src, err := source.Open(root)
	if err != nil {
		t.Fatal(err)
	}
	_, probs := load.Load(src, load.Options{Today: today})
	return probs.Problems()
}

// filled are the values an editor types in place of each placeholder.
var filled = map[string]string{
	"group": `"thuc-pham"`, "stars": `4`, "district": `"gia-lam"`,
	"producer": `"HTX Dịch vụ nông nghiệp Tranh Khúc"`, "decision_date": `2024-03-04`,
	"summary": `"Tin về sản phẩm OCOP dịp Tết."`, "kind": `"craft-village"`,
	"address": `"Chợ Bát Tràng, xã Bát Tràng"`,
}

var placeholder = regexp.MustCompile(`(?m)^(\w+) = "điền [^"]*"`)

// TestSkeletonsUnfilled writes each kind of skeleton and checks it: as
// written, every problem is one of its placeholders, one per field the
// editor must fill; once each is replaced by a value, there is none.
func TestSkeletonsUnfilled(t *testing.T) {
	want := map[string][]string{
		"product":     {"group", "stars", "district", "producer", "decision_date"},
		"story":       {"summary"},
		"tourism":     {"district", "kind"},
		"sales-point": {"district", "address"},
	}
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			root := catalogue(t)
			path, err := Write(root, Record{Kind: kind, Name: "Bát Tràng", Today: today})
			if err != nil {
				t.Fatal(err)
			}
			probs := check(t, root)
			if len(probs) != len(want[kind]) {
				t.Errorf("%d problems, want %d: %v", len(probs), len(want[kind]), probs)
			}
			for i, key := range want[kind] {
				if i < len(probs) && !strings.HasPrefix(probs[i].Message, key+" is not filled in: ") {
					t.Errorf("problem %d is %q, want one about %s", i, probs[i], key)
				}
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := placeholder.ReplaceAllStringFunc(string(data), func(line string) string {
				key := placeholder.FindStringSubmatch(line)[1]
				return key + " = " + filled[key]
			})
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			if probs := check(t, root); len(probs) > 0 {
				t.Errorf("filled in, the skeleton still has problems: %v\n%s", probs, text)
			}
		})
	}
}

// TestTaken checks that Write refuses a slug its kind has, with the
// file of the record that has it, and writes nothing.
func TestTaken(t *testing.T) {
	root := catalogue(t)
	first, err := Write(root, Record{Kind: "tourism", Name: "Làng gốm", District: "gia-lam", Today: today})
	if err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join(root, "content", "tourism", "gia-lam", "lang-gom.md")
	if err := os.MkdirAll(filepath.Dir(moved), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(first, moved); err != nil {
		t.Fatal(err)
	}
	_, err = Write(root, Record{Kind: "tourism", Name: "Làng Gốm", Today: today})
	var taken *TakenError
	if !errors.As(err, &taken) || taken.Slug != "lang-gom" || taken.File != moved {
		t.Fatalf("Write = %v, want a *TakenError for lang-gom naming %s", err, moved)
	}
	if _, err := os.Stat(first); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a second file was written: %v", err)
	}
}

// TestSkeletonLanguages: a skeleton's comments are in the language asked
// for, and both languages write the same keys and values, line for line.
func TestSkeletonLanguages(t *testing.T) {
	for _, kind := range kinds {
		var texts [2]string
		for i, tag := range [...]language.Tag{lang.Vietnamese, lang.English} {
			root := catalogue(t)
			p, err := Write(root, Record{Kind: kind, Name: "Mật ong hoa nhãn", Today: today, Lang: tag})
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts[i] = string(b)
			if rel, _ := filepath.Rel(root, p); !strings.HasPrefix(filepath.ToSlash(rel), "content/") {
				t.Errorf("%s: written to %s", kind, rel)
			}
		}
		vi, en := texts[0], texts[1]
		if !strings.Contains(vi, "# bắt buộc") || strings.Contains(vi, "# required") || !strings.Contains(en, "# required") {
			t.Errorf("%s: the comments are not in the language asked for:\n%s\n---\n%s", kind, vi, en)
		}

	}
}

// TestSkeletonWords: every word of the skeletons' comments has its
// Vietnamese text, and no text is left that no skeleton says.
func TestSkeletonWords(t *testing.T) {
	said := map[string]bool{}
	for _, tmpl := range skeletons.Templates() {
		if tmpl.Tree != nil {
			wordsOf(tmpl.Tree.Root, said)
		}
	}
	if len(said) < 40 {
		t.Fatalf("found %d words in the skeletons; the walk misses most of them", len(said))
	}
	for w := range said {
		if _, ok := lang.Text(w); !ok {
			t.Errorf("the skeletons say %q, which has no Vietnamese text in skeletons_vi.go", w)
		}
	}
	for w := range skeletonWords {
		if !said[w] {
			t.Errorf("skeletons_vi.go has a text for %q, which no skeleton says: remove it", w)
		}
	}
}

// wordsOf adds to said the argument of every {{t "…"}} under node.
func wordsOf(node parse.Node, said map[string]bool) {
	switch n := node.(type) {
	case *parse.ListNode:
		for _, c := range n.Nodes {
			wordsOf(c, said)
		}
	case *parse.ActionNode:
		for _, cmd := range n.Pipe.Cmds {
			if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok && id.Ident == "t" && len(cmd.Args) == 2 {
				if s, ok := cmd.Args[1].(*parse.StringNode); ok {
					said[s.Text] = true
				}
			}
		}
	case *parse.IfNode:
		wordsOf(n.List, said)
		if n.ElseList != nil {
			wordsOf(n.ElseList, said)
		}
	case *parse.RangeNode:
		wordsOf(n.List, said)
	case *parse.WithNode:
		wordsOf(n.List, said)
	}
}
