package build

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/output"
)

// exampleRoot is the example catalogue of the repository, relative to this
// package's folder.
const exampleRoot = "../.."

// exampleDate is the build date of every test of the example.
var exampleDate = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// buildMemory builds the catalogue src into memory, failing the test when
// the build fails.
func buildMemory(t *testing.T, src fs.FS) *output.Memory {
	t.Helper()
	site := output.NewMemory()
	res, err := Build(context.Background(), src, site, Options{Today: exampleDate})
	if err != nil {
		t.Fatalf("build: %v\n%s", err, problemsText(res))
	}
	if n := res.Errors(); n > 0 {
		t.Fatalf("build succeeded with %d error(s):\n%s", n, problemsText(res))
	}
	if len(site.Names()) == 0 {
		t.Fatal("the build wrote no file")
	}
	return site
}

func problemsText(res *Result) string {
	if res == nil {
		return "(no result)"
	}
	var b bytes.Buffer
	diag.Print(&b, res.Problems, diag.Text)
	return b.String()
}

// exampleConfig is what the tests read of ocopgen.toml.
type exampleConfig struct {
	BaseURL  string `toml:"base_url"`
	Language string `toml:"language"`
}

func readExampleConfig(t *testing.T, fsys fs.FS) exampleConfig {
	t.Helper()
	var c exampleConfig
	b, err := fs.ReadFile(fsys, "ocopgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := toml.Unmarshal(b, &c); err != nil {
		t.Fatalf("ocopgen.toml: %v", err)
	}
	if !strings.HasPrefix(c.BaseURL, "http") {
		t.Fatalf("ocopgen.toml: base_url %q is not an absolute URL", c.BaseURL)
	}
	if !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
	return c
}

// exampleProduct is what the tests read of a product file.
type exampleProduct struct {
	file        string
	Name        string `toml:"name"`
	Slug        string `toml:"slug"`
	Stars       int    `toml:"stars"`
	PriceVND    int64  `toml:"price_vnd"`
	Certificate struct {
		DecisionDate time.Time `toml:"decision_date"`
	} `toml:"certificate"`
}

func readExampleProducts(t *testing.T, fsys fs.FS) []exampleProduct {
	t.Helper()
	var out []exampleProduct
	err := fs.WalkDir(fsys, "content/products", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".") || path.Ext(p) != ".toml" {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		var pr exampleProduct
		if err := toml.Unmarshal(b, &pr); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		pr.file = p
		pr.Name = norm.NFC.String(pr.Name)
		out = append(out, pr)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("the example has no product")
	}
	return out
}

// page is a parsed HTML page of a built site.
type page struct {
	name string
	doc  *html.Node
	ids  map[string]bool
}

// walk calls f on n and every node below it, in document order.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// elements returns the elements named tag (in any namespace).
func elements(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	walk(n, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
	})
	return out
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textOf returns the text of n, without markup, with spaces collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

func hasToken(list, token string) bool {
	return slices.Contains(strings.Fields(strings.ToLower(list)), token)
}

// pageURL is the site path of the file name: "a/index.html" → "/a/".
func pageURL(name string) string {
	if name == "index.html" {
		return "/"
	}
	if dir, ok := strings.CutSuffix(name, "/index.html"); ok {
		return "/" + dir + "/"
	}
	return "/" + name
}

// productSlug returns the slug of a product page "san-pham/<slug>/index.html".
func productSlug(name string) (string, bool) {
	parts := strings.Split(name, "/")
	if len(parts) == 3 && parts[0] == "san-pham" && parts[2] == "index.html" {
		return parts[1], true
	}
	return "", false
}

// siteChecker resolves links against a built site.
type siteChecker struct {
	site     *output.Memory
	pages    map[string]*page
	baseURL  string // ends in "/"
	basePath string // path of baseURL, ends in "/"
}

// resolve turns a link written on the page from into the file of the site
// it points at and its fragment. internal is false for links that leave
// the site (other hosts, mailto:, tel:, …).
func (c *siteChecker) resolve(ref, from string) (file, fragment string, internal bool, err error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", "", true, errors.New("empty link")
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", "", true, err
	}
	if rest, ok := strings.CutPrefix(ref, c.baseURL); ok {
		// An absolute URL of the site itself.
		u, err = url.Parse(c.basePath + rest)
		if err != nil {
			return "", "", true, err
		}
	} else if u.Scheme != "" || u.Host != "" || strings.HasPrefix(ref, "//") {
		return "", "", false, nil
	}
	if u.Path == "" && u.RawQuery == "" {
		// "#x": a fragment of this page.
		return from, u.Fragment, true, nil
	}
	if !strings.HasPrefix(u.Path, "/") {
		// Relative to the page.
		u = (&url.URL{Path: c.basePath + strings.TrimPrefix(pageURL(from), "/")}).ResolveReference(u)
	}
	p, ok := strings.CutPrefix(u.Path, c.basePath)
	if !ok {
		return "", "", true, fmt.Errorf("outside the base path %s", c.basePath)
	}
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	if _, ok := c.site.File(p); !ok {
		return p, u.Fragment, true, fmt.Errorf("no file %s in the site", p)
	}
	return p, u.Fragment, true, nil
}

// checkLink reports a link that does not resolve to a file of the site, or
// whose fragment names no element of its target page.
func (c *siteChecker) checkLink(t *testing.T, what, ref, from string) {
	t.Helper()
	file, frag, internal, err := c.resolve(ref, from)
	if !internal {
		return
	}
	if err != nil {
		t.Errorf("%s %q: %v", what, ref, err)
		return
	}
	if frag == "" {
		return
	}
	target, ok := c.pages[file]
	if !ok {
		t.Errorf("%s %q: fragment #%s on %s, which is not an HTML page", what, ref, frag, file)
		return
	}
	if !target.ids[frag] {
		t.Errorf("%s %q: no element with id %q on %s", what, ref, frag, file)
	}
}

// doubleEscapes are signs of text escaped twice.
var doubleEscapes = []string{"&amp;amp;", "&amp;lt;", "&amp;gt;", "&amp;quot;", "&amp;#", "&lt;p&gt;", "&lt;a ", "&lt;/a&gt;", "&lt;em&gt;", "&lt;strong&gt;"}

// TestExampleSite builds the example catalogue and checks every file of the
// site: structure of each page, links and fragments, feeds and exports, and
// chosen facts of the catalogue on the pages that show them.
func TestExampleSite(t *testing.T) {
	src := os.DirFS(exampleRoot)
	cfg := readExampleConfig(t, src)
	site := buildMemory(t, src)
	names := site.Names()
	base, err := url.Parse(cfg.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	c := &siteChecker{site: site, pages: map[string]*page{}, baseURL: cfg.BaseURL, basePath: "/" + strings.TrimPrefix(base.Path, "/")}

	for _, name := range []string{"index.html", "404.html", "sitemap.xml", "robots.txt", "tin-tuc/atom.xml",
		"du-lieu/san-pham.json", "du-lieu/san-pham.csv", "san-pham/index.html", "hang-sao/5-sao/index.html", "quan-huyen/index.html"} {
		if _, ok := site.File(name); !ok {
			t.Errorf("%s was not built", name)
		}
	}

	// Parse every page first, so fragments can be checked across pages.
	for _, name := range names {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		b, _ := site.File(name)
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		p := &page{name: name, doc: doc, ids: map[string]bool{}}
		walk(doc, func(n *html.Node) {
			if n.Type != html.ElementNode {
				return
			}
			if id, ok := attr(n, "id"); ok {
				if p.ids[id] {
					t.Errorf("%s: id %q is used twice", name, id)
				}
				p.ids[id] = true
			}
		})
		c.pages[name] = p
	}
	if len(c.pages) == 0 {
		t.Fatal("no HTML page was built")
	}

	canonical := map[string]string{} // page → canonical URL
	noindex := map[string]bool{}
	for _, name := range names {
		b, _ := site.File(name)
		t.Run(name, func(t *testing.T) {
			if len(bytes.TrimSpace(b)) == 0 {
				t.Fatal("empty file")
			}
			if !strings.HasPrefix(name, "media/") {
				// html/template writes ZgotmplZ in place of a value it
				// rejects in a URL, attribute or CSS context.
				if i := bytes.Index(b, []byte("ZgotmplZ")); i >= 0 {
					t.Errorf("a template value was rejected by html/template (ZgotmplZ): …%s…", b[max(0, i-80):min(len(b), i+40)])
				}
				for _, s := range doubleEscapes {
					if i := bytes.Index(b, []byte(s)); i >= 0 {
						t.Errorf("double escaping %q: …%s…", s, b[max(0, i-60):min(len(b), i+60)])
					}
				}
			}
			p, ok := c.pages[name]
			if !ok {
				return
			}
			checkPageStructure(t, p, cfg.Language)
			for _, n := range elements(p.doc, "meta") {
				if v, _ := attr(n, "name"); strings.EqualFold(v, "robots") {
					if content, _ := attr(n, "content"); hasToken(strings.ReplaceAll(content, ",", " "), "noindex") {
						noindex[name] = true
					}
				}
			}
			var canon []string
			for _, n := range elements(p.doc, "link") {
				if rel, _ := attr(n, "rel"); hasToken(rel, "canonical") {
					href, _ := attr(n, "href")
					canon = append(canon, href)
				}
			}
			switch {
			case len(canon) > 1:
				t.Errorf("%d canonical links: %q", len(canon), canon)
			case len(canon) == 0 && !noindex[name]:
				t.Errorf("no <link rel=\"canonical\">")
			case len(canon) == 1:
				u, err := url.Parse(canon[0])
				want := cfg.BaseURL + strings.TrimPrefix(pageURL(name), "/")
				switch {
				case err != nil || !u.IsAbs() || u.Host == "":
					t.Errorf("canonical URL %q is not absolute", canon[0])
				case canon[0] != want:
					t.Errorf("canonical URL %q, want %q", canon[0], want)
				}
				canonical[name] = canon[0]
			}
			// Links and resources.
			for _, l := range []struct{ tag, attr string }{{"a", "href"}, {"link", "href"}, {"img", "src"}, {"script", "src"}} {
				for _, n := range elements(p.doc, l.tag) {
					if ref, ok := attr(n, l.attr); ok {
						c.checkLink(t, l.tag+"["+l.attr+"]", ref, name)
					}
				}
			}
		})
	}

	productPages := map[string]bool{} // slugs
	for _, name := range names {
		if slug, ok := productSlug(name); ok {
			productPages[slug] = true
		}
	}
	if len(productPages) == 0 {
		t.Fatal("no product page san-pham/<slug>/index.html")
	}

	t.Run("sitemap", func(t *testing.T) {
		b, _ := site.File("sitemap.xml")
		if err := wellFormedXML(b, "urlset"); err != nil {
			t.Fatal(err)
		}
		var set struct {
			XMLName xml.Name
			URLs    []struct {
				Loc string `xml:"loc"`
			} `xml:"url"`
		}
		if err := xml.Unmarshal(b, &set); err != nil {
			t.Fatal(err)
		}
		if set.XMLName.Space != "http://www.sitemaps.org/schemas/sitemap/0.9" {
			t.Errorf("namespace %q", set.XMLName.Space)
		}
		listed := map[string]bool{}
		for _, u := range set.URLs {
			loc := strings.TrimSpace(u.Loc)
			if listed[loc] {
				t.Errorf("%s is listed twice", loc)
			}
			listed[loc] = true
			if !strings.HasPrefix(loc, cfg.BaseURL) {
				t.Errorf("<loc>%s</loc> does not start with the base URL %s", loc, cfg.BaseURL)
				continue
			}
			file, _, _, err := c.resolve(loc, "index.html")
			if err != nil {
				t.Errorf("<loc>%s</loc>: %v", loc, err)
				continue
			}
			if _, ok := c.pages[file]; !ok {
				t.Errorf("<loc>%s</loc> is not an HTML page", loc)
			}
			if noindex[file] {
				t.Errorf("<loc>%s</loc> is a noindex page", loc)
			}
		}
		for name, canon := range canonical {
			if !listed[canon] {
				t.Errorf("%s (%s) is missing from the sitemap", name, canon)
			}
		}
	})

	t.Run("atom-feed", func(t *testing.T) {
		b, _ := site.File("tin-tuc/atom.xml")
		if err := wellFormedXML(b, "feed"); err != nil {
			t.Fatal(err)
		}
		var feed struct {
			XMLName xml.Name
			Title   string `xml:"title"`
			Entries []struct {
				Title string `xml:"title"`
				Link  struct {
					Href string `xml:"href,attr"`
				} `xml:"link"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal(b, &feed); err != nil {
			t.Fatal(err)
		}
		if feed.XMLName.Space != "http://www.w3.org/2005/Atom" {
			t.Errorf("namespace %q", feed.XMLName.Space)
		}
		if strings.TrimSpace(feed.Title) == "" {
			t.Error("the feed has no title")
		}
		for _, e := range feed.Entries {
			if !strings.HasPrefix(e.Link.Href, cfg.BaseURL) {
				t.Errorf("entry %q: link %q is not an absolute URL of the site", e.Title, e.Link.Href)
				continue
			}
			if _, _, _, err := c.resolve(e.Link.Href, "index.html"); err != nil {
				t.Errorf("entry %q: %v", e.Title, err)
			}
		}
	})

	var exported struct {
		Count    int `json:"count"`
		Products []struct {
			Slug       string `json:"slug"`
			Name       string `json:"name"`
			URL        string `json:"url"`
			Stars      int    `json:"stars"`
			ValidUntil string `json:"valid_until"`
		} `json:"products"`
	}
	t.Run("json-export", func(t *testing.T) {
		b, _ := site.File("du-lieu/san-pham.json")
		if err := json.Unmarshal(b, &exported); err != nil {
			t.Fatal(err)
		}
		if exported.Count != len(exported.Products) {
			t.Errorf("count = %d, but %d products", exported.Count, len(exported.Products))
		}
		seen := map[string]bool{}
		for _, p := range exported.Products {
			if seen[p.Slug] {
				t.Errorf("%s is exported twice", p.Slug)
			}
			seen[p.Slug] = true
			if !productPages[p.Slug] {
				t.Errorf("%s is exported but has no page san-pham/%s/index.html", p.Slug, p.Slug)
			}
			if want := cfg.BaseURL + "san-pham/" + p.Slug + "/"; p.URL != want {
				t.Errorf("%s: url %q, want %q", p.Slug, p.URL, want)
			}
		}
		for slug := range productPages {
			if !seen[slug] {
				t.Errorf("the page of %s is missing from the export", slug)
			}
		}
	})

	t.Run("csv-export", func(t *testing.T) {
		b, _ := site.File("du-lieu/san-pham.csv")
		b, ok := bytes.CutPrefix(b, []byte("\ufeff"))
		if !ok {
			t.Error("no UTF-8 byte-order mark")
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 {
			t.Fatal("no header row")
		}
		col := slices.Index(rows[0], "Mã") // the columns have Vietnamese names: slug is Mã
		if col < 0 || !slices.Contains(rows[0], "Tên") || !slices.Contains(rows[0], "Tình trạng") {
			t.Fatalf("header %q lacks Mã (slug), Tên (name) or Tình trạng (status)", rows[0])
		}
		if got, want := len(rows)-1, len(productPages); got != want {
			t.Errorf("%d rows, want one per product page: %d", got, want)
		}
		seen := map[string]bool{}
		for _, r := range rows[1:] {
			slug := r[col]
			if seen[slug] {
				t.Errorf("%s has two rows", slug)
			}
			seen[slug] = true
			if !productPages[slug] {
				t.Errorf("row %q has no product page", slug)
			}
		}
	})

	products := readExampleProducts(t, src)
	// pageOf finds the page of each product of the catalogue: by its
	// explicit slug, else by its name in the <h1> of a product page.
	byTitle := map[string][]string{}
	for slug := range productPages {
		if p := c.pages["san-pham/"+slug+"/index.html"]; p != nil {
			for _, h := range elements(p.doc, "h1") {
				byTitle[norm.NFC.String(textOf(h))] = append(byTitle[norm.NFC.String(textOf(h))], slug)
			}
		}
	}
	pageOf := map[string]string{} // product file → page
	for _, pr := range products {
		if pr.Slug != "" {
			pageOf[pr.file] = "san-pham/" + pr.Slug + "/index.html"
			continue
		}
		if slugs := byTitle[strings.Join(strings.Fields(pr.Name), " ")]; len(slugs) == 1 {
			pageOf[pr.file] = "san-pham/" + slugs[0] + "/index.html"
		} else {
			t.Errorf("%s: %d product pages titled %q, want 1", pr.file, len(slugs), pr.Name)
		}
	}
	if len(products) != len(productPages) {
		t.Errorf("%d product files, %d product pages", len(products), len(productPages))
	}

	t.Run("products", func(t *testing.T) {
		revokedPages := 0
		defer func() {
			if revokedPages == 0 {
				t.Error("no product page says its certificate was revoked: the example catalogue has one")
			}
		}()
		for slug := range productPages {
			name := "san-pham/" + slug + "/index.html"
			p := c.pages[name]
			var lds []*html.Node
			for _, n := range elements(p.doc, "script") {
				if typ, _ := attr(n, "type"); strings.EqualFold(typ, "application/ld+json") {
					lds = append(lds, n)
				}
			}
			if len(lds) != 1 {
				t.Errorf("%s: %d <script type=\"application/ld+json\">, want 1", name, len(lds))
				continue
			}
			var ld map[string]any
			var raw strings.Builder
			for ch := lds[0].FirstChild; ch != nil; ch = ch.NextSibling {
				raw.WriteString(ch.Data)
			}
			if err := json.Unmarshal([]byte(raw.String()), &ld); err != nil {
				t.Errorf("%s: JSON-LD: %v\n%s", name, err, raw.String())
				continue
			}
			if ld["@type"] != "Product" {
				t.Errorf("%s: JSON-LD @type = %v, want Product", name, ld["@type"])
			}
			revoked := false
			for _, n := range elements(p.doc, "div") {
				if cls, _ := attr(n, "class"); cls == "revoked-notice" {
					revoked = true
				}
			}
			award, _ := ld["award"].(string)
			switch {
			case revoked:
				revokedPages++
				if _, has := ld["award"]; has {
					t.Errorf("%s: the certificate was revoked, but the JSON-LD keeps the award %v", name, ld["award"])
				}
			case !strings.Contains(award, "OCOP"):
				t.Errorf("%s: JSON-LD award = %v, want a text containing OCOP", name, ld["award"])
			}
			if u, _ := ld["url"].(string); u != canonical[name] {
				t.Errorf("%s: JSON-LD url = %q, canonical %q", name, u, canonical[name])
			}
			if h1 := elements(p.doc, "h1"); len(h1) == 1 && ld["name"] != textOf(h1[0]) {
				t.Errorf("%s: JSON-LD name = %v, <h1> %q", name, ld["name"], textOf(h1[0]))
			}
		}
	})

	t.Run("prices-and-dates", func(t *testing.T) {
		validUntil := map[string]string{}
		for _, e := range exported.Products {
			validUntil[e.Slug] = e.ValidUntil
		}
		prices, dates := 0, 0
		for _, pr := range products {
			name, ok := pageOf[pr.file]
			if !ok {
				continue
			}
			p := c.pages[name]
			if p == nil {
				t.Errorf("%s: no page %s", pr.file, name)
				continue
			}
			mains := elements(p.doc, "main")
			if len(mains) != 1 {
				continue // reported with the page
			}
			text := textOf(mains[0])
			if pr.PriceVND > 0 {
				prices++
				want := thousands(pr.PriceVND)
				re := regexp.MustCompile(`(^|[^\d.])` + regexp.QuoteMeta(want) + `[ \x{00a0}\x{202f}]?₫`)
				if !re.MatchString(text) {
					t.Errorf("%s: price_vnd = %d: no %q followed by ₫ on the page", name, pr.PriceVND, want)
				}
			}
			if d := pr.Certificate.DecisionDate; !d.IsZero() {
				dates++
				want := fmt.Sprintf("%02d/%02d/%04d", d.Day(), int(d.Month()), d.Year())
				if !strings.Contains(text, want) {
					t.Errorf("%s: decision date %s is not shown as %s", name, d.Format(time.DateOnly), want)
				}
				if iso := d.Format(time.DateOnly); strings.Contains(text, iso) {
					t.Errorf("%s: the text shows the date as %s, want dd/mm/yyyy", name, iso)
				}
			}
			slug, _ := productSlug(name)
			if v, err := time.Parse(time.DateOnly, validUntil[slug]); err == nil {
				dates++
				if want := v.Format("02/01/2006"); !strings.Contains(text, want) {
					t.Errorf("%s: valid until %s is not shown as %s", name, validUntil[slug], want)
				}
			}
		}
		if prices == 0 || dates == 0 {
			t.Errorf("checked %d prices and %d dates: the example should have both", prices, dates)
		}
	})

	t.Run("hang-sao/5-sao", func(t *testing.T) {
		want := map[string]bool{}
		for _, pr := range products {
			if pr.Stars == 5 {
				if name, ok := pageOf[pr.file]; ok {
					want[name] = true
				}
			}
		}
		if len(want) == 0 {
			t.Fatal("the example has no 5-star product")
		}
		got := map[string]bool{}
		listing := []string{"hang-sao/5-sao/index.html"}
		for i := 2; ; i++ {
			name := "hang-sao/5-sao/trang/" + strconv.Itoa(i) + "/index.html"
			if _, ok := c.pages[name]; !ok {
				break
			}
			listing = append(listing, name)
		}
		for _, name := range listing {
			p := c.pages[name]
			if p == nil {
				t.Fatalf("no page %s", name)
			}
			for _, m := range elements(p.doc, "main") {
				for _, a := range elements(m, "a") {
					href, _ := attr(a, "href")
					file, _, internal, err := c.resolve(href, name)
					if _, ok := productSlug(file); ok && internal && err == nil {
						got[file] = true
					}
				}
			}
		}
		for name := range want {
			if !got[name] {
				t.Errorf("%s (stars = 5) is not listed", name)
			}
		}
		for name := range got {
			if !want[name] {
				t.Errorf("%s is listed but its stars are not 5", name)
			}
		}
	})

	t.Run("districts", func(t *testing.T) {
		var f struct {
			District []struct {
				Name string `toml:"name"`
			} `toml:"district"`
		}
		b, err := fs.ReadFile(src, "content/districts.toml")
		if err != nil {
			t.Fatal(err)
		}
		if err := toml.Unmarshal(b, &f); err != nil {
			t.Fatal(err)
		}
		if len(f.District) == 0 {
			t.Fatal("no district in content/districts.toml")
		}
		pages := map[string][]string{} // <h1> → district pages
		n := 0
		for name, p := range c.pages {
			if parts := strings.Split(name, "/"); len(parts) == 3 && parts[0] == "quan-huyen" {
				n++
				for _, h := range elements(p.doc, "h1") {
					pages[textOf(h)] = append(pages[textOf(h)], name)
				}
			}
		}
		// The index links each district that has a page and names the
		// others (no products, nothing links them) without a link.
		unlinked := map[string]bool{}
		for _, s := range elements(c.pages["quan-huyen/index.html"].doc, "span") {
			if class, _ := attr(s, "class"); class == "index-name" {
				unlinked[textOf(s)] = true
			}
		}
		for _, d := range f.District {
			name := norm.NFC.String(d.Name)
			want := 1
			if unlinked[name] {
				want = 0
			}
			if got := pages[name]; len(got) != want {
				t.Errorf("district %q: %d pages quan-huyen/<slug>/index.html titled so (%q), want %d (unlinked on the index: %v)", name, len(got), got, want, unlinked[name])
			}
		}
		if n+len(unlinked) != len(f.District) || n == 0 {
			t.Errorf("%d district pages and %d named without one for %d districts", n, len(unlinked), len(f.District))
		}
	})
}

// checkPageStructure checks the skeleton of an HTML page.
func checkPageStructure(t *testing.T, p *page, lang string) {
	t.Helper()
	roots := elements(p.doc, "html")
	if len(roots) != 1 {
		t.Errorf("%d <html> elements", len(roots))
	} else if got, _ := attr(roots[0], "lang"); got != lang {
		t.Errorf("<html lang=%q>, want %q", got, lang)
	}
	if h1 := elements(p.doc, "h1"); len(h1) != 1 {
		t.Errorf("%d <h1> elements, want 1", len(h1))
	} else if textOf(h1[0]) == "" {
		t.Error("empty <h1>")
	}
	var titles []*html.Node
	walk(p.doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title && n.Namespace == "" {
			titles = append(titles, n)
		}
	})
	if len(titles) != 1 {
		t.Errorf("%d <title> elements, want 1", len(titles))
	} else if textOf(titles[0]) == "" {
		t.Error("empty <title>")
	}
	if m := elements(p.doc, "main"); len(m) != 1 {
		t.Errorf("%d <main> elements, want 1", len(m))
	}
}

// wellFormedXML reads every token of b and checks there is one root
// element, named root.
func wellFormedXML(b []byte, root string) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if tok.Name.Local != root {
					return fmt.Errorf("root element <%s>, want <%s>", tok.Name.Local, root)
				}
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(tok)) > 0 {
				return fmt.Errorf("text outside the root element: %q", tok)
			}
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d root elements", roots)
	}
	return nil
}

// thousands writes n with dots between groups of three digits: 150.000.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}
