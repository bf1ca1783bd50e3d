// Package links checks the internal links of the catalogue's markdown:
// every link or image that a description, a tourism page or a story
// writes to a path of the site must name a page or file the site has. A
// broken one is an error placed at its line and column in the record's
// file, with a hint of where the slug it names comes from. It owns the
// resolution of a link against the page it is shown on and the base URL,
// and the positions of links in their files (position.go); which paths
// the site has is the manifest's to say.
package links

import (
	"net/url"
	"path"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/markdown"
)

// Paths tells whether a site path ("/san-pham/x/", "/media/a.jpg") names a
// page or file of the site.
type Paths interface {
	Has(sitePath string) bool
}

// Check reports to probs the links found in the markdown md, shown on the
// page at the site path page, that point inside the site (baseURL is the
// site's) to a page or file it does not have.
func Check(md *catalog.Markdown, page string, found []markdown.Link, site Paths, baseURL string, probs *diag.List) {
	if len(found) == 0 {
		return
	}
	pos := newPositioner(md)
	for _, l := range found {
		target, internal := Resolve(l.Dest, page, baseURL)
		if !internal || exists(target, site) {
			continue
		}
		line, col := pos.at(l.Offset)
		report(probs, diag.Pos{File: md.File, Line: line, Col: col}, l, target)
	}
}

// Targets adds to into the site paths that the links found in markdown
// shown on the page at the site path page point to inside the site, each
// as the site names its pages ("/quan-huyen/x/" for "/quan-huyen/x" or
// "/quan-huyen/x/index.html"). The renderer makes a page that only a
// link of the catalogue's text leads to.
func Targets(into map[string]bool, page string, found []markdown.Link, baseURL string) {
	for _, l := range found {
		target, internal := Resolve(l.Dest, page, baseURL)
		if !internal {
			continue
		}
		if !strings.HasSuffix(target, "/") && path.Ext(target) == "" {
			target += "/"
		}
		into[strings.TrimSuffix(target, "index.html")] = true
	}
}

// report records the broken link l to target at pos, with where the slug
// it names comes from when it is a page of a known kind.
func report(probs *diag.List, pos diag.Pos, l markdown.Link, target string) {
	switch dir := hint(target); {
	case l.Image && dir != "":
		probs.Errorf(pos, "broken image %q: no page or file %s in the site; check the slug against %s", l.Dest, target, dir)
	case l.Image:
		probs.Errorf(pos, "broken image %q: no page or file %s in the site", l.Dest, target)
	case dir != "":
		probs.Errorf(pos, "broken link %q: no page or file %s in the site; check the slug against %s", l.Dest, target, dir)
	default:
		probs.Errorf(pos, "broken link %q: no page or file %s in the site", l.Dest, target)
	}
}

// Resolve turns a link written on the page at pageURL into a site path,
// and tells whether it points inside the site.
func Resolve(dest, pageURL, baseURL string) (string, bool) {
	if dest == "" || strings.HasPrefix(dest, "#") {
		return "", false
	}
	if rest, ok := strings.CutPrefix(dest, baseURL); ok {
		dest = "/" + rest
	}
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(dest, "//") {
		return "", false
	}
	p := u.Path
	if p == "" {
		return "", false
	}
	if !strings.HasPrefix(p, "/") {
		trailing := strings.HasSuffix(p, "/")
		p = path.Join(pageURL, p)
		if trailing {
			p += "/"
		}
	}
	return p, true
}

// exists reports whether the site has the path p, a folder's page for a
// path with neither a trailing slash nor an extension, or the folder of
// an index.html.
func exists(p string, site Paths) bool {
	if site.Has(p) {
		return true
	}
	if !strings.HasSuffix(p, "/") && path.Ext(p) == "" {
		return site.Has(p + "/")
	}
	return site.Has(strings.TrimSuffix(p, "index.html"))
}

// hint returns where the slug of a link to a page of a known kind comes
// from, or "".
func hint(p string) string {
	for prefix, dir := range map[string]string{
		"/san-pham/": "content/products/", "/du-lich/": "content/tourism/", "/tin-tuc/": "content/stories/",
		"/diem-ban/": "content/sales-points/", "/quan-huyen/": "content/districts.toml", "/media/": "content/media/",
	} {
		if strings.HasPrefix(p, prefix) {
			return dir
		}
	}
	return ""
}
