// Package diag collects the problems found in a catalogue: each names a file,
// a line and a column, says what is wrong and how to fix it. A build gathers
// every problem before it fails, so an editor sees them all at once.
package diag

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"sync"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// Severity tells whether a problem stops the build.
type Severity int

const (
	Error   Severity = iota
	Warning          // printed, does not fail the build
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Pos is a place in a catalogue file; File is relative to the catalogue
// root with forward slashes. Line and Col start at 1; 0 means unknown.
// Lettered says Col is a spreadsheet's column, printed as its letters
// ("annex.xlsx:14:G"; 27 is AA) the way the editor's spreadsheet names it.
type Pos struct {
	File      string
	Line, Col int
	Lettered  bool `json:",omitempty"`
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	case p.Lettered:
		return fmt.Sprintf("%s:%d:%s", p.File, p.Line, ColumnLetters(p.Col))
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// ColumnLetters is the name a spreadsheet gives its column n (1-based):
// A to Z, then AA, AB…; "" for n < 1.
func ColumnLetters(n int) string {
	var b []byte
	for ; n > 0; n = (n - 1) / 26 {
		b = append(b, byte('A'+(n-1)%26))
	}
	slices.Reverse(b)
	return string(b)
}

// Problem is one thing wrong with the catalogue. It keeps its message's
// format key and arguments, and is worded when printed, in the language
// asked for (see In and Print); Message is its English text.
type Problem struct {
	Pos
	Severity Severity
	Message  string
	words    *words // nil for a problem made as a literal: Message in every language
}

// words are what a problem says: a message key and its arguments, or,
// for a problem read back from JSON, its text in each language.
type words struct {
	key   string
	args  []any
	texts map[string]string // language → text
}

// newProblem makes a problem of the message format with args. Its
// English text is the key formatted as package fmt does, the English
// Error() of its arguments made by ocopgen included: what lang words in
// English, made at the cost of fmt.
func newProblem(pos Pos, sev Severity, format string, args []any) Problem {
	return Problem{pos, sev, fmt.Sprintf(format, args...), &words{key: format, args: args}}
}

// Text is the problem's message in language t.
func (p Problem) Text(t language.Tag) string {
	switch {
	case p.words == nil || t == lang.English:
		return p.Message
	case p.words.texts != nil:
		if s, ok := p.words.texts[t.String()]; ok {
			return s
		}
		return p.Message
	}
	return lang.Sprintf(t, p.words.key, p.words.args...)
}

// Kind names what sort of problem p is, the same for every record with
// that problem: its message's format key (English, before its arguments
// are filled in), or its English text for a problem made as a literal.
// Reports group and cap problems by kind.
func (p Problem) Kind() string {
	if p.words != nil && p.words.key != "" {
		return p.words.key
	}
	return p.Message
}

// Same reports whether p and q are the same problem: the same place,
// severity and message.
func (p Problem) Same(q Problem) bool {
	return p.Pos == q.Pos && p.Severity == q.Severity && p.Message == q.Message
}

// String is the problem's line of text output in English, control
// characters of the file name and the message escaped (see Escape).
func (p Problem) String() string { return p.In(lang.English) }

// In is the problem's line of text output in language t, its position
// first, control characters of the file name and the message escaped
// (see Escape).
func (p Problem) In(t language.Tag) string {
	if p.Severity == Warning {
		return Escape(lang.Sprintf(t, "%s: warning: %s", p.Pos, p.Text(t)))
	}
	return Escape(fmt.Sprintf("%s: %s", p.Pos, p.Text(t)))
}

// List gathers problems; it is safe for concurrent use.
type List struct {
	mu       sync.Mutex
	problems []Problem
}

// Errorf records an error at pos. format is the message's key: one
// literal format string, whose Vietnamese text its package registers with
// lang.Add.
func (l *List) Errorf(pos Pos, format string, args ...any) {
	l.add(newProblem(pos, Error, format, args))
}

// Warnf records a warning at pos; format is as for Errorf.
func (l *List) Warnf(pos Pos, format string, args ...any) {
	l.add(newProblem(pos, Warning, format, args))
}

// Add records a problem found before, e.g. kept from an earlier load.
func (l *List) Add(p Problem) { l.add(p) }

func (l *List) add(p Problem) {
	l.mu.Lock()
	l.problems = append(l.problems, p)
	l.mu.Unlock()
}

// Problems returns every problem, sorted by file, line and column.
func (l *List) Problems() []Problem {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := slices.Clone(l.problems)
	slices.SortStableFunc(out, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return slices.CompactFunc(out, Problem.Same)
}

// Count returns the number of errors and of warnings.
func (l *List) Count() (errors, warnings int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, p := range l.problems {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// Err returns an *Errors holding every problem if any of them is an error,
// and nil otherwise.
func (l *List) Err() error {
	if n, _ := l.Count(); n == 0 {
		return nil
	}
	return &Errors{Problems: l.Problems()}
}

// Errors is the error of a build that found problems.
type Errors struct {
	Problems []Problem
}

func (e *Errors) Error() string {
	n := 0
	for _, p := range e.Problems {
		if p.Severity == Error {
			n++
		}
	}
	return lang.Sprintf(lang.English, "%d error(s) in the catalogue", n)
}

// Format names an output format for problems.
type Format string

const (
	Text   Format = "text"
	GitHub Format = "github" // GitHub Actions workflow commands
)

// Print writes problems to w, one a line, in the given format, in
// English (for tools and tests; the command prints with PrintIn).
func Print(w io.Writer, problems []Problem, f Format) { PrintIn(w, problems, f, lang.English) }

// PrintIn writes problems to w, one a line, in the given format, each
// worded in language t. The GitHub format annotates the first
// AnnotationsPerKind problems of each kind and lists the others in the
// log after a notice (see printGitHub).
func PrintIn(w io.Writer, problems []Problem, f Format, t language.Tag) {
	if f == GitHub {
		printGitHub(w, problems, t)
		return
	}
	for _, p := range problems {
		fmt.Fprintln(w, p.In(t))
	}
}
