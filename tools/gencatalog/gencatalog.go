package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// Config tunes a generated catalogue.
type Config struct {
	Products int       // number of products (N), at least 1
	Stories  int       // number of stories
	Photos   int       // the first this many products get a photo each
	Seed     uint64    // the same seed gives the same catalogue, byte for byte
	Log      io.Writer // optional: a one-line summary of what was written
}

// markerFile marks a folder written by gencatalog, which a later run may
// overwrite.
const markerFile = ".gencatalog"

// Generate writes a complete, valid catalogue of cfg.Products products into
// dir: ocopgen.toml and content/ (districts, products, tourism links, sales
// points and stories). dir must be new, empty, or an earlier output of
// Generate, whose ocopgen.toml and content/ are replaced.
func Generate(dir string, cfg Config) error {
	if cfg.Products < 1 {
		return errors.New("the number of products must be at least 1")
	}
	if cfg.Stories < 0 {
		return errors.New("the number of stories cannot be negative")
	}
	if cfg.Photos < 0 || cfg.Photos > cfg.Products {
		return errors.New("the number of photos must be from 0 to the number of products")
	}
	start := time.Now()
	if err := prepare(dir); err != nil {
		return err
	}
	g := newGen(cfg)
	g.plan()
	files := g.render()
	planned := time.Now()
	n, err := writeFiles(dir, files)
	if err != nil {
		return err
	}
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, "gencatalog: %d products, %d districts, %d tourism links, %d sales points, %d stories: %d files, %.1f MB in %s (generate %s, write %s)\n",
			len(g.products), len(g.districts), len(g.tourism), len(g.salesPoints), len(g.stories),
			len(files), float64(n)/1e6, time.Since(start).Round(time.Millisecond),
			planned.Sub(start).Round(time.Millisecond), time.Since(planned).Round(time.Millisecond))
	}
	return nil
}

// prepare makes dir ready: it must not hold a catalogue that gencatalog did
// not write.
func prepare(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	_, errContent := os.Stat(filepath.Join(dir, "content"))
	_, errConfig := os.Stat(filepath.Join(dir, "ocopgen.toml"))
	if errContent == nil || errConfig == nil {
		if _, err := os.Stat(filepath.Join(dir, markerFile)); err != nil {
			return fmt.Errorf("%s already holds a catalogue not written by gencatalog: choose a new or empty folder", dir)
		}
		if err := os.RemoveAll(filepath.Join(dir, "content")); err != nil {
			return err
		}
		if err := os.Remove(filepath.Join(dir, "ocopgen.toml")); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

type outFile struct {
	path string // slash-separated, relative to the catalogue root
	data []byte
	make func() []byte // the data, made as the file is written (a photo)
}

// writeFiles writes files under dir on all processors and returns the
// number of bytes written.
func writeFiles(dir string, files []outFile) (int64, error) {
	var dirs []string
	seen := map[string]bool{}
	var total int64
	for _, f := range files {
		total += int64(len(f.data))
		d := filepath.Dir(filepath.FromSlash(f.path))
		if !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return 0, err
		}
	}
	workers := min(max(runtime.GOMAXPROCS(0), 1), 8)
	// Each worker writes a contiguous share of the files. On ext4 the cost
	// is mostly inode allocation in open(O_CREAT), which parallelises
	// poorly, so a few workers are enough.
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(files)*w/workers, len(files)*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, f := range files[lo:hi] {
				if f.make != nil {
					f.data = f.make()
					atomic.AddInt64(&total, int64(len(f.data)))
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(f.path)), f.data, 0o644); err != nil {
					errs[w] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	return total, errors.Join(errs...)
}

// districtCount is the number of district-level units for n products: the
// 30 of Hanoi up to 3000 products, then about one per 20 products.
func districtCount(n int) int {
	if n <= 3000 {
		return len(hanoiDistricts)
	}
	return max(len(hanoiDistricts), (n+10)/20)
}

// The model of the catalogue being generated.

type district struct {
	name, kind, slug string
	province         string // "" for Hanoi
	lat, lon         float64
	communes         []string
	communes25       []string
	description      string
	weight           float64
	specials         []*special
	products         []*product
	tourism          []*tourismSite
	salesPoints      []*salesPoint
}

type producer struct {
	name, kind string
	brand      string // the brand its products carry
}

type decision struct {
	no    string
	date  time.Time
	level string
}

type product struct {
	name, slug string
	explicit   bool // slug differs from the slug of the name
	k          *kind
	stars      int
	potential  bool
	d          *district
	ref        string // how the file names its district
	commune    string
	commune25  string
	village    string
	prod       *producer
	tourism    []string
	salesPts   []string
	price      int
	unit       string
	summary    string
	desc       string
	group1048  string
	cert       *decision
	roundYear  int
	validUntil time.Time
	phone      string
	email      string
	website    string
	address    string
	image      string // with Config.Photos: its photo, under content/
}

type tourismSite struct {
	title, slug, kind string
	d                 *district
	commune, village  string
	lat, lon          float64
	body              string
}

type salesPoint struct {
	name, slug string
	d          *district
	address    string
	opened     time.Time
	hours      string
	phone      string
	operator   string
	lat, lon   float64
	products   []string
}

type story struct {
	title, slug string
	date        time.Time
	summary     string
	products    []string
	districts   []string
	tourism     []string
	body        string
}

type gen struct {
	cfg Config
	r   *rand.Rand

	districts   []*district
	byDistrict  map[string]*district // lookup by slug only
	products    []*product
	tourism     []*tourismSite
	salesPoints []*salesPoint
	stories     []*story

	kindByName   map[string]*kind
	kindsByGroup map[string][]*kind

	cityDecisions    map[int][]*decision // by year
	centralDecisions map[int][]*decision
	districtDecision map[*district]map[int]*decision

	productSlugs, tourismSlugs, spSlugs, storySlugs map[string]bool
	producerNames                                   map[string]bool
	productIndex                                    map[string]*product
}

func newGen(cfg Config) *gen {
	g := &gen{
		cfg:              cfg,
		r:                rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		byDistrict:       map[string]*district{},
		kindByName:       map[string]*kind{},
		kindsByGroup:     map[string][]*kind{},
		cityDecisions:    map[int][]*decision{},
		centralDecisions: map[int][]*decision{},
		districtDecision: map[*district]map[int]*decision{},
		productSlugs:     map[string]bool{},
		tourismSlugs:     map[string]bool{},
		spSlugs:          map[string]bool{},
		storySlugs:       map[string]bool{},
		producerNames:    map[string]bool{},
	}
	for i := range kinds {
		k := &kinds[i]
		g.kindByName[k.name] = k
		if !k.fixed {
			g.kindsByGroup[k.group] = append(g.kindsByGroup[k.group], k)
		}
	}
	return g
}

// Random helpers.

func (g *gen) pick(ss []string) string     { return ss[g.r.IntN(len(ss))] }
func (g *gen) chance(p float64) bool       { return g.r.Float64() < p }
func (g *gen) between(lo, hi int) int      { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) jitter(v, d float64) float64 { return v + (g.r.Float64()*2-1)*d }

func (g *gen) dateBetween(from, to time.Time) time.Time {
	days := int(to.Sub(from).Hours() / 24)
	return from.AddDate(0, 0, g.r.IntN(days+1))
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var (
	firstDecision = day(2021, 1, 1)
	lastDecision  = day(2026, 6, 30)
	lastStory     = day(2026, 11, 20)
)

// uniqueSlug returns s, or s-2, s-3, … the first not in taken, and takes it.
func uniqueSlug(taken map[string]bool, s string) string {
	out := s
	for n := 2; taken[out]; n++ {
		out = fmt.Sprintf("%s-%d", s, n)
	}
	taken[out] = true
	return out
}

func (g *gen) plan() {
	g.districts = makeDistricts(g.r, districtCount(g.cfg.Products))
	for _, d := range g.districts {
		g.byDistrict[d.slug] = d
	}
	for i := range specials {
		s := &specials[i]
		if d, ok := g.byDistrict[s.district]; ok {
			d.specials = append(d.specials, s)
		}
	}
	g.makeDecisions()
	g.makeProducts()
	g.makeTourism()
	g.makeSalesPoints()
	g.makeStories()
}

// makeDistricts returns the 30 Hanoi districts followed by count-30 units
// named like those of other provinces, all with distinct slugs.
func makeDistricts(r *rand.Rand, count int) []*district {
	var out []*district
	taken := map[string]bool{}
	for _, h := range hanoiDistricts {
		w := 3.0
		switch h.kind {
		case "quận":
			w = 1
		case "thị xã":
			w = 2
		}
		d := &district{name: h.name, kind: h.kind, slug: vntext.Slug(h.name), lat: h.lat, lon: h.lon,
			communes: h.communes, communes25: h.communes25, description: h.description, weight: w}
		taken[d.slug] = true
		out = append(out, d)
	}
	if count <= len(out) {
		return out
	}
	type pair struct{ a, b string }
	var pairs []pair
	for _, a := range placeFirst {
		for _, b := range placeSecond {
			if vntext.Slug(a) != vntext.Slug(b) {
				pairs = append(pairs, pair{a, b})
			}
		}
	}
	r.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
	names := make([]string, 0, count)
	for _, p := range pairs {
		if len(out)+len(names) >= count {
			break
		}
		name := p.a + " " + p.b
		if s := vntext.Slug(name); !taken[s] {
			taken[s] = true
			names = append(names, name)
		}
	}
	for len(out)+len(names) < count { // very large catalogues: three syllables
		name := placeFirst[r.IntN(len(placeFirst))] + " " + placeSecond[r.IntN(len(placeSecond))] + " " + placeSecond[r.IntN(len(placeSecond))]
		if s := vntext.Slug(name); !taken[s] {
			taken[s] = true
			names = append(names, name)
		}
	}
	for _, name := range names {
		kind := "huyện"
		switch x := r.Float64(); {
		case x < 0.06:
			kind = "quận"
		case x < 0.20:
			kind = "thị xã"
		}
		p := provinces[r.IntN(len(provinces))]
		d := &district{name: name, kind: kind, slug: vntext.Slug(name), province: p.name,
			lat: clampLat(p.lat + (r.Float64()*2-1)*0.35), lon: clampLon(p.lon + (r.Float64()*2-1)*0.35),
			weight: 0.6 + r.Float64()*0.8}
		seen := map[string]bool{}
		for n := 4 + r.IntN(5); len(d.communes) < n; {
			c := placeFirst[r.IntN(len(placeFirst))] + " " + placeSecond[r.IntN(len(placeSecond))]
			if !seen[c] && vntext.Slug(c) != d.slug {
				seen[c] = true
				d.communes = append(d.communes, c)
			}
		}
		if r.Float64() < 0.4 {
			d.description = fmt.Sprintf("Đơn vị cấp huyện của tỉnh %s, có %d xã, phường tham gia Chương trình OCOP.", p.name, len(d.communes))
		}
		out = append(out, d)
	}
	return out
}

func clampLat(v float64) float64 { return min(max(v, 8.6), 23.3) }
func clampLon(v float64) float64 { return min(max(v, 102.2), 109.4) }

// Decisions: district-level ones per district and year, city-level and
// central ones per year, shared by the products they certify.

var decisionYears = []struct{ year, weight int }{{2021, 10}, {2022, 15}, {2023, 20}, {2024, 25}, {2025, 20}, {2026, 10}}

func (g *gen) decisionDate(year int) time.Time {
	from, to := day(year, 1, 1), day(year, 12, 31)
	if to.After(lastDecision) {
		to = lastDecision
	}
	return g.dateBetween(from, to)
}

func (g *gen) makeDecisions() {
	for _, y := range decisionYears {
		for range 4 {
			g.cityDecisions[y.year] = append(g.cityDecisions[y.year],
				&decision{no: fmt.Sprintf("%d/QĐ-UBND", g.between(1000, 6999)), date: g.decisionDate(y.year), level: "city"})
		}
		suffix := "QĐ-BNN-VPĐP"
		if y.year >= 2025 {
			suffix = "QĐ-BNNMT"
		}
		g.centralDecisions[y.year] = append(g.centralDecisions[y.year],
			&decision{no: fmt.Sprintf("%d/%s", g.between(100, 4999), suffix), date: g.decisionDate(y.year), level: "central"})
	}
}

func (g *gen) decisionYear() int {
	n := g.r.IntN(100)
	for _, y := range decisionYears {
		if n < y.weight {
			return y.year
		}
		n -= y.weight
	}
	return 2024
}

func (g *gen) certificate(p *product) {
	year := g.decisionYear()
	level := "city"
	switch {
	case p.stars == 5:
		level = "central"
	case p.stars == 3 && g.chance(0.85):
		level = "district"
	}
	switch level {
	case "central":
		p.cert = g.centralDecisions[year][0]
	case "city":
		ds := g.cityDecisions[year]
		p.cert = ds[g.r.IntN(len(ds))]
	default:
		m := g.districtDecision[p.d]
		if m == nil {
			m = map[int]*decision{}
			g.districtDecision[p.d] = m
		}
		if m[year] == nil {
			m[year] = &decision{no: fmt.Sprintf("%d/QĐ-UBND", g.between(50, 3999)), date: g.decisionDate(year), level: "district"}
		}
		p.cert = m[year]
	}
	d := p.cert.date
	p.roundYear = d.Year()
	if d.Month() <= 3 && g.chance(0.7) || g.chance(0.15) {
		p.roundYear--
	}
	if g.chance(0.08) {
		p.roundYear = 0 // not given
	}
	if g.chance(0.03) {
		p.validUntil = d.AddDate(0, 36, 0)
	}
	if d.Year() < 2023 && g.chance(0.5) {
		p.group1048 = group1048(p.k)
	}
}

func group1048(k *kind) string {
	switch k.group {
	case gHerb:
		return "thao-duoc"
	case gCraft:
		if k.sub == "vai-may-mac" {
			return "vai-may-mac"
		}
		return "luu-niem-noi-that-trang-tri"
	case gPlant:
		return "luu-niem-noi-that-trang-tri"
	case gTravel:
		return "du-lich-nong-thon"
	}
	return k.group
}

// weighted picks an index with probability proportional to w[i], using the
// cumulative sums cum of w.
func (g *gen) weighted(cum []float64) int {
	x := g.r.Float64() * cum[len(cum)-1]
	return sort.SearchFloat64s(cum, x)
}

func (g *gen) genericKind() *kind {
	n := g.r.IntN(1000)
	grp := gFood
	for _, gw := range groups {
		if n < gw.weight {
			grp = gw.slug
			break
		}
		n -= gw.weight
	}
	ks := g.kindsByGroup[grp]
	return ks[g.r.IntN(len(ks))]
}

func (g *gen) makeProducts() {
	N := g.cfg.Products
	cum := make([]float64, len(g.districts))
	total := 0.0
	for i, d := range g.districts {
		total += d.weight
		cum[i] = total
	}
	g.products = make([]*product, 0, N)
	for i := 0; len(g.products) < N; i++ {
		var d *district
		if i < len(g.districts) {
			d = g.districts[i] // every district has products
		} else {
			d = g.districts[g.weighted(cum)]
		}
		n := 1
		switch x := g.r.Float64(); {
		case x < 0.10:
			n = 4
		case x < 0.30:
			n = 3
		case x < 0.60:
			n = 2
		}
		n = min(n, N-len(g.products))
		if i < len(g.districts) && d.slug == "ung-hoa" && N-len(g.products) >= 2 {
			g.foldPair(d)
			continue
		}
		var sp *special
		var prim *kind
		if len(d.specials) > 0 && g.chance(0.55) {
			sp = d.specials[g.r.IntN(len(d.specials))]
			prim = g.kindByName[sp.kinds[g.r.IntN(len(sp.kinds))]]
		} else {
			prim = g.genericKind()
		}
		commune := d.communes[g.r.IntN(len(d.communes))]
		if sp != nil {
			commune = sp.commune
		}
		prod := g.newProducer(d, commune, sp, prim)
		for j := range n {
			k := prim
			if j > 0 && g.chance(0.4) {
				if sp != nil {
					k = g.kindByName[sp.kinds[g.r.IntN(len(sp.kinds))]]
				} else if ks := g.kindsByGroup[prim.group]; len(ks) > 0 {
					k = ks[g.r.IntN(len(ks))]
				}
			}
			p := g.newProduct(d, commune, sp, k, prod, "")
			d.products = append(d.products, p)
			g.products = append(g.products, p)
		}
	}
}

// foldPair adds "Nụ trầm Quảng Phú Cầu" and "Nụ trám Quảng Phú Cầu", two
// real products whose names fold to one slug, so every catalogue has a
// product that needs an explicit slug.
func (g *gen) foldPair(d *district) {
	var sp *special
	for _, s := range d.specials {
		if s.commune == "Quảng Phú Cầu" {
			sp = s
		}
	}
	prod := g.newProducer(d, sp.commune, sp, g.kindByName["Nụ trầm"])
	for _, k := range []string{"Nụ trầm", "Nụ trám"} {
		p := g.newProduct(d, sp.commune, sp, g.kindByName[k], prod, k+" "+sp.village)
		d.products = append(d.products, p)
		g.products = append(g.products, p)
	}
}

func (g *gen) newProduct(d *district, commune string, sp *special, k *kind, prod *producer, name string) *product {
	p := &product{k: k, d: d, ref: d.slug, commune: commune, prod: prod, name: name}
	if sp != nil {
		p.village = sp.village
	}
	if p.name == "" {
		p.name = g.productName(p, sp)
	}
	base := vntext.Slug(p.name)
	p.slug = uniqueSlug(g.productSlugs, base)
	p.explicit = p.slug != base

	switch x := g.r.Float64(); {
	case x < 0.45:
		p.stars = 3
	case x < 0.99:
		p.stars = 4
		p.potential = g.chance(0.08)
	default:
		p.stars = 5
	}
	if d.slug == "ung-hoa" {
		switch x := g.r.Float64(); {
		case x < 0.2:
			p.ref = "Ứng Hoà"
		case x < 0.35:
			p.ref = "Ứng Hòa"
		}
	} else if g.chance(0.03) {
		p.ref = d.name
	}
	if len(d.communes25) > 0 && g.chance(0.4) {
		p.commune25 = d.communes25[g.r.IntN(len(d.communes25))]
		if p.commune25 == "Ứng Hòa" && g.chance(0.5) {
			p.commune25 = "Ứng Hoà"
		}
	}
	price := g.between(k.lo, k.hi)
	switch {
	case price >= 1000:
		price = price / 50 * 50
	case price >= 100:
		price = price / 5 * 5
	}
	p.price = price * 1000
	p.unit = g.pick(k.units)
	p.summary = g.productSummary(p)
	if g.chance(0.30) {
		p.desc = g.productDescription(p)
	}
	g.certificate(p)
	if g.chance(0.25) {
		p.phone = fmt.Sprintf("09%d%d %03d %03d", g.r.IntN(10), g.r.IntN(10), g.r.IntN(1000), g.r.IntN(1000))
		if g.chance(0.6) {
			p.address = g.address(d, commune)
		}
		ascii := strings.ReplaceAll(vntext.Slug(prod.brand), "-", "")
		if ascii != "" && g.chance(0.3) {
			p.email = ascii + "@gmail.com"
		}
		if ascii != "" && g.chance(0.2) {
			p.website = "https://" + ascii + ".vn"
		}
	}
	return p
}

// makeTourism adds about N/100 tourism links: the real Hanoi ones first,
// then sites in the districts with most products, and links about a fifth
// of the products to them (in the same district).
func (g *gen) makeTourism() {
	n := max(1, (g.cfg.Products+50)/100)
	for _, h := range hanoiTourism {
		if len(g.tourism) >= n {
			break
		}
		d := g.byDistrict[h.district]
		t := &tourismSite{title: h.title, kind: h.kind, d: d, commune: h.commune, village: h.village, lat: h.lat, lon: h.lon}
		t.slug = uniqueSlug(g.tourismSlugs, vntext.Slug(t.title))
		t.body = g.tourismBody(t)
		d.tourism = append(d.tourism, t)
		g.tourism = append(g.tourism, t)
	}
	if len(g.tourism) < n {
		picked := g.pickDistricts(n-len(g.tourism), func(d *district) bool { return len(d.tourism) == 0 })
		for _, d := range picked {
			t := g.newTourismSite(d)
			d.tourism = append(d.tourism, t)
			g.tourism = append(g.tourism, t)
		}
	}
	inTourism := 0
	for _, d := range g.districts {
		if len(d.tourism) > 0 {
			inTourism += len(d.products)
		}
	}
	if inTourism == 0 {
		return
	}
	p := min(0.95, 0.2*float64(len(g.products))/float64(inTourism))
	for _, pr := range g.products {
		ts := pr.d.tourism
		if len(ts) == 0 || !g.chance(p) {
			continue
		}
		i := g.r.IntN(len(ts))
		links := []*tourismSite{ts[i]}
		if len(ts) > 1 && g.chance(0.3) {
			links = append(links, ts[(i+1)%len(ts)])
		}
		for _, t := range links {
			pr.tourism = append(pr.tourism, t.slug)
			if t.kind == "craft-village" && t.village != "" && pr.village == "" && pr.commune == t.commune {
				pr.village = t.village
			}
		}
	}
}

// pickDistricts picks n distinct districts with products, weighted by
// their number of products, preferring those ok accepts.
func (g *gen) pickDistricts(n int, ok func(*district) bool) []*district {
	var cands []*district
	for _, d := range g.districts {
		if len(d.products) > 0 && ok(d) {
			cands = append(cands, d)
		}
	}
	var out []*district
	for len(out) < n {
		if len(cands) == 0 { // more sites than districts: start again
			for _, d := range g.districts {
				if len(d.products) > 0 {
					cands = append(cands, d)
				}
			}
		}
		cum := make([]float64, len(cands))
		total := 0.0
		for i, d := range cands {
			total += float64(len(d.products))
			cum[i] = total
		}
		i := g.weighted(cum)
		out = append(out, cands[i])
		cands = append(cands[:i], cands[i+1:]...)
	}
	return out
}

func (g *gen) newTourismSite(d *district) *tourismSite {
	t := &tourismSite{d: d}
	host := d.products[g.r.IntN(len(d.products))]
	t.commune = host.commune
	switch x := g.r.Float64(); {
	case x < 0.55:
		t.kind = "craft-village"
	case x < 0.70:
		t.kind = "rural-tourism"
	case x < 0.85:
		t.kind = "eco-tourism"
	case x < 0.95:
		t.kind = "community-tourism"
	default:
		t.kind = "other"
	}
	switch t.kind {
	case "craft-village":
		t.village = t.commune
		if host.k.group == gCraft || host.k.group == gFood || host.k.group == gDrink {
			t.title = "Làng nghề " + lowerFirst(host.k.trade) + " " + t.commune
		} else {
			t.title = "Làng nghề truyền thống " + t.commune
		}
	case "rural-tourism":
		t.title = g.pick([]string{"Du lịch nông thôn ", "Làng quê ", "Du lịch nông nghiệp "}) + t.commune
	case "eco-tourism":
		if g.chance(0.5) {
			t.title = g.pick([]string{"Khu du lịch sinh thái ", "Trang trại sinh thái "}) + g.pick(brands)
		} else {
			t.title = "Khu sinh thái " + t.commune
		}
	case "community-tourism":
		t.title = g.pick([]string{"Du lịch cộng đồng ", "Làng văn hóa "}) + t.commune
	default:
		t.title = g.pick([]string{"Điểm du lịch ", "Khu di tích "}) + t.commune
	}
	t.slug = uniqueSlug(g.tourismSlugs, vntext.Slug(t.title))
	t.lat, t.lon = clampLat(g.jitter(d.lat, 0.05)), clampLon(g.jitter(d.lon, 0.05))
	t.body = g.tourismBody(t)
	return t
}

// makeSalesPoints adds about N/200 sales points, each listing 5 to 30
// products, and has about a tenth of the products name one.
func (g *gen) makeSalesPoints() {
	n := max(1, (g.cfg.Products+100)/200)
	for _, d := range g.pickDistricts(n, func(*district) bool { return true }) {
		sp := &salesPoint{d: d}
		first := len(d.salesPoints) == 0
		switch x := g.r.Float64(); {
		case first && x < 0.5:
			sp.name = "Điểm giới thiệu và bán sản phẩm OCOP " + d.kind + " " + d.name
		case x < 0.7:
			sp.name = "Cửa hàng OCOP " + g.pick(brands) + " " + d.name
		case x < 0.85:
			sp.name = g.pick(brands) + " Mart " + d.name
		default:
			sp.name = "Điểm bán sản phẩm OCOP " + d.products[g.r.IntN(len(d.products))].prod.name
		}
		sp.slug = uniqueSlug(g.spSlugs, vntext.Slug(sp.name))
		sp.address = g.address(d, d.communes[g.r.IntN(len(d.communes))])
		if g.chance(0.85) {
			sp.opened = g.dateBetween(day(2019, 6, 1), day(2026, 10, 31))
		}
		sp.hours = g.pick(hours)
		if g.chance(0.8) {
			if d.province == "" {
				sp.phone = fmt.Sprintf("024 %04d %04d", g.r.IntN(10000), g.r.IntN(10000))
			} else {
				sp.phone = fmt.Sprintf("02%02d %03d %04d", g.r.IntN(100), g.r.IntN(1000), g.r.IntN(10000))
			}
		}
		if g.chance(0.7) {
			sp.operator = d.products[g.r.IntN(len(d.products))].prod.name
		}
		if g.chance(0.9) {
			sp.lat, sp.lon = clampLat(g.jitter(d.lat, 0.04)), clampLon(g.jitter(d.lon, 0.04))
		}
		size := min(g.between(5, 30), len(g.products))
		seen := map[string]bool{}
		local := d.products
		for tries := 0; len(sp.products) < size*6/10 && tries < 3*size; tries++ {
			if p := local[g.r.IntN(len(local))]; !seen[p.slug] {
				seen[p.slug] = true
				sp.products = append(sp.products, p.slug)
			}
		}
		for len(sp.products) < size {
			if p := g.products[g.r.IntN(len(g.products))]; !seen[p.slug] {
				seen[p.slug] = true
				sp.products = append(sp.products, p.slug)
			}
		}
		d.salesPoints = append(d.salesPoints, sp)
		g.salesPoints = append(g.salesPoints, sp)
	}
	for _, p := range g.products {
		if !g.chance(0.10) {
			continue
		}
		sps := p.d.salesPoints
		if len(sps) == 0 || g.chance(0.3) {
			sps = g.salesPoints
		}
		i := g.r.IntN(len(sps))
		p.salesPts = append(p.salesPts, sps[i].slug)
		if len(sps) > 1 && g.chance(0.12) {
			p.salesPts = append(p.salesPts, sps[(i+1)%len(sps)].slug)
		}
	}
}

func (g *gen) makeStories() {
	for range g.cfg.Stories {
		s := &story{date: g.dateBetween(day(2021, 1, 1), lastStory)}
		switch x := g.r.Float64(); {
		case x < 0.45:
			g.productStory(s)
		case x < 0.70:
			g.districtStory(s)
		case x < 0.90:
			g.tourismStory(s)
		default:
			g.salesPointStory(s)
		}
		s.slug = uniqueSlug(g.storySlugs, vntext.Slug(s.title))
		g.stories = append(g.stories, s)
	}
}
