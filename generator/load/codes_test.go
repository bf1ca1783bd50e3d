package load

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestVietnameseCodes loads a product whose coded values are written in
// Vietnamese, as certificates write them, and finds the codes in the
// catalogue, with no problem reported.
func TestVietnameseCodes(t *testing.T) {
	for _, c := range []struct {
		product, level                          string // lines written
		kind, group, subgroup, certificateLevel string // codes wanted
		group1048                               string
	}{
		{product: `producer_kind = "Hợp tác xã"`, kind: "hop-tac-xa", group: "thuc-pham"},
		{product: `producer_kind = "HTX"`, kind: "hop-tac-xa", group: "thuc-pham"},
		{product: `producer_kind = "doanh nghiệp"`, kind: "doanh-nghiep", group: "thuc-pham"},
		{product: `producer_kind = "Hộ sản xuất, kinh doanh"`, kind: "ho-kinh-doanh", group: "thuc-pham"},
		{product: `producer_kind = "Tổ hợp tác"`, kind: "to-hop-tac", group: "thuc-pham"},
		{product: `producer_kind = "to-hop-tac"`, kind: "to-hop-tac", group: "thuc-pham"},
		{level: `level = "cấp huyện"`, certificateLevel: "district", group: "thuc-pham"},
		{level: `level = "Cấp Huyện"`, certificateLevel: "district", group: "thuc-pham"},
		{level: `level = "thành phố"`, certificateLevel: "city", group: "thuc-pham"},
		{level: `level = "cấp thành phố"`, certificateLevel: "city", group: "thuc-pham"},
		{level: `level = "cấp tỉnh"`, certificateLevel: "city", group: "thuc-pham"},
		{level: `level = "thanh pho"`, certificateLevel: "city", group: "thuc-pham"},
		{level: `level = "trung ương"`, certificateLevel: "central", group: "thuc-pham"},
		{level: `level = "Cấp trung ương"`, certificateLevel: "central", group: "thuc-pham"},
		{level: `level = "city"`, certificateLevel: "city", group: "thuc-pham"},
		{product: `group = "Đồ uống"`, group: "do-uong"},
		{product: "group = \"Dược liệu và sản phẩm từ dược liệu\"", group: "duoc-lieu"},
		{product: "group = \"Đồ uống\"\nsubgroup = \"Rượu trắng\"", group: "do-uong", subgroup: "ruou-trang"},
		// Either tone placement: thuỷ and thủy.
		{product: "subgroup = \"Thịt, thuỷ sản, trứng, sữa tươi\"", group: "thuc-pham", subgroup: "thit-thuy-san-trung-sua-tuoi"},
		{product: "subgroup = \"Thịt, thủy sản, trứng, sữa tươi\"", group: "thuc-pham", subgroup: "thit-thuy-san-trung-sua-tuoi"},
		{product: `group_1048 = "Thảo dược"`, group: "thuc-pham", group1048: "thao-duoc"},
		{product: `group_1048 = "Vải và may mặc"`, group: "thuc-pham", group1048: "vai-may-mac"},
	} {
		text := "name = \"Mật ong\"\nstars = 4\ndistrict = \"gia-lam\"\nproducer = \"HTX\"\n" + c.product + "\n"
		if c.group == "thuc-pham" && !containsLine(c.product, "group = ") {
			text += "group = \"thuc-pham\"\n"
		}
		text += "[certificate]\ndecision_date = 2024-03-04\n" + c.level + "\n"
		fsys := fstest.MapFS{
			"ocopgen.toml":            {Data: []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n")},
			"content/districts.toml":  {Data: []byte("[[district]]\nname = \"Gia Lâm\"\n")},
			"content/products/a.toml": {Data: []byte(text)},
		}
		cat, probs := Load(fsys, Options{Today: testDay})
		if ps := probs.Problems(); len(ps) > 0 {
			t.Errorf("%s%s: %v", c.product, c.level, ps)
			continue
		}
		p := cat.Products[0]
		if p.Group1048 != c.group1048 {
			t.Errorf("%s: group_1048 %q, want %q", c.product, p.Group1048, c.group1048)
		}
		if p.ProducerKind != c.kind || p.Group.Slug != c.group || p.Subgroup.Slug != c.subgroup || p.Certificate.Level != c.certificateLevel {
			t.Errorf("%s%s: producer_kind %q, group %q, subgroup %q, level %q; want %q, %q, %q, %q", c.product, c.level,
				p.ProducerKind, p.Group.Slug, p.Subgroup.Slug, p.Certificate.Level, c.kind, c.group, c.subgroup, c.certificateLevel)
		}
	}
}

func containsLine(text, prefix string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, prefix) {
			return true
		}
	}
	return false
}

// TestVietnameseTourismKinds loads a tourism place whose kind is written
// in Vietnamese and finds its code in the catalogue.
func TestVietnameseTourismKinds(t *testing.T) {
	for written, want := range map[string]string{
		"Làng nghề": "craft-village", "làng nghề truyền thống": "craft-village", "Du lịch nông thôn": "rural-tourism",
		"du lịch sinh thái": "eco-tourism", "Du lịch cộng đồng": "community-tourism", "Điểm du lịch": "other",
		"khác": "other", "craft-village": "craft-village",
	} {
		fsys := fstest.MapFS{
			"ocopgen.toml":            {Data: []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n")},
			"content/districts.toml":  {Data: []byte("[[district]]\nname = \"Gia Lâm\"\n")},
			"content/tourism/lang.md": {Data: []byte("+++\ntitle = \"Làng\"\ndistrict = \"gia-lam\"\nkind = \"" + written + "\"\n+++\nLàng nghề.\n")},
		}
		cat, probs := Load(fsys, Options{Today: testDay})
		if ps := probs.Problems(); len(ps) > 0 {
			t.Errorf("kind = %q: %v", written, ps)
			continue
		}
		if got := cat.Tourism[0].Kind; got != want {
			t.Errorf("kind = %q: %q, want %q", written, got, want)
		}
	}
}
