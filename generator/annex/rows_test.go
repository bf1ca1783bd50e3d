package annex

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestStarSpellings: every way annexes write a tier, and what is none.
func TestStarSpellings(t *testing.T) {
	for _, c := range []struct {
		text      string
		n         int
		potential bool
		ok        bool
	}{
		{"4 sao", 4, false, true},
		{"4", 4, false, true},
		{"4*", 4, false, true},
		{"05 sao", 5, false, true},
		{"3 SAO", 3, false, true},
		{"Bốn sao", 4, false, true},
		{"Hạng 4 sao", 4, false, true},
		{"Đạt 3 sao", 3, false, true},
		{"4 sao (tiềm năng 5 sao)", 4, true, true},
		{"4 sao - Tiềm năng 5 sao", 4, true, true},
		{"Tiềm năng 5 sao", 4, true, true},
		{"5★", 5, false, true},
		{"6 sao", 6, false, true}, // a number of stars, refused by the row
		{"sao", 0, false, false},
		{"4 sao tốt", 4, false, false},
		{"", 0, false, false},
	} {
		n, potential, ok := parseStars(c.text)
		if ok != c.ok || ok && (n != c.n || potential != c.potential) {
			t.Errorf("parseStars(%q) = %d, %v, %v; want %d, %v, %v", c.text, n, potential, ok, c.n, c.potential, c.ok)
		}
	}
}

// TestHeaderWordings: the words of a header row vary between decisions;
// each wording is taken for its field, and the first row that names the
// products is the header, wherever it is in the first 20 rows.
func TestHeaderWordings(t *testing.T) {
	for _, c := range []struct {
		header []any
		want   string
	}{
		{[]any{"STT", "TÊN SẢN PHẨM", "CHỦ THỂ SẢN XUẤT", "ĐỊA CHỈ", "NHÓM", "BỘ SẢN PHẨM", "SỐ SAO"}, "stt=1 name=2 producer=3 address=4 group=5 subgroup=6 stars=7"},
		{[]any{"TT", "Tên SP", "Đơn vị", "Địa chỉ", "Quận/Huyện", "Nhóm sản phẩm", "Kết quả đánh giá"}, "stt=1 name=2 producer=3 address=4 district=5 group=6 stars=7"},
		{[]any{"Số TT", "Tên sản phẩm OCOP", "Chủ thể", "Đơn vị tính", "Phân hạng"}, "stt=1 name=2 producer=3 stars=5"},
		{[]any{"stt", "ten san pham", "ten chu the", "dia chi chu the", "phan nhom", "hang sao"}, "stt=1 name=2 producer=3 address=4 subgroup=5 stars=6"},
	} {
		rows := make([][]any, 0, 20)
		for range 12 {
			rows = append(rows, []any{"dòng tiêu đề"})
		}
		rows = append(rows, c.header)
		a, _ := Read("annex.xlsx", workbook(t, sheet{rows: rows}), testPlaces())
		var got []string
		for _, col := range a.Columns {
			got = append(got, col.Field+"="+string(rune('0'+col.Index)))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%v: %s, want %s", c.header, strings.Join(got, " "), c.want)
		}
	}
}

// TestTitleDates: the decision's date written with slashes or in words,
// and a date that is none.
func TestTitleDates(t *testing.T) {
	for _, c := range []struct {
		title, no string
		date      time.Time
		problem   string
	}{
		{"(Kèm theo Quyết định số 1234/QĐ-UBND ngày 12 tháng 3 năm 2024 của UBND Thành phố)", "1234/QĐ-UBND", time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC), ""},
		{"KÈM THEO QUYẾT ĐỊNH SỐ: 56 / QĐ-UBND NGÀY 04/03/2025", "56/QĐ-UBND", time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), ""},
		{"Kèm theo Quyết định số 789/QĐ-UBND ngày 31/2/2024", "789/QĐ-UBND", time.Time{}, `annex.xlsx:1:A: the title gives the decision's date as "ngày 31/2/2024", which is not a date`},
		{"Kèm theo Quyết định số …/QĐ-UBND", "", time.Time{}, ""},
		{"(Kèm theo QĐ số 12/2024/QĐ-UBND ngày 5/1/2024)", "12/2024/QĐ-UBND", time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC), ""},
	} {
		data := workbook(t, sheet{rows: [][]any{{c.title}, {"STT", "Tên sản phẩm", "Địa chỉ", "Nhóm", "Hạng sao"}, {1, "Cốm", "Xã Kim Lan, huyện Gia Lâm", "Thực phẩm", "4 sao"}}})
		a, probs := Read("annex.xlsx", data, testPlaces())
		if a.DecisionNo != c.no || !a.DecisionDate.Equal(c.date) {
			t.Errorf("%q: %q of %v, want %q of %v", c.title, a.DecisionNo, a.DecisionDate, c.no, c.date)
		}
		if got := printed(probs, false); c.problem == "" && got != "" || !strings.Contains(got, c.problem) {
			t.Errorf("%q: problems %q, want %q", c.title, got, c.problem)
		}
	}
}

// TestBadRows: every problem of a sheet is reported at once, at its
// cell, in both languages, and the rows without a name are left out.
func TestBadRows(t *testing.T) {
	rows := [][]any{
		{"STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Nhóm", "Phân nhóm", "Hạng sao"},
		{1, "Giò chả Ước Lễ", "HTX Ước Lễ", "Xã Tân Ước, huyện Thanh Oai", "Thực phẩm", "", "6 sao"},
		{2, "", "HTX Bát Tràng", "Xã Bát Tràng, huyện Gia Lâm", "Thực phẩm", "", "4 sao"},
		{3, "Nón lá", "Hộ kinh doanh Chuông", "Xã Phương Trung, huyện Thanh Oia", "Thủ công mỹ nghệ", "", "4"},
		{4, "Giò chả ước lễ", "HTX Ước Lễ", "Xã Tân Ước, huyện Thanh Oai", "Thực phẩm", "", "3 sao"},
		{5, "Trà sen", "Cty Sen", "Xã Quảng An", "Đồ ăn", "", "5 sao (tiềm năng 5 sao)"},
		{7, "Chả cá", "HTX Cá", "Xã Yên Nghĩa, quận Hà Đông", "Thực phẩm", "Chả lụa", "3 sao"},
		{8, "B¸nh ch­ng", "HTX", "Xã Kim Lan, huyện Gia Lâm", "Thực phẩm", "", "3 sao"},
		{6, "Miến dong", "HTX Minh Hồng", "Xã Minh Hồng, huyện Ba Vì", "Thực phẩm", "Rượu trắng", ""},
		{"I", "Sản phẩm khác nữa"},
	}
	_, probs := Read("annex.xlsx", workbook(t, sheet{rows: rows}), testPlaces())
	want := `annex.xlsx:2:G: "6 sao" is not a tier: OCOP tiers are 3, 4 and 5 stars; write "3 sao", "4 sao" or "5 sao" (or "4 sao (tiềm năng 5 sao)")
annex.xlsx:3:B: missing product name: write the product's name, or delete the row if it is not a product
annex.xlsx:4:D: unknown district "Thanh Oia" (did you mean "Thanh Oai"?): write one of the catalogue's districts (content/districts.toml)
annex.xlsx:5:B: rows 2 and 5 are the same product "Giò chả ước lễ" of one district: delete one of them, or tell the two apart by their names
annex.xlsx:6:D: no district: the address names none and no section row above gives one; add ", huyện …" to the address, or a section row with the district's name above the row
annex.xlsx:6:E: unknown group "Đồ ăn" (did you mean "Đồ uống"?): write one of "Thực phẩm", "Đồ uống", "Dược liệu và sản phẩm từ dược liệu", "Hàng thủ công mỹ nghệ", "Sinh vật cảnh", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"
annex.xlsx:6:G: "5 sao (tiềm năng 5 sao)": only a 4-star product is a potential five-star; write "4 sao (tiềm năng 5 sao)" or the tier alone
annex.xlsx:7:F: "Chả lụa" is not a sub-group of "Thực phẩm": write one of "Rau, củ, quả, hạt tươi", "Thịt, thủy sản, trứng, sữa tươi", "Gạo, ngũ cốc, hạt sơ chế khác", "Mật ong, mật khác và nông sản thực phẩm khác", "Đồ ăn nhanh", "Chế biến từ gạo, ngũ cốc", "Chế biến từ rau, củ, quả, hạt", "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong, mật khác và nông sản khác", "Tương, nước mắm, gia vị dạng lỏng khác", "Gia vị khác", "Chè tươi, chế biến", "Sản phẩm chè (trà) từ thực vật khác", "Cà phê, ca cao"
annex.xlsx:8:B: "B¸nh" looks like Vietnamese in the old TCVN3 (ABC) or VNI encoding: convert the sheet's text to Unicode (for example with Unikey's converter) and save the file again
annex.xlsx:9:D: unknown district "Ba Vì": write one of the catalogue's districts (content/districts.toml)
annex.xlsx:9:F: "Rượu trắng" is a sub-group of "Đồ uống", not of "Thực phẩm": correct the group or the sub-group
annex.xlsx:9:G: missing stars: write the product's tier, such as "4 sao"
annex.xlsx:10:B: warning: the section row "Sản phẩm khác nữa" names no district and no group of the catalogue, so it is not used: write a district's name ("Huyện Gia Lâm") or a group's ("Thực phẩm")
`
	if got := printed(probs, false); got != want {
		t.Errorf("problems\n%s\nwant\n%s", got, want)
	}
	vi := printed(probs, true)
	for _, w := range []string{
		`annex.xlsx:2:G: "6 sao" không phải một hạng sao`,
		`annex.xlsx:4:D: không có quận, huyện "Thanh Oia" (có phải là "Thanh Oai"?)`,
		`annex.xlsx:5:B: dòng 2 và dòng 5 là cùng một sản phẩm`,
		`annex.xlsx:10:B: cảnh báo: dòng mục`,
	} {
		if !strings.Contains(vi, w) {
			t.Errorf("Vietnamese problems lack %q:\n%s", w, vi)
		}
	}
}

// TestSectionsAndShapes: group and tier sections, a district column, a
// header on the second sheet after a blank first one, the row numbering
// the columns, a header repeated on a new page, a row whose number was
// forgotten, addresses written every way, and NFD text.
func TestSectionsAndShapes(t *testing.T) {
	nfd := "\u01af\u0301ng Hoa\u0300" // "Ứng Hoà" decomposed, the mark on the a
	rows := [][]any{
		{"Danh sách kèm theo Quyết định số 77/QĐ-UBND ngày 1 tháng 10 năm 2025"},
		{"TT", "Tên SP", "Đơn vị", "Địa chỉ", "Quận/Huyện", "Phân hạng"},
		{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
		{"A", "NHÓM THỰC PHẨM"},
		{"I", "Sản phẩm đạt 4 sao"},
		{1, "Bún Phú Đô", "HKD Bún Phú Đô", "phường Phú Đô, Q. Hà Đông", "", ""},
		{2, "Bánh tẻ Phú Nhi", "THT bánh tẻ", "P. Phú Thịnh, TX Sơn Tây", "", ""},
		{"TT", "Tên SP", "Đơn vị", "Địa chỉ", "Quận/Huyện", "Phân hạng"},
		{"", "Giò chả", "DNTN Giò chả Ước Lễ", "Xã Tân Ước", "huyện Thanh Oai", "3 sao"},
		{"B", "Nhóm đồ uống"},
		{4, "Rượu nếp", "Công ty CP Rượu", "Thôn Đào Xá, xã Đào Xá, " + nfd, "", "5 sao"},
		{5, "Nước mắm", "Ông Nguyễn Văn B", "Đông Anh, Hà Nội", "", "3"},
	}
	a, probs := Read("annex.xlsx", workbook(t, sheet{rows: [][]any{{"Trang bìa"}}}, sheet{rows: rows}), testPlaces())
	if len(probs) != 0 {
		t.Fatalf("problems:\n%s", printed(probs, false))
	}
	if a.DecisionNo != "77/QĐ-UBND" || a.DecisionDate.Format("2006-01-02") != "2025-10-01" {
		t.Errorf("decision %q of %v", a.DecisionNo, a.DecisionDate)
	}
	want := []Row{
		{Line: 6, Name: "Bún Phú Đô", Producer: "HKD Bún Phú Đô", ProducerKind: "ho-kinh-doanh", Address: "phường Phú Đô, Q. Hà Đông", District: "ha-dong", Commune: "Phú Đô", Group: "thuc-pham", Stars: 4},
		{Line: 7, Name: "Bánh tẻ Phú Nhi", Producer: "THT bánh tẻ", ProducerKind: "to-hop-tac", Address: "P. Phú Thịnh, TX Sơn Tây", District: "son-tay", Commune: "Phú Thịnh", Group: "thuc-pham", Stars: 4},
		{Line: 9, Name: "Giò chả", Producer: "DNTN Giò chả Ước Lễ", ProducerKind: "doanh-nghiep", Address: "Xã Tân Ước", District: "thanh-oai", Commune: "Tân Ước", Group: "thuc-pham", Stars: 3},
		{Line: 11, Name: "Rượu nếp", Producer: "Công ty CP Rượu", ProducerKind: "doanh-nghiep", Address: "Thôn Đào Xá, xã Đào Xá, Ứng Hoà", District: "ung-hoa", Commune: "Đào Xá", Group: "do-uong", Stars: 5},
		{Line: 12, Name: "Nước mắm", Producer: "Ông Nguyễn Văn B", Address: "Đông Anh, Hà Nội", District: "dong-anh", Group: "do-uong", Stars: 3},
	}
	if got := rowsOf(a); !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n%+v\nwant\n%+v", got, want)
	}
}

// TestTwoRowHeader: a header written on two rows takes the fields of
// the second where it names them.
func TestTwoRowHeader(t *testing.T) {
	rows := [][]any{
		{"STT", "Tên sản phẩm", "Địa chỉ", "Nhóm", "Kết quả đánh giá"},
		{"", "", "", "", "Số điểm", "Hạng sao"},
		{1, "Cốm", "Xã Kim Lan, huyện Gia Lâm", "Thực phẩm", 85, "4 sao"},
	}
	a, probs := Read("annex.xlsx", workbook(t, sheet{rows: rows, merges: [][2]string{{"E1", "F1"}, {"A1", "A2"}, {"B1", "B2"}}}), testPlaces())
	if len(probs) != 0 || len(a.Rows) != 1 || a.Rows[0].Stars != 4 || a.Rows[0].Cols["stars"] != 6 {
		t.Errorf("rows %+v, problems:\n%s", a.Rows, printed(probs, false))
	}
	if c := a.Columns[len(a.Columns)-1]; c.Field != "stars" || c.Header != "Hạng sao" {
		t.Errorf("columns %+v", a.Columns)
	}
}

// TestSectionDisagrees: a row whose address names another district than
// its section is an error naming both and the section's row.
func TestSectionDisagrees(t *testing.T) {
	rows := [][]any{
		{"STT", "Tên sản phẩm", "Địa chỉ", "Nhóm", "Hạng sao"},
		{"I", "Huyện Gia Lâm"},
		{1, "Cốm", "Xã Kim Lan, huyện Đông Anh", "Thực phẩm", "4 sao"},
	}
	_, probs := Read("annex.xlsx", workbook(t, sheet{rows: rows}), testPlaces())
	want := "annex.xlsx:3:C: the address is in Đông Anh but the row is under the section of Gia Lâm (row 2): correct the address, or move the row to its district's section\n"
	if got := printed(probs, false); got != want {
		t.Errorf("problems\n%s\nwant\n%s", got, want)
	}
}

// TestTierSections: a table without a column of stars takes each row's
// tier from its section; a row under no tier section makes the header's
// missing column an error, said once.
func TestTierSections(t *testing.T) {
	rows := [][]any{
		{"STT", "Tên sản phẩm", "Địa chỉ", "Nhóm"},
		{"I", "SẢN PHẨM ĐẠT 5 SAO"},
		{1, "Cốm", "Xã Kim Lan, huyện Gia Lâm", "Thực phẩm"},
		{"II", "Sản phẩm đạt 4 sao (tiềm năng 5 sao)"},
		{2, "Chè", "Xã Kim Lan, huyện Gia Lâm", "Thực phẩm"},
	}
	a, probs := Read("annex.xlsx", workbook(t, sheet{rows: rows}), testPlaces())
	if len(probs) != 0 || len(a.Rows) != 2 || a.Rows[0].Stars != 5 || a.Rows[1].Stars != 4 || !a.Rows[1].PotentialFive {
		t.Errorf("rows %+v, problems:\n%s", a.Rows, printed(probs, false))
	}
	rows = append(rows[:1], rows[2:]...) // no section over the first row
	rows = append(rows, []any{3, "Mứt", "Xã Kim Lan, huyện Gia Lâm", "Thực phẩm"})
	_, probs = Read("annex.xlsx", workbook(t, sheet{rows: rows}), testPlaces())
	if got, want := printed(probs, false), "annex.xlsx:1: the header row has no column of stars: name the column of the tiers \"Hạng sao\"\n"; got != want {
		t.Errorf("problems %q, want %q", got, want)
	}
}
