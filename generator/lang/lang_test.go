package lang

import "testing"

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
