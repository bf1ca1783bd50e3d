package vntext

import "testing"

func TestOrgSlug(t *testing.T) {
	same := []string{"HTX Hoa Tây Tựu", "Hợp tác xã hoa Tây Tựu", "hợp tác xã  Hoa Tây Tựu", "HỢP TÁC XÃ HOA TÂY TỰU", "Htx Hoa Tay Tuu"}
	for _, s := range same {
		if got := OrgSlug(s); got != "hop-tac-xa-hoa-tay-tuu" {
			t.Errorf("OrgSlug(%q) = %q, want hop-tac-xa-hoa-tay-tuu", s, got)
		}
	}
	if a, b := OrgSlug("Cty TNHH Gốm Hoà Bình"), OrgSlug("Công ty TNHH Gốm Hòa Bình"); a != b {
		t.Errorf("OrgSlug: %q != %q", a, b)
	}
	for _, s := range []string{"HTX Hoa Tây Tựu", "HTX Hoa Mê Linh"} {
		if OrgSlug(s) == OrgSlug("Hộ kinh doanh Hoa Tây Tựu") {
			t.Errorf("OrgSlug(%q) matches another producer", s)
		}
	}
	if got := OrgSlug("HTXanh"); got != "htxanh" {
		t.Errorf(`OrgSlug("HTXanh") = %q: only the word HTX is read as "hợp tác xã"`, got)
	}
}
