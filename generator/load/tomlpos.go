package load

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// keyIndex finds where keys and values stand in a TOML text. The TOML
// decoder reports positions for syntax errors only, so validation errors
// (an unknown key, an unknown district) are placed with this index. It
// understands tables, arrays of tables, dotted and quoted keys, and skips
// multi-line strings; anything it cannot place falls back to the file.
type keyIndex struct {
	text    string
	entries []keyEntry
	byPath  map[string]int // indexed path → entries index
	line0   int            // line of text's first line in its file, minus 1
}

type keyEntry struct {
	plain   string // "district.name"
	indexed string // "district[2].name"
	off     int    // byte offset of the key in text
	valOff  int    // byte offset of the value (or of the key, for headers)
}

func newKeyIndex(text string, line0 int) *keyIndex {
	ix := &keyIndex{text: text, byPath: map[string]int{}, line0: line0}
	var table, tableIndexed string
	counts := map[string]int{}
	inMulti := ""
	off := 0
	skipTo := 0 // end of an inline table or array that spans lines
	for _, line := range strings.SplitAfter(text, "\n") {
		lineOff := off
		off += len(line)
		if lineOff < skipTo {
			continue
		}
		if inMulti != "" {
			if strings.Count(line, inMulti)%2 == 1 {
				inMulti = ""
			}
			continue
		}
		trimmed := strings.TrimLeft(line, " \t")
		start := lineOff + len(line) - len(trimmed)
		switch {
		case trimmed == "" || trimmed[0] == '#' || trimmed[0] == '\r' || trimmed[0] == '\n':
			continue
		case strings.HasPrefix(trimmed, "[["):
			parts, _ := parseKey(trimmed[2:])
			table = strings.Join(parts, ".")
			tableIndexed = table + "[" + strconv.Itoa(counts[table]) + "]"
			counts[table]++
			ix.add(table, tableIndexed, start, start)
			continue
		case trimmed[0] == '[':
			parts, _ := parseKey(trimmed[1:])
			table = strings.Join(parts, ".")
			tableIndexed = table
			ix.add(table, tableIndexed, start, start)
			continue
		}
		parts, n := parseKey(trimmed)
		if len(parts) == 0 {
			continue
		}
		rest := trimmed[n:]
		eq := strings.IndexByte(rest, '=')
		if eq < 0 {
			continue
		}
		val := strings.TrimLeft(rest[eq+1:], " \t")
		valOff := start + n + eq + 1 + (len(rest[eq+1:]) - len(val))
		key := strings.Join(parts, ".")
		plain, indexed := key, key
		if table != "" {
			plain, indexed = table+"."+key, tableIndexed+"."+key
		}
		ix.add(plain, indexed, start, valOff)
		if strings.HasPrefix(val, "{") || strings.HasPrefix(val, "[") {
			skipTo = ix.scanValue(valOff, plain, indexed)
			continue
		}
		for _, q := range []string{`"""`, `'''`} {
			if strings.HasPrefix(val, q) && strings.Count(val, q)%2 == 1 {
				inMulti = q
			}
		}
	}
	return ix
}

// scanValue reads the TOML value at byte offset p and returns the offset
// just past it. The keys of inline tables ("certificate = { level = … }")
// are indexed under plain and indexed, as if written in a [table]; the
// inline tables of an array are numbered ("subgroup[1].slug"). It is
// lenient: on text it does not understand it stops, and the decoder
// reports the syntax error.
func (ix *keyIndex) scanValue(p int, plain, indexed string) int {
	t := ix.text
	if p >= len(t) {
		return p
	}
	switch {
	case strings.HasPrefix(t[p:], `"""`) || strings.HasPrefix(t[p:], "'''"):
		q := t[p : p+3]
		for i := p + 3; i < len(t); i++ {
			if q[0] == '"' && t[i] == '\\' {
				i++
				continue
			}
			if strings.HasPrefix(t[i:], q) {
				for i+3 < len(t) && t[i+3] == q[0] { // """"" ends with quotes in the string
					i++
				}
				return i + 3
			}
		}
		return len(t)
	case t[p] == '"' || t[p] == '\'':
		for i := p + 1; i < len(t); i++ {
			switch {
			case t[p] == '"' && t[i] == '\\':
				i++
			case t[i] == t[p]:
				return i + 1
			case t[i] == '\n':
				return i
			}
		}
		return len(t)
	case t[p] == '{':
		p++
		for {
			p = ix.skipSpace(p)
			if p >= len(t) || t[p] == '}' {
				return min(p+1, len(t))
			}
			parts, n := parseKey(t[p:])
			if len(parts) == 0 {
				return p
			}
			keyOff := p
			p += n
			if p >= len(t) || t[p] != '=' {
				return p
			}
			p++
			for p < len(t) && (t[p] == ' ' || t[p] == '\t') {
				p++
			}
			key := strings.Join(parts, ".")
			ix.add(plain+"."+key, indexed+"."+key, keyOff, p)
			p = ix.skipSpace(ix.scanValue(p, plain+"."+key, indexed+"."+key))
			if p < len(t) && t[p] == ',' {
				p++
			}
		}
	case t[p] == '[':
		p++
		for i := 0; ; i++ {
			p = ix.skipSpace(p)
			if p >= len(t) || t[p] == ']' {
				return min(p+1, len(t))
			}
			end := ix.scanValue(p, plain, indexed+"["+strconv.Itoa(i)+"]")
			if end == p {
				return p
			}
			p = ix.skipSpace(end)
			if p < len(t) && t[p] == ',' {
				p++
			}
		}
	}
	end := p
	for end < len(t) && !strings.ContainsRune(",]}#\r\n", rune(t[end])) {
		end++
	}
	return end
}

// skipSpace skips white space, line breaks and comments from offset p.
func (ix *keyIndex) skipSpace(p int) int {
	t := ix.text
	for p < len(t) {
		switch t[p] {
		case ' ', '\t', '\r', '\n':
			p++
		case '#':
			for p < len(t) && t[p] != '\n' {
				p++
			}
		default:
			return p
		}
	}
	return p
}

func (ix *keyIndex) add(plain, indexed string, off, valOff int) {
	ix.entries = append(ix.entries, keyEntry{plain, indexed, off, valOff})
	if _, ok := ix.byPath[indexed]; !ok {
		ix.byPath[indexed] = len(ix.entries) - 1
	}
}

// parseKey reads a possibly dotted, possibly quoted key at the start of s and
// returns its parts and the bytes consumed.
func parseKey(s string) ([]string, int) {
	var parts []string
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			break
		}
		switch c := s[i]; {
		case c == '"' || c == '\'':
			end := strings.IndexByte(s[i+1:], c)
			if end < 0 {
				return parts, i
			}
			parts = append(parts, s[i+1:i+1+end])
			i += end + 2
		default:
			j := i
			for j < len(s) && isBareKeyChar(s[j]) {
				j++
			}
			if j == i {
				return parts, i
			}
			parts = append(parts, s[i:j])
			i = j
		}
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i < len(s) && s[i] == '.' {
			i++
			continue
		}
		break
	}
	return parts, i
}

func isBareKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// lineCol turns a byte offset of the text into a file line and column
// (columns count characters, as editors do).
func (ix *keyIndex) lineCol(off int) (int, int) {
	return lineCol(ix.text, off, ix.line0)
}

func lineCol(text string, off, line0 int) (int, int) {
	off = min(off, len(text))
	line := strings.Count(text[:off], "\n") + 1
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	return line + line0, utf8.RuneCountInString(text[ls:off]) + 1
}

// key returns the position of the key at the indexed path ("name",
// "district[3].kind", "certificate.level"); ok is false if it is absent.
func (ix *keyIndex) key(path string) (line, col int, ok bool) {
	i, ok := ix.byPath[path]
	if !ok {
		return 0, 0, false
	}
	line, col = ix.lineCol(ix.entries[i].off)
	return line, col, true
}

// value returns the position of the value of the key at path.
func (ix *keyIndex) value(path string) (line, col int, ok bool) {
	i, ok := ix.byPath[path]
	if !ok {
		return 0, 0, false
	}
	line, col = ix.lineCol(ix.entries[i].valOff)
	return line, col, true
}

// item returns the position of the quoted string item inside the value of
// the key at path (an element of an array such as tourism = ["a", "b"]),
// or of the value itself if it is not found.
func (ix *keyIndex) item(path, item string) (line, col int, ok bool) {
	i, ok := ix.byPath[path]
	if !ok {
		return 0, 0, false
	}
	v := ix.entries[i].valOff
	end := len(ix.text)
	if i+1 < len(ix.entries) {
		end = ix.entries[i+1].off
	}
	for _, q := range []string{`"` + item + `"`, `'` + item + `'`} {
		if k := strings.Index(ix.text[v:end], q); k >= 0 {
			line, col = ix.lineCol(v + k)
			return line, col, true
		}
	}
	line, col = ix.lineCol(v)
	return line, col, true
}

// nth returns the position of the n-th (from 0) occurrence of the plain key.
func (ix *keyIndex) nth(plain string, n int) (line, col int, ok bool) {
	for _, e := range ix.entries {
		if e.plain == plain {
			if n == 0 {
				line, col = ix.lineCol(e.off)
				return line, col, true
			}
			n--
		}
	}
	return 0, 0, false
}
