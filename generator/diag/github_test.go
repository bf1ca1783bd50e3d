package diag

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/ocopgen/ocopgen/generator/lang"
)

func init() {
	lang.Add(map[string]string{
		"certificate of %q expires on %s": "giấy chứng nhận của %q hết hạn ngày %s",
		"unknown group %q":                "không có nhóm %q",
	})
}

// capList is a catalogue's problems: 13 expiring certificates (one kind,
// warnings), 11 unknown groups (one kind, errors) and one literal problem.
func capList() *List {
	var l List
	for i := 1; i <= 13; i++ {
		l.Warnf(Pos{File: fmt.Sprintf("content/products/p%02d.toml", i), Line: 9, Col: 1}, "certificate of %q expires on %s", fmt.Sprintf("P%02d", i), "2027-01-15")
	}
	for i := 1; i <= 11; i++ {
		l.Errorf(Pos{File: fmt.Sprintf("content/products/q%02d.toml", i), Line: 3, Col: 9}, "unknown group %q", "x")
	}
	l.Add(Problem{Pos: Pos{File: "ocopgen.toml"}, Severity: Warning, Message: "plain"})
	return &l
}

// TestGitHubCapped: at most AnnotationsPerKind annotations of one kind;
// for each kind with more, one notice saying how many more and where
// they are, then those problems as lines of the log, which are not
// workflow commands; every problem is printed once.
func TestGitHubCapped(t *testing.T) {
	problems := capList().Problems()
	var b bytes.Buffer
	PrintIn(&b, problems, GitHub, lang.English)
	out := b.String()
	count := func(re string) int { return len(regexp.MustCompile(re).FindAllString(out, -1)) }
	if n := count(`(?m)^::warning file=content/products/p\d+\.toml,line=9,col=1::certificate of "P\d+" expires on 2027-01-15$`); n != AnnotationsPerKind {
		t.Errorf("%d warning annotations of the expiring kind, want %d:\n%s", n, AnnotationsPerKind, out)
	}
	if n := count(`(?m)^::error file=content/products/q\d+\.toml`); n != AnnotationsPerKind {
		t.Errorf("%d error annotations of the unknown-group kind, want %d:\n%s", n, AnnotationsPerKind, out)
	}
	if n := count(`(?m)^::warning file=ocopgen\.toml,line=1,col=1::plain$`); n != 1 {
		t.Errorf("the literal problem annotated %d times, want once:\n%s", n, out)
	}
	for _, want := range []string{
		"::notice::3 more warning(s) of the same kind as the one on content/products/p01.toml:9:1 are not shown as annotations (GitHub shows only a few per step; ocopgen annotates the first 10 of each kind): this step's log and the run's summary list them all\n" +
			"content/products/p11.toml:9:1: warning: certificate of \"P11\" expires on 2027-01-15\n" +
			"content/products/p12.toml:9:1: warning: certificate of \"P12\" expires on 2027-01-15\n" +
			"content/products/p13.toml:9:1: warning: certificate of \"P13\" expires on 2027-01-15\n",
		"::notice::1 more error(s) of the same kind as the one on content/products/q01.toml:3:9 are not shown as annotations (GitHub shows only a few per step; ocopgen annotates the first 10 of each kind): this step's log and the run's summary list them all\n" +
			"content/products/q11.toml:3:9: unknown group \"x\"\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks\n%s\nin\n%s", want, out)
		}
	}
	if n := count(`(?m)^::notice::`); n != 2 {
		t.Errorf("%d notices, want one per capped kind (2)", n)
	}
	if n, want := strings.Count(out, "\n"), len(problems)+2; n != want {
		t.Errorf("%d lines, want %d: each problem once and two notices", n, want)
	}

	b.Reset()
	PrintIn(&b, problems, GitHub, lang.Vietnamese)
	if !strings.Contains(b.String(), "::notice::còn 3 cảnh báo cùng loại với cảnh báo ở content/products/p01.toml:9:1 không hiện thành chú thích") ||
		!strings.Contains(b.String(), "\ncontent/products/q11.toml:3:9: không có nhóm \"x\"\n") {
		t.Errorf("Vietnamese:\n%s", b.String())
	}

	// Ten of a kind or fewer: annotations only, as before.
	b.Reset()
	PrintIn(&b, problems[:AnnotationsPerKind], GitHub, lang.English)
	if strings.Contains(b.String(), "::notice::") || strings.Count(b.String(), "\n::") != AnnotationsPerKind-1 {
		t.Errorf("ten problems:\n%s", b.String())
	}
}

// TestSummary: the run's summary lists, per capped kind, the problems not
// annotated, folded under a line naming the kind by its first problem,
// and nothing when every problem was annotated.
func TestSummary(t *testing.T) {
	var b bytes.Buffer
	Summary(&b, capList().Problems(), lang.English)
	want := "### ocopgen check: 4 problem(s) not shown as annotations\n\n" +
		"<details><summary>3 more of the same kind as content/products/p01.toml:9:1: warning: certificate of &#34;P01&#34; expires on 2027-01-15</summary>\n\n" +
		"```\n" +
		"content/products/p11.toml:9:1: warning: certificate of \"P11\" expires on 2027-01-15\n" +
		"content/products/p12.toml:9:1: warning: certificate of \"P12\" expires on 2027-01-15\n" +
		"content/products/p13.toml:9:1: warning: certificate of \"P13\" expires on 2027-01-15\n" +
		"```\n\n</details>\n\n" +
		"<details><summary>1 more of the same kind as content/products/q01.toml:3:9: unknown group &#34;x&#34;</summary>\n\n" +
		"```\n" +
		"content/products/q11.toml:3:9: unknown group \"x\"\n" +
		"```\n\n</details>\n\n"
	if b.String() != want {
		t.Errorf("summary:\n%s\nwant\n%s", b.String(), want)
	}

	b.Reset()
	Summary(&b, capList().Problems()[:AnnotationsPerKind], lang.English)
	if b.Len() != 0 {
		t.Errorf("summary of problems all annotated: %q, want nothing", b.String())
	}
}

// TestSummaryLimit: the summary lists SummaryLines problems at most, and
// says how many more the log has; a message with backticks cannot close
// its block.
func TestSummaryLimit(t *testing.T) {
	var l List
	n := AnnotationsPerKind + SummaryLines + 7
	for i := range n {
		l.Warnf(Pos{File: fmt.Sprintf("content/products/p%05d.toml", i), Line: 1}, "certificate of %q expires on %s", "a ```` b", "2027-01-15")
	}
	var b bytes.Buffer
	Summary(&b, l.Problems(), lang.English)
	out := b.String()
	if got := strings.Count(out, ": warning: certificate of"); got != SummaryLines+1 { // the lines, and the first in the heading
		t.Errorf("%d problems in the summary, want %d", got-1, SummaryLines)
	}
	if !strings.HasSuffix(out, "7 more are not listed here: the log of the check step lists every problem\n") {
		t.Errorf("summary ends %q", out[max(0, len(out)-200):])
	}
	if !strings.Contains(out, "\n`````\ncontent/products/") {
		t.Errorf("the block is not fenced with more backticks than its messages hold")
	}
}
