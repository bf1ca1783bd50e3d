package load

import (
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// indexDistrict files a district under the keys a reference to it may
// use: its slug and the key of its name.
func indexDistrict(byKey map[string]*catalog.District, d *catalog.District) {
	byKey[d.Slug] = d
	byKey[vntext.NameKey(d.Name)] = d
}

// District finds the district of cat that ref names, as a record's
// district field is read: by slug, or by name across tone placement,
// case and the usual abbreviations ("huyện Gia Lâm").
func District(cat *catalog.Catalog, ref string) (*catalog.District, bool) {
	l := loader{districtByKey: make(map[string]*catalog.District, 2*len(cat.Districts))}
	for _, d := range cat.Districts {
		indexDistrict(l.districtByKey, d)
	}
	return l.district(ref)
}
