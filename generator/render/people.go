package render

import (
	"cmp"
	"slices"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// The pages of the producers (chủ thể, /chu-the/<slug>/) and of the
// communes and wards of 2025 (/xa-phuong/<slug>/), with an index of each.
// Neither is a record of its own: a producer is the products that name
// it, under the slug of vntext.OrgSlug, which load also checks producers
// by, so that a producer written two ways is one page (and a warning); a
// commune or ward is the products whose commune_2025 names it (Unit2025:
// its name as the list of communes writes it). Only those with products have a page.

// Namespaces of the new pages (docs/content-format.md §15).
const (
	producersURL = "/chu-the/"
	communesURL  = "/xa-phuong/"
)

// producerPage is what a producer's page shows of it (.ProducerPage), as
// its products' records give it: the first of them, in the catalogue's
// order, that gives each.
type producerPage struct {
	Name    string
	Kind    string // in the site's language; "" when no product gives it
	Contact catalog.Contact
}

// communePage is what a commune's or ward's page shows of it (.Commune).
type communePage struct {
	Name      string
	Districts []*district // the districts of its products' certificates
}

// ProducerURL is the site path of the product's producer page, "" when
// the producer has no slug.
func (p *product) ProducerURL() string { return peopleURL(producersURL, vntext.OrgSlug(p.Producer)) }

// Commune2025URL is the site path of the page of the product's commune or
// ward of 2025, "" when it names none of the list.
func (p *product) Commune2025URL() string { return peopleURL(communesURL, vntext.Slug(p.Unit2025)) }

func peopleURL(base, slug string) string {
	if slug == "" {
		return ""
	}
	return base + slug + "/"
}

// Communes2025 are the communes and wards of 2025 of the district's
// products, each linking its page with the count of the district's
// products there, in Vietnamese order; each under the name its page has.
func (d *district) Communes2025() []narrowLink {
	c := d.c
	counts := map[string]int{}
	for _, at := range c.DistrictProducts(d.District) {
		if slug := vntext.Slug(c.Products[at].Unit2025); slug != "" {
			counts[slug]++
		}
	}
	if len(counts) == 0 {
		return nil
	}
	names := map[string]string{} // the name of each page: its first product's
	for _, p := range c.Products {
		slug := vntext.Slug(p.Unit2025)
		if _, ok := names[slug]; !ok && counts[slug] > 0 {
			names[slug] = p.Unit2025
		}
	}
	coll := vntext.NewCollator()
	keys := map[string]string{} // collation keys, by name
	out := make([]narrowLink, 0, len(counts))
	for slug, n := range counts {
		keys[names[slug]] = coll.Key(names[slug])
		out = append(out, narrowLink{Name: names[slug], URL: communesURL + slug + "/", Count: n})
	}
	slices.SortFunc(out, func(a, b narrowLink) int {
		return cmp.Or(strings.Compare(keys[a.Name], keys[b.Name]), strings.Compare(a.URL, b.URL))
	})
	return out
}

// bucket is the products of one producer or commune: its slug, the name
// of its first product, and their places, in the catalogue's order.
type bucket struct {
	slug, name string
	items      []int32
}

// buckets groups the products by the slug key gives them (none for ""),
// ordered by name in Vietnamese collation, then slug.
func buckets(c *catalog.Catalog, name func(*catalog.Product) string, key func(string) string) []*bucket {
	by := map[string]*bucket{}
	var out []*bucket
	for i, p := range c.Products {
		n := name(p)
		slug := key(n)
		if slug == "" {
			continue
		}
		b := by[slug]
		if b == nil {
			b = &bucket{slug: slug, name: n}
			by[slug] = b
			out = append(out, b)
		}
		b.items = append(b.items, int32(i))
	}
	coll := vntext.NewCollator()
	keys := make(map[*bucket]string, len(out))
	for _, b := range out {
		keys[b] = coll.Key(b.name)
	}
	slices.SortFunc(out, func(a, b *bucket) int {
		if c := strings.Compare(keys[a], keys[b]); c != 0 {
			return c
		}
		return strings.Compare(a.slug, b.slug)
	})
	return out
}

// peoplePages adds the producers' pages and the communes' pages.
func (r *Renderer) peoplePages(pages []Page, home crumb) []Page {
	pages = r.producerPages(pages, home)
	return r.communePages(pages, home)
}

// producerPages adds the index of producers and each producer's listing.
func (r *Renderer) producerPages(pages []Page, home crumb) []Page {
	c := r.cat
	index := crumb{r.t("producers"), producersURL, false}
	bs := buckets(c, func(p *catalog.Product) string { return p.Producer }, vntext.OrgSlug)
	idx := make([]indexEntry, 0, len(bs))
	for _, b := range bs {
		note := ""
		if k := c.Products[b.items[0]].ProducerKind; k != "" {
			note = r.t("pk." + k)
		}
		idx = append(idx, indexEntry{Name: b.name, URL: producersURL + b.slug + "/", Note: note, Count: len(b.items), Vietnamese: true})
	}
	pages = append(pages, r.html("index", producersURL, &data{Title: r.t("producers"), Crumbs: []crumb{home}, Index: idx}))
	for _, b := range bs {
		all := b.items
		fill := func(r *Renderer, d *data) { d.ProducerPage = r.producerPage(all) }
		d := &data{Title: b.name, ContentName: b.name, Description: r.t("producerOf") + " " + b.name, Crumbs: []crumb{home, index}, fill: fill}
		pages = append(pages, kind("producer", r.list(producersURL+b.slug+"/", d, b.items))...)
	}
	return pages
}

// producerPage is what a producer's page shows, from the records of its
// products (places in the renderer's catalogue) as they are when it
// renders.
func (r *Renderer) producerPage(places []int32) *producerPage {
	ps := catalog.Pick(r.cat.Products, places)
	pp := &producerPage{Name: ps[0].Producer}
	for _, p := range ps {
		if pp.Kind == "" && p.ProducerKind != "" {
			pp.Kind = r.t("pk." + p.ProducerKind)
		}
		if pp.Contact == (catalog.Contact{}) {
			pp.Contact = p.Contact
		}
	}
	return pp
}

// communePages adds the index of the communes and wards of 2025 that have
// products, and each one's listing.
func (r *Renderer) communePages(pages []Page, home crumb) []Page {
	c := r.cat
	index := crumb{r.t("communes2025"), communesURL, false}
	bs := buckets(c, func(p *catalog.Product) string { return p.Unit2025 }, vntext.Slug)
	idx := make([]indexEntry, 0, len(bs))
	for _, b := range bs {
		var names []string
		for _, d := range r.communeDistricts(b.items) {
			names = append(names, d.Name)
		}
		idx = append(idx, indexEntry{Name: b.name, URL: communesURL + b.slug + "/", Note: strings.Join(names, ", "), Count: len(b.items), Vietnamese: true, NoteVietnamese: true})
	}
	pages = append(pages, r.html("index", communesURL, &data{Title: r.t("communes2025"), Crumbs: []crumb{home}, Index: idx}))
	for _, b := range bs {
		all, name := b.items, b.name
		fill := func(r *Renderer, d *data) {
			d.Commune = &communePage{Name: name, Districts: r.communeDistricts(all)}
		}
		d := &data{Title: b.name, ContentName: b.name, Description: r.t("productsOfCommune") + " " + b.name, Crumbs: []crumb{home, index}, fill: fill}
		pages = append(pages, kind("commune", r.list(communesURL+b.slug+"/", d, b.items))...)
	}
	return pages
}

// communeDistricts returns the districts of the products at places, each
// once, in the catalogue's order of districts.
func (r *Renderer) communeDistricts(places []int32) []*district {
	c := r.cat
	seen := map[*catalog.District]bool{}
	for _, at := range places {
		if d := c.Products[at].District; d != nil {
			seen[d] = true
		}
	}
	var out []*district
	for _, d := range c.Districts {
		if seen[d] {
			out = append(out, &district{d, c})
		}
	}
	return out
}

// kind sets the kind of a listing's pages.
func kind(k string, pages []Page) []Page {
	for i := range pages {
		pages[i].Kind = k
	}
	return pages
}
