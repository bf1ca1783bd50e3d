package render

import (
	"errors"
	"fmt"
	"html/template"
	"reflect"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// Executing a template costs about a microsecond for each function it
// calls, escapers included (three for a link in an attribute), and a
// product page of the default theme made well over a hundred calls. Two
// things cut that down, both through the theme's own templates:
//
//   - a product's view (productView): what its page would otherwise work
//     out with functions (its state on the build day, formatted dates and
//     price, the words of its coded fields, links with the base path), so
//     that the template prints fields;
//   - cached partials (the "cached" function): a partial whose output
//     depends only on its argument, such as the facts of a certificate or
//     the link to a district, is rendered once per argument and its bytes are
//     reused on every page that shows it.

// productView is what the product page prints of a product, worked out
// once when the page renders, from the record of the page's catalogue. A
// product page renders once per build, so the view is worked out once per
// record and kept by no one.
type productView struct {
	URL          string      // the page's link, with the base path
	TierSlug     string      // of the product's tier, e.g. 4-sao
	TierURL      string      // of the tier's listing, with the base path
	State        string      // "valid", "expiring", "expired" or "revoked" on the build day
	ProducerKind string      // in the site's language; "" when not given
	Group1048    string      // in the site's language; "" when not given
	Price        string      // "150.000 ₫"; "" without a price
	Images       []imageView // the gallery, in order
	Certificate  certificateView
	History      []historyView // every certificate, the current one last; nil without a past one
}

// historyView is one certificate of a product's history, past or current.
type historyView struct {
	Tier          catalog.Tier
	Year          int
	DecisionNo    string
	DecisionDate  string // in the site's date format
	DecisionISO   string
	Level         string // in the site's language; "" when not given
	ValidUntil    string
	ValidUntilISO string
	Current       bool
}

// certificateView is what the product page prints of a certificate. It is
// a value of strings and numbers, so that it can key a cached partial:
// many products share one decision.
type certificateView struct {
	Tier          catalog.Tier
	DecisionNo    string
	DecisionDate  string // in the site's date format
	DecisionISO   string // 2024-03-04, for <time datetime>
	Level         string // in the site's language; "" when not given
	RoundYear     int
	ValidUntil    string
	ValidUntilISO string
	State         string // as productView.State
	RevokedBy     string // the revoking decision; "" when in force
	RevokedOn     string // in the site's date format
	RevokedISO    string
}

// imageView is one image of a product's gallery.
type imageView struct {
	URL   string            // below the base path
	Attrs template.HTMLAttr // width and height, when known
	// Srcset lists its resized versions (srcset function); "" for none.
	Srcset string
}

func (r *Renderer) productView(p *catalog.Product) *productView {
	tier := p.Tier()
	v := &productView{URL: r.url(p.URL()), TierSlug: tier.Slug(), TierURL: r.url(tier.URL()), State: r.validity(p)}
	v.Certificate = r.certificateView(p, v.State)
	v.History = r.historyView(p)
	if p.ProducerKind != "" {
		v.ProducerKind = r.t("pk." + p.ProducerKind)
	}
	if p.Group1048 != "" {
		v.Group1048 = r.t("g1048." + p.Group1048)
	}
	if p.PriceVND != 0 {
		v.Price = price(p.PriceVND)
	}
	v.Images = make([]imageView, len(p.Images))
	for i, im := range p.Images {
		v.Images[i] = imageView{URL: r.media(im), Attrs: r.imageAttrs(im), Srcset: r.srcset(im)}
	}
	return v
}

func (r *Renderer) certificateView(p *catalog.Product, state string) certificateView {
	dateFormat := r.t("dateFormat")
	c := p.Certificate
	v := certificateView{
		Tier:          p.Tier(),
		DecisionNo:    c.DecisionNo,
		DecisionDate:  c.DecisionDate.Format(dateFormat),
		DecisionISO:   c.DecisionDate.Format(time.DateOnly),
		RoundYear:     c.RoundYear,
		ValidUntil:    c.ValidUntil.Format(dateFormat),
		ValidUntilISO: c.ValidUntil.Format(time.DateOnly),
		State:         state,
	}
	if c.Level != "" {
		v.Level = r.t("level." + c.Level)
	}
	if state == "revoked" {
		v.RevokedBy = c.RevokedBy
		v.RevokedOn = c.RevokedOn.Format(dateFormat)
		v.RevokedISO = c.RevokedOn.Format(time.DateOnly)
	}
	return v
}

// historyView lists a product's certificates, oldest first and the
// current one last, when it has past ones.
func (r *Renderer) historyView(p *catalog.Product) []historyView {
	if len(p.History) == 0 {
		return nil
	}
	out := make([]historyView, 0, len(p.History)+1)
	for _, c := range p.History {
		out = append(out, r.historyEntry(c.Tier(), c.DecisionNo, c.DecisionDate, c.Level, c.ValidUntil))
	}
	c := p.Certificate
	cur := r.historyEntry(p.Tier(), c.DecisionNo, c.DecisionDate, c.Level, c.ValidUntil)
	cur.Current = true
	return append(out, cur)
}

func (r *Renderer) historyEntry(tier catalog.Tier, no string, decided time.Time, level string, until time.Time) historyView {
	dateFormat := r.t("dateFormat")
	h := historyView{Tier: tier, Year: decided.Year(), DecisionNo: no,
		DecisionDate: decided.Format(dateFormat), DecisionISO: decided.Format(time.DateOnly),
		ValidUntil: until.Format(dateFormat), ValidUntilISO: until.Format(time.DateOnly)}
	if level != "" {
		h.Level = r.t("level." + level)
	}
	return h
}

// fragKey names a cached fragment: a partial and the argument it was
// rendered with.
type fragKey struct {
	name string
	arg  any
}

// errUncachable is the error of the "cached" function given an argument
// that cannot key a cache (a slice or a map, say).
var errUncachable = errors.New("cached: the argument must be comparable, such as a record, a tier or a string")

// cachedPartial renders the partial template name with arg once per
// build and returns the same bytes after that: the "cached" function of
// templates. The partial's output must depend only on arg and the site.
// arg is a record (a pointer), a tier, a string or another comparable
// value; what is cached for a product is dropped by Forget. A record is
// given to the partial as the catalogue's record itself, not as templates
// see it elsewhere (with the relations its catalogue keeps of it): its
// own fields are the same in every version of the catalogue that holds
// it, so its bytes are too.
func (r *Renderer) cachedPartial(name string, arg any) (template.HTML, error) {
	if w, ok := arg.(wrapped); ok {
		arg = w.record()
	}
	if arg != nil && !reflect.TypeOf(arg).Comparable() {
		return "", fmt.Errorf("%w, not %T", errUncachable, arg)
	}
	return r.fragment(fragKey{name, arg}, name, arg)
}

// forgetFragments drops the cached partials rendered with arg.
func (r *Renderer) forgetFragments(arg any) {
	r.fragMu.Lock()
	defer r.fragMu.Unlock()
	for k := range r.frags {
		if fk, ok := k.(fragKey); ok && fk.arg == arg {
			delete(r.frags, k)
		}
	}
}
