package load

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
