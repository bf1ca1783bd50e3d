package annex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// headerRow is the row naming the table's columns: its index in the grid
// (and that of the row under it that names some columns anew, when the
// header is written on two rows), the column of each field found in them
// and the header cell's text.
type headerRow struct {
	ok        bool
	row, last int
	cols      map[string]int
	texts     map[string]string
}

// findHeader returns the first of the grid's first rows that names a
// column of product names and at least one other field. A row under it
// naming fields too ("Kết quả đánh giá" over "Số điểm" and "Hạng sao")
// is part of the header, its fields taken from there, if it leaves the
// column of names empty or merged with the header's cell (as a row of the
// table does not).
func findHeader(g *grid) headerRow {
	for r := 0; r < len(g.rows) && r < searchRows; r++ {
		h := headerRow{row: r, last: r, cols: map[string]int{}, texts: map[string]string{}}
		h.take(g.rows[r], false)
		if _, ok := h.cols["name"]; !ok || len(h.cols) < 2 {
			continue
		}
		h.ok = true
		if under := g.cell(r+1, h.cols["name"]); (under == "" || under == h.texts["name"]) && r+1 < len(g.rows) && h.take(g.rows[r+1], true) {
			h.last = r + 1
		}
		return h
	}
	return headerRow{}
}

// take records the fields that the cells of a header row name, the first
// column of each (or, for the second row of a header, any column: it
// names them closer). It reports whether any cell named a field.
func (h *headerRow) take(cells []string, second bool) bool {
	named := false
	for c, text := range cells {
		f := fieldOf(text)
		if f == "" {
			continue
		}
		named = true
		if _, ok := h.cols[f]; !ok || second {
			h.cols[f], h.texts[f] = c+1, text
		}
	}
	return named
}

// fieldOf returns the field a header cell names, "" for none. The cell
// is compared by the words of its slug: marks, case and đ do not count.
func fieldOf(text string) string {
	s := vntext.Slug(text)
	has := func(words ...string) bool {
		for _, w := range words {
			if s == w || strings.HasPrefix(s, w+"-") || strings.Contains(s, "-"+w+"-") || strings.HasSuffix(s, "-"+w) {
				return true
			}
		}
		return false
	}
	starts := func(words ...string) bool {
		for _, w := range words {
			if s == w || strings.HasPrefix(s, w+"-") {
				return true
			}
		}
		return false
	}
	switch {
	case s == "":
		return ""
	case starts("stt", "tt", "so-tt", "so-thu-tu", "thu-tu"):
		return "stt"
	case has("dia-chi"):
		return "address"
	case has("chu-the", "co-so-san-xuat", "nha-san-xuat", "ten-don-vi") || starts("don-vi") && !starts("don-vi-tinh"):
		return "producer"
	case starts("ten-san-pham", "ten-sp", "san-pham", "ten"):
		return "name"
	case starts("quan-huyen") || s == "huyen" || s == "quan" || s == "dia-ban":
		return "district"
	case has("phan-nhom", "bo-san-pham"):
		return "subgroup"
	case starts("nhom", "nhom-san-pham", "nganh-hang"):
		return "group"
	case has("hang-sao", "so-sao", "ket-qua-danh-gia", "ket-qua-phan-hang", "phan-hang", "xep-hang", "sao"):
		return "stars"
	}
	return ""
}

// fieldOrder is the order in which Columns lists the fields.
var fieldOrder = []string{"stt", "name", "producer", "address", "district", "group", "subgroup", "stars"}

// columns records which column was taken for which field.
func (r *reader) columns(h headerRow) {
	for _, f := range fieldOrder {
		if c, ok := h.cols[f]; ok {
			r.a.Columns = append(r.a.Columns, Column{Field: f, Index: c, Header: h.texts[f]})
		}
	}
}

// noStarsColumn reports a header row without a column of stars, once,
// when a row of the table has no tier from a section either.
func (r *reader) noStarsColumn(h headerRow) {
	r.probs.Errorf(r.pos(h.row, 0), "the header row has no column of stars: name the column of the tiers \"Hạng sao\"")
}

// The title line: "Kèm theo Quyết định số 1234/QĐ-UBND ngày 12/3/2024"
// or "… ngày 12 tháng 3 năm 2024" ("QĐ số 12/2024/QĐ-UBND" too). Matched
// on NFC text, case aside.
var (
	decisionNoRe = regexp.MustCompile(`(?i)(?:quyết\s*định|qđ)\s*(?:số)?\s*:?\s*(\d+(?:\s*/\s*[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)+)`)
	dateSlashRe  = regexp.MustCompile(`(?i)ngày\s*:?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)
	dateWordsRe  = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	spacesRe     = regexp.MustCompile(`\s+`)
)

// title reads the decision's number and date from the first cell of the
// rows above the table (or of the first rows) that names a decision.
func (r *reader) title(h headerRow) {
	end := min(len(r.g.rows), searchRows)
	if h.ok {
		end = h.row
	}
	for row := 0; row < end; row++ {
		for c, text := range r.g.rows[row] {
			m := decisionNoRe.FindStringSubmatchIndex(text)
			if m == nil {
				continue
			}
			r.a.DecisionNo = spacesRe.ReplaceAllString(text[m[2]:m[3]], "")
			rest := text[m[1]:]
			d := dateSlashRe.FindStringSubmatch(rest)
			if d == nil {
				d = dateWordsRe.FindStringSubmatch(rest)
			}
			if d != nil {
				r.date(row, c+1, d[0], d[1], d[2], d[3])
			}
			return
		}
	}
}

// date sets the decision's date from its day, month and year as written.
func (r *reader) date(row, col int, written, day, month, year string) {
	dd, _ := strconv.Atoi(day)
	mm, _ := strconv.Atoi(month)
	yy, _ := strconv.Atoi(year)
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd || int(t.Month()) != mm || yy < 2000 {
		r.probs.Errorf(r.pos(row, col), "the title gives the decision's date as %q, which is not a date: correct it (day/month/year, such as 12/3/2024), or pass --date YYYY-MM-DD", written)
		return
	}
	r.a.DecisionDate = t
}
