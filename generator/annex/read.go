package annex

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// Limits of what is read.
const (
	MaxFileSize = 20 << 20 // bytes of the file, checked before it is opened
	MaxRows     = 20000    // rows of a sheet; an annex has a few hundred
	MaxColumns  = 64       // columns read; cells further right are not
	searchRows  = 20       // the title block and the header row are in the first rows
)

// grid is a sheet's text: its cells row by row, each NFC with its spaces
// collapsed, and the line of the file each row starts on.
type grid struct {
	rows  [][]string
	lines []int
}

// cell returns the text at 0-based row r and 1-based column c, "" if none.
func (g *grid) cell(r, c int) string {
	if c < 1 || r >= len(g.rows) || c > len(g.rows[r]) {
		return ""
	}
	return g.rows[r][c-1]
}

// add appends a row of raw cells starting on line.
func (g *grid) add(line int, raw []string) {
	if len(raw) > MaxColumns {
		raw = raw[:MaxColumns]
	}
	row := make([]string, len(raw))
	for i, s := range raw {
		row[i] = clean(s)
	}
	g.rows = append(g.rows, row)
	g.lines = append(g.lines, line)
}

// clean returns a cell's text NFC, with every run of spaces (line breaks
// and no-break spaces too) as one space and none at either end.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(vntext.NFC(s), unicode.IsSpace), " ")
}

// zipMagic starts every XLSX file (a zip archive); xlsMagic an old .xls
// one (an OLE compound file).
var (
	zipMagic = []byte("PK\x03\x04")
	xlsMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
)

// Read reads the annex in data, named name; see the package comment.
func Read(name string, data []byte, places Places) (*Annex, []diag.Problem) {
	a := &Annex{File: name}
	var probs diag.List
	if len(data) > MaxFileSize {
		return a, tooBig(name, int64(len(data)))
	}
	var g *grid
	var header headerRow
	switch {
	case bytes.HasPrefix(data, xlsMagic):
		probs.Errorf(diag.Pos{File: name}, "an old Excel 97–2003 workbook (.xls): open it in the spreadsheet and save it as Excel Workbook (.xlsx) or as CSV UTF-8")
		return a, probs.Problems()
	case bytes.HasPrefix(data, zipMagic) || isWorkbookName(name):
		a.Workbook = true
		g, header = readWorkbook(name, data, &probs)
	default:
		g, header = readCSV(name, data, &probs)
	}
	if g == nil {
		return a, probs.Problems()
	}
	r := reader{a: a, g: g, places: newIndex(places), probs: &probs}
	r.title(header)
	if header.ok {
		r.columns(header)
		r.table(header)
	} else {
		probs.Errorf(diag.Pos{File: name}, "no header row in the first %d rows: the table needs a row naming its columns, such as \"STT\", \"Tên sản phẩm\", \"Tên chủ thể\", \"Địa chỉ\", \"Nhóm\", \"Hạng sao\"", searchRows)
	}
	return a, probs.Problems()
}

// tooBig is the problem of a file of size bytes, over MaxFileSize.
func tooBig(name string, size int64) []diag.Problem {
	var probs diag.List
	probs.Errorf(diag.Pos{File: name}, "the file is %d MiB, more than the limit of %d MiB for an annex: save the annex's sheet alone, without pictures", (size+(1<<20)-1)>>20, MaxFileSize>>20)
	return probs.Problems()
}

// reader reads one sheet's grid into its annex.
type reader struct {
	a      *Annex
	g      *grid
	places *index
	probs  *diag.List

	starsMissing bool // a row had no tier, and the table no column of stars
}

// pos is where the cell at 0-based row r and 1-based column c is.
func (r *reader) pos(row, col int) diag.Pos {
	return r.a.Pos(r.g.lines[row], col)
}
