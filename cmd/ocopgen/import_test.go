package main

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
)

// sheetValues is the reader of the import scripts' sheets written as the
// values a sheet is read into: a file NAME.annex.json holds an
// annex.Annex as JSON (its decision as "Decision" and "Date"), so the
// scripts test the command and the records it writes whatever reads the
// workbooks. Other files go to the command's reader.
func sheetValues(next func(string, []byte, *catalog.Catalog) (*annex.Annex, []diag.Problem)) func(string, []byte, *catalog.Catalog) (*annex.Annex, []diag.Problem) {
	return func(name string, data []byte, cat *catalog.Catalog) (*annex.Annex, []diag.Problem) {
		if !strings.HasSuffix(name, ".annex.json") {
			return next(name, data, cat)
		}
		var in struct {
			annex.Annex
			Decision, Date string
		}
		if err := json.Unmarshal(data, &in); err != nil {
			var probs diag.List
			probs.Errorf(diag.Pos{File: name}, "%v", err)
			return &annex.Annex{File: name}, probs.Problems()
		}
		a := in.Annex
		if a.File == "" {
			a.File = name
		}
		a.DecisionNo = in.Decision
		a.DecisionDate, _ = time.Parse(time.DateOnly, in.Date)
		return &a, nil
	}
}
