package search

import (
	"math/rand/v2"
	"net/url"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/output"
)

func folds(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		out = append(out, t.Fold)
	}
	return out
}

func TestTokenizeFolds(t *testing.T) {
	for in, want := range map[string][]string{
		"Bánh chưng Tranh Khúc":    {"banh", "chung", "tranh", "khuc"},
		"BÁNH CHƯNG":               {"banh", "chung"},
		"Đông Anh":                 {"dong", "anh"},
		"Ứng Hoà":                  {"ung", "hoa"},
		"ứng hòa":                  {"ung", "hoa"},
		"Mỹ Đức":                   {"mi", "duc"},
		"Mĩ Đức":                   {"mi", "duc"},
		"quý, quí; lý – lí":        {"qui", "qui", "li", "li"},
		"Tây Hồ huy hiệu":          {"tay", "ho", "huy", "hieu"},
		"Văn Miếu – Quốc Tử Giám":  {"van", "mieu", "quoc", "tu", "giam"},
		norm.NFD.String("Nụ trầm"): {"nu", "tram"},
		"khảm trai, 150.000đ":      {"kham", "trai", "150", "000d"},
	} {
		if got := folds(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Tokenize(%q) folds = %q, want %q", in, got, want)
		}
	}
}

// TestTokenizeCompat: compatibility characters fold to their plain forms,
// and words are letters, decimal digits and marks.
func TestTokenizeCompat(t *testing.T) {
	for in, want := range map[string][]string{
		"Thư pháp 福":    {"thu", "phap", "福"},
		"OCOP certiﬁed": {"ocop", "certified"},
		"ｏｒｇａｎｉｃ":       {"organic"},
		"Trà Ðông":      {"tra", "dong"},
		"m²":            {"m2"},
		"½kg":           {"1", "2kg"},
		"Ⅻ":             {"xii"},
		"한국":            {norm.NFD.String("한국")}, // Hangul folds to its jamo, in both
		"":              nil,
		"— … “ ”":       nil,
	} {
		if got := folds(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Tokenize(%q) folds = %q, want %q", in, got, want)
		}
	}
}

func TestTokenizeMarksBeforeDigits(t *testing.T) {
	for in, want := range map[string]string{"hoà2": "hòa2", "HOÀ2": "hòa2", "tuỳ2": "tùy2", "hòa2": "hòa2", "2hoà": "2hòa"} {
		if got := Tokenize(in); len(got) != 1 || got[0].Mark != want {
			t.Errorf("Tokenize(%q) = %q, want mark %q", in, got, want)
		}
	}
}

func TestTokenizeMarks(t *testing.T) {
	got := Tokenize("Nụ TRẦM Ứng Hoà")
	want := []Token{{"nu", "nụ"}, {"tram", "trầm"}, {"ung", "ứng"}, {"hoa", "hòa"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize = %q, want %q", got, want)
	}
	if a, b := Tokenize(norm.NFD.String("Nụ trầm")), Tokenize("Nụ trầm"); !reflect.DeepEqual(a, b) {
		t.Errorf("NFD and NFC tokenize differently: %q vs %q", a, b)
	}
}

func TestShardKey(t *testing.T) {
	for in, want := range map[string]string{
		"banh": "ba", "a": "a", "ba": "ba", "150": "15", "": "",
		// Characters, never bytes: a cut character is not UTF-8.
		"福": "福", "福字帖": "福字", "ølen": "øl", "øl": "øl", "a福b": "a福",
		"𠀋x": "𠀋x", "𠀋𠀋𠀋": "𠀋𠀋",
	} {
		if got := ShardKey(in); got != want {
			t.Errorf("ShardKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShardFile(t *testing.T) {
	for in, want := range map[string]string{
		"ba": "ba", "a": "a", "15": "15", "9x": "9x",
		"福": "_798f", "福字": "_798f-5b57", "øl": "_f8-6c", "aø": "_61-f8",
		"𠀋": "_2000b", "Ab": "_41-62",
	} {
		if got := ShardFile(in); got != want {
			t.Errorf("ShardFile(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShardNamesAreSafe tokenizes tricky text and checks that every shard
// key is whole characters and every shard file name a valid output path
// that a URL carries unchanged.
func TestShardNamesAreSafe(t *testing.T) {
	for _, s := range trickyTexts {
		for _, tok := range Tokenize(s) {
			key := ShardKey(tok.Fold)
			if !utf8.ValidString(key) || !strings.HasPrefix(tok.Fold, key) || utf8.RuneCountInString(key) != min(2, utf8.RuneCountInString(tok.Fold)) {
				t.Errorf("%q: ShardKey(%q) = %q", s, tok.Fold, key)
			}
			name := ShardFile(key)
			p := Dir + "s/" + name + ".json"
			if err := output.CheckName(p); err != nil {
				t.Errorf("%q: %v", s, err)
			}
			if url.PathEscape(name) != name || strings.ToLower(name) != name {
				t.Errorf("%q: shard file %q changes in a URL or on a case-insensitive disk", s, name)
			}
		}
	}
}

// trickyTexts are inputs the tokenizer must handle the same in Go and in
// the browser (browser_test.go runs them through search.js).
var trickyTexts = []string{
	"", " ", "   \t\n", "-", "…", "“Bánh chưng”", "Văn Miếu – Quốc Tử Giám", "a\u00a0b", "a\u3000b",
	"Thư pháp 福", "福字帖", "OCOP certiﬁed", "ｏｒｇａｎｉｃ", "ＢÁＮＨ", "Trà Ðông", "Trà Đông", "đông", "ĐỒNG", "Ð", "ð",
	"m²", "5 m²", "½kg", "Ⅻ", "ⅻ giờ", "①②", "x³y", "H₂O", "٣٤٥ ۱۲", "१२३",
	"hoà2", "hòa2", "tuỳ2", "tùy2", "HOÀ2", "2hoà", "hoà-2", "khoẻ3", "thuỷ", "thủy", "THUỶ", "hoà", "hòa", "Ứng Hoà", "ỨNG HÒA",
	"quy", "qui", "quý", "quí", "Quỳ", "uỷ ban", "ủy", "hoàn", "toán", "khuyết", "oai", "hoài", "thuở",
	"Mỹ Đức", "Mĩ Đức", "kỹ", "kĩ", "lý", "lí", "tây", "huy", "y", "ý", "by", "xy2",
	norm.NFD.String("Nụ trầm Ứng Hoà"), norm.NFD.String("thuỷ tinh"), norm.NFD.String("Đông Anh"), "a\u0340", "o\u0061\u0300",
	"BÁNH CHƯNG", "Bánh Chưng", "bánh chưng", "İstanbul", "ΟΔΟΣ Σ", "Straße", "ǅemal", "Ǆ", "ﬀ ﬃ",
	"khảm trai, 150.000đ", "1.054 sản phẩm", "22,1 %", "ngày 4/3/2024", "a.b,c;d:e!f?g", "C++ & Go", "e-mail@x.vn",
	"한국 김치", "日本茶", "Ελληνικά", "Кириллица", "عربى", "हिन्दी", "ไทย", "😀 emoji", "a😀b", "\U0002000Bx",
	"e\u0301\u0301", "\u0301a", "a\u200bb", "a\u00adb", "\ufeffabc",
	strings.Repeat("Bánh chưng Tranh Khúc ", 200), strings.Repeat("ừ", 1000), strings.Repeat("福", 500),
}

// TestWordsTokenizeAlike: the remembering tokenizer of the index gives
// what Tokenize gives, on tricky texts, random mixes and the example
// catalogue's texts, with one memory for all of them as when indexing.
func TestWordsTokenizeAlike(t *testing.T) {
	texts := append([]string{}, trickyTexts...)
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"hoà", "HOÀ", "hòa", "thuỷ", "quý", "Đống", "đa", "\u0301", "\u0300", "2", "²", "ﬁ", "İ", "ς", "福", " ", "-", "oà", "uy", "y", "a"}
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String(), norm.NFD.String(b.String()))
	}
	cat, _ := load.Load(load.NFC(os.DirFS("../..")), load.Options{})
	for _, p := range cat.Products {
		texts = append(texts, p.Name, p.Producer, p.Summary, p.Description.Source)
	}
	seen := words{}
	for _, s := range texts {
		if got, want := seen.tokenize(s), Tokenize(s); !slices.Equal(got, want) {
			t.Errorf("%q: remembered %v, Tokenize %v", s, got, want)
		}
	}
}
