package catalog

import (
	"slices"
	"testing"
	"time"
)

// TestLinkAndReplace: Link sorts copies of the lists and keeps the
// relations itself; Replace puts new versions in the old places and
// shares the rest. No record and no list given is written.
func TestLinkAndReplace(t *testing.T) {
	d := &District{Name: "Gia Lâm", Slug: "gia-lam", SortKey: "g"}
	g := &Group{Slug: "thuc-pham"}
	lang := &Tourism{Slug: "lang", District: d, SortKey: "l"}
	b := &Product{Name: "B", Slug: "b", SortKey: "b", District: d, Group: g, Tourism: []*Tourism{lang}}
	a := &Product{Name: "A", Slug: "a", SortKey: "a", District: d, Group: g}
	cho := &SalesPoint{Slug: "cho", District: d, SortKey: "c"}
	old := &Story{Slug: "cu", Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	draft := &Story{Slug: "nhap", Date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Draft: true}
	recs := Catalog{Districts: []*District{d}, Groups: []*Group{g}, Products: []*Product{b, a},
		Tourism: []*Tourism{lang}, SalesPoints: []*SalesPoint{cho}, Stories: []*Story{old, draft}}
	given := slices.Clone(recs.Products)
	bWas := *b
	c := Link(recs, Stated{
		SalesPointProducts: map[*SalesPoint][]*Product{cho: {b}},
		ProductSalesPoints: map[*Product][]*SalesPoint{a: {cho}, b: {cho}},
		StoryProducts:      map[*Story][]*Product{old: {b}, draft: {a, b}},
	})
	if !slices.Equal(recs.Products, given) || b.Name != bWas.Name || len(b.Tourism) != 1 {
		t.Fatal("Link wrote what it was given")
	}
	for what, got := range map[string][2][]int32{
		"products in order":         {span(c.Products, a, b), {0, 1}},
		"district's products":       {c.DistrictProducts(d), {0, 1}},
		"group's products":          {c.GroupProducts(g), {0, 1}},
		"tourism link's products":   {c.TourismProducts(lang), {1}},
		"district's tourism":        {c.DistrictTourism(d), {0}},
		"sales point's products":    {c.SalesPointProducts(cho), {0, 1}}, // both sides, once each
		"B's sales points":          {c.ProductSalesPoints(1), {0}},
		"B's stories, newest first": {c.ProductStories(1), {0, 1}},
		"the draft's products":      {c.StoryProducts(0), {0, 1}},
	} {
		if !slices.Equal(got[0], got[1]) {
			t.Errorf("%s: %v, want %v", what, got[0], got[1])
		}
	}

	published := c.WithoutDrafts()
	if len(c.Stories) != 2 || len(published.Stories) != 1 || !slices.Equal(published.ProductStories(1), []int32{0}) || len(published.ProductStories(0)) != 0 {
		t.Errorf("without drafts: %d stories (of %d), B's stories %v, A's %v", len(published.Stories), len(c.Stories), published.ProductStories(1), published.ProductStories(0))
	}

	b2 := *b
	b2.Summary = "mới"
	n, ok := published.Replace(map[*Product]*Product{b: &b2}, nil)
	if !ok || n.Products[1] != &b2 || published.Products[1] != b || n.rel != published.rel || n.stories != published.stories {
		t.Errorf("Replace: ok %v, new %p (want %p), old %p (want %p), relations shared %v", ok, n.Products[1], &b2, published.Products[1], b, n.rel == published.rel)
	}
	if _, ok := published.Replace(map[*Product]*Product{&b2: b}, nil); ok {
		t.Error("Replace took a product that is not in the catalogue")
	}
}

// span returns the places of records in list.
func span[T comparable](list []T, recs ...T) []int32 {
	var out []int32
	for _, r := range recs {
		out = append(out, int32(slices.Index(list, r)))
	}
	return out
}
