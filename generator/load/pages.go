package load

import (
	"fmt"
	"math"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
)

type tourismFile struct {
	Title    string   `toml:"title"`
	District string   `toml:"district"`
	Kind     string   `toml:"kind"`
	Commune  string   `toml:"commune"`
	Image    string   `toml:"image"`
	Lat      *float64 `toml:"lat"`
	Lon      *float64 `toml:"lon"`
}

// tourismKinds are the kinds of tourism link.
var tourismKinds = []string{"craft-village", "rural-tourism", "eco-tourism", "community-tourism", "other"}

type pendingTourism struct {
	t   *catalog.Tourism
	doc *doc
}

// markdownDoc reads a markdown file with TOML front matter into v.
func (l *loader) markdownDoc(name string, v any) (d *doc, body catalog.Markdown, ok bool) {
	text, ok := l.readText(name)
	if !ok {
		return nil, body, false
	}
	front, md, bodyLine, found := frontMatter(text)
	if !found && yamlFrontMatter(text) {
		l.probs.Errorf(diag.Pos{File: name, Line: 1, Col: 1}, "the front matter is between lines of ---, as YAML writes it: ocopgen reads it in TOML, so write +++ instead of each ---, and key = value instead of key: value")
		return nil, body, false
	}
	if !found {
		l.probs.Errorf(diag.Pos{File: name, Line: 1, Col: 1}, "missing front matter: start the file with a line \"+++\", the TOML fields, and another \"+++\" line")
		return nil, body, false
	}
	d, ok = l.decodeTOML(name, front, 1, v)
	md = l.checkBody(name, md, bodyLine)
	return d, catalog.Markdown{Source: md, File: name, Line: bodyLine, Col: 1}, ok
}

// loadTourismLink reads and checks one tourism link; files are read in
// parallel.
func (l *loader) loadTourismLink(name string) (pendingTourism, bool) {
	var f tourismFile
	d, body, ok := l.markdownDoc(name, &f)
	if !ok {
		return l.failedTourism(name, d, body)
	}
	slug, slugOK := l.fileSlug(name, f.Title)
	f.Kind = coded(f.Kind, tourismKindWords)
	t := &catalog.Tourism{Title: f.Title, Slug: slug, Kind: f.Kind, Commune: f.Commune, Body: body, File: name}
	if f.Title == "" {
		d.missing("title", `"Làng gốm Bát Tràng"`)
		t.Title = t.Slug
	}
	t.SortKey = l.coll.Key(t.Title)
	t.District = l.resolveDistrict(d, "district", f.District)
	d.oneOf("kind", f.Kind, tourismKinds...)
	t.Image, _ = l.checkImage(d, "image", f.Image)
	t.Lat, t.Lon, t.HasGeo = l.geo(d, f.Lat, f.Lon)
	return pendingTourism{t, d}, slugOK
}

// geo checks a pair of coordinates in decimal degrees.
func (l *loader) geo(d *doc, lat, lon *float64) (float64, float64, bool) {
	switch {
	case lat == nil && lon == nil:
		return 0, 0, false
	case lat == nil:
		d.missing("lat", "21.0285")
		return 0, 0, false
	case lon == nil:
		d.missing("lon", "105.8542")
		return 0, 0, false
	case math.IsNaN(*lat) || math.IsInf(*lat, 0):
		d.errValue("lat", "lat = %s is not a number: write the latitude in decimal degrees from -90 to 90, like lat = 21.0285", d.rawValue("lat", fmt.Sprint(*lat)))
		return 0, 0, false
	case math.IsNaN(*lon) || math.IsInf(*lon, 0):
		d.errValue("lon", "lon = %s is not a number: write the longitude in decimal degrees from -180 to 180, like lon = 105.8542", d.rawValue("lon", fmt.Sprint(*lon)))
		return 0, 0, false
	case *lat < -90 || *lat > 90:
		d.errValue("lat", "lat = %v is out of range: latitude is in decimal degrees from -90 to 90 (Hà Nội is about 21.0)", *lat)
		return 0, 0, false
	case *lon < -180 || *lon > 180:
		d.errValue("lon", "lon = %v is out of range: longitude is in decimal degrees from -180 to 180 (Hà Nội is about 105.8)", *lon)
		return 0, 0, false
	}
	return *lat, *lon, true
}

type salesPointFile struct {
	Name     string       `toml:"name"`
	District string       `toml:"district"`
	Address  string       `toml:"address"`
	Opened   *writtenDate `toml:"opened"`
	Hours    string       `toml:"hours"`
	Phone    string       `toml:"phone"`
	Operator string       `toml:"operator"`
	Lat      *float64     `toml:"lat"`
	Lon      *float64     `toml:"lon"`
	Products []string     `toml:"products"`
}

type pendingSalesPoint struct {
	sp  *catalog.SalesPoint
	f   salesPointFile
	doc *doc
}

// loadSalesPoint reads and checks one sales point; files are read in
// parallel.
func (l *loader) loadSalesPoint(name string) (pendingSalesPoint, bool) {
	text, ok := l.readText(name)
	if !ok {
		return l.failedSalesPoint(name, nil)
	}
	var f salesPointFile
	d, ok := l.decodeTOML(name, text, 0, &f)
	if !ok {
		return l.failedSalesPoint(name, d)
	}
	slug, slugOK := l.fileSlug(name, f.Name)
	sp := &catalog.SalesPoint{Name: f.Name, Slug: slug, Address: f.Address, Hours: f.Hours,
		Phone: f.Phone, Operator: f.Operator, File: name}
	if f.Name == "" {
		d.missing("name", `"Điểm giới thiệu và bán sản phẩm OCOP …"`)
		sp.Name = sp.Slug
	}
	sp.SortKey = l.coll.Key(sp.Name)
	if f.Address == "" {
		d.missing("address", `"số nhà, đường, xã/phường"`)
	}
	sp.District = l.resolveDistrict(d, "district", f.District)
	if f.Opened != nil {
		if t, ok := d.dateOf("opened", *f.Opened); ok && l.plausible(d, "opened", t, longAgo) {
			sp.Opened = t
		}
	}
	sp.Lat, sp.Lon, sp.HasGeo = l.geo(d, f.Lat, f.Lon)
	return pendingSalesPoint{sp, f, d}, slugOK
}

type storyFile struct {
	Title     string       `toml:"title"`
	Date      *writtenDate `toml:"date"`
	Summary   string       `toml:"summary"`
	Products  []string     `toml:"products"`
	Districts []string     `toml:"districts"`
	Tourism   []string     `toml:"tourism"`
	Image     string       `toml:"image"`
	Draft     bool         `toml:"draft"`
}

type pendingStory struct {
	s      *catalog.Story
	f      storyFile
	doc    *doc
	shared bool // a catalogue holds s: it is not written again
}

// loadStory reads and checks one story; files are read in parallel.
func (l *loader) loadStory(name string) (pendingStory, bool) {
	var f storyFile
	d, body, ok := l.markdownDoc(name, &f)
	if !ok {
		return l.failedStory(name, d, body)
	}
	slug, slugOK := l.fileSlug(name, f.Title)
	s := &catalog.Story{Title: f.Title, Slug: slug, Summary: f.Summary, Draft: f.Draft, Body: body, File: name}
	if f.Title == "" {
		d.missing("title", `"Hà Nội phát triển thêm 30 điểm bán sản phẩm OCOP"`)
		s.Title = s.Slug
	}
	if f.Date == nil {
		d.missing("date", "2024-03-15")
	} else {
		if t, ok := d.dateOf("date", *f.Date); ok && l.plausible(d, "date", t, longAgo) {
			s.Date = t
		}
	}
	s.Image, _ = l.checkImage(d, "image", f.Image)
	return pendingStory{s: s, f: f, doc: d}, slugOK
}
