package search_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"
	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/search"
)

// jsTokenizer is the tokenizer section of search.js, as the page runs it.
func jsTokenizer(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../themes/default/static/assets/search.js")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	const from, to = "// --- Tokenizer (generator/search/tokens.go) ---", "// --- Index decoding ---"
	i, j := strings.Index(src, from), strings.Index(src, to)
	if i < 0 || j < i {
		t.Fatalf("search.js lacks the markers %q … %q around its tokenizer", from, to)
	}
	return src[i:j]
}

// tokenized is what either side makes of one input.
type tokenized struct {
	Tokens []search.Token
	Keys   []string // ShardKey of each fold
	Files  []string // ShardFile of each key
	Long   []bool   // whether each fold may be a prefix
	Typing bool     // whether the input's last word is still being typed
}

func goTokenized(s string) tokenized {
	out := tokenized{Typing: search.Typing(s)}
	out.Tokens = search.Tokenize(s)
	for _, tok := range out.Tokens {
		k := search.ShardKey(tok.Fold)
		out.Keys = append(out.Keys, k)
		out.Files = append(out.Files, search.ShardFile(k))
		out.Long = append(out.Long, search.LongEnough(tok.Fold))
	}
	return out
}

// randomTexts mixes the pieces that trouble a tokenizer: Vietnamese
// letters precomposed and decomposed, tone marks alone, glide syllables
// (oa, oe, uy, qu), digits of several kinds, compatibility characters,
// other scripts, case pairs and separators.
func randomTexts(n int) []string {
	pieces := []string{
		"a", "o", "u", "y", "i", "e", "q", "g", "h", "d", "đ", "Đ", "ð", "Ð", "n", "t", "k", "l", "m", "T", "H", "Q", "O", "A", "U", "Y",
		"oa", "oe", "uy", "qu", "gi", "hoà", "hòa", "HOÀ", "thuỷ", "thủy", "khoẻ", "quý", "uỷ", "oà", "uý", "ưa", "ươ", "ă", "â", "ê", "ô", "ơ", "ư",
		"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0340", "\u0341", "\u0306", "\u0302", "\u031b",
		"0", "1", "2", "9", "²", "³", "½", "Ⅻ", "①", "٣", "१", "₂", "¹",
		"ﬁ", "ﬀ", "ｏ", "Ａ", "１", "ǅ", "İ", "Σ", "ς", "ß", "ẞ", "福", "字", "한", "\U0002000B", "😀", "ø", "Ω", "K", "Å",
		" ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\u0085", "\ufeff", "\u200b", "\u00ad",
		"-", ".", ",", "/", "'", "“", "”", "–", "…", "&", "+", "_", "#",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		switch rng.IntN(4) {
		case 0:
			s = norm.NFD.String(s)
		case 1:
			s = norm.NFC.String(s)
		}
		out[i] = s
	}
	return out
}

// TestBrowserTokenizerParity runs the tokenizer of search.js in headless
// Chromium on tricky and random inputs and compares every word (folded
// and marked form), shard key, shard file name, prefix length rule and
// typing rule with Go's.
func TestBrowserTokenizerParity(t *testing.T) {
	ctx := browser(t)
	inputs := append(append([]string{}, search.TrickyTexts...), randomTexts(3000)...)
	// Every White_Space character, and some that are not, at the end.
	for _, r := range []rune{' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x180e, 0x200b, 0xfeff, 0x2060} {
		inputs = append(inputs, "kham tr"+string(r))
	}
	in, err := json.Marshal(inputs)
	if err != nil {
		t.Fatal(err)
	}
	expr := `(() => {
` + jsTokenizer(t) + `
  return ` + string(in) + `.map(function (s) {
    var ts = tokenize(s);
    var keys = ts.map(function (w) { return shardKey(w.fold); });
    return {
      Tokens: ts.map(function (w) { return { Fold: w.fold, Mark: w.mark }; }),
      Keys: keys,
      Files: keys.map(shardFile),
      Long: ts.map(function (w) { return atLeast2(w.fold); }),
      Typing: !TRAILING_SPACE.test(s),
    };
  });
})()`
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]tokenized](expr))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(inputs) {
		t.Fatalf("search.js returned %d results for %d inputs", len(got), len(inputs))
	}
	bad := 0
	for i, s := range inputs {
		want := goTokenized(s)
		js := got[i]
		if len(want.Tokens) == 0 && len(js.Tokens) == 0 {
			want.Tokens, js.Tokens = nil, nil
			want.Keys, js.Keys, want.Files, js.Files, want.Long, js.Long = nil, nil, nil, nil, nil, nil
		}
		if !reflect.DeepEqual(js, want) {
			bad++
			if bad <= 30 {
				t.Errorf("%+q:\n  search.js: %+v\n  Go:        %+v", s, js, want)
			}
		}
	}
	if bad > 30 {
		t.Errorf("… %d inputs differ in all", bad)
	}
	// The inputs must exercise the cases they are for.
	seen := map[string]bool{}
	for _, s := range inputs {
		for _, f := range goTokenized(s).Files {
			if strings.HasPrefix(f, "_") {
				seen["encoded shard"] = true
			}
		}
		if !search.Typing(s) && !strings.HasSuffix(s, " ") {
			seen["non-ASCII trailing space"] = true
		}
		if unicode.IsSpace([]rune(s + "x")[0]) {
			seen["leading space"] = true
		}
	}
	for _, k := range []string{"encoded shard", "non-ASCII trailing space", "leading space"} {
		if !seen[k] {
			t.Errorf("no input has a %s", k)
		}
	}
}

// telexInputs are Telex and VNI words, and random runs of the keys and
// letters that the decoder treats apart.
func telexInputs(n int) []string {
	out := []string{"banhs", "ba1nh", "banh1", "chuwng", "chu7ng", "gaf", "ga2", "dduwowngf", "duo7ng2", "d9uong", "truowngf",
		"hoaf", "quys", "giaf", "gif", "khoer", "tuoir", "tuooir", "muwaf", "laangf", "aw", "sao", "banh", "banhss", "banh0",
		"bw", "anhsem", "xyz", "nuj", "traamf", "ddaauf", "nguyeenx", "thuyr", "quaf", "gioongs", "uow", "ow6", "a8", "e6", "d9"}
	pieces := []string{"a", "e", "i", "o", "u", "y", "b", "c", "d", "g", "h", "k", "n", "q", "t", "s", "f", "r", "x", "j", "w", "z",
		"aa", "aw", "ee", "oo", "ow", "uw", "uow", "dd", "qu", "gi", "ng", "nh", "ch", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestBrowserTelexParity runs telex of search.js against Go's Telex, and
// the word each decodes to through both tokenizers.
func TestBrowserTelexParity(t *testing.T) {
	ctx := browser(t)
	inputs := telexInputs(3000)
	in, err := json.Marshal(inputs)
	if err != nil {
		t.Fatal(err)
	}
	expr := `(() => {
` + jsTokenizer(t) + `
  return ` + string(in) + `.map(function (s) {
    var t = telexToken(s);
    return [telex(s), t ? t.fold : "", t ? t.mark : ""];
  });
})()`
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[][3]string](expr))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(inputs) {
		t.Fatalf("search.js returned %d results for %d inputs", len(got), len(inputs))
	}
	bad, decoded := 0, 0
	for i, s := range inputs {
		want := [3]string{search.Telex(s)}
		if toks := search.Tokenize(want[0]); len(toks) == 1 {
			want[1], want[2] = toks[0].Fold, toks[0].Mark
			decoded++
		}
		if got[i] != want {
			bad++
			if bad <= 30 {
				t.Errorf("%q: search.js %q, Go %q", s, got[i], want)
			}
		}
	}
	if bad > 30 {
		t.Errorf("… %d inputs differ in all", bad)
	}
	if decoded < len(inputs)/10 {
		t.Errorf("only %d of %d inputs decode: the inputs miss the decoder", decoded, len(inputs))
	}
}
