package render

import (
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/load"
	theme "github.com/ocopgen/ocopgen/themes/default"
)

// TestDataTables: each table of the open data makes rows of the type its
// columns are read from, as many as it says, and every column has a
// Vietnamese CSV name and a meaning in both languages.
func TestDataTables(t *testing.T) {
	cat, probs := load.Load(load.NFC(os.DirFS("../..")), load.Options{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	if err := probs.Err(); err != nil {
		t.Fatal(err)
	}
	r, err := New(cat, theme.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, table := range dataTables {
		rows := reflect.ValueOf(table.rows(r))
		if rows.Type().Elem() != table.row {
			t.Errorf("%s: rows of %s, columns read from %s", table.Slug, rows.Type().Elem(), table.row)
		}
		if rows.Len() != table.count(cat) || rows.Len() == 0 {
			t.Errorf("%s: %d rows, the data page says %d", table.Slug, rows.Len(), table.count(cat))
		}
		for _, c := range columns(table.row) {
			name, ok := csvNames[c.Key]
			if !ok {
				t.Errorf("%s: column %q has no Vietnamese name in csvNames", table.Slug, c.Key)
			}
			if other, dup := names[name]; dup && other != c.Key {
				t.Errorf("the CSV name %q is of both %q and %q", name, other, c.Key)
			}
			names[name] = c.Key
			for _, lang := range []string{"vi", "en"} {
				if uiStrings[lang]["col."+c.Key] == "" {
					t.Errorf("%s: column %q has no meaning (col.%s) in %s", table.Slug, c.Key, c.Key, lang)
				}
			}
		}
	}
	for key := range csvNames {
		if _, ok := names[csvNames[key]]; !ok {
			t.Errorf("csvNames names %q, which no table has", key)
		}
	}
}
