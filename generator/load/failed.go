package load

import (
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// One mistake, one message. A record file that cannot be read or decoded
// has its problems reported, and the catalogue still holds the record by
// its identity alone (its slug, hence its URL, and its name or title), so
// that the records and links that name it are not reported again: a
// product with an error in its price is still a product whose page the
// stories link. The catalogue has errors then, so it is never rendered.

// written returns the value of a top-level key as its line writes it, when
// that line reads alone as TOML (the rest of the document may not).
func (d *doc) written(key string) (any, bool) {
	e, ok := d.ix().entry(key)
	if !ok {
		return nil, false
	}
	line := d.ix().text[e.valOff:]
	if end := strings.IndexAny(line, "\r\n"); end >= 0 {
		line = line[:end]
	}
	// A string on one line, or a boolean: nothing that nests, and nothing
	// that costs more than the line to read.
	if !strings.HasPrefix(line, `"`) && !strings.HasPrefix(line, "'") && !strings.HasPrefix(line, "true") && !strings.HasPrefix(line, "false") ||
		strings.HasPrefix(line, `"""`) || strings.HasPrefix(line, "'''") {
		return nil, false
	}
	var v struct {
		V any `toml:"v"`
	}
	if _, err := toml.Decode("v = "+line, &v); err != nil {
		return nil, false
	}
	return v.V, v.V != nil
}

// writtenString returns the string a top-level key writes, or "".
func (d *doc) writtenString(key string) string {
	v, _ := d.written(key)
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// failedDoc is the document of a file that could not be decoded, or an
// empty one for a file that could not be read.
func (l *loader) failedDoc(name string, d *doc, body *catalog.Markdown) *doc {
	if body != nil && body.File == "" {
		*body = catalog.Markdown{File: name, Line: 1, Col: 1}
	}
	if d == nil {
		d = &doc{fsys: l.fsys, file: name, probs: l.probs}
	}
	return d
}

// failedProduct is the product of a file whose problems left no record:
// its name and slug as written where they can be read, else the file's
// name. ok is false when it gives no slug.
func (l *loader) failedProduct(name string, d *doc) (pendingProduct, bool) {
	d = l.failedDoc(name, d, nil)
	p := &catalog.Product{Name: d.writtenString("name"), File: name}
	if p.Name == "" {
		p.Name = slugOfFile(name)
	}
	if s := d.writtenString("slug"); vntext.IsSlug(s) {
		p.Slug = s
	} else {
		p.Slug = vntext.Slug(p.Name)
	}
	if p.Slug == "" {
		return pendingProduct{}, false
	}
	p.SortKey = l.coll.Key(p.Name)
	p.KeepURL()
	d.md = toml.MetaData{}
	return pendingProduct{p: p, doc: d, failed: true}, true
}

// failedTourism, failedSalesPoint and failedStory are the same for the
// records named by their files.
func (l *loader) failedTourism(name string, d *doc, body catalog.Markdown) (pendingTourism, bool) {
	d = l.failedDoc(name, d, &body)
	slug := slugOfFile(name)
	t := &catalog.Tourism{Title: d.writtenString("title"), Slug: slug, Body: body, File: name}
	if t.Title == "" {
		t.Title = slug
	}
	t.SortKey = l.coll.Key(t.Title)
	return pendingTourism{t, d}, slug != ""
}

func (l *loader) failedSalesPoint(name string, d *doc) (pendingSalesPoint, bool) {
	d = l.failedDoc(name, d, nil)
	slug := slugOfFile(name)
	sp := &catalog.SalesPoint{Name: d.writtenString("name"), Slug: slug, File: name}
	if sp.Name == "" {
		sp.Name = slug
	}
	sp.SortKey = l.coll.Key(sp.Name)
	return pendingSalesPoint{sp: sp, doc: d}, slug != ""
}

func (l *loader) failedStory(name string, d *doc, body catalog.Markdown) (pendingStory, bool) {
	d = l.failedDoc(name, d, &body)
	slug := slugOfFile(name)
	draft, _ := d.written("draft")
	s := &catalog.Story{Title: d.writtenString("title"), Slug: slug, Draft: draft == true, Body: body, File: name}
	if s.Title == "" {
		s.Title = slug
	}
	return pendingStory{s: s, doc: d}, slug != ""
}
