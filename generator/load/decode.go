package load

import (
	"bytes"
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/markdown"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// doc is one decoded TOML document (a file, or the front matter of a
// markdown file) with what it needs to place problems in it.
type doc struct {
	fsys   fs.FS // where file is, to read it again
	file   string
	text   string
	line0  int
	index  *keyIndex // built on first use: most files have no problem to place
	probs  *diag.List
	prefix string // "district[3]." inside an array of tables
	md     toml.MetaData

	unfilledAt map[int]bool // offsets of the keys whose values were placeholders (unfilled.go)
}

// decodeTOML decodes text into v. Syntax errors and unknown keys are
// reported; ok is false when v could not be filled.
func (l *loader) decodeTOML(file, text string, line0 int, v any) (*doc, bool) {
	d := &doc{fsys: l.fsys, file: file, text: text, line0: line0, probs: l.probs}
	if !d.checkNesting(v) {
		return d, false
	}
	text = d.unfilled(text)
	md, err := toml.Decode(text, v)
	if err != nil {
		d.decodeFailed(err, reflect.TypeOf(v))
		return d, false
	}
	d.md = md
	unknown := md.Undecoded()
	if len(unknown) == 0 {
		return d, true
	}
	seen := map[string]int{}
	knownAt := map[string][]string{} // parent key → its known keys
	undecoded := map[string]bool{}
	for _, k := range unknown {
		undecoded[k.String()] = true
	}
	for _, k := range unknown {
		plain := k.String()
		n := seen[plain]
		seen[plain]++
		if len(k) > 1 && undecoded[toml.Key(k[:len(k)-1]).String()] {
			continue // the table itself is unknown; reported once
		}
		parent := toml.Key(k[:len(k)-1]).String()
		known, ok := knownAt[parent]
		if !ok {
			known = knownKeys(reflect.TypeOf(v), k[:len(k)-1])
			knownAt[parent] = known
		}
		line, col, ok := d.ix().nth(k, n)
		if !ok {
			line, col = line0+1, 1
		}
		unknownKey(l.probs, diag.Pos{File: file, Line: line, Col: col}, k[len(k)-1], known)
	}
	return d, true
}

// decodeFailed reports why the document could not be decoded into a
// value of type t: every value of the wrong type, a common mistake with
// its fix, or the decoder's error.
func (d *doc) decodeFailed(err error, t reflect.Type) {
	failure := readTOMLError(err)
	if failure.parse == nil || failure.date {
		// A value of the wrong type: the decoder stops at the first it
		// meets, in no fixed order. Decode into plain values to report
		// every one, in document order.
		var raw map[string]any
		if rawMD, err := toml.Decode(d.text, &raw); err == nil && !d.checkTypes(rawMD, raw, t) {
			return
		}
	}
	if pe := failure.parse; pe != nil && !failure.date && !failure.repeated {
		if m, ok := syntaxMistake(d.text, pe, d.ix(), t); ok {
			line, col := lineCol(d.text, m.off, d.line0)
			d.probs.Errorf(diag.Pos{File: d.file, Line: line, Col: col}, m.format, m.args...)
			return
		}
	}
	m := decodeMessage(err, failure)
	d.probs.Errorf(d.decodeError(failure), m.format, m.args...)
}

// decodeError places a decoding error in the file.
func (d *doc) decodeError(failure tomlFailure) diag.Pos {
	if pe := failure.parse; pe != nil {
		line, col := lineCol(d.text, errOffset(d.text, pe), d.line0)
		return diag.Pos{File: d.file, Line: line, Col: col}
	}
	if failure.mismatch {
		// The decoder gives the line of the key, not its column.
		line := failure.line
		parts, _ := parseKey(failure.key)
		for n := 0; ; n++ {
			e, ok := d.ix().nthEntry(parts, n)
			if !ok {
				break
			}
			if l, c := d.ix().lineCol(e.valOff); l == line+d.ix().line0 {
				return diag.Pos{File: d.file, Line: l, Col: c}
			}
		}
		return diag.Pos{File: d.file, Line: line + d.ix().line0}
	}
	return diag.Pos{File: d.file, Line: d.ix().line0 + 1}
}

// errOffset is where in text the decoder stopped, as a byte offset.
func errOffset(text string, pe *toml.ParseError) int {
	if p := pe.Position; p.Start > 0 || p.Len > 0 {
		// The byte offset is right where the decoder's line is not
		// (it counts a CRLF line break twice) and its column counts
		// bytes; a key defined twice is placed at the second key.
		return p.Start
	}
	// Without an offset, the decoder's column counts bytes within its
	// line.
	ls, n := 0, max(pe.Position.Line, 1)
	for ; n > 1 && ls < len(text); n-- {
		i := strings.IndexByte(text[ls:], '\n')
		if i < 0 {
			break
		}
		ls += i + 1
	}
	le := len(text)
	if i := strings.IndexByte(text[ls:], '\n'); i >= 0 {
		le = ls + i
	}
	return min(ls+max(pe.Position.Col, 1)-1, le)
}

// decodeMessage says what is wrong with a value in an editor's words.
// The decoder's own words (its message, the first sentence of its usage
// note, its detail) are arguments.
func decodeMessage(err error, failure tomlFailure) msg {
	if pe := failure.parse; pe != nil {
		key := pe.LastKey[strings.LastIndexByte(pe.LastKey, '.')+1:]
		switch {
		case failure.date:
			return say("%s must be a date written without quotes, like %s = 2024-03-04", key, key)
		case failure.repeated && pe.Usage != "":
			return say("invalid TOML: %s: write each key once per table; remove or merge the repeated one: %s", strings.TrimSuffix(pe.Message, "."), firstSentence(pe.Usage))
		case failure.repeated:
			return say("invalid TOML: %s: write each key once per table; remove or merge the repeated one", strings.TrimSuffix(pe.Message, "."))
		case pe.Usage != "":
			return say("invalid TOML: %s: %s", pe.Message, firstSentence(pe.Usage))
		}
		return say("invalid TOML: %s", pe.Message)
	}
	if failure.mismatch {
		return say("invalid value of %s: %s", failure.key, failure.detail) // checkTypes catches these first
	}
	return say("invalid TOML: %s", err.Error())
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

// ix returns the key index of the document, building it once.
func (d *doc) ix() *keyIndex {
	if d.index == nil {
		d.index = newKeyIndex(d.text, d.line0)
	}
	return d.index
}

// at returns the position of key in the document (falling back to its
// table, then to the file's first line).
func (d *doc) at(key string, value bool) diag.Pos {
	path := d.prefix + key
	var line, col int
	var ok bool
	if value {
		line, col, ok = d.ix().value(path)
	} else {
		line, col, ok = d.ix().key(path)
	}
	if !ok {
		return d.table()
	}
	return diag.Pos{File: d.file, Line: line, Col: col}
}

// table is the position of the enclosing [[table]] header, or of the file.
func (d *doc) table() diag.Pos {
	if t := strings.TrimSuffix(d.prefix, "."); t != "" {
		if line, col, ok := d.ix().key(t); ok {
			return diag.Pos{File: d.file, Line: line, Col: col}
		}
	}
	return diag.Pos{File: d.file, Line: d.ix().line0 + 1, Col: 1}
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
	if line, col, ok := d.ix().item(d.prefix+key, item); ok {
		pos = diag.Pos{File: d.file, Line: line, Col: col}
	}
	d.probs.Errorf(pos, format, args...)
}

// missing reports a required key that is absent or empty.
func (d *doc) missing(key, example string) {
	if d.wasUnfilled(key) {
		return // reported as a placeholder
	}
	table, name, nested := strings.Cut(key, ".")
	if !nested {
		name = key
	}
	if _, _, ok := d.ix().key(d.prefix + key); ok {
		d.errValue(key, "%s is empty: write it, e.g. %s = %s", name, name, example)
		return
	}
	if nested {
		pos := d.table()
		if line, col, ok := d.ix().key(d.prefix + table); ok {
			pos = diag.Pos{File: d.file, Line: line, Col: col}
		}
		d.probs.Errorf(pos, "missing required field %s in [%s]: add %s = %s", name, table, name, example)
		return
	}
	d.probs.Errorf(d.table(), "missing required field %s: add %s = %s", key, key, example)
}

// dateOf returns the calendar day of a date field. The field's type lets
// TOML write a time of day (10:30:00, read as a day of year 0) or a date
// with a time; the format takes a date alone, so those are reported at the
// value and ok is false. The decoder keeps no trace of which TOML type it
// read, so the value is classified as written.
func (d *doc) dateOf(key string, w writtenDate) (day time.Time, ok bool) {
	if w.isText || w.other != nil {
		return d.quotedDateOf(key, w)
	}
	t := w.t
	// Nearly every date is a TOML datetime (not a string) at midnight, and
	// the text writes its day nowhere with a time after it: then it was
	// written as a date alone, and there is no need to find it in the text.
	if h, m, s := t.Clock(); t.Year() != 0 && h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0 &&
		d.prefix == "" && d.md.Type(strings.Split(key, ".")...) == "Datetime" &&
		!writesTime(d.text, t.Format(time.DateOnly)) {
		return date(t), true
	}
	name := key[strings.LastIndexByte(key, '.')+1:]
	raw := d.rawValue(key, "")
	var timeOfDay, withTime bool
	if raw != "" {
		timeOfDay = len(raw) > 2 && raw[2] == ':'
		withTime = !timeOfDay && len(raw) > len(time.DateOnly)
	} else {
		timeOfDay = t.Year() == 0
		withTime = t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0
		raw = t.Format(time.RFC3339)
	}
	switch {
	case timeOfDay:
		d.errValue(key, "%s = %s is a time of day, not a date: write the date without quotes, like %s = 2024-03-04", name, raw, name)
	case withTime:
		d.errValue(key, "%s = %s has a time: write the date alone, without quotes, like %s = %s", name, raw, name, t.Format(time.DateOnly))
	default:
		return date(t), true
	}
	return time.Time{}, false
}

// quotedDateOf reads a date field written in quotes, or as a value of
// another type than a date: a quoted year-month-day is that date.
func (d *doc) quotedDateOf(key string, w writtenDate) (time.Time, bool) {
	name := key[strings.LastIndexByte(key, '.')+1:]
	if w.other != nil {
		m := wrongType(name, timeType)
		d.errValue(key, m.format, m.args...)
		return time.Time{}, false
	}
	if t, ok := quotedDate(w.text); ok {
		return t, true
	}
	if t, err := time.Parse(time.RFC3339, w.text); err == nil {
		return d.dateOf(key, writtenDate{t: t}) // a time in quotes: said as before
	}
	if m, ok := dateMistake(name, d.rawValue(key, fmt.Sprintf("%q", w.text))); ok {
		d.errValue(key, m.format, m.args...)
	} else {
		m := wrongType(name, timeType)
		d.errValue(key, m.format, m.args...)
	}
	return time.Time{}, false
}

// writesTime reports whether text writes the day (2006-01-02) with a time
// after it, anywhere: 2006-01-02T00:00:00, 2006-01-02 00:00.
func writesTime(text, day string) bool {
	for {
		i := strings.Index(text, day)
		if i < 0 {
			return false
		}
		text = text[i+len(day):]
		if len(text) > 0 && (text[0] == 'T' || text[0] == 't') ||
			len(text) > 1 && text[0] == ' ' && '0' <= text[1] && text[1] <= '9' {
			return true
		}
	}
}

// rawValue returns the value of key as written, up to a comment or the end
// of the line (or of an inline table); def if it cannot be found.
func (d *doc) rawValue(key, def string) string {
	e, ok := d.ix().entry(d.prefix + key)
	if !ok {
		return def
	}
	v := d.ix().text[e.valOff:]
	if end := strings.IndexAny(v, ",}]#\r\n"); end >= 0 {
		v = v[:end]
	}
	if v = strings.TrimSpace(v); v == "" {
		return def
	}
	return v
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
	name := key[strings.LastIndexByte(key, '.')+1:]
	if s := vntext.Closest(val, allowed, 1); len(s) > 0 {
		d.errValue(key, "%s = %q is not allowed (did you mean %q?): use one of %s", name, val, s[0], quoteAll(allowed))
	} else {
		d.errValue(key, "%s = %q is not allowed: use one of %s", name, val, quoteAll(allowed))
	}
	return false
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
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

// textPos returns the file line and column where the text of a string
// value starts (the line after an opening """ on its own; after the quote
// of a one-line string).
func (d *doc) textPos(path string) (line, col int) {
	e, ok := d.ix().entry(path)
	if !ok {
		return 0, 0
	}
	off := e.valOff
	line, col = d.ix().lineCol(off)
	rest := d.ix().text[off:]
	for _, q := range []string{"\"\"\"\n", "'''\n", "\"\"\"\r\n", "'''\r\n"} {
		if strings.HasPrefix(rest, q) {
			return line + 1, 1
		}
	}
	if strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, "'''") {
		return line, col + 3
	}
	return line, col + 1
}

// markdown returns the markdown of a string value, placed in its file.
// The place is found only when asked for, once, by reading the file again:
// keeping 10,000 files' text for the rare broken link would cost more.
func (d *doc) markdown(key, src string) catalog.Markdown {
	src = d.boundedMarkdown(key, src)
	fsys, file, line0, path, kept := d.fsys, d.file, d.line0, d.prefix+key, ""
	if line0 != 0 {
		kept = d.text // front matter: not the whole file
	}
	locate := sync.OnceValues(func() (int, int) {
		text := kept
		if text == "" {
			data, err := fs.ReadFile(fsys, file)
			if err != nil {
				return 0, 0
			}
			text = vntext.NFC(string(bytes.TrimPrefix(data, []byte("\ufeff"))))
		}
		return (&doc{text: text, line0: line0}).textPos(path)
	})
	return catalog.Markdown{Source: src, File: d.file, Locate: locate}
}

// checkTypes reports every value of raw whose type does not fit the field
// of t it fills. Keys of no field are left to the unknown-key check.
func (d *doc) checkTypes(md toml.MetaData, raw map[string]any, t reflect.Type) bool {
	ok := true
	seen := map[string]int{}
	valsOf := map[string][]any{}
	for _, k := range md.Keys() {
		plain := k.String()
		n := seen[plain]
		seen[plain]++
		ft, found := fieldType(t, k)
		if !found {
			continue
		}
		vals, walked := valsOf[plain]
		if !walked { // once per key: arrays of tables repeat it
			vals = lookup(raw, k)
			valsOf[plain] = vals
		}
		if n >= len(vals) || fits(vals[n], ft) {
			continue
		}
		ok = false
		pos := diag.Pos{File: d.file, Line: d.ix().line0 + 1}
		written := ""
		if e, ok := d.ix().nthEntry(k, n); ok {
			line, col := d.ix().lineCol(e.valOff)
			pos = diag.Pos{File: d.file, Line: line, Col: col}
			written = d.ix().text[e.valOff:valueEnd(d.ix().text, e.valOff)]
		}
		if m, found := typeMistake(k[len(k)-1], written, vals[n], ft); found {
			d.probs.Errorf(pos, m.format, m.args...)
			continue
		}
		m := wrongType(k[len(k)-1], ft)
		d.probs.Errorf(pos, m.format, m.args...)
	}
	return ok
}

// fieldType returns the Go type of the field that key k fills in t.
func fieldType(t reflect.Type, k toml.Key) (reflect.Type, bool) {
	for _, part := range k {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.String {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return nil, false
		}
		found := false
		for i := range t.NumField() {
			if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); tag == part {
				t, found = t.Field(i).Type, true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	return t, true
}

// lookup finds the values of every occurrence of key k in raw, in order
// (arrays of tables repeat keys).
func lookup(raw map[string]any, k toml.Key) []any {
	var vals []any
	var walk func(v any, rest toml.Key)
	walk = func(v any, rest toml.Key) {
		if len(rest) == 0 {
			vals = append(vals, v)
			return
		}
		switch v := v.(type) {
		case map[string]any:
			if c, ok := v[rest[0]]; ok {
				walk(c, rest[1:])
			}
		case []map[string]any:
			for _, m := range v {
				walk(m, rest)
			}
		}
	}
	walk(raw, k)
	return vals
}

var timeType = reflect.TypeOf(time.Time{})

// fits reports whether a decoded TOML value can fill a field of type t.
func fits(v any, t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == timeType {
		_, ok := v.(time.Time)
		return ok
	}
	if t == writtenDateType {
		switch v := v.(type) {
		case time.Time:
			return true
		case string:
			_, ok := quotedDate(v)
			return ok
		}
		return false
	}
	switch t.Kind() {
	case reflect.String:
		_, ok := v.(string)
		return ok
	case reflect.Int, reflect.Int64:
		_, ok := v.(int64)
		return ok
	case reflect.Float64:
		switch v.(type) {
		case float64, int64:
			return true
		}
	case reflect.Bool:
		_, ok := v.(bool)
		return ok
	case reflect.Slice:
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				if !fits(e, t.Elem()) {
					return false
				}
			}
			return true
		case []map[string]any:
			return t.Elem().Kind() == reflect.Struct
		}
	case reflect.Struct:
		_, ok := v.(map[string]any)
		return ok
	}
	return false
}

// wrongType says how to write a value of type t.
func wrongType(key string, t reflect.Type) msg {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == timeType || t == writtenDateType:
		return say("%s has the wrong type: write a date without quotes, like %s = 2024-03-04", key, key)
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
		return say("%s has the wrong type: write a whole number without quotes, like %s = 4", key, key)
	case t.Kind() == reflect.Float64:
		return say("%s has the wrong type: write a number without quotes, like %s = 21.0285", key, key)
	case t.Kind() == reflect.Bool:
		return say("%s has the wrong type: write true or false, without quotes, like %s = true", key, key)
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return say(`%s has the wrong type: write a list of texts in brackets, like %s = ["a", "b"]`, key, key)
	case t.Kind() == reflect.Slice:
		return say("%s has the wrong type: write tables, like [[%s]]", key, key)
	case t.Kind() == reflect.Struct:
		return say("%s has the wrong type: write a table, like [%s]", key, key)
	}
	return say(`%s has the wrong type: write text in quotes, like %s = "…"`, key, key)
}

// boundedMarkdown reports a markdown value that crosses a limit of
// markdownLimit, at the value, and returns the value to convert: src, or
// nothing if it is refused.
func (d *doc) boundedMarkdown(key, src string) string {
	switch _, depth, limit := markdownLimit(src); limit {
	case textTooBig:
		d.errValue(key, "%s: the text is %d KiB, more than the limit of %d KiB (reached on this line): split it into several stories or pages", key, kib(len(src)), markdown.MaxSize/1024)
	case textTooDeep:
		d.errValue(key, "%s: quotes and lists nested %d deep, more than the limit of %d: put fewer \">\" or list items one inside another", key, depth, markdown.MaxDepth)
	default:
		return src
	}
	return ""
}
