package vntext

import (
	"slices"
	"testing"
)

// TestClosestRanking is the table of what an editor gets offered: the
// nearest real record first, by the whole string, and nothing when
// nothing is close.
func TestClosestRanking(t *testing.T) {
	products := []string{
		"mat-ong-ba-vi", "mien-dong-minh-hong", "banh-cuon-thanh-tri", "mat-ong-hoa-nhan-dong-anh",
		"banh-chung-tranh-khuc", "nu-tram-quang-phu-cau", "nu-tram-nhua-tram-quang-phu-cau", "tra-sen-tay-ho",
	}
	productKeys := []string{
		"name", "slug", "group", "subgroup", "group_1048", "stars", "potential_five_star", "district",
		"commune", "commune_2025", "craft_village", "producer", "producer_kind", "tourism", "sales_points",
		"price_vnd", "unit", "shelf_life", "summary", "description", "images", "certificate", "contact",
	}
	districts := []string{"Gia Lâm", "Ba Vì", "Đông Anh", "Đống Đa", "Ứng Hòa", "Mỹ Đức", "gia-lam", "dong-anh"}
	for _, tc := range []struct {
		s          string
		candidates []string
		want       []string // the first ones offered, in order; none for nil
	}{
		// Words shared, whatever lies between them: not the slug a few
		// letters away that is another product.
		{"mat-ong-dong-anh", products, []string{"mat-ong-hoa-nhan-dong-anh"}},
		// A slug cut short is offered whole.
		{"banh-chung", products, []string{"banh-chung-tranh-khuc"}},
		{"banh-chung-tranh-khuc-ha-noi", products, []string{"banh-chung-tranh-khuc"}},
		// A typo.
		{"banh-cuon-thanh-tr", products, []string{"banh-cuon-thanh-tri"}},
		{"tra-sen-tay-hoo", products, []string{"tra-sen-tay-ho"}},
		// A name for a slug, with marks.
		{"Miến dong Minh Hồng", products, []string{"mien-dong-minh-hong"}},
		// Nothing close: nothing offered.
		{"gia", productKeys, nil},
		{"ten", productKeys, nil},
		{"xyz-khong-co", products, nil},
		{"Hoàn toàn khác", districts, nil},
		// Keys.
		{"distrcit", productKeys, []string{"district"}},
		{"price", productKeys, []string{"price_vnd"}},
		{"shelflife", productKeys, []string{"shelf_life"}},
		{"stars", productKeys, []string{"stars"}},
		// Names: marks and tone placement do not count; the one written
		// alike comes first.
		{"Gia Lamm", districts, []string{"Gia Lâm", "gia-lam"}},
		{"Ứng Hoà", districts, []string{"Ứng Hòa"}},
		{"Đồng Anh", districts, []string{"Đông Anh", "dong-anh"}},
		{"Nụ trám", []string{"Nụ trầm", "Nụ trám"}, []string{"Nụ trám", "Nụ trầm"}},
		{"dong an", districts, []string{"dong-anh", "Đông Anh"}},
	} {
		got := Closest(tc.s, tc.candidates, 3)
		if tc.want == nil {
			if len(got) != 0 {
				t.Errorf("Closest(%q) = %q, want nothing", tc.s, got)
			}
			continue
		}
		if len(got) < len(tc.want) || !slices.Equal(got[:len(tc.want)], tc.want) {
			t.Errorf("Closest(%q) = %q, want %q first", tc.s, got, tc.want)
		}
	}
}

// TestClosestMax keeps to max, and offers each candidate once.
func TestClosestMax(t *testing.T) {
	got := Closest("mat-ong", []string{"mat-ong-ba-vi", "mat-ong-ba-vi", "mat-ong-hoa-nhan-dong-anh", "mat-ong-soc-son"}, 2)
	if len(got) != 2 || got[0] == got[1] {
		t.Errorf("Closest(mat-ong, max 2) = %q", got)
	}
}

func BenchmarkClosest(b *testing.B) {
	var slugs []string
	for i := range 10000 {
		slugs = append(slugs, Slug("Sản phẩm OCOP số "+string(rune('a'+i%26))+string(rune('a'+i/26%26))+" Gia Lâm Hà Nội"))
	}
	for b.Loop() {
		Closest("mat-ong-hoa-nhan-dong-anh", slugs, 1)
	}
}
