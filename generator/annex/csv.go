package annex

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// utf8BOM starts a CSV file that Excel saved as "CSV UTF-8".
var utf8BOM = []byte("\xef\xbb\xbf")

// readCSV reads a CSV annex: UTF-8 with or without a byte-order mark,
// its cells separated by commas or by semicolons (as Excel writes CSV where
// the decimal mark is a comma), whichever makes a header row of more
// fields; commas when neither does.
func readCSV(name string, data []byte, probs *diag.List) (*grid, headerRow) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if !utf8.Valid(data) {
		line, b := firstInvalid(data)
		probs.Errorf(diag.Pos{File: name, Line: line}, "not UTF-8 text (byte 0x%02x): save the file from the spreadsheet as \"CSV UTF-8 (Comma delimited) (*.csv)\"", b)
		return nil, headerRow{}
	}
	best, bestErr := parseCSV(data, ',')
	bestHeader := findHeader(best)
	if semi, err := parseCSV(data, ';'); semi != nil {
		if h := findHeader(semi); h.ok && (!bestHeader.ok || len(h.cols) > len(bestHeader.cols)) {
			best, bestErr, bestHeader = semi, err, h
		}
	}
	if bestErr != nil {
		var pe *csv.ParseError
		switch {
		case errors.As(bestErr, &pe):
			probs.Errorf(diag.Pos{File: name, Line: pe.Line}, "this CSV line cannot be read (%v): put a cell that holds a quote, a comma or a semicolon between quotes, and double each quote inside it", pe.Err)
		case errors.Is(bestErr, errTooManyRows):
			probs.Errorf(diag.Pos{File: name}, "a sheet has more than %d rows: an annex has a few hundred; keep the annex's table alone in the file", MaxRows)
		}
		return nil, headerRow{}
	}
	return best, bestHeader
}

// parseCSV reads data with the separator sep, up to the first error.
func parseCSV(data []byte, sep rune) (*grid, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	g := &grid{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return g, nil
		}
		if err != nil {
			return g, err
		}
		if len(g.rows) == MaxRows {
			return g, errTooManyRows
		}
		line, _ := r.FieldPos(0)
		g.add(line, rec)
	}
}

// firstInvalid returns the line of the first byte of data that is not
// UTF-8, and the byte.
func firstInvalid(data []byte) (line int, b byte) {
	line = 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			return line, data[0]
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line, 0
}
