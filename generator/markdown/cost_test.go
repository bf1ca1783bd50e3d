package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkDuplicateHeadings: a text of n headings of one text costs n
// times one, not n²/2 tries of a free id.
func BenchmarkDuplicateHeadings(b *testing.B) {
	c := New()
	for _, n := range []int{1000, 10000, 100000} {
		src := strings.Repeat("## Làng nghề\n\n", n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				html, _, err := c.Convert(src, "/")
				if err != nil {
					b.Fatal(err)
				}
				if want := fmt.Sprintf(`id="lang-nghe-%d"`, n-1); !strings.Contains(html, want) {
					b.Fatalf("no %s", want)
				}
			}
		})
	}
}

// BenchmarkHostileMarkdown: the worst texts measured, within MaxSize and
// MaxDepth. Quotes and tables cost about n times one; unclosed links and
// footnote references in one paragraph cost goldmark about n² (which is
// why MaxSize is what it is). Sizes past MaxSize are left out.
func BenchmarkHostileMarkdown(b *testing.B) {
	c := New()
	cases := []struct {
		name string
		text func(n int) string
	}{
		{"quotes", func(n int) string { return strings.Repeat(strings.Repeat("> ", MaxDepth)+"a\n", n) }},
		{"openers", func(n int) string { return strings.Repeat("[a](", n) + "\n" }},
		{"footnotes", func(n int) string {
			var refs, defs strings.Builder
			for i := range n {
				fmt.Fprintf(&refs, "[^%d]", i)
				fmt.Fprintf(&defs, "[^%d]: b\n", i)
			}
			return refs.String() + "\n\n" + defs.String()
		}},
		{"table", func(n int) string {
			row := strings.Repeat("| a ", n) + "|\n"
			return row + strings.Repeat("|---", n) + "|\n" + row
		}},
	}
	for _, cs := range cases {
		for _, n := range []int{1000, 3000, 10000} {
			src := cs.text(n)
			if _, _, deep := TooDeep(src); deep || len(src) > MaxSize {
				continue
			}
			b.Run(fmt.Sprintf("case=%s/n=%d", cs.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, _, err := c.Convert(src, "/"); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
