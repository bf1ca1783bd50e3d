package stats

import (
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// The catalogue of the test, and its figures worked out by hand below.
func records() []*catalog.Product {
	return []*catalog.Product{
		{Slug: "p1", Stars: 5, // raised from 4 stars; the old certificate stops on 29/02/2024
			Certificate: catalog.Certificate{DecisionDate: day("2024-03-01"), ValidUntil: day("2027-03-01")},
			History:     []catalog.PastCertificate{{Stars: 4, DecisionDate: day("2021-05-10"), ValidUntil: day("2024-05-10")}}},
		{Slug: "p2", Stars: 3, // revoked on 01/02/2025
			Certificate: catalog.Certificate{DecisionDate: day("2023-07-01"), ValidUntil: day("2026-07-01"),
				RevokedBy: "12/QĐ-UBND", RevokedOn: day("2025-02-01")}},
		{Slug: "p3", Stars: 4, // decided on the last day of 2022, ended on the last of 2025
			Certificate: catalog.Certificate{DecisionDate: day("2022-12-31"), ValidUntil: day("2025-12-31")}},
		{Slug: "p4", Stars: 4, PotentialFiveStar: true,
			Certificate: catalog.Certificate{DecisionDate: day("2025-09-01"), ValidUntil: day("2028-09-01")}},
		{Slug: "p5", Stars: 3,
			Certificate: catalog.Certificate{DecisionDate: day("2024-11-20"), ValidUntil: day("2027-05-01")}},
	}
}

func TestComputeAgainstRecords(t *testing.T) {
	f := Compute(records(), day("2026-06-15"))
	type want struct {
		year      int
		certified [4]int // 3 sao, 4 sao, potential 5, 5 sao
		valid     int
	}
	wants := []want{
		{2021, [4]int{0, 1, 0, 0}, 1}, // p1's 4 stars
		{2022, [4]int{0, 1, 0, 0}, 2}, // + p3, valid from its decision day
		{2023, [4]int{1, 0, 0, 0}, 3}, // + p2
		{2024, [4]int{1, 0, 0, 1}, 4}, // p1 now 5 stars (its 4 stars replaced), p2, p3, p5
		{2025, [4]int{0, 0, 1, 0}, 4}, // p2 revoked; p3 valid to its last day; + p4
		{2026, [4]int{0, 0, 0, 0}, 3}, // on the build date: p1, p4, p5 (p3 expired)
	}
	if len(f.Years) != len(wants) {
		t.Fatalf("years %d, want %d: %+v", len(f.Years), len(wants), f.Years)
	}
	for i, w := range wants {
		y := f.Years[i]
		if y.Year != w.year || y.Certified != w.certified || y.Valid != w.valid {
			t.Errorf("year %d: got %d %v valid %d, want %d %v valid %d", i, y.Year, y.Certified, y.Valid, w.year, w.certified, w.valid)
		}
	}
	if !f.Years[5].On.Equal(day("2026-06-15")) || !f.Years[4].On.Equal(day("2025-12-31")) {
		t.Errorf("counting days %v, %v", f.Years[4].On, f.Years[5].On)
	}
	if f.Years[3].Total() != 2 {
		t.Errorf("2024 total %d, want 2", f.Years[3].Total())
	}
	// Valid now: p1 (ends 01/03/2027), p4 (01/09/2028), p5 (01/05/2027);
	// within 12 months (to 15/06/2027): p1 and p5.
	if f.Valid != 3 || f.Expiring != 2 || f.Percent() != 67 || !f.Horizon.Equal(day("2027-06-15")) {
		t.Errorf("valid %d expiring %d (%d %%) horizon %v, want 3, 2 (67 %%), 2027-06-15", f.Valid, f.Expiring, f.Percent(), f.Horizon)
	}
}

func TestComputeEmpty(t *testing.T) {
	f := Compute(nil, day("2026-06-15"))
	if len(f.Years) != 0 || f.Valid != 0 || f.Percent() != 0 {
		t.Errorf("%+v", f)
	}
}
