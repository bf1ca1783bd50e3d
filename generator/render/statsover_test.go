package render

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/ocopgen/ocopgen/generator/stats"
)

// TestStatsPage: on the example, the tier chart starts at 5 stars, a
// district with no product gets no bar but a place in the "0 sản phẩm"
// line, and the per-year table gives the figures package stats computes
// (its own test checks those against hand-counted records).
func TestStatsPage(t *testing.T) {
	r, c := exampleRenderer(t, nil)
	html := render(t, pagesByURL(r)["/thong-ke/"])
	tier := html[strings.Index(html, `id="theo-hang-sao"`):]
	if i, j := strings.Index(tier, "/hang-sao/5-sao/"), strings.Index(tier, "/hang-sao/3-sao/"); i < 0 || j < i {
		t.Errorf("the tier chart does not start at 5 stars")
	}
	zero := regexp.MustCompile(`<p class="zero">0 sản phẩm: ([^<]*)\.</p>`).FindStringSubmatch(html)
	empty := 0
	for _, d := range c.Districts {
		if len(c.DistrictProducts(d)) == 0 {
			empty++
			if zero == nil || !strings.Contains(zero[1], d.Name) {
				t.Errorf("%s has no product and is not in the zero line", d.Name)
			}
			if strings.Contains(html, `aria-label="`+d.Name+`: 0 `) {
				t.Errorf("%s has a zero bar", d.Name)
			}
		}
	}
	if empty == 0 {
		t.Fatal("the example has no district without products: the test checks nothing")
	}
	f := stats.Compute(c.Products, c.Today)
	if len(f.Years) == 0 {
		t.Fatal("no year of certification in the example")
	}
	for _, y := range f.Years {
		row := fmt.Sprintf(`<tr><th scope="row">%d</th><td>%d</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td></tr>`,
			y.Year, y.Certified[3], y.Certified[2], y.Certified[1], y.Certified[0], y.Total())
		if !strings.Contains(html, row) {
			t.Errorf("no table row %s", row)
		}
	}
	if n := strings.Count(html, "<summary>Xem bảng</summary>"); n != 5 {
		t.Errorf("%d tables, want 5", n)
	}
}
