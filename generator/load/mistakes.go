package load

import (
	"reflect"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// A mistake is one of the mistakes editors commonly make in a TOML file,
// recognised as written, with the message that says how to fix it: a
// date written day/month/year, a missing or curly quote, key: value, a
// thousands separator, Yes for true. The decoder's own words for these
// ("expected a top-level item to end with a newline") help no one.
type mistake struct {
	off int // where it is, a byte offset in the text (syntax mistakes)
	msg
}

// syntaxMistake recognises the mistake that stopped the decoder, from the
// text itself: what is written on the line where it stopped, or an
// unclosed """ when it stopped at the end. target is the type decoded
// into (a word like Yes is taken for true only in a true-false field).
// ok is false for a syntax error that is none of these.
func syntaxMistake(text string, pe *toml.ParseError, ix *keyIndex, target reflect.Type) (mistake, bool) {
	off := max(0, min(errOffset(text, pe), len(text)))
	ft, found := fieldType(target, toml.Key(strings.Split(pe.LastKey, ".")))
	boolField := found && ft.Kind() == reflect.Bool
	if strings.TrimSpace(text[off:]) == "" {
		if m, ok := unclosedMultiline(ix); ok {
			return m, true
		}
	}
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	le := len(text)
	if i := strings.IndexByte(text[off:], '\n'); i >= 0 {
		le = off + i
	}
	if r, _ := utf8.DecodeRuneInString(text[off:]); isOddSpace(r) {
		return mistake{off: off,
			msg: say("there is an invisible character %U here (a space copied from a web page or a word processor), which TOML does not read as a space: delete it, and type an ordinary space if one is needed",
				r)}, true
	}
	if m, ok := habitMistake(text, ls, le, off); ok {
		return m, true
	}
	if m, ok := quoteMistake(text, ls, le, off, ix); ok {
		return m, true
	}
	return tokenMistake(text, ls, le, off, boolField)
}

// isOddSpace reports whether r is a space or an invisible character that
// TOML does not take for a space: a non-breaking space, a zero-width
// space, an ideographic space, a byte order mark inside the text.
func isOddSpace(r rune) bool {
	return r == '\u00a0' || r == '\u1680' || '\u2000' <= r && r <= '\u200d' ||
		r == '\u202f' || r == '\u205f' || r == '\u2060' || r == '\u3000' || r == '\ufeff'
}

// unclosedMultiline finds a text opened with """ (or ”') that is never
// closed, at the line where it opens: the decoder reports it at the end
// of the file.
func unclosedMultiline(ix *keyIndex) (mistake, bool) {
	t := ix.text
	for _, e := range ix.entries {
		for _, q := range []string{`"""`, `'''`} {
			if !strings.HasPrefix(t[e.valOff:], q) || strings.Contains(t[e.valOff+len(q):], q) {
				continue
			}
			return mistake{off: e.valOff,
				msg: say("the text of %s that opens with %s on this line is never closed: write %s where the text ends",
					keyName(t, e.off), q, q)}, true
		}
	}
	return mistake{}, false
}

// keyName is the last part of the key written at off.
func keyName(text string, off int) string {
	parts, _ := parseKey(text[off:])
	if len(parts) == 0 {
		return "the value"
	}
	return parts[len(parts)-1]
}

// habitMistake recognises YAML and JSON written for TOML: key: value, a
// table name followed by a colon, a record in { }.
func habitMistake(text string, ls, le, off int) (mistake, bool) {
	line := strings.TrimRight(text[ls:le], "\r")
	trimmed := strings.TrimLeft(line, " \t")
	if strings.HasPrefix(trimmed, "{") || strings.HasPrefix(trimmed, "}") {
		return mistake{off: ls + len(line) - len(trimmed),
			msg: say(`this is written like JSON: TOML writes each key on a line of its own, like name = "Bánh chưng", without { } around the record and without quotes around the key`)}, true
	}
	if off >= le || text[off] != ':' {
		return mistake{}, false
	}
	key := strings.Trim(strings.TrimSpace(text[ls:off]), `"'`)
	if parts, n := parseKey(key); len(parts) == 0 || n != len(key) {
		return mistake{}, false
	}
	value := strings.TrimSuffix(strings.TrimSpace(strings.TrimRight(text[off+1:le], "\r")), ",")
	if value == "" {
		return mistake{off: off,
			msg: say("a table starts with its name in brackets, not with a colon: write [%s] on this line",
				key)}, true
	}
	return mistake{off: off,
		msg: say("TOML puts = between a key and its value, not a colon: write %s = %s",
			key, value)}, true
}

// The quotes of word processors, which TOML does not take for quotes.
const curlyQuotes = "“”‘’„‟‚‛«»"

// quoteMistake recognises a text with curly quotes, or without its
// closing quote, on the line where the decoder stopped.
func quoteMistake(text string, ls, le, off int, ix *keyIndex) (mistake, bool) {
	eq := strings.IndexByte(text[ls:le], '=')
	if eq < 0 {
		return mistake{}, false
	}
	name := keyName(text, skipBlank(text, ls))
	vs := skipBlank(text, ls+eq+1)
	value := strings.TrimRight(text[vs:le], " \t\r")
	if m, ok := curlyMistake(name, value, vs); ok {
		return m, true
	}
	if value == "" || (value[0] != '"' && value[0] != '\'') || strings.HasPrefix(value, `"""`) || strings.HasPrefix(value, "'''") {
		return mistake{}, false
	}
	if end := skipString(text, vs); end < len(text) && text[end] != '\n' {
		return mistake{}, false // closed: the mistake is elsewhere
	}
	q := value[:1]
	line, _ := ix.lineCol(vs)
	return mistake{off: off,
		msg: say(`the text of %s that starts on line %d has no closing quote: write %s = %s%s%s (a text of several lines goes between """ and """)`,
			name, line, name, q, value[1:], q)}, true
}

// curlyMistake recognises a text in curly quotes: it starts with one, or
// starts with a straight quote and ends with a curly one.
func curlyMistake(name, value string, vs int) (mistake, bool) {
	first, _ := utf8.DecodeRuneInString(value)
	last, _ := utf8.DecodeLastRuneInString(value)
	if !strings.ContainsRune(curlyQuotes, first) && !(first == '"' && strings.ContainsRune(curlyQuotes, last)) {
		return mistake{}, false
	}
	var found []string
	for _, r := range value {
		if strings.ContainsRune(curlyQuotes, r) && !contains(found, string(r)) {
			found = append(found, string(r))
		}
	}
	inner := strings.TrimFunc(value, func(r rune) bool { return r == '"' || strings.ContainsRune(curlyQuotes, r) })
	return mistake{off: vs,
		msg: say(`%s = %s has curly quotes (%s), as a word processor types them: TOML needs straight quotes ", so write %s = "%s"`,
			name, value, strings.Join(found, " "), name, inner)}, true
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// tokenMistake recognises a value written the way people write it on
// paper where the decoder stopped: a date 31/12/2025, a number 180.000, a
// Yes; or a comma at the end of the line.
func tokenMistake(text string, ls, le, off int, boolField bool) (mistake, bool) {
	if off < le && text[off] == ',' {
		if rest := strings.TrimSpace(strings.TrimRight(text[off+1:le], "\r")); rest == "" || rest[0] == '#' {
			if m, ok := valueWordMistake(text, ls, off, false); ok {
				return m, true // 180,000
			}
			return mistake{off: off,
				msg: say("remove the comma at the end of this line: TOML writes each key = value on a line of its own, without a comma after it")}, true
		}
	}
	return valueWordMistake(text, ls, off, boolField)
}

// valueWordMistake reads the bare value before or at off (after the last
// = before it) and recognises a date, number or true-false value written
// as people write them (true-false words only in a true-false field).
func valueWordMistake(text string, ls, off int, boolField bool) (mistake, bool) {
	end := min(off+1, len(text))
	eq := strings.LastIndexByte(text[ls:end], '=')
	if eq < 0 {
		return mistake{}, false
	}
	eq += ls
	vs := skipBlank(text, eq+1)
	ve := vs
	for ve < len(text) && !strings.ContainsRune(" \t}]#\r\n", rune(text[ve])) {
		ve++
	}
	written := strings.TrimRight(text[vs:ve], ",")
	name := keyBefore(text, ls, eq)
	recognisers := []func(name, written string) (mistake, bool){dateMistake, thousandsMistake, decimalCommaMistake}
	if boolField {
		recognisers = append(recognisers, boolMistake)
	}
	for _, recognise := range recognisers {
		if m, ok := recognise(name, written); ok {
			m.off = vs
			return m, true
		}
	}
	return mistake{}, false
}

// keyBefore is the last part of the key written before the = at eq.
func keyBefore(text string, ls, eq int) string {
	i := eq
	for i > ls && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	j := i
	for j > ls && (isBareKeyChar(text[j-1]) || text[j-1] == '"' || text[j-1] == '\'' || text[j-1] == '.') {
		j--
	}
	return keyName(text[:i], j)
}

// A number written with thousands separators, as prices are on paper:
// 180.000, 1.500.000, 180,000.
var thousands = regexp.MustCompile(`^[+-]?\d{1,3}(?:\.\d{3})+$|^[+-]?\d{1,3}(?:,\d{3})+$`)

// thousandsMistake recognises a whole number with thousands separators.
func thousandsMistake(name, written string) (mistake, bool) {
	s := strings.Trim(written, `"'`)
	if !thousands.MatchString(s) {
		return mistake{}, false
	}
	digits := strings.NewReplacer(".", "", ",", "").Replace(s)
	return mistake{msg: say("%s = %s has thousands separators: write %s = %s (digits only, without dots, commas or quotes)",
		name, written, name, digits)}, true
}

// A number written with a decimal comma, as Vietnamese writes it: 21,0285.
// One of thousands (180,000) is thousandsMistake's.
var decimalComma = regexp.MustCompile(`^[+-]?\d+,\d+$`)

// decimalCommaMistake recognises a decimal number written with a comma.
func decimalCommaMistake(name, written string) (mistake, bool) {
	s := strings.Trim(written, `"'`)
	if !decimalComma.MatchString(s) {
		return mistake{}, false
	}
	return mistake{msg: say("%s = %s has a decimal comma: write %s = %s (TOML writes the decimals after a dot)",
		name, written, name, strings.Replace(s, ",", ".", 1))}, true
}

// The words editors write for true and false, as slugs.
var boolWords = map[string]bool{
	"true": true, "yes": true, "y": true, "on": true, "co": true, "dung": true,
	"false": false, "no": false, "n": false, "off": false, "khong": false, "sai": false,
}

// boolMistake recognises a true-false value written as a word (True, Yes,
// có) or in quotes.
func boolMistake(name, written string) (mistake, bool) {
	v, ok := boolWords[vntext.Slug(strings.Trim(written, `"'`))]
	if !ok {
		return mistake{}, false
	}
	return mistake{msg: say("%s = %s: write %s = %t (true or false, in lowercase and without quotes)",
		name, written, name, v)}, true
}

// typeMistake recognises a common mistake in a valid TOML value of the
// wrong type for its field: a date in quotes written day/month/year, a
// price with a thousands dot (180.000 is a decimal number in TOML), a
// true-false value in quotes. written is the value as written.
func typeMistake(name, written string, v any, t reflect.Type) (mistake, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == writtenDateType:
		if _, ok := v.(string); ok {
			return dateMistake(name, written)
		}
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
		switch v.(type) {
		case float64, string:
			return thousandsMistake(name, written)
		}
	case t.Kind() == reflect.Bool:
		if _, ok := v.(string); ok {
			return boolMistake(name, written)
		}
	}
	return mistake{}, false
}

// valueEnd is the end of the value that starts at p: past its closing
// quote, or at the end of a bare value.
func valueEnd(t string, p int) int {
	if p < len(t) && (t[p] == '"' || t[p] == '\'') {
		return skipString(t, p)
	}
	end := p
	for end < len(t) && !strings.ContainsRune(",]}#\r\n", rune(t[end])) {
		end++
	}
	return p + len(strings.TrimRight(t[p:end], " \t"))
}

// yamlFrontMatter reports whether a markdown file starts with front matter
// between lines of ---, as YAML (and other site generators) write it.
func yamlFrontMatter(text string) bool {
	first, rest, _ := strings.Cut(text, "\n")
	if strings.TrimRight(first, " \t\r") != "---" {
		return false
	}
	for _, line := range strings.Split(rest, "\n") {
		if strings.TrimRight(line, " \t\r") == "---" {
			return true
		}
	}
	return false
}
