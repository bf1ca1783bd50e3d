package main

import (
	"encoding/json"
	"strings"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
)

// readsSheets reports whether readSheet reads the rows of a CSV annex.
func readsSheets() bool {
	cat := &catalog.Catalog{Districts: []*catalog.District{{Slug: "gia-lam", Name: "Gia Lâm"}}, Groups: catalog.DefaultGroups()}
	csv := "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 12/3/2024)\nSTT,Tên sản phẩm,Tên chủ thể,Địa chỉ,Nhóm sản phẩm,Hạng sao\n1,Gốm,HTX Gốm,\"Xã Bát Tràng, huyện Gia Lâm\",Thủ công mỹ nghệ,4 sao\n"
	a, _ := readSheet("probe.csv", []byte(csv), cat)
	return a != nil && len(a.Rows) > 0
}

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

// historyLoads reports whether load takes a record with a
// [[certificate_history]] table.
func historyLoads() bool {
	fsys := fstest.MapFS{
		"ocopgen.toml":           {Data: []byte("title = \"x\"\nbase_url = \"https://ocop.example.vn/\"\n")},
		"content/districts.toml": {Data: []byte("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n")},
		"content/products/a.toml": {Data: []byte("name = \"A\"\ngroup = \"thuc-pham\"\nstars = 4\ndistrict = \"gia-lam\"\nproducer = \"B\"\n" +
			"[certificate]\ndecision_date = 2025-01-02\n[[certificate_history]]\ndecision_no = \"1/QĐ-UBND\"\ndecision_date = 2021-01-02\nlevel = \"city\"\nstars = 3\n")},
	}
	_, probs := load.Load(fsys, load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	errs, _ := probs.Count()
	return errs == 0
}
