package load

import (
	"slices"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
)

// Patch applies edits of the named product files to the records in
// place, when it can: when every file was loaded before, still exists,
// decodes without errors, and changes nothing that links its product to
// other records or places it in lists (name, slug, group, sub-group,
// stars, district, tourism links, sales points, images). The records keep
// their identity, so what was built from them shows the edits, and the
// links, lists and pages stay valid.
//
// It returns the patched products and the problems of the catalogue as
// they now stand. When any file cannot be patched it changes nothing and
// returns ok=false: the caller then takes the slow way, UpdateProducts and
// Catalog.
func (s *State) Patch(names []string) (patched []*catalog.Product, probs *diag.List, ok bool) {
	if s.last == nil || len(names) == 0 {
		return nil, nil, false
	}
	at := make(map[string]int, len(names))
	for i, pp := range s.l.products {
		if slices.Contains(names, pp.p.File) {
			at[pp.p.File] = i
		}
	}
	if len(at) != len(names) {
		return nil, nil, false // a new, renamed or repeated file
	}
	type decoded struct {
		pp    pendingProduct
		probs []diag.Problem
	}
	results := decodeAll(names, func(name string) (decoded, bool) {
		c := *s.l
		c.probs = &diag.List{}
		pp, ok := c.loadProduct(name, s.groups, s.groupSlugs)
		if !ok {
			return decoded{}, false
		}
		return decoded{pp, c.probs.Problems()}, true
	})
	if len(results) != len(names) {
		return nil, nil, false
	}
	for i, r := range results {
		if n, _ := diagCount(r.probs); n > 0 || !sameLinks(s.l.products[at[names[i]]], r.pp) {
			return nil, nil, false
		}
	}
	// Every file can be patched: copy what changed into the records, and
	// keep what linking made of them.
	for i, r := range results {
		old := &s.l.products[at[names[i]]]
		p := old.p
		linked := *p
		*p = *r.pp.p
		p.Tourism, p.SalesPoints, p.Stories = linked.Tourism, linked.SalesPoints, linked.Stories
		p.CopyPlace(&linked)
		r.pp.doc.probs = old.doc.probs
		old.f, old.doc = r.pp.f, r.pp.doc
		s.productProbs[names[i]] = r.probs
		patched = append(patched, p)
	}
	probs = &diag.List{}
	for _, p := range s.last.Problems() {
		if !slices.Contains(names, p.File) {
			probs.Add(p)
		}
	}
	for _, name := range names {
		for _, p := range s.productProbs[name] {
			probs.Add(p)
		}
	}
	s.last = probs
	return patched, probs, true
}

// sameLinks reports whether a new decoding of a product file links and
// places the product as the old one did.
func sameLinks(old, new pendingProduct) bool {
	a, b := old.p, new.p
	return a.Name == b.Name && a.Slug == b.Slug && a.SortKey == b.SortKey &&
		a.Group == b.Group && a.Subgroup == b.Subgroup &&
		a.Stars == b.Stars && a.PotentialFiveStar == b.PotentialFiveStar &&
		a.District == b.District && slices.Equal(a.Images, b.Images) &&
		slices.Equal(old.f.Tourism, new.f.Tourism) && slices.Equal(old.f.SalesPoints, new.f.SalesPoints)
}

func diagCount(probs []diag.Problem) (errors, warnings int) {
	for _, p := range probs {
		if p.Severity == diag.Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}
