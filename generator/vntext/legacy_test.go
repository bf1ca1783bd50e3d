package vntext

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Ordinary UTF-8 text that uses Latin-1 characters must not be taken for a
// legacy encoding.
func TestLooksLegacyNotFooled(t *testing.T) {
	for _, s := range []string{
		"Vinamilk®", "naïve", "Straße", "où", "©", "·", "º",
		"Sữa tươi Vinamilk® 100%",
		"Vinamilk®, TH true MILK® và Dalat Milk®",
		"Một cách nhìn naïve về thị trường",
		"Bánh mì kiểu Đức (Straße Brot)",
		"Đặc sản nơi đâu, où que vous soyez",
		"© 2024 HTX Bát Tràng",
		"©HTX Bát Tràng",
		"Gốm · Sứ · Bát Tràng",
		"Bát·Tràng",
		"Rượu Nº 1, ủ ở 18ºC",
		"Nº 5 và Nº 7",
		"1ª và 2ª",
		"Café, crème brûlée, déjà vu, Noël, Müller, Köln, São Paulo, señor, niño, maïs, Haïti, coût",
		"Mật ong 500 g ± 5 g, 10 µg vitamin",
		"Kích thước 20 × 30 cm",
		"Giá ½ kg: 50.000 đ",
		"Nhiệt độ 40°C",
		"Tiếng Việt có dấu đầy đủ: ăn, ân, ơn, ưng, đường, thuở, khuya, khuyên",
		"Mẫu mã ®",
		"«Trích dẫn» ¿Qué? ¡Hola!",
		norm.NFD.String("Bánh chưng Tranh Khúc"),
	} {
		if w, _, ok := LooksLegacy(s); ok {
			t.Errorf("LooksLegacy(%q) = true (%q), want false", s, w)
		}
	}
}

// Vietnamese written in TCVN3 or VNI and read back as Latin-1 is found,
// and the first suspicious word is named.
func TestLooksLegacyFinds(t *testing.T) {
	for _, c := range []struct{ in, word string }{
		{"B¸nh ch\u00adng Tranh Khóc", "B¸nh"},
		{"Baùnh chöng", "Baùnh"},
		{"Gèm sø B¸t Trµng", "sø"},
		{"§iÖn tho¹i", "§iÖn"},
		{"name = \"Trµ\"", "Trµ"},
		{"Saûn phaåm OCOP", "Saûn"},
		{"Vinamilk® - B¸nh", "B¸nh"},
	} {
		w, off, ok := LooksLegacy(c.in)
		if !ok || w != c.word || c.in[off:off+len(w)] != w {
			t.Errorf("LooksLegacy(%q) = %q at %d, %v; want %q", c.in, w, off, ok, c.word)
		}
	}
	for _, s := range []string{
		"Bánh chưng Tranh Khúc, làng Tranh Khúc, xã Duyên Hà, huyện Thanh Trì",
		"Gốm sứ Bát Tràng được nung bằng lò ga, men lam vẽ tay",
		"Sản phẩm OCOP 4 sao của thành phố Hà Nội",
		"Điện thoại, địa chỉ, đường, được",
		"Mật ong hoa nhãn Sơn Tây",
	} {
		for name, enc := range map[string]func(string) string{"TCVN3": toTCVN3, "VNI": toVNI} {
			e := enc(s)
			if _, _, ok := LooksLegacy(e); !ok {
				t.Errorf("%s of %q = %q: not found", name, s, e)
			}
		}
	}
}

// toTCVN3 writes s in TCVN3 and reads it back as Latin-1. The ABC fonts
// have no accented capitals: they are written in lower case.
func toTCVN3(s string) string {
	enc := map[rune]rune{}
	for i, r := range tcvn3Table {
		if r != '?' {
			enc[r] = rune(0xA0 + i)
		}
	}
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		if e, ok := enc[r]; ok {
			b.WriteRune(e)
		} else if e, ok := enc[unicode.ToLower(r)]; ok {
			b.WriteRune(e)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// toVNI writes s in VNI and reads it back as Latin-1.
func toVNI(s string) string {
	tone := map[rune]int{toneAcute: 0, toneGrave: 1, toneHook: 2, toneTilde: 3, toneDot: 4}
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		d := []rune(norm.NFD.String(string(r)))
		base, marks := d[0], d[1:]
		lower := unicode.ToLower(base)
		up := func(c rune) rune {
			if unicode.IsUpper(base) {
				return unicode.ToUpper(c)
			}
			return c
		}
		var quality rune
		t := -1
		for _, m := range marks {
			if n, ok := tone[m]; ok {
				t = n
			} else {
				quality = m
			}
		}
		switch {
		case lower == 'đ':
			b.WriteRune(up('ñ'))
			continue
		case lower == 'i' && t >= 0:
			b.WriteRune(up([]rune("íìæóò")[t]))
			continue
		case quality == '\u031b': // ơ ư
			b.WriteRune(up(map[rune]rune{'o': 'ô', 'u': 'ö'}[lower]))
		case quality == '\u0302': // â ê ô
			b.WriteRune(base)
			b.WriteRune(up([]rune("âáàåãä")[t+1]))
			continue
		case quality == '\u0306': // ă
			b.WriteRune(base)
			b.WriteRune(up([]rune("êéèúüë")[t+1]))
			continue
		default:
			b.WriteRune(base)
		}
		if t >= 0 {
			b.WriteRune(up([]rune("ùøûõï")[t]))
		}
	}
	return b.String()
}

// TestMayBeLegacyKeepsEvidence: the quick filter of LooksLegacy never
// drops a word that legacyWord would count, on every word of one or two
// Latin-1 characters around ASCII letters.
func TestMayBeLegacyKeepsEvidence(t *testing.T) {
	for a := rune(0xA1); a <= 0xFF; a++ {
		for _, pre := range []string{"b", "ba", "tr", "ng", "o", "a", "ch"} {
			for _, post := range []string{"", "nh", "n", "c", "ng", "i"} {
				for b := rune(0xA0); b <= 0xFF; b++ {
					w := pre + string(a) + post
					if b > 0xA0 {
						w += string(b)
					}
					strong, weak := legacyWord(w)
					if (strong || weak) && !strings.ContainsFunc(w, mayBeLegacy) {
						t.Fatalf("%q is evidence, but the filter drops it", w)
					}
				}
			}
		}
	}
}

// TestLooksLegacyJumps compares LooksLegacy, which looks only at words
// holding a character that may be legacy, with a scan of every word, on
// random texts of Vietnamese, Latin-1 and legacy letters.
func TestLooksLegacyJumps(t *testing.T) {
	alphabet := []rune("aAbnhg ,.-\"=\n\u00a0\u00adáàảãạăắđĐưươôêéùÙõÕøµ¸§Ö¹®°ÿ½×çü")
	rng := rand.New(rand.NewPCG(1, 2))
	found := 0
	for range 50000 {
		rs := make([]rune, rng.IntN(24))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(rs)
		w, off, ok := LooksLegacy(s)
		ww, woff, wok := looksLegacyWordByWord(s)
		if w != ww || off != woff || ok != wok {
			t.Fatalf("LooksLegacy(%q) = %q, %d, %v; every word scanned: %q, %d, %v", s, w, off, ok, ww, woff, wok)
		}
		if ok {
			found++
		}
	}
	if found < 100 {
		t.Fatalf("only %d random texts look legacy: the comparison proves little", found)
	}
}

// looksLegacyWordByWord is LooksLegacy as first written: every word of s
// is looked at.
func looksLegacyWordByWord(s string) (word string, offset int, ok bool) {
	if !strings.ContainsFunc(s, mayBeLegacy) {
		return "", 0, false // nearly every file: no word can be evidence
	}
	first, firstOff := "", -1
	var seen map[string]bool
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !inWord(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !inWord(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		if !strings.ContainsFunc(w, mayBeLegacy) {
			i = j
			continue
		}
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
		i = j
	}
	return "", 0, false
}
