package quality

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/ocopgen/ocopgen/internal/headless"
)

// widths are the window widths every page is checked at: a laptop and a
// phone.
var widths = []int64{1280, 375}

// axePage is a page to check, and how to know it is ready.
type axePage struct {
	name, url string
	ready     string // a JavaScript condition, "" when the page is ready once loaded
}

// axePages lists a page of each kind of the built site in dir. Where a kind
// has many pages it takes the largest (the one showing the most fields),
// so that the choice follows the catalogue without naming its records.
func axePages(t *testing.T, dir string) []axePage {
	t.Helper()
	largest := func(pattern string) string {
		matches, _ := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
		best, size := "", int64(-1)
		for _, m := range matches {
			if fi, err := os.Stat(m); err == nil && fi.Size() > size {
				best, size = m, fi.Size()
			}
		}
		if best == "" {
			t.Fatalf("no page %s in the built example", pattern)
		}
		rel, _ := filepath.Rel(dir, best)
		return "/" + strings.TrimSuffix(filepath.ToSlash(rel), "index.html")
	}
	return []axePage{
		{"home", "/", ""},
		{"product", largest("san-pham/*/index.html"), ""},
		{"district", largest("quan-huyen/*/index.html"), ""},
		{"tier", largest("hang-sao/*/index.html"), ""},
		{"group", largest("nhom/*/index.html"), ""},
		{"district by tier", largest("quan-huyen/*/*-sao/index.html"), ""},
		{"group by tier", largest("nhom/*/*-sao/index.html"), ""},
		{"tourism by tier", largest("du-lich/*/*-sao/index.html"), ""},
		{"tourism", largest("du-lich/*/index.html"), ""},
		{"sales point", largest("diem-ban/*/index.html"), ""},
		{"story", largest("tin-tuc/*/index.html"), ""},
		{"producer", largest("chu-the/*/index.html"), ""},
		{"commune", largest("xa-phuong/*/index.html"), ""},
		{"producer index", "/chu-the/", ""},
		{"commune index", "/xa-phuong/", ""},
		{"all products", "/san-pham/", ""},
		{"district index", "/quan-huyen/", ""},
		{"stories", "/tin-tuc/", ""},
		{"statistics", "/thong-ke/", ""},
		{"search", "/tim-kiem/?q=gom",
			`document.getElementById("search-status").textContent !== "" && !document.getElementById("search").hidden && document.querySelectorAll("#search-results > li").length > 0`},
		{"not found", "/404.html", ""},
	}
}

// violation is a rule axe-core found broken, with the elements breaking it.
type violation struct {
	ID, Impact, Help string
	Nodes            []struct{ Target, Summary string }
}

func (v violation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for _, n := range v.Nodes {
		fmt.Fprintf(&b, "\n\t\t%s\n\t\t\t%s", n.Target, strings.ReplaceAll(n.Summary, "\n", "\n\t\t\t"))
	}
	return b.String()
}

// axeRun runs axe-core on the document with the given options and returns
// the violations in a form Go decodes.
func axeRun(options string) string {
	return `axe.run(document, ` + options + `).then(r => r.violations.map(v => ({
  ID: v.id, Impact: v.impact || "", Help: v.help,
  Nodes: v.nodes.map(n => ({Target: n.target.map(String).join(" "), Summary: n.failureSummary || ""})),
})))`
}

var (
	// wcagRun checks every rule of WCAG 2.0 and 2.1, levels A and AA.
	wcagRun = axeRun(`{runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, resultTypes: ["violations"]}`)
	// landmarkRun checks the page's structure: landmarks, one main, one h1.
	// axe files these rules as best practice, not under a WCAG level.
	landmarkRun = axeRun(`{runOnly: {type: "rule", values: ["region", "landmark-one-main", "landmark-unique",
  "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main",
  "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level", "landmark-main-is-top-level",
  "page-has-heading-one", "bypass", "skip-link"]}, resultTypes: ["violations"]}`)
)

// focusStop describes the element the Tab key reached.
type focusStop struct {
	Tag, Text, Href string
	Outline, Shadow string
	OutlineWidth    float64
	Visible, Skip   bool
	Body            bool // the focus left the page
}

const readFocus = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return {Body: true};
  const s = getComputedStyle(e), r = e.getBoundingClientRect();
  return {
    Tag: e.tagName.toLowerCase(), Text: (e.textContent || e.value || "").trim().slice(0, 40), Href: e.getAttribute("href") || "",
    Outline: s.outlineStyle, OutlineWidth: parseFloat(s.outlineWidth) || 0, Shadow: s.boxShadow,
    Visible: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    Skip: e.classList.contains("skip"),
  };
})()`

// TestAccessibility checks a page of each kind with axe-core at each width,
// in both languages, then what axe cannot see: the language, the skip
// link, a visible focus on every stop of the Tab key, and no sideways
// scrolling.
func TestAccessibility(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(nodeModule(t, "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	axeSource := string(b)
	inBothLanguages(t, func(t *testing.T, lang, dir string) { accessibility(t, axeSource, lang, dir) })
}

// accessibility checks the built site in dir, in the language lang, in a
// browser of its own.
func accessibility(t *testing.T, axeSource, lang, dir string) {
	ctx := browser(t)
	base := serve(t, dir)
	for _, width := range widths {
		for _, p := range axePages(t, dir) {
			t.Run(fmt.Sprintf("%s/%d", p.name, width), func(t *testing.T) {
				steps := []chromedp.Action[chromedp.Void]{
					chromedp.EmulateViewport(width, 900),
					chromedp.Navigate(base + p.url),
				}
				if p.ready != "" {
					steps = append(steps, until(p.ready))
				}
				steps = append(steps, headless.Void(chromedp.Evaluate[chromedp.Void](axeSource)))
				if err := chromedp.Do(ctx, steps...); err != nil {
					t.Fatalf("%s: %v", p.url, err)
				}
				for _, run := range []string{wcagRun, landmarkRun} {
					vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]violation](run, chromedp.EvalAwaitPromise))
					if err != nil {
						t.Fatalf("%s: axe: %v", p.url, err)
					}
					for _, v := range vs {
						t.Errorf("%s at %d px: %s", p.url, width, v)
					}
				}
				checkPage(t, ctx, p.url, lang, width)
				if lang == "vi" { // the same templates and styles in English
					checkFocus(t, ctx, p.url, width)
				}
			})
		}
	}
}

// checkPage checks the language of the page and that it fits the width.
func checkPage(t *testing.T, ctx context.Context, url, lang string, width int64) {
	t.Helper()
	type facts struct {
		Lang        string
		ScrollWidth int64
	}
	f, err := chromedp.Run(ctx, chromedp.Evaluate[facts](`({Lang: document.documentElement.lang, ScrollWidth: document.documentElement.scrollWidth})`))
	if err != nil {
		t.Fatal(err)
	}
	if f.Lang != lang {
		t.Errorf("%s: <html lang=%q>, want %q (ocopgen.toml: language = %q)", url, f.Lang, lang, lang)
	}
	if f.ScrollWidth > width {
		t.Errorf("%s: the page is %d px wide in a %d px window: it scrolls sideways", url, f.ScrollWidth, width)
	}
}

// maxStops bounds the walk through a page with the Tab key.
const maxStops = 400

// checkFocus presses Tab through the page from its start. The first stop
// must be the skip link, shown on screen; every stop must be on screen
// with a focus indicator (an outline of at least 2 px or a box shadow).
// Then Enter on the skip link must move the focus to <main>.
func checkFocus(t *testing.T, ctx context.Context, url string, width int64) {
	t.Helper()
	// Start from the top of the page, focus nowhere. Scrolling is made
	// instant, so that a focused element is on screen at once and not at the
	// end of a smooth scroll.
	start := `document.documentElement.style.scrollBehavior = "auto";
document.activeElement && document.activeElement.blur();
window.scrollTo(0, 0)`
	if err := chromedp.Do(ctx, headless.Void(chromedp.Evaluate[chromedp.Void](start))); err != nil {
		t.Fatal(err)
	}
	var first focusStop
	seen := 0
	for i := range maxStops {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			t.Fatal(err)
		}
		s, err := chromedp.Run(ctx, chromedp.Evaluate[focusStop](readFocus))
		if err != nil {
			t.Fatal(err)
		}
		if s.Body || (i > 0 && s.Skip) {
			break // out of the page, or round to its start again
		}
		seen++
		if i == 0 {
			first = s
		}
		what := fmt.Sprintf("<%s href=%q> %q", s.Tag, s.Href, s.Text)
		if !s.Visible {
			t.Errorf("%s at %d px: Tab stop %d, %s, is not on screen when focused", url, width, i+1, what)
		}
		if (s.Outline == "none" || s.OutlineWidth < 2) && (s.Shadow == "" || s.Shadow == "none") {
			t.Errorf("%s at %d px: Tab stop %d, %s, shows no focus (outline %s %gpx, box-shadow %s)", url, width, i+1, what, s.Outline, s.OutlineWidth, s.Shadow)
		}
	}
	if !first.Skip || first.Href != "#main" {
		t.Errorf("%s at %d px: the first Tab stop is <%s href=%q> %q, want the skip link to #main", url, width, first.Tag, first.Href, first.Text)
		return
	}
	if seen < 2 {
		t.Errorf("%s at %d px: only %d Tab stop(s)", url, width, seen)
	}
	// Back to the skip link, and follow it.
	err := chromedp.Do(ctx,
		headless.Void(chromedp.Evaluate[chromedp.Void](`document.querySelector("a.skip").focus()`)),
		chromedp.KeyEvent(kb.Enter),
		until(`location.hash === "#main"`),
	)
	if err != nil {
		t.Fatalf("%s: following the skip link: %v", url, err)
	}
	tag, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`))
	if err != nil {
		t.Fatal(err)
	}
	if tag != "main" {
		t.Errorf("%s at %d px: after the skip link the focus is on #%s, want #main", url, width, tag)
	}
}
