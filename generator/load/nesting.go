package load

import (
	"reflect"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// maxNesting is how deep tables and arrays may nest in a TOML file. The
// records need two levels at most; the TOML decoder and the key index
// cost more with every level, so a file nested deeper is refused before
// either reads it.
const maxNesting = 32

// tooDeep returns the byte offset of the first table or array of a TOML
// text nested more than maxNesting deep: a header with too many parts, a
// dotted key, or an opening bracket. It reads the text once, skipping
// strings and comments; on text it does not understand it goes on with
// the next byte or line, and leaves the syntax error to the decoder.
func tooDeep(t string) (off int, deep bool) {
	type frame struct {
		table bool // an inline table: keys come next, else values
		depth int  // nesting of what the frame holds
	}
	var stack []frame
	base := 0 // nesting of the keys under the last table header
	p := 0
	for p < len(t) {
		// The start of a line outside any array or inline table.
		p = skipBlank(t, p)
		if p >= len(t) {
			break
		}
		switch {
		case t[p] == '#' || t[p] == '\r' || t[p] == '\n':
			p = lineEnd(t, p)
			continue
		case t[p] == '[':
			start, array := p, strings.HasPrefix(t[p:], "[[")
			p++
			if array {
				p++
			}
			parts, n := parseKey(t[p:])
			if base = len(parts); array {
				base++
			}
			if base > maxNesting {
				return start, true
			}
			p = lineEnd(t, p+n)
			continue
		}
		parts, n := parseKey(t[p:])
		if len(parts) == 0 {
			p = lineEnd(t, p)
			continue
		}
		// A dotted key's value is one deeper for each dot.
		depth := base + len(parts) - 1
		if depth > maxNesting {
			return p, true
		}
		q := skipBlank(t, p+n)
		if q >= len(t) || t[q] != '=' {
			p = lineEnd(t, p)
			continue
		}
		p = skipBlank(t, q+1)
	value: // one value at p, then the next one of the arrays and inline tables open
		for {
			if p >= len(t) {
				return 0, false
			}
			opened := false
			switch c := t[p]; {
			case c == '[' || c == '{':
				if depth+1 > maxNesting {
					return p, true
				}
				stack = append(stack, frame{table: c == '{', depth: depth + 1})
				p++
				opened = true
			case c == '"' || c == '\'':
				p = skipString(t, p)
			default:
				for p < len(t) && !strings.ContainsRune(",]}#\r\n", rune(t[p])) {
					p++
				}
			}
			for {
				if len(stack) == 0 {
					break value
				}
				top := stack[len(stack)-1]
				if p = skipSpace(t, p); p >= len(t) {
					return 0, false
				}
				if t[p] == ']' || t[p] == '}' {
					stack = stack[:len(stack)-1]
					p++
					opened = false
					continue
				}
				if !opened && t[p] == ',' {
					p = skipSpace(t, p+1)
					opened = true
					continue
				}
				opened = false
				depth = top.depth
				if top.table {
					parts, n := parseKey(t[p:])
					if len(parts) == 0 {
						p++ // not a key: step over it
						continue
					}
					if depth += len(parts) - 1; depth > maxNesting {
						return p, true
					}
					if p = skipBlank(t, p+n); p < len(t) && t[p] == '=' {
						p = skipBlank(t, p+1)
					}
				}
				break
			}
		}
		p = lineEnd(t, p)
	}
	return 0, false
}

func lineEnd(t string, p int) int {
	if i := strings.IndexByte(t[p:], '\n'); i >= 0 {
		return p + i + 1
	}
	return len(t)
}

func skipBlank(t string, p int) int {
	for p < len(t) && (t[p] == ' ' || t[p] == '\t') {
		p++
	}
	return p
}

// nestingOf is the deepest nesting a value of type t needs in TOML: one
// level for each table and array around its deepest value.
func nestingOf(t reflect.Type) int {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == reflect.TypeOf(time.Time{}):
		return 0
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map:
		return 1 + nestingOf(t.Elem())
	case t.Kind() == reflect.Struct:
		deepest := 0
		for i := range t.NumField() {
			deepest = max(deepest, nestingOf(t.Field(i).Type))
		}
		return 1 + deepest
	}
	return 0
}

// checkNesting reports a text nested deeper than maxNesting, at the first
// table or array too deep, and says how deep a record of v's type goes.
func (d *doc) checkNesting(v any) bool {
	off, deep := tooDeep(d.text)
	if !deep {
		return true
	}
	line, col := lineCol(d.text, off, d.line0)
	d.probs.Errorf(diag.Pos{File: d.file, Line: line, Col: col},
		"values nested more than %d deep (%s needs at most %d)", maxNesting, kindOf(v), nestingOf(reflect.TypeOf(v))-1)
	return false
}

// kindOf names what a file of v's type holds, for messages.
func kindOf(v any) string {
	switch v.(type) {
	case *productFile:
		return "a product record"
	case *salesPointFile:
		return "a sales point record"
	case *storyFile:
		return "a story's front matter"
	case *tourismFile:
		return "a tourism link's front matter"
	case *districtsFile:
		return "the list of districts"
	case *groupsFile:
		return "the list of product groups"
	case *siteFile:
		return "the settings file"
	}
	return "a record"
}
