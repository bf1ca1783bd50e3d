package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// annexTable is an annex as an office lays it out: the title block (the
// decision in words, in cells merged across the table), the header row,
// a section row giving the district, and three products, the first of
// which the catalogue has at a lower tier.
var annexTable = struct {
	rows   [][]string
	merges [][2]string
}{
	rows: [][]string{
		{"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"", "", "", "", "Độc lập - Tự do - Hạnh phúc"},
		{"DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT OCOP NĂM 2024"},
		{"(Kèm theo Quyết định số 1234/QĐ-UBND ngày 12 tháng 3 năm 2024 của UBND thành phố Hà Nội)"},
		{},
		{"STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Nhóm sản phẩm", "Phân nhóm", "Hạng sao"},
		{"I", "HUYỆN GIA LÂM"},
		{"1", "GỐM MEN RẠN BÁT TRÀNG", "HTX gốm sứ Bát Tràng", "Xã Bát Tràng, huyện Gia Lâm", "Thủ công mỹ nghệ", "", "4 sao"},
		{"2", "Mật ong hoa nhãn", "Công ty TNHH Ong Xanh", "Xã Kim Lan", "Thực phẩm", "", "4 sao (tiềm năng 5 sao)"},
		{"3", "Bánh tẻ Phú Thị", "Hộ kinh doanh Nguyễn Thị Hoa", "Xã Phú Thị, huyện Gia Lâm", "Thực phẩm", "", "3 sao"},
		{"", "Tổng cộng: 3 sản phẩm"},
	},
	merges: [][2]string{{"A1", "C1"}, {"E1", "G1"}, {"E2", "G2"}, {"A3", "G3"}, {"A4", "G4"}, {"B7", "G7"}},
}

// writeAnnexXLSX writes annexTable as a workbook at path, its row numbers
// as numbers.
func writeAnnexXLSX(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range annexTable.rows {
		cells := make([]any, len(row))
		for i, c := range row {
			cells[i] = c
			if n, err := strconv.Atoi(c); err == nil {
				cells[i] = n // the STT column holds numbers, as offices type them
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := f.SetSheetRow("Sheet1", cell, &cells); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range annexTable.merges {
		if err := f.MergeCell("Sheet1", m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// writeAnnexCSV writes annexTable as CSV at path, as a spreadsheet saves
// a sheet of merged cells: the text in the first cell of each.
func writeAnnexCSV(t *testing.T, path string) {
	t.Helper()
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(annexTable.rows); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// importCatalogue copies the small catalogue of testdata/import-catalogue
// into a temporary folder.
func importCatalogue(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/import-catalogue")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runImportOf runs ocopgen import on the annex in dir, in Vietnamese, and
// returns its stdout and stderr; it fails the test unless the run succeeds.
func runImportOf(t *testing.T, dir, annex string) (string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"import", filepath.Join(dir, annex), "-s", dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("ocopgen import %s: exit %d\n%s%s", annex, code, stdout.String(), stderr.String())
	}
	return stdout.String(), stderr.String()
}

// productFiles returns the text of every product record under dir.
func productFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	products := filepath.Join(dir, "content", "products")
	err := filepath.WalkDir(products, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(products, path)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// wantRecertified is the record of the first row after the import: the
// new tier and decision, the previous certificate kept as history, every
// comment and hand-written field where it was.
const wantRecertified = `# Viết tay: ảnh chụp ở hội chợ làng nghề 2022.
name = "Gốm men rạn Bát Tràng"
group = "thu-cong-my-nghe"
stars = 4              # hạng của quyết định đầu tiên
district = "gia-lam"
commune = "Bát Tràng"
producer = "HTX Gốm sứ Bát Tràng"
price_vnd = 350000

[certificate]
# Bản chụp quyết định trong hồ sơ năm 2021.
decision_no = "1234/QĐ-UBND"
decision_date = 2024-03-12
level = "city"

[contact]
phone = "0243 874 1234"

# Được thay bằng quyết định 1234/QĐ-UBND ngày 2024-03-12 (nhập từ annex.xlsx, dòng 8)
[[certificate_history]]
decision_no = "1147/QĐ-UBND"
decision_date = 2021-03-04
level = "city"
stars = 3
valid_until = 2024-03-04
`

// wantNew is the record of the second row, a product the catalogue did
// not have.
const wantNew = `# Nhập từ annex.xlsx, dòng 9
name = "Mật ong hoa nhãn"
group = "thuc-pham"
stars = 4
potential_five_star = true
district = "gia-lam"
commune = "Kim Lan"
producer = "Công ty TNHH Ong Xanh"
producer_kind = "doanh-nghiep"

[certificate]
decision_no = "1234/QĐ-UBND"
decision_date = 2024-03-12
level = "city"

[contact]
address = "Xã Kim Lan"
`

// TestImportWorkbook imports a real XLSX annex into a small catalogue:
// the decision from the title in merged cells, the district from the
// section row, two new records and the update of one the catalogue has.
// A second run changes no byte; the same table saved as CSV writes the
// same records.
func TestImportWorkbook(t *testing.T) {
	dir := importCatalogue(t)
	writeAnnexXLSX(t, filepath.Join(dir, "annex.xlsx"))
	stdout, stderr := runImportOf(t, dir, "annex.xlsx")
	for _, want := range []string{
		"cập nhật content/products/gia-lam/gom-men-ran-bat-trang.toml: Gốm men rạn Bát Tràng (Gia Lâm, 3 → 4 sao)\n",
		"thêm content/products/gia-lam/mat-ong-hoa-nhan.toml: Mật ong hoa nhãn (Gia Lâm, 4 sao (tiềm năng 5 sao))\n",
		"thêm content/products/gia-lam/banh-te-phu-thi.toml: Bánh tẻ Phú Thị (Gia Lâm, 3 sao)\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	for _, want := range []string{
		"cột B \"Tên sản phẩm\": tên sản phẩm\n",
		"cột G \"Hạng sao\": hạng sao\n",
		"ocopgen import: đã thêm 2, cập nhật 1, 0 đã có, theo quyết định 1234/QĐ-UBND ngày 2024-03-12\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	first := productFiles(t, dir)
	if got := first["gia-lam/gom-men-ran-bat-trang.toml"]; got != wantRecertified {
		t.Errorf("the updated record:\n%s\nwant:\n%s", got, wantRecertified)
	}
	if got := first["gia-lam/mat-ong-hoa-nhan.toml"]; got != wantNew {
		t.Errorf("the new record:\n%s\nwant:\n%s", got, wantNew)
	}
	if got := first["gia-lam/banh-te-phu-thi.toml"]; !strings.HasPrefix(got, "# Nhập từ annex.xlsx, dòng 10\n") || !strings.Contains(got, "producer_kind = \"ho-kinh-doanh\"\n") {
		t.Errorf("the new record of row 10:\n%s", got)
	}
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"check", "-s", dir, "--date", "2026-11-23"}, &out, &errs); code != exitOK {
		t.Errorf("check after the import: exit %d\n%s%s", code, out.String(), errs.String())
	}

	t.Run("again", func(t *testing.T) {
		_, stderr := runImportOf(t, dir, "annex.xlsx")
		if !strings.Contains(stderr, "ocopgen import: đã thêm 0, cập nhật 0, 3 đã có") {
			t.Errorf("the second run:\n%s", stderr)
		}
		again := productFiles(t, dir)
		if len(again) != len(first) {
			t.Errorf("the second run left %d records, the first %d", len(again), len(first))
		}
		for name, text := range first {
			if again[name] != text {
				t.Errorf("the second run changed %s:\n%s", name, again[name])
			}
		}
	})

	t.Run("csv", func(t *testing.T) {
		csvDir := importCatalogue(t)
		writeAnnexCSV(t, filepath.Join(csvDir, "annex.csv"))
		_, stderr := runImportOf(t, csvDir, "annex.csv")
		if !strings.Contains(stderr, "cột 2 \"Tên sản phẩm\": tên sản phẩm\n") {
			t.Errorf("the CSV's columns are not reported by number:\n%s", stderr)
		}
		fromCSV := productFiles(t, csvDir)
		if len(fromCSV) != len(first) {
			t.Errorf("the CSV wrote %d records, the workbook %d", len(fromCSV), len(first))
		}
		for name, text := range first {
			if want := strings.ReplaceAll(text, "annex.xlsx", "annex.csv"); fromCSV[name] != want {
				t.Errorf("%s from the CSV:\n%s\nfrom the workbook:\n%s", name, fromCSV[name], want)
			}
		}
	})
}
