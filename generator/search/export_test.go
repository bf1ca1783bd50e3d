package search

// Exported for the browser tests (package search_test), which compare
// these with their counterparts in search.js.
var (
	Typing     = typing
	LongEnough = longEnough
)

// TrickyTexts are the tokenizer's hard cases (tokens_test.go).
var TrickyTexts = trickyTexts

// SplitShardsAbove sets the size above which shards are split (splitBytes)
// until the test ends, so that the small example catalogue has split ones.
func SplitShardsAbove(t interface{ Cleanup(func()) }, n int) {
	old := splitBytes
	splitBytes = n
	t.Cleanup(func() { splitBytes = old })
}
