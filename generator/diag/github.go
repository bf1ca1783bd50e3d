package diag

import (
	"fmt"
	"html"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// AnnotationsPerKind is how many problems of one kind (see Problem.Kind)
// the GitHub format writes as annotations. GitHub shows at most 10
// annotations of each severity per step, so at 10,000 products the 800
// certificates expiring within 90 days would otherwise hide every other
// problem behind the first ten of them.
const AnnotationsPerKind = 10

// SummaryLines is how many problems not annotated Summary lists, in all;
// a step's summary may take 1 MiB, and 2,000 lines of a few hundred bytes
// stay well below it. The log of the step has every one.
const SummaryLines = 2000

// capped is a kind of problem of which some were not annotated.
type capped struct {
	first Problem   // the first problem of the kind, annotated
	rest  []Problem // the problems of the kind not annotated
}

// splitByKind returns the problems to annotate (the first
// AnnotationsPerKind of each kind, in their order) and the kinds of which
// some were left, in the order of their first problem. It is linear in
// the number of problems.
func splitByKind(problems []Problem) (annotate []Problem, left []*capped) {
	seen := map[string]int{}
	byKind := map[string]*capped{}
	for _, p := range problems {
		k := p.Kind()
		seen[k]++
		if seen[k] <= AnnotationsPerKind {
			annotate = append(annotate, p)
			if seen[k] == 1 {
				byKind[k] = &capped{first: p}
			}
			continue
		}
		c := byKind[k]
		if len(c.rest) == 0 {
			left = append(left, c)
		}
		c.rest = append(c.rest, p)
	}
	return annotate, left
}

// printGitHub writes problems as GitHub Actions workflow commands: the
// first AnnotationsPerKind problems of each kind as annotations, then,
// for each kind with more, one notice saying how many more there are,
// followed by those problems as plain lines of the log, which GitHub
// does not turn into annotations. Nothing is lost: the log holds every
// problem.
func printGitHub(w io.Writer, problems []Problem, t language.Tag) {
	annotate, left := splitByKind(problems)
	for _, p := range annotate {
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d::%s\n", p.Severity, ghEscapeProp(Escape(p.File)), max(p.Line, 1), max(p.Col, 1), ghEscape(Escape(p.Text(t))))
	}
	for _, c := range left {
		fmt.Fprintf(w, "::notice::%s\n", ghEscape(Escape(c.notice(t))))
		for _, p := range c.rest {
			fmt.Fprintln(w, p.In(t))
		}
	}
}

// notice says how many problems of the kind were not annotated, and
// where to read them.
func (c *capped) notice(t language.Tag) string {
	if c.first.Severity == Warning {
		return lang.Sprintf(t, "%d more warning(s) of the same kind as the one on %s are not shown as annotations (GitHub shows only a few per step; ocopgen annotates the first %d of each kind): this step's log and the run's summary list them all", len(c.rest), c.first.Pos, AnnotationsPerKind)
	}
	return lang.Sprintf(t, "%d more error(s) of the same kind as the one on %s are not shown as annotations (GitHub shows only a few per step; ocopgen annotates the first %d of each kind): this step's log and the run's summary list them all", len(c.rest), c.first.Pos, AnnotationsPerKind)
}

// Summary writes, as markdown for the run's summary of a GitHub Actions
// step ($GITHUB_STEP_SUMMARY), the problems that the GitHub format did
// not annotate: a heading, then for each kind a folded section naming
// the kind by its first problem, holding its other problems one a line as
// the text format prints them, SummaryLines at most in all. It writes
// nothing when every problem was annotated.
func Summary(w io.Writer, problems []Problem, t language.Tag) {
	_, left := splitByKind(problems)
	if len(left) == 0 {
		return
	}
	n := 0
	for _, c := range left {
		n += len(c.rest)
	}
	fmt.Fprintf(w, "### %s\n\n", html.EscapeString(lang.Sprintf(t, "ocopgen check: %d problem(s) not shown as annotations", n)))
	budget := SummaryLines
	for _, c := range left {
		lines := make([]string, 0, min(len(c.rest), budget))
		for _, p := range c.rest[:min(len(c.rest), budget)] {
			lines = append(lines, p.In(t))
		}
		budget -= len(lines)
		head := lang.Sprintf(t, "%d more of the same kind as %s", len(c.rest), c.first.In(t))
		fence := codeFence(lines)
		fmt.Fprintf(w, "<details><summary>%s</summary>\n\n%s\n%s\n%s\n\n</details>\n\n", html.EscapeString(head), fence, strings.Join(lines, "\n"), fence)
		if budget == 0 {
			break
		}
	}
	if n > SummaryLines {
		fmt.Fprintf(w, "%s\n", html.EscapeString(lang.Sprintf(t, "%d more are not listed here: the log of the check step lists every problem", n-SummaryLines)))
	}
}

// codeFence returns a fence of backticks longer than any run of
// backticks in lines, three at least, so that no message can end the
// block it is shown in.
func codeFence(lines []string) string {
	longest, run := 0, 0
	for _, l := range lines {
		for i := 0; i < len(l); i++ {
			if l[i] != '`' {
				run = 0
				continue
			}
			run++
			longest = max(longest, run)
		}
		run = 0
	}
	return strings.Repeat("`", max(3, longest+1))
}

func ghEscape(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghEscapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
