package search

import (
	"reflect"
	"testing"
)

func TestTelex(t *testing.T) {
	for in, want := range map[string]string{
		"banhs":     "bánh",
		"ba1nh":     "bánh",
		"banh1":     "bánh",
		"chuwng":    "chưng",
		"chu7ng":    "chưng",
		"gaf":       "gà",
		"ga2":       "gà",
		"dduwowngf": "đường",
		"duo7ng2":   "dường",
		"d9uong":    "đuong",
		"truowngf":  "trường",
		"hoaf":      "hòa",
		"quys":      "quý",
		"giaf":      "già",
		"gif":       "gì",
		"khoer":     "khỏe",
		"tuoir":     "tuỏi",
		"tuooir":    "tuổi",
		"muwaf":     "mừa",
		"laangf":    "lầng",
		"aw":        "ă",
		"sao":       "", // an initial s, no key
		"banh":      "", // no key
		"banhss":    "", // two tones
		"banh0":     "", // not a VNI key
		"bw":        "", // w after a consonant
		"anhsem":    "", // two syllables
		"bánh":      "", // not ASCII
		"xyz":       "", // nothing to decode
		"":          "",
	} {
		if got := Telex(in); got != want {
			t.Errorf("Telex(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEdits(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"chug", "chung", 1, 1},   // insert
		{"chungg", "chung", 1, 1}, // delete
		{"chunk", "chung", 1, 1},  // substitute
		{"trnag", "trang", 1, 1},  // swap
		{"tarng", "trang", 2, 1},
		{"abc", "abc", 1, 0},
		{"abcd", "ab", 1, 2},   // over the limit
		{"kham", "trai", 2, 3}, // over the limit
		{"đa", "da", 1, 1},     // code points, not bytes
	} {
		if got := edits(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("edits(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}

// TestForgiving is the cases the browser tests also run: typos, swaps,
// Telex and VNI, one-letter last words, and exact words above corrections.
func TestForgiving(t *testing.T) {
	r, _ := openTest(t)
	for _, tc := range []struct {
		query     string
		want      []string
		corrected []Correction
	}{
		{"banh chug", []string{"Bánh chưng Tranh Khúc"}, []Correction{{"chug", "chưng"}}},      // insert, last word
		{"banh chungg ", []string{"Bánh chưng Tranh Khúc"}, []Correction{{"chungg", "chưng"}}}, // delete
		{"bnah chung", []string{"Bánh chưng Tranh Khúc"}, []Correction{{"bnah", "bánh"}}},      // swap of the first two
		{"tranh khma trai", []string{"Tranh khảm trai"}, []Correction{{"khma", "khảm"}}},       // swap
		{"banhs chuwng", []string{"Bánh chưng Tranh Khúc"}, []Correction{{"banhs", "bánh"}, {"chuwng", "chưng"}}},
		{"ba1nh chu7ng", []string{"Bánh chưng Tranh Khúc"}, []Correction{{"ba1nh", "bánh"}, {"chu7ng", "chưng"}}},
		{"nuj traamf", []string{"Nụ trầm hương", "Nụ trám Quảng Phú Cầu"}, []Correction{{"nuj", "nụ"}, {"traamf", "trầm"}}}, // Telex marks rank
		{"dduwowngf", nil, nil}, // đường is no word here: nothing to correct
		{"tranh", []string{"Bánh chưng Tranh Khúc", "Tranh khảm trai", "HTX Tranh Khúc"}, nil},   // a producer too
		{"tranh v", []string{"Tranh khảm trai"}, nil},                                            // narrowed to a word in v (vỏ)
		{"tranh q", []string{"Bánh chưng Tranh Khúc", "Tranh khảm trai", "HTX Tranh Khúc"}, nil}, // no word in q: the results of tranh stay
		{"nu t", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}, nil},                        // both hold a word in t
		{"tra", []string{"Trà anh đào", "Bánh chưng Tranh Khúc", "Nụ trám Quảng Phú Cầu", "Nụ trầm hương", "Tranh khảm trai", "Làng nghề khảm trai vào mùa", "Làng khảm trai Chuyên Mỹ", "Hộ kinh doanh Trần Thị B", "HTX Tranh Khúc", "Điểm giới thiệu và bán sản phẩm OCOP Phú Xuyên"}, nil}, // a prefix: no correction; a tourism place, producers and a sales point too
		{"chug banh", []string{"Bánh chưng Tranh Khúc"}, []Correction{{"chug", "chưng"}}}, // the typo first: chosen knowing banh
		{"tram ", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}, nil},                // exact: "trai", "tra" are not added
	} {
		a := r.Answer(tc.query, Filters{})
		if got := names(r, a.Results); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Answer(%q) finds %q, want %q", tc.query, got, tc.want)
		}
		if !reflect.DeepEqual(a.Corrected, tc.corrected) {
			t.Errorf("Answer(%q) corrects %+v, want %+v", tc.query, a.Corrected, tc.corrected)
		}
	}
}

func TestSuggestions(t *testing.T) {
	r, _ := openTest(t)
	for q, want := range map[string][]string{
		"xyzw":        {"xuyên", "xã"},                             // within three edits
		"banh qqqq":   nil,                                         // nothing near
		"banh truong": {"trần", "tranh", "trên"},                   // the word that matched nothing; trần: a producer's name
		"tram chung":  {"công", "hàng", "hương", "chăn", "chuyên"}, // all words match, not together: the last (not chủ: a label)
	} {
		if got := r.Answer(q, Filters{}).Suggestions; !reflect.DeepEqual(got, want) {
			t.Errorf("Answer(%q) suggests %q, want %q", q, got, want)
		}
	}
	if a := r.Answer("banh chung", Filters{}); a.Suggestions != nil {
		t.Errorf("banh chung finds something, yet suggests %q", a.Suggestions)
	}
}

// TestSplitShards: with every shard split in three-character ones, every
// query finds what it finds unsplit.
func TestSplitShards(t *testing.T) {
	whole, _ := openTest(t)
	old := splitBytes
	splitBytes = 0
	defer func() { splitBytes = old }()
	split, _ := openTest(t)
	if len(split.subs) == 0 {
		t.Fatal("no shard split")
	}
	for _, q := range []string{"banh chung", "kham tr", "tra", "tr", "nụ trầm", "banh chug", "banhs chuwng", "tranh v", "xyzw", "tram chung", "5 sao"} {
		if a, b := whole.Answer(q, Filters{}), split.Answer(q, Filters{}); !reflect.DeepEqual(a, b) {
			t.Errorf("%q: unsplit %+v, split %+v", q, a, b)
		}
	}
}
