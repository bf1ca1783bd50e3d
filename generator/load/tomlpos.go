package load

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// keyIndex finds where keys and values stand in a TOML text. The TOML
// decoder reports positions for syntax errors only, so validation errors
// (an unknown key, an unknown district) are placed with this index. It
// understands tables, arrays of tables, dotted and quoted keys, and skips
// multi-line strings; anything it cannot place falls back to the file.
//
// Its cost is linear in the text, whatever the text: paths are a tree of
// nodes whose names are slices of the text (a key under a long table name
// does not copy the name), every problem of a file is placed by looking
// its path up in that tree, and values nested deeper than maxNesting are
// skipped without being indexed (the decoder refuses them before).
type keyIndex struct {
	text    string
	line0   int // line of text's first line in its file, minus 1
	entries []keyEntry
	nodes   map[nodeKey]int      // a node's child by name or array index; node 0 is the root
	first   map[int]int          // indexed node → its first entry
	byPlain map[int][]int        // plain node → its entries, in document order
	items   map[int]map[item]int // entry → offset of each quoted item of its value, built on first use
	lines   []int                // offset of each line's start, built on first use
	runes   []runeMark           // rune counts along the text, built on first use of a long line
}

// A path is "district[2].name": its plain form, "district.name", leaves
// out the numbers of arrays of tables and of arrays.
type keyEntry struct {
	plain   int // node of the plain path
	indexed int // node of the indexed path
	off     int // byte offset of the key in text
	valOff  int // byte offset of the value (or of the key, for headers)
}

// nodeKey names a child of a node: a key (index < 0) or an element of an
// array (name "").
type nodeKey struct {
	parent int
	name   string
	index  int
}

type item struct {
	quote byte
	text  string
}

type runeMark struct{ off, runes int }

// runeStep is how far apart rune counts are kept: a column is counted
// from the nearest mark before it, not from the start of its line.
const runeStep = 256

func newKeyIndex(text string, line0 int) *keyIndex {
	ix := &keyIndex{text: text, line0: line0, nodes: map[nodeKey]int{}, first: map[int]int{}, byPlain: map[int][]int{}}
	tablePlain, tableIndexed := 0, 0
	counts := map[int]int{}
	inMulti := ""
	off := 0
	skipTo := 0 // end of an inline table or array that spans lines
	for off < len(text) {
		lineOff := off
		line := text[off:]
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line = line[:nl+1]
		}
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
			tablePlain = ix.walk(0, parts)
			tableIndexed = ix.child(tablePlain, "", counts[tablePlain])
			counts[tablePlain]++
			ix.add(tablePlain, tableIndexed, start, start)
			continue
		case trimmed[0] == '[':
			parts, _ := parseKey(trimmed[1:])
			tablePlain = ix.walk(0, parts)
			tableIndexed = tablePlain
			ix.add(tablePlain, tableIndexed, start, start)
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
		plain, indexed := ix.walk(tablePlain, parts), ix.walk(tableIndexed, parts)
		ix.add(plain, indexed, start, valOff)
		if strings.HasPrefix(val, "{") || strings.HasPrefix(val, "[") {
			skipTo = ix.scanValue(valOff, plain, indexed, 1)
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

// child returns the node of a key (index < 0) or of an array element
// under parent, adding it if it is new.
func (ix *keyIndex) child(parent int, name string, index int) int {
	k := nodeKey{parent, name, index}
	if n, ok := ix.nodes[k]; ok {
		return n
	}
	n := len(ix.nodes) + 1
	ix.nodes[k] = n
	return n
}

// walk returns the node of the dotted key parts under n, adding them.
func (ix *keyIndex) walk(n int, parts []string) int {
	for _, p := range parts {
		n = ix.child(n, p, -1)
	}
	return n
}

// find returns the node of a path such as "district[2].name" or
// "certificate.level"; ok is false if no key has it.
func (ix *keyIndex) find(path string) (n int, ok bool) {
	for path != "" {
		var part string
		part, path, _ = strings.Cut(path, ".")
		name, index := part, -1
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			k, err := strconv.Atoi(part[i+1 : len(part)-1])
			if err != nil {
				return 0, false
			}
			name, index = part[:i], k
		}
		if n, ok = ix.nodes[nodeKey{n, name, -1}]; !ok {
			return 0, false
		}
		if index >= 0 {
			if n, ok = ix.nodes[nodeKey{n, "", index}]; !ok {
				return 0, false
			}
		}
	}
	return n, n != 0
}

// entry returns the first entry of the indexed path.
func (ix *keyIndex) entry(path string) (keyEntry, bool) {
	n, ok := ix.find(path)
	if !ok {
		return keyEntry{}, false
	}
	i, ok := ix.first[n]
	if !ok {
		return keyEntry{}, false
	}
	return ix.entries[i], true
}

// scanValue reads the TOML value at byte offset p and returns the offset
// just past it. The keys of inline tables ("certificate = { level = … }")
// are indexed under plain and indexed, as if written in a [table]; the
// inline tables of an array are numbered ("subgroup[1].slug"). It is
// lenient: on text it does not understand it stops, and the decoder
// reports the syntax error. depth is the nesting of the value; deeper
// than maxNesting, it is skipped without indexing.
func (ix *keyIndex) scanValue(p, plain, indexed, depth int) int {
	t := ix.text
	if p >= len(t) {
		return p
	}
	if depth > maxNesting && (t[p] == '{' || t[p] == '[') {
		return skipNested(t, p)
	}
	switch {
	case strings.HasPrefix(t[p:], `"""`) || strings.HasPrefix(t[p:], "'''"):
		return skipString(t, p)
	case t[p] == '"' || t[p] == '\'':
		return skipString(t, p)
	case t[p] == '{':
		p++
		for {
			p = skipSpace(t, p)
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
			kp, ki := ix.walk(plain, parts), ix.walk(indexed, parts)
			ix.add(kp, ki, keyOff, p)
			p = skipSpace(t, ix.scanValue(p, kp, ki, depth+1))
			if p < len(t) && t[p] == ',' {
				p++
			}
		}
	case t[p] == '[':
		p++
		for i := 0; ; i++ {
			p = skipSpace(t, p)
			if p >= len(t) || t[p] == ']' {
				return min(p+1, len(t))
			}
			elem := indexed
			if t[p] == '{' || t[p] == '[' { // only what holds keys gets a node
				elem = ix.child(indexed, "", i)
			}
			end := ix.scanValue(p, plain, elem, depth+1)
			if end == p {
				return p
			}
			p = skipSpace(t, end)
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

// skipString returns the offset just past the string that starts at p
// (one-line strings end at their line's end if unclosed).
func skipString(t string, p int) int {
	if strings.HasPrefix(t[p:], `"""`) || strings.HasPrefix(t[p:], "'''") {
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
	}
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
}

// skipNested returns the offset just past the array or inline table that
// starts at p, counting brackets outside strings and comments.
func skipNested(t string, p int) int {
	open := 0
	for p < len(t) {
		switch t[p] {
		case '[', '{':
			open++
		case ']', '}':
			open--
			if open == 0 {
				return p + 1
			}
		case '"', '\'':
			p = skipString(t, p)
			continue
		case '#':
			p = skipSpace(t, p)
			continue
		}
		p++
	}
	return p
}

// skipSpace skips white space, line breaks and comments from offset p.
func skipSpace(t string, p int) int {
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

func (ix *keyIndex) add(plain, indexed int, off, valOff int) {
	ix.entries = append(ix.entries, keyEntry{plain, indexed, off, valOff})
	i := len(ix.entries) - 1
	if _, ok := ix.first[indexed]; !ok {
		ix.first[indexed] = i
	}
	ix.byPlain[plain] = append(ix.byPlain[plain], i)
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
// (columns count characters, as editors do). The line is found among the
// line starts by halving; the column is counted from the nearest rune mark.
func (ix *keyIndex) lineCol(off int) (int, int) {
	t := ix.text
	off = runeStart(t, off)
	if ix.lines == nil {
		ix.lines = []int{0}
		for i := 0; i < len(t); i++ {
			if t[i] == '\n' {
				ix.lines = append(ix.lines, i+1)
			}
		}
	}
	line := sort.Search(len(ix.lines), func(i int) bool { return ix.lines[i] > off }) - 1
	ls := ix.lines[line]
	if off-ls <= 4*runeStep {
		return line + 1 + ix.line0, utf8.RuneCountInString(t[ls:off]) + 1
	}
	return line + 1 + ix.line0, ix.runesBefore(off) - ix.runesBefore(ls) + 1
}

// runesBefore counts the runes of the text before off.
func (ix *keyIndex) runesBefore(off int) int {
	t := ix.text
	if ix.runes == nil {
		n := 0
		for i := 0; i < len(t); n++ {
			if i >= len(ix.runes)*runeStep {
				ix.runes = append(ix.runes, runeMark{i, n})
			}
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
		}
		if len(ix.runes) == 0 {
			ix.runes = []runeMark{{0, 0}}
		}
	}
	k := sort.Search(len(ix.runes), func(i int) bool { return ix.runes[i].off > off }) - 1
	return ix.runes[k].runes + utf8.RuneCountInString(t[ix.runes[k].off:off])
}

func lineCol(text string, off, line0 int) (int, int) {
	off = runeStart(text, off)
	line := strings.Count(text[:off], "\n") + 1
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	return line + line0, utf8.RuneCountInString(text[ls:off]) + 1
}

// runeStart moves an offset into the text back to the start of the
// character it falls in (the decoder's offsets may fall inside one).
func runeStart(text string, off int) int {
	off = max(0, min(off, len(text)))
	for off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
		off--
	}
	return off
}

// key returns the position of the key at the indexed path ("name",
// "district[3].kind", "certificate.level"); ok is false if it is absent.
func (ix *keyIndex) key(path string) (line, col int, ok bool) {
	e, ok := ix.entry(path)
	if !ok {
		return 0, 0, false
	}
	line, col = ix.lineCol(e.off)
	return line, col, true
}

// value returns the position of the value of the key at path.
func (ix *keyIndex) value(path string) (line, col int, ok bool) {
	e, ok := ix.entry(path)
	if !ok {
		return 0, 0, false
	}
	line, col = ix.lineCol(e.valOff)
	return line, col, true
}

// item returns the position of the quoted string item inside the value of
// the key at path (an element of an array such as tourism = ["a", "b"]),
// or of the value itself if it is not found. The items of a value are
// read once, on the first question about one of them.
func (ix *keyIndex) item(path, text string) (line, col int, ok bool) {
	n, ok := ix.find(path)
	if !ok {
		return 0, 0, false
	}
	i, ok := ix.first[n]
	if !ok {
		return 0, 0, false
	}
	items, ok := ix.items[i]
	if !ok {
		items = ix.quotedItems(i)
	}
	for _, q := range []byte{'"', '\''} {
		if off, ok := items[item{q, text}]; ok {
			line, col = ix.lineCol(off)
			return line, col, true
		}
	}
	line, col = ix.lineCol(ix.entries[i].valOff)
	return line, col, true
}

// quotedItems lists where each one-line string between the value of entry
// i and the next entry starts, the first of equal ones.
func (ix *keyIndex) quotedItems(i int) map[item]int {
	if ix.items == nil {
		ix.items = map[int]map[item]int{}
	}
	items := map[item]int{}
	ix.items[i] = items
	t := ix.text
	end := len(t)
	if i+1 < len(ix.entries) {
		end = max(ix.entries[i+1].off, ix.entries[i].valOff)
	}
	for p := ix.entries[i].valOff; p < end; {
		switch t[p] {
		case '#':
			for p < end && t[p] != '\n' {
				p++
			}
		case '"', '\'':
			q := skipString(t[:end], p)
			if !strings.HasPrefix(t[p:], `"""`) && !strings.HasPrefix(t[p:], "'''") && q-1 > p && t[q-1] == t[p] {
				k := item{t[p], t[p+1 : q-1]}
				if _, dup := items[k]; !dup {
					items[k] = p
				}
			}
			p = max(q, p+1)
		default:
			p++
		}
	}
	return items
}

// nth returns the position of the n-th (from 0) occurrence of the plain
// key whose parts are given (the decoder's toml.Key).
func (ix *keyIndex) nth(parts []string, n int) (line, col int, ok bool) {
	e, ok := ix.nthEntry(parts, n)
	if !ok {
		return 0, 0, false
	}
	line, col = ix.lineCol(e.off)
	return line, col, true
}

func (ix *keyIndex) nthEntry(parts []string, n int) (keyEntry, bool) {
	node := 0
	for _, p := range parts {
		var ok bool
		if node, ok = ix.nodes[nodeKey{node, p, -1}]; !ok {
			return keyEntry{}, false
		}
	}
	if es := ix.byPlain[node]; n < len(es) && node != 0 {
		return ix.entries[es[n]], true
	}
	return keyEntry{}, false
}
