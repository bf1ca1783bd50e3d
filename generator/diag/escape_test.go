package diag

import (
	"bytes"
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"content/products/mật ong.toml": "content/products/mật ong.toml",
		"a\nb\rc\td":                    `a\nb\rc\td`,
		"\x1b[31mred\x1b[0m":            `\x1b[31mred\x1b[0m`,
		"nul\x00 del\x7f":               `nul\x00 del\x7f`,
		"nel\u0085 csi\u009b":           `nel\u0085 csi\u009b`,
		"ls\u2028ps\u2029":              `ls\u2028ps\u2029`,
		"\u202agnp.exe\u202e":           `\u202agnp.exe\u202e`,
		"\u2066x\u2069":                 `\u2066x\u2069`,
		"bad \xff\x9b utf-8":            `bad \xff\x9b utf-8`,
		"real \uFFFD stays":             "real \uFFFD stays",
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPrintOneLine: whatever the file name and message hold, each problem
// prints as one line without a control character, in both formats.
func TestPrintOneLine(t *testing.T) {
	problems := []Problem{
		{Pos: Pos{File: "content/a\n::error file=x::forged\x1b]0;title\a.toml", Line: 2, Col: 3}, Severity: Error, Message: "bad\r\nvalue \u202eexe.txt"},
		{Pos: Pos{File: "content/b\u2028.toml", Line: 1, Col: 1}, Severity: Warning, Message: "note\x1b[2J"},
	}
	for _, f := range []Format{Text, GitHub} {
		var b bytes.Buffer
		Print(&b, problems, f)
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(lines) != len(problems) {
			t.Errorf("%s: %d lines for %d problems:\n%s", f, len(lines), len(problems), b.String())
		}
		for _, r := range b.String() {
			if r != '\n' && (r < 0x20 || r == 0x7f || escaped(r)) {
				t.Errorf("%s: %U printed raw:\n%q", f, r, b.String())
			}
		}
	}
	var b bytes.Buffer
	Print(&b, problems[:1], Text)
	if want := `content/a\n::error file=x::forged\x1b]0;title\x07.toml:2:3: bad\r\nvalue \u202eexe.txt` + "\n"; b.String() != want {
		t.Errorf("text line %q, want %q", b.String(), want)
	}
}
