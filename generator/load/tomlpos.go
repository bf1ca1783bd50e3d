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
	for _, line := range strings.SplitAfter(text, "\n") {
		lineOff := off
		off += len(line)
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
		for _, q := range []string{`"""`, `'''`} {
			if strings.HasPrefix(val, q) && strings.Count(val, q)%2 == 1 {
				inMulti = q
			}
		}
	}
	return ix
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
