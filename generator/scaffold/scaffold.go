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

// skeletonsIn returns the skeletons with comments in language t: English,
// or else Vietnamese.
func skeletonsIn(t language.Tag) *template.Template {
	if t != lang.English {
		t = lang.Vietnamese
	}
	s := template.Must(skeletons.Clone())
	return s.Funcs(template.FuncMap{"t": func(words string) string { return lang.Words(t, words) }})
}

// Quote writes s as a TOML basic string.
func Quote(s string) string {
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

// skeletons are the records new writes. Their comments are words of the
// editor's language (the template function t, given when a skeleton is
// written); keys and values are the same in every language.
var skeletons = template.Must(template.New("").Funcs(template.FuncMap{"t": func(s string) string { return s }}).Parse(`
{{- define "product" -}}
# {{t "OCOP product record. Required: name, group, stars, district, producer,"}}
# {{t "[certificate] decision_date. Delete the lines you do not need."}}
name = {{.Name}}                  # {{t "required, exactly as certified"}}
# slug = "{{.Slug}}"               # {{t "optional; default: slug of the name. Must be unique."}}
group = "điền nhóm sản phẩm"       # {{t "required: thuc-pham | do-uong | duoc-lieu | thu-cong-my-nghe | sinh-vat-canh | du-lich"}}
# subgroup = "che-bien-tu-gao-ngu-coc"   # {{t "optional: a sub-group of the group"}}
stars = "điền số sao"              # {{t "required: 3, 4 or 5"}}
# potential_five_star = false      # {{t "optional; only with stars = 4 (\"tiềm năng 5 sao\")"}}
district = {{.District}}           # {{t "required: slug or name from content/districts.toml"}}
# commune = ""                     # {{t "optional: commune / ward as on the certificate"}}
# commune_2025 = ""                # {{t "optional: the commune / ward after July 2025"}}
# craft_village = ""               # {{t "optional: craft village"}}
producer = "điền tên chủ thể sản xuất"   # {{t "required: the OCOP subject (chủ thể)"}}
# producer_kind = "hop-tac-xa"     # {{t "optional: hop-tac-xa | doanh-nghiep | ho-kinh-doanh | to-hop-tac"}}
# tourism = []                     # {{t "optional: slugs of files in content/tourism/"}}
# sales_points = []                # {{t "optional: slugs of files in content/sales-points/"}}
# price_vnd = 150000               # {{t "optional, integer đồng (shown as 150.000 ₫)"}}
# unit = "hộp 500 g"               # {{t "optional: unit of sale"}}
# shelf_life = "12 tháng"          # {{t "optional: shelf life"}}
# summary = ""                     # {{t "optional plain text, one or two sentences"}}
# description = """
# {{t "Markdown text."}}
# """
# images = ["media/ten-anh.jpg"]   # {{t "optional; paths inside content/"}}
# group_1048 = "thuc-pham"         # {{t "optional: the group under the old scheme (Decision 1048)"}}

[certificate]                      # {{t "required"}}
# decision_no = "1147/QĐ-UBND"     # {{t "optional: decision number"}}
decision_date = "điền ngày quyết định"   # {{t "required: the date of the certifying decision"}}
# level = "city"                   # {{t "optional: district | city | central"}}
# round_year = 2024                # {{t "optional: the evaluation round"}}
# valid_until = 2027-01-01         # {{t "optional; default decision_date + 36 months"}}
# revoked_by = "456/QĐ-UBND"       # {{t "optional, with revoked_on: the decision that revoked the certificate"}}
# revoked_on = 2025-06-30          # {{t "optional, with revoked_by: the date of that decision"}}

# [[certificate_history]]          # {{t "optional: one table per earlier certificate of the product"}}
# decision_no = "2000/QĐ-UBND"
# decision_date = 2021-05-02       # {{t "required in each table: the date of the earlier decision"}}
# level = "city"
# stars = 3                        # {{t "required in each table: the tier that decision gave"}}

# [contact]                        # {{t "optional: contact"}}
# phone = ""
# email = ""
# website = "https://"
# address = ""
{{end}}

{{- define "story" -}}
+++
title = {{.Name}}     # {{t "required"}}
date = {{.Today}}     # {{t "required, YYYY-MM-DD"}}
summary = "điền một, hai câu tóm tắt"   # {{t "optional: one or two sentences for listings and feeds"}}
# products = []       # {{t "optional: slugs of related products"}}
# districts = []      # {{t "optional: slugs of related districts"}}
# tourism = []        # {{t "optional: slugs of related tourism links"}}
# image = "media/ten-anh.jpg"   # {{t "optional: a path inside content/"}}
draft = true          # {{t "built only with --drafts until set to false"}}
+++

Viết nội dung bài ở đây, bằng markdown. Liên kết tới trang sản phẩm viết như
` + "`[tên sản phẩm](/san-pham/slug-cua-san-pham/)`" + `.
{{end}}

{{- define "tourism" -}}
+++
title = {{.Name}}         # {{t "required"}}
district = {{.District}}  # {{t "required: slug or name from content/districts.toml"}}
kind = "điền loại"         # {{t "craft-village | rural-tourism | eco-tourism | community-tourism | other"}}
# commune = ""            # {{t "optional: commune / ward"}}
# image = "media/ten-anh.jpg"   # {{t "optional: a path inside content/"}}
# lat = 21.0285           # {{t "optional, decimal degrees, with lon"}}
# lon = 105.8542
+++

Giới thiệu điểm du lịch, làng nghề ở đây, bằng markdown.
{{end}}

{{- define "sales-point" -}}
# {{t "OCOP sales point (điểm giới thiệu và bán sản phẩm OCOP)."}}
name = {{.Name}}           # {{t "required"}}
district = {{.District}}   # {{t "required: slug or name from content/districts.toml"}}
address = "điền địa chỉ"   # {{t "required"}}
# opened = {{.Today}}      # {{t "optional: opening date"}}
# hours = "8:00–17:00"     # {{t "optional: opening hours"}}
# phone = ""               # {{t "optional"}}
# operator = ""            # {{t "optional: operator"}}
# lat = 21.0285            # {{t "optional, decimal degrees, with lon"}}
# lon = 105.8542
# products = []            # {{t "optional: slugs of products sold here"}}
{{end}}
`))
