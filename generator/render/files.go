package render

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

// files makes the non-HTML files: sitemap, robots.txt, the Atom feed of
// stories and the open-data exports.
func (r *Renderer) files(pages []Page) []Page {
	file := func(p string, f func(*Renderer) ([]byte, error)) Page {
		return Page{Path: p, URL: "/" + p, Kind: "file", r: r, render: f}
	}
	// The URLs are listed when a sitemap renders: serve may never ask.
	var html []Page
	for _, p := range pages {
		if p.HTML() {
			html = append(html, p)
		}
	}
	urls := func(pages []Page) []string {
		out := make([]string, len(pages))
		for i, p := range pages {
			out[i] = r.absURL(p.URL)
		}
		return out
	}
	var sitemaps []Page
	if len(html) <= sitemapLimit {
		sitemaps = append(sitemaps, file("sitemap.xml", func(*Renderer) ([]byte, error) { return sitemap(urls(html)) }))
	} else {
		// Past the limit of the format, sitemap.xml is an index of parts.
		var parts []string
		for i := 0; i*sitemapLimit < len(html); i++ {
			name := fmt.Sprintf("sitemap-%d.xml", i+1)
			part := html[i*sitemapLimit : min((i+1)*sitemapLimit, len(html))]
			parts = append(parts, r.absURL("/"+name))
			sitemaps = append(sitemaps, file(name, func(*Renderer) ([]byte, error) { return sitemap(urls(part)) }))
		}
		sitemaps = append(sitemaps, file("sitemap.xml", func(*Renderer) ([]byte, error) { return sitemapIndex(parts) }))
	}
	return append(sitemaps, append([]Page{
		file("robots.txt", func(*Renderer) ([]byte, error) {
			return []byte("User-agent: *\nAllow: /\n\nSitemap: " + r.absURL("/sitemap.xml") + "\n"), nil
		}),
		file("tin-tuc/atom.xml", (*Renderer).feed),
	}, r.dataFiles(file)...)...)
}

// sitemapLimit is the most URLs one sitemap file may list
// (sitemaps.org); a larger site gets an index of several files.
const sitemapLimit = 50000

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type sitemapLoc struct {
	Loc string `xml:"loc"`
}

func sitemap(urls []string) ([]byte, error) {
	var set struct {
		XMLName xml.Name     `xml:"urlset"`
		NS      string       `xml:"xmlns,attr"`
		URLs    []sitemapLoc `xml:"url"`
	}
	set.NS = sitemapNS
	for _, u := range urls {
		set.URLs = append(set.URLs, sitemapLoc{u})
	}
	return marshalXML(set)
}

func sitemapIndex(parts []string) ([]byte, error) {
	var index struct {
		XMLName xml.Name     `xml:"sitemapindex"`
		NS      string       `xml:"xmlns,attr"`
		Maps    []sitemapLoc `xml:"sitemap"`
	}
	index.NS = sitemapNS
	for _, u := range parts {
		index.Maps = append(index.Maps, sitemapLoc{u})
	}
	return marshalXML(index)
}

func marshalXML(v any) ([]byte, error) {
	b, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(b, '\n')...), nil
}

// feed is the Atom feed of the latest stories.
func (r *Renderer) feed() ([]byte, error) {
	type link struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr,omitempty"`
	}
	type entry struct {
		Title   string `xml:"title"`
		Link    link   `xml:"link"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Summary string `xml:"summary,omitempty"`
	}
	var f struct {
		XMLName xml.Name `xml:"feed"`
		NS      string   `xml:"xmlns,attr"`
		Lang    string   `xml:"xml:lang,attr"`
		Title   string   `xml:"title"`
		Links   []link   `xml:"link"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Author  struct {
			Name string `xml:"name"`
		} `xml:"author"`
		Entries []entry `xml:"entry"`
	}
	f.NS, f.Lang = "http://www.w3.org/2005/Atom", r.cat.Site.Language
	f.Title = r.cat.Site.Title + " – " + r.t("stories")
	f.Links = []link{{Href: r.absURL("/tin-tuc/atom.xml"), Rel: "self"}, {Href: r.absURL("/tin-tuc/")}}
	f.ID = r.absURL("/tin-tuc/")
	f.Author.Name = r.cat.Site.Title
	updated := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range first(r.cat.Stories, 20) {
		if s.Date.After(updated) {
			updated = s.Date
		}
		f.Entries = append(f.Entries, entry{Title: s.Title, Link: link{Href: r.absURL(s.URL())}, ID: r.absURL(s.URL()),
			Updated: s.Date.Format(time.RFC3339), Summary: s.Summary})
	}
	f.Updated = updated.Format(time.RFC3339)
	return marshalXML(f)
}

// ProductRow is one product in the open-data exports, as
// du-lieu/san-pham.json and .csv write it; ocopgen report reads a published
// san-pham.json back into it (ProductsData).
type ProductRow struct {
	Slug              string   `json:"slug"`
	Name              string   `json:"name"`
	URL               string   `json:"url"`
	Stars             int      `json:"stars"`
	PotentialFiveStar bool     `json:"potential_five_star"`
	Tier              string   `json:"tier"`
	Group             string   `json:"group"`
	Subgroup          string   `json:"subgroup,omitempty"`
	District          string   `json:"district"`
	DistrictName      string   `json:"district_name"`
	Commune           string   `json:"commune,omitempty"`
	Commune2025       string   `json:"commune_2025,omitempty"`
	CraftVillage      string   `json:"craft_village,omitempty"`
	Producer          string   `json:"producer"`
	ProducerKind      string   `json:"producer_kind,omitempty"`
	PriceVND          int64    `json:"price_vnd,omitempty"`
	Unit              string   `json:"unit,omitempty"`
	ShelfLife         string   `json:"shelf_life,omitempty"`
	DecisionNo        string   `json:"decision_no,omitempty"`
	DecisionDate      string   `json:"decision_date"`
	Level             string   `json:"level,omitempty"`
	RoundYear         int      `json:"round_year,omitempty"`
	ValidUntil        string   `json:"valid_until"`
	Status            string   `json:"status"` // valid | expiring | expired | revoked, on the build day
	RevokedBy         string   `json:"revoked_by,omitempty"`
	RevokedOn         string   `json:"revoked_on,omitempty"`
	Tourism           []string `json:"tourism"`
	SalesPoints       []string `json:"sales_points"`
	Summary           string   `json:"summary,omitempty"`
	// File is the product's record, relative to the catalogue root with
	// forward slashes: what tells a renamed product (same file, new name)
	// from one removed and one added. Files of older versions lack it.
	File string `json:"file"`
}

// DataHead is what every JSON file of the open data starts with: the
// site's title, the build date (YYYY-MM-DD) and the number of rows.
type DataHead struct {
	Count     int    `json:"count"`
	Generated string `json:"generated"`
	Title     string `json:"title"`
}

// ProductsData is du-lieu/san-pham.json read back.
type ProductsData struct {
	DataHead
	Products []ProductRow `json:"products"`
}

func (r *Renderer) exported() []ProductRow {
	out := make([]ProductRow, 0, len(r.cat.Products))
	for i, p := range r.cat.Products {
		e := ProductRow{
			Slug: p.Slug, Name: p.Name, URL: r.absURL(p.URL()), Stars: p.Stars, PotentialFiveStar: p.PotentialFiveStar,
			Tier: p.Tier().Slug(), Subgroup: p.Subgroup.Slug, Commune: p.Commune, Commune2025: p.Commune2025,
			CraftVillage: p.CraftVillage, Producer: p.Producer, ProducerKind: p.ProducerKind, PriceVND: p.PriceVND,
			Unit: p.Unit, ShelfLife: p.ShelfLife, Summary: p.Summary, DecisionNo: p.Certificate.DecisionNo,
			DecisionDate: p.Certificate.DecisionDate.Format(time.DateOnly), Level: p.Certificate.Level,
			RoundYear: p.Certificate.RoundYear, ValidUntil: p.Certificate.ValidUntil.Format(time.DateOnly),
			Status: r.validity(p), Tourism: []string{}, SalesPoints: []string{}, File: p.File,
		}
		e.RevokedBy, e.RevokedOn = revocation(p, r.cat.Today)
		if p.Group != nil {
			e.Group = p.Group.Slug
		}
		if p.District != nil {
			e.District, e.DistrictName = p.District.Slug, p.District.Name
		}
		for _, t := range p.Tourism {
			e.Tourism = append(e.Tourism, t.Slug)
		}
		for _, s := range r.cat.ProductSalesPoints(i) {
			e.SalesPoints = append(e.SalesPoints, r.cat.SalesPoints[s].Slug)
		}
		out = append(out, e)
	}
	return out
}

// inert keeps a spreadsheet from running a cell as a formula: a text that
// starts like one ("=", "+", "-", "@", a tab or a carriage return) gets a
// leading apostrophe, which spreadsheets show as text and do not print.
func inert(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
