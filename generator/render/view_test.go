package render

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/load"
)

var viewDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// exampleRenderer renders the example catalogue with the default theme,
// changed by the files of over.
func exampleRenderer(t *testing.T, over fstest.MapFS) (*Renderer, *catalog.Catalog) {
	t.Helper()
	cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: viewDay})
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	own := copyTheme(t)
	for name, f := range over {
		own[name] = f
	}
	r, err := New(cat, own, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r, cat
}

// productPage renders the page of product p.
func productPage(t *testing.T, r *Renderer, p *catalog.Product) (string, error) {
	t.Helper()
	for _, page := range r.Pages() {
		if page.URL == p.URL() {
			b, err := page.Render()
			return string(b), err
		}
	}
	t.Fatalf("no page for %s", p.URL())
	return "", nil
}

// TestCachedPartialRenderedOnce: a partial called through "cached" is
// rendered once for its argument, and again after Forget of the product
// it was rendered with.
func TestCachedPartialRenderedOnce(t *testing.T) {
	r, cat := exampleRenderer(t, fstest.MapFS{
		"templates/partials/maker.html": {Data: []byte(`{{define "maker"}}<p class="maker">{{.Producer}}</p>{{end}}`)},
		"templates/product.html":        {Data: []byte(`{{define "main"}}{{cached "maker" .Product}}{{end}}`)},
	})
	p := cat.Products[0]
	was := p.Producer
	show := func(want string) {
		t.Helper()
		page, err := productPage(t, r, p)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(page, `<p class="maker">`+want+`</p>`) {
			t.Errorf("the page does not show %q", want)
		}
	}
	show(was)
	p.Producer = "HTX Mới"
	show(was) // rendered once: the record changed, the renderer was not told
	r.Forget(p)
	show("HTX Mới")
}

// TestCachedPartialNeedsKey: an argument that cannot key the cache (a
// slice) fails the page with an error of the template.
func TestCachedPartialNeedsKey(t *testing.T) {
	r, cat := exampleRenderer(t, fstest.MapFS{
		"templates/product.html": {Data: []byte(`{{define "main"}}{{cached "crumbs" .Crumbs}}{{end}}`)},
	})
	_, err := productPage(t, r, cat.Products[0])
	var te *TemplateError
	if !errors.As(err, &te) || !errors.Is(err, errUncachable) {
		t.Fatalf("the page renders with %v, want a template error of an uncachable argument", err)
	}
	if te.File != "templates/product.html" {
		t.Errorf("the error is placed in %s", te.File)
	}
}

// TestProductView: what the view of a product says, on the build day and
// with the base path.
func TestProductView(t *testing.T) {
	r, cat := exampleRenderer(t, nil)
	r.base = "/ocop/"
	p := *cat.Products[0]
	p.PriceVND = 0
	p.ProducerKind = "hop-tac-xa"
	p.Certificate.Level = ""
	p.Certificate.ValidUntil = viewDay.Add(-24 * time.Hour)
	v := r.productView(&p)
	if v.URL != "/ocop/"+strings.TrimPrefix(p.URL(), "/") {
		t.Errorf("URL = %q", v.URL)
	}
	if v.TierURL != "/ocop/hang-sao/"+p.Tier().Slug()+"/" || v.TierSlug != p.Tier().Slug() {
		t.Errorf("tier %q at %q", v.TierSlug, v.TierURL)
	}
	if v.State != "expired" || v.Certificate.State != "expired" {
		t.Errorf("state = %q, %q; want expired", v.State, v.Certificate.State)
	}
	if v.Price != "" || v.Certificate.Level != "" {
		t.Errorf("price %q and level %q of a product without them", v.Price, v.Certificate.Level)
	}
	if v.ProducerKind != r.t("pk.hop-tac-xa") {
		t.Errorf("producer kind = %q", v.ProducerKind)
	}
	p.PriceVND = 150000
	p.Certificate.ValidUntil = viewDay.Add(24 * time.Hour)
	v = r.productView(&p)
	if v.Price != "150.000\u00a0₫" || v.State != "expiring" {
		t.Errorf("price %q, state %q; want 150.000 ₫, expiring", v.Price, v.State)
	}
	if v.Certificate.ValidUntilISO != "2026-11-24" || v.Certificate.ValidUntil != "24/11/2026" {
		t.Errorf("valid until %q (%q)", v.Certificate.ValidUntil, v.Certificate.ValidUntilISO)
	}
}
