// Command hugocompare converts an ocopgen catalogue into an equivalent Hugo
// site, for the Hugo comparison benchmark (compare.sh in this folder):
//
//	go run ./tools/hugocompare -s CATALOGUE -o HUGOSITE
//
// The Hugo site has the same pages, groupings and page size as the site
// ocopgen builds from the catalogue, in the idiomatic Hugo way:
//
//   - one content page per product (content/san-pham/<slug>.md), its
//     description as the markdown body, and four taxonomies: quan_huyen
//     (district slug), hang_sao (tier slug), nhom (group slug) and du_lich
//     (tourism slugs);
//   - one term page per district, tier, group and tourism link
//     (content/<taxonomy>/<slug>/_index.md), holding its name and, for
//     districts and tourism links, its markdown; a term page lists its
//     products, paginated, as ocopgen's listing pages do;
//   - one page per story (content/tin-tuc/<slug>.md) and per sales point
//     (content/diem-ban/<slug>.md);
//   - permalinks, pagination path (trang) and heading IDs set so that the
//     URLs are ocopgen's (/quan-huyen/<slug>/trang/2/ …), and the internal
//     links of the stories resolve;
//   - minimal layouts rendering roughly what ocopgen's default theme
//     renders: header navigation, breadcrumbs, the product fields, listings
//     of product cards (name, tier, district, producer) with pagination.
//
// Two reverse links that ocopgen computes while building are written into
// the front matter here, since Hugo has no cheap way to compute them in a
// template: the stories that name a product (product page, "related
// stories") and the union of both sides of the product ↔ sales point link.
//
// The records are read with ocopgen's loader (generator/load), so the
// content format has one reader; a catalogue with errors is refused, as
// ocopgen build refuses it. The output folder must not exist or be empty.
package main

import (
	"bytes"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
)

// layouts are the Hugo templates, written to the site as they are here.
//
//go:embed all:layouts
var layouts embed.FS

func main() {
	flags := flag.NewFlagSet("hugocompare", flag.ExitOnError)
	src := flags.String("s", ".", "the ocopgen catalogue folder (holding ocopgen.toml)")
	out := flags.String("o", "", "the Hugo site folder to write (new or empty)")
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "usage: hugocompare -s CATALOGUE -o HUGOSITE")
		flags.PrintDefaults()
	}
	flags.Parse(os.Args[1:])
	if *out == "" || flags.NArg() > 0 {
		flags.Usage()
		os.Exit(2)
	}
	n, err := convert(*src, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hugocompare:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "hugocompare: %d products, %d stories, %d tourism links, %d sales points, %d districts → %s\n",
		n.products, n.stories, n.tourism, n.salesPoints, n.districts, *out)
}

// contact is a producer's contact, as front matter.
type contact struct {
	Phone   string `toml:"phone,omitempty"`
	Email   string `toml:"email,omitempty"`
	Website string `toml:"website,omitempty"`
	Address string `toml:"address,omitempty"`
}

type counts struct{ products, stories, tourism, salesPoints, districts int }

// convert reads the catalogue at src with ocopgen's loader and writes the
// Hugo site to out. A catalogue with errors is refused: ocopgen would not
// build it either.
func convert(src, out string) (counts, error) {
	var n counts
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return n, fmt.Errorf("%s is not empty", out)
	}
	cat, err := loadCatalogue(src)
	if err != nil {
		return n, err
	}
	w := &writer{root: out}
	w.site(cat.Site)
	w.taxonomies(cat)
	w.tourism(cat)
	w.salesPoints(cat)
	w.stories(cat)
	w.products(cat)
	// Media, served at /media/ as ocopgen does.
	if w.err == nil {
		w.err = copyTree(filepath.Join(src, load.ContentDir, "media"), filepath.Join(out, "static", "media"))
	}
	n = counts{len(cat.Products), len(cat.Stories), len(cat.Tourism), len(cat.SalesPoints), len(cat.Districts)}
	return n, w.err
}

// loadCatalogue reads the catalogue through ocopgen's loader; its errors,
// not its warnings, are printed.
func loadCatalogue(src string) (*catalog.Catalog, error) {
	cat, probs := load.Load(load.NFC(os.DirFS(src)), load.Options{})
	if err := probs.Err(); err != nil {
		var errs []diag.Problem // the warnings are ocopgen check's to show
		for _, p := range probs.Problems() {
			if p.Severity == diag.Error {
				errs = append(errs, p)
			}
		}
		diag.Print(os.Stderr, errs, diag.Text)
		return nil, fmt.Errorf("%w (run ocopgen check)", err)
	}
	return cat, nil
}

// site writes the Hugo site's settings, layouts and section pages.
func (w *writer) site(cfg catalog.Settings) {
	w.file("hugo.toml", hugoConfig(cfg))
	w.file("i18n/vi.toml", i18n())
	if w.err == nil {
		w.err = fs.WalkDir(layouts, "layouts", func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			data, err := layouts.ReadFile(p)
			w.file(p, data)
			return errors.Join(err, w.err)
		})
	}
	w.page("content/_index.md", map[string]any{"title": cfg.Title}, "")
	w.page("content/san-pham/_index.md", map[string]any{"title": "Sản phẩm"}, "")
	w.page("content/tin-tuc/_index.md", map[string]any{"title": "Tin tức"}, "")
	w.page("content/diem-ban/_index.md", map[string]any{"title": "Điểm bán sản phẩm OCOP"}, "")
	w.page("content/quan_huyen/_index.md", map[string]any{"title": "Quận, huyện, thị xã"}, "")
	w.page("content/hang_sao/_index.md", map[string]any{"title": "Hạng sao"}, "")
	w.page("content/nhom/_index.md", map[string]any{"title": "Nhóm sản phẩm"}, "")
	w.page("content/du_lich/_index.md", map[string]any{"title": "Du lịch, làng nghề"}, "")
}

// taxonomies writes the page of each district, tier and group.
func (w *writer) taxonomies(cat *catalog.Catalog) {
	for _, d := range cat.Districts {
		w.page("content/quan_huyen/"+d.Slug+"/_index.md", map[string]any{
			"title": d.Name, "slug": d.Slug, "district_kind": d.Kind,
		}, d.Description.Source)
	}
	for i, t := range catalog.Tiers {
		w.page("content/hang_sao/"+t.Slug()+"/_index.md", map[string]any{
			"title": t.Name(), "slug": t.Slug(), "weight": i + 1,
		}, "")
	}
	for i, g := range cat.Groups {
		w.page("content/nhom/"+g.Slug+"/_index.md", map[string]any{
			"title": g.Name, "slug": g.Slug, "weight": i + 1,
		}, "")
	}
}

// tourism writes the page of each tourism link.
func (w *writer) tourism(cat *catalog.Catalog) {
	for _, t := range cat.Tourism {
		fm := map[string]any{"title": t.Title, "slug": t.Slug, "district": t.District.Slug, "tourism_kind": t.Kind}
		setIf(fm, "commune", t.Commune)
		setIf(fm, "image", t.Image)
		if t.HasGeo {
			fm["lat"], fm["lon"] = t.Lat, t.Lon
		}
		w.page("content/du_lich/"+t.Slug+"/_index.md", fm, t.Body.Source)
	}
}

// salesPoints writes the page of each sales point.
func (w *writer) salesPoints(cat *catalog.Catalog) {
	for _, sp := range cat.SalesPoints {
		fm := map[string]any{"title": sp.Name, "district": sp.District.Slug, "address": sp.Address,
			"products": slugs(catalog.Pick(cat.Products, cat.SalesPointProducts(sp)), func(p *catalog.Product) string { return p.Slug })}
		if !sp.Opened.IsZero() {
			fm["opened"] = isoDate(sp.Opened)
		}
		setIf(fm, "hours", sp.Hours)
		setIf(fm, "phone", sp.Phone)
		setIf(fm, "operator", sp.Operator)
		if sp.HasGeo {
			fm["lat"], fm["lon"] = sp.Lat, sp.Lon
		}
		w.page("content/diem-ban/"+sp.Slug+".md", fm, "")
	}
}

// stories writes the page of each story.
func (w *writer) stories(cat *catalog.Catalog) {
	for i, s := range cat.Stories {
		fm := map[string]any{"title": s.Title, "date": isoDate(s.Date)}
		setIf(fm, "summary", s.Summary)
		setIf(fm, "image", s.Image)
		if s.Draft {
			fm["draft"] = true
		}
		setList(fm, "products", slugs(catalog.Pick(cat.Products, cat.StoryProducts(i)), func(p *catalog.Product) string { return p.Slug }))
		setList(fm, "districts", slugs(s.Districts, func(d *catalog.District) string { return d.Slug }))
		setList(fm, "tourism", slugs(s.Tourism, func(t *catalog.Tourism) string { return t.Slug }))
		w.page("content/tin-tuc/"+s.Slug+".md", fm, s.Body.Source)
	}
}

// products writes the page of each product.
func (w *writer) products(cat *catalog.Catalog) {
	for i, p := range cat.Products {
		c := p.Certificate
		fm := map[string]any{
			"title":         p.Name,
			"producer":      p.Producer,
			"group":         p.Group.Slug,
			"decision_date": isoDate(c.DecisionDate),
			"valid_until":   isoDate(c.ValidUntil),
			"quan_huyen":    []string{p.District.Slug},
			"hang_sao":      []string{p.Tier().Slug()},
			"nhom":          []string{p.Group.Slug},
		}
		setIf(fm, "summary", p.Summary)
		setIf(fm, "producer_kind", p.ProducerKind)
		setIf(fm, "subgroup", p.Subgroup.Name)
		setIf(fm, "group_1048", p.Group1048)
		setIf(fm, "commune", p.Commune)
		setIf(fm, "commune_2025", p.Commune2025)
		setIf(fm, "craft_village", p.CraftVillage)
		if p.PriceVND > 0 {
			fm["price"] = p.PriceVND
		}
		setIf(fm, "unit", p.Unit)
		setIf(fm, "shelf_life", p.ShelfLife)
		setIf(fm, "decision_no", c.DecisionNo)
		setIf(fm, "level", c.Level)
		if c.RoundYear != 0 {
			fm["round_year"] = c.RoundYear
		}
		setList(fm, "images", p.Images)
		setList(fm, "du_lich", slugs(p.Tourism, func(t *catalog.Tourism) string { return t.Slug }))
		setList(fm, "sales_points", slugs(catalog.Pick(cat.SalesPoints, cat.ProductSalesPoints(i)), func(sp *catalog.SalesPoint) string { return sp.Slug }))
		var stories []string // the published stories naming the product, newest first
		for _, s := range catalog.Pick(cat.Stories, cat.ProductStories(i)) {
			if !s.Draft {
				stories = append(stories, s.Slug)
			}
		}
		setList(fm, "stories", stories)
		if ct := contact(p.Contact); ct != (contact{}) {
			fm["contact"] = ct
		}
		w.page("content/san-pham/"+p.Slug+".md", fm, p.Description.Source)
	}

}

func setIf(fm map[string]any, key, v string) {
	if v != "" {
		fm[key] = v
	}
}

func setList(fm map[string]any, key string, v []string) {
	if len(v) > 0 {
		fm[key] = v
	}
}

func isoDate(t time.Time) string { return t.Format(time.DateOnly) }

// slugs returns the slug of each record of list, in order.
func slugs[T any](list []T, slug func(T) string) []string {
	out := make([]string, len(list))
	for i, r := range list {
		out[i] = slug(r)
	}
	return out
}

// writer writes the site, remembering the first error.
type writer struct {
	root string
	err  error
	buf  bytes.Buffer
}

func (w *writer) file(name string, data []byte) {
	if w.err != nil {
		return
	}
	p := filepath.Join(w.root, filepath.FromSlash(name))
	if w.err = os.MkdirAll(filepath.Dir(p), 0o755); w.err == nil {
		w.err = os.WriteFile(p, data, 0o644)
	}
}

// page writes a Hugo content file: TOML front matter, then the body.
func (w *writer) page(name string, fm map[string]any, body string) {
	if w.err != nil {
		return
	}
	w.buf.Reset()
	w.buf.WriteString("+++\n")
	if err := toml.NewEncoder(&w.buf).Encode(fm); err != nil {
		w.err = fmt.Errorf("%s: %w", name, err)
		return
	}
	w.buf.WriteString("+++\n")
	if body != "" {
		w.buf.WriteString("\n")
		w.buf.WriteString(body)
		if !strings.HasSuffix(body, "\n") {
			w.buf.WriteString("\n")
		}
	}
	w.file(name, w.buf.Bytes())
}

func copyTree(src, dst string) error {
	err := filepath.WalkDir(src, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if e.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		o, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(o, in); err != nil {
			o.Close()
			return err
		}
		return o.Close()
	})
	if errors.Is(err, fs.ErrNotExist) {
		if _, serr := os.Stat(src); errors.Is(serr, fs.ErrNotExist) {
			return nil
		}
	}
	return err
}

var taxonomyURLs = []struct{ name, url string }{
	{"quan_huyen", "quan-huyen"}, {"hang_sao", "hang-sao"}, {"nhom", "nhom"}, {"du_lich", "du-lich"},
}

func hugoConfig(cfg catalog.Settings) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Written by tools/hugocompare from an ocopgen catalogue.\n")
	fmt.Fprintf(&b, "baseURL = %q\n", cfg.BaseURL)
	fmt.Fprintf(&b, "title = %q\n", cfg.Title)
	fmt.Fprintf(&b, "languageCode = %q\n", cfg.Language)
	fmt.Fprintf(&b, "defaultContentLanguage = %q\n", cfg.Language)
	b.WriteString("# ocopgen publishes every story whatever its date, and writes robots.txt.\n")
	b.WriteString("buildFuture = true\nenableRobotsTXT = true\n\n")
	fmt.Fprintf(&b, "[pagination]\npagerSize = %d\npath = \"trang\"\n\n", cfg.PageSize)
	b.WriteString("[taxonomies]\n")
	for _, t := range taxonomyURLs {
		fmt.Fprintf(&b, "%s = %q\n", t.name, t.name)
	}
	b.WriteString("\n# ocopgen's URLs: /quan-huyen/<slug>/ rather than /quan_huyen/<slug>/.\n[permalinks.taxonomy]\n")
	for _, t := range taxonomyURLs {
		fmt.Fprintf(&b, "%s = %q\n", t.name, "/"+t.url+"/")
	}
	b.WriteString("[permalinks.term]\n")
	for _, t := range taxonomyURLs {
		fmt.Fprintf(&b, "%s = %q\n", t.name, "/"+t.url+"/:slug/")
	}
	b.WriteString("\n# ocopgen's heading anchors are ASCII slugs; raw HTML is not rendered.\n")
	b.WriteString("[markup.goldmark.parser]\nautoHeadingIDType = \"github-ascii\"\n")
	return b.Bytes()
}

// i18n returns i18n/vi.toml: the labels of the enumerated values, as in
// ocopgen's default theme.
func i18n() []byte {
	labels := map[string]string{
		"kind_quận": "Quận", "kind_huyện": "Huyện", "kind_thị xã": "Thị xã",
		"level_district": "Cấp huyện", "level_city": "Cấp thành phố", "level_central": "Cấp trung ương",
		"pk_hop-tac-xa": "Hợp tác xã", "pk_doanh-nghiep": "Doanh nghiệp",
		"pk_ho-kinh-doanh": "Hộ sản xuất, kinh doanh", "pk_to-hop-tac": "Tổ hợp tác",
		"tk_craft-village": "Làng nghề", "tk_rural-tourism": "Du lịch nông thôn",
		"tk_eco-tourism": "Du lịch sinh thái", "tk_community-tourism": "Du lịch cộng đồng",
		"tk_other": "Điểm du lịch",
		"valid":    "Còn hiệu lực", "expiring": "Sắp hết hiệu lực", "expired": "Hết hiệu lực",
	}
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b bytes.Buffer
	for _, k := range keys {
		fmt.Fprintf(&b, "%q = %q\n", k, labels[k])
	}
	return b.Bytes()
}
