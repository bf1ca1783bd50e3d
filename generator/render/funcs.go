package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

func (r *Renderer) funcs() template.FuncMap {
	return template.FuncMap{
		"t":          r.t,
		"url":        r.url,
		"abs":        r.absURL,
		"media":      r.media,
		"absMedia":   r.absMedia,
		"price":      price,
		"date":       date,
		"isodate":    func(t time.Time) string { return t.Format(time.DateOnly) },
		"tierName":   r.tierName,
		"groupName":  r.groupNameOf,
		"validity":   r.validity,
		"safe":       func(s string) template.HTML { return template.HTML(s) }, // markdown stage output only
		"imageAttrs": r.imageAttrs,
		"srcset":     r.srcset,
		"share":      r.share,
		"add":        func(a, b int) int { return a + b },
		"header":     r.header,
		"footer":     r.footer,
		"card":       r.card,
		"thumb":      r.thumb,
		"narrowing":  r.narrowingHTML,
		"tel":        tel,
		"cached":     r.cachedPartial,
		"vi":         r.vi,
	}
}

// vi is the attribute that marks an element holding content of the
// catalogue, written in Vietnamese, when the interface is in another
// language: ` lang="vi"`, or nothing on a Vietnamese site. Templates put
// it in the tag: <h1{{vi}}>.
func (r *Renderer) vi() template.HTMLAttr {
	if r.cat.Site.Language == "vi" {
		return ""
	}
	return ` lang="vi"`
}

// t returns the interface string for key in the site's language.
func (r *Renderer) t(key string) string {
	if strings.HasSuffix(key, ".") {
		return "" // a prefixed key with an empty value, e.g. a district without kind
	}
	if s, ok := r.ui[key]; ok {
		return s
	}
	return key
}

// url turns a site path into a link with the base path.
func (r *Renderer) url(p string) string {
	return r.base + strings.TrimPrefix(p, "/")
}

// absURL turns a site path into an absolute URL.
func (r *Renderer) absURL(p string) string {
	return r.abs + strings.TrimPrefix(p, "/")
}

func (r *Renderer) tierName(t catalog.Tier) string {
	if r.cat.Site.Language == "en" {
		return t.NameEn()
	}
	return t.Name()
}

func (r *Renderer) groupName(g *catalog.Group) string {
	if r.cat.Site.Language == "en" && g.NameEn != "" {
		return g.NameEn
	}
	return g.Name
}

// groupNameOf is the template function groupName: the name of a group as
// templates see it, or of the group record itself (in a cached partial).
func (r *Renderer) groupNameOf(g any) (string, error) {
	switch g := g.(type) {
	case *group:
		return r.groupName(g.Group), nil
	case *catalog.Group:
		return r.groupName(g), nil
	}
	return "", fmt.Errorf("groupName: %T is not a group", g)
}

// validity returns "valid", "expiring", "expired" or "revoked" for a
// product today.
func (r *Renderer) validity(p interface {
	Validity(time.Time) catalog.Validity
}) string {
	return validityCode(p.Validity(r.cat.Today))
}

// validityCode is the English code of a certificate's state, as the
// templates and the data files write it.
func validityCode(v catalog.Validity) string {
	return [...]string{"valid", "expiring", "expired", "revoked"}[v]
}

// imageAttrs returns width and height attributes for an image of the
// catalogue, when its size is known.
func (r *Renderer) imageAttrs(p string) template.HTMLAttr {
	if im, ok := r.images[p]; ok && im.Width > 0 {
		return template.HTMLAttr(fmt.Sprintf(`width="%d" height="%d"`, im.Width, im.Height))
	}
	return ""
}

// srcset returns the srcset of an image of the catalogue: its resized
// versions with their widths, then the image itself with its own; "" for
// an image that has none. The "srcset" function of templates.
func (r *Renderer) srcset(p string) string {
	im, ok := r.images[p]
	if !ok || len(im.Sized) == 0 || im.Width == 0 {
		return ""
	}
	var b strings.Builder
	for _, s := range im.Sized {
		fmt.Fprintf(&b, "%s %dw, ", r.media(s.Path), s.Width)
	}
	fmt.Fprintf(&b, "%s %dw", r.media(p), im.Width)
	return b.String()
}

// Picture returns what a page shows of the image p of the catalogue (a
// content path) beside its address: its srcset ("" for none) and its
// size (0 when unknown). Texts show their images with it.
func (r *Renderer) Picture(p string) (srcset string, width, height int) {
	im := r.images[p]
	return r.srcset(p), im.Width, im.Height
}

// shareImage is a page's share image (og:image), as templates show it.
type shareImage struct {
	URL           string // absolute
	Width, Height int    // 0 when unknown
}

// Theme's share image: the site image of the default theme, in its static
// files, for a catalogue that sets no share_image.
const themeShare = "/assets/share.png"

// share returns the share image of a page whose image is p (a content
// path, "" for none): the crop made of it (images.Thumbnails), or else the
// catalogue's share_image, or else the theme's. The "share" function of
// templates.
func (r *Renderer) share(p string) shareImage {
	if im, ok := r.images[p]; ok && im.Share != "" {
		return shareImage{URL: r.absMedia(im.Share), Width: im.ShareWidth, Height: im.ShareHeight}
	}
	if s := r.cat.Site.ShareImage; s != "" {
		im := r.images[s]
		return shareImage{URL: r.absMedia(s), Width: im.Width, Height: im.Height}
	}
	return shareImage{URL: r.absURL(themeShare), Width: 1200, Height: 630}
}

// price formats an amount of đồng the Vietnamese way: 150.000 ₫.
func price(v int64) string {
	s := strconv.FormatInt(v, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String() + "\u00a0₫"
}

// date formats a day the Vietnamese way: 04/03/2024.
func date(t time.Time) string { return t.Format("02/01/2006") }

// productJSONLD describes a product for search engines (schema.org). The
// OCOP tier is an award the product received, not a rating of it; a
// revoked certificate is no award, and is left out.
func (r *Renderer) productJSONLD(p *catalog.Product) template.JS {
	award := "OCOP " + p.Tier().Name()
	if p.Certificate.DecisionNo != "" {
		award += " (" + p.Certificate.DecisionNo + ", " + date(p.Certificate.DecisionDate) + ")"
	}
	if p.Validity(r.cat.Today) == catalog.Revoked {
		award = ""
	}
	v := productLD{Context: "https://schema.org", Type: "Product", Name: p.Name, URL: r.absURL(p.URL()),
		Award: award, Description: p.Summary, Manufacturer: orgLD{"Organization", p.Producer}}
	if p.Group != nil {
		v.Category = p.Group.Name
	}
	for _, im := range p.Images {
		v.Image = append(v.Image, r.absMedia(im))
	}
	if p.PriceVND > 0 {
		v.Offers = &offerLD{"Offer", p.PriceVND, "VND"}
	}
	b, _ := json.Marshal(v) // strings and numbers always marshal
	return template.JS(b)
}

// productLD is a product's schema.org JSON-LD, its keys in the order a
// map of them would marshal in.
type productLD struct {
	Context      string   `json:"@context"`
	Type         string   `json:"@type"`
	Award        string   `json:"award,omitempty"`
	Category     string   `json:"category,omitempty"`
	Description  string   `json:"description,omitempty"`
	Image        []string `json:"image,omitempty"`
	Manufacturer orgLD    `json:"manufacturer"`
	Name         string   `json:"name"`
	Offers       *offerLD `json:"offers,omitempty"`
	URL          string   `json:"url"`
}

type orgLD struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type offerLD struct {
	Type     string `json:"@type"`
	Price    int64  `json:"price"`
	Currency string `json:"priceCurrency"`
}

// chart is a horizontal bar chart drawn as inline SVG, one row per bar:
// the label above, the bar below with its count at its end.
type chart struct {
	ID, Title string
	Head      string // the header of the first column of its table
	Bars      []bar
	Zero      []string // labels of the listings with no product, named in one line instead of bars
}

type bar struct {
	Label, URL string // URL "" for a bar whose listing has no page
	Count      int
	// Geometry in SVG units, for a view box 400 wide.
	LabelY, BarY, Width, CountX int
}

// Height is the chart's height in SVG units.
func (c chart) Height() int { return len(c.Bars)*rowHeight + 4 }

const (
	rowHeight = 44
	barMax    = 340 // leaves room for the count after the longest bar
)

func newChart(id, title string, bars []bar) chart {
	most := 0
	for _, b := range bars {
		most = max(most, b.Count)
	}
	for i := range bars {
		b := &bars[i]
		b.LabelY = i*rowHeight + 16
		b.BarY = i*rowHeight + 22
		if most > 0 {
			b.Width = max(b.Count*barMax/most, 1)
		}
		b.CountX = b.Width + 6
	}
	return chart{ID: id, Title: title, Bars: bars}
}

func (r *Renderer) charts() []chart {
	var tiers, districts, groups []bar
	for _, t := range slices.Backward(catalog.Tiers) { // 5 stars first, as on the home page
		tiers = append(tiers, bar{Label: r.tierName(t), URL: linkIf(r.tierMade(t), t.URL()), Count: len(r.tiers[t])})
	}
	for _, d := range r.cat.Districts {
		districts = append(districts, bar{Label: d.Name, URL: linkIf(r.districtMade(d), d.URL()), Count: len(r.cat.DistrictProducts(d))})
	}
	for _, g := range r.cat.Groups {
		groups = append(groups, bar{Label: r.groupName(g), URL: linkIf(r.groupMade(g), g.URL()), Count: len(r.cat.GroupProducts(g))})
	}
	return []chart{
		nonZeroChart("theo-hang-sao", r.t("byTier"), tiers, r.t("tierCol")),
		nonZeroChart("theo-quan-huyen", r.t("byDistrict"), districts, r.t("districtCol")),
		nonZeroChart("theo-nhom", r.t("byGroup"), groups, r.t("groupCol")),
	}
}

// nonZeroChart is a chart of the bars that count something; the labels of
// the others go to its Zero line.
func nonZeroChart(id, title string, bars []bar, head string) chart {
	var some []bar
	var zero []string
	for _, b := range bars {
		if b.Count == 0 {
			zero = append(zero, b.Label)
		} else {
			some = append(some, b)
		}
	}
	c := newChart(id, title, some)
	c.Zero, c.Head = zero, head
	return c
}

// tel makes a tel: link target of a phone number as written ("024 3826 1234").
// Only digits and + remain, so the URL is safe as it is.
func tel(s string) template.URL {
	return template.URL("tel:" + strings.Map(func(r rune) rune {
		if r == '+' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s))
}
