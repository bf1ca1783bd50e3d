package annex

import (
	"archive/zip"
	"bytes"
	"errors"

	"github.com/xuri/excelize/v2"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// What excelize may unpack of a workbook: all its parts, and one sheet's
// XML (or the shared strings) held in memory.
const (
	maxUnzip    = 256 << 20
	maxUnzipXML = 64 << 20
	maxSheets   = 32 // sheets looked at for the header row
)

// readWorkbook reads the first sheet of the workbook in data that has a
// header row (the first sheet if none has), with its header row.
func readWorkbook(name string, data []byte, probs *diag.List) (*grid, headerRow) {
	if unpacked(data) > maxUnzip {
		probs.Errorf(diag.Pos{File: name}, "the workbook unpacks to more than %d MiB: save the annex's sheet alone, without pictures", maxUnzip>>20)
		return nil, headerRow{}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzip, UnzipXMLSizeLimit: maxUnzipXML})
	if err != nil {
		workbookError(name, err, probs)
		return nil, headerRow{}
	}
	defer f.Close()
	var first *grid
	for i, sheet := range f.GetSheetList() {
		if i == maxSheets {
			break
		}
		g, err := readSheet(f, sheet)
		if err != nil {
			workbookError(name, err, probs)
			return nil, headerRow{}
		}
		if h := findHeader(g); h.ok {
			return g, h
		}
		if first == nil {
			first = g
		}
	}
	if first == nil {
		first = &grid{}
	}
	return first, headerRow{}
}

// unpacked is the size the zip archive in data says its files unpack
// to, checked before excelize opens it (which checks it again, saying so
// only in words); 0 for data that is not a zip archive.
func unpacked(data []byte) uint64 {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return 0
	}
	var n uint64
	for _, f := range z.File {
		n += f.UncompressedSize64
	}
	return n
}

// errTooManyRows stops reading a sheet longer than MaxRows.
var errTooManyRows = errors.New("too many rows")

// workbookError reports a workbook that cannot be read.
func workbookError(name string, err error, probs *diag.List) {
	pos := diag.Pos{File: name}
	switch {
	case errors.Is(err, errTooManyRows):
		probs.Errorf(pos, "a sheet has more than %d rows: an annex has a few hundred; keep the annex's table alone in the file", MaxRows)
	default:
		probs.Errorf(pos, "not a workbook that can be read (%v): open it in the spreadsheet and save it again as Excel Workbook (.xlsx), or as CSV UTF-8", err)
	}
}

// readSheet reads one sheet: its rows, and the value of each cell merged
// down over several rows given to each of those rows (a merged title or
// section, across one row, counts once: in its first cell).
func readSheet(f *excelize.File, sheet string) (*grid, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	g := &grid{}
	for rows.Next() {
		if len(g.rows) == MaxRows {
			return nil, errTooManyRows
		}
		cols, err := rows.Columns()
		if err != nil {
			return nil, err
		}
		g.add(len(g.rows)+1, cols)
	}
	if err := rows.Error(); err != nil {
		return nil, err
	}
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		return nil, err
	}
	for _, m := range merged {
		fillDown(g, m)
	}
	return g, nil
}

// fillDown gives the value of a cell merged over several rows to the
// first cell of the merge in each of them.
func fillDown(g *grid, m excelize.MergeCell) {
	c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
	_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
	if err1 != nil || err2 != nil || r2 <= r1 || c1 > MaxColumns {
		return
	}
	v := clean(m.GetCellValue())
	for r := r1 + 1; r <= r2 && r <= len(g.rows); r++ {
		row := g.rows[r-1]
		for len(row) < c1 {
			row = append(row, "")
		}
		if row[c1-1] == "" {
			row[c1-1] = v
		}
		g.rows[r-1] = row
	}
}
