package main

import (
	"path/filepath"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
)

// readSheet reads the annex file name, whose content is data, against the
// catalogue's districts and groups. It is generator/annex's reader (issue
// 18, slice A); until that is merged it reads nothing and says so, and
// the tests put a reader of annex.Annex values in its place.
var readSheet = func(name string, data []byte, cat *catalog.Catalog) (*annex.Annex, []diag.Problem) {
	var probs diag.List
	probs.Errorf(diag.Pos{File: filepath.ToSlash(name)}, "this ocopgen cannot read annexes yet: its reader of XLSX and CSV files is not built in")
	return &annex.Annex{File: name}, probs.Problems()
}
