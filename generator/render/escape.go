package render

import (
	"bytes"
	"strings"
)

// The escaping html/template applies to a plain string, for the product
// page written in Go (product.go). Each function appends exactly what the
// escapers html/template inserts would print in its context; the tests
// compare them with html/template itself on hostile and random strings
// (TestEscapersMatchHTMLTemplate, FuzzEscapers).

// writeText appends s as html/template prints a string in text, in a
// quoted attribute value and in <title>: the characters NUL " & ' + < >
// become references (NUL becomes U+FFFD). They are all ASCII, so no byte
// of a multi-byte character is ever touched.
func writeText(b *bytes.Buffer, s string) {
	done := 0
	for i := 0; i < len(s); i++ {
		if ref := textRefs[s[i]]; ref != "" {
			b.WriteString(s[done:i])
			b.WriteString(ref)
			done = i + 1
		}
	}
	b.WriteString(s[done:])
}

// textRefs are the references writeText writes for bytes.
var textRefs = [256]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}

// writeURL appends s as html/template prints a string that starts the
// value of a quoted URL attribute (href, src): a URL of another scheme
// than http, https or mailto becomes "#ZgotmplZ"; then every byte that is
// not allowed in a URL is percent-encoded, and & and + become references.
func writeURL(b *bytes.Buffer, s string) {
	if !safeScheme(s) {
		b.WriteString("#ZgotmplZ")
		return
	}
	writeURLPart(b, s)
}

// writeURLPart appends s as html/template prints a string in a quoted URL
// attribute after its start (mailto:{{.}}), or a template.URL anywhere in
// one: writeURL without the scheme check.
func writeURLPart(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '&':
			b.WriteString("&amp;")
		case c == '+':
			b.WriteString("&#43;")
		case urlByte(c), c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(c)
		default:
			b.Write([]byte{'%', hex[c>>4], hex[c&15]})
		}
	}
}

// urlByte reports whether c stands in a URL as it is: the reserved and
// unreserved characters of RFC 3986 but ' ( ), which are encoded so that
// a URL can go in a single-quoted attribute or an unquoted CSS url().
func urlByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// safeScheme reports whether a URL has no scheme, or http, https or mailto.
func safeScheme(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || strings.Contains(scheme, "/") {
		return true
	}
	return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
}
