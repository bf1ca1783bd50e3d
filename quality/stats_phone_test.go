package quality

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// statsLayout is what the statistics test reads of the page.
type statsLayout struct {
	Charts      int     // figures with a chart
	Tables      int     // figures whose "Show table" disclosure holds a table with a caption and th scope
	Smallest    float64 // the smallest label of a chart, in rendered px
	SmallestOf  string  // its text
	Labels      int     // the labels measured
	ScrollWidth float64 // with every table opened
	Width       float64
	Scripts     int // script elements inside charts
}

// A label's rendered size is its font size in view box units scaled by
// how wide the SVG is drawn against its view box.
const readStats = `(() => {
  const figs = Array.from(document.querySelectorAll("main figure.chart"));
  let smallest = Infinity, of = "", labels = 0, tables = 0, scripts = 0;
  for (const f of figs) {
    for (const svg of f.querySelectorAll("svg")) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll("text")) {
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        labels++;
        if (px < smallest) { smallest = px; of = t.textContent; }
      }
      scripts += svg.querySelectorAll("script").length;
    }
    const d = f.querySelector("details");
    const s = d && d.querySelector("summary");
    const table = d && d.querySelector("table");
    if (s && table && table.querySelector("caption") && table.querySelector("th[scope=col]") &&
        table.querySelector("th[scope=row]") && s.checkVisibility()) tables++;
  }
  for (const d of document.querySelectorAll("main details")) d.open = true;
  return {Charts: figs.length, Tables: tables, Smallest: smallest, SmallestOf: of, Labels: labels,
    ScrollWidth: document.documentElement.scrollWidth, Width: innerWidth, Scripts: scripts};
})()`

// TestStatsPhone opens the statistics page at 375×667 in both languages:
// every chart has its visible "Show table" disclosure with a real table
// (caption, th scope), every label of the charts is drawn at least 12 px
// tall, and with every table opened the page does not scroll sideways.
func TestStatsPhone(t *testing.T) {
	t.Parallel()
	onPhone(t, 2*time.Minute, func(t *testing.T, ctx context.Context, lang, dir, base string) {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight), chromedp.Navigate(base+"/thong-ke/")); err != nil {
			t.Fatal(err)
		}
		s, err := chromedp.Run(ctx, chromedp.Evaluate[statsLayout](readStats))
		if err != nil {
			t.Fatal(err)
		}
		// By tier, by district, by group, per year, valid at each year's end.
		if s.Charts != 5 {
			t.Errorf("%d charts, want 5", s.Charts)
		}
		if s.Tables != s.Charts {
			t.Errorf("%d of %d charts have a visible table (summary, caption, th scope)", s.Tables, s.Charts)
		}
		if s.Labels == 0 || s.Smallest < 12 {
			t.Errorf("the smallest of %d labels (%q) is drawn %.1f px tall, want at least 12", s.Labels, s.SmallestOf, s.Smallest)
		}
		if s.ScrollWidth > s.Width {
			t.Errorf("with the tables open the page is %.0f px wide on a %.0f px screen", s.ScrollWidth, s.Width)
		}
		if s.Scripts != 0 {
			t.Errorf("%d scripts in the charts, want none", s.Scripts)
		}
		t.Logf("%s: %d charts, %d labels, smallest %.1f px (%q)", lang, s.Charts, s.Labels, s.Smallest, s.SmallestOf)
	})
}
