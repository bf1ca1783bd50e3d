package search

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reader answers queries from the files of an index, as the browser does
// (themes/default/static/assets/search.js implements the same steps). It
// exists to test the format and the ranking in Go.
type Reader struct {
	meta struct {
		Docs     int              `json:"docs"`
		Products int              `json:"products"`
		Kinds    []kindStart      `json:"kinds"`
		Chunk    int              `json:"chunk"`
		Shards   string           `json:"shards"`
		Facets   map[string]facet `json:"facets"`
	}
	shards     map[string]map[string]map[string]string // by file name (ShardFile)
	docs       [][]any
	byDistrict map[int][][]any
	summaries  []string // by document, from the e/ files
}

// Open decodes the files of an index.
func Open(files []File) (*Reader, error) {
	r := &Reader{shards: map[string]map[string]map[string]string{}, byDistrict: map[int][][]any{}}
	for _, f := range files {
		name := strings.TrimPrefix(f.Path, Dir)
		var err error
		switch {
		case name == "meta.json":
			err = json.Unmarshal(f.Data, &r.meta)
		case strings.HasPrefix(name, "s/"):
			var s map[string]map[string]string
			err = json.Unmarshal(f.Data, &s)
			r.shards[strings.TrimSuffix(name[2:], ".json")] = s
		case strings.HasPrefix(name, "q/"):
			var d [][]any
			err = json.Unmarshal(f.Data, &d)
			i, _ := strconv.Atoi(strings.TrimSuffix(name[2:], ".json"))
			r.byDistrict[i] = d
		case strings.HasPrefix(name, "e/"):
			var e []string
			err = json.Unmarshal(f.Data, &e)
			n, _ := strconv.Atoi(strings.TrimSuffix(name[2:], ".json"))
			if end := (n + 1) * chunkSize; len(r.summaries) < end {
				r.summaries = append(r.summaries, make([]string, end-len(r.summaries))...)
			}
			copy(r.summaries[n*chunkSize:], e)
		case strings.HasPrefix(name, "d/"):
			var d [][]any
			err = json.Unmarshal(f.Data, &d)
			r.docs = append(r.docs, d...) // files come in order
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Path, err)
		}
	}
	return r, nil
}

// Weights of the field classes, and bonuses for a whole word and for
// matching the marks the query was typed with.
const (
	bonusWord  = 0.5
	bonusMark  = 2
	bonusPlace = 4 // the query names the product's district, word for word
)

var fieldWeight = [...]float64{3, 2, 1}

// Result is a document that matches a query.
type Result struct {
	Doc   int
	Score float64
}

// Filters select facet values by slug; empty means any.
type Filters struct {
	District, Tier, Group, Tourism string
}

// Search returns the documents matching query and filters, best first,
// and the facet counts: for each facet, each value's number of matching
// documents under the query and the other facets' filters.
func (r *Reader) Search(query string, f Filters) ([]Result, map[string][]int) {
	scores := r.match(query)
	r.favourPlaces(query, scores)
	fs := r.facetsOf(f)
	counts := map[string][]int{}
	for name, fc := range r.meta.Facets {
		counts[name] = make([]int, len(fc.Values))
	}
	var results []Result
	for doc, score := range scores {
		if fs.passes(doc, "") {
			results = append(results, Result{doc, score})
		}
		if doc < r.meta.Products {
			fs.count(doc, counts)
		}
	}
	slices.SortFunc(results, func(a, b Result) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return a.Doc - b.Doc
	})
	return results, counts
}

// favourPlaces raises the score of the products of a district the query
// names.
func (r *Reader) favourPlaces(query string, scores map[int]float64) {
	places := r.places(query)
	if len(places) == 0 {
		return
	}
	dist := r.meta.Facets["district"]
	for doc := range scores {
		if doc < r.meta.Products && places[decodeCode(dist.Col[doc*dist.Width:(doc+1)*dist.Width])] {
			scores[doc] += bonusPlace
		}
	}
}

// facetSet is the facets of the index read for one search: which value of
// each a product has, and the value each filter asks for.
type facetSet struct {
	r       *Reader
	members map[string]func(doc int) int // a facet of one value per product: its value
	sets    map[string][]map[int]bool    // a facet of many: the products of each value
	want    map[string]int               // facet → the value filtered on; -2 matches nothing
}

func (r *Reader) facetsOf(f Filters) *facetSet {
	fs := &facetSet{r: r, members: map[string]func(int) int{}, sets: map[string][]map[int]bool{}, want: map[string]int{}}
	for name, fc := range r.meta.Facets {
		if fc.Col != "" {
			fc := fc
			fs.members[name] = func(doc int) int { return decodeCode(fc.Col[doc*fc.Width : (doc+1)*fc.Width]) }
			continue
		}
		for _, enc := range fc.Docs {
			set := map[int]bool{}
			for _, p := range decodePostings(enc) {
				set[int(p.doc)] = true
			}
			fs.sets[name] = append(fs.sets[name], set)
		}
	}
	for name, slug := range map[string]string{"district": f.District, "tier": f.Tier, "group": f.Group, "tourism": f.Tourism} {
		if slug == "" {
			continue
		}
		fs.want[name] = -2 // an unknown value matches nothing
		for i, v := range r.meta.Facets[name].Values {
			if v[0] == slug {
				fs.want[name] = i
			}
		}
	}
	return fs
}

// in reports whether document doc has value of the facet name.
func (fs *facetSet) in(name string, doc, value int) bool {
	if m, ok := fs.members[name]; ok {
		return m(doc) == value
	}
	return fs.sets[name][value][doc]
}

// passes reports whether doc passes every filter but that of the facet
// except.
func (fs *facetSet) passes(doc int, except string) bool {
	for name, v := range fs.want {
		if name != except && (doc >= fs.r.meta.Products || !fs.in(name, doc, v)) {
			return false
		}
	}
	return true
}

// count adds product doc to the counts of its values, in each facet whose
// other facets' filters it passes.
func (fs *facetSet) count(doc int, counts map[string][]int) {
	for name, fc := range fs.r.meta.Facets {
		if !fs.passes(doc, name) {
			continue
		}
		for v := range fc.Values {
			if fs.in(name, doc, v) {
				counts[name][v]++
			}
		}
	}
}

// match scores every document that holds all words of the query (the
// last one as a prefix while it is being typed); with no words, every
// product matches with score 0.
func (r *Reader) match(query string) map[int]float64 {
	words := Tokenize(query)
	if len(words) == 0 {
		all := map[int]float64{}
		for d := range r.meta.Products {
			all[d] = 0
		}
		return all
	}
	typing := typing(query)
	var total map[int]float64
	for i, w := range words {
		prefix := typing && i == len(words)-1 && longEnough(w.Fold)
		best := map[int]float64{}
		for fold, marks := range r.shards[ShardFile(ShardKey(w.Fold))] {
			whole := fold == w.Fold
			if !whole && !(prefix && strings.HasPrefix(fold, w.Fold)) {
				continue
			}
			for mark, enc := range marks {
				if mark == "" {
					mark = fold
				}
				for _, p := range decodePostings(enc) {
					s := fieldWeight[p.field]
					if whole {
						s += bonusWord
					}
					if w.Mark != w.Fold && mark == w.Mark {
						s += bonusMark
					}
					best[int(p.doc)] = max(best[int(p.doc)], s)
				}
			}
		}
		if total == nil {
			total = best
			continue
		}
		for d := range total {
			if s, ok := best[d]; ok {
				total[d] += s
			} else {
				delete(total, d)
			}
		}
	}
	return total
}

// places returns the districts whose whole name the query contains, word
// for word: "dong anh" names Đông Anh, so its products rank above products
// that merely hold the words "đông" and "anh" somewhere.
func (r *Reader) places(query string) map[int]bool {
	var q []string
	for _, t := range Tokenize(query) {
		q = append(q, t.Fold)
	}
	found := map[int]bool{}
	for i, v := range r.meta.Facets["district"].Values {
		var name []string
		for _, t := range Tokenize(v[1]) {
			name = append(name, t.Fold)
		}
		for start := 0; start+len(name) <= len(q) && len(name) > 0; start++ {
			if slices.Equal(q[start:start+len(name)], name) {
				found[i] = true
				break
			}
		}
	}
	return found
}

// typing reports whether the last word of query is still being typed:
// the query does not end in white space (search.js: TRAILING_SPACE).
func typing(query string) bool {
	return !strings.HasSuffix(query, " ") && !unicode.IsSpace(lastRune(query))
}

// longEnough reports whether a folded word is long enough to be taken as
// a prefix: two characters at least, counted in code points, as search.js
// counts them (atLeast2), never in bytes.
func longEnough(fold string) bool {
	return utf8.RuneCountInString(fold) >= 2
}

func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

func decodePostings(enc string) []posting {
	if enc == "" {
		return nil
	}
	var out []posting
	doc := 0
	for _, s := range strings.Split(enc, ",") {
		v, _ := strconv.ParseInt(s, 36, 64)
		doc += int(v / 4)
		out = append(out, posting{int32(doc), int32(v % 4)})
	}
	return out
}

func decodeCode(s string) int {
	if strings.HasPrefix(s, "-") {
		return -1
	}
	v := 0
	for i := range len(s) {
		v = v*64 + strings.IndexByte(digits64, s[i])
	}
	return v
}

// Display returns the display data of a document.
func (r *Reader) Display(doc int) []any { return r.docs[doc] }
