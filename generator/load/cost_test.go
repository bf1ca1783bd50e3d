package load

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// The cost of hostile input: each benchmark loads a catalogue with one
// worst case at 1,000, 10,000 and 100,000 and should grow tenfold per
// step, not a hundredfold.

const costProduct = `name = "Mật ong hoa nhãn Gia Lâm"
group = "thuc-pham"
stars = 4
district = "gia-lam"
producer = "HTX Nuôi ong Gia Lâm"
`

const costCertificate = `
[certificate]
decision_date = 2024-03-04
`

func costCatalogue(product string) fstest.MapFS {
	return fstest.MapFS{
		"ocopgen.toml":            {Data: []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n")},
		"content/districts.toml":  {Data: []byte("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n")},
		"content/products/x.toml": {Data: []byte(product)},
	}
}

func nestedProduct(n int) string {
	return costProduct + "x = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n" + costCertificate
}

func unknownRefsProduct(n int, sep string) string {
	refs := make([]string, n)
	for i := range refs {
		refs[i] = fmt.Sprintf(`"khong-co-%d"`, i)
	}
	return costProduct + "tourism = [" + strings.Join(refs, sep) + "]\n" + costCertificate
}

func unknownKeysProduct(n int) string {
	var b strings.Builder
	b.WriteString(costProduct)
	for i := range n {
		fmt.Fprintf(&b, "khong_co_%d = 1\n", i)
	}
	return b.String() + costCertificate
}

var costSizes = []int{1000, 10000, 100000}

func benchLoad(b *testing.B, product func(n int) string, want func(n int) int) {
	Load(costCatalogue(costProduct+costCertificate), Options{Today: testDay}) // what is set up once per process
	for _, n := range costSizes {
		fsys := costCatalogue(product(n))
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, probs := Load(fsys, Options{Today: testDay})
				if got, _ := probs.Count(); got != want(n) {
					b.Fatalf("%d errors, want %d", got, want(n))
				}
			}
		})
	}
}

func BenchmarkNestedArrays(b *testing.B) {
	benchLoad(b, nestedProduct, func(int) int { return 1 })
}

func BenchmarkUnknownRefs(b *testing.B) {
	benchLoad(b, func(n int) string { return unknownRefsProduct(n, ",\n  ") }, func(n int) int { return n })
}

func BenchmarkUnknownRefsOneLine(b *testing.B) {
	benchLoad(b, func(n int) string { return unknownRefsProduct(n, ", ") }, func(n int) int { return n })
}

func BenchmarkUnknownKeys(b *testing.B) {
	benchLoad(b, unknownKeysProduct, func(n int) int { return n })
}

// TestNestingRefused: values nested more than maxNesting deep are
// refused at the first bracket too deep, before the decoder reads them;
// at the limit they are decoded (and reported as an unknown key).
func TestNestingRefused(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"arrays", nestedProduct(100000), "content/products/x.toml:6:37: values nested more than 32 deep (a product record needs at most 2)\n"},
		{"limit", nestedProduct(32), "content/products/x.toml:6:1: unknown key \"x\""},
		{"inline tables", costProduct + "x = " + strings.Repeat("{a = ", 40) + "1" + strings.Repeat("}", 40) + "\n", "content/products/x.toml:6:165: values nested more than 32 deep"},
		{"dotted key", costProduct + strings.Repeat("a.", 40) + "b = 1\n", "content/products/x.toml:6:1: values nested more than 32 deep"},
		{"header", costProduct + "[" + strings.Repeat("a.", 40) + "b]\n", "content/products/x.toml:6:1: values nested more than 32 deep"},
		{"in a string", costProduct + `summary = "` + strings.Repeat("[", 100) + "\"\n" + costCertificate, ""},
		{"in a comment", costProduct + "# " + strings.Repeat("[", 100) + "\n" + costCertificate, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, probs := Load(costCatalogue(tc.text), Options{Today: testDay})
			var got bytes.Buffer
			diag.Print(&got, probs.Problems(), diag.Text)
			if tc.want == "" && got.Len() > 0 || !strings.HasPrefix(got.String(), tc.want) {
				t.Errorf("got\n%s\nwant a line starting\n%s", got.String(), tc.want)
			}
		})
	}
}

// BenchmarkWrongTypes: n districts whose kind is a number, each reported
// at its value.
func BenchmarkWrongTypes(b *testing.B) {
	for _, n := range costSizes {
		var t strings.Builder
		for i := range n {
			fmt.Fprintf(&t, "[[district]]\nname = \"Huyện %d\"\nkind = %d\n\n", i, i)
		}
		fsys := costCatalogue(costProduct + costCertificate)
		fsys["content/districts.toml"] = &fstest.MapFile{Data: []byte(t.String())}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, probs := Load(fsys, Options{Today: testDay})
				if got, _ := probs.Count(); got < n {
					b.Fatalf("%d errors, want at least %d", got, n)
				}
			}
		})
	}
}
