package diag

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"testing"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

func init() {
	lang.Add(map[string]string{
		"unknown district %q (%v)": "không có quận, huyện %q (%v)",
		"no theme %q":              "không có giao diện %q",
	})
}

// TestWorded: a problem is worded when printed, in the language asked
// for, its arguments made by ocopgen worded too and the system's errors
// as they are; positions come first, unchanged, in both formats.
func TestWorded(t *testing.T) {
	var l List
	l.Errorf(Pos{File: "content/products/a.toml", Line: 3, Col: 12}, "unknown district %q (%v)", "ba-dnh", lang.Errorf("no theme %q", "x"))
	l.Warnf(Pos{File: "content/media/b.jpg", Line: 0, Col: 0}, "unknown district %q (%v)", "x", &fs.PathError{Op: "open", Path: "b.jpg", Err: fs.ErrPermission})
	for _, c := range []struct {
		t      language.Tag
		format Format
		want   string
	}{
		{lang.Vietnamese, Text, "content/media/b.jpg: cảnh báo: không có quận, huyện \"x\" (open b.jpg: permission denied)\ncontent/products/a.toml:3:12: không có quận, huyện \"ba-dnh\" (không có giao diện \"x\")\n"},
		{lang.English, Text, "content/media/b.jpg: warning: unknown district \"x\" (open b.jpg: permission denied)\ncontent/products/a.toml:3:12: unknown district \"ba-dnh\" (no theme \"x\")\n"},
		{lang.Vietnamese, GitHub, "::warning file=content/media/b.jpg,line=1,col=1::không có quận, huyện \"x\" (open b.jpg: permission denied)\n::error file=content/products/a.toml,line=3,col=12::không có quận, huyện \"ba-dnh\" (không có giao diện \"x\")\n"},
	} {
		var b bytes.Buffer
		PrintIn(&b, l.Problems(), c.format, c.t)
		if b.String() != c.want {
			t.Errorf("%v %s:\n%s\nwant\n%s", c.t, c.format, b.String(), c.want)
		}
	}
	if got, want := l.Problems()[1].Message, `unknown district "ba-dnh" (no theme "x")`; got != want {
		t.Errorf("Message = %s, want %s", got, want)
	}
	var errs *Errors
	if !errors.As(l.Err(), &errs) || len(errs.Problems) != 2 {
		t.Errorf("Err() = %v", l.Err())
	}
}

// TestJSON: a problem read back from a build's recorded result keeps its
// words in each language.
func TestJSON(t *testing.T) {
	var l List
	l.Errorf(Pos{File: "ocopgen.toml", Line: 1, Col: 2}, "no theme %q", "x")
	b, err := json.Marshal(l.Problems())
	if err != nil {
		t.Fatal(err)
	}
	var back []Problem
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back) != 1 || !back[0].Same(l.Problems()[0]) {
		t.Fatalf("read back %+v", back)
	}
	if got, want := back[0].In(lang.Vietnamese), `ocopgen.toml:1:2: không có giao diện "x"`; got != want {
		t.Errorf("vi: %s, want %s", got, want)
	}
	if got, want := back[0].In(lang.English), `ocopgen.toml:1:2: no theme "x"`; got != want {
		t.Errorf("en: %s, want %s", got, want)
	}
	if got, want := back[0].Kind(), "no theme %q"; got != want {
		t.Errorf("kind read back: %q, want %q", got, want)
	}
}

// TestKind: problems of one message with other arguments are of one kind,
// and a literal problem's kind is its text.
func TestKind(t *testing.T) {
	var l List
	l.Warnf(Pos{File: "a.toml"}, "expires on %s", "2027-01-01")
	l.Warnf(Pos{File: "b.toml"}, "expires on %s", "2027-02-01")
	l.Add(Problem{Severity: Warning, Message: "plain"})
	p := l.Problems()
	if p[1].Kind() != p[2].Kind() || p[1].Kind() != "expires on %s" {
		t.Errorf("kinds %q, %q, want both %q", p[1].Kind(), p[2].Kind(), "expires on %s")
	}
	if p[0].Kind() != "plain" {
		t.Errorf("literal's kind %q, want its text", p[0].Kind())
	}
}

// TestLettered: a spreadsheet's column prints as its letters, a text
// file's as its number, and a position without a column as before.
func TestLettered(t *testing.T) {
	for _, c := range []struct {
		pos  Pos
		want string
	}{
		{Pos{File: "annex.xlsx", Line: 14, Col: 7, Lettered: true}, "annex.xlsx:14:G"},
		{Pos{File: "annex.xlsx", Line: 2, Col: 26, Lettered: true}, "annex.xlsx:2:Z"},
		{Pos{File: "annex.xlsx", Line: 2, Col: 27, Lettered: true}, "annex.xlsx:2:AA"},
		{Pos{File: "annex.xlsx", Line: 2, Col: 703, Lettered: true}, "annex.xlsx:2:AAA"},
		{Pos{File: "annex.xlsx", Line: 14, Lettered: true}, "annex.xlsx:14"},
		{Pos{File: "annex.csv", Line: 14, Col: 7}, "annex.csv:14:7"},
	} {
		if got := c.pos.String(); got != c.want {
			t.Errorf("%+v: %s, want %s", c.pos, got, c.want)
		}
	}
	if got := ColumnLetters(0); got != "" {
		t.Errorf("ColumnLetters(0) = %q", got)
	}
}
