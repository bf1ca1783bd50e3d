package lang

import (
	"fmt"

	"golang.org/x/text/language"
)

// Worded is an error that can say itself in a language. Messages word
// their arguments that are Worded in their own language (see Sprintf).
type Worded interface {
	error
	In(t language.Tag) string
}

// Error is an error of ocopgen's own whose text is a message: its key
// and arguments, worded in the language of the message that prints it.
// Error() is the English text.
type Error struct {
	Key  string
	Args []any
}

// Errorf returns the error of the message key with args. An argument
// that is an error is what Unwrap returns (the first of them), so
// errors.Is and errors.As see through it.
func Errorf(key string, args ...any) *Error {
	return &Error{Key: key, Args: args}
}

// Error is the English text: the key formatted as package fmt formats it,
// which is what a printer of English makes of it.
func (e *Error) Error() string { return fmt.Sprintf(e.Key, e.Args...) }

// In is the text of the error in language t.
func (e *Error) In(t language.Tag) string { return Sprintf(t, e.Key, e.Args...) }

// Unwrap returns the first argument that is an error, or nil.
func (e *Error) Unwrap() error {
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// In returns the text of err in language t: its own words if it is
// Worded (or wraps nothing else around one), its Error() otherwise.
func In(t language.Tag, err error) string {
	if w, ok := err.(Worded); ok {
		return w.In(t)
	}
	return err.Error()
}

// words prepares the arguments of a message for the printer of language
// t: a Worded error becomes its text in t, and numbers print as fmt
// prints them, without the grouping of thousands that the printer would
// add (a year, a port or a price is typed as digits alone).
func words(t language.Tag, args []any) []any {
	var out []any
	for i, a := range args {
		var b any
		switch v := a.(type) {
		case Worded:
			b = v.In(t)
		case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr, float32, float64:
			b = plain{v}
		default:
			continue
		}
		if out == nil {
			out = append([]any(nil), args...)
		}
		out[i] = b
	}
	if out == nil {
		return args
	}
	return out
}

// plain prints a number as package fmt does.
type plain struct{ v any }

func (p plain) Format(f fmt.State, verb rune) { fmt.Fprintf(f, fmt.FormatString(f, verb), p.v) }
