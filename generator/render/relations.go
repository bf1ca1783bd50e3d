package render

import (
	"sync"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// The records as templates see them: each a record of the catalogue with
// the relations the catalogue keeps of it, under the names of the content
// format (a district's .Products, .SalesPoints and .Tourism, a product's
// .SalesPoints and .Stories, …). They are made when a page renders, from
// the renderer's catalogue, so a page shows the catalogue of its site.

type product struct {
	*catalog.Product
	c  *catalog.Catalog
	at int // place in c.Products
}

type district struct {
	*catalog.District
	c *catalog.Catalog
}

type group struct {
	*catalog.Group
	c *catalog.Catalog
}

type tourism struct {
	*catalog.Tourism
	c *catalog.Catalog
}

type salesPoint struct {
	*catalog.SalesPoint
	c *catalog.Catalog
}

type story struct {
	*catalog.Story
	c  *catalog.Catalog
	at int // place in c.Stories
}

// wrapped is a record as templates see it: record returns the record of
// the catalogue itself.
type wrapped interface{ record() any }

func (p *product) record() any    { return p.Product }
func (d *district) record() any   { return d.District }
func (g *group) record() any      { return g.Group }
func (t *tourism) record() any    { return t.Tourism }
func (s *salesPoint) record() any { return s.SalesPoint }
func (s *story) record() any      { return s.Story }

// catalogue is the whole catalogue (.Cat), its lists made of the records
// above when a template first asks for them.
type catalogue struct {
	*catalog.Catalog
	products    func() []*product
	districts   func() []*district
	groups      func() []*group
	tourism     func() []*tourism
	salesPoints func() []*salesPoint
	stories     func() []*story
}

func (c *catalogue) Products() []*product       { return c.products() }
func (c *catalogue) Districts() []*district     { return c.districts() }
func (c *catalogue) Groups() []*group           { return c.groups() }
func (c *catalogue) Tourism() []*tourism        { return c.tourism() }
func (c *catalogue) SalesPoints() []*salesPoint { return c.salesPoints() }
func (c *catalogue) Stories() []*story          { return c.stories() }

func (p *product) District() *district { return districtOf(p.c, p.Product.District) }
func (p *product) Group() *group       { return groupOf(p.c, p.Product.Group) }
func (p *product) Tourism() []*tourism { return tourismOf(p.c, p.Product.Tourism) }
func (p *product) SalesPoints() []*salesPoint {
	return salesPointsAt(p.c, p.c.ProductSalesPoints(p.at))
}
func (p *product) Stories() []*story { return storiesAt(p.c, p.c.ProductStories(p.at)) }

func (d *district) Products() []*product { return productsAt(d.c, d.c.DistrictProducts(d.District)) }
func (d *district) SalesPoints() []*salesPoint {
	return salesPointsAt(d.c, d.c.DistrictSalesPoints(d.District))
}
func (d *district) Tourism() []*tourism {
	return tourismOf(d.c, catalog.Pick(d.c.Tourism, d.c.DistrictTourism(d.District)))
}

func (g *group) Products() []*product { return productsAt(g.c, g.c.GroupProducts(g.Group)) }

func (t *tourism) District() *district  { return districtOf(t.c, t.Tourism.District) }
func (t *tourism) Products() []*product { return productsAt(t.c, t.c.TourismProducts(t.Tourism)) }

func (s *salesPoint) District() *district { return districtOf(s.c, s.SalesPoint.District) }
func (s *salesPoint) Products() []*product {
	return productsAt(s.c, s.c.SalesPointProducts(s.SalesPoint))
}

func (s *story) Products() []*product { return productsAt(s.c, s.c.StoryProducts(s.at)) }
func (s *story) Districts() []*district {
	out := make([]*district, len(s.Story.Districts))
	for i, d := range s.Story.Districts {
		out[i] = &district{d, s.c}
	}
	return out
}
func (s *story) Tourism() []*tourism { return tourismOf(s.c, s.Story.Tourism) }

// ProductsInTier returns the products of tier t, in order.
func (c *catalogue) ProductsInTier(t catalog.Tier) []*product {
	var out []*product
	for _, p := range c.Products() {
		if p.Tier() == t {
			out = append(out, p)
		}
	}
	return out
}

func productsAt(c *catalog.Catalog, places []int32) []*product {
	views := make([]product, len(places)) // one allocation for the list
	out := make([]*product, len(places))
	for i, at := range places {
		views[i] = product{c.Products[at], c, int(at)}
		out[i] = &views[i]
	}
	return out
}

func storiesAt(c *catalog.Catalog, places []int32) []*story {
	out := make([]*story, len(places))
	for i, at := range places {
		out[i] = &story{c.Stories[at], c, int(at)}
	}
	return out
}

func salesPointsAt(c *catalog.Catalog, places []int32) []*salesPoint {
	out := make([]*salesPoint, len(places))
	for i, at := range places {
		out[i] = &salesPoint{c.SalesPoints[at], c}
	}
	return out
}

func tourismOf(c *catalog.Catalog, ts []*catalog.Tourism) []*tourism {
	out := make([]*tourism, len(ts))
	for i, t := range ts {
		out[i] = &tourism{t, c}
	}
	return out
}

func districtOf(c *catalog.Catalog, d *catalog.District) *district {
	if d == nil {
		return nil
	}
	return &district{d, c}
}

func groupOf(c *catalog.Catalog, g *catalog.Group) *group {
	if g == nil {
		return nil
	}
	return &group{g, c}
}

// span returns the places from to to, for a list that is a run of one
// of the catalogue's lists.
func span(from, to int) []int32 {
	out := make([]int32, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, int32(i))
	}
	return out
}

// catalogueOf makes the .Cat of the catalogue's pages.
func catalogueOf(c *catalog.Catalog) *catalogue {
	return &catalogue{Catalog: c,
		products: sync.OnceValue(func() []*product { return productsAt(c, span(0, len(c.Products))) }),
		districts: sync.OnceValue(func() []*district {
			out := make([]*district, len(c.Districts))
			for i, d := range c.Districts {
				out[i] = &district{d, c}
			}
			return out
		}),
		groups: sync.OnceValue(func() []*group {
			out := make([]*group, len(c.Groups))
			for i, g := range c.Groups {
				out[i] = &group{g, c}
			}
			return out
		}),
		tourism:     sync.OnceValue(func() []*tourism { return tourismOf(c, c.Tourism) }),
		salesPoints: sync.OnceValue(func() []*salesPoint { return salesPointsAt(c, span(0, len(c.SalesPoints))) }),
		stories:     sync.OnceValue(func() []*story { return storiesAt(c, span(0, len(c.Stories))) }),
	}
}

// pageRecords are what a page shows of the catalogue, as Pages lists it:
// records by place where a new version of the catalogue may put another
// record in that place (products, stories), else by the record.
type pageRecords struct {
	product, story int // places plus one; 0 for none
	district       *catalog.District
	group          *catalog.Group
	tourism        *catalog.Tourism
	salesPoint     *catalog.SalesPoint
	items          []int32 // places of this page's products
	stories        []int32 // places of this page's stories
}

// records fills d with the records of its page from r's catalogue.
func (r *Renderer) records(d *data) {
	c, src := r.cat, &d.src
	d.Site, d.Cat = &c.Site, r.catalogue()
	if at := src.product - 1; at >= 0 {
		d.Product = &product{c.Products[at], c, at}
	}
	if at := src.story - 1; at >= 0 {
		d.Story = &story{c.Stories[at], c, at}
	}
	d.District, d.Group = districtOf(c, src.district), groupOf(c, src.group)
	if src.tourism != nil {
		d.Tourism = &tourism{src.tourism, c}
	}
	if src.salesPoint != nil {
		d.SalesPoint = &salesPoint{src.salesPoint, c}
	}
	if src.items != nil {
		d.Items = productsAt(c, src.items)
	}
	if src.stories != nil {
		d.Stories = storiesAt(c, src.stories)
	}
}

// Replaced returns a renderer of cat, a catalogue that catalog.Replace
// made of r's: it shares r's templates, images and rendered fragments
// (a fragment of a record is kept under the record, so a new version of
// it is rendered anew), and renders r's pages (Render).
func (r *Renderer) Replaced(cat *catalog.Catalog) *Renderer {
	n := &Renderer{cat: cat, base: r.base, abs: r.abs, ui: r.ui, tmpls: r.tmpls, images: r.images,
		searchJS: r.searchJS, fragMu: r.fragMu, frags: r.frags, tiers: r.tiers, linked: r.linked}
	n.catalogue = sync.OnceValue(func() *catalogue { return catalogueOf(cat) })
	return n
}

// Render renders a page of r's list, or of the list of the renderer r
// was Replaced from, from r's catalogue: a new version of a catalogue
// shares the page list of the last one.
func (r *Renderer) Render(p Page) ([]byte, error) {
	p.r = r
	return p.Render()
}
