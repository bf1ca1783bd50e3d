package annex

import (
	"fmt"
	"testing"
)

// bigAnnex is an annex of n product rows over the test districts, each
// district a section, in the shape of hanoiAnnex.
func bigAnnex(n int) sheet {
	s := sheet{rows: [][]any{
		{"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"},
		{"(Kèm theo Quyết định số 1234/QĐ-UBND ngày 12/3/2024 của UBND thành phố Hà Nội)"},
		{"STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Nhóm sản phẩm", "Phân nhóm", "Hạng sao"},
	}, merges: [][2]string{{"A1", "G1"}, {"A2", "G2"}}}
	districts := testPlaces().Districts
	stars := []string{"3 sao", "4 sao", "4*", "5", "4 sao (tiềm năng 5 sao)"}
	per := (n + len(districts) - 1) / len(districts)
	for i := range n {
		d := districts[i/per]
		if i%per == 0 {
			s.rows = append(s.rows, []any{fmt.Sprintf("%d", i/per+1), "Huyện " + d.Name})
			s.rows[len(s.rows)-1][0] = []string{"I", "II", "III", "IV", "V", "VI"}[i/per]
		}
		s.rows = append(s.rows, []any{i + 1, fmt.Sprintf("Sản phẩm số %d", i+1), fmt.Sprintf("HTX sản xuất %d", i), fmt.Sprintf("Xã Phú Thị %d, huyện %s", i, d.Name), "Thực phẩm", "Chế biến từ gạo, ngũ cốc", stars[i%len(stars)]})
	}
	s.rows = append(s.rows, []any{"Tổng cộng", n})
	return s
}

// BenchmarkReadWorkbook reads an annex of 2,000 product rows.
func BenchmarkReadWorkbook(b *testing.B) {
	data := workbook(b, bigAnnex(2000))
	a, probs := Read("annex.xlsx", data, testPlaces())
	if len(probs) != 0 || len(a.Rows) != 2000 {
		b.Fatalf("%d rows, problems:\n%s", len(a.Rows), printed(probs, false))
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Read("annex.xlsx", data, testPlaces())
	}
}
