package render

import (
	"strconv"
	"strings"
)

// describe writes the meta description of a page that has none of its own
// (no summary, no description in its record): one sentence from the
// page's facts, in the site's language. A page's own text always wins.
func (r *Renderer) describe(d *data) string {
	var key string
	n := 0
	tier := ""
	switch {
	case d.Product != nil:
		key, tier = "desc.product", r.tierName(d.Product.Tier())
	case d.Kind == "home":
		key, n = "desc.home", len(r.cat.Products)
	case d.Kind == "list":
		key, n = "desc.list", d.Count
	case d.Index != nil:
		key, n = "desc.index", len(d.Index)
	case d.Kind == "search":
		key = "desc.search"
	case d.Kind == "stats":
		key = "desc.stats"
	case d.Kind == "data":
		key = "desc.data"
	case d.Kind == "404":
		key = "notFoundText"
	default:
		return d.Title
	}
	return strings.NewReplacer("{site}", r.cat.Site.Title, "{title}", d.Title,
		"{n}", strconv.Itoa(n), "{tier}", tier).Replace(r.t(key))
}
