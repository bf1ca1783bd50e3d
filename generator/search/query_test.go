package search

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

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
	village := &catalog.Tourism{Title: "Làng khảm trai Chuyên Mỹ", Slug: "lang-kham-trai-chuyen-my", District: phuXuyen, Kind: "craft-village"}
	cat := &catalog.Catalog{
		Districts: []*catalog.District{dongAnh, ungHoa, myDuc, phuXuyen},
		Groups:    groups,
		Tourism:   []*catalog.Tourism{village},
		SalesPoints: []*catalog.SalesPoint{
			{Name: "Phúc Hậu Mart <b>&amp; Đông Anh", Slug: "phuc-hau-mart", District: dongAnh, Address: "xã Uy Nỗ, huyện Đông Anh"},
			{Name: "Điểm giới thiệu và bán sản phẩm OCOP Phú Xuyên", Slug: "diem-ban-phu-xuyen", District: phuXuyen, Address: "thị trấn Phú Xuyên"},
		},
	}
	add := func(name, producer string, stars int, d *catalog.District, g *catalog.Group, summary string) *catalog.Product {
		p := &catalog.Product{Name: name, Slug: vntext.Slug(name), Producer: producer, Stars: stars, District: d, Group: g, Summary: summary,
			Certificate: catalog.Certificate{DecisionDate: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), ValidUntil: time.Date(2027, 3, 4, 0, 0, 0, 0, time.UTC)}}
		p.SortKey = coll.Key(name)
		cat.Products = append(cat.Products, p)
		return p
	}
	add("Bánh chưng Tranh Khúc", "HTX Tranh Khúc", 4, dongAnh, food, "Bánh gói lá dong.").ProducerKind = "hop-tac-xa"
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
		// The district's products first; a producer of the same name next.
		{"dong anh", []string{"Bánh chưng Tranh Khúc", "Gạo nếp cái hoa vàng", "Phúc Hậu Mart <b>&amp; Đông Anh", "HTX Nông nghiệp Đông Anh", "Trà anh đào", "HTX Tranh Khúc"}},
		{"Ứng Hoà", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương", "Hộ kinh doanh Nguyễn Văn A", "Hộ kinh doanh Trần Thị B"}},
		{"Ứng Hòa", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương", "Hộ kinh doanh Nguyễn Văn A", "Hộ kinh doanh Trần Thị B"}},
		{"ung hoa", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương", "Hộ kinh doanh Nguyễn Văn A", "Hộ kinh doanh Trần Thị B"}},
		{"Mĩ Đức", []string{"Chăn bông tơ tằm", "Công ty TNHH Dâu tằm tơ Mỹ Đức"}},
		{"Mỹ Đức", []string{"Chăn bông tơ tằm", "Công ty TNHH Dâu tằm tơ Mỹ Đức"}},
		{"kham tr", []string{"Tranh khảm trai", "Làng nghề khảm trai vào mùa", "Làng khảm trai Chuyên Mỹ"}},
		{"nụ trầm", []string{"Nụ trầm hương", "Nụ trám Quảng Phú Cầu"}},
		{"nụ trám", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}},
		{"nu tram ", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}},
		{"nguyen van a", []string{"Hộ kinh doanh Nguyễn Văn A", "Nụ trầm hương"}}, // the producer, its product
		// The tourism place, the producer, the product (producer), the story (text).
		{"chuyen my", []string{"Làng khảm trai Chuyên Mỹ", "Cơ sở Chuyên Mỹ", "Tranh khảm trai", "Làng nghề khảm trai vào mùa"}},
		{"duoc lieu", []string{"Nụ trám Quảng Phú Cầu", "Nụ trầm hương"}}, // group
		{"5 sao", []string{"Chăn bông tơ tằm", "Tranh khảm trai"}},        // tiers 5 sao and tiềm năng 5 sao
		{"vo trai", []string{"Tranh khảm trai"}},                          // summary
		{"son mai", []string{"Làng nghề khảm trai vào mùa"}},              // story text
		{"khảm trai", []string{"Tranh khảm trai", "Làng nghề khảm trai vào mùa", "Làng khảm trai Chuyên Mỹ"}},
		{"lich lang kham trai chuyen", []string{"Làng khảm trai Chuyên Mỹ"}}, // the place; the story's link target is no word
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
	if r.meta.Docs != len(cat.Products)+len(cat.Stories)+len(cat.SalesPoints)+len(cat.Tourism)+len(cat.Products) || r.meta.Products != len(cat.Products) { // one producer a product
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

// TestKinds checks the documents of the other kinds: where they are,
// what finds them, what they display, and that the product facets leave
// them out.
func TestKinds(t *testing.T) {
	r, cat := openTest(t)
	p, st, sp, tr := len(cat.Products), len(cat.Stories), len(cat.SalesPoints), len(cat.Tourism)
	want := []kindStart{{KindProduct, 0}, {KindStory, p}, {KindSalesPoint, p + st}, {KindTourism, p + st + sp}, {KindProducer, p + st + sp + tr}}
	if !reflect.DeepEqual(r.meta.Kinds, want) {
		t.Fatalf("kinds %v, want %v", r.meta.Kinds, want)
	}
	for doc, kind := range map[int]string{0: KindProduct, p: KindStory, p + st + 1: KindSalesPoint, p + st + sp: KindTourism, r.meta.Docs - 1: KindProducer, r.meta.Docs: ""} {
		if got := r.Kind(doc); got != kind {
			t.Errorf("Kind(%d) = %q, want %q", doc, got, kind)
		}
	}
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"phuc hau", []string{"Phúc Hậu Mart <b>&amp; Đông Anh"}},
		{"mart", []string{"Phúc Hậu Mart <b>&amp; Đông Anh"}},
		{"diem ban", []string{"Điểm giới thiệu và bán sản phẩm OCOP Phú Xuyên", "Phúc Hậu Mart <b>&amp; Đông Anh"}}, // name words, then the kind's
		{"uy no", []string{"Phúc Hậu Mart <b>&amp; Đông Anh"}},                                                      // address
		{"lang nghe", []string{"Làng nghề khảm trai vào mùa", "Làng khảm trai Chuyên Mỹ"}},                          // a tourism kind
		{"hop tac xa", []string{"HTX Tranh Khúc"}},                                                                  // a producer kind
	} {
		res, _ := r.Search(tc.query, Filters{})
		if got := names(r, res); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Search(%q) = %q, want %q", tc.query, got, tc.want)
		}
	}
	// Product facets leave the other kinds out, and never count them.
	res, counts := r.Search("dong anh", Filters{})
	var kinds []string
	for _, x := range res {
		kinds = append(kinds, r.Kind(x.Doc))
	}
	if !slices.Contains(kinds, KindSalesPoint) || !slices.Contains(kinds, KindProducer) {
		t.Errorf("dong anh finds kinds %q, want a sales point and producers too", kinds)
	}
	if want := []int{2, 0, 0, 1}; !reflect.DeepEqual(counts["district"], want) { // Trà anh đào of HTX Đông Phương
		t.Errorf("district counts %v, want %v (products only)", counts["district"], want)
	}
	for _, f := range []Filters{{District: "dong-anh"}, {Tier: "4-sao"}, {Group: "thuc-pham"}, {Tourism: "lang-kham-trai-chuyen-my"}} {
		res, _ := r.Search("dong anh", f)
		for _, x := range res {
			if k := r.Kind(x.Doc); k != KindProduct {
				t.Errorf("%+v: a %s among the results", f, k)
			}
		}
	}
	// Display rows and summaries.
	for doc, row := range map[int][]any{
		0:           {"Bánh chưng Tranh Khúc", "banh-chung-tranh-khuc", 1.0, 0.0, "HTX Tranh Khúc", "", ""},
		p + st + 1:  {"Phúc Hậu Mart <b>&amp; Đông Anh", "phuc-hau-mart", -1.0, 0.0, "xã Uy Nỗ, huyện Đông Anh"},
		p + st + sp: {"Làng khảm trai Chuyên Mỹ", "lang-kham-trai-chuyen-my", -1.0, 3.0, "craft-village"},
	} {
		if got := r.Display(doc); !reflect.DeepEqual(got, row) {
			t.Errorf("Display(%d) = %#v, want %#v", doc, got, row)
		}
	}
	// Every chunk of display rows has its file of summaries, which the page
	// may ask for.
	files, err := Build(cat).Files()
	if err != nil {
		t.Fatal(err)
	}
	paths := map[string]bool{}
	for _, f := range files {
		paths[f.Path] = true
	}
	for n := 0; n*chunkSize < r.meta.Docs; n++ {
		if !paths[fmt.Sprintf("%se/%d.json", Dir, n)] || !paths[fmt.Sprintf("%sd/%d.json", Dir, n)] {
			t.Errorf("chunk %d lacks its display or summary file", n)
		}
	}
	if got := r.Summary(0); got != "Bánh gói lá dong." {
		t.Errorf("Summary(0) = %q", got)
	}
	if got := r.Summary(p + st); got != "" {
		t.Errorf("a sales point's summary %q", got)
	}
}

func TestCut(t *testing.T) {
	long := strings.Repeat("ư", summaryMax) // no space, two bytes a letter
	if got := cut(long); !utf8.ValidString(got) || len(got) > summaryMax+len("…") {
		t.Errorf("cut(%d bytes) = %d bytes, valid %v", len(long), len(got), utf8.ValidString(got))
	}
	words := strings.Repeat("bánh chưng ", 100)
	if got := cut(words); !strings.HasSuffix(got, " …") || len(got) > summaryMax+len(" …") {
		t.Errorf("cut(words) = %q", got)
	}
}

func TestFirstParagraph(t *testing.T) {
	for md, want := range map[string]string{
		"## Giới thiệu\n\nLàng **gốm** [Bát Tràng](/du-lich/x/) bên sông.\nHai dòng.\n\nĐoạn sau.": "Làng gốm Bát Tràng bên sông. Hai dòng.",
		"- một\n- hai": "",
	} {
		if got := firstParagraph(md); got != want {
			t.Errorf("firstParagraph(%q) = %q, want %q", md, got, want)
		}
	}
}
