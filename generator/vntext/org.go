package vntext

import "strings"

// orgPrefixes are the abbreviations editors write for the kind of an
// organisation at the start of its name, as slugs, with the words they
// stand for.
var orgPrefixes = [][2]string{
	{"htx-", "hop-tac-xa-"}, // HTX: hợp tác xã
	{"cty-", "cong-ty-"},    // Cty: công ty
}

// OrgSlug returns the slug under which the names of an organisation (a
// producer) are matched: Slug, with a leading "HTX" read as "Hợp tác xã"
// and "Cty" as "Công ty". "HTX Hoa Tây Tựu", "Hợp tác xã hoa Tây Tựu" and
// "Hợp tác xã Hoa Tây Tựu" share one; names that differ only in their
// marks do too, so that a name written without them is found.
func OrgSlug(s string) string {
	slug := Slug(s)
	for _, p := range orgPrefixes {
		if rest, ok := strings.CutPrefix(slug, p[0]); ok {
			return p[1] + rest
		}
	}
	return slug
}
