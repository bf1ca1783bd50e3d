package load

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// shopFile is one online shop of a product: shops = [{ name = "…", url = "https://…" }].
type shopFile struct {
	Name string `toml:"name"`
	URL  string `toml:"url"`
}

// shops checks the online shops of a product and returns those with a
// name and an https address, in the record's order.
func shops(d *doc, files []shopFile) []catalog.Shop {
	var out []catalog.Shop
	for i, f := range files {
		key := fmt.Sprintf("shops[%d].", i)
		name, addr := strings.TrimSpace(f.Name), strings.TrimSpace(f.URL)
		ok := true
		if name == "" {
			d.errValue(shopKey(d, key, "name"), `a shop has no name: write it, like shops = [{ name = "Gian hàng OCOP Hà Nội", url = "https://…" }]`)
			ok = false
		}
		switch {
		case addr == "":
			d.errValue(shopKey(d, key, "url"), `the shop %q has no url: write its address starting with https://`, name)
			ok = false
		case !isHTTPS(addr):
			d.errValue(shopKey(d, key, "url"), "the url of the shop %q is %q: write a full address starting with https://", name, addr)
			ok = false
		}
		if ok {
			out = append(out, catalog.Shop{Name: name, URL: addr})
		}
	}
	return out
}

// shopKey is the key a problem of a shop is reported at: the field itself
// when it is written, else the shop's other field, else shops.
func shopKey(d *doc, shop, field string) string {
	for _, k := range []string{shop + field, shop + "name", shop + "url"} {
		if _, _, ok := d.ix().key(d.prefix + k); ok {
			return k
		}
	}
	return "shops"
}

// isHTTPS reports whether s is an absolute https address with a host.
func isHTTPS(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "https" && u.Host != "" && u.User == nil
}
