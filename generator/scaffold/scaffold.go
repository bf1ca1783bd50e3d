// Package scaffold writes skeletons of new catalogue records, with every
// field of the content format present and explained in a comment, so that
// an editor fills in values instead of looking up keys. What the editor
// must fill is left as a placeholder ("điền …") that check reports until
// it is replaced, so no skeleton is published as written; a record is
// never written over another, nor given a slug a record of its kind has.
package scaffold

import (
	"fmt"
	"strings"
	"text/template"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// kinds are the kinds of record that can be created.
var kinds = []string{"product", "story", "tourism", "sales-point"}

var folders = map[string]string{
	"product": "products", "story": "stories", "tourism": "tourism", "sales-point": "sales-points",
}

// skeletonsIn returns the skeletons with comments in language t.
func skeletonsIn(t language.Tag) *template.Template {
	if t == lang.English {
		return skeletons
	}
	return skeletonsVi
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
group = "điền nhóm sản phẩm"       # required: thuc-pham | do-uong | duoc-lieu | thu-cong-my-nghe | sinh-vat-canh | du-lich
# subgroup = "che-bien-tu-gao-ngu-coc"   # optional: a sub-group of the group
stars = "điền số sao"              # required: 3, 4 or 5
# potential_five_star = false      # optional; only with stars = 4 ("tiềm năng 5 sao")
district = {{.District}}           # required: slug or name from content/districts.toml
# commune = ""                     # optional: commune / ward as on the certificate
# commune_2025 = ""                # optional: the commune / ward after July 2025
# craft_village = ""               # optional
producer = "điền tên chủ thể sản xuất"   # required: the OCOP subject (chủ thể)
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
decision_date = "điền ngày quyết định"   # required: the date of the certifying decision
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
summary = "điền một, hai câu tóm tắt"   # optional: one or two sentences for listings and feeds
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
kind = "điền loại"         # craft-village | rural-tourism | eco-tourism | community-tourism | other
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
address = "điền địa chỉ"   # required
# opened = {{.Today}}      # optional: opening date
# hours = "8:00–17:00"     # optional
# phone = ""               # optional
# operator = ""            # optional
# lat = 21.0285            # optional, decimal degrees, with lon
# lon = 105.8542
# products = []            # optional: slugs of products sold here
{{end}}
`))
