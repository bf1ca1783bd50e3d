package links

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/markdown"
)

// TestPositionerAsPosition: placing links (which start at a character)
// one after another, or going back, gives what counting from the start of the text gives, on the
// text's first line (after its start column) and on later ones.
func TestPositionerAsPosition(t *testing.T) {
	src := "Xem [bánh](/a/) và\r\n[đồ gốm](/b/) ở Bát Tràng\n\n\n![ảnh](/c.svg) cuối"
	rng := rand.New(rand.NewPCG(1, 2))
	for _, start := range [][2]int{{1, 1}, {7, 12}} {
		md := &catalog.Markdown{Source: src, File: "x.md", Line: start[0], Col: start[1]}
		p := newPositioner(md)
		for range 2000 {
			off := rng.IntN(len(src) + 2)
			for off < len(src) && !utf8.RuneStart(src[off]) {
				off++ // links start at "[" or "!"
			}
			gl, gc := p.at(off)
			if wl, wc := position(md, off); gl != wl || gc != wc {
				t.Fatalf("start %v, offset %d: %d:%d, want %d:%d", start, off, gl, gc, wl, wc)
			}
		}
	}
}

// BenchmarkBrokenLinks: a text of n broken links, one line, costs n times
// one link, not n times the text.
func BenchmarkBrokenLinks(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		var src strings.Builder
		var links []markdown.Link
		for i := range n {
			links = append(links, markdown.Link{Dest: fmt.Sprintf("/khong-co-%d/", i), Offset: src.Len()})
			fmt.Fprintf(&src, "[Làng nghề](/khong-co-%d/) ", i)
		}
		md := &catalog.Markdown{Source: src.String(), File: "content/stories/tin.md", Line: 5, Col: 1}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				probs := &diag.List{}
				Check(md, "/tin-tuc/tin/", links, paths{}, "/", probs)
				if got, _ := probs.Count(); got != n {
					b.Fatalf("%d problems, want %d", got, n)
				}
			}
		})
	}
}

// paths is a site of the paths in the set.
type paths map[string]bool

func (p paths) Has(sitePath string) bool { return p[sitePath] }

// position turns an offset in a markdown field into a file line and
// column, counting from the start of the text: what a positioner gives,
// the slow way.
func position(md *catalog.Markdown, off int) (int, int) {
	src := md.Source[:min(off, len(md.Source))]
	line := strings.Count(src, "\n")
	col := len([]rune(src[strings.LastIndexByte(src, '\n')+1:])) + 1
	startLine, startCol := md.Start()
	if line == 0 {
		col += max(startCol, 1) - 1
	}
	return max(startLine, 1) + line, col
}
