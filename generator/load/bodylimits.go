package load

import (
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/markdown"
)

// checkBody reports a markdown body (starting on file line bodyLine) that
// is too big or nests too deep to convert at a bounded cost, and returns
// the body to convert: the body, or nothing if it is refused.
func (l *loader) checkBody(name, md string, bodyLine int) string {
	if len(md) > markdown.MaxSize {
		line, _ := lineCol(md, markdown.MaxSize, bodyLine-1)
		l.probs.Errorf(diag.Pos{File: name, Line: line, Col: 1},
			"the text is %d KiB, more than the limit of %d KiB (reached on this line): split it into several stories or pages", (len(md)+1023)/1024, markdown.MaxSize/1024)
		return ""
	}
	if off, depth, deep := markdown.TooDeep(md); deep {
		line, col := lineCol(md, off, bodyLine-1)
		l.probs.Errorf(diag.Pos{File: name, Line: line, Col: col},
			"quotes and lists nested %d deep, more than the limit of %d: put fewer \">\" or list items one inside another", depth, markdown.MaxDepth)
		return ""
	}
	return md
}
