package search

// Exported for the browser tests (package search_test), which compare
// these with their counterparts in search.js.
var (
	Typing     = typing
	LongEnough = longEnough
)

// TrickyTexts are the tokenizer's hard cases (tokens_test.go).
var TrickyTexts = trickyTexts

// KindLabels returns the words the index finds each kind of document,
// producer and tourism place by, under the theme's key of its label.
func KindLabels() map[string]string {
	m := map[string]string{
		"js.searchKindSalesPoint": kindWords[KindSalesPoint],
		"js.searchKindTourism":    kindWords[KindTourism],
		"js.searchKindProducer":   kindWords[KindProducer],
	}
	for k, v := range producerKindWords {
		m["pk."+k] = v
	}
	for k, v := range tourismKindWords {
		m["tk."+k] = v
	}
	return m
}

// SplitShardsAbove sets the size above which shards are split (splitBytes)
// until the test ends, so that the small example catalogue has split ones.
func SplitShardsAbove(t interface{ Cleanup(func()) }, n int) {
	old := splitBytes
	splitBytes = n
	t.Cleanup(func() { splitBytes = old })
}
