package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Legacy encodings. Before Unicode, Vietnamese was typed in 8-bit fonts:
// TCVN3 (ABC) gives each accented letter a byte of its own ("á" is 0xB8,
// "ư" is 0xAD), VNI writes the base letter then a byte for its marks
// ("á" is "a" and 0xF9). Text saved that way and read as Latin-1 or
// Windows-1252 shows up as "B¸nh ch­ng" or "Baùnh chöng".
//
// A stray Latin-1 character is no evidence: brand marks (Vinamilk®),
// foreign words (naïve, Straße, où) and symbols (©, ·, º) are ordinary
// text. LooksLegacy therefore decodes each word made only of ASCII letters
// and Latin-1 characters as TCVN3 and as VNI, and counts it only if it
// carries a character Vietnamese Unicode never uses and it decodes to a
// well-formed Vietnamese syllable (onset, vowels, final consonant, at most
// one tone). Text is flagged on one word holding a TCVN3 symbol between
// letters ("B¸nh", "Trµng"), which no language writes, or on two different
// suspicious words.

// tcvn3 decodes the bytes 0xA0–0xFF of TCVN3 (TCVN 5712 VN3, the ABC
// fonts). '?' marks a byte that is not a letter of the lowercase ABC font
// (VN1's uppercase letters, combining marks, the no-break space).
const tcvn3 = "" +
	"?ĂÂÊÔƠƯĐăâêôơưđ?" + // A0–AF
	"?????àảãáạ?ằẳẵắ?" + // B0–BF
	"??????ặầẩẫấậè?ẻẽ" + // C0–CF
	"éẹềểễếệìỉ???ĩíịò" + // D0–DF
	"?ỏõóọồổỗốộờởỡớợù" + // E0–EF
	"?ủũúụừửữứựỳỷỹýỵ?" //    F0–FF

var tcvn3Table = func() (t [96]rune) {
	copy(t[:], []rune(tcvn3))
	return t
}()

// vietLatin1 are the Latin-1 letters that Vietnamese Unicode text uses
// itself: they are evidence of nothing.
const vietLatin1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý"

// legacyOnly reports a Latin-1 character that Vietnamese Unicode text does
// not use.
func legacyOnly(r rune) bool {
	return r >= 0xA1 && r <= 0xFF && !isVietLatin1[r]
}

// isVietLatin1 is vietLatin1 as a table: legacyOnly runs on every
// character of every file.
var isVietLatin1 = func() (t [256]bool) {
	for _, r := range vietLatin1 {
		t[r] = true
	}
	return t
}()

// symbolic reports a Latin-1 character that no language writes inside a
// word (punctuation, signs, µ and the ordinal indicators).
func symbolic(r rune) bool {
	return r >= 0xA1 && r <= 0xFF && (!unicode.IsLetter(r) || r == 'µ' || r == 'ª' || r == 'º')
}

// LooksLegacy reports whether s looks like Vietnamese saved in the legacy
// TCVN3 or VNI encodings and read as Latin-1 ("B¸nh ch­ng", "Baùnh chöng").
// It returns the first suspicious word and its byte offset in s.
func LooksLegacy(s string) (word string, offset int, ok bool) {
	first, firstOff := "", -1
	var seen map[string]bool
	// Only a word holding a character that may be legacy can be evidence:
	// jump from one such character to the next and look at its word alone.
	for from := 0; ; {
		k := strings.IndexFunc(s[from:], mayBeLegacy)
		if k < 0 {
			return "", 0, false // nearly every file: no word can be evidence
		}
		k += from
		if r, size := utf8.DecodeRuneInString(s[k:]); !inWord(r) {
			from = k + size
			continue
		}
		i, j := k, k
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if !inWord(r) {
				break
			}
			i -= size
		}
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !inWord(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		if strong, weak := legacyWord(w); strong || weak {
			if firstOff < 0 {
				first, firstOff = w, i
			}
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[strings.ToLower(w)] = true
			if strong || len(seen) >= 2 {
				return first, firstOff, true
			}
		}
		from = j
	}
}

// mayBeLegacy reports a character without which a word cannot be
// evidence: one that Vietnamese Unicode never uses (the TCVN3 letters and
// most VNI marks), or ù and õ, which VNI writes as tones after a vowel.
func mayBeLegacy(r rune) bool {
	return legacyOnly(r) || r == 'ù' || r == 'õ' || r == 'Ù' || r == 'Õ'
}

// inWord reports a rune that belongs to a word: letters, digits, marks,
// and every Latin-1 character (legacy encodings use them for letters).
func inWord(r rune) bool {
	return r >= 0xA1 && r <= 0xFF || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// legacyWord says whether w is evidence of a legacy encoding: strong
// (enough alone) or weak.
func legacyWord(w string) (strong, weak bool) {
	ascii, latin1 := false, false
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			ascii = true
		case r >= 0xA1 && r <= 0xFF:
			latin1 = true
		default:
			return false, false // a digit, or a letter outside Latin-1: Unicode text
		}
	}
	if !ascii || !latin1 {
		return false, false
	}
	if dec, sym, ok := decodeTCVN3(w); ok && syllable(dec) {
		if sym {
			return true, false
		}
		weak = true
	}
	if dec, ok := decodeVNI(w); ok && syllable(dec) {
		weak = true
	}
	return false, weak
}

// decodeTCVN3 decodes a word read as Latin-1 from TCVN3. sym tells whether
// a symbolic character stood for a letter; ok is false if the word has a
// legacy-only character but none that TCVN3 decodes, or a byte that is no
// lowercase letter in TCVN3.
func decodeTCVN3(w string) (dec []rune, sym, ok bool) {
	signal := false
	for _, r := range w {
		if r < utf8.RuneSelf {
			dec = append(dec, unicode.ToLower(r))
			continue
		}
		d := tcvn3Table[r-0xA0]
		if d == '?' {
			return nil, false, false
		}
		if legacyOnly(r) {
			signal = true
			sym = sym || symbolic(r)
		}
		dec = append(dec, unicode.ToLower(d))
	}
	return dec, sym, signal
}

// VNI marks, written after the letter they belong to.
var (
	vniTone = map[rune]rune{ // tone alone
		'ù': toneAcute, 'ø': toneGrave, 'û': toneHook, 'õ': toneTilde, 'ï': toneDot,
	}
	vniCirc = map[rune]rune{ // circumflex (â, ê, ô) with a tone, or alone (0)
		'â': 0, 'á': toneAcute, 'à': toneGrave, 'å': toneHook, 'ã': toneTilde, 'ä': toneDot,
	}
	vniBreve = map[rune]rune{ // breve (ă) with a tone, or alone (0)
		'ê': 0, 'é': toneAcute, 'è': toneGrave, 'ú': toneHook, 'ü': toneTilde, 'ë': toneDot,
	}
	vniLetter = map[rune]rune{ // letters of their own
		'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị',
	}
)

// vniSignal are the VNI characters that Vietnamese Unicode never writes,
// wherever they stand; ù and õ count only after a vowel.
const vniSignal = "øûïöñåäëüæ"

// decodeVNI decodes a word read as Latin-1 from VNI; ok is false if the
// word has no VNI-only character or a mark where VNI puts none.
func decodeVNI(w string) (dec []rune, ok bool) {
	signal := false
	var out []rune // NFD
	for _, r := range strings.ToLower(w) {
		if r < utf8.RuneSelf {
			out = append(out, r)
			continue
		}
		prev := rune(0)
		if len(out) > 0 {
			prev = out[len(out)-1]
		}
		vowel := strings.ContainsRune("aeiouy", prev) || prev == '\u031b' // ơ, ư end in a horn
		if strings.ContainsRune(vniSignal, r) {
			signal = true
		}
		if t, isTone := vniTone[r]; isTone && (vowel || isToneMarkable(out)) {
			if r == 'ù' || r == 'õ' {
				signal = signal || vowel
			}
			out = append(out, t)
			continue
		}
		if t, isCirc := vniCirc[r]; isCirc && strings.ContainsRune("aeo", prev) {
			out = append(out, '\u0302')
			if t != 0 {
				out = append(out, t)
			}
			continue
		}
		if t, isBreve := vniBreve[r]; isBreve && prev == 'a' {
			out = append(out, '\u0306')
			if t != 0 {
				out = append(out, t)
			}
			continue
		}
		if l, isLetter := vniLetter[r]; isLetter {
			out = append(out, []rune(norm.NFD.String(string(l)))...)
			continue
		}
		return nil, false
	}
	return []rune(norm.NFC.String(string(out))), signal
}

// isToneMarkable reports whether a tone can follow the NFD text: after a
// vowel that already carries a quality mark (ơ, ư, â…).
func isToneMarkable(out []rune) bool {
	n := len(out)
	return n >= 2 && unicode.Is(unicode.Mn, out[n-1]) && !isTone(out[n-1]) && strings.ContainsRune("aeiouy", out[n-2])
}

// syllable reports whether w (lowercase) is a well-formed Vietnamese
// syllable: an onset, a vowel group, a final consonant, one tone at most.
func syllable(w []rune) bool {
	tones := 0
	var b strings.Builder
	for _, r := range norm.NFD.String(string(w)) {
		switch {
		case isTone(r):
			tones++
		case r == '\u0302' || r == '\u0306' || r == '\u031b': // â ê ô, ă, ơ ư
		case r == 'đ':
			b.WriteByte('d')
		case r >= 'a' && r <= 'z' && !strings.ContainsRune("fjwz", r):
			b.WriteRune(r)
		default:
			return false
		}
	}
	if tones > 1 {
		return false
	}
	s := b.String()
	for _, on := range onsets {
		if rest, ok := strings.CutPrefix(s, on); ok && rime(rest) {
			return true
		}
	}
	return false
}

var onsets = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// Vowel groups (marks folded away), and what may follow them.
var (
	nuclei   = setOf("a e i o u y ai ao au ay eo eu ia ie iu oa oe oi ua ue ui uo uu uy ya ye oai oay oeo uay uoi uou uya uye uyu ieu yeu")
	noFinal  = setOf("ai ao au ay eo eu ia iu oi ui uu ya oai oay oeo uay uoi uou uya uyu ieu yeu")
	needsEnd = setOf("ie ye uye")
	finals   = setOf("c ch m n ng nh p t")
)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

func rime(s string) bool {
	n := 0
	for n < len(s) && strings.IndexByte("aeiouy", s[n]) >= 0 {
		n++
	}
	nucleus, final := s[:n], s[n:]
	switch {
	case !nuclei[nucleus]:
		return false
	case final == "":
		return !needsEnd[nucleus]
	default:
		return finals[final] && !noFinal[nucleus]
	}
}
