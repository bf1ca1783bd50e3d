package catalog

// noRelations are those of a catalogue made without Link: none.
var (
	noRelations      = &relations{}
	noStoryRelations = &storyRelations{}
)

func (c *Catalog) relations() *relations {
	if c.rel == nil {
		return noRelations
	}
	return c.rel
}

func (c *Catalog) storyRelations() *storyRelations {
	if c.stories == nil {
		return noStoryRelations
	}
	return c.stories
}

// The lookups of the relations. Each returns places in one of the
// catalogue's lists (Products, SalesPoints, …), in order, or nil for a
// record that is not in the catalogue. The slices are the catalogue's
// own: read them, do not change them.

// DistrictProducts are the places of the district's products.
func (c *Catalog) DistrictProducts(d *District) []int32 {
	r := c.relations()
	return lookup(r.districtAt, d, r.districtProducts)
}

// DistrictSalesPoints are the places of the district's sales points.
func (c *Catalog) DistrictSalesPoints(d *District) []int32 {
	r := c.relations()
	return lookup(r.districtAt, d, r.districtSalesPoints)
}

// DistrictTourism are the places of the district's tourism links.
func (c *Catalog) DistrictTourism(d *District) []int32 {
	r := c.relations()
	return lookup(r.districtAt, d, r.districtTourism)
}

// GroupProducts are the places of the group's products.
func (c *Catalog) GroupProducts(g *Group) []int32 {
	r := c.relations()
	return lookup(r.groupAt, g, r.groupProducts)
}

// TourismProducts are the places of the products that name the tourism
// link.
func (c *Catalog) TourismProducts(t *Tourism) []int32 {
	r := c.relations()
	return lookup(r.tourismAt, t, r.tourismProducts)
}

// SalesPointProducts are the places of the sales point's products, from
// both sides of the link.
func (c *Catalog) SalesPointProducts(s *SalesPoint) []int32 {
	r := c.relations()
	return lookup(r.salesPointAt, s, r.salesPointProducts)
}

// ProductSalesPoints are the places of the sales points of the product
// at place i in Products, from both sides of the link.
func (c *Catalog) ProductSalesPoints(i int) []int32 { return at(c.relations().productSalesPoints, i) }

// ProductStories are the places of the stories that name the product at
// place i in Products, newest first.
func (c *Catalog) ProductStories(i int) []int32 { return at(c.storyRelations().productStories, i) }

// StoryProducts are the places of the products that the story at place i
// in Stories names.
func (c *Catalog) StoryProducts(i int) []int32 { return at(c.storyRelations().storyProducts, i) }

func lookup[K comparable](places map[K]int, k K, by [][]int32) []int32 {
	if i, ok := places[k]; ok {
		return by[i]
	}
	return nil
}

func at(by [][]int32, i int) []int32 {
	if i < 0 || i >= len(by) {
		return nil
	}
	return by[i]
}

// Pick returns the records of list at the places given.
func Pick[T any](list []T, places []int32) []T {
	out := make([]T, len(places))
	for i, p := range places {
		out[i] = list[p]
	}
	return out
}
