package load

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// doc is one decoded TOML document (a file, or the front matter of a
// markdown file) with what it needs to place problems in it.
type doc struct {
	file   string
	ix     *keyIndex
	probs  *diag.List
	prefix string // "district[3]." inside an array of tables
	md     toml.MetaData
}

// decodeTOML decodes text into v. Syntax errors and unknown keys are
// reported; ok is false when v could not be filled.
func (l *loader) decodeTOML(file, text string, line0 int, v any) (*doc, bool) {
	d := &doc{file: file, ix: newKeyIndex(text, line0), probs: l.probs}
	md, err := toml.Decode(text, v)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			msg := pe.Message
			if pe.Usage != "" {
				msg += ": " + firstSentence(pe.Usage)
			}
			l.probs.Errorf(diag.Pos{File: file, Line: pe.Position.Line + line0, Col: max(pe.Position.Col, 1)}, "invalid TOML: %s", msg)
		} else {
			l.probs.Errorf(diag.Pos{File: file, Line: line0 + 1}, "invalid TOML: %v", err)
		}
		return d, false
	}
	d.md = md
	seen := map[string]int{}
	undecoded := map[string]bool{}
	for _, k := range md.Undecoded() {
		undecoded[k.String()] = true
	}
	for _, k := range md.Undecoded() {
		plain := k.String()
		n := seen[plain]
		seen[plain]++
		if len(k) > 1 && undecoded[toml.Key(k[:len(k)-1]).String()] {
			continue // the table itself is unknown; reported once
		}
		known := knownKeys(reflect.TypeOf(v), k[:len(k)-1])
		msg := fmt.Sprintf("unknown key %q", k[len(k)-1])
		if s := vntext.Closest(k[len(k)-1], known, 1); len(s) > 0 {
			msg += fmt.Sprintf(" (did you mean %q?)", s[0])
		} else if len(known) > 0 {
			msg += ": known keys here are " + strings.Join(known, ", ")
		}
		line, col, ok := d.ix.nth(plain, n)
		if !ok {
			line, col = line0+1, 1
		}
		l.probs.Errorf(diag.Pos{File: file, Line: line, Col: col}, "%s", msg)
	}
	return d, true
}

func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".\n"); i > 0 {
		s = s[:i]
	}
	return s
}

// knownKeys lists the TOML keys of the struct that parent names within t.
func knownKeys(t reflect.Type, parent []string) []string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	if len(parent) > 0 {
		for i := range t.NumField() {
			if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); tag == parent[0] {
				return knownKeys(t.Field(i).Type, parent[1:])
			}
		}
		return nil
	}
	var keys []string
	for i := range t.NumField() {
		if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); tag != "" && tag != "-" {
			keys = append(keys, tag)
		}
	}
	return keys
}

// at returns the position of key in the document (falling back to its
// table, then to the file's first line).
func (d *doc) at(key string, value bool) diag.Pos {
	path := d.prefix + key
	var line, col int
	var ok bool
	if value {
		line, col, ok = d.ix.value(path)
	} else {
		line, col, ok = d.ix.key(path)
	}
	if !ok {
		return d.table()
	}
	return diag.Pos{File: d.file, Line: line, Col: col}
}

// table is the position of the enclosing [[table]] header, or of the file.
func (d *doc) table() diag.Pos {
	if t := strings.TrimSuffix(d.prefix, "."); t != "" {
		if line, col, ok := d.ix.key(t); ok {
			return diag.Pos{File: d.file, Line: line, Col: col}
		}
	}
	return diag.Pos{File: d.file, Line: d.ix.line0 + 1, Col: 1}
}

func (d *doc) errKey(key, format string, args ...any) {
	d.probs.Errorf(d.at(key, false), format, args...)
}

func (d *doc) errValue(key, format string, args ...any) {
	d.probs.Errorf(d.at(key, true), format, args...)
}

func (d *doc) warnValue(key, format string, args ...any) {
	d.probs.Warnf(d.at(key, true), format, args...)
}

func (d *doc) errItem(key, item, format string, args ...any) {
	pos := d.table()
	if line, col, ok := d.ix.item(d.prefix+key, item); ok {
		pos = diag.Pos{File: d.file, Line: line, Col: col}
	}
	d.probs.Errorf(pos, format, args...)
}

// missing reports a required key that is absent or empty.
func (d *doc) missing(key, example string) {
	if _, _, ok := d.ix.key(d.prefix + key); ok {
		d.errValue(key, "%s is empty: write it, e.g. %s = %s", key, key, example)
		return
	}
	d.probs.Errorf(d.table(), "missing required field %s: add %s = %s", key, key, example)
}

// oneOf checks that a value is one of the allowed words.
func (d *doc) oneOf(key, val string, allowed ...string) bool {
	if val == "" {
		return true
	}
	for _, a := range allowed {
		if val == a {
			return true
		}
	}
	msg := fmt.Sprintf("%s = %q is not allowed: use one of %s", key, val, quoteAll(allowed))
	if s := vntext.Closest(val, allowed, 1); len(s) > 0 {
		msg = fmt.Sprintf("%s = %q is not allowed (did you mean %q?): use one of %s", key, val, s[0], quoteAll(allowed))
	}
	d.errValue(key, "%s", msg)
	return false
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// suggest formats the closest known names to s for an error message.
func suggest(s string, known []string) string {
	c := vntext.Closest(s, known, 3)
	if len(c) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(quoteList(c), " or ") + "?)"
}

func quoteList(ss []string) []string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return q
}

// frontMatter splits a markdown file into its TOML front matter, between
// lines of "+++", and its body. bodyLine is the file line the body starts on.
func frontMatter(text string) (front, body string, bodyLine int, ok bool) {
	first, rest, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, " \t\r") != "+++" {
		return "", text, 1, false
	}
	line := 2
	off := 0
	for {
		ln, after, more := strings.Cut(rest[off:], "\n")
		if strings.TrimRight(ln, " \t\r") == "+++" {
			return rest[:off], after, line + 1, true
		}
		if !more {
			return "", text, 1, false
		}
		off += len(ln) + 1
		line++
	}
}

// textLine returns the file line where the text of a string value starts
// (the line after an opening """ on its own).
func (d *doc) textLine(key string) int {
	i, ok := d.ix.byPath[d.prefix+key]
	if !ok {
		return 0
	}
	off := d.ix.entries[i].valOff
	line, _ := d.ix.lineCol(off)
	rest := d.ix.text[off:]
	for _, q := range []string{"\"\"\"\n", "'''\n", "\"\"\"\r\n", "'''\r\n"} {
		if strings.HasPrefix(rest, q) {
			return line + 1
		}
	}
	return line
}
