package markdown

import (
	"strings"
	"testing"
)

func TestTooDeep(t *testing.T) {
	deep := strings.Repeat("> ", MaxDepth+1) + "x\n"
	for _, c := range []struct {
		name, src  string
		off, depth int
		deep       bool
	}{
		{"quotes at the limit", strings.Repeat(">", MaxDepth) + " x\n", 0, 0, false},
		{"quotes past the limit", "a\n\n" + deep, 3 + 2*MaxDepth, MaxDepth + 1, true},
		{"spaced quotes", strings.Repeat(" >  ", MaxDepth+1) + "x", 1 + 4*MaxDepth, MaxDepth + 1, true},
		{"bullets on one line", strings.Repeat("- ", MaxDepth+1) + "x", 2 * MaxDepth, MaxDepth + 1, true},
		{"ordered and bullets", strings.Repeat("1. * ", 9), 5 * 8, MaxDepth + 1, true},
		{"a thematic break", strings.Repeat("- ", 40) + "\n", 0, 0, false},
		{"lists nested by indent", nestedList(MaxDepth + 1), len(nestedList(MaxDepth)) + 2*MaxDepth, MaxDepth + 1, true},
		{"lists at the limit", nestedList(MaxDepth), 0, 0, false},
		{"sibling items", strings.Repeat("- a\n  - b\n", 100), 0, 0, false},
		{"text that is no marker", strings.Repeat("-x >", 100), 0, 0, false},
		{"quote then list", strings.Repeat(">", MaxDepth) + " - x", MaxDepth + 1, MaxDepth + 1, true},
	} {
		off, depth, deep := TooDeep(c.src)
		if off != c.off || depth != c.depth || deep != c.deep {
			t.Errorf("%s: TooDeep = %d, %d, %v; want %d, %d, %v", c.name, off, depth, deep, c.off, c.depth, c.deep)
		}
	}
}

// nestedList is n list items, each indented into the one before.
func nestedList(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	return b.String()
}
