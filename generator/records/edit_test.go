package records

import (
	"strings"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/lang"
)

func TestSetValueKeepsComment(t *testing.T) {
	for _, c := range []struct{ in, v, want string }{
		{`stars = 3`, "4", `stars = 4`},
		{`stars   =  3   # lên 4 sao?`, "4", `stars   =  4   # lên 4 sao?`},
		{`level = "cấp huyện" # "#" trong chuỗi`, `"city"`, `level = "city" # "#" trong chuỗi`},
		{`decision_no = "1/QĐ-UBND\"#"#x`, `"2/QĐ-UBND"`, `decision_no = "2/QĐ-UBND"#x`},
		{`stars = "3"`, "5", `stars = 5`},
	} {
		if got := setValue(line{text: c.in}, c.v).text; got != c.want {
			t.Errorf("setValue(%q, %q) = %q, want %q", c.in, c.v, got, c.want)
		}
	}
}

func TestLinesSkipMultilineStrings(t *testing.T) {
	text := "name = \"A\"\ndescription = '''\nstars = 5\n[certificate]\n'''\nstars = 3\nsummary = \"\"\"x\"\"\"\ngroup = \"g\"\n[ certificate ] # c\nlevel = \"city\"\n"
	var got []string
	for _, l := range lines(text) {
		got = append(got, l.table+"."+l.key)
	}
	want := ".name .description . . . .stars .summary .group certificate. certificate.level"
	if strings.Join(got, " ") != want {
		t.Errorf("lines:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func recertifyOf(t *testing.T, text string, prod *catalog.Product, r annex.Row, dec Decision) string {
	t.Helper()
	h, err := heldDecisions(text)
	if err != nil {
		t.Fatal(err)
	}
	out, err := recertify(text, prod, h, &r, "annex.csv", Options{Decision: dec, Lang: lang.English})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRecertifyCRLFAndMissingKeys(t *testing.T) {
	text := "name = \"A\"\r\nstars = 4\r\npotential_five_star = true # tiềm năng\r\n\r\n[certificate]\r\ndecision_date = 2021-05-06"
	prod := &catalog.Product{Name: "A", Stars: 4, PotentialFiveStar: true,
		Certificate: catalog.Certificate{DecisionDate: time.Date(2021, 5, 6, 0, 0, 0, 0, time.UTC)}}
	got := recertifyOf(t, text, prod, annex.Row{Line: 7, Stars: 5},
		Decision{No: "88/QĐ-UBND", Date: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), Level: "central"})
	want := "name = \"A\"\r\nstars = 5\r\npotential_five_star = false # tiềm năng\r\n\r\n[certificate]\r\n" +
		"decision_no = \"88/QĐ-UBND\"\r\ndecision_date = 2024-01-02\r\nlevel = \"central\"\r\n\r\n" +
		"# Replaced by decision 88/QĐ-UBND of 2024-01-02 (imported from annex.csv, row 7)\r\n" +
		"[[certificate_history]]\r\ndecision_date = 2021-05-06\r\nstars = 4\r\npotential_five_star = true\r\n"
	if got != want {
		t.Errorf("recertify:\n got %q\nwant %q", got, want)
	}
}

func TestRecertifyWithoutNumberDropsTheOldOne(t *testing.T) {
	text := "stars = 3\n[certificate]\ndecision_no = \"1/QĐ-UBND\"\ndecision_date = 2021-05-06\nlevel = \"district\"\n"
	prod := &catalog.Product{Stars: 3, Certificate: catalog.Certificate{DecisionNo: "1/QĐ-UBND", Level: "district",
		DecisionDate: time.Date(2021, 5, 6, 0, 0, 0, 0, time.UTC)}}
	got := recertifyOf(t, text, prod, annex.Row{Line: 3, Stars: 3}, Decision{Date: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), Level: "city"})
	if strings.Count(got, "1/QĐ-UBND") != 1 || !strings.Contains(got, "[certificate]\ndecision_date = 2024-01-02\nlevel = \"city\"\n") {
		t.Errorf("recertify:\n%s", got)
	}
}

func TestRecertifyRefusesWhatItCannotPlace(t *testing.T) {
	for _, text := range []string{"name = \"A\"\n[certificate]\ndecision_date = 2021-01-01\n", "stars = 3\ncertificate.decision_date = 2021-01-01\n"} {
		h, _ := heldDecisions(text)
		if _, err := recertify(text, &catalog.Product{}, h, &annex.Row{Stars: 4}, "a.csv", Options{Decision: Decision{Date: time.Now()}}); err == nil {
			t.Errorf("recertify(%q) gave no error", text)
		}
	}
}

func TestHeldDecisions(t *testing.T) {
	h, err := heldDecisions("[certificate]\ndecision_no = \"12/QĐ-UBND\"\ndecision_date = 2024-03-04\nvalid_until = 2026-01-01\n[[certificate_history]]\ndecision_no = \"5/QĐ-UBND\"\ndecision_date = 2020-01-01\n[[certificate_history]]\ndecision_date = 2018-06-07\n")
	if err != nil {
		t.Fatal(err)
	}
	d := func(no, date string) Decision {
		t, _ := time.Parse(time.DateOnly, date)
		return Decision{No: no, Date: t}
	}
	for _, c := range []struct {
		dec  Decision
		want bool
	}{
		{d("12/qđ-ubnd", "2024-03-05"), true},
		{d(" 5 / QĐ-UBND", "2020-01-01"), true},
		{d("", "2018-06-07"), true},
		{d("13/QĐ-UBND", "2024-03-04"), false},
		{d("", "2019-01-01"), false},
	} {
		if got := h.has(c.dec); got != c.want {
			t.Errorf("has(%v) = %v, want %v", c.dec, got, c.want)
		}
	}
	if !h.validUntilSet || h.validUntil.Format(time.DateOnly) != "2026-01-01" {
		t.Errorf("valid_until: %v %v", h.validUntilSet, h.validUntil)
	}
}

func TestRecertifyRevoked(t *testing.T) {
	text := "stars = 4\n[certificate]\ndecision_date = 2021-05-06\nrevoked_by = \"9/QĐ-UBND\"\nrevoked_on = 2022-01-01\n"
	prod := &catalog.Product{Stars: 4, Certificate: catalog.Certificate{DecisionDate: time.Date(2021, 5, 6, 0, 0, 0, 0, time.UTC)}}
	got := recertifyOf(t, text, prod, annex.Row{Line: 3, Stars: 4}, Decision{No: "10/QĐ-UBND", Date: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), Level: "city"})
	want := "stars = 4\n[certificate]\ndecision_no = \"10/QĐ-UBND\"\ndecision_date = 2024-01-02\nlevel = \"city\"\n\n" +
		"# Replaced by decision 10/QĐ-UBND of 2024-01-02 (imported from annex.csv, row 3)\n" +
		"# It had been revoked by decision 9/QĐ-UBND of 2022-01-01.\n" +
		"[[certificate_history]]\ndecision_date = 2021-05-06\nstars = 4\n"
	if got != want {
		t.Errorf("recertify:\n got %q\nwant %q", got, want)
	}
}
