package report

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/render"
)

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func product(name, slug, file string, stars int, validUntil string) *catalog.Product {
	return &catalog.Product{Name: name, Slug: slug, File: file, Stars: stars,
		Certificate: catalog.Certificate{ValidUntil: day(validUntil)}}
}

func row(name, slug, file string, stars int, status string) render.ProductRow {
	return render.ProductRow{Name: name, Slug: slug, File: file, Stars: stars, Status: status}
}

func names[T interface{ name() string }](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.name())
	}
	return out
}

func (p Product) name() string { return p.Name }
func (p Renamed) name() string { return p.Was + " → " + p.Name }
func (p Retiered) name() string {
	return fmt.Sprintf("%s %d→%d %s→%s", p.Name, p.WasStars, p.NowStars, p.Was.Slug(), p.Now.Slug())
}
func (p Ended) name() string {
	return fmt.Sprintf("%s %v %s", p.Name, p.Revoked, p.On.Format(time.DateOnly))
}
func (p Expiring) name() string { return fmt.Sprintf("%s %d", p.Name, p.Days) }

func check[T interface{ name() string }](t *testing.T, what string, got []T, want ...string) {
	t.Helper()
	if g := names(got); !slices.Equal(g, want) {
		t.Errorf("%s: %q, want %q", what, g, want)
	}
}

// TestCompare: each kind of change between the published rows and the
// catalogue, matched by file, and by slug for a moved file.
func TestCompare(t *testing.T) {
	revoked := product("Mứt", "mut", "content/products/mut.toml", 3, "2028-01-01")
	revoked.Certificate.RevokedBy, revoked.Certificate.RevokedOn = "9/QĐ", day("2026-11-01")
	potential := product("Trà", "tra", "content/products/tra.toml", 4, "2028-01-01")
	potential.PotentialFiveStar = true
	cat := &catalog.Catalog{Today: today, Products: []*catalog.Product{
		product("Bánh chưng Tranh Khúc", "banh-chung-tranh-khuc", "content/products/banh.toml", 4, "2028-01-01"), // renamed
		product("Gạo", "gao", "content/products/gao.toml", 3, "2026-12-01"),                                      // new, expiring
		revoked,
		product("Mật ong", "mat-ong", "content/products/gia-lam/mat-ong.toml", 5, "2026-11-22"), // moved, re-tiered, expired
		potential, // re-tiered
		product("Rượu", "ruou", "content/products/ruou.toml", 3, "2027-01-15"), // unchanged, expiring
	}}
	pub := &render.ProductsData{Products: []render.ProductRow{
		row("Bánh chưng", "banh-chung", "content/products/banh.toml", 4, "valid"),
		row("Mật ong", "mat-ong", "content/products/mat-ong.toml", 4, "expiring"),
		row("Mứt", "mut", "content/products/mut.toml", 3, "valid"),
		row("Nem", "nem", "content/products/nem.toml", 3, "valid"), // removed
		row("Rượu", "ruou", "content/products/ruou.toml", 3, "valid"),
		row("Trà", "tra", "content/products/tra.toml", 4, "valid"),
	}}
	r := Compare(cat, nil, pub)
	if !r.Published || r.BySlug != 0 || r.Current != 6 || r.Before != 6 || !r.Changed() {
		t.Errorf("report %+v", r)
	}
	check(t, "added", r.Added, "Gạo")
	check(t, "removed", r.Removed, "Nem")
	check(t, "renamed", r.Renamed, "Bánh chưng → Bánh chưng Tranh Khúc")
	check(t, "re-tiered", r.Retiered, "Mật ong 4→5 4-sao→5-sao", "Trà 4→4 4-sao→tiem-nang-5-sao")
	check(t, "ended", r.Ended, "Mứt true 2026-11-01", "Mật ong false 2026-11-23")
	check(t, "expiring", r.Expiring, "Gạo 8", "Rượu 53")
}

// TestCompareFirstPublication: without published data, every product is
// added, and nothing ended.
func TestCompareFirstPublication(t *testing.T) {
	cat := &catalog.Catalog{Today: today, Products: []*catalog.Product{
		product("A", "a", "content/products/a.toml", 3, "2026-01-01"),
		product("B", "b", "content/products/b.toml", 3, "2028-01-01"),
	}}
	for _, pub := range []*render.ProductsData{nil, {}} {
		r := Compare(cat, nil, pub)
		check(t, "added", r.Added, "A", "B")
		if r.Published != (pub != nil) || len(r.Removed)+len(r.Ended) > 0 {
			t.Errorf("published %v: %+v", pub != nil, r)
		}
	}
}

// TestCompareOlderData: rows without a file are matched by slug: a name
// changed under the same slug is a rename, a new slug removed and added.
func TestCompareOlderData(t *testing.T) {
	cat := &catalog.Catalog{Today: today, Products: []*catalog.Product{
		product("A mới", "a", "content/products/a.toml", 3, "2028-01-01"),
		product("B mới", "b-moi", "content/products/b.toml", 3, "2028-01-01"),
	}}
	pub := &render.ProductsData{Products: []render.ProductRow{row("A", "a", "", 3, "valid"), row("B", "b", "", 3, "valid")}}
	r := Compare(cat, nil, pub)
	if r.BySlug != 2 {
		t.Errorf("BySlug = %d, want 2", r.BySlug)
	}
	check(t, "renamed", r.Renamed, "A → A mới")
	check(t, "added", r.Added, "B mới")
	check(t, "removed", r.Removed, "B")
}

// TestCompareUnchanged: the same products give no change.
func TestCompareUnchanged(t *testing.T) {
	cat := &catalog.Catalog{Today: today, Products: []*catalog.Product{product("A", "a", "content/products/a.toml", 3, "2028-01-01")}}
	r := Compare(cat, nil, &render.ProductsData{Products: []render.ProductRow{row("A", "a", "content/products/a.toml", 3, "valid")}})
	if r.Changed() || len(r.Expiring) > 0 {
		t.Errorf("%+v", r)
	}
}

// TestGroup: problems grouped by kind and severity, errors first, the
// most frequent first, each with its first FirstProblems.
func TestGroup(t *testing.T) {
	var l diag.List
	for i := range 8 {
		l.Warnf(diag.Pos{File: fmt.Sprintf("content/products/p%d.toml", i), Line: 3}, "the certificate of %q expires on %s", fmt.Sprint("P", i), "01/01/2027")
	}
	l.Warnf(diag.Pos{File: "content/x.txt"}, "ignored file %s", "x.txt")
	l.Errorf(diag.Pos{File: "content/products/a.toml", Line: 2, Col: 8}, "unknown district %q", "Gia Lamm")
	l.Errorf(diag.Pos{File: "content/products/b.toml", Line: 2, Col: 8}, "unknown district %q", "Ba Vii")
	kinds := Group(l.Problems())
	var got []string
	for _, k := range kinds {
		got = append(got, fmt.Sprintf("%s %s %d %d %s", k.Severity, k.Key, k.Count, len(k.First), k.First[0].Pos))
	}
	want := []string{
		"error unknown district %q 2 2 content/products/a.toml:2:8",
		"warning the certificate of %q expires on %s 8 5 content/products/p0.toml:3",
		"warning ignored file %s 1 1 content/x.txt",
	}
	if !slices.Equal(got, want) {
		t.Errorf("groups:\n%q\nwant\n%q", got, want)
	}
}

// TestParse: an empty file holds no product; the products of a file are
// read with their fields, the file of each included; what is not the open
// data's JSON is an error.
func TestParse(t *testing.T) {
	for _, b := range []string{"", " \n", "{}", "null", `{"title":"T","count":0,"products":[]}`} {
		d, err := Parse([]byte(b))
		if err != nil || len(d.Products) != 0 {
			t.Errorf("Parse(%q) = %v, %v", b, d, err)
		}
	}
	d, err := Parse([]byte(`{"count":1,"generated":"2026-11-20","title":"T","products":[
{"slug":"a","name":"A","stars":4,"potential_five_star":true,"status":"valid","file":"content/products/a.toml"}
]}`))
	if err != nil || d.Generated != "2026-11-20" || len(d.Products) != 1 || d.Products[0].File != "content/products/a.toml" || !d.Products[0].PotentialFiveStar {
		t.Errorf("Parse = %+v, %v", d, err)
	}
	for _, b := range []string{"<!doctype html><html>", "[1,2]", `{"products":{"a":1}}`, `{"products":[`} {
		if _, err := Parse([]byte(b)); err == nil {
			t.Errorf("Parse(%q) read it", b)
		}
	}
}
