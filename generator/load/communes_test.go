package load

import (
	"testing"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// TestBuiltinCommunes checks the built-in list against what Nghị quyết
// 1656/NQ-UBTVQH15 makes of Hà Nội: 126 units, 51 phường and 75 xã, each
// name in NFC, no two with one slug (so a name without its marks names
// one unit at most).
func TestBuiltinCommunes(t *testing.T) {
	var f communesFile
	if _, err := toml.Decode(hanoiCommunes, &f); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	slugs := map[string]string{}
	for _, u := range f.Commune {
		kinds[u.Kind]++
		if !norm.NFC.IsNormalString(u.Name) {
			t.Errorf("%q is not NFC", u.Name)
		}
		s := vntext.Slug(u.Name)
		if prev, dup := slugs[s]; dup {
			t.Errorf("%q and %q share the slug %q", prev, u.Name, s)
		}
		slugs[s] = u.Name
	}
	if len(f.Commune) != 126 || kinds["phường"] != 51 || kinds["xã"] != 75 {
		t.Errorf("%d units, %d phường, %d xã; want 126, 51, 75", len(f.Commune), kinds["phường"], kinds["xã"])
	}
	c := builtinCommunes()
	if c == nil || len(c.names) != 126 {
		t.Fatalf("the built-in list does not load whole: %v", c)
	}
}

// TestCommuneFind is the table of names commune_2025 accepts as written,
// and of the names they are matched to.
func TestCommuneFind(t *testing.T) {
	c := builtinCommunes()
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Phúc Thịnh", "Phúc Thịnh", true},
		{"phúc thịnh", "Phúc Thịnh", true},
		{"PHÚC THỊNH", "Phúc Thịnh", true},
		{"  Phúc   Thịnh ", "Phúc Thịnh", true},
		{"Ứng Hoà", "Ứng Hòa", true},
		{"xã Hòa Lạc", "Hòa Lạc", true},
		{"Phường Yên Hoà", "Yên Hòa", true},
		{"Văn Miếu - Quốc Tử Giám", "Văn Miếu - Quốc Tử Giám", true},
		{"Phuc Thinh", "", false},
		{"Phúc Thinh", "", false},
		{"Phúc Thịnh xyz", "", false},
		{"phường", "", false},
	} {
		got, ok := c.find(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("find(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
