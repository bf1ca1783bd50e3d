// Package search builds the search index of a catalogue: static files that
// the search page fetches on demand, so that a search on a phone moves a few
// kilobytes instead of the whole catalogue.
//
// # Format (version 3)
//
// All files live under /tim-kiem/chi-muc/ and are JSON.
//
//   - meta.json: the document count, the products count, "kinds": the
//     first document of each kind, [["product",0],["story",P],
//     ["sales-point",S],["tourism",T],["producer",R]] — documents are the
//     products in Vietnamese name order, the stories newest first, the
//     sales points, the tourism places, then the producers (chủ thể: the
//     products naming one vntext.OrgSlug) in Vietnamese name order —, the
//     keys of existing shards ("shards"), of the shards that are split
//     ("split") and of their three-character parts ("subs"), the first
//     characters of the words ("initials", the keys of the v/ and l/
//     files), the chunk size, and the facets: for district, tier and group
//     a list of values and a column with one fixed-width code per document
//     (base-64 digits, "-" for none, and for every document that is not a
//     product: the product facets never apply to other kinds); for tourism
//     links a list of values and a posting list each.
//   - s/<name>.json: a shard, holding every folded token whose first two
//     characters (code points) are its key (ShardKey); name is the key
//     itself when it is ASCII letters and digits, else "_" and the key's
//     code points in hexadecimal joined by "-" (ShardFile: "福" → "_798f").
//     meta.json lists the keys. A shard is {fold: {mark: postings}},
//     where mark is the word as written (lower case, canonical tone
//     placement; "" when equal to fold) and postings a comma-separated
//     list of base-36 numbers, each
//     (doc − previous doc) × 4 + field, field 0 for names and titles, 1 for
//     producer, place, group and tier, 2 for summaries and text, 3 for the
//     words of a document's kind (labels: found, never a correction).
//     A shard file over splitBytes (16 KiB) is split: its words of three
//     characters or more are written again to s/<name>.json by their
//     first three characters ("tra" for "trang"), and a word of three
//     characters or more whose two-character shard is split is looked up
//     only there (Reader.shardOf); the whole shard stays for words of two
//     characters and for a two-character prefix being typed.
//   - v/<name>.json: the vocabulary of the words starting with one
//     character (name by ShardFile): {fold: [documents, mark]}, mark the
//     commonest marked form ("" when it is fold). Fetched only to correct
//     a typo or to suggest words (forgive.go).
//   - l/<name>.json: one string, a bitmap of the documents holding a word
//     that starts with one character: six documents a base-64 digit
//     (digits64), document 6k+i in bit i of digit k. Fetched only for a
//     one-character last word being typed after other words.
//   - d/<n>.json: display data of documents n×chunk … (n+1)×chunk−1:
//     [name, slug, tier, district, producer, craft village, commune] for
//     products (commune: as certified, " / " the commune of 2025 when it
//     differs), [title, slug, -1, -1, date] for stories, [name, slug, -1,
//     district, address] for sales points, [title, slug, -1, district,
//     kind code] for tourism places, [name, slug, -1, district, kind code,
//     address] for producers; district is an index of the district facet's
//     values or -1.
//   - e/<n>.json: the summaries of the same documents, for excerpts: an
//     array of strings ("" for none; trailing ones left out), products'
//     and stories' summaries and tourism places' first paragraph, each cut
//     at 600 bytes. Fetched only for the results shown whose other fields
//     do not show every query word.
//   - q/<i>.json: the same display data again, grouped by district: the
//     products of district i in document order (products only). A page of results fetches
//     whichever layout needs fewer files: results of a name cluster in
//     document (name) order, results of a place in their district.
package search

import (
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// Dir is where the index lives in the site.
const Dir = "tim-kiem/chi-muc/"

// splitBytes is the size of a shard file above which its words of three
// characters or more are also written to shards of their first three.
var splitBytes = 16 << 10

// chunkSize is the number of documents per display file.
const chunkSize = 128

// Field classes, from the most to the least telling; fieldLabel holds the
// words ocopgen adds to a document to say its kind ("điểm bán", "chủ thể",
// "hợp tác xã" of a producer's kind): found like fieldMeta, but no word of
// the vocabulary (v/), so that a typo is never corrected to a label only
// because thousands of documents carry it ("chug" is "chưng", not "chủ").
const (
	fieldName = iota
	fieldMeta
	fieldText
	fieldLabel
)

// File is one file of the index.
type File struct {
	Path string
	Data []byte
}

type posting struct {
	doc   int32
	field int32
}

// Index is a built search index.
type Index struct {
	postings  map[string]map[string][]posting // fold → mark → postings, in doc order
	cat       *catalog.Catalog
	producers []*producer // the producers, documents after the tourism places
}

// starts returns the first document of each kind, in kindNames order,
// and the number of documents.
func (ix *Index) starts() ([len(kindNames)]int, int) {
	c := ix.cat
	var s [len(kindNames)]int
	s[1] = len(c.Products)
	s[2] = s[1] + len(c.Stories)
	s[3] = s[2] + len(c.SalesPoints)
	s[4] = s[3] + len(c.Tourism)
	return s, s[4] + len(ix.producers)
}

// Build indexes the products, stories, sales points, tourism places and
// producers of cat, in that order. Documents are tokenized in parallel
// and merged in document order, so the index is the same whatever the
// scheduling.
func Build(cat *catalog.Catalog) *Index {
	ix := &Index{postings: map[string]map[string][]posting{}, cat: cat, producers: producersOf(cat)}
	_, n := ix.starts()
	docWords := make([][]docToken, n)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			d := documents{seen: words{}, at: map[Token]int{}}
			for doc := w; doc < n; doc += workers {
				docWords[doc] = d.words(ix, doc)
			}
		})
	}
	wg.Wait()
	for doc, tokens := range docWords {
		for _, t := range tokens {
			ix.add(int32(doc), t)
		}
		docWords[doc] = nil
	}
	return ix
}

// A docToken is a word of a document with the best field it is in.
type docToken struct {
	Token
	field int32
}

// documents tokenizes documents, one goroutine's share.
type documents struct {
	seen   words         // every word met so far
	at     map[Token]int // the words of the document at hand, by place in out
	tokens []Token       // scratch
	out    []docToken    // scratch
}

// words returns the distinct words of document doc (products first, in
// catalogue order, then stories, sales points, tourism places and
// producers), each with its best field.
func (d *documents) words(ix *Index, doc int) []docToken {
	cat := ix.cat
	starts, _ := ix.starts()
	clear(d.at)
	out := d.out[:0]
	add := func(field int32, texts ...string) {
		for _, text := range texts {
			d.tokens = d.seen.appendTokens(d.tokens[:0], text)
			for _, t := range d.tokens {
				if i, ok := d.at[t]; ok {
					out[i].field = min(out[i].field, field) // a word keeps its best field
					continue
				}
				d.at[t] = len(out)
				out = append(out, docToken{t, field})
			}
		}
	}
	district := func(dist *catalog.District) {
		if dist != nil {
			add(fieldMeta, dist.Name)
		}
	}
	switch {
	case doc >= starts[4]: // producers: name, kind, address, districts
		p := ix.producers[doc-starts[4]]
		add(fieldName, p.Name)
		add(fieldLabel, kindWords[KindProducer], producerKindWords[p.Kind])
		add(fieldMeta, p.Address)
		for _, dist := range p.Districts {
			district(dist)
		}
	case doc >= starts[3]: // tourism places: title, kind, district, commune, summary
		t := cat.Tourism[doc-starts[3]]
		add(fieldName, t.Title)
		add(fieldLabel, kindWords[KindTourism], tourismKindWords[t.Kind])
		add(fieldMeta, t.Commune)
		district(t.District)
		add(fieldText, firstParagraph(t.Body.Source))
	case doc >= starts[2]: // sales points: name, address, district; not their products
		s := cat.SalesPoints[doc-starts[2]]
		add(fieldName, s.Name)
		add(fieldLabel, kindWords[KindSalesPoint])
		add(fieldMeta, s.Address)
		district(s.District)
	case doc >= starts[1]:
		s := cat.Stories[doc-starts[1]]
		add(fieldName, s.Title)
		add(fieldText, s.Summary, plainMarkdown(s.Body.Source))
	}
	if doc >= starts[1] {
		d.out = out
		return slices.Clone(out)
	}
	p := cat.Products[doc]
	add(fieldName, p.Name)
	add(fieldMeta, p.Producer, p.Commune, p.Commune2025, p.CraftVillage, p.Tier().Name(), p.Subgroup.Name)
	if p.District != nil {
		add(fieldMeta, p.District.Name)
	}
	if p.Group != nil {
		add(fieldMeta, p.Group.Name)
	}
	add(fieldText, p.Summary)
	d.out = out
	return slices.Clone(out)
}

// add records a word of document doc, which has no posting for it yet.
func (ix *Index) add(doc int32, t docToken) {
	marks := ix.postings[t.Fold]
	if marks == nil {
		marks = map[string][]posting{}
		ix.postings[t.Fold] = marks
	}
	mark := t.Mark
	if mark == t.Fold {
		mark = ""
	}
	marks[mark] = append(marks[mark], posting{doc, t.field})
}

// plainMarkdown drops link targets and markup characters from markdown, so
// that URLs do not become words of a story.
func plainMarkdown(md string) string {
	var b strings.Builder
	for {
		i := strings.Index(md, "](")
		if i < 0 {
			break
		}
		j := strings.IndexByte(md[i:], ')')
		if j < 0 {
			break
		}
		b.WriteString(md[:i])
		md = md[i+j+1:]
	}
	b.WriteString(md)
	return b.String()
}

// Files encodes the index as the files of the format above.
func (ix *Index) Files() ([]File, error) {
	shards := map[string]map[string]map[string]string{}
	for fold, marks := range ix.postings {
		key := ShardKey(fold)
		if shards[key] == nil {
			shards[key] = map[string]map[string]string{}
		}
		enc := map[string]string{}
		for mark, ps := range marks {
			enc[mark] = encodePostings(ps)
		}
		shards[key][fold] = enc
	}
	keys := sortedKeys(shards)

	var files, shardFiles []File
	var split []string
	subs := map[string]map[string]map[string]string{}
	for _, k := range keys {
		b, err := json.Marshal(shards[k]) // maps marshal with sorted keys
		if err != nil {
			return nil, err
		}
		shardFiles = append(shardFiles, File{Dir + "s/" + ShardFile(k) + ".json", b})
		if len(b) <= splitBytes {
			continue
		}
		split = append(split, k)
		for fold, enc := range shards[k] {
			if r := []rune(fold); len(r) >= 3 {
				k3 := string(r[:3])
				if subs[k3] == nil {
					subs[k3] = map[string]map[string]string{}
				}
				subs[k3][fold] = enc
			}
		}
	}
	subKeys := sortedKeys(subs)
	for _, k := range subKeys {
		b, err := json.Marshal(subs[k])
		if err != nil {
			return nil, err
		}
		shardFiles = append(shardFiles, File{Dir + "s/" + ShardFile(k) + ".json", b})
	}
	meta, err := ix.meta(keys, split, subKeys, ix.initials())
	if err != nil {
		return nil, err
	}
	files = append(files, File{Dir + "meta.json", meta})
	files = append(files, shardFiles...)
	vocab, letters := ix.vocabulary()
	for _, k := range sortedKeys(vocab) {
		b, err := json.Marshal(vocab[k])
		if err != nil {
			return nil, err
		}
		files = append(files, File{Dir + "v/" + ShardFile(k) + ".json", b})
		b, err = json.Marshal(letters[k])
		if err != nil {
			return nil, err
		}
		files = append(files, File{Dir + "l/" + ShardFile(k) + ".json", b})
	}
	docs := ix.display()
	for n := 0; n*chunkSize < len(docs); n++ {
		b, err := json.Marshal(docs[n*chunkSize : min((n+1)*chunkSize, len(docs))])
		if err != nil {
			return nil, err
		}
		files = append(files, File{fmt.Sprintf("%sd/%d.json", Dir, n), b})
	}
	sums := ix.summaries()
	for n := 0; n*chunkSize < len(sums); n++ {
		part := sums[n*chunkSize : min((n+1)*chunkSize, len(sums))]
		for len(part) > 0 && part[len(part)-1] == "" {
			part = part[:len(part)-1]
		}
		b, err := json.Marshal(part)
		if err != nil {
			return nil, err
		}
		files = append(files, File{fmt.Sprintf("%se/%d.json", Dir, n), b})
	}
	byDistrict := make([][][]any, len(ix.cat.Districts))
	for _, row := range docs[:len(ix.cat.Products)] {
		if d := row[3].(int); d >= 0 {
			byDistrict[d] = append(byDistrict[d], row)
		}
	}
	for i, rows := range byDistrict {
		b, err := json.Marshal(rows)
		if err != nil {
			return nil, err
		}
		files = append(files, File{fmt.Sprintf("%sq/%d.json", Dir, i), b})
	}
	return files, nil
}

func encodePostings(ps []posting) string {
	b := make([]byte, 0, 4*len(ps))
	var prev int32
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(p.doc-prev)*4+int64(p.field), 36)
		prev = p.doc
	}
	return string(b)
}

func encodeDocs(docs []int) string {
	ps := make([]posting, len(docs))
	for i, d := range docs {
		ps[i] = posting{doc: int32(d)}
	}
	return encodePostings(ps)
}

const digits64 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_~"

// column encodes one value index per document in fixed-width base-64
// digits; -1 is written as dashes.
func column(vals []int, n int) (string, int) {
	width := 1
	for limit := 64; n > limit; limit *= 64 {
		width++
	}
	var b strings.Builder
	b.Grow(len(vals) * width)
	for _, v := range vals {
		if v < 0 {
			b.WriteString(strings.Repeat("-", width))
			continue
		}
		for i := width - 1; i >= 0; i-- {
			d := v
			for range i {
				d /= 64
			}
			b.WriteByte(digits64[d%64])
		}
	}
	return b.String(), width
}

type facet struct {
	Values [][2]string `json:"values"`          // slug, name
	Col    string      `json:"col,omitempty"`   // per-document codes
	Width  int         `json:"width,omitempty"` // digits per code
	Docs   []string    `json:"docs,omitempty"`  // per value, its documents
}

func (ix *Index) meta(shards, split, subs, initials []string) ([]byte, error) {
	c := ix.cat
	starts, n := ix.starts()
	district := map[*catalog.District]int{}
	group := map[*catalog.Group]int{}
	tourism := map[*catalog.Tourism]int{}
	var fd, ft, fg, fr facet
	for i, d := range c.Districts {
		district[d] = i
		fd.Values = append(fd.Values, [2]string{d.Slug, d.Name})
	}
	en := c.Site.Language == "en"
	for _, t := range catalog.Tiers {
		name := t.Name()
		if en {
			name = t.NameEn()
		}
		ft.Values = append(ft.Values, [2]string{t.Slug(), name})
	}
	for i, g := range c.Groups {
		group[g] = i
		name := g.Name
		if en && g.NameEn != "" {
			name = g.NameEn
		}
		fg.Values = append(fg.Values, [2]string{g.Slug, name})
	}
	tourDocs := make([][]int, len(c.Tourism))
	for i, t := range c.Tourism {
		tourism[t] = i
		fr.Values = append(fr.Values, [2]string{t.Slug, t.Title})
	}
	dv, tv, gv := make([]int, n), make([]int, n), make([]int, n)
	for i := range n {
		dv[i], tv[i], gv[i] = -1, -1, -1
	}
	for i, p := range c.Products {
		if p.District != nil {
			dv[i] = district[p.District]
		}
		tv[i] = int(p.Tier())
		if p.Group != nil {
			gv[i] = group[p.Group]
		}
		for _, t := range p.Tourism {
			tourDocs[tourism[t]] = append(tourDocs[tourism[t]], i)
		}
	}
	fd.Col, fd.Width = column(dv, len(fd.Values))
	ft.Col, ft.Width = column(tv, len(ft.Values))
	fg.Col, fg.Width = column(gv, len(fg.Values))
	for _, docs := range tourDocs {
		fr.Docs = append(fr.Docs, encodeDocs(docs))
	}
	return json.Marshal(map[string]any{
		"v":        3, // 2: shard file names by ShardFile, NFKC tokens; 3: v/ and l/ files
		"docs":     n,
		"products": len(c.Products),
		"kinds":    kinds(starts),
		"chunk":    chunkSize,
		"shards":   strings.Join(shards, " "),
		"split":    strings.Join(split, " "),
		"subs":     strings.Join(subs, " "),
		"initials": strings.Join(initials, " "),
		"facets":   map[string]facet{"district": fd, "tier": ft, "group": fg, "tourism": fr},
	})
}

// kinds lists each kind with its first document, for meta.json.
func kinds(starts [len(kindNames)]int) []kindStart {
	out := make([]kindStart, len(kindNames))
	for i, k := range kindNames {
		out[i] = kindStart{k, starts[i]}
	}
	return out
}

// display returns the display data of every document.
func (ix *Index) display() [][]any {
	c := ix.cat
	district := map[*catalog.District]int{}
	for i, d := range c.Districts {
		district[d] = i
	}
	at := func(d *catalog.District) int {
		if d == nil {
			return -1
		}
		return district[d]
	}
	_, n := ix.starts()
	out := make([][]any, 0, n)
	for _, p := range c.Products {
		commune := p.Commune
		if commune == "" {
			commune = p.Commune2025
		} else if p.Commune2025 != "" && folded(p.Commune2025) != folded(p.Commune) {
			commune += " / " + p.Commune2025
		}
		out = append(out, []any{p.Name, p.Slug, int(p.Tier()), at(p.District), p.Producer, p.CraftVillage, commune})
	}
	for _, s := range c.Stories {
		out = append(out, []any{s.Title, s.Slug, -1, -1, s.Date.Format("02/01/2006")})
	}
	for _, s := range c.SalesPoints {
		out = append(out, []any{s.Name, s.Slug, -1, at(s.District), s.Address})
	}
	for _, t := range c.Tourism {
		out = append(out, []any{t.Title, t.Slug, -1, at(t.District), t.Kind})
	}
	for _, p := range ix.producers {
		out = append(out, []any{p.Name, p.Slug, -1, at(p.District), p.Kind, p.Address})
	}
	return out
}

// summaries returns the summary of every document that has one, for the
// excerpts: products' and stories' summaries, tourism places' first
// paragraph; "" for the others.
func (ix *Index) summaries() []string {
	c := ix.cat
	starts, n := ix.starts()
	out := make([]string, n)
	for i, p := range c.Products {
		out[i] = cut(p.Summary)
	}
	for i, s := range c.Stories {
		out[starts[1]+i] = cut(s.Summary)
	}
	for i, t := range c.Tourism {
		out[starts[3]+i] = firstParagraph(t.Body.Source)
	}
	return out
}

// initials returns the first characters of the folded words, sorted: the
// keys of the v/ and l/ files.
func (ix *Index) initials() []string {
	seen := map[string]bool{}
	for fold := range ix.postings {
		r, _ := utf8.DecodeRuneInString(fold)
		seen[string(r)] = true
	}
	return sortedKeys(seen)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// vocabulary returns, by first character, the v/ files (every folded word
// with its number of documents and its commonest marked form, "" when that
// is the folded form) and the l/ files (a bitmap of the documents holding
// a word that starts with the character, six documents a base-64 digit,
// document 6k+i in bit i of digit k).
func (ix *Index) vocabulary() (map[string]map[string][2]any, map[string]string) {
	_, n := ix.starts()
	vocab := map[string]map[string][2]any{}
	bits := map[string][]byte{}
	for fold, marks := range ix.postings {
		r, _ := utf8.DecodeRuneInString(fold)
		k := string(r)
		if vocab[k] == nil {
			vocab[k] = map[string][2]any{}
			bits[k] = make([]byte, (n+5)/6)
		}
		docs := map[int32]bool{}
		best, bestN := "", -1
		for mark, ps := range marks {
			n := 0
			for _, p := range ps {
				bits[k][p.doc/6] |= 1 << (p.doc % 6)
				if p.field != fieldLabel {
					docs[p.doc] = true
					n++
				}
			}
			if n > 0 && (n > bestN || n == bestN && mark < best) {
				best, bestN = mark, n
			}
		}
		if len(docs) > 0 { // a word of labels only is no correction
			vocab[k][fold] = [2]any{len(docs), best}
		}
	}
	letters := map[string]string{}
	for k, b := range bits {
		for i := range b {
			b[i] = digits64[b[i]]
		}
		letters[k] = string(b)
	}
	return vocab, letters
}
