package quality

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/ocopgen/ocopgen/internal/headless"
	"github.com/ocopgen/ocopgen/internal/headlesstest"
)

// The phone's window of the header's test: an iPhone SE.
const phoneWidth, phoneHeight = 375, 667

// phonePages are the pages of each kind the header's test opens, with
// the navigation entry they mark ("" for none) and how: "page" on the
// entry's own page, "true" on the other pages of its section.
var phonePages = []struct{ url, current, mark string }{
	{"/", "", ""},
	{"/san-pham/", "/san-pham/", "page"},
	{"/san-pham/banh-chung-tranh-khuc/", "/san-pham/", "true"},
	{"/quan-huyen/", "/quan-huyen/", "page"},
	{"/quan-huyen/gia-lam/", "/quan-huyen/", "true"},
	{"/quan-huyen/gia-lam/5-sao/", "/quan-huyen/", "true"},
	{"/chu-the/", "/chu-the/", "page"},
	{"/xa-phuong/bat-trang/", "/xa-phuong/", "true"},
	{"/tim-kiem/", "", ""},
	{"/thong-ke/", "/thong-ke/", "page"},
}

// menuLink is what the test reads of a link of the main navigation.
type menuLink struct {
	Href, Current     string
	Top, Bottom, Left float64
	Right, Height     float64
	Shown             bool // painted: not in a closed menu, not hidden
	Visible           bool // on screen, whole
}

type menuState struct {
	Links       []menuLink
	Summary     int // buttons that open the menu
	Searches    int // search entries of the header: boxes and links to the search page
	HeaderH     float64
	ScrollWidth float64
}

const readMenu = `(() => {
  const nav = document.querySelector(".site-header nav");
  const links = Array.from(nav.querySelectorAll("a")).map(a => {
    const r = a.getBoundingClientRect();
    const shown = a.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true});
    return {Href: a.getAttribute("href"), Current: a.getAttribute("aria-current") || "",
      Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right, Height: r.height, Shown: shown,
      Visible: shown && r.height > 0 && r.top >= 0 && r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight};
  });
  const header = document.querySelector(".site-header");
  return {Links: links,
    Summary: header.querySelectorAll("summary").length,
    Searches: header.querySelectorAll("form[role=search]").length + header.querySelectorAll('a[href$="/tim-kiem/"]').length,
    HeaderH: header.getBoundingClientRect().height,
    ScrollWidth: document.documentElement.scrollWidth};
})()`

// onPhone runs f in both languages (inBothLanguages) with the example
// built into dir and served at base, and a browser whose window is the
// phone's, for at most timeout.
func onPhone(t *testing.T, timeout time.Duration, f func(t *testing.T, ctx context.Context, lang, dir, base string)) {
	inBothLanguages(t, func(t *testing.T, lang, dir string) {
		f(t, headlesstest.Start(t, phoneWidth, phoneHeight, timeout), lang, dir, serve(t, dir))
	})
}

// TestPhoneHeader opens pages of each kind at 375×667, in both languages:
// the menu is folded behind one button, and once it is opened every link
// of it is on screen, at least 24 px tall, the current section marked
// (aria-current="page" on its index, "true" on its other pages); the
// closed header is two rows at most 100 px tall with at most one search
// entry, and the page does not scroll sideways.
func TestPhoneHeader(t *testing.T) {
	t.Parallel()
	onPhone(t, 3*time.Minute, func(t *testing.T, ctx context.Context, lang, dir, base string) {
		for _, p := range phonePages {
			t.Run(p.url, func(t *testing.T) { phoneHeader(t, ctx, base, p.url, p.current, p.mark) })
		}
	})
}

func phoneHeader(t *testing.T, ctx context.Context, base, url, current, mark string) {
	err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight), chromedp.Navigate(base+url))
	if err != nil {
		t.Fatal(err)
	}
	closed := readMenuState(t, ctx)
	if closed.Summary != 1 {
		t.Fatalf("%s: the header has %d menu buttons (<summary>), want 1", url, closed.Summary)
	}
	for _, l := range closed.Links {
		if l.Shown {
			t.Errorf("%s: %s is shown before the menu is opened", url, l.Href)
		}
	}
	if closed.Searches > 1 {
		t.Errorf("%s: the header has %d search entries, want one", url, closed.Searches)
	}
	// Two rows of 40 px targets, with their padding: the brand on one
	// line and the button, then the search box.
	if closed.HeaderH > 100 {
		t.Errorf("%s: the closed header is %.0f px tall, want at most 100", url, closed.HeaderH)
	}
	err = chromedp.Do(ctx, headless.Void(chromedp.Evaluate[chromedp.Void](`document.querySelector(".site-header summary").click()`)),
		until(`document.querySelector(".site-header details").open`))
	if err != nil {
		t.Fatalf("%s: opening the menu: %v", url, err)
	}
	open := readMenuState(t, ctx)
	if len(open.Links) < 10 {
		t.Fatalf("%s: %d links in the menu, want the 10 listings", url, len(open.Links))
	}
	marked, how := "", ""
	for _, l := range open.Links {
		if !l.Visible {
			t.Errorf("%s: with the menu open, %s is not on screen (%.0f,%.0f–%.0f,%.0f)", url, l.Href, l.Left, l.Top, l.Right, l.Bottom)
		}
		if l.Height < 24 {
			t.Errorf("%s: %s is %.0f px tall, want at least 24", url, l.Href, l.Height)
		}
		if l.Current != "" {
			marked += l.Href
			how += l.Current
		}
	}
	if want := base + current; current != "" && (marked != current && marked != want || how != mark) {
		t.Errorf("%s: the menu marks %q with aria-current=%q, want %q with %q", url, marked, how, current, mark)
	}
	if current == "" && marked != "" {
		t.Errorf("%s: the menu marks %q as current, want none", url, marked)
	}
	if open.ScrollWidth > phoneWidth {
		t.Errorf("%s: the page is %.0f px wide in a %d px window: it scrolls sideways", url, open.ScrollWidth, phoneWidth)
	}
}

func readMenuState(t *testing.T, ctx context.Context) menuState {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[menuState](readMenu))
	if err != nil {
		t.Fatal(fmt.Errorf("reading the header: %w", err))
	}
	return s
}

// layoutShift sums the page's layout shifts so far (the Cumulative
// Layout Shift of the Web Vitals, without input).
const layoutShift = `new Promise(done => {
  let sum = 0;
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
    done(sum);
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(sum), 300); // no shift: the observer never calls back
})`

// TestSearchLayoutShift loads the search page with a query on a phone,
// three times: nothing on it moves while its form and results appear.
func TestSearchLayoutShift(t *testing.T) {
	t.Parallel()
	base := serve(t, example(t))
	ctx := headlesstest.Start(t, phoneWidth, phoneHeight, 2*time.Minute)
	for range 3 {
		err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight), chromedp.Navigate(base+"/tim-kiem/?q=gom"),
			until(`document.getElementById("search-results").children.length > 0`))
		if err != nil {
			t.Fatal(err)
		}
		cls, err := chromedp.Run(ctx, chromedp.Evaluate[float64](layoutShift, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		if cls > 0.01 {
			t.Errorf("/tim-kiem/?q=gom at %d px: layout shift %.3f while the results appear, want none", phoneWidth, cls)
		}
	}
}
