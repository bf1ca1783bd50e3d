package links

import (
	"strings"
	"unicode/utf8"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// A positioner places the links of one text in its file. The links of a
// text come in the order they are written, so it counts lines and
// characters on from the last link it placed, not from the start of the
// text each time: a text of n broken links costs its length once, not n
// times.
type positioner struct {
	md        *catalog.Markdown
	off       int // offset of the last link placed
	line, col int // its line (from 0) and column within the text
}

func newPositioner(md *catalog.Markdown) *positioner {
	return &positioner{md: md, col: 1}
}

// at returns what position(p.md, off) returns for an offset at the
// start of a character, as a link's is.
func (p *positioner) at(off int) (int, int) {
	src := p.md.Source
	off = min(off, len(src))
	if off < p.off {
		p.off, p.line, p.col = 0, 0, 1
	}
	seg := src[p.off:off]
	if nl := strings.LastIndexByte(seg, '\n'); nl >= 0 {
		p.line += strings.Count(seg, "\n")
		p.col = utf8.RuneCountInString(seg[nl+1:]) + 1
	} else {
		p.col += utf8.RuneCountInString(seg)
	}
	p.off = off
	line, col := p.line, p.col
	startLine, startCol := p.md.Start()
	if line == 0 {
		col += max(startCol, 1) - 1
	}
	return max(startLine, 1) + line, col
}
