package catalog

import (
	"testing"
	"time"
)

func TestBasePath(t *testing.T) {
	for in, want := range map[string]string{
		"https://x.vn/":            "/",
		"https://x.vn":             "/",
		"https://x.github.io/ocop": "/ocop/",
		"https://x.vn/a/b/":        "/a/b/",
		"/":                        "/",
	} {
		if got := (&Settings{BaseURL: in}).BasePath(); got != want {
			t.Errorf("BasePath of %q = %q, want %q", in, got, want)
		}
	}
}

func TestTiersAndValidity(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	today := day(2026, 11, 23)
	for _, tc := range []struct {
		stars     int
		potential bool
		until     time.Time
		tier      Tier
		validity  Validity
	}{
		{3, false, day(2027, 3, 4), Tier3, Valid},
		{4, false, day(2027, 1, 15), Tier4, Expiring},
		{4, true, day(2026, 11, 22), TierPotential5, Expired},
		{5, false, day(2026, 11, 23), Tier5, Expiring}, // the last day still counts
	} {
		p := &Product{Stars: tc.stars, PotentialFiveStar: tc.potential, Certificate: Certificate{ValidUntil: tc.until}}
		if p.Tier() != tc.tier || p.Validity(today) != tc.validity {
			t.Errorf("%d stars, potential %v, until %s: tier %v validity %v; want %v %v",
				tc.stars, tc.potential, tc.until.Format(time.DateOnly), p.Tier(), p.Validity(today), tc.tier, tc.validity)
		}
	}
	if got := CountValid([]*Product{
		{Certificate: Certificate{ValidUntil: day(2027, 1, 1)}},
		{Certificate: Certificate{ValidUntil: day(2025, 1, 1)}},
	}, today); got != 1 {
		t.Errorf("CountValid = %d, want 1", got)
	}
}

// A revoked certificate is revoked from revoked_on on, whatever its end,
// and is not counted among those in force.
func TestRevoked(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	p := &Product{Stars: 4, Certificate: Certificate{ValidUntil: day(2028, 1, 1), RevokedBy: "456/QĐ-UBND", RevokedOn: day(2026, 3, 2)}}
	for today, want := range map[time.Time]Validity{
		day(2026, 3, 1): Valid, day(2026, 3, 2): Revoked, day(2029, 1, 1): Revoked,
	} {
		if got := p.Validity(today); got != want {
			t.Errorf("on %s: validity %v, want %v", today.Format(time.DateOnly), got, want)
		}
	}
	if n := CountValid([]*Product{p}, day(2026, 6, 1)); n != 0 {
		t.Errorf("CountValid counts a revoked product: %d", n)
	}
	past := PastCertificate{Stars: 4, PotentialFiveStar: true}
	if past.Tier() != TierPotential5 {
		t.Errorf("past certificate's tier = %v, want potential 5", past.Tier())
	}
}
