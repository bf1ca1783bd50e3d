package load

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

func immutableCatalogue() fstest.MapFS {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	product := func(name, extra string) *fstest.MapFile {
		return file("name = \"" + name + "\"\ngroup = \"thuc-pham\"\nstars = 4\ndistrict = \"gia-lam\"\nproducer = \"HTX\"\nsummary = \"Cũ.\"\n" + extra +
			"[certificate]\ndecision_date = 2024-03-04\n")
	}
	return fstest.MapFS{
		"ocopgen.toml":                  file("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n"),
		"content/districts.toml":        file("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n"),
		"content/products/a.toml":       product("Bánh", "tourism = [\"lang\"]\nsales_points = [\"cho\"]\n"),
		"content/products/b.toml":       product("Chè", ""),
		"content/sales-points/cho.toml": file("name = \"Chợ\"\ndistrict = \"gia-lam\"\naddress = \"Số 1\"\nproducts = [\"che\"]\n"),
		"content/tourism/lang.md":       file("+++\ntitle = \"Làng\"\ndistrict = \"gia-lam\"\nkind = \"craft-village\"\n+++\nLàng nghề.\n"),
		"content/stories/tin.md":        file("+++\ntitle = \"Tin\"\ndate = 2024-05-01\nproducts = [\"banh\", \"che\"]\ntourism = [\"lang\"]\n+++\nTin mới.\n"),
		"content/stories/nhap.md":       file("+++\ntitle = \"Nháp\"\ndate = 2024-06-01\ndraft = true\nproducts = [\"che\"]\n+++\nNháp.\n"),
	}
}

// snapshot copies every record of a catalogue, and what its lookups give.
func snapshot(c *catalog.Catalog) []any {
	var out []any
	for i, p := range c.Products {
		rec := *p
		rec.Description.Locate = nil // a func, which DeepEqual never finds equal
		out = append(out, rec, c.ProductSalesPoints(i), c.ProductStories(i))
	}
	for i, s := range c.Stories {
		out = append(out, *s, c.StoryProducts(i))
	}
	for _, d := range c.Districts {
		rec := *d
		rec.Description.Locate = nil
		out = append(out, rec, c.DistrictProducts(d), c.DistrictSalesPoints(d), c.DistrictTourism(d))
	}
	for _, t := range c.Tourism {
		out = append(out, *t, c.TourismProducts(t))
	}
	for _, sp := range c.SalesPoints {
		out = append(out, *sp, c.SalesPointProducts(sp))
	}
	return append(out, slices.Clone(c.Products), slices.Clone(c.Stories))
}

func names(ps []*catalog.Product) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return strings.Join(out, ", ")
}

// TestCatalogueNotWritten: neither a patch nor a new link writes a record
// or a relation of a catalogue handed out before.
func TestCatalogueNotWritten(t *testing.T) {
	fsys := immutableCatalogue()
	s := NewState(fsys, Options{Today: testDay})
	first, probs := s.Catalog()
	if n, _ := probs.Count(); n > 0 {
		t.Fatal(probs.Problems())
	}
	before := snapshot(first)
	sp := first.SalesPoints[0]
	if got := names(catalog.Pick(first.Products, first.SalesPointProducts(sp))); got != "Bánh, Chè" {
		t.Fatalf("the sales point's products are %q: both sides of the link, in order", got)
	}

	// The quick way: a new version of the product, in a new catalogue.
	fsys["content/products/a.toml"].Data = []byte(strings.Replace(string(fsys["content/products/a.toml"].Data), "Cũ.", "Mới.", 1))
	patched, _, ok := s.Patch([]string{"content/products/a.toml"})
	if !ok || len(patched.Products) != 1 {
		t.Fatal("a text edit is not patched")
	}
	second, ok := first.Replace(patched.Products, patched.Stories)
	if !ok {
		t.Fatal("the patched product is not in the catalogue")
	}
	if !reflect.DeepEqual(snapshot(first), before) {
		t.Error("a patch wrote the catalogue handed out before it")
	}
	if second.Products[0].Summary != "Mới." || second.Products[0] == first.Products[0] || second.Products[0].Tourism[0] != first.Tourism[0] {
		t.Errorf("the new catalogue's product: %+v", *second.Products[0])
	}
	if got := names(catalog.Pick(second.Products, second.StoryProducts(1))); got != "Bánh, Chè" || second.Products[0].Summary != "Mới." {
		t.Errorf("the story of the new catalogue names %q", got)
	}

	// The slow way: the sales point no longer names Chè; linked anew.
	fsys["content/sales-points/cho.toml"].Data = []byte(strings.Replace(string(fsys["content/sales-points/cho.toml"].Data), `products = ["che"]`, "", 1))
	s.Update([]string{"content/sales-points/cho.toml"})
	third, _ := s.Catalog()
	if !reflect.DeepEqual(snapshot(first), before) {
		t.Error("linking anew wrote the catalogue handed out before")
	}
	if got := names(catalog.Pick(third.Products, third.SalesPointProducts(third.SalesPoints[0]))); got != "Bánh" {
		t.Errorf("after the edit, the sales point's products are %q", got)
	}
	if got := third.Products[0].Summary; got != "Mới." {
		t.Errorf("linked anew, the patched product's summary is %q", got)
	}

	// Drafts are left out in a new catalogue.
	published := third.WithoutDrafts()
	if len(published.Stories) != 1 || len(third.Stories) != 2 || len(third.ProductStories(1)) != 2 || len(published.ProductStories(1)) != 1 {
		t.Errorf("without drafts: %d stories of %d; Chè in %d stories of %d", len(published.Stories), len(third.Stories),
			len(published.ProductStories(1)), len(third.ProductStories(1)))
	}
}
