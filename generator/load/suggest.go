package load

import (
	"io/fs"
	"path"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// What an editor is offered when a key, a slug or a name is not known:
// the nearest known one (vntext.Closest ranks them), or none when nothing
// is close. Each message is written whole, with and without its offer.

// nearest returns the known name closest to s, if one is close.
func nearest(s string, known []string) (string, bool) {
	if c := vntext.Closest(s, known, 1); len(c) > 0 {
		return c[0], true
	}
	return "", false
}

// unknownKey reports a key that the table it is in does not have, with
// the key it was likely meant to be.
func unknownKey(probs *diag.List, pos diag.Pos, key string, known []string) {
	if k, ok := keyFor(key, known); ok {
		probs.Errorf(pos, "unknown key %q (did you mean %q?)", key, k)
		return
	}
	if len(known) == 0 {
		probs.Errorf(pos, "unknown key %q", key)
		return
	}
	probs.Errorf(pos, "unknown key %q: known keys here are %s", key, strings.Join(known, ", "))
}

// keyFor returns the known key an unknown one was likely meant to be: the
// key of a Vietnamese word for it (gia → price_vnd), or the one nearest.
func keyFor(key string, known []string) (string, bool) {
	for _, k := range vietnameseKeys[strings.ReplaceAll(vntext.Slug(key), "_", "-")] {
		for _, kk := range known {
			if k == kk {
				return k, true
			}
		}
	}
	return nearest(key, known)
}

// vietnameseKeys are the keys editors write in Vietnamese, by their words
// as slugs (marks and case left out, words joined by hyphens), with the keys
// of the catalogue's files they stand for, the likelier first: a word
// gives the first of its keys that the table it is in has.
var vietnameseKeys = map[string][]string{
	"gia": {"price_vnd"}, "gia-ban": {"price_vnd"}, "gia-tien": {"price_vnd"}, "gia-vnd": {"price_vnd"},
	"ten": {"name", "title"}, "ten-san-pham": {"name"}, "ten-diem-ban": {"name"},
	"tieu-de": {"title"}, "nhom": {"group"}, "nhom-san-pham": {"group"}, "phan-nhom": {"subgroup"},
	"sao": {"stars"}, "so-sao": {"stars"}, "hang-sao": {"stars"}, "xep-hang": {"stars"},
	"huyen": {"district"}, "quan": {"district"}, "quan-huyen": {"district"}, "quan-huyen-thi-xa": {"district"},
	"xa": {"commune"}, "phuong": {"commune"}, "xa-phuong": {"commune"},
	"lang-nghe": {"craft_village"}, "chu-the": {"producer"}, "nha-san-xuat": {"producer"}, "co-so-san-xuat": {"producer"},
	"loai-chu-the": {"producer_kind"}, "loai-hinh": {"producer_kind", "kind"}, "loai": {"kind"},
	"don-vi": {"unit"}, "don-vi-tinh": {"unit"}, "quy-cach": {"unit"},
	"han-su-dung": {"shelf_life"}, "hsd": {"shelf_life"},
	"tom-tat": {"summary"}, "mo-ta": {"description", "summary"},
	"anh": {"images", "image"}, "hinh-anh": {"images", "image"}, "hinh": {"images", "image"},
	"dia-chi": {"address"}, "dien-thoai": {"phone"}, "so-dien-thoai": {"phone"}, "sdt": {"phone"},
	"gio-mo-cua": {"hours"}, "ngay": {"date"}, "ngay-dang": {"date"}, "ngay-mo-cua": {"opened"}, "ban-nhap": {"draft"},
	"san-pham": {"products"}, "diem-ban": {"sales_points"}, "du-lich": {"tourism"},
	"chung-nhan": {"certificate"}, "giay-chung-nhan": {"certificate"}, "lien-he": {"contact"},
	"so-quyet-dinh": {"decision_no"}, "ngay-quyet-dinh": {"decision_date"}, "cap": {"level"}, "cap-chung-nhan": {"level"},
	"nam-danh-gia": {"round_year"}, "hieu-luc-den": {"valid_until"}, "han-chung-nhan": {"valid_until"},
	"vi-do": {"lat"}, "kinh-do": {"lon"}, "don-vi-van-hanh": {"operator"},
}

// unknownDistrict reports a district that content/districts.toml does not
// have, through report (at the value, or at the item of a list).
func (l *loader) unknownDistrict(report func(format string, args ...any), ref string) {
	if near, ok := nearest(ref, l.districtNames); ok {
		report("unknown district %q (did you mean %q?): use a slug or a name from content/districts.toml", ref, near)
		return
	}
	report("unknown district %q: use a slug or a name from content/districts.toml", ref)
}

// unknownGroup reports a group that content/groups.toml does not have.
func unknownGroup(d *doc, group string, slugs []string) {
	if near, ok := nearest(group, slugs); ok {
		d.errValue("group", "unknown group %q (did you mean %q?): use one of %s", group, near, strings.Join(slugs, ", "))
		return
	}
	d.errValue("group", "unknown group %q: use one of %s", group, strings.Join(slugs, ", "))
}

// notSubgroup reports a sub-group that the group does not have.
func notSubgroup(d *doc, sub, group string, subs []string) {
	if near, ok := nearest(sub, subs); ok {
		d.errValue("subgroup", "%q is not a sub-group of %q (did you mean %q?): use one of %s", sub, group, near, strings.Join(subs, ", "))
		return
	}
	d.errValue("subgroup", "%q is not a sub-group of %q: use one of %s", sub, group, strings.Join(subs, ", "))
}

// refKind is a kind of record that others name by slug, with the messages
// of a list that names it: twice takes the slug and the key of the list,
// unknown the slug, near the slug and the nearest known one.
type refKind struct {
	twice, unknown, near string
}

var (
	productRefs = refKind{
		twice:   "product %q is listed twice in %s: remove one",
		unknown: "unknown product %q: write the slug of a file in content/products/",
		near:    "unknown product %q (did you mean %q?): write the slug of a file in content/products/",
	}
	tourismRefs = refKind{
		twice:   "tourism link %q is listed twice in %s: remove one",
		unknown: "unknown tourism link %q: write the slug of a file in content/tourism/",
		near:    "unknown tourism link %q (did you mean %q?): write the slug of a file in content/tourism/",
	}
	salesPointRefs = refKind{
		twice:   "sales point %q is listed twice in %s: remove one",
		unknown: "unknown sales point %q: write the slug of a file in content/sales-points/",
		near:    "unknown sales point %q (did you mean %q?): write the slug of a file in content/sales-points/",
	}
)

// imageNotFound reports an image path that names no file: one written
// from the catalogue's folder ("content/media/x.jpg") is told to leave
// out content/, where image paths start.
func (l *loader) imageNotFound(d *doc, key, img, clean string) {
	inner, repeated := strings.CutPrefix(clean, ContentDir+"/")
	switch {
	case !repeated:
		d.errItem(key, img, "image %q not found: add content/%s or correct the path", img, clean)
	case isFile(l.fsys, path.Join(ContentDir, inner)):
		d.errItem(key, img, "image %q: image paths start inside content/, so leave out \"content/\": write %q", img, inner)
	default:
		d.errItem(key, img, "image %q not found: image paths start inside content/, so leave out \"content/\" and add content/%s or correct the path", img, inner)
	}
}

// isFile reports whether name is a regular file of fsys.
func isFile(fsys fs.FS, name string) bool {
	fi, err := fs.Stat(fsys, name)
	return err == nil && fi.Mode().IsRegular()
}

// sameSlug reports a product whose slug an earlier one has, by what the
// two have alike: the same product written twice (same name, same
// producer), two producers' products of one name, names that differ
// only in marks, or a slug set to another product's.
func sameSlug(d *doc, p, prev *catalog.Product) {
	pos := slugPos(d)
	sameName := vntext.NameKey(p.Name) == vntext.NameKey(prev.Name)
	alt := vntext.Slug(p.Name + " " + p.Producer)
	switch {
	case sameName && vntext.NameKey(p.Producer) == vntext.NameKey(prev.Producer):
		d.probs.Errorf(pos, "duplicate product: %s and %s are both %q by %q: delete one of the two files", prev.File, d.file, p.Name, p.Producer)
	case sameName:
		d.probs.Errorf(pos, "product %q by %q has the slug %q, already used by the product of the same name by %q (%s): set slug = %q (or another unique slug) in one of them", p.Name, p.Producer, p.Slug, prev.Producer, prev.File, alt)
	case vntext.Slug(p.Name) == vntext.Slug(prev.Name):
		d.probs.Errorf(pos, "product %q has the slug %q, already used by %q (%s): names that differ only in marks fold to one slug; set slug = %q (or another unique slug) in one of them", p.Name, p.Slug, prev.Name, prev.File, alt)
	default:
		d.probs.Errorf(pos, "the slug %q is already the slug of %q (%s): set slug = %q (or another unique slug) in one of them", p.Slug, prev.Name, prev.File, alt)
	}
}
