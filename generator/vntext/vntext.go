// Package vntext handles Vietnamese text the way the catalogue needs it:
// Unicode normalisation, the tone-placement canonical form used to match
// names, the folded key used for search and suggestions, URL slugs, collation
// keys for Vietnamese alphabetical order, and detection of text saved in the
// legacy TCVN3 (ABC) and VNI encodings.
//
// Display strings are never rewritten beyond NFC: the other forms are keys.
package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gosimple/slug"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func init() {
	// "&" reads "và" in Vietnamese, not "and".
	slug.CustomRuneSub = map[rune]string{'&': "va"}
}

// NFC returns s in Unicode normalisation form C. Every string read from a
// catalogue goes through it once, on load.
func NFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// Slug returns the URL slug of s: lowercase ASCII words joined by hyphens,
// with đ as d ("Đống Đa" → "dong-da").
func Slug(s string) string {
	return slug.Make(NFC(s))
}

// IsSlug reports whether s is already a valid slug.
func IsSlug(s string) bool {
	return s != "" && slug.IsSlug(s)
}

var stripMarks = runes.Remove(runes.In(unicode.Mn))

// foldSlow folds one rune the reference way: decompose, drop the marks,
// đ as d, lower case. It returns 0 for a rune that folds to nothing.
func foldSlow(r rune) rune {
	t := transform.Chain(norm.NFD, stripMarks)
	out, _, err := transform.String(t, string(r))
	if err != nil || out == "" {
		return 0
	}
	b, _ := utf8.DecodeRuneInString(out)
	if b == 'đ' || b == 'Đ' {
		return 'd'
	}
	return unicode.ToLower(b)
}

// foldTable holds the folded form of every precomposed Latin letter, where
// Vietnamese lives (U+00C0–U+024F, U+1E00–U+1EFF); Fold looks runes up in
// it instead of decomposing text.
var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	for _, span := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := span[0]; r <= span[1]; r++ {
			if unicode.IsLetter(r) {
				m[r] = foldSlow(r)
			}
		}
	}
	return m
}()

// fold returns the search key of s: marks removed, đ as d, lower case,
// punctuation and runs of spaces collapsed to one space. "Ứng Hoà" and
// "ỨNG HÒA" both fold to "ung hoa". Folding merges different words (Nụ trầm,
// Nụ trám), so it is for matching only, never for identity.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			default:
				space = b.Len() > 0
				continue
			}
		case unicode.Is(unicode.Mn, r):
			continue // a combining mark of NFD text
		default:
			if f, ok := foldTable[r]; ok {
				r = f
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if f := foldSlow(r); f != 0 {
					r = f
				}
			} else {
				space = b.Len() > 0
				continue
			}
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Combining tone marks (the five tones besides ngang).
const (
	toneGrave = '\u0300' // huyền
	toneAcute = '\u0301' // sắc
	toneTilde = '\u0303' // ngã
	toneHook  = '\u0309' // hỏi
	toneDot   = '\u0323' // nặng
)

func isTone(r rune) bool {
	switch r {
	case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
		return true
	}
	return false
}

// CanonicalTone moves the tone mark of open syllables ending in oa, oe and
// uy to the first vowel, the traditional placement used in official names:
// "Ứng Hoà" → "Ứng Hòa", "thuỷ" → "thủy", "khoẻ" → "khỏe". Closed syllables
// ("hoàn"), vowels with a quality mark and "qu" syllables ("quý") are left
// alone. The result is NFC.
func CanonicalTone(s string) string {
	s = NFC(s)
	var b strings.Builder
	last := 0 // s[:last] is already in b
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			j += size
		}
		word := s[i:j]
		if mayMove(word) {
			if c := norm.NFC.String(string(canonSyllable([]rune(norm.NFD.String(word))))); c != word {
				if b.Len() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[last:i])
				b.WriteString(c)
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// mayMove reports whether a word ends in oa, oe or uy with a mark on its
// last letter: the only words CanonicalTone can change.
func mayMove(word string) bool {
	last, n := utf8.DecodeLastRuneInString(word)
	if last < utf8.RuneSelf || n >= len(word) {
		return false // no mark on the last letter, or a one-letter word
	}
	prev, _ := utf8.DecodeLastRuneInString(word[:len(word)-n])
	if prev >= utf8.RuneSelf {
		return false // the first vowel carries a mark of its own
	}
	f := foldTable[last]
	p := prev | 0x20
	return (p == 'o' && (f == 'a' || f == 'e')) || (p == 'u' && f == 'y')
}

// canonSyllable handles one NFD syllable (letters with their marks).
func canonSyllable(syl []rune) []rune {
	// Base letters with the index of each in syl.
	var base []rune
	var at []int
	for i, r := range syl {
		if !unicode.Is(unicode.Mn, r) {
			base = append(base, unicode.ToLower(r))
			at = append(at, i)
		}
	}
	n := len(base)
	if n < 2 {
		return syl
	}
	pair := string(base[n-2:])
	if pair != "oa" && pair != "oe" && pair != "uy" {
		return syl
	}
	if n >= 3 && base[n-3] == 'q' && base[n-2] == 'u' {
		return syl // "qu" is a consonant: quý, quỳ.
	}
	if n >= 3 && strings.ContainsRune("aeiouy", base[n-3]) {
		return syl // a longer vowel cluster (oai, uya…): leave it.
	}
	first, last := at[n-2], at[n-1]
	// Marks of the first vowel: none allowed (no quality mark, no tone).
	if last != first+1 {
		return syl
	}
	// The last vowel must carry exactly a tone mark and nothing else.
	if last+2 != len(syl) || !isTone(syl[last+1]) {
		return syl
	}
	tone := syl[last+1]
	out := make([]rune, 0, len(syl))
	out = append(out, syl[:first+1]...)
	out = append(out, tone)
	out = append(out, syl[last])
	return out
}

// NameKey is the key under which names are matched for identity: NFC,
// canonical tone placement, lower case, single spaces. "Ứng Hoà" and
// "ứng  hòa" share a key; "Nụ trầm" and "Nụ trám" do not.
func NameKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(CanonicalTone(s))), " ")
}
