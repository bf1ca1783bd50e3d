package load

import "github.com/ocopgen/ocopgen/generator/vntext"

// Every message of this package is one literal fmt format string, written
// where the problem is found: the format is the key of the message's
// Vietnamese text (messages_vi.go), and its arguments are values as
// written (keys, slugs, dates, numbers), never words of a message. A
// message that depends on a choice is one literal format per choice.

// msg is a message not reported yet: its format and arguments.
type msg struct {
	format string
	args   []any
}

// say returns the message of format with args, to be reported by the caller.
func say(format string, args ...any) msg { return msg{format, args} }

// suggestions are the formats of one message that offers none, one, two
// or three close names: the same message with (did you mean %q?), (did you
// mean %q or %q?) and (did you mean %q or %q or %q?) where the names go.
type suggestions [4]string

// maxSuggestions is how many close names a message offers at most.
const maxSuggestions = len(suggestions{}) - 1

// closest returns the names of known closest to s, best first, as many as
// a message offers.
func closest(s string, known []string) []string {
	return vntext.Closest(s, known, maxSuggestions)
}

// offer returns the message of f that offers the names of known closest to
// s: its arguments are before, then those names, then after.
func (f suggestions) offer(s string, known []string, before []any, after ...any) msg {
	c := closest(s, known)
	args := make([]any, 0, len(before)+len(c)+len(after))
	args = append(args, before...)
	for _, name := range c {
		args = append(args, name)
	}
	return msg{f[len(c)], append(args, after...)}
}
