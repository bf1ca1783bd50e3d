package search

import (
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"
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
	for in, want := range map[string]string{"banh": "ba", "a": "a", "ba": "ba", "150": "15"} {
		if got := ShardKey(in); got != want {
			t.Errorf("ShardKey(%q) = %q, want %q", in, got, want)
		}
	}
}
