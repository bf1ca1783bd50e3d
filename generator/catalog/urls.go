package catalog

// The URLs of the content format (site paths, before the base path).

// URL is the product's page. Link fixes it for the catalogue's lifetime;
// it is asked for on every page that lists the product.
func (p *Product) URL() string {
	if p.url != "" {
		return p.url
	}
	return "/san-pham/" + p.Slug + "/"
}

// urlIs reports whether the cached URL is the one of slug, without
// building it: Link checks 10,000 of them on every rebuild.
func (p *Product) urlIs(slug string) bool {
	const prefix = "/san-pham/"
	u := p.url
	return len(u) == len(prefix)+len(slug)+1 && u[:len(prefix)] == prefix && u[len(prefix):len(u)-1] == slug && u[len(u)-1] == '/'
}

func (d *District) URL() string   { return "/quan-huyen/" + d.Slug + "/" }
func (g *Group) URL() string      { return "/nhom/" + g.Slug + "/" }
func (t Tier) URL() string        { return "/hang-sao/" + t.Slug() + "/" }
func (t *Tourism) URL() string    { return "/du-lich/" + t.Slug + "/" }
func (s *SalesPoint) URL() string { return "/diem-ban/" + s.Slug + "/" }
func (s *Story) URL() string      { return "/tin-tuc/" + s.Slug + "/" }

// CopyPlace gives p what Link worked out for from: its URL and its place
// in the catalogue. Loading uses it to patch a record in place.
func (p *Product) CopyPlace(from *Product) { p.url, p.order = from.url, from.order }
