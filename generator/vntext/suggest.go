package vntext

import "sort"

// Closest returns up to max of the candidates nearest to s, nearest first,
// compared on their folded forms by edit distance. Candidates further than
// about a third of the length of s are not suggested.
func Closest(s string, candidates []string, max int) []string {
	fs := fold(s)
	type scored struct {
		name string
		d    int
	}
	var out []scored
	limit := len([]rune(fs))/3 + 2
	seen := map[string]bool{}
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		d := distance(fs, fold(c))
		if d <= limit {
			out = append(out, scored{c, d})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].d < out[j].d })
	var names []string
	for i := 0; i < len(out) && i < max; i++ {
		names = append(names, out[i].name)
	}
	return names
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
