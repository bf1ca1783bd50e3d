package search

import (
	"cmp"
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
		Initials string           `json:"initials"`
		Split    string           `json:"split"`
		Subs     string           `json:"subs"`
		Facets   map[string]facet `json:"facets"`
	}
	shards     map[string]map[string]map[string]string // by file name (ShardFile)
	vocab      map[string][]vocabWord                  // v/ files by file name
	split      map[string]bool                         // the keys of shards split in three-character ones
	subs       map[string]bool                         // the keys of three-character shards
	letters    map[string]string                       // l/ files by file name
	docs       [][]any
	byDistrict map[int][][]any
	summaries  []string // by document, from the e/ files
}

// Open decodes the files of an index.
func Open(files []File) (*Reader, error) {
	r := &Reader{shards: map[string]map[string]map[string]string{}, byDistrict: map[int][][]any{},
		vocab: map[string][]vocabWord{}, letters: map[string]string{}}
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
		case strings.HasPrefix(name, "v/"):
			var v map[string][2]any
			err = json.Unmarshal(f.Data, &v)
			var words []vocabWord
			for fold, e := range v {
				n, _ := e[0].(float64)
				mark, _ := e[1].(string)
				if mark == "" {
					mark = fold
				}
				words = append(words, vocabWord{fold: fold, mark: mark, docs: int(n)})
			}
			r.vocab[strings.TrimSuffix(name[2:], ".json")] = words
		case strings.HasPrefix(name, "l/"):
			var l string
			err = json.Unmarshal(f.Data, &l)
			r.letters[strings.TrimSuffix(name[2:], ".json")] = l
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
	r.split, r.subs = set(r.meta.Split), set(r.meta.Subs)
	return r, nil
}

// set returns the words of a space-separated list as a set.
func set(list string) map[string]bool {
	out := map[string]bool{}
	for _, k := range strings.Fields(list) {
		out[k] = true
	}
	return out
}

// shardOf returns the shard that holds a folded word and the words it
// starts: the shard of its first three characters when that of its first
// two is split (none when no word starts with those three), else that of
// its first two (ShardKey).
func (r *Reader) shardOf(fold string) map[string]map[string]string {
	k := ShardKey(fold)
	if rs := []rune(fold); len(rs) >= 3 && r.split[k] {
		return r.shards[ShardFile(string(rs[:3]))]
	}
	return r.shards[ShardFile(k)]
}

// Weights of the field classes, and bonuses for a whole word and for
// matching the marks the query was typed with.
const (
	bonusWord  = 0.5
	bonusMark  = 2
	bonusPlace = 4 // the query names the product's district, word for word
)

var fieldWeight = [...]float64{3, 2, 1, 2} // by field class; labels weigh as meta

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
	a := r.Answer(query, f)
	return a.Results, a.Counts
}

// Correction is a word of a query replaced by the word meant: From is the
// word as typed (folded), To the word searched for instead (marked, as the
// index writes it).
type Correction struct {
	From, To string
}

// Answer is what a query gets, as the search page gets it from query() in
// search.js.
type Answer struct {
	Results     []Result         // best first
	Counts      map[string][]int // per facet, per value
	Corrected   []Correction     // the words replaced, in query order
	Suggestions []string         // when nothing matches: up to 5 near words of the index
}

// Answer answers query and filters: Search's results and counts, with the
// corrections made and, when the text matches nothing, suggestions.
func (r *Reader) Answer(query string, f Filters) Answer {
	m := r.match(query)
	scores := m.scores
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
	return Answer{Results: results, Counts: counts, Corrected: m.corrected, Suggestions: r.suggest(query, m)}
}

// suggest returns the words offered when the text of a query matches
// nothing: the nearest words of the index to the first word that matched
// nothing (else to the last word), within maxSuggestEdits, fewest edits
// first, then most documents; in their marked forms.
func (r *Reader) suggest(query string, m matched) []string {
	words := Tokenize(query)
	if len(m.scores) > 0 || len(words) == 0 {
		return nil
	}
	target := words[len(words)-1]
	if len(m.missing) > 0 {
		target = m.missing[0]
	}
	var out []string
	for _, v := range nearest(r.vocabOf(target.Fold), target.Fold, maxSuggestEdits, 5) {
		out = append(out, v.mark)
	}
	return out
}

// vocabOf returns the vocabulary a word's corrections are looked for in
// (vocabKeys).
func (r *Reader) vocabOf(fold string) []vocabWord {
	var out []vocabWord
	for _, k := range vocabKeys(fold) {
		out = append(out, r.vocab[ShardFile(k)]...)
	}
	return out
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

// matched is what the words of a query match.
type matched struct {
	scores    map[int]float64 // document → score
	corrected []Correction
	missing   []Token // the words that matched nothing, even corrected
}

// match scores every document that holds all words of the query (the
// last one as a prefix while it is being typed); with no words, every
// product matches with score 0. A word that matches nothing as typed is
// read as Telex or VNI (Telex), else as a typo of a word of the index
// (correct), once the words found as typed are matched; a last word of
// one character, still being typed after other words, narrows their
// results to the documents holding a word that starts with it, if any do.
func (r *Reader) match(query string) matched {
	words := Tokenize(query)
	if len(words) == 0 {
		all := map[int]float64{}
		for d := range r.meta.Products {
			all[d] = 0
		}
		return matched{scores: all}
	}
	typing := typing(query)
	var m matched
	var total map[int]float64
	and := func(best map[int]float64) {
		if total == nil {
			total = best
			return
		}
		for d := range total {
			if s, ok := best[d]; ok {
				total[d] += s
			} else {
				delete(total, d)
			}
		}
	}
	// The words found as typed first, then the others, in query order, so
	// that a correction is chosen knowing every word typed right.
	type pending struct {
		w      Token
		prefix bool
	}
	var fix []pending
	narrow := ""
	for i, w := range words {
		last := typing && i == len(words)-1
		if last && i > 0 && utf8.RuneCountInString(w.Fold) == 1 {
			narrow = w.Fold
			continue
		}
		prefix := last && longEnough(w.Fold)
		if !r.has(w.Fold, prefix) {
			fix = append(fix, pending{w, prefix})
			continue
		}
		and(r.score(w.Fold, w.Mark, prefix))
	}
	for _, p := range fix {
		fold, mark, prefix := "", "", p.prefix
		if t := telexToken(p.w.Fold); t.Fold != "" && r.has(t.Fold, prefix) {
			fold, mark = t.Fold, t.Mark
			m.corrected = append(m.corrected, Correction{p.w.Fold, r.written(t.Fold, t.Mark)})
		} else if c, ok := r.correct(p.w.Fold, total); ok {
			fold, mark, prefix = c.fold, c.fold, false
			m.corrected = append(m.corrected, Correction{p.w.Fold, c.mark})
		} else {
			m.missing = append(m.missing, p.w)
		}
		and(r.score(fold, mark, prefix))
	}
	if narrow != "" {
		bits := r.letters[ShardFile(narrow)]
		narrowed := map[int]float64{}
		for d, s := range total {
			if hasBit(bits, d) {
				narrowed[d] = s
			}
		}
		if len(narrowed) > 0 {
			total = narrowed
		}
	}
	m.scores = total
	return m
}

// telexToken returns the word a folded word means in Telex or VNI, or no
// token.
func telexToken(fold string) Token {
	if t := Tokenize(Telex(fold)); len(t) == 1 {
		return t[0]
	}
	return Token{}
}

// written returns a decoded word as the index writes it: mark when the
// index holds the word with those marks (or fold has no word of its
// own: a prefix), else its commonest marked form ("bành" is written
// "bánh").
func (r *Reader) written(fold, mark string) string {
	marks, ok := r.shardOf(fold)[fold]
	if !ok {
		return mark
	}
	if mark == fold {
		mark = ""
	}
	if _, ok := marks[mark]; ok {
		return cmp.Or(mark, fold)
	}
	best, n := "", -1
	for m, enc := range marks {
		if c := strings.Count(enc, ",") + 1; c > n || c == n && m < best {
			best, n = m, c
		}
	}
	return cmp.Or(best, fold)
}

// has reports whether the index holds the folded word (or, as a prefix, a
// word starting with it).
func (r *Reader) has(fold string, prefix bool) bool {
	shard := r.shardOf(fold)
	if _, ok := shard[fold]; ok || !prefix {
		return ok
	}
	for f := range shard {
		if strings.HasPrefix(f, fold) {
			return true
		}
	}
	return false
}

// correct returns the word of the index a typo fold means: of the
// maxCandidates nearest words within maxEdits (fewest edits, then most
// documents), among those of the fewest edits that share a document with
// the results of the other words matched so far (total; nil when there are
// none), the one whose best shared document scores highest with it (the
// earlier on a tie: "chug" with "banh" is "chưng", in the name of "Bánh
// chưng", rather than "chủ", in a producer's kind), else the first.
func (r *Reader) correct(fold string, total map[int]float64) (vocabWord, bool) {
	if utf8.RuneCountInString(fold) < minTypo {
		return vocabWord{}, false
	}
	cands := nearest(r.vocabOf(fold), fold, maxEdits(fold), maxCandidates)
	if len(cands) == 0 {
		return vocabWord{}, false
	}
	if total != nil {
		best, bestScore := -1, 0.0
		for i, c := range cands {
			if best >= 0 && c.edits > cands[best].edits {
				break
			}
			for d, s := range r.score(c.fold, c.fold, false) {
				if t, ok := total[d]; ok && (best < 0 || t+s > bestScore) {
					best, bestScore = i, t+s
				}
			}
		}
		if best >= 0 {
			return cands[best], true
		}
	}
	return cands[0], true
}

// score scores the documents holding a folded word (or a word it starts,
// as a prefix) by the best field they hold it in, marked form typed mark.
func (r *Reader) score(fold, mark string, prefix bool) map[int]float64 {
	best := map[int]float64{}
	if fold == "" {
		return best
	}
	for f, marks := range r.shardOf(fold) {
		whole := f == fold
		if !whole && !(prefix && strings.HasPrefix(f, fold)) {
			continue
		}
		for m, enc := range marks {
			if m == "" {
				m = f
			}
			for _, p := range decodePostings(enc) {
				s := fieldWeight[p.field]
				if whole {
					s += bonusWord
				}
				if mark != fold && m == mark {
					s += bonusMark
				}
				best[int(p.doc)] = max(best[int(p.doc)], s)
			}
		}
	}
	return best
}

// hasBit reports whether document doc is in a bitmap of an l/ file.
func hasBit(bits string, doc int) bool {
	return doc/6 < len(bits) && strings.IndexByte(digits64, bits[doc/6])>>(doc%6)&1 == 1
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
