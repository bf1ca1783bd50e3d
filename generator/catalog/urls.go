package catalog

// The URLs of the content format (site paths, before the base path).

// URL is the product's page. It is asked for on every page that lists
// the product: KeepURL builds it once, when the record is made.
func (p *Product) URL() string {
	if p.url != "" {
		return p.url
	}
	return "/san-pham/" + p.Slug + "/"
}

// KeepURL builds the product's URL once, for URL to return. Call it when
// the record is made, before any catalogue holds it.
func (p *Product) KeepURL() { p.url = "/san-pham/" + p.Slug + "/" }

func (d *District) URL() string   { return "/quan-huyen/" + d.Slug + "/" }
func (g *Group) URL() string      { return "/nhom/" + g.Slug + "/" }
func (t Tier) URL() string        { return "/hang-sao/" + t.Slug() + "/" }
func (t *Tourism) URL() string    { return "/du-lich/" + t.Slug + "/" }
func (s *SalesPoint) URL() string { return "/diem-ban/" + s.Slug + "/" }
func (s *Story) URL() string      { return "/tin-tuc/" + s.Slug + "/" }
