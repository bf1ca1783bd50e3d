package annex

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestCSVShapes: CSV as offices save it — semicolons or commas, quoted
// cells holding the other separator and quotes — and what is not CSV
// UTF-8.
func TestCSVShapes(t *testing.T) {
	for _, c := range []struct {
		name, data string
		rows       int
		problems   string
	}{
		{"semicolons", "STT;Tên sản phẩm;Địa chỉ;Nhóm;Hạng sao\n1;\"Chè \"\"Tân Cương\"\"; loại 1\";Xã Kim Lan, huyện Gia Lâm;Thực phẩm;4 sao\n", 1, ""},
		{"commas", "\ufeffSTT,Tên sản phẩm,Địa chỉ,Nhóm,Hạng sao\r\n1,\"Gạo nếp cái hoa vàng, túi 2kg\",\"Xã Kim Lan, huyện Gia Lâm\",Thực phẩm,3\r\n", 1, ""},
		{"bad quotes", "STT,Tên sản phẩm,Địa chỉ,Nhóm,Hạng sao\n1,Chè \"Tân\" Cương,Xã Kim Lan,Thực phẩm,4\n", 0, `annex.csv:2: this CSV line cannot be read (bare " in non-quoted-field)`},
		{"not UTF-8", "STT,T\xean s\xe1n ph\xe2m,H\xe1ng sao\n", 0, `annex.csv:1: not UTF-8 text (byte 0xea): save the file from the spreadsheet as "CSV UTF-8 (Comma delimited) (*.csv)"`},
		{"no header", "a,b,c\n1,2,3\n", 0, `annex.csv: no header row in the first 20 rows`},
		{"no stars column", "STT,Tên sản phẩm,Địa chỉ,Nhóm\n1,Cốm,Xã Kim Lan,Thực phẩm\n", 1, `annex.csv:1: the header row has no column of stars`},
		{"no product", "STT,Tên sản phẩm,Hạng sao\n,Tổng cộng,0\n", 0, `annex.csv:1: no product row under the header row`},
	} {
		a, probs := Read("annex.csv", []byte(c.data), testPlaces())
		got := printed(probs, false)
		if len(a.Rows) != c.rows || c.problems == "" && got != "" || !strings.Contains(got, c.problems) {
			t.Errorf("%s: %d rows, problems %q; want %d rows, %q", c.name, len(a.Rows), got, c.rows, c.problems)
		}
	}
	a, _ := Read("annex.csv", []byte("STT;Tên sản phẩm;Địa chỉ;Nhóm;Hạng sao\n1;\"Chè \"\"Tân Cương\"\"; loại 1\";Xã Kim Lan, huyện Gia Lâm;Thực phẩm;4 sao\n"), testPlaces())
	if len(a.Rows) != 1 || a.Rows[0].Name != `Chè "Tân Cương"; loại 1` {
		t.Errorf("quoted cell: %+v", a.Rows)
	}
}

// TestRefusedFiles: a file over the cap is refused before it is opened,
// an old .xls and a broken workbook are told to be saved again.
func TestRefusedFiles(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"big.xlsx", append([]byte("PK\x03\x04"), make([]byte, MaxFileSize)...), "big.xlsx: the file is 21 MiB, more than the limit of 20 MiB for an annex"},
		{"old.xls", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), "old.xls: an old Excel 97–2003 workbook (.xls)"},
		{"broken.xlsx", []byte("PK\x03\x04 not really"), "broken.xlsx: not a workbook that can be read ("},
		{"far.xlsx", farRow(t), "far.xlsx: a sheet has more than 20000 rows"},
		{"renamed.csv", bytes.Clone(workbook(t, sheet{rows: [][]any{{"STT", "Tên sản phẩm", "Hạng sao"}, {1, "Cốm", "4 sao"}}})), "renamed.csv:2:B: no district"},
	} {
		_, probs := Read(c.name, c.data, testPlaces())
		if got := printed(probs, false); !strings.Contains(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// FuzzReadCSV: whatever the bytes, reading them as a CSV annex ends, and
// every product row it gives has a name, a tier and a position in the file.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("STT;Tên sản phẩm;Địa chỉ;Nhóm;Hạng sao\n1;Cốm;Xã Vòng, huyện Gia Lâm;Thực phẩm;4 sao\n"))
	f.Add([]byte("\ufeffI,Huyện Ứng Hoà\nSTT,Tên SP,Hạng sao\n1,\"a,b\",05 sao\n"))
	f.Add([]byte("Kèm theo Quyết định số 1/QĐ-UBND ngày 31 tháng 12 năm 2024\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, _ := Read("annex.csv", data, testPlaces())
		for _, r := range a.Rows {
			if r.Name == "" || r.Line < 1 {
				t.Fatalf("row %+v", r)
			}
		}
	})
}

// TestReadFile: a file is refused for its size before it is read, and a
// missing one is named.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 30<<20); err != nil {
		t.Fatal(err)
	}
	_, probs := ReadFile(big, testPlaces())
	if got, want := printed(probs, false), big+": the file is 30 MiB, more than the limit of 20 MiB"; !strings.Contains(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
	_, probs = ReadFile(filepath.Join(dir, "none.xlsx"), testPlaces())
	if got := printed(probs, false); !strings.Contains(got, "none.xlsx: the annex cannot be read (open ") {
		t.Errorf("missing file: %q", got)
	}
	a, probs := ReadFile("testdata/hanoi-comma.csv", testPlaces())
	if len(probs) != 0 || len(a.Rows) != 5 {
		t.Errorf("%d rows, %s", len(a.Rows), printed(probs, false))
	}
}

// farRow is a workbook whose one cell is in its millionth row.
func farRow(t *testing.T) []byte {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetCellValue("Sheet1", "A1000000", "x"); err != nil {
		t.Fatal(err)
	}
	b, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
