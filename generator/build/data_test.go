package build

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestOpenData: the three tables of /du-lieu/ as JSON and CSV, of the
// example catalogue: as many CSV rows as JSON records, Vietnamese column
// names, the state of a revoked certificate with its decision, a product's
// earlier certificate before its current one, the sales points' products;
// and the data page links every file and names every column.
func TestOpenData(t *testing.T) {
	site := buildMemory(t, os.DirFS(exampleRoot))
	tables := map[string][]map[string]any{}
	headers := map[string][]string{}
	for file, key := range map[string]string{"san-pham": "products", "diem-ban": "sales_points", "chung-nhan": "certificates"} {
		b, ok := site.File("du-lieu/" + file + ".json")
		if !ok {
			t.Fatalf("du-lieu/%s.json was not built", file)
		}
		var doc map[string]json.RawMessage
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("du-lieu/%s.json: %v", file, err)
		}
		var rows []map[string]any
		var count int
		if err := json.Unmarshal(doc[key], &rows); err != nil {
			t.Fatalf("du-lieu/%s.json has no array %q: %v", file, key, err)
		}
		json.Unmarshal(doc["count"], &count)
		if count != len(rows) || count == 0 {
			t.Errorf("du-lieu/%s.json: count %d, %d records", file, count, len(rows))
		}
		tables[key] = rows
		b, _ = site.File("du-lieu/" + file + ".csv")
		b, ok = bytes.CutPrefix(b, []byte("\ufeff"))
		if !ok {
			t.Errorf("du-lieu/%s.csv: no UTF-8 byte-order mark", file)
		}
		records, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("du-lieu/%s.csv: %v", file, err)
		}
		if len(records)-1 != len(rows) {
			t.Errorf("du-lieu/%s.csv: %d rows, the JSON %d", file, len(records)-1, len(rows))
		}
		headers[file] = records[0]
		seen := map[string]bool{}
		for _, h := range records[0] {
			if h == "" || seen[h] || strings.Contains(h, "_") {
				t.Errorf("du-lieu/%s.csv: column %q is empty, repeated or an English code", file, h)
			}
			seen[h] = true
		}
	}

	revoked := find(tables["products"], "slug", "mut-gung-ban-ghi-mau-da-thu-hoi")
	if revoked == nil || revoked["status"] != "revoked" || revoked["revoked_by"] != "5210/QĐ-UBND" || revoked["revoked_on"] != "2025-09-30" {
		t.Errorf("the revoked product is exported as %v", revoked)
	}
	var history []map[string]any
	for _, c := range tables["certificates"] {
		if c["product"] == "bo-am-chen-men-ran-bat-trang" {
			history = append(history, c)
		}
	}
	if len(history) != 2 || history[0]["decision_date"] != "2020-11-20" || history[0]["status"] != "superseded" ||
		history[0]["current"] != false || history[0]["stars"] != 3.0 || history[1]["current"] != true || history[1]["status"] != "valid" {
		t.Errorf("the certificates of a re-certified product: %v", history)
	}
	if n, want := len(tables["certificates"]), len(tables["products"])+1; n != want {
		t.Errorf("%d certificates, want one per product and one earlier one: %d", n, want)
	}
	for _, sp := range tables["sales_points"] {
		for _, p := range sp["products"].([]any) {
			if find(tables["products"], "slug", p.(string)) == nil {
				t.Errorf("sales point %v sells %v, which is no product", sp["slug"], p)
			}
		}
	}

	page, ok := site.File("du-lieu/index.html")
	if !ok {
		t.Fatal("the data page du-lieu/index.html was not built")
	}
	for file, header := range headers {
		for _, ext := range []string{".json", ".csv"} {
			if !bytes.Contains(page, []byte(`href="/du-lieu/`+file+ext+`"`)) {
				t.Errorf("the data page does not link du-lieu/%s%s", file, ext)
			}
		}
		for _, h := range header {
			if !bytes.Contains(page, []byte("<td>"+h+"</td>")) {
				t.Errorf("the data page does not name the column %q of %s.csv", h, file)
			}
		}
	}
	if !bytes.Contains(page, []byte("Giấy phép")) {
		t.Error("the data page says nothing of the licence")
	}
}

// find returns the record whose key has the value, or nil.
func find(rows []map[string]any, key, value string) map[string]any {
	i := slices.IndexFunc(rows, func(r map[string]any) bool { return r[key] == value })
	if i < 0 {
		return nil
	}
	return rows[i]
}
