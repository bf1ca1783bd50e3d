package catalog

import (
	"cmp"
	"slices"
	"strings"
)

// Stated are the references to products that records state, resolved to
// records: they are not fields of the records, because a product is
// replaced by a new version of itself when its file changes, and the
// catalogue keeps them by place instead (see Link).
type Stated struct {
	ProductSalesPoints map[*Product][]*SalesPoint // sales_points of a product file
	SalesPointProducts map[*SalesPoint][]*Product // products of a sales point file
	StoryProducts      map[*Story][]*Product      // products a story names
}

// relations are the links between records, as places in the lists of a
// catalogue. They are read only: catalogues whose records stand in the
// same places share them.
type relations struct {
	districtAt   map[*District]int
	groupAt      map[*Group]int
	tourismAt    map[*Tourism]int
	salesPointAt map[*SalesPoint]int

	districtProducts    [][]int32 // by district: products, in order
	districtSalesPoints [][]int32 // by district: sales points, in order
	districtTourism     [][]int32 // by district: tourism links, in order
	groupProducts       [][]int32 // by group
	tourismProducts     [][]int32 // by tourism link
	salesPointProducts  [][]int32 // by sales point: from both sides of the link
	productSalesPoints  [][]int32 // by product: from both sides of the link
}

// storyRelations are the links of stories to products, by place.
type storyRelations struct {
	storyProducts  [][]int32 // by story: the products it names
	productStories [][]int32 // by product: the stories that name it, newest first
}

// Link makes a catalogue of the records in recs (its lists in any order;
// they are copied, not changed) and the references stated: every list in
// order (names in Vietnamese order by their sort keys, stories newest
// first) and both sides of every reference (district ↔ products, product ↔
// sales points, tourism ↔ products, product ↔ stories). Sort keys must be
// set. No record is written.
func Link(recs Catalog, stated Stated) *Catalog {
	c := &Catalog{Site: recs.Site, Today: recs.Today}
	sortLists(c, &recs)
	productAt := make(map[*Product]int, len(c.Products))
	for i, p := range c.Products {
		productAt[p] = i
	}
	c.rel = linkRecords(c, productAt, stated)
	c.stories = linkStories(c, productAt, stated.StoryProducts)
	return c
}

// sortLists gives c sorted copies of the lists of recs.
func sortLists(c, recs *Catalog) {
	c.Products = slices.SortedStableFunc(slices.Values(recs.Products), func(a, b *Product) int {
		return cmp.Or(strings.Compare(a.SortKey, b.SortKey), strings.Compare(a.Slug, b.Slug))
	})
	c.Districts = slices.SortedStableFunc(slices.Values(recs.Districts), func(a, b *District) int {
		return strings.Compare(a.SortKey, b.SortKey)
	})
	c.Groups = slices.Clone(recs.Groups)
	c.Tourism = slices.SortedStableFunc(slices.Values(recs.Tourism), func(a, b *Tourism) int {
		return cmp.Or(strings.Compare(a.SortKey, b.SortKey), strings.Compare(a.Slug, b.Slug))
	})
	c.SalesPoints = slices.SortedStableFunc(slices.Values(recs.SalesPoints), func(a, b *SalesPoint) int {
		return cmp.Or(strings.Compare(a.SortKey, b.SortKey), strings.Compare(a.Slug, b.Slug))
	})
	c.Stories = slices.SortedStableFunc(slices.Values(recs.Stories), func(a, b *Story) int {
		return cmp.Or(b.Date.Compare(a.Date), strings.Compare(a.Slug, b.Slug))
	})
}

// placesOf maps each record of a list to its place.
func placesOf[T comparable](list []T) map[T]int {
	at := make(map[T]int, len(list))
	for i, v := range list {
		at[v] = i
	}
	return at
}

func linkRecords(c *Catalog, productAt map[*Product]int, stated Stated) *relations {
	rel := &relations{
		districtAt: placesOf(c.Districts), groupAt: placesOf(c.Groups),
		tourismAt: placesOf(c.Tourism), salesPointAt: placesOf(c.SalesPoints),
		districtProducts:    make([][]int32, len(c.Districts)),
		districtSalesPoints: make([][]int32, len(c.Districts)),
		districtTourism:     make([][]int32, len(c.Districts)),
		groupProducts:       make([][]int32, len(c.Groups)),
		tourismProducts:     make([][]int32, len(c.Tourism)),
	}
	for i, t := range c.Tourism {
		if d, ok := rel.districtAt[t.District]; ok {
			rel.districtTourism[d] = append(rel.districtTourism[d], int32(i))
		}
	}
	for i, sp := range c.SalesPoints {
		if d, ok := rel.districtAt[sp.District]; ok {
			rel.districtSalesPoints[d] = append(rel.districtSalesPoints[d], int32(i))
		}
	}
	for i, p := range c.Products {
		if d, ok := rel.districtAt[p.District]; ok {
			rel.districtProducts[d] = append(rel.districtProducts[d], int32(i))
		}
		if g, ok := rel.groupAt[p.Group]; ok {
			rel.groupProducts[g] = append(rel.groupProducts[g], int32(i))
		}
		for _, t := range p.Tourism {
			if j, ok := rel.tourismAt[t]; ok {
				rel.tourismProducts[j] = append(rel.tourismProducts[j], int32(i))
			}
		}
	}
	rel.salesPointProducts, rel.productSalesPoints = linkSales(c, productAt, rel.salesPointAt, stated)
	return rel
}

// linkSales puts together both sides of the links between products and
// sales points: each sales point's products in the order of the
// products, and each product's sales points in the order of the sales
// points.
func linkSales(c *Catalog, productAt map[*Product]int, salesPointAt map[*SalesPoint]int, stated Stated) (bySalesPoint, byProduct [][]int32) {
	bySalesPoint = make([][]int32, len(c.SalesPoints))
	for i, sp := range c.SalesPoints {
		for _, p := range stated.SalesPointProducts[sp] {
			if j, ok := productAt[p]; ok {
				bySalesPoint[i] = append(bySalesPoint[i], int32(j))
			}
		}
	}
	for i, p := range c.Products {
		for _, sp := range stated.ProductSalesPoints[p] {
			if j, ok := salesPointAt[sp]; ok {
				bySalesPoint[j] = append(bySalesPoint[j], int32(i))
			}
		}
	}
	byProduct = make([][]int32, len(c.Products))
	for i, ps := range bySalesPoint {
		slices.Sort(ps)
		ps = slices.Compact(ps)
		bySalesPoint[i] = ps
		for _, p := range ps {
			byProduct[p] = append(byProduct[p], int32(i))
		}
	}
	return bySalesPoint, byProduct
}

func linkStories(c *Catalog, productAt map[*Product]int, named map[*Story][]*Product) *storyRelations {
	byStory := make([][]int32, len(c.Stories))
	for i, s := range c.Stories {
		for _, p := range named[s] {
			if j, ok := productAt[p]; ok {
				byStory[i] = append(byStory[i], int32(j))
			}
		}
	}
	return storiesOf(len(c.Products), byStory)
}

// storiesOf gives each product the stories that name it, in the order of
// the stories.
func storiesOf(products int, byStory [][]int32) *storyRelations {
	rel := &storyRelations{storyProducts: byStory, productStories: make([][]int32, products)}
	for i, ps := range byStory {
		for _, p := range ps {
			rel.productStories[p] = append(rel.productStories[p], int32(i))
		}
	}
	return rel
}

// WithoutDrafts returns the catalogue without its draft stories: c itself
// when it has none, else a new catalogue sharing every other list.
func (c *Catalog) WithoutDrafts() *Catalog {
	if !slices.ContainsFunc(c.Stories, func(s *Story) bool { return s.Draft }) {
		return c
	}
	n := *c
	n.Stories = make([]*Story, 0, len(c.Stories))
	byStory := make([][]int32, 0, len(c.Stories))
	for i, s := range c.Stories {
		if !s.Draft {
			n.Stories = append(n.Stories, s)
			byStory = append(byStory, c.StoryProducts(i))
		}
	}
	n.stories = storiesOf(len(c.Products), byStory)
	return &n
}

// Replace returns a catalogue like c in which some products and stories
// are new versions of records of c (by the old record), each standing in
// the place of the old one: it shares every list but those two, and all
// the relations, so the new versions must link and sort as the old ones
// did. It returns ok=false when a product to replace is not in c.
// Stories not in c (drafts left out) are passed over.
func (c *Catalog) Replace(products map[*Product]*Product, stories map[*Story]*Story) (*Catalog, bool) {
	n := *c
	if len(products) > 0 {
		n.Products = slices.Clone(c.Products)
		found := 0
		for i, p := range n.Products {
			if np, ok := products[p]; ok {
				n.Products[i] = np
				found++
			}
		}
		if found != len(products) {
			return nil, false
		}
	}
	if len(stories) > 0 {
		n.Stories = slices.Clone(c.Stories)
		for i, s := range n.Stories {
			if ns, ok := stories[s]; ok {
				n.Stories[i] = ns
			}
		}
	}
	return &n, true
}
