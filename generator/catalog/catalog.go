// Package catalog is the domain model of an OCOP catalogue: products,
// districts, product groups, star tiers, tourism links, sales points and
// stories, with the groupings and orderings the site shows. It does no I/O:
// the load package makes the records from files, Link makes a catalogue of
// them (a new value each time, owning the relations between its records),
// and the render package reads it. A record or a list is never written
// once a catalogue holds it: a changed record is a new version of it, in a
// new catalogue (Replace).
package catalog

import (
	"net/url"
	"path"
	"time"
)

// Settings holds the settings of ocopgen.toml.
type Settings struct {
	Title    string
	BaseURL  string // absolute, ends in "/"
	Language string // "vi" or "en"
	Theme    string
	PageSize int
	// DataLicence is the licence of the open data under /du-lieu/, as
	// ocopgen.toml writes it ("CC BY 4.0"); "" when the catalogue's owner
	// has not given one.
	DataLicence string
	// ShareImage is the image chat apps and social sites show for a page
	// with no photo of its own (og:image), inside content/ like
	// "media/chia-se.jpg"; "" for the theme's.
	ShareImage string
}

// BasePath is the path of the base URL, where the site lives on its
// server: "/" at a domain's root, "/ocop/" below one.
func (s *Settings) BasePath() string {
	u, err := url.Parse(s.BaseURL)
	if err != nil {
		return "/"
	}
	if p := path.Clean("/" + u.Path); p != "/" {
		return p + "/"
	}
	return "/"
}

// Markdown is a piece of markdown and, once rendered, its HTML.
type Markdown struct {
	Source string
	HTML   string // safe HTML made by the markdown stage
	File   string // where Source stands, for problems found in it
	Line   int    // the file line Source starts on
	Col    int    // the column its first line starts at (1 unless inline)
	// Locate, when set, gives Line and Col instead: finding them costs
	// more than the rare problem that needs them.
	Locate func() (line, col int)
}

// Start returns the file line and column where Source starts.
func (m *Markdown) Start() (line, col int) {
	if m.Locate != nil {
		return m.Locate()
	}
	return m.Line, m.Col
}

// District is one of the district-level units the catalogue groups by.
type District struct {
	Name        string
	Slug        string
	Kind        string // quận | huyện | thị xã
	Description Markdown
	File        string
	SortKey     string
}

// Subgroup is a leaf of the product-group taxonomy.
type Subgroup struct {
	Slug, Name string
}

// Group is an OCOP product group (Decision 148/QĐ-TTg, or content/groups.toml).
type Group struct {
	Slug      string
	Name      string
	NameEn    string
	Subgroups []Subgroup
}

// Subgroup returns the sub-group with the given slug.
func (g *Group) Subgroup(slug string) (Subgroup, bool) {
	for _, s := range g.Subgroups {
		if s.Slug == slug {
			return s, true
		}
	}
	return Subgroup{}, false
}

// Certificate is the OCOP certification decision of a product.
type Certificate struct {
	DecisionNo   string
	DecisionDate time.Time
	Level        string // district | city | central
	RoundYear    int
	ValidUntil   time.Time
	RevokedBy    string    // the decision that revoked the certificate; "" if none did
	RevokedOn    time.Time // the day it was revoked; zero if it was not
}

// Revoked reports whether a decision has revoked the certificate on day
// today (on revoked_on or later).
func (c *Certificate) Revoked(today time.Time) bool {
	return c.RevokedBy != "" && !c.RevokedOn.IsZero() && !today.Before(c.RevokedOn)
}

// PastCertificate is a certificate a product held before its current one:
// an earlier decision of its tier, kept when the product was certified
// again (re-evaluated, or raised to another tier).
type PastCertificate struct {
	DecisionNo        string
	DecisionDate      time.Time
	Level             string // district | city | central
	Stars             int
	PotentialFiveStar bool
	ValidUntil        time.Time
}

// Tier is the star tier the past certificate gave.
func (c *PastCertificate) Tier() Tier {
	return tierOf(c.Stars, c.PotentialFiveStar)
}

// Contact is how to reach a producer.
type Contact struct {
	Phone, Email, Website, Address string
}

// Product is one certified OCOP product.
type Product struct {
	Name              string
	Slug              string
	Group             *Group
	Subgroup          Subgroup
	Group1048         string
	Stars             int
	PotentialFiveStar bool
	District          *District
	Commune           string
	Commune2025       string
	Unit2025          string // the unit Commune2025 names, as the list of communes writes it; "" for none
	CraftVillage      string
	Producer          string
	ProducerKind      string
	Tourism           []*Tourism // the tourism links the product names
	PriceVND          int64
	Unit              string
	ShelfLife         string
	Summary           string
	Description       Markdown
	Images            []string // paths inside content/, e.g. media/x.jpg
	Certificate       Certificate
	History           []PastCertificate // the certificates before Certificate, oldest first
	Contact           Contact
	Shops             []Shop // online shops that sell the product, in the record's order
	File              string
	SortKey           string
	url               string // set by KeepURL
}

// Shop is an online shop that sells a product: its name and its https
// address.
type Shop struct {
	Name, URL string
}

// Tier returns the star tier the product is listed under.
func (p *Product) Tier() Tier {
	return tierOf(p.Stars, p.PotentialFiveStar)
}

// tierOf is the tier of a number of stars and the potential_five_star flag.
func tierOf(stars int, potential bool) Tier {
	switch {
	case stars == 5:
		return Tier5
	case stars == 4 && potential:
		return TierPotential5
	case stars == 4:
		return Tier4
	default:
		return Tier3
	}
}

// Validity is the state of a certificate on a given day.
type Validity int

const (
	Valid    Validity = iota
	Expiring          // valid, but for less than 90 more days
	Expired
	Revoked // withdrawn by a decision (revoked_by) before its end
)

// expiringWithin is how close to its end a certificate is called expiring.
const expiringWithin = 90 * 24 * time.Hour

// Validity returns the state of the product's certificate on day today.
func (p *Product) Validity(today time.Time) Validity {
	end := p.Certificate.ValidUntil
	switch {
	case p.Certificate.Revoked(today):
		return Revoked
	case today.After(end):
		return Expired
	case end.Sub(today) < expiringWithin:
		return Expiring
	}
	return Valid
}

// Tourism is a tourism link: a craft village or a rural, eco or community
// tourism site.
type Tourism struct {
	Title    string
	Slug     string
	District *District
	Kind     string
	Commune  string
	Image    string
	Lat, Lon float64
	HasGeo   bool
	Body     Markdown
	File     string
	SortKey  string
}

// SalesPoint is a point that introduces and sells OCOP products.
type SalesPoint struct {
	Name     string
	Slug     string
	District *District
	Address  string
	Opened   time.Time
	Hours    string
	Phone    string
	Operator string
	Lat, Lon float64
	HasGeo   bool
	File     string
	SortKey  string
}

// Story is a news or producer story.
type Story struct {
	Title     string
	Slug      string
	Date      time.Time
	Summary   string
	Districts []*District
	Tourism   []*Tourism
	Image     string
	Draft     bool
	Body      Markdown
	File      string
}

// Catalog is a whole catalogue, linked and ordered. Link makes one; its
// records and lists are not written again after that, so a site can
// render from it while the next catalogue is being made. The relations
// between records (a district's products, a product's sales points and
// stories, …) are the catalogue's own: see the lookups in relations.go.
type Catalog struct {
	Site        Settings
	Today       time.Time // the build date, for certificate validity
	Districts   []*District
	Groups      []*Group
	Products    []*Product
	Tourism     []*Tourism
	SalesPoints []*SalesPoint
	Stories     []*Story // newest first

	rel     *relations      // by places in the lists above
	stories *storyRelations // the part that depends on the list of stories
}

// InForce reports whether a certificate in state v still holds: valid or
// expiring, not expired or revoked.
func (v Validity) InForce() bool {
	return v == Valid || v == Expiring
}

// CountValid returns the number of products whose certificate is in force
// today (neither expired nor revoked): the headline figure of a tier.
func CountValid(ps []*Product, today time.Time) int {
	n := 0
	for _, p := range ps {
		if p.Validity(today).InForce() {
			n++
		}
	}
	return n
}
