package load

import (
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// TestReadTOMLError takes the errors from the decoder itself, so that it
// fails when the decoder changes its wording or its types.
func TestReadTOMLError(t *testing.T) {
	type into struct {
		N    int       `toml:"n"`
		Date time.Time `toml:"date"`
		T    struct {
			S string `toml:"s"`
		} `toml:"t"`
	}
	for _, c := range []struct {
		name, text string
		want       tomlFailure // parse is checked for nil only
		parse      bool
	}{
		{name: "syntax", text: "n = \n", parse: true},
		{name: "unterminated string", text: "n = \"x\n", parse: true},
		{name: "date", text: "date = \"2024-03-04\"\n", parse: true, want: tomlFailure{date: true}},
		{name: "repeated key", text: "n = 1\nn = 2\n", parse: true, want: tomlFailure{repeated: true}},
		{name: "wrong type", text: "\n\nn = \"bốn\"\n",
			want: tomlFailure{mismatch: true, line: 3, key: "n", detail: "incompatible types: TOML value has type string; destination has type integer"}},
		{name: "wrong type in a table", text: "[t]\ns = 4\n",
			want: tomlFailure{mismatch: true, line: 2, key: "t.s", detail: "incompatible types: TOML value has type int64; destination has type string"}},
		{name: "table for a value", text: "[n]\nx = 1\n",
			want: tomlFailure{mismatch: true, line: 1, key: "n", detail: "incompatible types: TOML value has type map[string]any; destination has type integer"}},
	} {
		var v into
		_, err := toml.Decode(c.text, &v)
		if err == nil {
			t.Errorf("%s: no error from the decoder", c.name)
			continue
		}
		got := readTOMLError(err)
		if (got.parse != nil) != c.parse {
			t.Errorf("%s: %q: parse error %v, want %v", c.name, err, got.parse != nil, c.parse)
		}
		got.parse = nil
		if got != c.want {
			t.Errorf("%s: %q:\n got %+v\nwant %+v", c.name, err, got, c.want)
		}
	}
}
