package load

import (
	"testing"
	"testing/fstest"
)

// TestCommune2025Name checks that a product keeps the unit its
// commune_2025 names as the list writes it (Unit2025), whichever way the
// file writes it, so that the products of one commune or ward share its
// page; commune_2025 itself stays as written.
func TestCommune2025Name(t *testing.T) {
	fsys := fstest.MapFS{
		"ocopgen.toml":           {Data: []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n")},
		"content/districts.toml": {Data: []byte("[[district]]\nname = \"Đông Anh\"\nkind = \"huyện\"\n")},
	}
	written := map[string]string{"a": "Phúc Thịnh", "b": "xã phúc thịnh", "c": "Phuc Thinh", "d": "Ứng Hoà"}
	want := map[string]string{"a": "Phúc Thịnh", "b": "Phúc Thịnh", "c": "Phúc Thịnh", "d": "Ứng Hòa"}
	for slug, name := range written {
		fsys["content/products/"+slug+".toml"] = &fstest.MapFile{Data: []byte("name = \"Sản phẩm " + slug + "\"\ngroup = \"thuc-pham\"\nstars = 3\ndistrict = \"dong-anh\"\nproducer = \"HTX A\"\ncommune_2025 = \"" + name + "\"\n[certificate]\ndecision_date = 2024-03-04\n")}
	}
	cat, probs := Load(fsys, Options{Today: testDay})
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	for _, p := range cat.Products {
		k := p.Slug[len("san-pham-"):]
		if p.Unit2025 != want[k] {
			t.Errorf("%s: commune_2025 %q names %q, want %q", p.Slug, written[k], p.Unit2025, want[k])
		}
		if p.Commune2025 != written[k] {
			t.Errorf("%s: commune_2025 %q is kept as %q", p.Slug, written[k], p.Commune2025)
		}
	}
}
