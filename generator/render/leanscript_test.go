package render

import "testing"

func TestLeanScript(t *testing.T) {
	in := "// head\n(function () {\n  // a comment line\n  var a = \"//x\"; // kept: not a comment line\n\n\tb(a);\n})();\n"
	want := "(function () {\nvar a = \"//x\"; // kept: not a comment line\nb(a);\n})();\n"
	if got := leanScript(in); got != want {
		t.Errorf("leanScript = %q, want %q", got, want)
	}
}
