// Package diag collects the problems found in a catalogue: each names a file,
// a line and a column, says what is wrong and how to fix it. A build gathers
// every problem before it fails, so an editor sees them all at once.
package diag

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
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
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Problem is one thing wrong with the catalogue.
type Problem struct {
	Pos
	Severity Severity
	Message  string
}

// String is the problem's line of text output, control characters of the
// file name and the message escaped (see Escape).
func (p Problem) String() string {
	if p.Severity == Warning {
		return Escape(fmt.Sprintf("%s: warning: %s", p.Pos, p.Message))
	}
	return Escape(fmt.Sprintf("%s: %s", p.Pos, p.Message))
}

// List gathers problems; it is safe for concurrent use.
type List struct {
	mu       sync.Mutex
	problems []Problem
}

// Errorf records an error at pos.
func (l *List) Errorf(pos Pos, format string, args ...any) {
	l.add(Problem{pos, Error, fmt.Sprintf(format, args...)})
}

// Warnf records a warning at pos.
func (l *List) Warnf(pos Pos, format string, args ...any) {
	l.add(Problem{pos, Warning, fmt.Sprintf(format, args...)})
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
	return slices.CompactFunc(out, func(a, b Problem) bool { return a == b })
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
	var b strings.Builder
	n := 0
	for _, p := range e.Problems {
		if p.Severity == Error {
			n++
		}
	}
	fmt.Fprintf(&b, "%d error(s) in the catalogue", n)
	return b.String()
}

// Format names an output format for problems.
type Format string

const (
	Text   Format = "text"
	GitHub Format = "github" // GitHub Actions workflow commands
)

// Print writes problems to w, one a line, in the given format.
func Print(w io.Writer, problems []Problem, f Format) {
	for _, p := range problems {
		if f == GitHub {
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d::%s\n", p.Severity, ghEscapeProp(Escape(p.File)), max(p.Line, 1), max(p.Col, 1), ghEscape(Escape(p.Message)))
			continue
		}
		fmt.Fprintln(w, p)
	}
}

func ghEscape(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghEscapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
