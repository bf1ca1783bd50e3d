package records

import (
	"fmt"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
)

// benchCatalogue is a catalogue of n products over three districts, and
// an annex of rows: the first updates of its products, then new ones.
func benchCatalogue(n, updates, rows int) (fstest.MapFS, *annex.Annex) {
	districts := []string{"gia-lam", "ung-hoa", "thanh-tri"}
	fsys := fstest.MapFS{
		"ocopgen.toml":           {Data: []byte("title = \"x\"\nbase_url = \"https://ocop.example.vn/\"\n")},
		"content/districts.toml": {Data: []byte("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n[[district]]\nname = \"Ứng Hòa\"\nkind = \"huyện\"\n[[district]]\nname = \"Thanh Trì\"\nkind = \"huyện\"\n")},
	}
	for i := range n {
		d := districts[i%3]
		fsys[fmt.Sprintf("content/products/%s/san-pham-%d.toml", d, i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"# viết tay\nname = \"Sản phẩm %d\"\ngroup = \"thuc-pham\"\nstars = 3\ndistrict = %q\nproducer = \"HTX %d\"\nprice_vnd = 100000\n\n[certificate]\ndecision_no = \"1/QĐ-UBND\"\ndecision_date = 2021-03-04\nlevel = \"city\"\n", i, d, i)}
	}
	a := &annex.Annex{File: "annex.xlsx", DecisionNo: "2/QĐ-UBND", DecisionDate: time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)}
	for i := range rows {
		id := i
		if i >= updates {
			id = n + i
		}
		a.Rows = append(a.Rows, annex.Row{Line: 10 + i, Name: fmt.Sprintf("Sản phẩm %d", id), Producer: fmt.Sprintf("HTX %d", id),
			District: districts[id%3], Group: "thuc-pham", Stars: 4, Cols: map[string]int{"name": 2}})
	}
	return fsys, a
}

func benchMake(b *testing.B, updates int) {
	fsys, a := benchCatalogue(2000, updates, 2000)
	cat, _ := load.Load(fsys, load.Options{Today: today})
	opts := Options{Decision: Decision{No: a.DecisionNo, Date: a.DecisionDate, Level: "city"}, Lang: lang.Vietnamese, Today: today}
	b.ResetTimer()
	for b.Loop() {
		p := Make(fsys, cat, a, opts)
		if len(p.Changes) != 2000 {
			b.Fatalf("%d changes", len(p.Changes))
		}
	}
}

// BenchmarkMake2000New plans 2,000 new records into a catalogue of 2,000,
// the check of the planned catalogue included.
func BenchmarkMake2000New(b *testing.B) { benchMake(b, 0) }

// BenchmarkMake2000Mixed plans 1,000 updates and 1,000 new records.
func BenchmarkMake2000Mixed(b *testing.B) { benchMake(b, 1000) }
