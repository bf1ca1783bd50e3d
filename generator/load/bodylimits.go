package load

import (
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/markdown"
)

// A limit of markdownLimit that a text crosses.
type textLimit int

const (
	withinLimits textLimit = iota
	textTooBig             // more than markdown.MaxSize bytes
	textTooDeep            // quotes and lists nested more than markdown.MaxDepth
)

// markdownLimit reports whether a markdown text is too big or nests too
// deep to convert at a bounded cost: the byte offset where it crosses the
// limit, how deep it nests when too deep, and which limit; or
// withinLimits.
func markdownLimit(md string) (off, depth int, limit textLimit) {
	if len(md) > markdown.MaxSize {
		return markdown.MaxSize, 0, textTooBig
	}
	if off, depth, deep := markdown.TooDeep(md); deep {
		return off, depth, textTooDeep
	}
	return 0, 0, withinLimits
}

// kib is a size in bytes in KiB, rounded up.
func kib(n int) int { return (n + 1023) / 1024 }

// checkBody reports a markdown body (starting on file line bodyLine) that
// crosses a limit of markdownLimit, at the line where it does, and returns
// the body to convert: the body, or nothing if it is refused.
func (l *loader) checkBody(name, md string, bodyLine int) string {
	off, depth, limit := markdownLimit(md)
	if limit == withinLimits {
		return md
	}
	line, col := lineCol(md, off, bodyLine-1)
	switch limit {
	case textTooBig:
		l.probs.Errorf(diag.Pos{File: name, Line: line, Col: 1}, "the text is %d KiB, more than the limit of %d KiB (reached on this line): split it into several stories or pages", kib(len(md)), markdown.MaxSize/1024)
	case textTooDeep:
		l.probs.Errorf(diag.Pos{File: name, Line: line, Col: col}, "quotes and lists nested %d deep, more than the limit of %d: put fewer \">\" or list items one inside another", depth, markdown.MaxDepth)
	}
	return ""
}
