package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"slices"
	"sort"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Bánh chưng":               "banh chung",
		"BÁNH CHƯNG":               "banh chung",
		"Đông Anh":                 "dong anh",
		"ỨNG HOÀ":                  "ung hoa",
		"Ứng Hòa":                  "ung hoa",
		"Văn Miếu – Quốc Tử Giám":  "van mieu quoc tu giam",
		"  Nụ\u00a0trầm  ":         "nu tram",
		norm.NFD.String("Đống Đa"): "dong da",
	} {
		if got := fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCanonicalTone(t *testing.T) {
	for in, want := range map[string]string{
		"Ứng Hoà":                  "Ứng Hòa",
		"Ứng Hòa":                  "Ứng Hòa",
		"Yên Hoà":                  "Yên Hòa",
		"Dương Hoà":                "Dương Hòa",
		"Hoà Lạc":                  "Hòa Lạc",
		"HOÀ XÁ":                   "HÒA XÁ",
		"Dân Hoà":                  "Dân Hòa",
		"thuỷ":                     "thủy",
		"khoẻ":                     "khỏe",
		"uỷ ban":                   "ủy ban",
		"hoàn":                     "hoàn", // closed syllable
		"toán":                     "toán",
		"khuyết":                   "khuyết",
		"quý":                      "quý", // qu is a consonant
		"quỳ vàng":                 "quỳ vàng",
		"thuế":                     "thuế", // quality mark
		"Nụ trầm":                  "Nụ trầm",
		norm.NFD.String("Ứng Hoà"): "Ứng Hòa",
	} {
		if got := CanonicalTone(in); got != want {
			t.Errorf("CanonicalTone(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNameKey(t *testing.T) {
	if NameKey("Ứng Hoà") != NameKey("ứng  hòa") {
		t.Error("tone placement and case should not change the name key")
	}
	if NameKey("Nụ trầm") == NameKey("Nụ trám") {
		t.Error("different words must keep different name keys")
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Đống Đa":                  "dong-da",
		"Bánh chưng Tranh Khúc":    "banh-chung-tranh-khuc",
		"Lịch sử làng nghề":        "lich-su-lang-nghe",
		"Trà & bánh":               "tra-va-banh",
		norm.NFD.String("Ứng Hòa"): "ung-hoa",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCollatorOrder(t *testing.T) {
	want := []string{"a", "ă", "â", "Bắc", "Cầu Giấy", "Chương Mỹ", "da", "dê", "Dương Nội", "đá", "Đan Phượng", "e", "Ê", "hoa", "hòa", "hỏa", "hóa", "o", "ô", "ơ", "u", "ư", "Ứng Hòa"}
	got := slices.Clone(want)
	slices.Reverse(got)
	c := NewCollator()
	sort.SliceStable(got, func(i, j int) bool { return c.Key(got[i]) < c.Key(got[j]) })
	if !slices.Equal(got, want) {
		t.Errorf("order:\n got %q\nwant %q", got, want)
	}
}

func TestLooksLegacy(t *testing.T) {
	for _, s := range []string{"B¸nh ch\u00adng Tranh Khóc", "Baùnh chöng", "Gèm sø B¸t Trµng"} {
		if _, _, ok := LooksLegacy(s); !ok {
			t.Errorf("LooksLegacy(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Bánh chưng Tranh Khúc", "Gốm sứ Bát Tràng", "ÔNG GIÓNG", "Nhiệt độ 40°C", "Chè\u00a0Ba Vì", "Hoà Xá"} {
		if w, _, ok := LooksLegacy(s); ok {
			t.Errorf("LooksLegacy(%q) = true (%q), want false", s, w)
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"Gia Lâm", "Ba Vì", "Đông Anh", "Đống Đa", "Ứng Hòa", "Mỹ Đức"}
	if got := Closest("Gia Lam", names, 3); len(got) == 0 || got[0] != "Gia Lâm" {
		t.Errorf("Closest(Gia Lam) = %q", got)
	}
	if got := Closest("dong an", names, 1); len(got) != 1 || got[0] != "Đông Anh" {
		t.Errorf("Closest(dong an) = %q", got)
	}
	if got := Closest("Hoàn toàn khác", names, 3); len(got) != 0 {
		t.Errorf("Closest of an unrelated name = %q, want none", got)
	}
}

// TestFoldTable checks the fast fold against the reference decomposition
// for every Latin letter and for NFD text.
func TestFoldTable(t *testing.T) {
	for _, span := range [][2]rune{{0x20, 0x2FF}, {0x1E00, 0x1EFF}} {
		for r := span[0]; r <= span[1]; r++ {
			s := "a" + string(r) + "b"
			want := foldReference(s)
			if got := fold(s); got != want {
				t.Errorf("Fold(%q) = %q, reference %q", s, got, want)
			}
			if got := fold(norm.NFD.String(s)); got != want {
				t.Errorf("Fold(NFD %q) = %q, reference %q", s, got, want)
			}
		}
	}
}

// foldReference is Fold the slow way, as domain.md §8 writes it.
func foldReference(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, _ = transform.String(t, s)
	s = strings.NewReplacer("đ", "d", "Đ", "D").Replace(s)
	s = strings.ToLower(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

func BenchmarkFold(b *testing.B) {
	s := "Bánh chưng Tranh Khúc của HTX Dịch vụ nông nghiệp Tranh Khúc, xã Duyên Hà, huyện Thanh Trì"
	for b.Loop() {
		fold(s)
	}
}
