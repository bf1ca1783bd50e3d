package annex

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// hanoiAnnex is an annex as the city's office makes it: the motto and the
// issuing body in merged cells, the title line with the decision, a header
// row, numbered sections of districts (one in the new tone placement), a
// group merged down over two rows, a footer of totals and signatures.
func hanoiAnnex() sheet {
	return sheet{
		rows: [][]any{
			{"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
			{"DANH SÁCH SẢN PHẨM CÔNG NHẬN ĐẠT OCOP NĂM 2024"},
			{"(Kèm theo Quyết định số 1234/QĐ-UBND ngày 12/3/2024 của UBND thành phố Hà Nội)"},
			{},
			{"STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Nhóm sản phẩm", "Phân nhóm", "Hạng sao"},
			{"I", "HUYỆN GIA LÂM"},
			{1, "Gốm men rạn", "HTX gốm Bát Tràng", "Xã Bát Tràng, huyện Gia Lâm, TP Hà Nội", "Hàng thủ công mỹ nghệ", "", "4 sao"},
			{2, "Bánh  chưng Tranh\u00a0Khúc", "Hộ kinh doanh Nguyễn Văn A", "Thôn Tranh Khúc, xã Duyên Hà", "Thực phẩm", "Chế biến từ gạo, ngũ cốc", "4*"},
			{3, "Mật ong hoa nhãn", "Công ty TNHH Ong Xanh", "Xã Kim Lan", nil, "", "4 sao (tiềm năng 5 sao)"},
			{"II", "Huyện Ứng Hoà"},
			{4, "Hương trầm Quảng Phú Cầu", "Tổ hợp tác hương Phú Lương", "Xã Quảng Phú Cầu, huyện Ứng Hòa", "Dược liệu", "", "05 sao"},
			{5, "Nhạc cụ dân tộc", "Cơ sở Đào Xá", "Xã Đào Xá, H. Ứng Hoà", "Thủ công mỹ nghệ", "", 3},
			{6},
			{"", "Tổng cộng: 5 sản phẩm"},
			{"Tổng cộng", "5"},
			{"", "", "", "", "KT. CHỦ TỊCH"},
		},
		merges: [][2]string{{"A1", "C1"}, {"D1", "G1"}, {"A2", "G2"}, {"A3", "G3"}, {"B6", "G6"}, {"B10", "G10"}, {"E8", "E9"}},
	}
}

// wantHanoi is what hanoiAnnex says, row by row.
var wantHanoi = []Row{
	{Line: 7, Name: "Gốm men rạn", Producer: "HTX gốm Bát Tràng", ProducerKind: "hop-tac-xa", Address: "Xã Bát Tràng, huyện Gia Lâm, TP Hà Nội", District: "gia-lam", Commune: "Bát Tràng", Group: "thu-cong-my-nghe", Stars: 4},
	{Line: 8, Name: "Bánh chưng Tranh Khúc", Producer: "Hộ kinh doanh Nguyễn Văn A", ProducerKind: "ho-kinh-doanh", Address: "Thôn Tranh Khúc, xã Duyên Hà", District: "gia-lam", Commune: "Duyên Hà", Group: "thuc-pham", Subgroup: "che-bien-tu-gao-ngu-coc", Stars: 4},
	{Line: 9, Name: "Mật ong hoa nhãn", Producer: "Công ty TNHH Ong Xanh", ProducerKind: "doanh-nghiep", Address: "Xã Kim Lan", District: "gia-lam", Commune: "Kim Lan", Group: "thuc-pham", Stars: 4, PotentialFive: true},
	{Line: 11, Name: "Hương trầm Quảng Phú Cầu", Producer: "Tổ hợp tác hương Phú Lương", ProducerKind: "to-hop-tac", Address: "Xã Quảng Phú Cầu, huyện Ứng Hòa", District: "ung-hoa", Commune: "Quảng Phú Cầu", Group: "duoc-lieu", Stars: 5},
	{Line: 12, Name: "Nhạc cụ dân tộc", Producer: "Cơ sở Đào Xá", ProducerKind: "ho-kinh-doanh", Address: "Xã Đào Xá, H. Ứng Hoà", District: "ung-hoa", Commune: "Đào Xá", Group: "thu-cong-my-nghe", Stars: 3},
}

// TestReadWorkbook: an annex as the office makes it gives its decision,
// its columns and its rows, with the district from the address or the
// section, the group merged down, and nothing of the footer.
func TestReadWorkbook(t *testing.T) {
	a, probs := Read("annex.xlsx", workbook(t, hanoiAnnex()), testPlaces())
	if len(probs) != 0 {
		t.Fatalf("problems:\n%s", printed(probs, false))
	}
	if a.DecisionNo != "1234/QĐ-UBND" || !a.DecisionDate.Equal(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("decision %q of %v", a.DecisionNo, a.DecisionDate)
	}
	var cols []string
	for _, c := range a.Columns {
		cols = append(cols, c.Field+"="+diag.ColumnLetters(c.Index)+":"+c.Header)
	}
	if got, want := strings.Join(cols, " "), "stt=A:STT name=B:Tên sản phẩm producer=C:Tên chủ thể address=D:Địa chỉ group=E:Nhóm sản phẩm subgroup=F:Phân nhóm stars=G:Hạng sao"; got != want {
		t.Errorf("columns\n%s\nwant\n%s", got, want)
	}
	if got := rowsOf(a); !reflect.DeepEqual(got, wantHanoi) {
		t.Errorf("rows\n%+v\nwant\n%+v", got, wantHanoi)
	}
	if !a.Workbook || a.Pos(14, 7).String() != "annex.xlsx:14:G" || Pos("annex.xlsx", 14, 7).String() != "annex.xlsx:14:G" {
		t.Errorf("positions of a workbook: %v", a.Pos(14, 7))
	}
}

// TestCSVSameAsWorkbook: the same table saved as CSV — by Excel as "CSV
// UTF-8" with a byte-order mark and semicolons, or with commas — gives
// the same annex as the workbook.
func TestCSVSameAsWorkbook(t *testing.T) {
	want, _ := Read("annex.xlsx", workbook(t, hanoiAnnex()), testPlaces())
	for _, name := range []string{"testdata/hanoi-bom-semicolon.csv", "testdata/hanoi-comma.csv"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		a, probs := Read("annex.csv", data, testPlaces())
		if len(probs) != 0 {
			t.Fatalf("%s:\n%s", name, printed(probs, false))
		}
		if a.Workbook || a.DecisionNo != want.DecisionNo || !a.DecisionDate.Equal(want.DecisionDate) || !reflect.DeepEqual(a.Columns, want.Columns) {
			t.Errorf("%s: %+v", name, a)
		}
		if got := rowsOf(a); !reflect.DeepEqual(got, rowsOf(want)) {
			t.Errorf("%s: rows\n%+v\nwant\n%+v", name, got, rowsOf(want))
		}
	}
}
