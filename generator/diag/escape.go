package diag

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Escape writes out the characters of s that would break a problem's line
// or act on the terminal instead of showing: line breaks (\n, \r, U+0085,
// U+2028, U+2029), every other C0 and C1 control (ESC as \x1b), DEL, the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), and bytes that are not UTF-8. So one problem is always
// one line, and a file name cannot forge another problem or recolour the
// terminal. Every other character, Vietnamese letters among them, stays.
func Escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case escaped(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i, r := range s {
		if r < 0x20 || r == 0x7f || escaped(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return true
		}
	}
	return false
}

// escaped reports whether a character above ASCII is written as \uXXXX.
func escaped(r rune) bool {
	return r >= 0x80 && r <= 0x9f || // C1 controls, NEL and CSI among them
		r == 0x2028 || r == 0x2029 || // line and paragraph separators
		r >= 0x202a && r <= 0x202e || // embeddings and overrides
		r >= 0x2066 && r <= 0x2069 // isolates
}
