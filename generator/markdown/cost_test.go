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
