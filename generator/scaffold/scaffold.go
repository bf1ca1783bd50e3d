// Package scaffold writes skeletons of new catalogue records, with every
// field of the content format present and explained in a comment, so that
// an editor fills in values instead of looking up keys.
package scaffold

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// kinds are the kinds of record that can be created.
var kinds = []string{"product", "story", "tourism", "sales-point"}

var folders = map[string]string{
	"product": "products", "story": "stories", "tourism": "tourism", "sales-point": "sales-points",
}

// Write creates the skeleton of a record of kind named name in the
// catalogue at root, its comments in language t, and returns the file's
// path. It never overwrites.
func Write(root, kind, name string, now time.Time, t language.Tag) (string, error) {
	folder, ok := folders[kind]
	if !ok {
		return "", lang.Errorf("unknown kind %q: use one of %s", kind, strings.Join(kinds, ", "))
	}
	name = strings.TrimSpace(vntext.NFC(name))
	slug := vntext.Slug(name)
	if slug == "" {
		return "", lang.Errorf("the name %q gives an empty slug: write a name with letters", name)
	}
	ext := ".toml"
	if kind == "story" || kind == "tourism" {
		ext = ".md"
	}
	path := filepath.Join(root, "content", folder, slug+ext)
	data := fields{
		Name:     quote(name),
		Slug:     slug,
		District: quote(firstDistrict(root)),
		Today:    now.Format(time.DateOnly),
	}
	var buf bytes.Buffer
	if err := skeletonsIn(t).ExecuteTemplate(&buf, kind, data); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return "", lang.Errorf("%s already exists: choose another name, or edit that file", path)
	}
	if err != nil {
		return "", err
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return "", err
	}
	return path, f.Close()
}

// skeletonsIn returns the skeletons with comments in language t.
func skeletonsIn(t language.Tag) *template.Template {
	if t == lang.English {
		return skeletons
	}
	return skeletonsVi
}

type fields struct {
	Name, Slug, District, Today string
}

// firstDistrict returns the slug of the first district of the catalogue,
// so the skeleton is valid as written.
func firstDistrict(root string) string {
	var f struct {
		District []struct {
			Name string `toml:"name"`
		} `toml:"district"`
	}
	if _, err := toml.DecodeFile(filepath.Join(root, "content", "districts.toml"), &f); err == nil && len(f.District) > 0 {
		return vntext.Slug(f.District[0].Name)
	}
	return "gia-lam"
}

// quote writes s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

var skeletons = template.Must(template.New("").Parse(`
{{- define "product" -}}
# OCOP product record. Required: name, group, stars, district, producer,
# [certificate] decision_date. Delete the lines you do not need.
name = {{.Name}}                  # required, exactly as certified
# slug = "{{.Slug}}"               # optional; default: slug of the name. Must be unique.
group = "thuc-pham"                # required: thuc-pham | do-uong | duoc-lieu | thu-cong-my-nghe | sinh-vat-canh | du-lich
# subgroup = "che-bien-tu-gao-ngu-coc"   # optional: a sub-group of the group
stars = 3                          # required: 3, 4 or 5
# potential_five_star = false      # optional; only with stars = 4 ("tiềm năng 5 sao")
district = {{.District}}           # required: slug or name from content/districts.toml
# commune = ""                     # optional: commune / ward as on the certificate
# commune_2025 = ""                # optional: the commune / ward after July 2025
# craft_village = ""               # optional
producer = "Tên chủ thể sản xuất"   # required: the OCOP subject (chủ thể)
# producer_kind = "hop-tac-xa"     # optional: hop-tac-xa | doanh-nghiep | ho-kinh-doanh | to-hop-tac
# tourism = []                     # optional: slugs of files in content/tourism/
# sales_points = []                # optional: slugs of files in content/sales-points/
# price_vnd = 150000               # optional, integer đồng (shown as 150.000 ₫)
# unit = "hộp 500 g"               # optional
# shelf_life = "12 tháng"          # optional
# summary = ""                     # optional plain text, one or two sentences
# description = """
# Markdown text.
# """
# images = ["media/ten-anh.jpg"]   # optional; paths inside content/
# group_1048 = "thuc-pham"         # optional: the group under the old scheme (Decision 1048)

[certificate]                      # required
# decision_no = "1147/QĐ-UBND"     # optional
decision_date = {{.Today}}         # required: the date of the certifying decision
# level = "city"                   # optional: district | city | central
# round_year = 2024                # optional: the evaluation round
# valid_until = 2027-01-01         # optional; default decision_date + 36 months

# [contact]                        # optional
# phone = ""
# email = ""
# website = "https://"
# address = ""
{{end}}

{{- define "story" -}}
+++
title = {{.Name}}     # required
date = {{.Today}}     # required
# summary = ""        # optional: one or two sentences for listings and feeds
# products = []       # optional: slugs of related products
# districts = []      # optional: slugs of related districts
# tourism = []        # optional: slugs of related tourism links
# image = "media/ten-anh.jpg"   # optional: a path inside content/
draft = true          # built only with --drafts until set to false
+++

Viết nội dung bài ở đây, bằng markdown. Liên kết tới trang sản phẩm viết như
` + "`[tên sản phẩm](/san-pham/slug-cua-san-pham/)`" + `.
{{end}}

{{- define "tourism" -}}
+++
title = {{.Name}}         # required
district = {{.District}}  # required: slug or name from content/districts.toml
kind = "craft-village"    # craft-village | rural-tourism | eco-tourism | community-tourism | other
# commune = ""            # optional
# image = "media/ten-anh.jpg"   # optional: a path inside content/
# lat = 21.0285           # optional, decimal degrees, with lon
# lon = 105.8542
+++

Giới thiệu điểm du lịch, làng nghề ở đây, bằng markdown.
{{end}}

{{- define "sales-point" -}}
# OCOP sales point (điểm giới thiệu và bán sản phẩm OCOP).
name = {{.Name}}           # required
district = {{.District}}   # required: slug or name from content/districts.toml
address = "Địa chỉ"        # required
# opened = {{.Today}}      # optional: opening date
# hours = "8:00–17:00"     # optional
# phone = ""               # optional
# operator = ""            # optional
# lat = 21.0285            # optional, decimal degrees, with lon
# lon = 105.8542
# products = []            # optional: slugs of products sold here
{{end}}
`))
