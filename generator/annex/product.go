package annex

import (
	"cmp"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// product reads a product row; ok is false when the row has an error
// that leaves it without a name.
func (r *reader) product(h headerRow, row int, sec section) (Row, bool) {
	get := func(field string) string { return r.g.cell(row, h.cols[field]) }
	p := Row{
		Line:     r.g.lines[row],
		Name:     get("name"),
		Producer: get("producer"),
		Address:  get("address"),
		Cols:     map[string]int{},
	}
	for f, c := range h.cols {
		p.Cols[f] = c
	}
	p.ProducerKind = producerKind(p.Producer)
	for _, f := range []string{"name", "producer", "address"} {
		if word, _, legacy := vntext.LooksLegacy(get(f)); legacy {
			r.probs.Errorf(r.pos(row, h.cols[f]), "%q looks like Vietnamese in the old TCVN3 (ABC) or VNI encoding: convert the sheet's text to Unicode (for example with Unikey's converter) and save the file again", word)
		}
	}
	ok := true
	if p.Name == "" {
		r.probs.Errorf(r.pos(row, h.cols["name"]), "missing product name: write the product's name, or delete the row if it is not a product")
		ok = false
	}
	r.stars(&p, row, get("stars"), sec)
	r.place(&p, row, h, sec)
	r.groups(&p, row, h, sec)
	return p, ok
}

// stars reads the tier of a product row, or its section's.
func (r *reader) stars(p *Row, row int, text string, sec section) {
	pos := r.pos(row, p.Cols["stars"])
	if text == "" {
		if sec.stars != 0 {
			p.Stars, p.PotentialFive = sec.stars, sec.potential
			return
		}
		if p.Cols["stars"] == 0 {
			r.starsMissing = true // said once, of the header
			return
		}
		r.probs.Errorf(pos, "missing stars: write the product's tier, such as \"4 sao\"")
		return
	}
	n, potential, ok := parseStars(text)
	switch {
	case !ok || n < 3 || n > 5:
		r.probs.Errorf(pos, "%q is not a tier: OCOP tiers are 3, 4 and 5 stars; write \"3 sao\", \"4 sao\" or \"5 sao\" (or \"4 sao (tiềm năng 5 sao)\")", text)
	case potential && n != 4:
		r.probs.Errorf(pos, "%q: only a 4-star product is a potential five-star; write \"4 sao (tiềm năng 5 sao)\" or the tier alone", text)
	default:
		p.Stars, p.PotentialFive = n, potential
	}
}

// place reads the district and commune of a product row from its
// address (or its district column), or the district from its section.
func (r *reader) place(p *Row, row int, h headerRow, sec section) {
	a := r.places.readAddress(p.Address)
	p.Commune = a.commune
	col, written := cmp.Or(p.Cols["address"], p.Cols["name"]), a.district
	if c, ok := h.cols["district"]; ok && r.g.cell(row, c) != "" {
		col, written = c, r.g.cell(row, c)
		if rest, ok := cutKind(written, districtWords); ok {
			written = rest
		}
		a.named = true
	}
	var d *catalog.District
	if written != "" {
		var known bool
		if d, known = r.places.district(written); !known && a.named {
			r.unknownDistrict(row, col, written)
			return
		}
	}
	if d == nil {
		d = sec.district
	}
	if d == nil {
		r.probs.Errorf(r.pos(row, col), "no district: the address names none and no section row above gives one; add \", huyện …\" to the address, or a section row with the district's name above the row")
		return
	}
	if sec.district != nil && d != sec.district {
		r.probs.Errorf(r.pos(row, col), "the address is in %s but the row is under the section of %s (row %d): correct the address, or move the row to its district's section", d.Name, sec.district.Name, sec.districtLine)
		return
	}
	p.District = d.Slug
}

// unknownDistrict reports a district the catalogue does not have, with
// the nearest it has.
func (r *reader) unknownDistrict(row, col int, name string) {
	if near := vntext.Closest(name, r.places.districtNames(), 1); len(near) > 0 {
		r.probs.Errorf(r.pos(row, col), "unknown district %q (did you mean %q?): write one of the catalogue's districts (content/districts.toml)", name, near[0])
		return
	}
	r.probs.Errorf(r.pos(row, col), "unknown district %q: write one of the catalogue's districts (content/districts.toml)", name)
}

// groups reads the group and sub-group of a product row, from its cells
// or its section.
func (r *reader) groups(p *Row, row int, h headerRow, sec section) {
	g := sec.group
	if text := r.g.cell(row, h.cols["group"]); text != "" {
		var ok bool
		if g, ok = r.places.group(text); !ok {
			r.unknownGroup(row, h.cols["group"], text)
			return
		}
	}
	if text := r.g.cell(row, h.cols["subgroup"]); text != "" {
		sg, sub, ok := r.places.subgroup(g, text)
		if !ok {
			r.unknownSubgroup(row, h.cols["subgroup"], text, g)
			return
		}
		g, p.Subgroup = sg, sub.Slug
	}
	if g == nil {
		col := h.cols["group"]
		if col == 0 {
			col = p.Cols["name"]
		}
		r.probs.Errorf(r.pos(row, col), "no group: write the product's group (one of %s) in a column \"Nhóm\", or a section row with the group's name above the row", r.places.groupNames())
		return
	}
	p.Group = g.Slug
}

// unknownGroup reports a group the catalogue does not have.
func (r *reader) unknownGroup(row, col int, text string) {
	var names []string
	for _, g := range r.places.Groups {
		names = append(names, g.Name)
	}
	if near := vntext.Closest(text, names, 1); len(near) > 0 {
		r.probs.Errorf(r.pos(row, col), "unknown group %q (did you mean %q?): write one of %s", text, near[0], r.places.groupNames())
		return
	}
	r.probs.Errorf(r.pos(row, col), "unknown group %q: write one of %s", text, r.places.groupNames())
}

// unknownSubgroup reports a sub-group that is not of the row's group (of
// any group, when the row has none).
func (r *reader) unknownSubgroup(row, col int, text string, g *catalog.Group) {
	if other, _, ok := r.places.subgroup(nil, text); ok && g != nil {
		r.probs.Errorf(r.pos(row, col), "%q is a sub-group of %q, not of %q: correct the group or the sub-group", text, other.Name, g.Name)
		return
	}
	names := r.places.subgroupNames(g)
	quoted := "\"" + strings.Join(names, "\", \"") + "\""
	near := vntext.Closest(text, names, 1)
	switch {
	case g != nil && len(near) > 0:
		r.probs.Errorf(r.pos(row, col), "%q is not a sub-group of %q (did you mean %q?): write one of %s", text, g.Name, near[0], quoted)
	case g != nil:
		r.probs.Errorf(r.pos(row, col), "%q is not a sub-group of %q: write one of %s", text, g.Name, quoted)
	case len(near) > 0:
		r.probs.Errorf(r.pos(row, col), "unknown sub-group %q (did you mean %q?): write the name of a sub-group of the catalogue", text, near[0])
	default:
		r.probs.Errorf(r.pos(row, col), "unknown sub-group %q: write the name of a sub-group of the catalogue", text)
	}
}

// same reports a row that is the same product as an earlier one: the
// same name (across case and tone placement) in the same district.
func (r *reader) same(p Row, seen map[string]int) {
	if p.District == "" {
		return
	}
	key := vntext.NameKey(p.Name) + "\x00" + p.District
	if first, ok := seen[key]; ok {
		r.probs.Errorf(r.a.Pos(p.Line, p.Cols["name"]), "rows %d and %d are the same product %q of one district: delete one of them, or tell the two apart by their names", first, p.Line, p.Name)
		return
	}
	seen[key] = p.Line
}
