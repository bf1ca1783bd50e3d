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
