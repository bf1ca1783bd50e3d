package render

import (
	"slices"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// Which listings of a district, a group or a tier have a page. A listing
// with products has one; one without would only say "no products", so it
// is made only when a page other than the indexes and the statistics
// links it (a district's sales point, tourism link or story, or a link
// written in the catalogue's markdown: Linked). An index,
// the statistics and the home page's figures name the others without a
// link.

// Linked tells the renderer the site paths that the catalogue's markdown
// links to, before Pages: a listing one of them names has a page even
// without products, so that the link leads somewhere.
func (r *Renderer) Linked(paths map[string]bool) { r.linked = paths }

// MadeWhenLinked reports whether the site path names a district, group or
// tier of the catalogue: a listing that has a page once a link leads to it.
func (r *Renderer) MadeWhenLinked(path string) bool {
	c := r.cat
	return slices.ContainsFunc(c.Districts, func(d *catalog.District) bool { return d.URL() == path }) ||
		slices.ContainsFunc(c.Groups, func(g *catalog.Group) bool { return g.URL() == path }) ||
		slices.ContainsFunc(catalog.Tiers, func(t catalog.Tier) bool { return t.URL() == path })
}

// districtMade reports whether district d has a page.
func (r *Renderer) districtMade(d *catalog.District) bool {
	c := r.cat
	if len(c.DistrictProducts(d)) > 0 || len(c.DistrictSalesPoints(d)) > 0 || len(c.DistrictTourism(d)) > 0 || r.linked[d.URL()] {
		return true
	}
	return slices.ContainsFunc(c.Stories, func(s *catalog.Story) bool { return slices.Contains(s.Districts, d) })
}

// groupMade reports whether group g has a page: its products link it.
func (r *Renderer) groupMade(g *catalog.Group) bool {
	return len(r.cat.GroupProducts(g)) > 0 || r.linked[g.URL()]
}

// tierMade reports whether tier t has a page: its products link it.
func (r *Renderer) tierMade(t catalog.Tier) bool { return len(r.tiers[t]) > 0 || r.linked[t.URL()] }

// linkIf returns url when made, else "" (an entry without a link).
func linkIf(made bool, url string) string {
	if made {
		return url
	}
	return ""
}
