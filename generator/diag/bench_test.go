package diag

import "testing"

// BenchmarkErrorf records and sorts problems as a catalogue with many
// mistakes makes them.
func BenchmarkErrorf(b *testing.B) {
	for b.Loop() {
		var l List
		for i := range 1000 {
			l.Errorf(Pos{File: "content/products/a.toml", Line: i, Col: 3}, "stars = %d is out of range: write 3, 4 or 5 (%q)", i, "x")
		}
		l.Problems()
	}
}
