package annex

import (
	"strconv"
	"strings"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// tierWords are the numbers of stars written as words.
var tierWords = map[string]int{"ba": 3, "bon": 4, "nam": 5}

// parseStars reads a tier as annexes write it: "4 sao", "4", "4*", "05
// sao", "Bốn sao", "4 sao (tiềm năng 5 sao)", "Hạng 4 sao". ok is false
// for text that writes no number of stars; n may then be any number
// written ("6 sao" gives 6), for the caller to refuse.
func parseStars(text string) (n int, potential, ok bool) {
	words := strings.Split(vntext.Slug(strings.ReplaceAll(text, "★", " sao ")), "-")
	if len(words) > 0 && (words[0] == "hang" || words[0] == "dat") {
		words = words[1:]
	}
	if len(words) == 0 || words[0] == "" {
		return 0, false, false
	}
	if strings.Join(words, "-") == "tiem-nang-5-sao" {
		return 4, true, true // the status of a 4-star product, written alone
	}
	n, err := strconv.Atoi(words[0])
	if err != nil {
		w, known := tierWords[words[0]]
		if !known {
			return 0, false, false
		}
		n = w
	}
	rest := words[1:]
	for len(rest) > 0 && rest[0] == "sao" {
		rest = rest[1:]
	}
	switch strings.Join(rest, "-") {
	case "":
	case "tiem-nang-5-sao", "tiem-nang-nam-sao":
		potential = true
	default:
		return n, false, false
	}
	return n, potential, true
}
