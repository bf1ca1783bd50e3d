package load

import (
	"strings"
	"testing"
	"testing/fstest"
)

// siteProblems loads a catalogue of ocopgen.toml alone and returns the
// problems of ocopgen.toml.
func siteProblems(t *testing.T, toml string) []string {
	t.Helper()
	fsys := fstest.MapFS{
		"ocopgen.toml":           {Data: []byte(toml)},
		"content/districts.toml": {Data: []byte("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n")},
	}
	_, probs := Load(fsys, Options{Today: testDay})
	var out []string
	for _, p := range probs.Problems() {
		if p.File == ConfigFile {
			out = append(out, p.String())
		}
	}
	return out
}

// TestBaseURLHost: base_url's host is a domain name or an IP address, with
// a port from 1 to 65535 or none.
func TestBaseURLHost(t *testing.T) {
	for _, ok := range []string{
		"https://ocop.example.vn/", "http://localhost:8080/", "https://OCOP.Example.VN/ocop/",
		"https://xn--sn-phm-6za1a.vn/", "http://127.0.0.1:1313/", "http://[::1]:1313/",
		"https://a-b.example/", "https://example.vn:65535/", "https://3com.example/",
	} {
		if got := siteProblems(t, "title = \"T\"\nbase_url = \""+ok+"\"\n"); len(got) > 0 {
			t.Errorf("base_url %q: %q, want no problem", ok, got)
		}
	}
	for bad, want := range map[string]string{
		`https://ocop".example.vn/`:                   `ocopgen.toml:2:12: base_url = "https://ocop\".example.vn/" has a host that is not a domain name or an IP address ("ocop\".example.vn"): write the domain with ASCII letters, digits, hyphens and dots (a Vietnamese domain in its xn-- form), like "https://ocop.example.vn/"`,
		"https://ocop'.example.vn/":                   `has a host that is not a domain name`,
		"https://ocop<x>.example.vn/":                 `has a host that is not a domain name`,
		"https://sản-phẩm.vn/":                        `has a host that is not a domain name`,
		"https://-ocop.example.vn/":                   `has a host that is not a domain name`,
		"https://ocop..example.vn/":                   `has a host that is not a domain name`,
		"https://ocop.example.vn./":                   `has a host that is not a domain name`,
		"https://1.2.3.999/":                          `has a host that is not a domain name`,
		"https://ocop_x.example.vn/":                  `has a host that is not a domain name`,
		"https://[fe80::1%25eth0]/":                   `has a host that is not a domain name`,
		"https://ocop.example.vn:/":                   `has a host that is not a domain name`,
		"https://" + strings.Repeat("a", 64) + ".vn/": `has a host that is not a domain name`,
		"https://ocop.example.vn:0/":                  `ocopgen.toml:2:12: base_url = "https://ocop.example.vn:0/" has port 0: a port is a number from 1 to 65535, or none for the usual one, like "https://ocop.example.vn:8080/"`,
		"https://ocop.example.vn:70000/":              `has port 70000: a port is a number from 1 to 65535`,
		"https://ocop.example.vn:080/":                `has port 080: a port is a number from 1 to 65535`,
		"https://u:p@ocop.example.vn/":                `has a user name or password`,
		"https://ocop.example.vn/?a=1":                `has a query`,
		"https://ocop.example.vn/#top":                `has a fragment`,
		"ftp://ocop.example.vn/":                      `is not an absolute http(s) URL`,
	} {
		got := siteProblems(t, "title = \"T\"\nbase_url = \""+strings.ReplaceAll(bad, `"`, `\"`)+"\"\n")
		if len(got) != 1 || !strings.Contains(got[0], want) || !strings.HasPrefix(got[0], "ocopgen.toml:2:12: ") {
			t.Errorf("base_url %q: %q, want one problem at ocopgen.toml:2:12 with %q", bad, got, want)
		}
	}
}
