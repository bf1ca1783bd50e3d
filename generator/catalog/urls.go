package catalog

// The URLs of the content format (site paths, before the base path).

func (p *Product) URL() string    { return "/san-pham/" + p.Slug + "/" }
func (d *District) URL() string   { return "/quan-huyen/" + d.Slug + "/" }
func (g *Group) URL() string      { return "/nhom/" + g.Slug + "/" }
func (t Tier) URL() string        { return "/hang-sao/" + t.Slug() + "/" }
func (t *Tourism) URL() string    { return "/du-lich/" + t.Slug + "/" }
func (s *SalesPoint) URL() string { return "/diem-ban/" + s.Slug + "/" }
func (s *Story) URL() string      { return "/tin-tuc/" + s.Slug + "/" }
