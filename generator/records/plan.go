// Package records turns the rows of a certifying decision's annex into the
// catalogue's product records: a new record for a product the catalogue
// does not have, and an edit of the record of one it has (the new
// certificate in [certificate], the previous one kept as a
// [[certificate_history]] table). It edits records as text, so that an
// editor's comments and fields stay byte for byte; it checks every file it
// would write by loading the catalogue as check does with those files in
// place, and writes all of them or none.
package records

import (
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// Decision is the certifying decision the rows of an annex take.
type Decision struct {
	No    string    // "1234/QĐ-UBND"
	Date  time.Time // required
	Level string    // district | city | central
}

// Options tune a plan.
type Options struct {
	Decision Decision
	Lang     language.Tag // of the comments written into records
	Today    time.Time    // the day the planned catalogue is checked on
}

// Kinds of change.
const (
	Add    = "add"
	Update = "update"
)

// A Change is one file the import would write.
type Change struct {
	Kind          string // Add or Update
	File          string // slash path inside the catalogue
	Line          int    // the annex row
	Name          string
	District      string // the district's name
	Stars         int
	PotentialFive bool
	FromStars     int // Update: the stars before
	Text          []byte
}

// A Skip is a row whose decision the record already holds.
type Skip struct {
	Line int
	Name string
	File string
}

// Plan is what importing an annex would do.
type Plan struct {
	Changes  []Change
	Skipped  []Skip
	Problems diag.List // the rows' and the planned files' problems
}

// Failed reports whether the plan has errors: then nothing is written.
func (p *Plan) Failed() bool {
	errs, _ := p.Problems.Count()
	return errs > 0
}

// Make plans the import of the rows of a into the catalogue cat, loaded
// from fsys, and checks the planned files as check would.
func Make(fsys fs.FS, cat *catalog.Catalog, a *annex.Annex, opts Options) *Plan {
	p := &Plan{}
	pl := planner{fsys: fsys, cat: cat, a: a, opts: opts, plan: p,
		byKey: map[string][]*catalog.Product{}, slugs: map[string]string{}, planned: map[string]int{}}
	for _, prod := range cat.Products {
		k := productKey(prod.Name, districtSlug(prod))
		pl.byKey[k] = append(pl.byKey[k], prod)
		pl.slugs[prod.Slug] = prod.File
	}
	for i := range a.Rows {
		pl.row(&a.Rows[i])
	}
	checkPlanned(fsys, p, a.File, opts.Today)
	return p
}

type planner struct {
	fsys    fs.FS
	cat     *catalog.Catalog
	a       *annex.Annex
	opts    Options
	plan    *Plan
	byKey   map[string][]*catalog.Product // name key and district → products
	slugs   map[string]string             // slug → the file that has it
	planned map[string]int                // planned file → its row
}

func productKey(name, district string) string { return vntext.NameKey(name) + "\x00" + district }

func districtSlug(p *catalog.Product) string {
	if p.District == nil {
		return ""
	}
	return p.District.Slug
}

// pos is the position of a cell of row r.
func (pl *planner) pos(r *annex.Row, field string) diag.Pos {
	return annex.Pos(pl.a.File, r.Line, r.Cols[field])
}

func (pl *planner) row(r *annex.Row) {
	d, ok := load.District(pl.cat, r.District)
	if !ok {
		pl.plan.Problems.Errorf(pl.pos(r, "address"), "no district of the catalogue for %q: write the district in the address (\"…, huyện Gia Lâm\") or in a section row above", r.Name)
		return
	}
	found := pl.byKey[productKey(r.Name, d.Slug)]
	if len(found) == 0 {
		pl.add(r, d)
		return
	}
	i := slices.IndexFunc(found, func(p *catalog.Product) bool { return vntext.NameKey(p.Producer) == vntext.NameKey(r.Producer) })
	if i < 0 {
		pl.plan.Problems.Errorf(pl.pos(r, "producer"), "%q of %s is in %s, made by %q, not %q: if it is the same product, write the producer as the record does; if another, give it a name of its own", r.Name, d.Name, found[0].File, found[0].Producer, r.Producer)
		return
	}
	pl.update(r, d, found[i])
}

// claim notes that row r writes file; a second row writing it is an error.
func (pl *planner) claim(r *annex.Row, file string) bool {
	if first, ok := pl.planned[file]; ok {
		pl.plan.Problems.Errorf(pl.pos(r, "name"), "rows %d and %d both write %s: they are the same product; keep one row", first, r.Line, file)
		return false
	}
	pl.planned[file] = r.Line
	return true
}

func (pl *planner) add(r *annex.Row, d *catalog.District) {
	slug := vntext.Slug(r.Name)
	if slug == "" {
		pl.plan.Problems.Errorf(pl.pos(r, "name"), "the name %q gives no slug: write the product's name with letters", r.Name)
		return
	}
	file := path.Join(load.ContentDir, "products", d.Slug, slug+".toml")
	if other, ok := pl.slugs[slug]; ok {
		pl.plan.Problems.Errorf(pl.pos(r, "name"), "%q gives the slug %q, which %s has: if it is that product, write its name and district as the record does; if another, name it apart", r.Name, slug, other)
		return
	}
	if _, err := fs.Stat(pl.fsys, file); err == nil {
		pl.plan.Problems.Errorf(pl.pos(r, "name"), "%s exists already: rename or move that file, or write the product's name as that record does", file)
		return
	}
	if !pl.claim(r, file) {
		return
	}
	text := newRecord(r, d, filepath.Base(pl.a.File), pl.opts)
	pl.plan.Changes = append(pl.plan.Changes, Change{Kind: Add, File: file, Line: r.Line, Name: r.Name, District: d.Name,
		Stars: r.Stars, PotentialFive: r.PotentialFive, Text: text})
}

func (pl *planner) update(r *annex.Row, d *catalog.District, prod *catalog.Product) {
	data, err := fs.ReadFile(pl.fsys, prod.File)
	if err != nil {
		pl.plan.Problems.Errorf(diag.Pos{File: prod.File}, "cannot read the record to update it: %v", err)
		return
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	held, err := heldDecisions(text)
	if err != nil {
		pl.plan.Problems.Errorf(diag.Pos{File: prod.File}, "cannot read the record to update it: %v", err)
		return
	}
	dec := pl.opts.Decision
	if held.has(dec) {
		pl.plan.Skipped = append(pl.plan.Skipped, Skip{Line: r.Line, Name: prod.Name, File: prod.File})
		return
	}
	if dec.Date.Equal(prod.Certificate.DecisionDate) {
		// Not held, so both decisions have a number, and they differ.
		pl.plan.Problems.Errorf(pl.pos(r, "name"), "decision %s of %s has the date of the certificate of %s, decision %s: a product has one certificate a day; if the sheet corrects that number, write %s as decision_no in the record's [certificate] by hand; if the row is another product, give it a name of its own", dec.No, dec.Date.Format(time.DateOnly), prod.File, prod.Certificate.DecisionNo, dec.No)
		return
	}
	if dec.Date.Before(prod.Certificate.DecisionDate) {
		pl.plan.Problems.Errorf(pl.pos(r, "name"), "the decision of %s is older than the certificate of %s (%s): import the newer decision, or add the older one to that record's [[certificate_history]] by hand", dec.Date.Format(time.DateOnly), prod.File, prod.Certificate.DecisionDate.Format(time.DateOnly))
		return
	}
	if !pl.claim(r, prod.File) {
		return
	}
	edited, err := recertify(text, prod, held, r, filepath.Base(pl.a.File), pl.opts)
	if err != nil {
		pl.plan.Problems.Errorf(diag.Pos{File: prod.File}, "cannot update the record: %v", err)
		return
	}
	pl.plan.Changes = append(pl.plan.Changes, Change{Kind: Update, File: prod.File, Line: r.Line, Name: prod.Name, District: d.Name,
		Stars: r.Stars, PotentialFive: r.PotentialFive, FromStars: prod.Stars, Text: []byte(edited)})
}

// Counts returns how many records the plan adds and updates.
func (p *Plan) Counts() (added, updated int) {
	for _, c := range p.Changes {
		if c.Kind == Add {
			added++
		} else {
			updated++
		}
	}
	return added, updated
}
