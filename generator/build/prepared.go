package build

import (
	"context"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/images"
	"github.com/ocopgen/ocopgen/generator/manifest"
	"github.com/ocopgen/ocopgen/generator/markdown"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/search"
)

// What a site served page by page (package session) needs of a prepared
// build: its catalogue, its pages and files, the bytes of each, and, for
// an edit that changes no link between records, the same build over a
// new catalogue.

// Catalog is the catalogue the build renders, drafts left out unless
// asked for.
func (p *Prepared) Catalog() *catalog.Catalog { return p.cat }

// Pages lists the pages of the site, search index files included.
func (p *Prepared) Pages() []render.Page { return p.pages }

// Files is the manifest: every file of the site, once.
func (p *Prepared) Files() *manifest.Manifest { return p.files }

// SearchIndex builds the files of the search index, once, when first
// asked.
func (p *Prepared) SearchIndex() ([]search.File, error) { return p.index() }

// Read returns the bytes of a file of the site: a page rendered from the
// build's own catalogue, a media file checked again as it is read (it may
// have been replaced since the site was built, by a file a rebuild refuses
// while this site is still served; such a file reads as an error), or
// another file as it is.
func (p *Prepared) Read(f *manifest.File) ([]byte, error) {
	switch f.Kind {
	case manifest.Page:
		return p.r.Render(*f.Page)
	case manifest.Media:
		b, err := f.Open()
		if err != nil {
			return nil, err
		}
		return b, images.Refused(f.Path, b)
	}
	return f.Open()
}

// ReportTemplate records an error of rendering a page as a problem of the
// build's theme, at the template's file, line and column when it has them.
func (p *Prepared) ReportTemplate(probs *diag.List, err error) {
	reportTemplate(probs, p.cat.Site.Theme, err)
}

// Replace returns the same build over a catalogue that holds new versions
// of records in the places of the old ones (catalog.Catalog.Replace): the
// page list, the manifest and so the link check's paths are shared, and the
// pages render from the new catalogue. Their markdown is not converted yet
// (Convert). It returns ok=false when the catalogue does not hold every
// old record.
func (p *Prepared) Replace(products map[*catalog.Product]*catalog.Product, stories map[*catalog.Story]*catalog.Story) (*Prepared, bool) {
	cat, ok := p.cat.Replace(products, stories)
	if !ok {
		return nil, false
	}
	next := *p
	next.cat, next.r = cat, p.r.Replaced(cat) // next.pages stay: next.r renders them
	next.index = indexOf(cat)
	return &next, true
}

// Convert converts the markdown of the products and stories, records of
// the build's catalogue, and checks their links against the manifest,
// reporting problems to probs. md, if not nil, keeps conversions between
// calls. It returns false, checking nothing, when a text now links a
// listing that the site makes only when something links it (a district
// without products, say): the page list must be made anew.
func (p *Prepared) Convert(ctx context.Context, products []*catalog.Product, stories []*catalog.Story, probs *diag.List, md *markdown.Cache) bool {
	texts := make([]*text, 0, len(products)+len(stories))
	for _, pr := range products {
		texts = append(texts, &text{md: &pr.Description, page: pr.URL()})
	}
	for _, st := range stories {
		texts = append(texts, &text{md: &st.Body, page: st.URL()})
	}
	p.convertAll(ctx, texts, probs, md)
	for im := range inlineImages(texts, p.cat.Site.BaseURL) {
		if !p.inline[im] {
			return false // its resized versions are not made
		}
	}
	for target := range linkTargets(texts, p.cat.Site.BaseURL) {
		if !p.files.Has(target) && p.r.MadeWhenLinked(target) {
			return false
		}
	}
	checkLinks(texts, p.files, p.cat.Site.BaseURL, probs)
	return true
}

// Forget drops what the renderer keeps of a product's old version (its
// card), so that the pages show the new one.
func (p *Prepared) Forget(old *catalog.Product) { p.r.Forget(old) }
