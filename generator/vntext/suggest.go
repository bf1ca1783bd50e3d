package vntext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Closest returns up to max of the candidates nearest to s, nearest first.
// They are compared as whole strings, on their folded forms (so marks,
// case, đ and the separators of slugs and names do not count): by edit
// distance, by the words they share, and by how long a start they share.
//
// A candidate is offered only when it is close: its folded form differs
// from that of s in fewer than half of its letters, or the two share most
// of their words, or every word of the shorter one (two at least) is in
// the longer ("mat-ong-dong-anh" and "mat-ong-hoa-nhan-dong-anh"). When
// nothing is close, nothing is offered ("gia" is not near "unit").
func Closest(s string, candidates []string, max int) []string {
	q := newQuery(s)
	var out []match
	seen := map[string]bool{}
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		if m, ok := q.rank(c); ok {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b match) int { return a.compare(b) })
	var names []string
	for i := 0; i < len(out) && i < max; i++ {
		names = append(names, out[i].name)
	}
	return names
}

// query is the string suggestions are sought for, folded once.
type query struct {
	raw    string // lower case, marks kept: to prefer the candidate written alike
	folded string
	words  []string
}

func newQuery(s string) query {
	f := fold(s)
	return query{raw: strings.ToLower(s), folded: f, words: strings.Fields(f)}
}

// match is how near a candidate is to a query; compare orders the nearest
// first.
type match struct {
	name   string
	score  float64 // the better of letters and words alike, from 0 to 1
	prefix int     // runes of the folded start both share
	dist   int     // folded edit distance
	exact  int     // edit distance with marks, to break ties
}

func (a match) compare(b match) int {
	switch {
	case a.score != b.score:
		if a.score > b.score {
			return -1
		}
		return 1
	case a.prefix != b.prefix:
		return b.prefix - a.prefix
	case a.dist != b.dist:
		return a.dist - b.dist
	}
	return a.exact - b.exact
}

// rank tells how near c is to the query, and whether it is near enough to
// be offered.
func (q query) rank(c string) (match, bool) {
	fc := fold(c)
	d := distance(q.folded, fc)
	n := max(utf8.RuneCountInString(q.folded), utf8.RuneCountInString(fc), 1)
	letters := 1 - float64(d)/float64(n)
	cw := strings.Fields(fc)
	shared := sharedWords(q.words, cw)
	words := 0.0
	if total := len(q.words) + len(cw); total > 0 {
		words = 2 * float64(shared) / float64(total)
	}
	contained := shared >= 2 && shared == min(len(q.words), len(cw))
	m := match{name: c, score: max(letters, words), dist: d, prefix: commonPrefix(q.folded, fc)}
	if m.score <= 0.5 && !contained {
		return match{}, false
	}
	m.exact = distance(q.raw, strings.ToLower(c))
	return m, true
}

// sharedWords counts the words of a that are also in b, each word of b
// counted once.
func sharedWords(a, b []string) int {
	used := make([]bool, len(b))
	n := 0
	for _, w := range a {
		for j, v := range b {
			if !used[j] && v == w {
				used[j] = true
				n++
				break
			}
		}
	}
	return n
}

// commonPrefix is the number of runes a and b start with alike.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}

// distance is the Levenshtein edit distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
