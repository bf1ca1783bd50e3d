package load

import (
	"fmt"
	"io/fs"
	"net/netip"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// ConfigFile is the name of a catalogue's settings file.
const ConfigFile = "ocopgen.toml"

type siteFile struct {
	Title    string `toml:"title"`
	BaseURL  string `toml:"base_url"`
	Language string `toml:"language"`
	Theme    string `toml:"theme"`
	PageSize *int   `toml:"page_size"`
	Licence  string `toml:"data_licence"`
	// Share is the site's share image (og:image of pages with no photo).
	Share string `toml:"share_image"`
}

func (l *loader) loadSite() {
	s := &l.cat.Site
	*s = catalog.Settings{Title: "OCOP", BaseURL: "/", Language: "vi", Theme: "default", PageSize: 24}
	text, ok := l.readText(ConfigFile)
	if !ok {
		return
	}
	var f siteFile
	d, ok := l.decodeTOML(ConfigFile, text, 0, &f)
	if !ok {
		return
	}
	if f.Title == "" {
		d.missing("title", `"Sản phẩm OCOP Hà Nội"`)
	} else {
		s.Title = f.Title
	}
	if f.BaseURL == "" {
		d.missing("base_url", `"https://ocop.example.vn/"`)
	} else if u, err := url.Parse(f.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		d.errValue("base_url", "base_url = %q is not an absolute http(s) URL: write it like \"https://ocop.example.vn/\"", f.BaseURL)
	} else if m, bad := baseURLProblem(f.BaseURL, u); bad {
		d.errValue("base_url", m.format, m.args...)
	} else {
		s.BaseURL = strings.TrimSuffix(f.BaseURL, "/") + "/"
	}
	if d.oneOf("language", f.Language, "vi", "en") && f.Language != "" {
		s.Language = f.Language
	}
	if f.Theme != "" {
		if !vntext.IsSlug(f.Theme) {
			d.errValue("theme", "theme = %q: a theme is a folder name under themes/ in lowercase ASCII, like \"default\"", f.Theme)
		} else {
			s.Theme = f.Theme
		}
	}
	s.DataLicence = strings.TrimSpace(f.Licence)
	// share_image: a JPEG or PNG inside content/, shown by chat apps and
	// social sites for pages with no photo of their own.
	if f.Share != "" {
		if ext := strings.ToLower(path.Ext(f.Share)); ext != ".jpg" && ext != ".jpeg" && ext != ".png" {
			d.errValue("share_image", "share_image = %q: chat apps and social sites show only a JPEG or PNG: name one inside content/, 1200×630 px, like \"media/chia-se.jpg\"", f.Share)
		} else if clean, ok := l.checkImage(d, "share_image", f.Share); ok {
			s.ShareImage = clean
		}
	}
	if f.PageSize != nil {
		if *f.PageSize < 1 || *f.PageSize > 1000 {
			d.errValue("page_size", "page_size = %d is out of range: use a number from 1 to 1000 (24 is usual)", *f.PageSize)
		} else {
			s.PageSize = *f.PageSize
		}
	}
}

// baseURLProblem says what is wrong with an absolute http(s) base_url
// that every URL of the site is built on, if anything is. A query, a
// fragment or a user name would end up inside every absolute URL, and a
// path is used both as written (absolute URLs) and decoded (site paths),
// so it must read the same both ways: ASCII letters, digits, "-", ".",
// "_", "~" and "/", without "." or ".." parts or "//".
func baseURLProblem(raw string, u *url.URL) (msg, bool) {
	p := u.EscapedPath()
	if i := strings.Index(raw, "://"); i >= 0 {
		rest := raw[i+3:]
		if j := strings.IndexAny(rest, "/?#"); j >= 0 {
			p = rest[j:]
		} else {
			p = ""
		}
		if j := strings.IndexAny(p, "?#"); j >= 0 {
			p = p[:j]
		}
	}
	like := u.Scheme + "://" + u.Host + suggestPath(p)
	switch {
	case !validHost(u.Hostname()) || strings.HasSuffix(u.Host, ":"):
		return say("base_url = %q has a host that is not a domain name or an IP address (%q): write the domain with ASCII letters, digits, hyphens and dots (a Vietnamese domain in its xn-- form), like %q", raw, u.Host, u.Scheme+"://ocop.example.vn"+suggestPath(p)), true
	case !validPort(u.Port()):
		return say("base_url = %q has port %s: a port is a number from 1 to 65535, or none for the usual one, like %q", raw, u.Port(), u.Scheme+"://"+u.Hostname()+":8080"+suggestPath(p)), true
	case u.User != nil:
		return say("base_url = %q has a user name or password (%q): the site's URLs are built on base_url, so write it without one, like %q", raw, u.User.String()+"@", like), true
	case u.RawQuery != "" || u.ForceQuery:
		return say("base_url = %q has a query (%q): the site's URLs are built on base_url, so write it without one, like %q", raw, "?"+u.RawQuery, like), true
	case strings.Contains(raw, "#"):
		return say("base_url = %q has a fragment (%q): the site's URLs are built on base_url, so write it without one, like %q", raw, "#"+u.Fragment, like), true
	case !cleanURLPath(p):
		return say("base_url = %q has a path that is not plain (a space, a %%-escape, a letter with marks, \"..\" or \"//\"): name the folder with ASCII letters, digits and hyphens, like %q", raw, like), true
	}
	return msg{}, false
}

// validHost reports whether h is a host name as RFC 1123 allows (labels
// of ASCII letters, digits and inner hyphens, 63 bytes at most, 253 in
// all, not all digits at the end) or an IP address (IPv6 without a zone).
func validHost(h string) bool {
	if ip, err := netip.ParseAddr(h); err == nil {
		return ip.Zone() == ""
	}
	if len(h) == 0 || len(h) > 253 {
		return false
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if len(l) == 0 || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, c := range []byte(l) {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	// "1.2.3.999" is no IP address, and no name either.
	return strings.Trim(labels[len(labels)-1], "0123456789") != ""
}

// validPort reports whether p is no port or one from 1 to 65535.
func validPort(p string) bool {
	if p == "" {
		return true
	}
	n, err := strconv.Atoi(p)
	return err == nil && n >= 1 && n <= 65535 && p[0] != '0'
}

// cleanURLPath reports whether p is a plain URL path ("", "/", "/ocop/",
// "/a/b"): one that needs no escaping and has no empty, "." or ".." part.
func cleanURLPath(p string) bool {
	for _, c := range []byte(p) {
		if !isBareKeyChar(c) && c != '.' && c != '~' && c != '/' {
			return false
		}
	}
	if p == "" || p == "/" {
		return true
	}
	return path.Clean(p) == strings.TrimSuffix(p, "/")
}

// suggestPath turns a URL path into a plain one, each part as a slug.
func suggestPath(p string) string {
	if cleanURLPath(p) {
		return strings.TrimSuffix(p, "/") + "/"
	}
	if s, err := url.PathUnescape(p); err == nil {
		p = s
	}
	var parts []string
	for _, part := range strings.Split(p, "/") {
		if s := vntext.Slug(part); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return "/"
	}
	return "/" + strings.Join(parts, "/") + "/"
}

type groupsFile struct {
	Group []struct {
		Slug     string `toml:"slug"`
		Name     string `toml:"name"`
		NameEn   string `toml:"name_en"`
		Subgroup []struct {
			Slug string `toml:"slug"`
			Name string `toml:"name"`
		} `toml:"subgroup"`
	} `toml:"group"`
}

// loadGroups uses content/groups.toml when it exists, else the built-in
// groups of Decision 148/QĐ-TTg.
func (l *loader) loadGroups() {
	name := ContentDir + "/groups.toml"
	l.cat.Groups = catalog.DefaultGroups()
	if _, err := fs.Stat(l.fsys, name); err != nil {
		return
	}
	text, ok := l.readText(name)
	if !ok {
		return
	}
	var f groupsFile
	d, ok := l.decodeTOML(name, text, 0, &f)
	if !ok {
		return
	}
	var groups []*catalog.Group
	seen := map[string]bool{}
	for i, g := range f.Group {
		d.prefix = fmt.Sprintf("group[%d].", i)
		if g.Slug == "" || !vntext.IsSlug(g.Slug) {
			d.errValue("slug", "each [[group]] needs slug = \"…\" in lowercase ASCII with hyphens, like \"thuc-pham\"")
			continue
		}
		if seen[g.Slug] {
			d.errValue("slug", "group %q is defined twice: remove one", g.Slug)
			continue
		}
		seen[g.Slug] = true
		if g.Name == "" {
			d.missing("name", `"Thực phẩm"`)
		}
		grp := &catalog.Group{Slug: g.Slug, Name: g.Name, NameEn: g.NameEn}
		subSeen := map[string]bool{}
		for j, sg := range g.Subgroup {
			d.prefix = fmt.Sprintf("group[%d].subgroup[%d].", i, j)
			switch {
			case !vntext.IsSlug(sg.Slug):
				d.errValue("slug", "each [[group.subgroup]] needs slug = \"…\" in lowercase ASCII with hyphens, like \"hoa\"")
			case subSeen[sg.Slug]:
				d.errValue("slug", "sub-group %q is defined twice in group %q: remove one", sg.Slug, g.Slug)
			case sg.Name == "":
				d.missing("name", `"Hoa"`)
			default:
				subSeen[sg.Slug] = true
				grp.Subgroups = append(grp.Subgroups, catalog.Subgroup{Slug: sg.Slug, Name: sg.Name})
			}
		}
		groups = append(groups, grp)
	}
	d.prefix = ""
	if len(groups) == 0 {
		l.probs.Errorf(diag.Pos{File: name, Line: 1}, "groups.toml defines no group: add [[group]] tables, or delete the file to use the six built-in groups")
		return
	}
	l.cat.Groups = groups
}

type districtsFile struct {
	District []struct {
		Name        string `toml:"name"`
		Kind        string `toml:"kind"`
		Description string `toml:"description"`
	} `toml:"district"`
}

// districtPrefixes are the abbreviations editors write before a district
// name ("TX Sơn Tây", "Q. Hà Đông", "huyện Gia Lâm").
var districtPrefixes = []string{"quận ", "huyện ", "thị xã ", "q. ", "h. ", "tx. ", "tx ", "q.", "h.", "tx."}

func (l *loader) loadDistricts() {
	name := ContentDir + "/districts.toml"
	l.districtByKey = map[string]*catalog.District{}
	text, ok := l.readText(name)
	if !ok {
		return
	}
	var f districtsFile
	d, ok := l.decodeTOML(name, text, 0, &f)
	if !ok {
		return
	}
	for i, r := range f.District {
		d.prefix = fmt.Sprintf("district[%d].", i)
		if r.Name == "" {
			d.missing("name", `"Gia Lâm"`)
			continue
		}
		d.oneOf("kind", r.Kind, "quận", "huyện", "thị xã")
		if vntext.Slug(r.Name) == "" {
			d.errValue("name", "district name %q gives an empty slug (it has no letter or digit), and the slug makes the URL: write the name in letters, like \"Gia Lâm\"", r.Name)
			continue
		}
		dist := &catalog.District{
			Name: r.Name, Slug: vntext.Slug(r.Name), Kind: r.Kind,
			Description: d.markdown("description", r.Description),
			File:        name, SortKey: l.coll.Key(r.Name),
		}
		if prev, dup := l.districtByKey[dist.Slug]; dup {
			d.errValue("name", "district %q has the same slug %q as %q: each district must be listed once", r.Name, dist.Slug, prev.Name)
			continue
		}
		indexDistrict(l.districtByKey, dist)
		l.cat.Districts = append(l.cat.Districts, dist)
		l.districtNames = append(l.districtNames, dist.Name)
	}
	if len(f.District) == 0 {
		l.probs.Errorf(diag.Pos{File: name, Line: 1}, "no district defined: add [[district]] tables with name = \"…\" and kind = \"…\"")
	}
}

// district finds a district by slug or by name, across tone placement
// and the usual abbreviations.
func (l *loader) district(ref string) (*catalog.District, bool) {
	if d, ok := l.districtByKey[ref]; ok {
		return d, true
	}
	key := vntext.NameKey(ref)
	if d, ok := l.districtByKey[key]; ok {
		return d, true
	}
	for _, p := range districtPrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok {
			if d, ok := l.districtByKey[strings.TrimSpace(rest)]; ok {
				return d, true
			}
		}
	}
	return nil, false
}

// resolveDistrict resolves the district named at key, reporting it with
// suggestions when unknown.
func (l *loader) resolveDistrict(d *doc, key, ref string) *catalog.District {
	if ref == "" {
		d.missing(key, `"gia-lam"`)
		return nil
	}
	if dist, ok := l.district(ref); ok {
		return dist
	}
	l.unknownDistrict(func(format string, args ...any) { d.errValue(key, format, args...) }, ref)
	return nil
}
