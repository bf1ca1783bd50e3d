package quality

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/internal/headless"
	"github.com/ocopgen/ocopgen/internal/headlesstest"
)

// searchReady holds once the search page has answered its form: the form
// shown, the status line written.
const searchReady = `document.getElementById("search-status").textContent !== "" && !document.getElementById("search").hidden`

// searchLayout is what the phone test reads of the search page: where
// the box and the first result are, and the facets' fold.
type searchLayout struct {
	BoxTop, BoxBottom     float64
	FirstTop, FirstBottom float64 // -1 without a result
	Results               int
	InnerHeight           float64
	Summary               string // the fold's button, its white space made single
	SummaryShown          bool
	Open                  bool // the fold is open
	FacetsShown           int  // facet fields painted
}

const readSearchLayout = `(() => {
  const shown = e => e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true});
  const box = document.getElementById("q").getBoundingClientRect();
  const items = document.querySelectorAll("#search-results > li");
  const first = items.length ? items[0].getBoundingClientRect() : {top: -1, bottom: -1};
  const fold = document.querySelector("#search details");
  const summary = fold.querySelector("summary");
  return {BoxTop: box.top, BoxBottom: box.bottom, FirstTop: first.top, FirstBottom: first.bottom,
    Results: items.length, InnerHeight: innerHeight,
    Summary: summary.textContent.replace(/\s+/g, " ").trim(), SummaryShown: shown(summary), Open: fold.open,
    FacetsShown: Array.from(fold.querySelectorAll("select")).filter(shown).length};
})()`

// focusWhere names the element that has the focus: "box", "status",
// "more" (the button showing more results), "result N" (the first link
// of the Nth result) or its tag.
const focusWhere = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return "body";
  if (e.id === "q") return "box";
  if (e.id === "search-status") return "status";
  if (e.id === "search-more") return "more";
  const links = Array.from(document.querySelectorAll("#search-results > li"), li => li.querySelector("a[href]"));
  const i = links.indexOf(e);
  return i >= 0 ? "result " + (i + 1) : e.tagName.toLowerCase();
})()`

// TestSearchPhone opens the search page at 375×667 in both languages
// with a query in the URL: the box and the first result are on the first
// screen, with no layout shift; the facets are folded behind one button
// that counts the facets set ("Lọc (0)", then "Lọc (1)" once a tier is
// chosen with the keyboard), and axe finds nothing wrong with the fold
// open. Then the keys: Enter or the button moves the focus to the first
// result (to the status line when there is none), ArrowDown and ArrowUp
// go through the results (from the box too, and on to the button showing
// more, which moves the focus to the first result it adds), Escape back
// to the box. At 1280 px the facets are open with no button, and "/"
// focuses the box from the page but types itself in a field.
func TestSearchPhone(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(nodeModule(t, "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, site := range languages {
		t.Run(site.lang, func(t *testing.T) {
			t.Parallel()
			base := serve(t, site.build(t))
			ctx := headlesstest.Start(t, phoneWidth, phoneHeight, 3*time.Minute)
			filter := render.UIStrings(site.lang)["searchFormFilter"]
			t.Run("first screen", func(t *testing.T) { searchFirstScreen(t, ctx, base, filter, string(b)) })
			t.Run("keys", func(t *testing.T) { searchKeys(t, ctx, base) })
			t.Run("wide", func(t *testing.T) { searchWide(t, ctx, base) })
		})
	}
}

// searchOpen loads a search URL in a window of the given size and waits
// for its answer.
func searchOpen(t *testing.T, ctx context.Context, url string, width, height int64) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height), chromedp.Navigate(url), until(searchReady))
	if err != nil {
		t.Fatalf("%s: %v", url, err)
	}
}

func readLayout(t *testing.T, ctx context.Context) searchLayout {
	t.Helper()
	l, err := chromedp.Run(ctx, chromedp.Evaluate[searchLayout](readSearchLayout))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func searchFirstScreen(t *testing.T, ctx context.Context, base, filter, axeSource string) {
	// No shift while the form and the answer appear: with no query (a
	// prompt of two lines), with a facet alone (its count on the fold's
	// button), and with the query the rest of the test reads.
	const url = "/tim-kiem/?q=banh+chung"
	for _, u := range []string{"/tim-kiem/", "/tim-kiem/?tier=4-sao", url} {
		searchOpen(t, ctx, base+u, phoneWidth, phoneHeight)
		cls, err := chromedp.Run(ctx, chromedp.Evaluate[float64](layoutShift, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		if cls != 0 {
			t.Errorf("%s: layout shift %.4f while the form and its answer appear, want 0", u, cls)
		}
	}
	l := readLayout(t, ctx)
	if l.Results == 0 {
		t.Fatalf("%s shows no result", url)
	}
	t.Logf("%s at %d×%d: box %.0f–%.0f, first result %.0f–%.0f", url, phoneWidth, phoneHeight, l.BoxTop, l.BoxBottom, l.FirstTop, l.FirstBottom)
	if l.BoxTop < 0 || l.BoxBottom > l.InnerHeight {
		t.Errorf("%s: the query box is at y %.0f–%.0f, outside the first screen (0–%.0f)", url, l.BoxTop, l.BoxBottom, l.InnerHeight)
	}
	if l.FirstTop < 0 || l.FirstBottom > l.InnerHeight {
		t.Errorf("%s: the first result is at y %.0f–%.0f, outside the first screen (0–%.0f)", url, l.FirstTop, l.FirstBottom, l.InnerHeight)
	}
	if want := filter + " (0)"; l.Summary != want || !l.SummaryShown {
		t.Errorf("%s: the facets' button says %q (shown: %v), want %q", url, l.Summary, l.SummaryShown, want)
	}
	if l.Open || l.FacetsShown != 0 {
		t.Errorf("%s: at %d px the facets are not folded (open: %v, %d fields shown)", url, phoneWidth, l.Open, l.FacetsShown)
	}

	// Open the fold and choose a tier with the keyboard: ArrowDown on the
	// closed list picks the first tier that has results.
	err := chromedp.Do(ctx,
		chromedp.Click("#search summary"),
		until(`document.querySelector("#search details").open`),
		chromedp.Focus("#f-tier"),
		keys(kb.ArrowDown),
		until(`new URLSearchParams(location.search).has("tier")`),
		until(searchReady),
	)
	if err != nil {
		t.Fatalf("%s: choosing a tier: %v", url, err)
	}
	l = readLayout(t, ctx)
	if want := filter + " (1)"; l.Summary != want {
		t.Errorf("%s: with a tier chosen the facets' button says %q, want %q", url, l.Summary, want)
	}
	if l.FacetsShown != 4 {
		t.Errorf("%s: the opened fold shows %d facets, want 4", url, l.FacetsShown)
	}
	// axe on the open fold, its button counting, the options their counts.
	if err := chromedp.Do(ctx, headless.Void(chromedp.Evaluate[chromedp.Void](axeSource))); err != nil {
		t.Fatal(err)
	}
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]violation](wcagRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe: %v", err)
	}
	for _, v := range vs {
		t.Errorf("%s at %d px with the facets open: %s", url, phoneWidth, v)
	}
}

// focusOn waits for the focus to be on the element focusWhere names so.
func focusOn(t *testing.T, ctx context.Context, after, want string) {
	t.Helper()
	if err := chromedp.Do(ctx, until(focusWhere+` === "`+want+`"`)); err != nil {
		got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](focusWhere))
		t.Fatalf("after %s the focus is on %s, want %s", after, got, want)
	}
}

// keys presses keys as a keyboard does. chromedp.KeyEvent sends the
// character of a key as an event of its own after the key's keydown, and
// Chromium then types it even when the page cancelled the keydown; here
// the character comes with the keydown, as Chromium reports a key of a
// keyboard, so that a page cancelling it (a shortcut) is obeyed.
func keys(s string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, r := range s {
			events := kb.Encode(r)
			for _, e := range events {
				if e.Type == kb.KeyChar {
					continue
				}
				if e.Type == kb.KeyDown && len(events) == 3 {
					e.Text, e.UnmodifiedText = events[1].Text, events[1].UnmodifiedText
				}
				if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, *e); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// press presses a key and waits for the focus to move.
func press(t *testing.T, ctx context.Context, key, name, want string) {
	t.Helper()
	if err := chromedp.Do(ctx, keys(key)); err != nil {
		t.Fatal(err)
	}
	focusOn(t, ctx, name, want)
}

func searchKeys(t *testing.T, ctx context.Context, base string) {
	searchOpen(t, ctx, base+"/tim-kiem/", phoneWidth, phoneHeight)
	if err := chromedp.Do(ctx, chromedp.Focus("#q"), keys("banh chung")); err != nil {
		t.Fatal(err)
	}
	press(t, ctx, kb.Enter, "typing banh chung and Enter", "result 1")
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#search-results > li").length`))
	if err != nil {
		t.Fatal(err)
	}
	if n < 2 {
		t.Fatalf("banh chung gives %d results, the test needs two", n)
	}
	press(t, ctx, kb.ArrowDown, "ArrowDown", "result 2")
	press(t, ctx, kb.ArrowUp, "ArrowUp", "result 1")
	press(t, ctx, kb.Escape, "Escape", "box")
	press(t, ctx, kb.ArrowDown, "ArrowDown in the box", "result 1")
	press(t, ctx, kb.ArrowUp, "ArrowUp on the first result", "box")

	// The button does as Enter does.
	if err := chromedp.Do(ctx, chromedp.Click(`#search button[type=submit]`)); err != nil {
		t.Fatal(err)
	}
	focusOn(t, ctx, "the search button", "result 1")

	// With no result, Enter goes to the status line, which says so.
	err = chromedp.Do(ctx, chromedp.Focus("#q"),
		headless.Void(chromedp.Evaluate[chromedp.Void](`document.getElementById("q").select()`)),
		keys("qqxqqxqqxqqx"))
	if err != nil {
		t.Fatal(err)
	}
	press(t, ctx, kb.Enter, "a query of no result and Enter", "status")
	press(t, ctx, kb.Escape, "Escape on the status line", "box")

	// Down from the last result shown, the button showing more; pressed,
	// the focus on the first result it adds.
	searchOpen(t, ctx, base+"/tim-kiem/?q=ha", phoneWidth, phoneHeight)
	n, err = chromedp.Run(ctx, chromedp.Evaluate[int](`document.getElementById("search-more").hidden ? 0 : document.querySelectorAll("#search-results > li").length`))
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("ha gives one page of results, the test needs more")
	}
	err = chromedp.Do(ctx, headless.Void(chromedp.Evaluate[chromedp.Void](`document.querySelector("#search-results > li:last-child a[href]").focus()`)))
	if err != nil {
		t.Fatal(err)
	}
	focusOn(t, ctx, "focusing the last result", fmt.Sprint("result ", n))
	press(t, ctx, kb.ArrowDown, "ArrowDown on the last result", "more")
	press(t, ctx, kb.ArrowUp, "ArrowUp on the button showing more", fmt.Sprint("result ", n))
	press(t, ctx, kb.ArrowDown, "ArrowDown on the last result", "more")
	press(t, ctx, kb.Enter, "Enter on the button showing more", fmt.Sprint("result ", n+1))
}

func searchWide(t *testing.T, ctx context.Context, base string) {
	const url = "/tim-kiem/?q=banh+chung"
	searchOpen(t, ctx, base+url, 1280, 800)
	l := readLayout(t, ctx)
	if l.SummaryShown || l.FacetsShown != 4 {
		t.Errorf("%s at 1280 px: the facets' button is shown: %v, %d facets shown, want no button and 4", url, l.SummaryShown, l.FacetsShown)
	}
	err := chromedp.Do(ctx, headless.Void(chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`)))
	if err != nil {
		t.Fatal(err)
	}
	press(t, ctx, "/", `"/" on the page`, "box")
	// In the box, "/" is a character like any other.
	if err := chromedp.Do(ctx, keys("/")); err != nil {
		t.Fatal(err)
	}
	v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#q")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(v, "banh chung/") || strings.Count(v, "/") != 1 {
		t.Errorf(`"/" on the page, then "/" in the box: the box holds %q, want "banh chung/"`, v)
	}
}
