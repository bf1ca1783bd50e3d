package render

import (
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// Issue 19, slice A: label sheets to print. A product's sheet,
// /san-pham/<slug>/tem/, is one A4 page of identical labels; a sales
// point's, /diem-ban/<slug>/tem/, has one shelf label per product it sells
// with a certificate in force, on as many pages as they need. The theme's
// labels.html lays them out; style.css prints them.

// labelsPerSheet is the number of labels on a product's sheet: three
// columns of four rows on A4.
const labelsPerSheet = 12

// labelView is one label: what a shelf or a package shows of a product.
type labelView struct {
	Name         string
	Producer     string
	Tier         string // the tier's name in the site's language
	Stars        string // one ★ per star of the tier
	DecisionNo   string
	DecisionDate string // in the site's date format
	DecisionISO  string
	State        string // "valid", "expiring", "expired" or "revoked" on the build day
	QR           string // link to the product's qr.svg, with the base path
	PageURL      string // the product page's canonical URL, which the QR code encodes
}

func (r *Renderer) labelOf(p *catalog.Product) labelView {
	tier := p.Tier()
	state := r.validity(p)
	c := r.certificateView(p, state)
	return labelView{
		Name: p.Name, Producer: p.Producer, Tier: r.tierName(tier), Stars: strings.Repeat("★", tier.Stars()),
		DecisionNo: c.DecisionNo, DecisionDate: c.DecisionDate, DecisionISO: c.DecisionISO, State: state,
		QR: r.url(p.URL() + "qr.svg"), PageURL: r.absURL(p.URL()),
	}
}

// labelPages adds each product's sheet and each sales point's.
func (r *Renderer) labelPages(pages []Page, home crumb) []Page {
	c := r.cat
	products := crumb{r.t("products"), "/san-pham/", false}
	for i, p := range c.Products {
		crumbs := []crumb{home, products, {p.Name, p.URL(), true}}
		pages = append(pages, r.html("labels", p.URL()+"tem/", &data{NoIndex: true, Crumbs: crumbs, fill: func(r *Renderer, d *data) {
			if i >= len(r.cat.Products) {
				return
			}
			p := r.cat.Products[i]
			d.Title, d.ContentName = r.t("labelSheet")+": "+p.Name, ""
			l := r.labelOf(p)
			d.Labels = make([]labelView, labelsPerSheet)
			for j := range d.Labels {
				d.Labels[j] = l
			}
		}}))
	}
	sales := crumb{r.t("salesPoints"), "/diem-ban/", false}
	for _, s := range c.SalesPoints {
		crumbs := []crumb{home, sales, {s.Name, s.URL(), true}}
		pages = append(pages, r.html("labels", s.URL()+"tem/", &data{NoIndex: true, Crumbs: crumbs, fill: func(r *Renderer, d *data) {
			d.Title = r.t("shelfLabels") + ": " + s.Name
			d.Shelf = true
			for _, i := range r.byTier(r.cat.SalesPointProducts(s)) {
				p := r.cat.Products[i]
				if st := r.validity(p); st == "valid" || st == "expiring" {
					d.Labels = append(d.Labels, r.labelOf(p))
				}
			}
		}}))
	}
	return pages
}
