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
	s := nestScan{t: t}
	for s.p < len(t) {
		if s.line() {
			return s.p, true
		}
	}
	return 0, false
}

// nestScan is the reading of tooDeep. Each method that finds something
// nested too deep returns true, with p at it.
type nestScan struct {
	t     string
	p     int         // where the reading is
	base  int         // nesting of the keys under the last table header
	depth int         // nesting of the value at p
	stack []nestFrame // the arrays and inline tables open at p
}

type nestFrame struct {
	table bool // an inline table: keys come next, else values
	depth int  // nesting of what the frame holds
}

// line reads from the start of a line outside any array or inline table
// to the start of the next one.
func (s *nestScan) line() bool {
	t := s.t
	if s.p = skipBlank(t, s.p); s.p >= len(t) {
		return false
	}
	switch {
	case t[s.p] == '#' || t[s.p] == '\r' || t[s.p] == '\n':
		s.p = lineEnd(t, s.p)
		return false
	case t[s.p] == '[':
		return s.header()
	}
	return s.keyValue()
}

// header reads a table header, [a.b] or [[a.b]].
func (s *nestScan) header() bool {
	start, array := s.p, strings.HasPrefix(s.t[s.p:], "[[")
	s.p++
	if array {
		s.p++
	}
	parts, n := parseKey(s.t[s.p:])
	if s.base = len(parts); array {
		s.base++
	}
	if s.base > maxNesting {
		s.p = start
		return true
	}
	s.p = lineEnd(s.t, s.p+n)
	return false
}

// keyValue reads a line "key = value", the value running on over more
// lines when it is an array or an inline table.
func (s *nestScan) keyValue() bool {
	t, p := s.t, s.p
	parts, n := parseKey(t[p:])
	if len(parts) == 0 {
		s.p = lineEnd(t, p)
		return false
	}
	// A dotted key's value is one deeper for each dot.
	if s.depth = s.base + len(parts) - 1; s.depth > maxNesting {
		return true
	}
	q := skipBlank(t, p+n)
	if q >= len(t) || t[q] != '=' {
		s.p = lineEnd(t, p)
		return false
	}
	s.p = skipBlank(t, q+1)
	if s.values() {
		return true
	}
	s.p = lineEnd(t, min(s.p, len(t)))
	return false
}

// values reads the value at p, then the next one of the arrays and inline
// tables open, until none is.
func (s *nestScan) values() bool {
	for s.p < len(s.t) {
		opened, deep := s.value()
		if deep {
			return true
		}
		more, deep := s.next(opened)
		if deep || !more {
			return deep
		}
	}
	return false
}

// value reads one value, or the opening bracket of an array or inline
// table (opened).
func (s *nestScan) value() (opened, deep bool) {
	t := s.t
	switch c := t[s.p]; {
	case c == '[' || c == '{':
		if s.depth+1 > maxNesting {
			return false, true
		}
		s.stack = append(s.stack, nestFrame{table: c == '{', depth: s.depth + 1})
		s.p++
		return true, false
	case c == '"' || c == '\'':
		s.p = skipString(t, s.p)
	default:
		for s.p < len(t) && !strings.ContainsRune(",]}#\r\n", rune(t[s.p])) {
			s.p++
		}
	}
	return false, false
}

// next goes on to the next value of the arrays and inline tables open,
// past the brackets that close them, the commas between values and the
// keys of inline tables; more is false when none is open any more, or at
// the end of the text.
func (s *nestScan) next(opened bool) (more, deep bool) {
	t := s.t
	for len(s.stack) > 0 {
		top := s.stack[len(s.stack)-1]
		if s.p = skipSpace(t, s.p); s.p >= len(t) {
			return false, false
		}
		if t[s.p] == ']' || t[s.p] == '}' {
			s.stack = s.stack[:len(s.stack)-1]
			s.p++
			opened = false
			continue
		}
		if !opened && t[s.p] == ',' {
			s.p = skipSpace(t, s.p+1)
			opened = true
			continue
		}
		opened = false
		s.depth = top.depth
		if !top.table {
			return true, false
		}
		parts, n := parseKey(t[s.p:])
		if len(parts) == 0 {
			s.p++ // not a key: step over it
			continue
		}
		if s.depth += len(parts) - 1; s.depth > maxNesting {
			return false, true
		}
		if s.p = skipBlank(t, s.p+n); s.p < len(t) && t[s.p] == '=' {
			s.p = skipBlank(t, s.p+1)
		}
		return true, false
	}
	return false, false
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
	case t == reflect.TypeOf(time.Time{}) || t == writtenDateType:
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
	m := nestedTooDeep(v, nestingOf(reflect.TypeOf(v))-1)
	d.probs.Errorf(diag.Pos{File: d.file, Line: line, Col: col}, m.format, m.args...)
	return false
}

// nestedTooDeep says that a file of v's type, which needs to nest at most
// need deep, nests deeper than maxNesting; it names what the file holds.
func nestedTooDeep(v any, need int) msg {
	switch v.(type) {
	case *productFile:
		return say("values nested more than %d deep (a product record needs at most %d)", maxNesting, need)
	case *salesPointFile:
		return say("values nested more than %d deep (a sales point record needs at most %d)", maxNesting, need)
	case *storyFile:
		return say("values nested more than %d deep (a story's front matter needs at most %d)", maxNesting, need)
	case *tourismFile:
		return say("values nested more than %d deep (a tourism link's front matter needs at most %d)", maxNesting, need)
	case *districtsFile:
		return say("values nested more than %d deep (the list of districts needs at most %d)", maxNesting, need)
	case *groupsFile:
		return say("values nested more than %d deep (the list of product groups needs at most %d)", maxNesting, need)
	case *siteFile:
		return say("values nested more than %d deep (the settings file needs at most %d)", maxNesting, need)
	}
	return say("values nested more than %d deep (a record needs at most %d)", maxNesting, need)
}
