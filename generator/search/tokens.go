package search

import (
	"strings"
	"unicode"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// Token is a word of a text in the two forms the index keeps: Fold, the
// search key (no marks, đ as d, lower case, final y after a consonant as i),
// and Mark, the word as written (lower case, tone placement canonical), so
// that a query typed with marks can rank exact matches first.
type Token struct {
	Fold, Mark string
}

// Tokenize splits s into words. The same rules run in the browser
// (themes/default/static/assets/search.js); keep them in step.
func Tokenize(s string) []Token {
	mark := strings.ToLower(vntext.CanonicalTone(s))
	var out []Token
	for _, w := range strings.FieldsFunc(mark, notWordRune) {
		f := FoldWord(w)
		if f == "" {
			continue
		}
		out = append(out, Token{Fold: f, Mark: w})
	}
	return out
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// FoldWord folds one word: "Mỹ" → "mi", "Đống" → "dong", "quý" → "qui".
func FoldWord(w string) string {
	f := strings.ReplaceAll(vntext.Fold(w), " ", "")
	return iy(f)
}

// iy spells a syllable-final y after a consonant as i, so the two accepted
// spellings (Mỹ/Mĩ, kỹ/kĩ, lý/lí, quý/quí) meet. After a vowel y is part
// of the rhyme (tây, huy) and stays.
func iy(f string) string {
	n := len(f)
	if n < 2 || f[n-1] != 'y' {
		return f
	}
	prev := f[n-2]
	if !strings.ContainsRune("aeiouy", rune(prev)) || strings.HasSuffix(f, "quy") {
		return f[:n-1] + "i"
	}
	return f
}

// ShardKey is the name of the index part that holds a folded token: its
// first two characters.
func ShardKey(fold string) string {
	if len(fold) <= 2 {
		return fold
	}
	return fold[:2]
}
