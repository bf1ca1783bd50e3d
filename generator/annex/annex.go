// Package annex reads the annex of a certifying decision — the table of
// products that a decision ("Quyết định công nhận sản phẩm OCOP") certifies,
// as an office keeps it: an XLSX workbook or a CSV file — into rows of
// product facts. It knows the shapes such annexes take (a title block, a
// header row whose words vary, section rows that set the district or group
// of the rows below, a footer) and nothing of the catalogue's files: the
// places and groups it matches against are given to it.
package annex

import (
	"time"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// Annex is what a sheet says.
type Annex struct {
	File         string    // the file's name as given, for messages
	DecisionNo   string    // "1234/QĐ-UBND", from the title line or the caller; "" if none
	DecisionDate time.Time // from the title line or the caller; zero if none
	Columns      []Column  // the columns taken, for the report
	Rows         []Row     // the product rows, in sheet order
}

// Column says which column of the sheet was taken for a field.
type Column struct {
	Field  string // "name", "producer", "address", "group", "subgroup", "stars"
	Index  int    // 1-based column number
	Header string // the header cell's text as written
}

// Row is one product row of the annex.
type Row struct {
	Line          int    // 1-based row number in the sheet
	Name          string // NFC, spaces collapsed
	Producer      string
	ProducerKind  string // content-format code ("hop-tac-xa", "doanh-nghiep", "ho-kinh-doanh", "to-hop-tac", …), "" if the name does not say
	Address       string
	District      string         // slug of the catalogue's district, from the address or the section row
	Commune       string         // the commune or ward named in the address, as written, "" if none
	Group         string         // content-format slug, from the row or its section
	Subgroup      string         // content-format slug, "" if none
	Stars         int            // 3, 4 or 5
	PotentialFive bool           // "4 sao (tiềm năng 5 sao)"
	Cols          map[string]int // field → 1-based column, for messages about this row
}

// Pos is where a cell is: a position for diag, with the column lettered
// for a workbook ("annex.xlsx:14:G") and numbered for CSV ("annex.csv:14:7").
func Pos(file string, line, col int) diag.Pos { return diag.Pos{File: file, Line: line, Col: col} }
