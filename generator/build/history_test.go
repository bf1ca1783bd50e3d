package build

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ocopgen/ocopgen/generator/output"
)

// TestHistoryAndRevokedPages: with the default theme, in both languages,
// a re-certified product's page lists each of its decisions and the
// timeline of its tier, the current one last; a revoked product's page says
// so with the revoking decision and its date, leaves the award out of its
// JSON-LD, and its card in a listing carries the badge.
func TestHistoryAndRevokedPages(t *testing.T) {
	for lang, words := range map[string][]string{
		"vi": {"Lịch sử chứng nhận", "Đã thu hồi", "Quyết định thu hồi", "(hiện tại)"},
		"en": {"Certificate history", "Revoked", "Revoking decision", "(current)"},
	} {
		t.Run(lang, func(t *testing.T) {
			src := fstest.MapFS{
				"ocopgen.toml":           {Data: []byte("title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\nlanguage = \"" + lang + "\"\n")},
				"content/districts.toml": {Data: []byte("[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n")},
				"content/products/gom.toml": {Data: []byte(`name = "Gốm"
group = "thu-cong-my-nghe"
stars = 4
district = "gia-lam"
producer = "HTX Gốm"
[certificate]
decision_no = "3100/QĐ-UBND"
decision_date = 2025-06-10
[[certificate_history]]
decision_no = "120/QĐ-UBND"
decision_date = 2019-03-01
level = "district"
stars = 3
`)},
				"content/products/mut.toml": {Data: []byte(`name = "Mứt"
group = "thuc-pham"
stars = 3
district = "gia-lam"
producer = "HTX Mứt"
[certificate]
decision_no = "300/QĐ-UBND"
decision_date = 2024-06-01
revoked_by = "456/QĐ-UBND"
revoked_on = 2025-02-03
`)},
			}
			site := output.NewMemory()
			res, err := Build(context.Background(), src, site, Options{Today: exampleDate})
			if err != nil {
				t.Fatalf("%v\n%s", err, problemsText(res))
			}
			page := func(name string) string {
				b, ok := site.File(name)
				if !ok {
					t.Fatalf("%s was not built", name)
				}
				return string(b)
			}
			gom := page("san-pham/gom/index.html")
			history := gom[strings.Index(gom, `id="h-history"`):]
			if !strings.Contains(gom, words[0]) || !strings.Contains(history, `<time datetime="2019-03-01">2019</time>`) ||
				strings.Index(history, "120/QĐ-UBND") > strings.Index(history, "3100/QĐ-UBND") || !strings.Contains(history, words[3]) {
				t.Errorf("the history of a re-certified product:\n%s", history)
			}
			mut := page("san-pham/mut/index.html")
			if !strings.Contains(mut, `class="revoked-notice"`) || !strings.Contains(mut, "<strong>456/QĐ-UBND</strong>") ||
				!strings.Contains(mut, `datetime="2025-02-03"`) || !strings.Contains(mut, words[1]) || !strings.Contains(mut, words[2]) {
				t.Errorf("the page of a revoked product does not say so with the decision and date:\n%s", mut)
			}
			if ld := mut[strings.Index(mut, "application/ld+json"):]; strings.Contains(ld[:strings.Index(ld, "</script>")], `"award"`) {
				t.Errorf("a revoked product keeps its JSON-LD award: %s", ld[:strings.Index(ld, "</script>")])
			}
			if strings.Contains(gom, `class="revoked-notice"`) {
				t.Error("a product in force shows the revoked notice")
			}
			if list := page("hang-sao/3-sao/index.html"); !strings.Contains(list, `<span class="badge revoked">`+words[1]+`</span>`) {
				t.Errorf("the card of a revoked product has no badge:\n%s", list)
			}
		})
	}
}
