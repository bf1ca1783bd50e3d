// Package annex reads the annex of a certifying decision — the table of
// products that a decision ("Quyết định công nhận sản phẩm OCOP") certifies,
// as an office keeps it: an XLSX workbook or a CSV file — into rows of
// product facts. It knows the shapes such annexes take (a title block, a
// header row whose words vary, section rows that set the district or group
// of the rows below, a footer) and nothing of the catalogue's files: the
// places and groups it matches against are given to it.
//
// The entry point is
//
//	func Read(name string, data []byte, places Places) (*Annex, []diag.Problem)
//
// name is the file's name as the editor gave it (it names the file in
// messages and, with the content, tells XLSX from CSV); data is the whole
// file, at most MaxFileSize bytes; places are the catalogue's districts and
// groups (PlacesOf fills them from a loaded catalogue). Read always returns
// an Annex, holding the rows it could read (a row with an error is kept
// with the fields that could be read, unless it has no name), and every
// problem of the sheet,
// sorted: positions are "annex.xlsx:14:G" for a workbook (column letters)
// and "annex.csv:14:7" for CSV. Any problem of severity diag.Error means the
// annex must not be imported; warnings (a section row that names nothing
// known) do not.
//
//	func ReadFile(path string, places Places) (*Annex, []diag.Problem)
//
// reads the file at path the same way, refusing a file over MaxFileSize
// from its size before reading it: what the command calls.
//
// What a sheet may hold, and what is read from it:
//   - a title block in the first 20 rows, often in merged cells, with a line
//     "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 12/3/2024 …)" or "… ngày 12
//     tháng 3 năm 2024": DecisionNo and DecisionDate;
//   - a header row in the first 20 rows, its cells matched by their words
//     folded (marks, case and đ aside): STT; Tên sản phẩm / Tên SP; Tên chủ
//     thể / Chủ thể sản xuất / Đơn vị; Địa chỉ; Quận/huyện; Nhóm / Nhóm sản
//     phẩm; Phân nhóm / Bộ sản phẩm; Hạng sao / Số sao / Kết quả đánh giá /
//     Phân hạng. Columns says which column was taken for which field;
//   - section rows (a Roman numeral and a name, or a name alone in the first
//     columns) naming a district, a group or a tier ("4 sao"), which apply
//     to the rows below them;
//   - product rows, numbered in the STT column;
//   - a footer (a "Tổng cộng" row, signatures), where reading stops.
//
// Limits: a file of at most MaxFileSize bytes; a workbook unpacking to at
// most 256 MiB (64 MiB for one sheet's XML), through excelize's own limits;
// at most MaxRows rows and MaxColumns columns (cells further right are not
// read).
package annex

import (
	"path"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
)

// Annex is what a sheet says.
type Annex struct {
	File         string    // the file's name as given, for messages
	Workbook     bool      // read as XLSX: positions name columns by letter
	DecisionNo   string    // "1234/QĐ-UBND", from the title line or the caller; "" if none
	DecisionDate time.Time // from the title line or the caller; zero if none
	Columns      []Column  // the columns taken, for the report
	Rows         []Row     // the product rows, in sheet order
}

// Column says which column of the sheet was taken for a field.
type Column struct {
	Field  string // "stt", "name", "producer", "address", "district", "group", "subgroup", "stars"
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
// It tells the two by the file's extension; Annex.Pos knows what was read.
func Pos(file string, line, col int) diag.Pos {
	return diag.Pos{File: file, Line: line, Col: col, Lettered: isWorkbookName(file)}
}

// Pos is where the cell at line and col of the annex is.
func (a *Annex) Pos(line, col int) diag.Pos {
	return diag.Pos{File: a.File, Line: line, Col: col, Lettered: a.Workbook}
}

// isWorkbookName reports whether a file's name says it is a workbook.
func isWorkbookName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".xlsx", ".xlsm":
		return true
	}
	return false
}

// Places are what the cells of an annex are matched against: the
// catalogue's districts (by slug and name) and its product groups with
// their sub-groups (by slug and Vietnamese name).
type Places struct {
	Districts []*catalog.District
	Groups    []*catalog.Group
}

// PlacesOf returns the places of a loaded catalogue.
func PlacesOf(cat *catalog.Catalog) Places {
	return Places{Districts: cat.Districts, Groups: cat.Groups}
}
