package annex

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
)

// testPlaces are a few of Hanoi's districts and the built-in groups.
func testPlaces() Places {
	var ds []*catalog.District
	for _, d := range [][2]string{{"gia-lam", "Gia Lâm"}, {"ung-hoa", "Ứng Hòa"}, {"dong-anh", "Đông Anh"}, {"thanh-oai", "Thanh Oai"}, {"son-tay", "Sơn Tây"}, {"ha-dong", "Hà Đông"}} {
		ds = append(ds, &catalog.District{Slug: d[0], Name: d[1]})
	}
	return Places{Districts: ds, Groups: catalog.DefaultGroups()}
}

// sheet is a table to write into a workbook: its rows from A1, and the
// ranges to merge ("A1:G1").
type sheet struct {
	rows   [][]any
	merges [][2]string
}

// workbook returns the XLSX bytes of a workbook of one sheet per table.
func workbook(t testing.TB, sheets ...sheet) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		name := "Sheet1"
		if i > 0 {
			name = "Sheet" + string(rune('1'+i))
			if _, err := f.NewSheet(name); err != nil {
				t.Fatal(err)
			}
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(name, m[0], m[1]); err != nil {
				t.Fatal(err)
			}
		}
	}
	b, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// printed is the problems as printed, one a line, in language tag.
func printed(problems []diag.Problem, vi bool) string {
	var b strings.Builder
	t := lang.English
	if vi {
		t = lang.Vietnamese
	}
	diag.PrintIn(&b, problems, diag.Text, t)
	return b.String()
}

// rowsOf is the rows of an annex without their columns, for comparing.
func rowsOf(a *Annex) []Row {
	var out []Row
	for _, r := range a.Rows {
		r.Cols = nil
		out = append(out, r)
	}
	return out
}
