package load

import (
	"fmt"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/markdown"
)

// markdownLimit reports whether a markdown text is too big or nests too
// deep to convert at a bounded cost: the byte offset where it crosses the
// limit, and what is wrong and how to fix it; or ok.
func markdownLimit(md string) (off int, problem string, ok bool) {
	if len(md) > markdown.MaxSize {
		return markdown.MaxSize, fmt.Sprintf("the text is %d KiB, more than the limit of %d KiB (reached on this line): split it into several stories or pages", (len(md)+1023)/1024, markdown.MaxSize/1024), false
	}
	if off, depth, deep := markdown.TooDeep(md); deep {
		return off, fmt.Sprintf("quotes and lists nested %d deep, more than the limit of %d: put fewer \">\" or list items one inside another", depth, markdown.MaxDepth), false
	}
	return 0, "", true
}

// checkBody reports a markdown body (starting on file line bodyLine) that
// crosses a limit of markdownLimit, at the line where it does, and returns
// the body to convert: the body, or nothing if it is refused.
func (l *loader) checkBody(name, md string, bodyLine int) string {
	off, problem, ok := markdownLimit(md)
	if ok {
		return md
	}
	line, col := lineCol(md, off, bodyLine-1)
	if len(md) > markdown.MaxSize {
		col = 1
	}
	l.probs.Errorf(diag.Pos{File: name, Line: line, Col: col}, "%s", problem)
	return ""
}
