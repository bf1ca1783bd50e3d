package render

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// pagesByURL renders nothing: it indexes the page list by URL.
func pagesByURL(r *Renderer) map[string]Page {
	out := map[string]Page{}
	for _, p := range r.Pages() {
		out[p.URL] = p
	}
	return out
}

func render(t *testing.T, p Page) string {
	t.Helper()
	b, err := p.Render()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// tierCounts counts the products at places items in each tier.
func tierCounts(c *catalog.Catalog, items []int32) map[catalog.Tier]int {
	n := map[catalog.Tier]int{}
	for _, at := range items {
		n[c.Products[at].Tier()]++
	}
	return n
}

// TestNarrowedListings: a district, group or tourism link has a page of
// its products of each tier it has, none for a tier it lacks, and its
// page links each with its count; a tier's page links each group's. A
// narrowed page does not repeat the head of the page it narrows (intro,
// sales points, tourism, subgroups): one line links that page.
func TestNarrowedListings(t *testing.T) {
	r, c := exampleRenderer(t, nil)
	pages := pagesByURL(r)
	type listing struct {
		url   string
		items []int32
	}
	var listings []listing
	for _, d := range c.Districts {
		listings = append(listings, listing{d.URL(), c.DistrictProducts(d)})
	}
	for _, g := range c.Groups {
		listings = append(listings, listing{g.URL(), c.GroupProducts(g)})
	}
	for _, tl := range c.Tourism {
		listings = append(listings, listing{tl.URL(), c.TourismProducts(tl)})
	}
	made := 0
	for _, l := range listings {
		n := tierCounts(c, l.items)
		for _, tier := range catalog.Tiers {
			url := l.url + tier.Slug() + "/"
			p, ok := pages[url]
			if ok != (n[tier] > 0) {
				t.Errorf("%s: page %v, %d products of the tier", url, ok, n[tier])
				continue
			}
			if !ok {
				continue
			}
			made++
			page := render(t, p)
			if !strings.Contains(page, fmt.Sprintf(`<span class="count">(%d)</span></h2>`, n[tier])) {
				t.Errorf("%s does not count its %d products", url, n[tier])
			}
			if !strings.Contains(page, `<p class="lead">`+r.t("narrowedOf")+` <a href="`+l.url+`">`) {
				t.Errorf("%s does not link the page it narrows, %s", url, l.url)
			}
			for _, head := range []string{r.t("districtEnded"), `<div class="prose">`, r.t("salesPoints") + "</h2>", r.t("tourism") + "</h2>", "<summary>" + r.t("subgroup")} {
				if strings.Contains(page, head) {
					t.Errorf("%s repeats the head of %s: %q", url, l.url, head)
				}
			}
		}
		if len(n) > 0 {
			parent := render(t, pages[l.url])
			for tier, k := range n {
				link := fmt.Sprintf(`<a href="%s%s/">%s <span class="count">(%d)</span></a>`, l.url, tier.Slug(), r.tierName(tier), k)
				if !strings.Contains(parent, link) {
					t.Errorf("%s does not link %s", l.url, link)
				}
			}
		}
	}
	if made == 0 {
		t.Fatal("no narrowed listing in the example")
	}
	for _, tier := range catalog.Tiers {
		page := render(t, pages[tier.URL()])
		for _, g := range c.Groups {
			k := tierCounts(c, c.GroupProducts(g))[tier]
			link := fmt.Sprintf(`href="%s%s/">`, g.URL(), tier.Slug())
			if strings.Contains(page, link) != (k > 0) {
				t.Errorf("%s: link to %s%s/ shown %v, %d products", tier.URL(), g.URL(), tier.Slug(), !(k > 0), k)
			}
		}
	}
}

var cardRE = regexp.MustCompile(`(?s)<li class="card">.*?</li>`)
var cardURL = regexp.MustCompile(`class="card-title" href="([^"]+)"`)

// TestListingOrder: a listing is in tier order, highest first, then in
// the catalogue's order, and says so.
func TestListingOrder(t *testing.T) {
	r, c := exampleRenderer(t, nil)
	pages := pagesByURL(r)
	place := map[string]int{}
	for i, p := range c.Products {
		place[p.URL()] = i
	}
	mixed := 0
	for _, d := range c.Districts {
		if len(c.DistrictProducts(d)) == 0 {
			continue // no page, or one without a listing to order
		}
		page := render(t, pages[d.URL()])
		if !strings.Contains(page, r.t("sortTier")) {
			t.Errorf("%s does not say its order", d.URL())
		}
		var got []int
		for _, m := range cardURL.FindAllStringSubmatch(page, -1) {
			got = append(got, place[m[1]])
		}
		want := slices.Clone(got)
		slices.SortStableFunc(want, func(a, b int) int {
			if ta, tb := c.Products[a].Tier(), c.Products[b].Tier(); ta != tb {
				return int(tb - ta)
			}
			return a - b
		})
		if !slices.Equal(got, want) {
			t.Errorf("%s lists %v, want %v", d.URL(), got, want)
		}
		if !slices.IsSorted(got) {
			mixed++
		}
	}
	if mixed == 0 {
		t.Fatal("no district of the example lists a product out of the catalogue's order")
	}
}

// TestCardsSayWhatThePageDoesNot: a district page's cards name the group
// and not the district, a group page's the district and not the group;
// a card shows the price when known and a placeholder without a photo,
// and links its producer to the producer's page.
func TestCardsSayWhatThePageDoesNot(t *testing.T) {
	r, c := exampleRenderer(t, nil)
	pages := pagesByURL(r)
	check := func(url string, shown, hidden func(*catalog.Product) string) {
		t.Helper()
		page := render(t, pages[url])
		for _, card := range cardRE.FindAllString(page, -1) {
			p := c.Products[slices.IndexFunc(c.Products, func(p *catalog.Product) bool {
				return strings.Contains(card, `href="`+p.URL()+`"`)
			})]
			meta := card[strings.Index(card, `class="card-meta"`):]
			if s := shown(p); s != "" && !strings.Contains(meta, "<span>"+s+"</span>") {
				t.Errorf("%s: the card of %s does not say %q", url, p.Slug, s)
			}
			if h := hidden(p); strings.Contains(meta, "<span>"+h+"</span>") {
				t.Errorf("%s: the card of %s repeats %q", url, p.Slug, h)
			}
			if p.PriceVND > 0 && !strings.Contains(card, price(p.PriceVND)) {
				t.Errorf("%s: the card of %s has no price", url, p.Slug)
			}
			producer := "/chu-the/" + vntext.OrgSlug(p.Producer) + "/"
			if _, ok := pages[producer]; !ok || !strings.Contains(card, `<p class="card-producer"><a href="`+producer+`">`) {
				t.Errorf("%s: the card of %s does not link its producer's page %s (made %v)", url, p.Slug, producer, ok)
			}
			if (len(p.Images) == 0) != strings.Contains(card, "card-nophoto") {
				t.Errorf("%s: the card of %s: %d images, placeholder %v", url, p.Slug, len(p.Images), !(len(p.Images) == 0))
			}
		}
	}
	district := func(p *catalog.Product) string { return p.District.Name }
	group := func(p *catalog.Product) string { return r.groupName(p.Group) }
	for _, d := range c.Districts {
		if len(c.DistrictProducts(d)) > 0 {
			check(d.URL(), group, district)
		}
	}
	for _, g := range c.Groups {
		if len(c.GroupProducts(g)) > 0 {
			check(g.URL(), district, group)
		}
	}
}

// TestForgetDropsEveryCard: Forget of a product drops its card in each of
// the forms listings show it, so that no listing keeps the old record.
func TestForgetDropsEveryCard(t *testing.T) {
	r, c := exampleRenderer(t, nil)
	pages := pagesByURL(r)
	p := c.Products[0]
	urls := []string{"/san-pham/", p.District.URL(), p.Group.URL(), p.Tier().URL(), p.District.URL() + p.Tier().Slug() + "/"}
	show := func(want, link string) {
		t.Helper()
		for _, url := range urls {
			page := render(t, pages[url])
			if !strings.Contains(page, `<p class="card-producer"><a href="`+link+`">`+want+`</a></p>`) {
				t.Errorf("%s does not show %q linked to %s", url, want, link)
			}
		}
	}
	show(p.Producer, "/chu-the/"+vntext.OrgSlug(p.Producer)+"/")
	p.Producer = "HTX Mới"
	r.Forget(p)
	show("HTX Mới", "/chu-the/hop-tac-xa-moi/")
}
