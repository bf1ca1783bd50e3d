package load

import (
	"strings"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// A value left unfilled is one the skeletons of `ocopgen new` write for
// the editor to replace: a one-line text that starts with "điền " ("fill
// in"), like producer = "điền tên chủ thể sản xuất". A proper name never
// starts with a lowercase word, so no real value is taken for one. Its
// field is reported at the value and read as absent, whatever its type
// (stars = "điền số sao" is no wrong type), and it is not reported again
// as missing.
const unfilledMark = `"điền `

// unfilledExamples are the values to type in place of a skeleton's
// placeholder, by key.
var unfilledExamples = map[string]string{
	"name":          `"Bánh chưng Tranh Khúc"`,
	"title":         `"Làng gốm Bát Tràng"`,
	"group":         `"thuc-pham"`,
	"stars":         `4`,
	"district":      `"gia-lam"`,
	"producer":      `"HTX Dịch vụ nông nghiệp Tranh Khúc"`,
	"decision_date": `2024-03-04`,
	"address":       `"số 10 phố Hàng Bạc, phường Hoàn Kiếm"`,
	"kind":          `"craft-village"`,
}

// unfilled reports the placeholders of text, the document d decodes, and
// returns the text to decode: the same, with each placeholder's line made
// a comment by a "#" in place of its key's first byte, so that every
// offset stays as it was.
func (d *doc) unfilled(text string) string {
	if !strings.Contains(text, unfilledMark) {
		return text // nearly every file: no index to build
	}
	ix := d.ix()
	var out []byte
	for _, e := range ix.entries {
		end, ok := placeholderEnd(text, e)
		if !ok {
			continue
		}
		parts, _ := parseKey(text[e.off:])
		if len(parts) == 0 {
			continue
		}
		key, value := parts[len(parts)-1], text[e.valOff:end]
		line, col := ix.lineCol(e.valOff)
		pos := diag.Pos{File: d.file, Line: line, Col: col}
		if like, ok := unfilledExamples[key]; ok {
			d.probs.Errorf(pos, "%s is not filled in: replace the skeleton's %s with the real value, like %s = %s", key, value, key, like)
		} else {
			d.probs.Errorf(pos, "%s is not filled in: replace the skeleton's %s with the real value, or remove the line", key, value)
		}
		if out == nil {
			out = []byte(text)
		}
		out[e.off] = '#'
		if d.unfilledAt == nil {
			d.unfilledAt = map[int]bool{}
		}
		d.unfilledAt[e.off] = true
	}
	if out == nil {
		return text
	}
	return string(out)
}

// placeholderEnd returns the end of the placeholder value of entry e: a
// one-line basic string starting with unfilledMark, alone on its line
// with its key, but for a comment. ok is false for any other value.
func placeholderEnd(text string, e keyEntry) (end int, ok bool) {
	if e.valOff == e.off || !strings.HasPrefix(text[e.valOff:], unfilledMark) {
		return 0, false
	}
	lineStart := strings.LastIndexByte(text[:e.off], '\n') + 1
	if strings.TrimLeft(text[lineStart:e.off], " \t") != "" {
		return 0, false // inside an inline table, or after another key
	}
	end = skipString(text, e.valOff)
	if end <= e.valOff+1 || text[end-1] != '"' {
		return 0, false // unclosed: the decoder says so
	}
	rest := text[end:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	rest = strings.TrimSpace(rest)
	return end, rest == "" || rest[0] == '#'
}

// wasUnfilled reports whether key (under d.prefix) held a placeholder.
func (d *doc) wasUnfilled(key string) bool {
	if d.unfilledAt == nil {
		return false
	}
	e, ok := d.ix().entry(d.prefix + key)
	return ok && d.unfilledAt[e.off]
}
