package search

// Exported for the browser tests (package search_test), which compare
// these with their counterparts in search.js.
var (
	Typing     = typing
	LongEnough = longEnough
)

// TrickyTexts are the tokenizer's hard cases (tokens_test.go).
var TrickyTexts = trickyTexts
