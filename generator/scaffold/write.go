package scaffold

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/source"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// A Record is what Write is asked to begin.
type Record struct {
	Kind string // product, story, tourism or sales-point
	Name string // the name or title, which gives the slug and the file name
	// District is the slug or the name of a district of the catalogue,
	// or "" to leave the field for the editor to fill in. A product is
	// written into its district's folder.
	District string
	Today    time.Time
	Lang     language.Tag // of the skeleton's comments
}

// districtPlaceholder is the district of a skeleton written without one:
// check reports it until the editor writes a district there.
const districtPlaceholder = "điền quận, huyện"

// TakenError is the error of a record whose slug a record of its kind
// already has: a second one would make the same page.
type TakenError struct {
	Slug string
	File string // the file of the record that has it
}

func (e *TakenError) Error() string { return e.In(lang.English) }

// In words the error in language t.
func (e *TakenError) In(t language.Tag) string {
	return lang.Sprintf(t, "%s already has the slug %q: choose another name, or edit that file", e.File, e.Slug)
}

// Write creates the skeleton of record r in the catalogue at root, and
// returns the file's path. It never overwrites a file, and refuses a
// record whose slug is taken (a *TakenError).
func Write(root string, r Record) (string, error) {
	folder, ok := folders[r.Kind]
	if !ok {
		return "", lang.Errorf("unknown kind %q: use one of %s", r.Kind, strings.Join(kinds, ", "))
	}
	name := strings.TrimSpace(vntext.NFC(r.Name))
	slug := vntext.Slug(name)
	if slug == "" {
		return "", lang.Errorf("the name %q gives an empty slug: write a name with letters", name)
	}
	cat, err := open(root, r.Today)
	if err != nil {
		return "", err
	}
	if file, ok := taken(cat, r.Kind, slug); ok {
		return "", &TakenError{Slug: slug, File: filepath.Join(root, filepath.FromSlash(file))}
	}
	data := fields{Name: Quote(name), Slug: slug, District: Quote(districtPlaceholder), Today: r.Today.Format(time.DateOnly)}
	dir := path.Join(load.ContentDir, folder)
	if r.District != "" {
		d, err := district(cat, r.Kind, r.District)
		if err != nil {
			return "", err
		}
		data.District = Quote(d.Slug)
		if r.Kind == "product" {
			dir = path.Join(dir, d.Slug)
		}
	}
	ext := ".toml"
	if r.Kind == "story" || r.Kind == "tourism" {
		ext = ".md"
	}
	var buf bytes.Buffer
	if err := skeletonsIn(r.Lang).ExecuteTemplate(&buf, r.Kind, data); err != nil {
		return "", err
	}
	return create(root, path.Join(dir, slug+ext), slug, buf.Bytes())
}

type fields struct {
	Name, Slug, District, Today string
}

// open loads the catalogue at root, whose records and districts a new
// record must fit; its problems are check's to report.
func open(root string, today time.Time) (*catalog.Catalog, error) {
	if _, err := os.Stat(filepath.Join(root, load.ConfigFile)); err != nil {
		return nil, lang.Errorf("no ocopgen.toml in %s: run ocopgen new in a catalogue folder, or name one with -s DIR", root)
	}
	src, err := source.Open(root)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	cat, _ := load.Load(src, load.Options{Today: today})
	return cat, nil
}

// taken returns the file of the record of kind whose slug is slug.
func taken(cat *catalog.Catalog, kind, slug string) (string, bool) {
	var files map[string]string
	switch kind {
	case "product":
		files = slugs(cat.Products, func(p *catalog.Product) (string, string) { return p.Slug, p.File })
	case "story":
		files = slugs(cat.Stories, func(s *catalog.Story) (string, string) { return s.Slug, s.File })
	case "tourism":
		files = slugs(cat.Tourism, func(t *catalog.Tourism) (string, string) { return t.Slug, t.File })
	case "sales-point":
		files = slugs(cat.SalesPoints, func(s *catalog.SalesPoint) (string, string) { return s.Slug, s.File })
	}
	file, ok := files[slug]
	return file, ok
}

func slugs[T any](recs []T, id func(T) (slug, file string)) map[string]string {
	out := make(map[string]string, len(recs))
	for _, r := range recs {
		slug, file := id(r)
		if _, dup := out[slug]; !dup {
			out[slug] = file
		}
	}
	return out
}

// district finds the district ref names, as check would read it in the
// record's district field.
func district(cat *catalog.Catalog, kind, ref string) (*catalog.District, error) {
	if kind == "story" {
		return nil, lang.Errorf("--district is for a product, a tourism link or a sales point: a story lists its districts in the file, like districts = [%q]", vntext.Slug(ref))
	}
	if d, ok := load.District(cat, ref); ok {
		return d, nil
	}
	if len(cat.Districts) == 0 {
		return nil, lang.Errorf("unknown district %q: content/districts.toml lists no district yet; add it there first", ref)
	}
	names := make([]string, len(cat.Districts))
	for i, d := range cat.Districts {
		names[i] = d.Name
	}
	if near := vntext.Closest(ref, names, 1); len(near) > 0 {
		return nil, lang.Errorf("unknown district %q (did you mean %q?): write --district with a slug or a name from content/districts.toml", ref, near[0])
	}
	return nil, lang.Errorf("unknown district %q: write --district with a slug or a name from content/districts.toml, like %q", ref, cat.Districts[0].Slug)
}

// create writes a new file at the slash path name under root, and
// returns its path.
func create(root, name, slug string, data []byte) (string, error) {
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return "", err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return "", &TakenError{Slug: slug, File: p}
	}
	if err != nil {
		return "", err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", err
	}
	return p, f.Close()
}
