package search

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// Token is a word of a text in the two forms the index keeps: Fold, the
// search key (no marks, đ as d, lower case, final y after a consonant as i),
// and Mark, the word as written (lower case, tone placement canonical), so
// that a query typed with marks can rank exact matches first.
type Token struct {
	Fold, Mark string
}

// Tokenize splits s into words. The same steps run in the browser
// (themes/default/static/assets/search.js, function tokenize), and the
// browser tests compare the two on tricky inputs; keep them in step:
//
//  1. NFKC, so that compatibility characters meet their plain forms:
//     "ﬁ" → "fi", full-width "ｏｒｇ" → "org", "m²" → "m2", "Ⅻ" → "XII";
//  2. lower case, one code point at a time with Unicode's simple mapping
//     (strings.ToLower; JavaScript's toLowerCase is used per code point,
//     with İ → i, its one multi-character mapping, spelled out);
//  3. NFC again (lowering can leave a composable pair), then canonical tone
//     placement (vntext.CanonicalTone) on every run of letters and marks,
//     so "hoà2" gives "hòa2" as "hoà" gives "hòa";
//  4. words are runs of letters (L), decimal digits (Nd) and non-spacing
//     marks (Mn); everything else separates them;
//  5. each word is folded by FoldWord.
func Tokenize(s string) []Token {
	s = normal(s)
	mark := vntext.CanonicalTone(strings.ToLower(s)) // CanonicalTone applies NFC first
	var out []Token
	for _, w := range strings.FieldsFunc(mark, notWordRune) {
		f := foldLower(w)
		if f == "" {
			continue
		}
		out = append(out, Token{Fold: f, Mark: w})
	}
	return out
}

// normal returns s in NFKC. A byte that is no UTF-8 is a space first: the
// normaliser would read it as the start of a letter and leave the letters
// after it as they are ("\xf1ǳ" would keep its ǳ, which is "dz").
func normal(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	return s
}

// words tokenizes like Tokenize, remembering each word it met: the
// words of a catalogue repeat from record to record, and finding a
// word's marked and folded forms costs more than looking them up. Tone
// canonicalisation and NFC work within a word, so word by word gives what
// Tokenize gives for the whole text (TestWordsTokenizeAlike). A words is
// for one goroutine.
type words map[string]Token

func (c words) tokenize(s string) []Token {
	return c.appendTokens(make([]Token, 0, len(s)/8), s)
}

// appendTokens appends the words of s to dst.
func (c words) appendTokens(dst []Token, s string) []Token {
	s = normal(s)
	// Words are split before lowering, and remembered as written: lowering
	// maps letters to letters, so the words are the same, and a word met
	// before costs no copy of the text.
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if notWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if notWordRune(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		i = j
		t, ok := c[w]
		if !ok {
			mark := vntext.CanonicalTone(strings.ToLower(w))
			t = Token{Fold: foldLower(mark), Mark: mark}
			c[w] = t
		}
		if t.Fold != "" {
			dst = append(dst, t)
		}
	}
	return dst
}

func notWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z')
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// foldWord folds one word: "Mỹ" → "mi", "Đống" → "dong", "quý" → "qui".
func foldWord(w string) string {
	return foldLower(strings.ToLower(w))
}

// foldLower folds a lower-case word: decompose (NFD), drop non-spacing
// marks, đ as d (and ð, the look-alike eth that some converters write for
// đ), keep only letters and decimal digits, then the final-y rule (iy).
func foldLower(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return iy(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r == 'đ' || r == 'ð':
			b.WriteByte('d')
		default:
			b.WriteString(foldRune(r))
		}
	}
	return iy(b.String())
}

// foldTable holds the folded form of the precomposed Latin letters, where
// Vietnamese lives (U+00C0–U+024F, U+1E00–U+1EFF), so that folding them
// needs no decomposition.
var foldTable = func() map[rune]string {
	m := map[rune]string{}
	for _, span := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := span[0]; r <= span[1]; r++ {
			m[r] = foldSlow(r)
		}
	}
	return m
}()

func foldRune(r rune) string {
	if f, ok := foldTable[r]; ok {
		return f
	}
	return foldSlow(r)
}

// foldSlow folds one rune: its canonical decomposition, less the
// non-spacing marks and whatever is not a letter or a decimal digit.
// (Decomposing rune by rune gives what decomposing the word gives once the
// marks are gone: canonical reordering only moves marks.)
func foldSlow(r rune) string {
	var b strings.Builder
	for _, c := range norm.NFD.String(string(r)) {
		if c == 'đ' || c == 'ð' {
			c = 'd' // ð: Icelandic eth, which legacy converters write for Đ
		}
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// iy spells a syllable-final y after a consonant as i, so the two accepted
// spellings (Mỹ/Mĩ, kỹ/kĩ, lý/lí, quý/quí) meet. After a vowel y is part
// of the rhyme (tây, huy) and stays. Any character other than a, e, i, o,
// u, y counts as a consonant here, as it does in search.js.
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

// ShardKey is the key of the index part that holds a folded token: its
// first two characters (code points, never bytes).
func ShardKey(fold string) string {
	i, n := 0, 0
	for i < len(fold) && n < 2 {
		_, size := utf8.DecodeRuneInString(fold[i:])
		i += size
		n++
	}
	return fold[:i]
}

// ShardFile is the file name (without ".json") of the shard with the given
// key. A key of ASCII lower-case letters and digits is its own name
// ("ba"); any other key is written as "_" and the hexadecimal code points
// of its characters joined by "-" ("福" → "_798f", "øl" → "_f8-6c"), so
// every name is plain ASCII: a valid file name on every system (case-
// insensitive ones included), and the same string whether a server or a
// CDN decodes, re-encodes or normalises the URL. search.js names shards
// the same way.
func ShardFile(key string) string {
	plain := key != ""
	for i := 0; i < len(key); i++ {
		if c := key[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			plain = false
			break
		}
	}
	if plain {
		return key
	}
	var b strings.Builder
	b.WriteByte('_')
	for i, r := range []rune(key) {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(strconv.FormatInt(int64(r), 16))
	}
	return b.String()
}
