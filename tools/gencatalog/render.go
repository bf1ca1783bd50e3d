package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// tomlWriter writes the TOML subset the catalogue uses, in the layout of
// the hand-written examples in content/.
type tomlWriter struct{ b strings.Builder }

var tomlEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)

func quote(s string) string { return `"` + tomlEscaper.Replace(s) + `"` }

func (w *tomlWriter) raw(s string) { w.b.WriteString(s) }

func (w *tomlWriter) str(key, v string) {
	if v != "" {
		w.b.WriteString(key + " = " + quote(v) + "\n")
	}
}

func (w *tomlWriter) num(key string, v int) {
	w.b.WriteString(key + " = " + strconv.Itoa(v) + "\n")
}

func (w *tomlWriter) float(key string, v float64) {
	w.b.WriteString(key + " = " + strconv.FormatFloat(v, 'f', 4, 64) + "\n")
}

func (w *tomlWriter) date(key string, t time.Time) {
	if !t.IsZero() {
		w.b.WriteString(key + " = " + t.Format(time.DateOnly) + "\n")
	}
}

func (w *tomlWriter) list(key string, vs []string) {
	if len(vs) == 0 {
		return
	}
	qs := make([]string, len(vs))
	for i, v := range vs {
		qs[i] = quote(v)
	}
	one := key + " = [" + strings.Join(qs, ", ") + "]\n"
	if len(one) <= 100 {
		w.b.WriteString(one)
		return
	}
	w.b.WriteString(key + " = [\n")
	for _, q := range qs {
		w.b.WriteString("  " + q + ",\n")
	}
	w.b.WriteString("]\n")
}

// markdown writes a multi-line string; the generated markdown holds no
// backslash and no triple quote.
func (w *tomlWriter) markdown(key, md string) {
	if md != "" {
		w.b.WriteString(key + " = \"\"\"\n" + md + "\"\"\"\n")
	}
}

func (w *tomlWriter) bytes() []byte { return []byte(vntext.NFC(w.b.String())) }

func (g *gen) render() []outFile {
	files := make([]outFile, 0, len(g.products)+len(g.tourism)+len(g.salesPoints)+len(g.stories)+3)
	files = append(files,
		outFile{path: markerFile, data: []byte("Written by tools/gencatalog; the next run may replace ocopgen.toml and content/.\n")},
		outFile{path: "ocopgen.toml", data: g.renderSite()},
		outFile{path: "content/districts.toml", data: g.renderDistricts()},
	)
	for i, p := range g.products {
		if i < g.cfg.Photos {
			p.image = "media/photos/" + p.slug + ".jpg"
			files = append(files, outFile{path: "content/" + p.image, make: func() []byte { return photo(i) }})
		}
		files = append(files, outFile{path: "content/products/" + p.d.slug + "/" + p.slug + ".toml", data: renderProduct(p)})
	}
	for _, t := range g.tourism {
		files = append(files, outFile{path: "content/tourism/" + t.slug + ".md", data: renderTourism(t)})
	}
	for _, sp := range g.salesPoints {
		files = append(files, outFile{path: "content/sales-points/" + sp.slug + ".toml", data: renderSalesPoint(sp)})
	}
	for _, s := range g.stories {
		files = append(files, outFile{path: "content/stories/" + s.slug + ".md", data: renderStory(s)})
	}
	return files
}

// thousands formats n with dots: 10000 → 10.000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func (g *gen) renderSite() []byte {
	var w tomlWriter
	w.raw(fmt.Sprintf("# Danh mục thử tải do tools/gencatalog tạo: %d sản phẩm, seed %d.\n", g.cfg.Products, g.cfg.Seed))
	w.str("title", "Sản phẩm OCOP – danh mục thử tải "+thousands(g.cfg.Products)+" sản phẩm")
	w.str("base_url", "https://ocop.example.vn/")
	w.str("language", "vi")
	w.str("theme", "default")
	w.num("page_size", 24)
	return w.bytes()
}

func (g *gen) renderDistricts() []byte {
	var w tomlWriter
	w.raw("# Ba mươi đơn vị hành chính cấp huyện của Hà Nội trước ngày 1/7/2025")
	if len(g.districts) > len(hanoiDistricts) {
		w.raw(fmt.Sprintf(",\n# và %d đơn vị cấp huyện mang tên giống các huyện, thị xã của tỉnh khác (dữ liệu thử tải)", len(g.districts)-len(hanoiDistricts)))
	}
	w.raw(".\n")
	for _, d := range g.districts {
		w.raw("\n[[district]]\n")
		w.str("name", d.name)
		w.str("kind", d.kind)
		w.str("description", d.description)
	}
	return w.bytes()
}

func renderProduct(p *product) []byte {
	var w tomlWriter
	w.str("name", p.name)
	if p.explicit {
		w.str("slug", p.slug)
	}
	w.str("group", p.k.group)
	w.str("subgroup", p.k.sub)
	w.str("group_1048", p.group1048)
	w.num("stars", p.stars)
	if p.potential {
		w.raw("potential_five_star = true\n")
	}
	w.str("district", p.ref)
	w.str("commune", p.commune)
	w.str("commune_2025", p.commune25)
	w.str("craft_village", p.village)
	w.str("producer", p.prod.name)
	w.str("producer_kind", p.prod.kind)
	w.list("tourism", p.tourism)
	w.list("sales_points", p.salesPts)
	w.num("price_vnd", p.price)
	w.str("unit", p.unit)
	w.str("shelf_life", p.k.shelf)
	w.str("summary", p.summary)
	w.markdown("description", p.desc)
	if p.image != "" {
		w.list("images", []string{p.image})
	}
	w.raw("\n[certificate]\n")
	w.str("decision_no", p.cert.no)
	w.date("decision_date", p.cert.date)
	w.str("level", p.cert.level)
	if p.roundYear != 0 {
		w.num("round_year", p.roundYear)
	}
	w.date("valid_until", p.validUntil)
	if p.phone != "" {
		w.raw("\n[contact]\n")
		w.str("phone", p.phone)
		w.str("email", p.email)
		w.str("website", p.website)
		w.str("address", p.address)
	}
	return w.bytes()
}

func renderTourism(t *tourismSite) []byte {
	var w tomlWriter
	w.raw("+++\n")
	w.str("title", t.title)
	w.str("district", t.d.slug)
	w.str("kind", t.kind)
	w.str("commune", t.commune)
	w.float("lat", t.lat)
	w.float("lon", t.lon)
	w.raw("+++\n\n")
	w.raw(t.body)
	return w.bytes()
}

func renderSalesPoint(sp *salesPoint) []byte {
	var w tomlWriter
	w.str("name", sp.name)
	w.str("district", sp.d.slug)
	w.str("address", sp.address)
	w.date("opened", sp.opened)
	w.str("hours", sp.hours)
	w.str("phone", sp.phone)
	w.str("operator", sp.operator)
	if sp.lat != 0 {
		w.float("lat", sp.lat)
		w.float("lon", sp.lon)
	}
	w.list("products", sp.products)
	return w.bytes()
}

func renderStory(s *story) []byte {
	var w tomlWriter
	w.raw("+++\n")
	w.str("title", s.title)
	w.date("date", s.date)
	w.str("summary", s.summary)
	w.list("products", s.products)
	w.list("districts", s.districts)
	w.list("tourism", s.tourism)
	w.raw("+++\n\n")
	w.raw(s.body)
	return w.bytes()
}
