package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"

	"golang.org/x/net/html"
)

// cspFormat is the Content-Security-Policy of every response; %s is the
// hashes of a page's own inline scripts (the default theme inlines its
// search script), each with a space before it. Nothing else runs: no
// inline event handler, no inline style, no plugin, no script or image of
// another site, no framing of the preview by another page. The live-reload
// script and the overlay's styles are files of the server for that reason.
const cspFormat = "default-src 'self'; script-src 'self'%s; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"

// baseCSP is the policy of a response that has no inline script.
var baseCSP = strings.Replace(cspFormat, "%s", "", 1)

// secure sets the headers every response carries.
func secure(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", baseCSP)
}

// pageCSP returns the policy of an HTML page: the base one, with the hash
// of each inline script the page runs. The pages come from the theme's
// templates, which escape every text of the catalogue, and markdown leaves
// raw HTML out, so an inline script of a page is the theme's own.
func pageCSP(page []byte) string {
	var hashes strings.Builder
	for at := scriptTag(page, 0); at >= 0; at = scriptTag(page, at) {
		// Tokenize from the tag on: the start tag, then its text.
		z := html.NewTokenizer(bytes.NewReader(page[at:]))
		z.Next()
		_, attrs := z.TagName()
		tag := len(z.Raw())
		if !runs(z, attrs) {
			at += tag
			continue
		}
		if z.Next() != html.TextToken {
			at += tag
			continue
		}
		text := z.Raw()
		sum := sha256.Sum256(text)
		hashes.WriteString(" 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'")
		at += tag + len(text)
	}
	if hashes.Len() == 0 {
		return baseCSP
	}
	return strings.Replace(cspFormat, "%s", hashes.String(), 1)
}

// scriptTag returns the index of the next "<script" start tag in page from
// from on, in any case, or -1.
func scriptTag(page []byte, from int) int {
	const tag = "<script"
	for from < len(page) {
		i := bytes.IndexByte(page[from:], '<')
		if i < 0 {
			return -1
		}
		at := from + i
		if end := at + len(tag); end < len(page) && bytes.EqualFold(page[at:end], []byte(tag)) &&
			strings.IndexByte(" \t\n\f\r/>", page[end]) >= 0 {
			return at
		}
		from = at + 1
	}
	return -1
}

// runs reports whether a script start tag is of an inline script the
// browser runs: no src, and a JavaScript type or none (JSON and JSON-LD
// are data).
func runs(z *html.Tokenizer, attrs bool) bool {
	for attrs {
		var k, v []byte
		k, v, attrs = z.TagAttr()
		switch string(k) {
		case "src":
			return false
		case "type":
			switch strings.ToLower(strings.TrimSpace(string(v))) {
			case "", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript":
			default:
				return false
			}
		}
	}
	return true
}
