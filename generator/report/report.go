// Package report says what a catalogue changes on its published site. It
// compares the catalogue, as check loads it, with the products of the
// site's open data (du-lieu/san-pham.json, read back into
// render.ProductsData), and lists the products added, removed, renamed and
// re-tiered, the certificates that expired or were revoked since, those
// expiring within 90 days, and check's problems grouped by kind. It does no
// I/O: ocopgen report fetches the published file and prints the Report.
package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"math"
	"slices"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/render"
)

// FirstProblems is how many problems of each kind a report keeps, with
// their places; the others are counted.
const FirstProblems = 5

// Product names a product of either side: the catalogue's or the
// published site's.
type Product struct {
	Name, Slug string
	File       string // relative to the catalogue root; "" for a published product of an older file
}

// Renamed is a product whose record (the same file, or the same slug)
// now gives it another name.
type Renamed struct {
	Product        // as it is now
	Was     string // its published name
}

// Retiered is a product whose stars or potential_five_star changed.
type Retiered struct {
	Product
	Was, Now catalog.Tier
	// WasStars and NowStars are the stars, which the tier alone does not
	// tell for 3 stars and fewer.
	WasStars, NowStars int
}

// Ended is a certificate in force on the published site that is no
// longer: past its valid_until, or revoked.
type Ended struct {
	Product
	Revoked bool
	On      time.Time // the day after valid_until, or revoked_on
}

// Expiring is a certificate that ends within 90 days of the report's day.
type Expiring struct {
	Product
	ValidUntil time.Time
	Days       int // days left until ValidUntil, its last day of validity: 0 on that day
}

// Kind is the problems of one kind (diag.Problem.Kind) and severity.
type Kind struct {
	Key      string
	Severity diag.Severity
	Count    int
	First    []diag.Problem // the first FirstProblems, by file and line
}

// Report is what a catalogue changes on its published site.
type Report struct {
	Today time.Time // the catalogue's day (check's --date)
	// Published is false when no published data was found (the site's
	// first publication): every product is added.
	Published bool
	Generated string // the build date of the published data, as it writes it
	// BySlug is the number of published products whose record file the
	// data does not name (a file of an older ocopgen): those were matched
	// by slug, so a renamed one shows as removed and added.
	BySlug   int
	Current  int // products of the catalogue
	Before   int // products of the published data
	Added    []Product
	Removed  []Product
	Renamed  []Renamed
	Retiered []Retiered
	Ended    []Ended
	Expiring []Expiring
	Problems []Kind // errors first, then warnings; the most frequent first
}

// Changed reports whether any product was added, removed, renamed or
// re-tiered, or a certificate ended.
func (r *Report) Changed() bool {
	return len(r.Added)+len(r.Removed)+len(r.Renamed)+len(r.Retiered)+len(r.Ended) > 0
}

// Parse reads a published du-lieu/san-pham.json. An empty file holds no
// product; a file that is not JSON, or not the open data's object, is an
// error (the one of encoding/json).
func Parse(b []byte) (*render.ProductsData, error) {
	var d render.ProductsData
	if len(bytes.TrimSpace(b)) == 0 {
		return &d, nil
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// Compare compares the catalogue cat, with the problems check found in it,
// with the published data pub (nil when the site has none yet).
func Compare(cat *catalog.Catalog, probs []diag.Problem, pub *render.ProductsData) *Report {
	r := &Report{Today: cat.Today, Current: len(cat.Products), Expiring: ExpiringOf(cat), Problems: Group(probs)}
	if pub != nil {
		r.Published, r.Generated, r.Before = true, pub.Generated, len(pub.Products)
	}
	var rows []render.ProductRow
	if pub != nil {
		rows = pub.Products
	}
	for _, row := range rows {
		if row.File == "" {
			r.BySlug++
		}
	}
	match := matchRows(cat.Products, rows)
	seen := make([]bool, len(rows))
	for i, p := range cat.Products {
		j := match[i]
		if j < 0 {
			r.Added = append(r.Added, productOf(p))
			continue
		}
		seen[j] = true
		r.compare(p, rows[j])
	}
	for j, row := range rows {
		if !seen[j] {
			r.Removed = append(r.Removed, Product{Name: row.Name, Slug: row.Slug, File: row.File})
		}
	}
	return r
}

// matchRows gives, for each product, the published row that is the same
// product (or -1): the row of its file, else the row of its slug that no
// other product took (a file moved, or data without files).
func matchRows(ps []*catalog.Product, rows []render.ProductRow) []int {
	byFile, bySlug := map[string]int{}, map[string]int{}
	for j, row := range rows {
		if _, ok := byFile[row.File]; row.File != "" && !ok {
			byFile[row.File] = j
		}
		if _, ok := bySlug[row.Slug]; !ok {
			bySlug[row.Slug] = j
		}
	}
	match := make([]int, len(ps))
	taken := make([]bool, len(rows))
	for i, p := range ps {
		match[i] = -1
		if j, ok := byFile[p.File]; ok && !taken[j] {
			match[i], taken[j] = j, true
		}
	}
	for i, p := range ps {
		if j, ok := bySlug[p.Slug]; match[i] < 0 && ok && !taken[j] {
			match[i], taken[j] = j, true
		}
	}
	return match
}

// compare notes what changed between the published row of a product and
// the product p.
func (r *Report) compare(p *catalog.Product, row render.ProductRow) {
	now := productOf(p)
	if row.Name != p.Name {
		r.Renamed = append(r.Renamed, Renamed{Product: now, Was: row.Name})
	}
	if row.Stars != p.Stars || row.PotentialFiveStar != p.PotentialFiveStar {
		r.Retiered = append(r.Retiered, Retiered{Product: now, Was: tierOf(row), Now: p.Tier(), WasStars: row.Stars, NowStars: p.Stars})
	}
	inForce := row.Status == "valid" || row.Status == "expiring"
	switch v := p.Validity(r.Today); {
	case !inForce:
	case v == catalog.Revoked:
		r.Ended = append(r.Ended, Ended{Product: now, Revoked: true, On: p.Certificate.RevokedOn})
	case v == catalog.Expired:
		r.Ended = append(r.Ended, Ended{Product: now, On: p.Certificate.ValidUntil.AddDate(0, 0, 1)})
	}
}

// tierOf is the tier a published row gives, as its stars and
// potential_five_star say (its "tier" code is their consequence).
func tierOf(row render.ProductRow) catalog.Tier {
	p := catalog.Product{Stars: row.Stars, PotentialFiveStar: row.PotentialFiveStar}
	return p.Tier()
}

func productOf(p *catalog.Product) Product {
	return Product{Name: p.Name, Slug: p.Slug, File: p.File}
}

// ExpiringOf lists the certificates of cat in force that end within 90
// days of its day, the soonest first (then in the catalogue's order).
func ExpiringOf(cat *catalog.Catalog) []Expiring {
	var out []Expiring
	for _, p := range cat.Products {
		if p.Validity(cat.Today) != catalog.Expiring {
			continue
		}
		end := p.Certificate.ValidUntil
		days := int(math.Round(end.Sub(cat.Today).Hours() / 24))
		out = append(out, Expiring{Product: productOf(p), ValidUntil: end, Days: days})
	}
	slices.SortStableFunc(out, func(a, b Expiring) int { return a.ValidUntil.Compare(b.ValidUntil) })
	return out
}

// Group groups problems by kind and severity: errors first, then
// warnings; within each, the kind with the most problems first (the first
// met, at equal counts). probs are sorted by file and line, as a build
// returns them, and each kind keeps its first FirstProblems.
func Group(probs []diag.Problem) []Kind {
	type key struct {
		kind string
		sev  diag.Severity
	}
	at := map[key]int{}
	var out []Kind
	for _, p := range probs {
		k := key{p.Kind(), p.Severity}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, Kind{Key: k.kind, Severity: k.sev})
		}
		out[i].Count++
		if len(out[i].First) < FirstProblems {
			out[i].First = append(out[i].First, p)
		}
	}
	slices.SortStableFunc(out, func(a, b Kind) int {
		return cmp.Or(cmp.Compare(a.Severity, b.Severity), cmp.Compare(b.Count, a.Count))
	})
	return out
}
