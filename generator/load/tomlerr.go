package load

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// tomlFailure is what the loader needs to know of an error of toml.Decode.
// The decoder gives syntax errors a type (toml.ParseError, with a
// position), but says some things in text only: that a key was defined
// twice, that a date did not parse (time.Time's own error, kept as text
// in the ParseError), and that a value has the wrong type for its field
// (a plain error). readTOMLError is the one place that reads that text;
// its test takes the messages from the decoder itself, so that it fails
// when the decoder's wording changes.
type tomlFailure struct {
	parse    *toml.ParseError // a syntax error, or a value its type refused
	date     bool             // parse: a date that did not parse
	repeated bool             // parse: a key defined twice

	// A value of the wrong type for its field.
	mismatch bool
	line     int    // of the key, counted within the document from 1
	key      string // the key, dotted as in the document
	detail   string // what is wrong with the value, in the decoder's words
}

// mismatchText is how the decoder writes a value of the wrong type.
var mismatchText = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]+)"\): (.*)$`)

// readTOMLError says what an error of toml.Decode is.
func readTOMLError(err error) tomlFailure {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return tomlFailure{
			parse:    &pe,
			date:     strings.HasPrefix(pe.Message, "parsing time"),
			repeated: strings.HasSuffix(pe.Message, "has already been defined."),
		}
	}
	if m := mismatchText.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return tomlFailure{mismatch: true, line: line, key: m[2], detail: m[3]}
	}
	return tomlFailure{}
}
