package markdown

// Limits on one text, checked before it is converted. goldmark's cost
// grows faster than the text on some input no editor writes (blockquotes
// nested hundreds deep, thousands of unclosed "[a](", tens of thousands
// of footnotes, tables thousands of columns wide), so a text is bounded
// in size and in nesting, and the cost of the worst text within both is
// a few seconds at most.

// MaxSize is the most bytes a text may have: 128 KiB, some 20,000 words
// of Vietnamese, where a story is a few KiB. goldmark's cost for a
// paragraph of unclosed "[a](" grows with the square of its length: a few
// seconds at this size, ten at twice it. The other worst texts measured
// (footnotes, a wide table, quotes nested MaxDepth deep) cost less.
const MaxSize = 128 << 10

// MaxDepth is how deep blockquotes and list items may nest. A story needs
// two or three levels; goldmark's cost grows with the square of the depth
// of its open blocks.
const MaxDepth = 16

// TooDeep returns the byte offset of the first container marker in src
// that opens a block nested more than MaxDepth deep, and the depth it
// opens. It reads src once. The depth of a line is the list items of
// earlier lines it is indented into (at least to their content's column)
// plus the ">" and list markers leading it. Save for markers written in
// indented code, this counts no deeper than CommonMark nests, so a text
// nested MaxDepth deep or less is not refused.
func TooDeep(src string) (off, depth int, deep bool) {
	var items []int // content columns of the list items open, increasing
	for p := 0; p < len(src); {
		end := p
		for end < len(src) && src[end] != '\n' {
			end++
		}
		line := src[p:end]
		if off, depth, deep := lineDepth(line, &items); deep {
			return p + off, depth, true
		}
		p = end + 1
	}
	return 0, 0, false
}

// lineDepth reads the container markers leading one line, keeping the
// open list items in items.
func lineDepth(line string, items *[]int) (off, depth int, deep bool) {
	i, col := indent(line, 0, 0)
	if i == len(line) || line[i] == '\r' {
		return 0, 0, false // a blank line closes nothing
	}
	if thematicBreak(line[i:]) {
		*items = (*items)[:0]
		return 0, 0, false
	}
	// List items of earlier lines stay open if this line is indented
	// into their content.
	for len(*items) > 0 && (*items)[len(*items)-1] > col {
		*items = (*items)[:len(*items)-1]
	}
	depth = len(*items)
	quoted := false
	for i < len(line) {
		start := i
		n, list := marker(line[i:])
		if n == 0 {
			break
		}
		i += n
		col += n
		if depth++; depth > MaxDepth {
			return start, depth, true
		}
		j, c := indent(line, i, col)
		if list && !quoted {
			// The item's content starts after the marker and up to
			// four spaces (one, if more or if nothing follows).
			content := c
			if c-col > 4 || j == len(line) || line[j] == '\r' {
				content = col + 1
			}
			*items = append(*items, content)
		} else if !list {
			quoted = true
		}
		i, col = j, c
	}
	if quoted {
		// List items inside a quote are not followed on later lines.
		*items = (*items)[:0]
	}
	return 0, 0, false
}

// indent skips spaces and tabs from line[i], at column col, and returns
// where it stopped and the column there (a tab goes to the next multiple
// of 4).
func indent(line string, i, col int) (int, int) {
	for i < len(line) {
		switch line[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return i, col
		}
		i++
	}
	return i, col
}

// marker returns the length of the container marker starting s: ">", or
// a bullet "-", "+", "*" or an ordered "1." / "1)" followed by a space,
// a tab or the end of the line.
func marker(s string) (n int, list bool) {
	if s[0] == '>' {
		return 1, false
	}
	switch {
	case s[0] == '-' || s[0] == '+' || s[0] == '*':
		n = 1
	case s[0] >= '0' && s[0] <= '9':
		for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == len(s) || (s[n] != '.' && s[n] != ')') {
			return 0, false
		}
		n++
	default:
		return 0, false
	}
	if n < len(s) && s[n] != ' ' && s[n] != '\t' && s[n] != '\r' {
		return 0, false
	}
	return n, true
}

// thematicBreak reports whether a line is "***", "- - -" or the like,
// which is not a list.
func thematicBreak(s string) bool {
	var c byte
	n := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == ' ' || b == '\t' || b == '\r':
		case (b == '-' || b == '*' || b == '_') && (c == 0 || b == c):
			c = b
			n++
		default:
			return false
		}
	}
	return n >= 3
}
