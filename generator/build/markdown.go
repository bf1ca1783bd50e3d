package build

import (
	"context"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/links"
	"github.com/ocopgen/ocopgen/generator/markdown"
	"github.com/ocopgen/ocopgen/internal/parallel"
)

// text is a markdown field and the page it is shown on.
type text struct {
	md    *catalog.Markdown
	page  string // site path of the page, for relative links
	links []markdown.Link
}

// markdownTexts lists the markdown fields of the catalogue's records.
func markdownTexts(cat *catalog.Catalog) []*text {
	out := make([]*text, 0, len(cat.Districts)+len(cat.Products)+len(cat.Tourism)+len(cat.Stories))
	for _, d := range cat.Districts {
		out = append(out, &text{md: &d.Description, page: d.URL()})
	}
	for _, p := range cat.Products {
		out = append(out, &text{md: &p.Description, page: p.URL()})
	}
	for _, t := range cat.Tourism {
		out = append(out, &text{md: &t.Body, page: t.URL()})
	}
	for _, s := range cat.Stories {
		out = append(out, &text{md: &s.Body, page: s.URL()})
	}
	return out
}

// convertAll converts the texts to HTML, in parallel, and notes their
// links; a text that does not convert is an error in probs, if not nil.
// cache, if not nil, keeps the conversions between calls.
func convertAll(ctx context.Context, texts []*text, base string, probs *diag.List, cache *markdown.Cache) {
	conv := markdown.New()
	parallel.For(ctx, len(texts), func(i int) error {
		t := texts[i]
		if strings.TrimSpace(t.md.Source) == "" {
			return nil
		}
		html, found, err := cache.Convert(conv, t.md.Source, base)
		if err != nil && probs != nil {
			line, _ := t.md.Start()
			probs.Errorf(diag.Pos{File: t.md.File, Line: line}, "%v", err)
			return nil
		}
		setHTML(t.md, html)
		t.links = found
		return nil
	})
}

// linkTargets returns the site paths the texts link to.
func linkTargets(texts []*text, baseURL string) map[string]bool {
	out := map[string]bool{}
	for _, t := range texts {
		links.Targets(out, t.page, t.links, baseURL)
	}
	return out
}

// checkLinks reports the links of the texts to pages or files that the
// site does not have.
func checkLinks(texts []*text, site links.Paths, baseURL string, probs *diag.List) {
	for _, t := range texts {
		links.Check(t.md, t.page, t.links, site, baseURL, probs)
	}
}
