package render

import (
	"strings"

	"github.com/ocopgen/ocopgen/generator/qr"
)

// qrFile is the QR code of the page of product i at site path u,
// san-pham/<slug>/qr.svg: it points to the page's canonical URL (base_url +
// /san-pham/<slug>/), so a label scanned in a shop opens the page that
// shows the certificate. Its title names the product of the renderer's
// catalogue when it renders, as the product's page does.
func (r *Renderer) qrFile(i int, u string) Page {
	path := strings.TrimPrefix(u, "/") + "qr.svg"
	return Page{Path: path, URL: "/" + path, Kind: "file", r: r, render: func(r *Renderer) ([]byte, error) {
		title := r.t("qrAlt")
		if i < len(r.cat.Products) {
			title += ": " + r.cat.Products[i].Name
		}
		return qr.SVG(r.absURL(u), title)
	}}
}
