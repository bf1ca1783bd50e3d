package search

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// The kinds of document, in the order the index holds them: products,
// then stories, sales points, tourism places and producers. meta.json
// gives the first document of each ("kinds"); the product facets apply
// to products only.
const (
	KindProduct    = "product"
	KindStory      = "story"
	KindSalesPoint = "sales-point"
	KindTourism    = "tourism"
	KindProducer   = "producer"
)

// kindNames are the kinds in index order.
var kindNames = [...]string{KindProduct, KindStory, KindSalesPoint, KindTourism, KindProducer}

// kindWords are the Vietnamese words a document of a kind is also found
// by (meta field), so that "diem ban" finds every sales point, whatever
// its name. They are the theme's labels of the kinds (js.searchKind… in
// generator/render/i18n.go; a test keeps the two equal).
var kindWords = map[string]string{
	KindSalesPoint: "Điểm bán",
	KindTourism:    "Du lịch",
	KindProducer:   "Chủ thể",
}

// producerKindWords and tourismKindWords are the Vietnamese names of the
// codes of producer kinds and tourism kinds (pk.… and tk.… in the theme's
// i18n), indexed with the documents that have them.
var (
	producerKindWords = map[string]string{
		"hop-tac-xa": "Hợp tác xã", "doanh-nghiep": "Doanh nghiệp",
		"ho-kinh-doanh": "Hộ sản xuất, kinh doanh", "to-hop-tac": "Tổ hợp tác",
	}
	tourismKindWords = map[string]string{
		"craft-village": "Làng nghề", "rural-tourism": "Du lịch nông thôn", "eco-tourism": "Du lịch sinh thái",
		"community-tourism": "Du lịch cộng đồng", "other": "Điểm du lịch",
	}
)

// producer is a producer (chủ thể) as its page shows it: the products
// that name it under one vntext.OrgSlug, the first of them in catalogue
// order giving each field.
type producer struct {
	Name, Slug, Kind, Address string
	District                  *catalog.District   // of its first product
	Districts                 []*catalog.District // of all its products, each once
}

// producersOf returns the producers of cat's products, in Vietnamese
// order of their names, then slug: the order of the producers' index page.
func producersOf(cat *catalog.Catalog) []*producer {
	by := map[string]*producer{}
	var out []*producer
	for _, p := range cat.Products {
		slug := vntext.OrgSlug(p.Producer)
		if slug == "" {
			continue
		}
		pr := by[slug]
		if pr == nil {
			pr = &producer{Name: p.Producer, Slug: slug, District: p.District}
			by[slug] = pr
			out = append(out, pr)
		}
		if pr.Kind == "" {
			pr.Kind = p.ProducerKind
		}
		if pr.Address == "" && p.Contact != (catalog.Contact{}) {
			pr.Address = p.Contact.Address
		}
		if p.District != nil && !slices.Contains(pr.Districts, p.District) {
			pr.Districts = append(pr.Districts, p.District)
		}
	}
	coll := vntext.NewCollator()
	keys := make(map[*producer]string, len(out))
	for _, pr := range out {
		keys[pr] = coll.Key(pr.Name)
	}
	slices.SortFunc(out, func(a, b *producer) int {
		return cmp.Or(strings.Compare(keys[a], keys[b]), strings.Compare(a.Slug, b.Slug))
	})
	return out
}

// summaryMax is the longest summary kept for excerpts, in bytes; the page
// cuts about 160 characters around the match.
const summaryMax = 600

// firstParagraph returns the first paragraph of markdown that is text (no
// heading, list, table or quote), without markup, cut at summaryMax.
func firstParagraph(md string) string {
	for _, para := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" || strings.ContainsAny(para[:1], "#-*|>!<`0123456789") {
			continue
		}
		return cut(strings.Join(strings.Fields(strings.NewReplacer("**", "", "__", "", "*", "", "_", "").Replace(plainMarkdown(linkText(para)))), " "))
	}
	return ""
}

// linkText replaces markdown links [text](url) by their text; plainMarkdown
// then drops the targets.
func linkText(md string) string { return strings.ReplaceAll(md, "[", "") }

// cut shortens s to summaryMax bytes at most, at a space.
func cut(s string) string {
	if len(s) <= summaryMax {
		return s
	}
	if i := strings.LastIndexByte(s[:summaryMax], ' '); i > 0 {
		return s[:i] + " …"
	}
	i := summaryMax
	for i > 0 && !utf8.RuneStart(s[i]) {
		i-- // never half a character
	}
	return s[:i] + "…"
}

// Kind returns the kind of document doc (KindProduct, …), "" for none.
func (r *Reader) Kind(doc int) string {
	kind := ""
	for _, k := range r.meta.Kinds {
		if doc >= k.First {
			kind = k.Name
		}
	}
	if doc < 0 || doc >= r.meta.Docs {
		return ""
	}
	return kind
}

// Summary returns the summary kept for the excerpts of document doc ("" for
// none), from the summary files.
func (r *Reader) Summary(doc int) string {
	if doc < 0 || doc >= len(r.summaries) {
		return ""
	}
	return r.summaries[doc]
}

// kindStart is an entry of meta.json's "kinds": a kind and its first
// document, written as a pair ["sales-point", 120].
type kindStart struct {
	Name  string
	First int
}

// MarshalJSON writes the pair.
func (k kindStart) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{k.Name, k.First})
}

// UnmarshalJSON reads the pair.
func (k *kindStart) UnmarshalJSON(b []byte) error {
	var pair []json.RawMessage
	if err := json.Unmarshal(b, &pair); err != nil {
		return err
	}
	if len(pair) != 2 {
		return fmt.Errorf("kind %s: want a pair", b)
	}
	if err := json.Unmarshal(pair[0], &k.Name); err != nil {
		return err
	}
	return json.Unmarshal(pair[1], &k.First)
}

// folded returns the folded words of s, joined by spaces.
func folded(s string) string {
	var out []string
	for _, t := range Tokenize(s) {
		out = append(out, t.Fold)
	}
	return strings.Join(out, " ")
}
