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

// inlineImages returns the images of the site's media that the texts
// show, as content paths ("media/lo-gom.jpg"), read from the markdown of
// the texts that have any before they are converted: they get resized
// versions, which their conversion then names.
func inlineImages(texts []*text, baseURL string) map[string]bool {
	conv := markdown.New()
	out := map[string]bool{}
	for _, t := range texts {
		if !strings.Contains(t.md.Source, "![") {
			continue
		}
		for _, dest := range conv.Images(t.md.Source) {
			if im, ok := mediaPath(dest, t.page, baseURL); ok {
				out[im] = true
			}
		}
	}
	return out
}

// mediaPath is the content path of the image a text on the page at the
// site path page names as dest, if it is one of the site's media.
func mediaPath(dest, page, baseURL string) (string, bool) {
	target, ok := links.Resolve(dest, page, baseURL)
	if !ok {
		return "", false
	}
	rest, ok := strings.CutPrefix(target, "/media/")
	return "media/" + rest, ok && rest != ""
}

// pictures tells the conversion of a text on the page at the site path
// page what the site has of the images it shows: their resized versions
// and sizes.
func (p *Prepared) pictures(page string) markdown.Pictures {
	return func(dest string) (markdown.Picture, bool) {
		im, ok := mediaPath(dest, page, p.cat.Site.BaseURL)
		if !ok {
			return markdown.Picture{}, false
		}
		srcset, w, h := p.r.Picture(im)
		return markdown.Picture{Srcset: srcset, Width: w, Height: h}, srcset != "" || w > 0
	}
}

// convertAll converts the texts to HTML, in parallel, and notes their
// links; a text that does not convert is an error in probs, if not nil.
// cache, if not nil, keeps the conversions between calls.
func (p *Prepared) convertAll(ctx context.Context, texts []*text, probs *diag.List, cache *markdown.Cache) {
	conv := markdown.New()
	base := p.r.BasePath()
	parallel.For(ctx, len(texts), func(i int) error {
		t := texts[i]
		if strings.TrimSpace(t.md.Source) == "" {
			return nil
		}
		html, found, err := cache.Convert(conv, t.md.Source, base, p.pictures(t.page))
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
