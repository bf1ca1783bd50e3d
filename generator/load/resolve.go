package load

import (
	"fmt"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// resolve connects references between records by slug, and reports
// unknown references and duplicate slugs.
func (l *loader) resolve() {
	products := make(map[string]*catalog.Product, len(l.products))
	for _, pp := range l.products {
		p := pp.p
		if prev, dup := products[p.Slug]; dup {
			alt := vntext.Slug(p.Name + " " + p.Producer)
			pp.doc.probs.Errorf(slugPos(pp.doc),
				"product %q has the slug %q, already used by %q (%s): names that differ only in marks fold to one slug; set slug = %q (or another unique slug) in one of them",
				p.Name, p.Slug, prev.Name, prev.File, alt)
			continue
		}
		products[p.Slug] = p
	}
	tourism := bySlug(l, "tourism link", l.cat.Tourism, func(t *catalog.Tourism) (string, string) { return t.Slug, t.File })
	salesPoints := bySlug(l, "sales point", l.cat.SalesPoints, func(s *catalog.SalesPoint) (string, string) { return s.Slug, s.File })
	bySlug(l, "story", l.cat.Stories, func(s *catalog.Story) (string, string) { return s.Slug, s.File })

	forEach(len(l.products), func(i int) { // each product on its own: serve relinks 10,000 on a save
		pp := l.products[i]
		pp.p.Tourism = refs(pp.doc, "tourism", "tourism link", pp.f.Tourism, tourism, "content/tourism/")
		pp.p.SalesPoints = refs(pp.doc, "sales_points", "sales point", pp.f.SalesPoints, salesPoints, "content/sales-points/")
	})
	for _, ps := range l.salesPoints {
		ps.sp.Products = refs(ps.doc, "products", "product", ps.f.Products, products, "content/products/")
	}
	for _, ps := range l.stories {
		ps.s.Products = refs(ps.doc, "products", "product", ps.f.Products, products, "content/products/")
		ps.s.Tourism = refs(ps.doc, "tourism", "tourism link", ps.f.Tourism, tourism, "content/tourism/")
		ps.s.Districts = nil // resolved anew on every link of a session
		for _, ref := range ps.f.Districts {
			if ref == "" {
				continue
			}
			if d, ok := l.district(ref); ok {
				ps.s.Districts = append(ps.s.Districts, d)
				continue
			}
			ps.doc.errItem("districts", ref, "unknown district %q%s: use a slug or a name from content/districts.toml", ref, suggest(ref, l.districtNames))
		}
	}
}

func slugPos(d *doc) diag.Pos {
	if _, _, ok := d.ix().key("slug"); ok {
		return d.at("slug", true)
	}
	return d.at("name", true)
}

// refs resolves a list of slugs against known records of one kind.
func refs[T any](d *doc, key, kind string, slugs []string, known map[string]T, dir string) []T {
	var out []T
	var names []string
	seen := map[string]bool{}
	for _, s := range slugs {
		if seen[s] {
			d.errItem(key, s, "%s %q is listed twice in %s: remove one", kind, s, key)
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
		d.errItem(key, s, "unknown %s %q%s: %s", kind, s, suggest(s, names), fmt.Sprintf("write the slug of a file in %s", dir))
	}
	return out
}

// bySlug indexes records named by their file, reporting two files that
// give the same slug.
func bySlug[T any](l *loader, kind string, items []T, id func(T) (slug, file string)) map[string]T {
	out := map[string]T{}
	files := map[string]string{}
	for _, it := range items {
		slug, file := id(it)
		if prev, dup := files[slug]; dup {
			l.probs.Errorf(diag.Pos{File: file}, "%s slug %q is already used by %s: rename one of the files", kind, slug, prev)
			continue
		}
		out[slug], files[slug] = it, file
	}
	return out
}
