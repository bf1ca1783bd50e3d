package lang

import (
	"errors"
	"io/fs"
	"testing"
)

func TestSprintf(t *testing.T) {
	Add(map[string]string{"unknown district %q (did you mean %q?)": "không có quận, huyện %q (có phải %q?)"})
	if got, want := Sprintf(Vietnamese, "unknown district %q (did you mean %q?)", "ba-dnh", "ba-dinh"), `không có quận, huyện "ba-dnh" (có phải "ba-dinh"?)`; got != want {
		t.Errorf("vi: %s, want %s", got, want)
	}
	if got, want := Sprintf(English, "unknown district %q (did you mean %q?)", "ba-dnh", "ba-dinh"), `unknown district "ba-dnh" (did you mean "ba-dinh"?)`; got != want {
		t.Errorf("en: %s, want %s", got, want)
	}
	// A key with no Vietnamese text prints in English in both.
	if got, want := Sprintf(Vietnamese, "no such key %d", 3), "no such key 3"; got != want {
		t.Errorf("fallback: %s, want %s", got, want)
	}
}

// TestNumbers: numbers print as digits alone in both languages, as fmt
// prints them (a year, a port, a price is typed so).
func TestNumbers(t *testing.T) {
	Add(map[string]string{"port %d, %.1f MB, year %v": "cổng %d, %.1f MB, năm %v"})
	if got, want := Sprintf(English, "port %d, %.1f MB, year %v", 1313, 1234.5, 2025), "port 1313, 1234.5 MB, year 2025"; got != want {
		t.Errorf("en: %s, want %s", got, want)
	}
	if got, want := Sprintf(Vietnamese, "port %d, %.1f MB, year %v", 1313, 1234.5, 2025), "cổng 1313, 1234.5 MB, năm 2025"; got != want {
		t.Errorf("vi: %s, want %s", got, want)
	}
}

// TestError: an Error is worded in the language of the message that
// prints it, is English as an error, and unwraps to its error argument.
func TestError(t *testing.T) {
	Add(map[string]string{
		"cannot read %s (%v)": "không đọc được %s (%v)",
		"theme %q not found":  "không có giao diện %q",
	})
	cause := fs.ErrNotExist
	err := Errorf("cannot read %s (%v)", "a.toml", cause)
	if got, want := err.Error(), "cannot read a.toml (file does not exist)"; got != want {
		t.Errorf("Error() = %s, want %s", got, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Error("errors.Is does not see the cause")
	}
	inner := Errorf("theme %q not found", "x")
	if got, want := Sprintf(Vietnamese, "cannot read %s (%v)", "ocopgen.toml", inner), `không đọc được ocopgen.toml (không có giao diện "x")`; got != want {
		t.Errorf("vi = %s, want %s", got, want)
	}
	if got, want := In(Vietnamese, inner), `không có giao diện "x"`; got != want {
		t.Errorf("In = %s, want %s", got, want)
	}
	if got, want := In(Vietnamese, cause), "file does not exist"; got != want {
		t.Errorf("In of a library's error = %s, want %s", got, want)
	}
}
