package load

import (
	"slices"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// resolve connects references between records by slug, and reports
// unknown references and duplicate slugs. recs holds the records of
// every kind. What a product or a story names of tourism links and
// districts goes into the record (a copy of it, once a catalogue holds
// it: see settle); what records name of products, and products of sales
// points, is returned, for catalog.Link to keep by place.
func (l *loader) resolve(recs *catalog.Catalog) catalog.Stated {
	tourism := bySlug(l, "tourism link slug %q is already used by %s: rename one of the files", recs.Tourism, func(t *catalog.Tourism) (string, string) { return t.Slug, t.File })
	salesPoints := bySlug(l, "sales point slug %q is already used by %s: rename one of the files", recs.SalesPoints, func(s *catalog.SalesPoint) (string, string) { return s.Slug, s.File })
	bySlug(l, "story slug %q is already used by %s: rename one of the files", recs.Stories, func(s *catalog.Story) (string, string) { return s.Slug, s.File })

	stated := catalog.Stated{
		ProductSalesPoints: make(map[*catalog.Product][]*catalog.SalesPoint, len(l.products)),
		SalesPointProducts: make(map[*catalog.SalesPoint][]*catalog.Product, len(l.salesPoints)),
		StoryProducts:      make(map[*catalog.Story][]*catalog.Product, len(l.stories)),
	}
	sold := make([][]*catalog.SalesPoint, len(l.products))
	forEach(len(l.products), func(i int) { // each product on its own: serve relinks 10,000 on a save
		pp := &l.products[i]
		ts := refs(pp.doc, "tourism", tourismRefs, pp.f.Tourism, tourism)
		if !slices.Equal(ts, pp.p.Tourism) {
			pp.p = settle(pp.p, pp.shared, func(p *catalog.Product) { p.Tourism = ts })
		}
		sold[i] = refs(pp.doc, "sales_points", salesPointRefs, pp.f.SalesPoints, salesPoints)
	})
	products := l.productsBySlug() // the records as settled
	for i, sps := range sold {
		if len(sps) > 0 {
			stated.ProductSalesPoints[l.products[i].p] = sps
		}
	}
	for _, ps := range l.salesPoints {
		stated.SalesPointProducts[ps.sp] = refs(ps.doc, "products", productRefs, ps.f.Products, products)
	}
	for i := range l.stories {
		ps := &l.stories[i]
		named := refs(ps.doc, "products", productRefs, ps.f.Products, products)
		ts := refs(ps.doc, "tourism", tourismRefs, ps.f.Tourism, tourism)
		ds := l.storyDistricts(ps)
		if !slices.Equal(ts, ps.s.Tourism) || !slices.Equal(ds, ps.s.Districts) {
			ps.s = settle(ps.s, ps.shared, func(s *catalog.Story) { s.Tourism, s.Districts = ts, ds })
		}
		stated.StoryProducts[ps.s] = named
	}
	return stated
}

// settle changes a record with set: in place while no catalogue holds it
// yet, else in a copy, so that the catalogues that hold it never see it
// change.
func settle[T any](rec *T, shared bool, set func(*T)) *T {
	if shared {
		c := *rec
		rec = &c
	}
	set(rec)
	return rec
}

// productsBySlug indexes the products by slug, reporting two that share
// one.
func (l *loader) productsBySlug() map[string]*catalog.Product {
	products := make(map[string]*catalog.Product, len(l.products))
	failed := map[string]bool{} // slugs of products known by identity alone
	for _, pp := range l.products {
		p := pp.p
		if prev, dup := products[p.Slug]; dup {
			if !pp.failed && !failed[p.Slug] {
				sameSlug(pp.doc, p, prev)
			} else if failed[p.Slug] && !pp.failed { // the record read whole is the one named
				products[p.Slug], failed[p.Slug] = p, false
			}
			continue
		}
		products[p.Slug], failed[p.Slug] = p, pp.failed
	}
	return products
}

// storyDistricts resolves the districts a story names.
func (l *loader) storyDistricts(ps *pendingStory) []*catalog.District {
	var out []*catalog.District
	for _, ref := range ps.f.Districts {
		if ref == "" {
			continue
		}
		if d, ok := l.district(ref); ok {
			out = append(out, d)
			continue
		}
		l.unknownDistrict(func(format string, args ...any) { ps.doc.errItem("districts", ref, format, args...) }, ref)
	}
	return out
}

func slugPos(d *doc) diag.Pos {
	if _, _, ok := d.ix().key("slug"); ok {
		return d.at("slug", true)
	}
	return d.at("name", true)
}

// refs resolves a list of slugs against known records of one kind.
func refs[T any](d *doc, key string, kind refKind, slugs []string, known map[string]T) []T {
	var out []T
	var names []string
	seen := map[string]bool{}
	for _, s := range slugs {
		if seen[s] {
			d.errItem(key, s, kind.twice, s, key)
			continue
		}
		seen[s] = true
		if v, ok := known[s]; ok {
			out = append(out, v)
			continue
		}
		if v, ok := known[vntext.Slug(s)]; ok { // a name instead of a slug
			out = append(out, v)
			continue
		}
		if names == nil { // once per list, not once per unknown slug
			names = make([]string, 0, len(known))
			for k := range known {
				names = append(names, k)
			}
			names = sortedStrings(names)
		}
		if near, ok := nearest(s, names); ok {
			d.errItem(key, s, kind.near, s, near)
			continue
		}
		d.errItem(key, s, kind.unknown, s)
	}
	return out
}

// bySlug indexes records named by their file, reporting two files that
// give the same slug with format (the slug, then the other file).
func bySlug[T any](l *loader, format string, items []T, id func(T) (slug, file string)) map[string]T {
	out := map[string]T{}
	files := map[string]string{}
	for _, it := range items {
		slug, file := id(it)
		if prev, dup := files[slug]; dup {
			l.probs.Errorf(diag.Pos{File: file}, format, slug, prev)
			continue
		}
		out[slug], files[slug] = it, file
	}
	return out
}
