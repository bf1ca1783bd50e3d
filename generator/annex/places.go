package annex

import (
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// index is Places with the keys they are matched by, made once a Read.
type index struct {
	Places
	districts map[string]*catalog.District // by name key and by slug
	groups    map[string]*catalog.Group    // by slug and the slug of the name
	subgroups map[string][]subgroupOf      // by slug and the slug of the name
	slugs     map[string]string            // vntext.Slug of texts already seen
}

// subgroupOf is a sub-group with its group.
type subgroupOf struct {
	group *catalog.Group
	sub   catalog.Subgroup
}

func newIndex(p Places) *index {
	x := &index{Places: p, districts: map[string]*catalog.District{}, groups: map[string]*catalog.Group{}, subgroups: map[string][]subgroupOf{}, slugs: map[string]string{}}
	for _, d := range p.Districts {
		for _, k := range []string{d.Slug, x.slug(d.Name)} {
			if _, ok := x.districts[k]; !ok {
				x.districts[k] = d
			}
		}
	}
	for _, d := range p.Districts { // a name key wins over another's slug
		x.districts[vntext.NameKey(d.Name)] = d
	}
	for _, g := range p.Groups {
		for _, k := range []string{g.Slug, x.slug(g.Name)} {
			if _, ok := x.groups[k]; !ok {
				x.groups[k] = g
			}
		}
		for _, sg := range g.Subgroups {
			for _, k := range []string{sg.Slug, x.slug(sg.Name)} {
				x.subgroups[k] = append(x.subgroups[k], subgroupOf{g, sg})
			}
		}
	}
	return x
}

// slug is vntext.Slug(s), remembered: an annex repeats its words.
func (x *index) slug(s string) string {
	if v, ok := x.slugs[s]; ok {
		return v
	}
	v := vntext.Slug(s)
	if len(x.slugs) < 1<<16 {
		x.slugs[s] = v
	}
	return v
}

// district returns the district that name names: by name across case,
// and tone placement ("Ứng Hoà", "ỨNG HÒA"), or by slug (marks aside).
func (x *index) district(name string) (*catalog.District, bool) {
	if d, ok := x.districts[vntext.NameKey(name)]; ok {
		return d, true
	}
	d, ok := x.districts[x.slug(name)]
	return d, ok
}

// group returns the group whose slug or name text writes, compared by
// slug ("Thực phẩm", "THỰC PHẨM", "thuc-pham").
func (x *index) group(text string) (*catalog.Group, bool) {
	g, ok := x.groups[x.slug(text)]
	return g, ok
}

// subgroup returns the sub-group that text names, in g if g is not nil
// and in any group otherwise, with its group.
func (x *index) subgroup(g *catalog.Group, text string) (*catalog.Group, catalog.Subgroup, bool) {
	for _, s := range x.subgroups[x.slug(text)] {
		if g == nil || s.group == g {
			return s.group, s.sub, true
		}
	}
	return nil, catalog.Subgroup{}, false
}

// districtNames are the names of the districts, to offer the nearest.
func (p Places) districtNames() []string {
	names := make([]string, len(p.Districts))
	for i, d := range p.Districts {
		names[i] = d.Name
	}
	return names
}

// groupNames are the names of the groups, joined for a message.
func (p Places) groupNames() string {
	names := make([]string, len(p.Groups))
	for i, g := range p.Groups {
		names[i] = "\"" + g.Name + "\""
	}
	return strings.Join(names, ", ")
}

// subgroupNames are the names of the sub-groups of g (of every group if
// g is nil), for the nearest and for a message.
func (p Places) subgroupNames(g *catalog.Group) []string {
	var names []string
	for _, gg := range p.Groups {
		if g == nil || gg == g {
			for _, sg := range gg.Subgroups {
				names = append(names, sg.Name)
			}
		}
	}
	return names
}

// The words an address writes before the name of a commune or ward and
// before that of a district-level unit, lower case, and the city's names.
var (
	communeWords  = []string{"xã", "phường", "thị trấn", "x.", "p.", "tt.", "tt"}
	districtWords = []string{"quận", "huyện", "thị xã", "q.", "h.", "tx.", "tx"}
	cityNames     = map[string]bool{"hà nội": true, "tp hà nội": true, "tp. hà nội": true, "thành phố hà nội": true, "tp.hà nội": true, "việt nam": true}
)

// cutKind returns the name in part after one of the kind words, as
// written, and whether part starts with one ("Xã Bát Tràng", "H.Gia Lâm").
func cutKind(part string, kinds []string) (string, bool) {
	lower := strings.ToLower(part)
	if len(lower) != len(part) {
		part = lower // a letter whose lower case is of another length
	}
	for _, k := range kinds {
		rest, ok := strings.CutPrefix(lower, k)
		if !ok || rest == "" {
			continue
		}
		if rest[0] == ' ' || strings.HasSuffix(k, ".") {
			return strings.TrimSpace(part[len(part)-len(rest):]), true
		}
	}
	return "", false
}

// address is what an address says of where a product is made.
type address struct {
	commune  string // as written, without "xã"/"phường"
	district string // the district-level part as written, "" if none
	named    bool   // district was written after "huyện", "quận"… (so it must be known)
}

// readAddress splits an address at its commas (or semicolons, or " - ")
// into its commune and its district: "Xã Bát Tràng, huyện Gia Lâm, TP Hà
// Nội". A part with no kind word is taken for the district when it is
// one of places' districts.
func (x *index) readAddress(s string) address {
	var a address
	parts := strings.FieldsFunc(strings.ReplaceAll(s, " - ", ","), func(r rune) bool { return r == ',' || r == ';' })
	var bare []string
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if name, ok := cutKind(part, districtWords); ok {
			if a.district == "" {
				a.district, a.named = name, true
			}
			continue
		}
		if name, ok := cutKind(part, communeWords); ok {
			if a.commune == "" {
				a.commune = name
			}
			continue
		}
		if !cityNames[vntext.NameKey(part)] {
			bare = append(bare, part)
		}
	}
	if a.district == "" {
		for i := len(bare) - 1; i >= 0; i-- {
			if _, ok := x.district(bare[i]); ok {
				a.district = bare[i]
				break
			}
		}
	}
	return a
}

// producerKinds are the leading words of a producer's name, as slugs
// (vntext.OrgSlug reads "HTX" as "Hợp tác xã" and "Cty" as "Công ty"),
// that say its kind, with the kind's code in the content format.
var producerKinds = []struct{ prefix, kind string }{
	{"lien-hiep-hop-tac-xa", "hop-tac-xa"},
	{"hop-tac-xa", "hop-tac-xa"},
	{"cong-ty", "doanh-nghiep"},
	{"doanh-nghiep", "doanh-nghiep"},
	{"dntn", "doanh-nghiep"},
	{"ho-kinh-doanh", "ho-kinh-doanh"},
	{"ho-san-xuat", "ho-kinh-doanh"},
	{"hkd", "ho-kinh-doanh"},
	{"co-so", "ho-kinh-doanh"},
	{"to-hop-tac", "to-hop-tac"},
	{"tht", "to-hop-tac"},
}

// producerKind returns the kind of producer its name says, "" if none.
func producerKind(name string) string {
	s := vntext.OrgSlug(name)
	for _, k := range producerKinds {
		if s == k.prefix || strings.HasPrefix(s, k.prefix+"-") {
			return k.kind
		}
	}
	return ""
}
