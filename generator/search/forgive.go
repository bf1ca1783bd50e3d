package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds what makes a search forgive: Telex and VNI keys left in a
// word, typos, and the words offered when nothing matches. search.js has
// the same functions (telex in its Tokenizer section, edits, candidates
// and nearest in Matching and ranking); keep the two in step.

// vowels are the vowel letters of Vietnamese, without tone marks.
const vowels = "aăâeêioôơuưy"

// telexTones maps the tone keys of Telex to combining tone marks: s sắc,
// f huyền, r hỏi, x ngã, j nặng (VNI 1–5 in that order).
var telexTones = map[rune]string{'s': "\u0301", 'f': "\u0300", 'r': "\u0309", 'x': "\u0303", 'j': "\u0323"}

// Telex returns the syllable that word means when it was typed with the
// keys of Telex or VNI left in, as a keyboard without a Vietnamese input
// method leaves them: "banhs", "ba1nh" → "bánh"; "chuwng" → "chưng";
// "dduwowngf" → "đường"; "gaf" → "gà". word is a folded word (lower-case
// ASCII letters and digits); it returns "" when word holds no such key or
// does not read as one syllable. The keys:
//
//   - tones: s f r x j (Telex) or 1 2 3 4 5 (VNI) after the first vowel
//     (s, r and x before it are initials: "sao", "rau", "xanh"); one tone
//     a word;
//   - aa ee oo → â ê ô, aw ow uw → ă ơ ư, and uow → ươ; dd at the start → đ;
//   - VNI 6 (â ê ô), 7 (ơ ư, uo → ươ), 8 (ă), 9 (đ) act on the nearest
//     letter before them that they apply to;
//
// the tone goes on the last vowel with a mark of its own (ươ: ơ); else,
// before a final consonant, on the last vowel; else on the middle one of
// three, the first of two (hòa, mía: canonical placement). qu and gi
// before a vowel are initials.
func Telex(word string) string {
	out := make([]rune, 0, len(word))
	tone := ""
	changed := false
	hasVowel := func() bool {
		return slices.ContainsFunc(out, func(r rune) bool { return strings.ContainsRune(vowels, r) })
	}
	for _, c := range word {
		n := len(out)
		prev := rune(0)
		if n > 0 {
			prev = out[n-1]
		}
		switch {
		case c == 'd' && prev == 'd' && n == 1:
			out[0] = 'đ'
			changed = true
		case (c == 'a' || c == 'e' || c == 'o') && prev == c:
			out[n-1] = map[rune]rune{'a': 'â', 'e': 'ê', 'o': 'ô'}[c]
			changed = true
		case c == 'w':
			switch prev {
			case 'a':
				out[n-1] = 'ă'
			case 'u':
				out[n-1] = 'ư'
			case 'o':
				out[n-1] = 'ơ'
				if n >= 2 && out[n-2] == 'u' {
					out[n-2] = 'ư'
				}
			default:
				return ""
			}
			changed = true
		case telexTones[c] != "" && hasVowel():
			if tone != "" {
				return ""
			}
			tone = telexTones[c]
		case c >= '1' && c <= '5':
			if tone != "" || !hasVowel() {
				return ""
			}
			tone = telexTones[rune("sfrxj"[c-'1'])]
		case c >= '6' && c <= '9':
			if !vniMark(out, c) {
				return ""
			}
			changed = true
		case c >= 'a' && c <= 'z':
			out = append(out, c)
		default:
			return ""
		}
	}
	if !changed && tone == "" {
		return ""
	}
	if tone == "" {
		return string(out)
	}
	at := tonePlace(out)
	if at < 0 {
		return ""
	}
	return norm.NFC.String(string(out[:at+1]) + tone + string(out[at+1:]))
}

// vniMark applies VNI key 6, 7, 8 or 9 to the nearest letter of out it
// acts on, reporting whether there was one.
func vniMark(out []rune, key rune) bool {
	for i := len(out) - 1; i >= 0; i-- {
		c := out[i]
		switch {
		case key == '6' && (c == 'a' || c == 'e' || c == 'o'):
			out[i] = map[rune]rune{'a': 'â', 'e': 'ê', 'o': 'ô'}[c]
		case key == '7' && c == 'u':
			out[i] = 'ư'
		case key == '7' && c == 'o':
			out[i] = 'ơ'
			if i > 0 && out[i-1] == 'u' {
				out[i-1] = 'ư'
			}
		case key == '8' && c == 'a':
			out[i] = 'ă'
		case key == '9' && c == 'd' && i == 0:
			out[i] = 'đ'
		default:
			continue
		}
		return true
	}
	return false
}

// tonePlace returns the index in s of the vowel that takes the tone, or -1
// when s has no vowel or reads as more than one syllable.
func tonePlace(s []rune) int {
	isVowel := func(i int) bool { return i < len(s) && strings.ContainsRune(vowels, s[i]) }
	start := 0
	for start < len(s) && !isVowel(start) {
		start++
	}
	if start == len(s) {
		return -1
	}
	if start > 0 && isVowel(start+1) && (s[start-1] == 'q' && s[start] == 'u' || s[start-1] == 'g' && s[start] == 'i') {
		start++ // qu, gi: initials
	}
	end := start
	for isVowel(end) {
		end++
	}
	for i := end; i < len(s); i++ {
		if isVowel(i) {
			return -1 // a vowel after the final consonant: two syllables
		}
	}
	at := -1
	for i := start; i < end; i++ {
		if strings.ContainsRune("ăâêôơư", s[i]) {
			at = i
		}
	}
	switch {
	case at >= 0:
	case end < len(s):
		at = end - 1
	case end-start >= 3:
		at = start + 1
	default:
		at = start
	}
	return at
}

// maxEdits is how many edits a typo may hold: one, two for words of eight
// characters or more.
func maxEdits(fold string) int {
	if utf8.RuneCountInString(fold) >= 8 {
		return 2
	}
	return 1
}

// minTypo is the length, in characters, from which a word is corrected
// as a typo: within one edit of a shorter word lie too many words.
const minTypo = 3

// maxCandidates is how many corrections of a word are tried, best first.
const maxCandidates = 5

// maxSuggestEdits bounds the distance of the words offered when nothing
// matches.
const maxSuggestEdits = 3

// edits returns the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of two neighbouring
// characters, each one edit), counted over code points, or limit+1 when
// it is more than limit.
func edits(a, b string, limit int) int {
	x, y := []rune(a), []rune(b)
	if d := len(x) - len(y); d > limit || -d > limit {
		return limit + 1
	}
	rows := make([][]int, len(x)+1)
	for i := range rows {
		rows[i] = make([]int, len(y)+1)
		rows[i][0] = i
	}
	for j := range y {
		rows[0][j+1] = j + 1
	}
	for i := 1; i <= len(x); i++ {
		low := limit + 1
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			v := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				v = min(v, rows[i-2][j-2]+1)
			}
			rows[i][j] = v
			low = min(low, v)
		}
		if low > limit {
			return limit + 1
		}
	}
	return min(rows[len(x)][len(y)], limit+1)
}

// A word of the vocabulary: its folded form, its commonest marked form and
// the number of documents holding it.
type vocabWord struct {
	fold, mark string
	docs       int
	edits      int // from the word looked for, when a candidate (nearest)
}

// vocabKeys returns the vocabulary files a word's corrections are looked
// for in: those of its first and second characters, so that a typo
// anywhere but in the first letter, a dropped first letter and a swap of
// the first two are found (a wrong first letter is not: it is rare, and
// would need the whole vocabulary).
func vocabKeys(fold string) []string {
	r := []rune(fold)
	var keys []string
	for i := 0; i < 2 && i < len(r); i++ {
		if k := string(r[i]); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// nearest returns the words of vocab within limit edits of fold (not fold
// itself), fewest edits first, then most documents, then by folded form.
func nearest(vocab []vocabWord, fold string, limit, max int) []vocabWord {
	type cand struct {
		vocabWord
		d int
	}
	var cs []cand
	for _, v := range vocab {
		if v.fold == fold {
			continue
		}
		if d := edits(fold, v.fold, limit); d <= limit {
			cs = append(cs, cand{v, d})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.d != b.d {
			return a.d - b.d
		}
		if a.docs != b.docs {
			return b.docs - a.docs
		}
		return strings.Compare(a.fold, b.fold)
	})
	var out []vocabWord
	for i, c := range cs {
		if i == max {
			break
		}
		c.vocabWord.edits = c.d
		out = append(out, c.vocabWord)
	}
	return out
}
