package render

import (
	"cmp"
	"html/template"
	"slices"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// Listings narrowed without JavaScript: the products of a district, a
// group or a tourism link in one tier are static pages at the listing's
// URL and the tier's slug (/quan-huyen/gia-lam/5-sao/), made only for
// the combinations that have products. A tier's page links to the
// narrowed pages of each group (/nhom/thuc-pham/5-sao/): one page per
// combination, reached from both sides. Every listing is in tier order,
// highest first, then in the catalogue's Vietnamese order; a card leaves
// out what its page already says.

// narrowPages adds the narrowed listings of every district, group and
// tourism link.
func (r *Renderer) narrowPages(pages []Page, home crumb) []Page {
	c := r.cat
	districts := crumb{r.t("districts"), "/quan-huyen/", false}
	for _, d := range c.Districts {
		parent := crumb{d.Name, d.URL(), true}
		pages = r.tierLists(pages, c.DistrictProducts(d), func(t catalog.Tier) *data {
			return &data{Title: d.Name, ContentName: d.Name, src: pageRecords{district: d}, Crumbs: []crumb{home, districts, parent}}
		})
	}
	groups := crumb{r.t("groups"), "/nhom/", false}
	for _, g := range c.Groups {
		parent := crumb{r.groupName(g), g.URL(), false}
		pages = r.tierLists(pages, c.GroupProducts(g), func(t catalog.Tier) *data {
			return &data{Title: parent.Name, src: pageRecords{group: g}, Crumbs: []crumb{home, groups, parent}}
		})
	}
	tourism := crumb{r.t("tourism"), "/du-lich/", false}
	for _, tl := range c.Tourism {
		parent := crumb{tl.Title, tl.URL(), true}
		pages = r.tierLists(pages, c.TourismProducts(tl), func(t catalog.Tier) *data {
			return &data{Title: tl.Title, ContentName: tl.Title, src: pageRecords{tourism: tl}, Crumbs: []crumb{home, tourism, parent}}
		})
	}
	return pages
}

// tierLists adds a listing of items for each tier that has some, from
// the top, each made from the page data of its tier. A narrowed listing
// does not repeat the head of the listing it narrows: it links it.
func (r *Renderer) tierLists(pages []Page, items []int32, page func(catalog.Tier) *data) []Page {
	for _, t := range slices.Backward(catalog.Tiers) {
		in := r.inTier(items, t)
		if len(in) == 0 {
			continue
		}
		d := page(t)
		whole := d.Crumbs[len(d.Crumbs)-1]
		url := whole.URL + t.Slug() + "/"
		d.Whole = &whole
		d.Title += " – " + r.tierName(t)
		d.Tier = &t
		pages = append(pages, r.list(url, d, in)...)
	}
	return pages
}

// inTier returns the places among items of the products of tier t.
func (r *Renderer) inTier(items []int32, t catalog.Tier) []int32 {
	var out []int32
	for _, at := range items {
		if r.cat.Products[at].Tier() == t {
			out = append(out, at)
		}
	}
	return out
}

// byTier returns items in listing order: tier, highest first, then the
// catalogue's own order (Vietnamese collation, then slug).
func (r *Renderer) byTier(items []int32) []int32 {
	ps := r.cat.Products
	return slices.SortedStableFunc(slices.Values(items), func(a, b int32) int {
		return cmp.Or(cmp.Compare(ps[b].Tier(), ps[a].Tier()), cmp.Compare(a, b))
	})
}

// narrowLink is a link of a listing to a narrower or a wider one.
type narrowLink struct {
	Name, URL string
	Count     int
	Current   bool
}

// narrowing is what a listing page links to narrow it: its products by
// tier on a district, group or tourism page, by group on a tier page.
// Label names the choice; All is the listing not narrowed.
type narrowing struct {
	Label string
	All   narrowLink
	Links []narrowLink
}

// narrowKey names the rendered narrowing links of a listing: its record
// (or its tier) and the tier it is narrowed to, -1 for none.
type narrowKey struct {
	of   any
	tier catalog.Tier
}

// narrowingHTML renders the links that narrow the listing page d, once
// for the pages of a listing: "" on a listing that has none.
func (r *Renderer) narrowingHTML(d *data) (template.HTML, error) {
	key := narrowKey{tier: -1}
	switch {
	case d.src.district != nil:
		key.of = d.src.district
	case d.src.group != nil:
		key.of = d.src.group
	case d.src.tourism != nil:
		key.of = d.src.tourism
	case d.Tier == nil:
		return "", nil
	}
	if d.Tier != nil {
		key.tier = *d.Tier
	}
	if h, ok := r.cached(key); ok {
		return h, nil
	}
	return r.fragment(key, "narrowing", r.narrowingOf(d))
}

// narrowingOf returns the links that narrow the listing page d, nil on a
// listing that has none.
func (r *Renderer) narrowingOf(d *data) *narrowing {
	c := r.cat
	var base string
	var items []int32
	switch {
	case d.src.district != nil:
		base, items = d.src.district.URL(), c.DistrictProducts(d.src.district)
	case d.src.group != nil:
		base, items = d.src.group.URL(), c.GroupProducts(d.src.group)
	case d.src.tourism != nil:
		base, items = d.src.tourism.URL(), c.TourismProducts(d.src.tourism)
	case d.Tier != nil:
		return r.groupsOfTier(*d.Tier)
	default:
		return nil
	}
	n := &narrowing{Label: r.t("narrowTier"), All: narrowLink{Name: r.t("allTiers"), URL: base, Count: len(items), Current: d.Tier == nil}}
	for _, t := range slices.Backward(catalog.Tiers) {
		if k := len(r.inTier(items, t)); k > 0 {
			n.Links = append(n.Links, narrowLink{r.tierName(t), base + t.Slug() + "/", k, d.Tier != nil && *d.Tier == t})
		}
	}
	return n
}

// groupsOfTier links a tier's page to the narrowed page of each group
// with products of the tier.
func (r *Renderer) groupsOfTier(t catalog.Tier) *narrowing {
	c := r.cat
	n := &narrowing{Label: r.t("narrowGroup"), All: narrowLink{Name: r.t("allGroups"), URL: t.URL(), Count: len(r.tiers[t]), Current: true}}
	for _, g := range c.Groups {
		if k := len(r.inTier(c.GroupProducts(g), t)); k > 0 {
			n.Links = append(n.Links, narrowLink{r.groupName(g), g.URL() + t.Slug() + "/", k, false})
		}
	}
	return n
}

// cardHide says what a card leaves out because its page says it.
type cardHide uint8

const (
	hideDistrict cardHide = 1 << iota
	hideGroup
)

// CardHide is what the cards of the listing page d leave out. A card
// keeps its tier on a tier's page: each form of a card is rendered once
// per product, and the badge is cheaper to repeat than to render again.
func (d *data) CardHide() cardHide {
	var h cardHide
	if d.src.district != nil {
		h |= hideDistrict
	}
	if d.src.group != nil {
		h |= hideGroup
	}
	return h
}

// cardView is what the card template receives: the product, and what
// the card shows of it.
type cardView struct {
	*product
	hide cardHide
}

func (c cardView) Item() *product     { return c.product }
func (c cardView) ShowDistrict() bool { return c.hide&hideDistrict == 0 }
func (c cardView) ShowGroup() bool    { return c.hide&hideGroup == 0 }

// cardKey names the cached card of a product as a page shows it.
type cardKey struct {
	p    *catalog.Product
	hide cardHide
}

// card renders the card of p, leaving out what hide says (nothing when
// not given), once per product and hide.
func (r *Renderer) card(p *product, hide ...cardHide) (template.HTML, error) {
	var h cardHide
	for _, x := range hide {
		h |= x
	}
	return r.fragment(cardKey{p.Product, h}, "card", cardView{p, h})
}

// forgetCards drops the cached cards of p.
func (r *Renderer) forgetCards(p *catalog.Product) {
	r.fragMu.Lock()
	defer r.fragMu.Unlock()
	for h := range hideGroup << 1 {
		delete(r.frags, cardKey{p, h})
	}
}
