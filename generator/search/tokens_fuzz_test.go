package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTokenize: tokens are valid UTF-8 and non-empty; folding is
// idempotent (a folded word folds to itself, a word folds as its token
// says); tokenizing the marked words again gives them back; the
// remembering tokenizer of the index agrees; and every shard file name is
// plain ASCII.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Bánh chưng Tranh Khúc", "HOÀ thuỷ quý Đống-đa", "ﬁ m² Ⅻ ｏｒｇ", "İ ς 福 hoà2", "o\u0301a\u0300 uy y", "\xff\xfe a", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		marks := make([]string, len(toks))
		for i, tok := range toks {
			if tok.Fold == "" || tok.Mark == "" {
				t.Fatalf("%q: empty token %+v", s, tok)
			}
			if !utf8.ValidString(tok.Fold) || !utf8.ValidString(tok.Mark) {
				t.Fatalf("%q: invalid UTF-8 in %+v", s, tok)
			}
			if f := foldWord(tok.Fold); f != tok.Fold {
				t.Fatalf("%q: fold %q folds again to %q", s, tok.Fold, f)
			}
			if f := foldWord(tok.Mark); f != tok.Fold {
				t.Fatalf("%q: mark %q folds to %q, token says %q", s, tok.Mark, f, tok.Fold)
			}
			if name := ShardFile(ShardKey(tok.Fold)); strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789_-") != "" {
				t.Fatalf("%q: shard file name %q is not plain ASCII", s, name)
			}
			marks[i] = tok.Mark
		}
		if again := Tokenize(strings.Join(marks, " ")); !slices.Equal(again, toks) {
			t.Fatalf("%q: tokens %v tokenize again to %v", s, toks, again)
		}
		if got := (words{}).tokenize(s); !slices.Equal(got, toks) {
			t.Fatalf("%q: remembered %v, Tokenize %v", s, got, toks)
		}
	})
}

// FuzzTelex: Telex never fails on any input; what it returns is "" or one
// word of Vietnamese letters whose folded form is plain ASCII and no
// longer than the keys typed.
func FuzzTelex(f *testing.F) {
	for _, s := range []string{"banhs", "ba1nh", "chuwng", "dduwowngf", "gaf", "quys", "giaf", "uow7", "d9d9", "aaaaw", "sfrxj", "\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Telex(s)
		if out == "" {
			return
		}
		toks := Tokenize(out)
		if len(toks) != 1 {
			t.Fatalf("Telex(%q) = %q, %d words", s, out, len(toks))
		}
		if fold := toks[0].Fold; strings.Trim(fold, "abcdefghijklmnopqrstuvwxyz") != "" || len(fold) > len(s) {
			t.Fatalf("Telex(%q) = %q folds to %q", s, out, fold)
		}
	})
}
