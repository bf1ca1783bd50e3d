package load

import (
	"slices"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
)

// Patched are the new versions of records that Patch made, by the
// record each replaces. They link and sort as the old ones did, so
// catalog.Catalog.Replace can put them in a catalogue's places.
type Patched struct {
	Products map[*catalog.Product]*catalog.Product
	Stories  map[*catalog.Story]*catalog.Story
}

// Patch takes edits of the named product and story files without linking
// the catalogue anew, when it can: when every file was loaded before,
// still exists, decodes without errors, and changes nothing that links
// its record to others or places it in lists. For a product that is its
// name, slug, group, sub-group, stars, district, tourism links, sales
// points and images; for a story, its slug, date, draft flag, image, and
// the products, districts and tourism links it names. Each record is
// replaced by a new version that keeps what linking made of the old one;
// no record is written.
//
// It returns the new versions and the problems of the catalogue as they
// now stand. When any file cannot be patched it changes nothing and
// returns ok=false: the caller then takes the slow way, Update and
// Catalog.
func (s *State) Patch(names []string) (patched Patched, probs *diag.List, ok bool) {
	if s.last == nil || len(names) == 0 {
		return patched, nil, false
	}
	var productNames, storyNames []string
	for _, name := range names {
		switch recordKind(name) {
		case "products":
			productNames = append(productNames, name)
		case "stories":
			storyNames = append(storyNames, name)
		default: // tourism links and sales points are linked anew
			return patched, nil, false
		}
	}
	products, productProbs, ok := patchable(s.l, productNames, s.l.products, pendingProduct.file,
		func(l *loader, name string) (pendingProduct, bool) {
			return l.loadProduct(name, s.groups, s.groupSlugs)
		},
		sameProductLinks)
	if !ok {
		return patched, nil, false
	}
	stories, storyProbs, ok := patchable(s.l, storyNames, s.l.stories, pendingStory.file, (*loader).loadStory, sameStoryLinks)
	if !ok {
		return patched, nil, false
	}
	// Every file can be patched.
	patched.Products = s.patchProducts(productNames, products, productProbs)
	patched.Stories = s.patchStories(storyNames, stories, storyProbs)
	s.last = s.patchedProblems(names)
	return patched, s.last, true
}

// patchProducts puts new versions of products in the state, each keeping
// what linking made of the record it replaces.
func (s *State) patchProducts(names []string, found []found[pendingProduct], probs [][]diag.Problem) map[*catalog.Product]*catalog.Product {
	out := make(map[*catalog.Product]*catalog.Product, len(found))
	for i, r := range found {
		old := &s.l.products[r.at]
		p := r.rec.p
		p.Tourism = old.p.Tourism
		out[old.p] = p
		*old = pendingProduct{p: p, f: r.rec.f, doc: r.rec.doc, shared: true}
		s.fileProbs[names[i]] = probs[i]
	}
	return out
}

// patchStories does the same for stories.
func (s *State) patchStories(names []string, found []found[pendingStory], probs [][]diag.Problem) map[*catalog.Story]*catalog.Story {
	out := make(map[*catalog.Story]*catalog.Story, len(found))
	for i, r := range found {
		old := &s.l.stories[r.at]
		st := r.rec.s
		st.Districts, st.Tourism = old.s.Districts, old.s.Tourism
		out[old.s] = st
		*old = pendingStory{s: st, f: r.rec.f, doc: r.rec.doc, shared: true}
		s.fileProbs[names[i]] = probs[i]
	}
	return out
}

// patchedProblems are the problems of the last catalogue with those of
// the files named as they now stand.
func (s *State) patchedProblems(names []string) *diag.List {
	probs := &diag.List{}
	for _, p := range s.last.Problems() {
		if !slices.Contains(names, p.File) {
			probs.Add(p)
		}
	}
	for _, name := range names {
		for _, p := range s.fileProbs[name] {
			probs.Add(p)
		}
	}
	return probs
}

// found is a new decoding of a record's file, and where the record is.
type found[T any] struct {
	rec T
	at  int
}

// patchable decodes the named files of one kind again, and reports
// whether each was known, decodes without errors, and links as before.
func patchable[T any](l *loader, names []string, list []T, file func(T) string, decode func(*loader, string) (T, bool), same func(old, new T) bool) ([]found[T], [][]diag.Problem, bool) {
	if len(names) == 0 {
		return nil, nil, true
	}
	at := make(map[string]int, len(names))
	for i, r := range list {
		if slices.Contains(names, file(r)) {
			at[file(r)] = i
		}
	}
	if len(at) != len(names) {
		return nil, nil, false // a new, renamed or repeated file
	}
	type decoded struct {
		rec   T
		probs []diag.Problem
	}
	results := decodeAll(names, func(name string) (decoded, bool) {
		c := *l
		c.probs = &diag.List{}
		rec, ok := decode(&c, name)
		return decoded{rec, c.probs.Problems()}, ok
	})
	if len(results) != len(names) {
		return nil, nil, false
	}
	out := make([]found[T], len(names))
	probs := make([][]diag.Problem, len(names))
	for i, r := range results {
		old := list[at[names[i]]]
		if hasErrors(r.probs) || !same(old, r.rec) {
			return nil, nil, false
		}
		out[i], probs[i] = found[T]{r.rec, at[names[i]]}, r.probs
	}
	return out, probs, true
}

// sameProductLinks reports whether a new decoding of a product file links
// and places the product as the old one did.
func sameProductLinks(old, new pendingProduct) bool {
	a, b := old.p, new.p
	return a.Name == b.Name && a.Slug == b.Slug && a.SortKey == b.SortKey &&
		a.Group == b.Group && a.Subgroup == b.Subgroup &&
		a.Stars == b.Stars && a.PotentialFiveStar == b.PotentialFiveStar &&
		a.District == b.District && slices.Equal(a.Images, b.Images) &&
		a.Producer == b.Producer && a.Unit2025 == b.Unit2025 && // their pages (render/people.go)
		slices.Equal(old.f.Tourism, new.f.Tourism) && slices.Equal(old.f.SalesPoints, new.f.SalesPoints)
}

// sameStoryLinks does the same for a story.
func sameStoryLinks(old, new pendingStory) bool {
	a, b := old.s, new.s
	return a.Slug == b.Slug && a.Date.Equal(b.Date) && a.Draft == b.Draft && a.Image == b.Image &&
		slices.Equal(old.f.Products, new.f.Products) && slices.Equal(old.f.Districts, new.f.Districts) &&
		slices.Equal(old.f.Tourism, new.f.Tourism)
}

func hasErrors(probs []diag.Problem) bool {
	return slices.ContainsFunc(probs, func(p diag.Problem) bool { return p.Severity == diag.Error })
}
