package annex

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// section is what the section rows above a product row set.
type section struct {
	district     *catalog.District
	districtLine int // the line of the section row that set it
	group        *catalog.Group
	stars        int
	potential    bool
}

// rows reads the rows below the header: sections, products, and the
// footer, where it stops.
func (r *reader) rows(h headerRow) {
	var sec section
	seen := map[string]int{} // product key → line of its first row
	for row := h.last + 1; row < len(r.g.rows); row++ {
		cells := r.g.rows[row]
		if isFooter(cells) {
			return
		}
		if r.isProduct(h, row) {
			if p, ok := r.product(h, row, sec); ok {
				r.same(p, seen)
				r.a.Rows = append(r.a.Rows, p)
			}
			continue
		}
		r.section(row, &sec)
	}
}

// table reads the rows below the header, and reports a header without
// a column of stars if a row needed one, and a table of no product.
func (r *reader) table(h headerRow) {
	r.rows(h)
	if r.starsMissing {
		r.noStarsColumn(h)
	}
	if len(r.a.Rows) == 0 {
		r.probs.Errorf(r.pos(h.row, 0), "no product row under the header row: number each product's row in the column \"STT\" (1, 2, 3…)")
	}
}

// isProduct reports whether a row is a product's: numbered in the STT
// column, or not numbered but with a name and stars (an editor forgot
// the number: the row is not dropped unseen). A header repeated on a new
// page, or the row numbering the columns ("(1)", "(2)"…), is none.
func (r *reader) isProduct(h headerRow, row int) bool {
	if c, ok := h.cols["stt"]; ok {
		stt := r.g.cell(row, c)
		if _, err := strconv.Atoi(strings.TrimSuffix(stt, ".")); err == nil {
			return !onlyCell(r.g.rows[row], c) // a numbered row left blank is none
		}
		if romanRe.MatchString(stt) {
			return false
		}
	}
	name := r.g.cell(row, h.cols["name"])
	if name == "" || r.g.cell(row, h.cols["stars"]) == "" || fieldOf(name) == "name" || columnNumberRe.MatchString(name) {
		return false
	}
	return true
}

// onlyCell reports whether cells hold nothing but the cell of column c.
func onlyCell(cells []string, c int) bool {
	for i, text := range cells {
		if text != "" && i != c-1 {
			return false
		}
	}
	return true
}

// columnNumberRe is a cell of the row that numbers a table's columns.
var columnNumberRe = regexp.MustCompile(`^\(?\d+\)?$`)

// isFooter reports whether a row starts the footer: a row of totals.
func isFooter(cells []string) bool {
	for _, c := range cells {
		if c == "" {
			continue
		}
		s := vntext.Slug(c)
		return s == "cong" || strings.HasPrefix(s, "tong-cong") || strings.HasPrefix(s, "tong-so") || s == "tong"
	}
	return false
}

// romanRe is a section's number: a Roman numeral, or a capital letter,
// with a dot or a parenthesis after it or not.
var romanRe = regexp.MustCompile(`^(?:[IVXLC]+|[A-Z])[.)]?(?:\s+|$)`)

// parenRe is a remark in parentheses after a section's name: "(12 sản phẩm)".
var parenRe = regexp.MustCompile(`\(.*\)`)

// section reads a row that is not a product's: a Roman numeral and a
// name, or a name alone in the first columns, naming a district, a group,
// a sub-group's group or a tier. A numbered section that names nothing
// known is a warning; other text (notes, signatures) is not data.
func (r *reader) section(row int, sec *section) {
	text, col, numbered := sectionText(r.g.rows[row])
	if text == "" {
		return
	}
	name := strings.TrimSpace(parenRe.ReplaceAllString(text, ""))
	if d, ok := r.sectionDistrict(name); ok {
		sec.district, sec.districtLine = d, r.g.lines[row]
		return
	}
	if g, ok := r.sectionGroup(name); ok {
		sec.group = g
		return
	}
	if n, potential, ok := sectionTier(text); ok && n >= 3 && n <= 5 {
		sec.stars, sec.potential = n, potential
		return
	}
	if numbered {
		r.probs.Warnf(r.pos(row, col), "the section row %q names no district and no group of the catalogue, so it is not used: write a district's name (\"Huyện Gia Lâm\") or a group's (\"Thực phẩm\")", text)
	}
}

// sectionText returns a section row's name and its column, and whether
// a number came before it; "" when the row is not a section's.
func sectionText(cells []string) (text string, col int, numbered bool) {
	var filled []int
	for i, c := range cells {
		if c != "" {
			filled = append(filled, i)
		}
	}
	if len(filled) == 0 {
		return "", 0, false
	}
	first := cells[filled[0]]
	if loc := romanRe.FindStringIndex(first); loc != nil {
		if rest := strings.TrimSpace(first[loc[1]:]); rest != "" {
			return rest, filled[0] + 1, true
		}
		if len(filled) > 1 {
			return cells[filled[1]], filled[1] + 1, true
		}
		return "", 0, false
	}
	if len(filled) == 1 && filled[0] < 3 {
		return first, filled[0] + 1, false
	}
	return "", 0, false
}

// sectionDistrict reads a district section: "Huyện Gia Lâm", "QUẬN HÀ ĐÔNG",
// "Gia Lâm".
func (r *reader) sectionDistrict(name string) (*catalog.District, bool) {
	if rest, ok := cutKind(name, districtWords); ok {
		name = rest
	}
	return r.places.district(name)
}

// sectionGroup reads a group section: "Nhóm Thực phẩm", "NHÓM SẢN PHẨM ĐỒ
// UỐNG", "Thực phẩm", or a sub-group's name (its group).
func (r *reader) sectionGroup(name string) (*catalog.Group, bool) {
	s := vntext.Slug(name)
	for _, p := range []string{"nhom-san-pham-", "nhom-", "san-pham-"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = rest
			break
		}
	}
	if g, ok := r.places.group(s); ok {
		return g, true
	}
	if g, _, ok := r.places.subgroup(nil, s); ok {
		return g, true
	}
	return nil, false
}

// sectionTier reads a tier section: "Sản phẩm đạt 4 sao", "4 SAO".
func sectionTier(name string) (int, bool, bool) {
	s := vntext.Slug(name)
	for _, p := range []string{"san-pham-dat-", "san-pham-", "dat-"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = rest
			break
		}
	}
	if !strings.Contains(s, "sao") {
		return 0, false, false
	}
	return parseStars(s)
}
