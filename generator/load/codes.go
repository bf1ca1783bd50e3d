package load

import (
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// Editors write a coded value the way the certificate says it ("Cấp
// thành phố", "Hợp tác xã", "Thực phẩm", "Làng nghề"), not as its code. Each of these
// words is taken for its code, compared by slug: across case, marks, tone
// placement (hoà, hòa) and đ. The catalogue holds the code, so the site is
// the same as if the code had been written.

// levelWords are the Vietnamese words for the level of a certificate.
var levelWords = map[string]string{
	"cap-huyen": "district", "huyen": "district", "cap-quan-huyen": "district", "quan-huyen": "district",
	"cap-thanh-pho": "city", "thanh-pho": "city", "cap-tinh": "city", "tinh": "city", "cap-tinh-thanh-pho": "city",
	"cap-trung-uong": "central", "trung-uong": "central", "cap-quoc-gia": "central", "quoc-gia": "central",
}

// producerKindWords are the Vietnamese names of the kinds of OCOP subject.
var producerKindWords = map[string]string{
	"hop-tac-xa": "hop-tac-xa", "htx": "hop-tac-xa",
	"doanh-nghiep":  "doanh-nghiep",
	"ho-kinh-doanh": "ho-kinh-doanh", "ho-san-xuat-kinh-doanh": "ho-kinh-doanh", "ho-san-xuat": "ho-kinh-doanh",
	"to-hop-tac": "to-hop-tac",
}

// tourismKindWords are the Vietnamese names of the kinds of tourism place.
var tourismKindWords = map[string]string{
	"lang-nghe": "craft-village", "lang-nghe-truyen-thong": "craft-village",
	"du-lich-nong-thon": "rural-tourism", "du-lich-nong-nghiep-nong-thon": "rural-tourism",
	"du-lich-sinh-thai": "eco-tourism",
	"du-lich-cong-dong": "community-tourism",
	"diem-du-lich":      "other", "khac": "other",
}

// group1048Words are the old groups of Decision 1048/QĐ-TTg, whose slugs
// are the slugs of their names ("Thảo dược" is thao-duoc).
var group1048Words = func() map[string]string {
	words := map[string]string{"vai-va-may-mac": "vai-may-mac"}
	for _, g := range groups1048 {
		words[g] = g
	}
	return words
}()

// coded returns the code that val writes: the code of its Vietnamese
// words, or val as written.
func coded(val string, words map[string]string) string {
	if val == "" {
		return val
	}
	if code, ok := words[vntext.Slug(val)]; ok {
		return code
	}
	return val
}

// groupNamed returns the group whose slug or name val writes, compared by
// slug ("Thực phẩm", "Đồ uống"); slugs are in the catalogue's order.
func groupNamed(val string, groups map[string]*catalog.Group, slugs []string) (*catalog.Group, bool) {
	s := vntext.Slug(val)
	for _, slug := range slugs {
		if g := groups[slug]; g.Slug == s || vntext.Slug(g.Name) == s {
			return g, true
		}
	}
	return nil, false
}

// subgroupNamed returns the sub-group of g whose slug or name val writes,
// compared by slug ("Chế biến từ gạo, ngũ cốc").
func subgroupNamed(g *catalog.Group, val string) (catalog.Subgroup, bool) {
	s := vntext.Slug(val)
	for _, sg := range g.Subgroups {
		if sg.Slug == s || vntext.Slug(sg.Name) == s {
			return sg, true
		}
	}
	return catalog.Subgroup{}, false
}
