package search

import (
	"reflect"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// testCatalog is a small catalogue with the traps of Vietnamese search.
func testCatalog() *catalog.Catalog {
	coll := vntext.NewCollator()
	groups := catalog.DefaultGroups()
	food, craft, herb := groups[0], groups[3], groups[2]
	dongAnh := &catalog.District{Name: "Đông Anh", Slug: "dong-anh", Kind: "huyện"}
	ungHoa := &catalog.District{Name: "Ứng Hòa", Slug: "ung-hoa", Kind: "huyện"}
	myDuc := &catalog.District{Name: "Mỹ Đức", Slug: "my-duc", Kind: "huyện"}
	phuXuyen := &catalog.District{Name: "Phú Xuyên", Slug: "phu-xuyen", Kind: "huyện"}
	village := &catalog.Tourism{Title: "Làng khảm trai Chuyên Mỹ", Slug: "lang-kham-trai-chuyen-my", District: phuXuyen}
	cat := &catalog.Catalog{
		Districts: []*catalog.District{dongAnh, ungHoa, myDuc, phuXuyen},
		Groups:    groups,
		Tourism:   []*catalog.Tourism{village},
	}
	add := func(name, producer string, stars int, d *catalog.District, g *catalog.Group, summary string) *catalog.Product {
		p := &catalog.Product{Name: name, Slug: vntext.Slug(name), Producer: producer, Stars: stars, District: d, Group: g, Summary: summary,
			Certificate: catalog.Certificate{DecisionDate: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), ValidUntil: time.Date(2027, 3, 4, 0, 0, 0, 0, time.UTC)}}
		p.SortKey = coll.Key(name)
		cat.Products = append(cat.Products, p)
		return p
	}
	add("Bánh chưng Tranh Khúc", "HTX Tranh Khúc", 4, dongAnh, food, "Bánh gói lá dong.")
	add("Gạo nếp cái hoa vàng", "HTX Nông nghiệp Đông Anh", 3, dongAnh, food, "Gạo thơm dẻo.")
	add("Nụ trám Quảng Phú Cầu", "Hộ kinh doanh Trần Thị B", 3, ungHoa, herb, "Hương từ nhựa trám.")
	add("Nụ trầm hương", "Hộ kinh doanh Nguyễn Văn A", 4, ungHoa, herb, "Hương trầm thơm dịu.")
	add("Chăn bông tơ tằm", "Công ty TNHH Dâu tằm tơ Mỹ Đức", 5, myDuc, craft, "Dệt tay từ tơ tằm.")
	add("Trà anh đào", "HTX Đông Phương", 3, phuXuyen, food, "Trà ướp hoa.")
	tranh := add("Tranh khảm trai", "Cơ sở Chuyên Mỹ", 4, phuXuyen, craft, "Khảm vỏ trai trên gỗ.")
	tranh.Tourism = []*catalog.Tourism{village}
	tranh.PotentialFiveStar = true
	cat.Stories = []*catalog.Story{{Title: "Làng nghề khảm trai vào mùa", Slug: "lang-nghe", Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC),
		Body: catalog.Markdown{Source: "Thợ [Chuyên Mỹ](/du-lich/lang-kham-trai-chuyen-my/) làm **sơn mài** quanh năm."}}}
	cat = catalog.Link(*cat, catalog.Stated{})
	return cat
}

func openTest(t *testing.T) (*Reader, *catalog.Catalog) {
	t.Helper()
	cat := testCatalog()
	files, err := Build(cat).Files()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Open(files)
	if err != nil {
		t.Fatal(err)
	}
	return r, cat
}

func names(r *Reader, res []Result) []string {
	var out []string
	for _, x := range res {
		out = append(out, r.Display(x.Doc)[0].(string))
	}
	return out
}

func TestQueries(t *testing.T) {
	r, _ := openTest(t)
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"banh chung", []string{"Bánh chưng Tranh Khúc"}},
		{"BÁNH CHƯNG", []string{"Bánh chưng Tranh Khúc"}},
		{"Bánh chưng", []string{"Bánh chưng Tranh Khúc"}},
		{norm.NFD.String("Bánh chưng"), []string{"Bánh chưng Tranh Khúc"}},
		{"dong anh", []string{"Bánh chưng Tranh Khúc", "Gạo nếp cái hoa vàng", "Trà anh đào"}}, // the district first
		{"Ứng Hoà", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}},
		{"Ứng Hòa", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}},
		{"ung hoa", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}},
		{"Mĩ Đức", []string{"Chăn bông tơ tằm"}},
		{"Mỹ Đức", []string{"Chăn bông tơ tằm"}},
		{"kham tr", []string{"Tranh khảm trai", "Làng nghề khảm trai vào mùa"}},
		{"nụ trầm", []string{"Nụ trầm hương", "Nụ trám Quảng Phú Cầu"}},
		{"nụ trám", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}},
		{"nu tram ", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}},
		{"nguyen van a", []string{"Nụ trầm hương"}},                               // producer
		{"chuyen my", []string{"Tranh khảm trai", "Làng nghề khảm trai vào mùa"}}, // producer; story text
		{"duoc lieu", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}},         // group
		{"5 sao", []string{"Chăn bông tơ tằm", "Tranh khảm trai"}},                // tiers 5 sao and tiềm năng 5 sao
		{"vo trai", []string{"Tranh khảm trai"}},                                  // summary
		{"son mai", []string{"Làng nghề khảm trai vào mùa"}},                      // story text
		{"khảm trai", []string{"Tranh khảm trai", "Làng nghề khảm trai vào mùa"}},
		{"du lich lang", nil}, // link targets are not words
		{"xyz", nil},
	} {
		res, _ := r.Search(tc.query, Filters{})
		if got := names(r, res); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Search(%q) = %q, want %q", tc.query, got, tc.want)
		}
	}
}

func TestFacets(t *testing.T) {
	r, _ := openTest(t)
	// Browsing by facets alone.
	res, counts := r.Search("", Filters{Group: "thu-cong-my-nghe"})
	if got := names(r, res); !reflect.DeepEqual(got, []string{"Chăn bông tơ tằm", "Tranh khảm trai"}) {
		t.Errorf("group facet = %q", got)
	}
	// Counts of the group facet ignore the group filter itself; others apply it.
	if want := []int{3, 0, 2, 2, 0, 0}; !reflect.DeepEqual(counts["group"], want) {
		t.Errorf("group counts = %v, want %v", counts["group"], want)
	}
	if want := []int{0, 0, 1, 1}; !reflect.DeepEqual(counts["district"], want) { // Đông Anh, Ứng Hòa, Mỹ Đức, Phú Xuyên
		t.Errorf("district counts = %v, want %v", counts["district"], want)
	}
	// Text and facets combine; stories drop out under a facet.
	res, counts = r.Search("khảm trai", Filters{Tourism: "lang-kham-trai-chuyen-my", Tier: "tiem-nang-5-sao"})
	if got := names(r, res); !reflect.DeepEqual(got, []string{"Tranh khảm trai"}) {
		t.Errorf("text + facets = %q", got)
	}
	if want := []int{0, 0, 1, 0}; !reflect.DeepEqual(counts["tier"], want) {
		t.Errorf("tier counts = %v, want %v", counts["tier"], want)
	}
	if res, _ := r.Search("", Filters{District: "khong-co"}); len(res) != 0 {
		t.Errorf("an unknown facet value matched %d documents", len(res))
	}
}

func TestRoundTrip(t *testing.T) {
	r, cat := openTest(t)
	if r.meta.Docs != len(cat.Products)+len(cat.Stories) || r.meta.Products != len(cat.Products) {
		t.Fatalf("meta counts %d/%d", r.meta.Docs, r.meta.Products)
	}
	for i, p := range cat.Products {
		d := r.Display(i)
		if d[0] != p.Name || d[1] != p.Slug || int(d[2].(float64)) != int(p.Tier()) || d[4] != p.Producer {
			t.Errorf("display of %d = %v", i, d)
		}
	}
	// The district layout holds the same rows, grouped by district.
	seen := 0
	for d, rows := range r.byDistrict {
		for _, row := range rows {
			if int(row[3].(float64)) != d {
				t.Errorf("row %v filed under district %d", row, d)
			}
			seen++
		}
	}
	if seen != len(cat.Products) {
		t.Errorf("the district layout holds %d rows, want %d", seen, len(cat.Products))
	}
	for _, enc := range []string{"", "0", "4,8,1z,a"} {
		if got := encodePostings(decodePostings(enc)); got != enc {
			t.Errorf("postings %q round-trip to %q", enc, got)
		}
	}
	for _, n := range []int{1, 64, 65, 4096, 4097} {
		vals := []int{0, n - 1, -1}
		col, w := column(vals, n)
		for i, v := range vals {
			if got := decodeCode(col[i*w : (i+1)*w]); got != v {
				t.Errorf("column of %d values: %d decodes as %d", n, v, got)
			}
		}
	}
}

// TestTrickyText indexes products with compatibility characters, a CJK
// word, a look-alike of Đ and digits after marks: every index file name is
// valid, and the words are found as their plain forms.
func TestTrickyText(t *testing.T) {
	cat := testCatalog()
	coll := vntext.NewCollator()
	d := cat.Districts[0]
	for _, p := range [][2]string{
		{"Thư pháp 福字", "Chữ viết tay."},
		{"Gạo ｏｒｇａｎｉｃ", "OCOP certiﬁed, gói 5 m²."},
		{"Trà Ðông", "Trà búp."},
		{"Bánh ølen", "Bánh nướng."},
		{"Hoa2 sen", "Hoa sen khô."},
		{"Hòa2 sen", "Hoa sen tươi."},
	} {
		cat.Products = append(cat.Products, &catalog.Product{Name: p[0], Slug: vntext.Slug(p[0]), Producer: "HTX", Stars: 3, District: d, Summary: p[1], SortKey: coll.Key(p[0])})
	}
	cat = catalog.Link(*cat, catalog.Stated{})
	files, err := Build(cat).Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := output.CheckName(f.Path); err != nil {
			t.Error(err)
		}
	}
	r, err := Open(files)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"福字", []string{"Thư pháp 福字"}},
		{"福", nil}, // one character: not yet a prefix (3 bytes, but one character)
		{"ø", nil}, // the same, 2 bytes
		{"øl", []string{"Bánh ølen"}},
		{"organic", []string{"Gạo ｏｒｇａｎｉｃ"}},
		{"ｏｒｇａｎｉｃ", []string{"Gạo ｏｒｇａｎｉｃ"}},
		{"certified", []string{"Gạo ｏｒｇａｎｉｃ"}},
		{"certiﬁed", []string{"Gạo ｏｒｇａｎｉｃ"}},
		{"5 m2", []string{"Gạo ｏｒｇａｎｉｃ"}},
		{"m² ", []string{"Gạo ｏｒｇａｎｉｃ"}},
		{"trà ðông", []string{"Trà Ðông", "Trà anh đào"}}, // HTX Đông Phương
		{"tra dong", []string{"Trà Ðông", "Trà anh đào"}},
		{"hoà2", []string{"Hòa2 sen", "Hoa2 sen"}}, // the marks of the query first
		{"hoa2", []string{"Hoa2 sen", "Hòa2 sen"}},
	} {
		res, _ := r.Search(tc.query, Filters{})
		if got := names(r, res); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Search(%q) = %q, want %q", tc.query, got, tc.want)
		}
	}
}
