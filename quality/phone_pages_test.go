package quality

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// minTarget is the least size of a target, in CSS px, by WCAG 2.2's
// success criterion 2.5.8 (Target Size, Minimum, level AA).
const minTarget = 24

// target is an element a visitor taps, as the phone test reads it.
type target struct {
	What                     string // tag, class and text, to name it in a message
	Left, Top, Right, Bottom float64
	Inline                   bool // a link in running text, exempt by 2.5.8
}

func (t target) String() string {
	return fmt.Sprintf("%s (%.0f×%.0f at %.0f,%.0f)", t.What, t.Right-t.Left, t.Bottom-t.Top, t.Left, t.Top)
}

func (t target) small() bool { return t.Right-t.Left < minTarget || t.Bottom-t.Top < minTarget }

func (t target) center() (x, y float64) { return (t.Left + t.Right) / 2, (t.Top + t.Bottom) / 2 }

// distance is how far the point (x, y) is from the target's box.
func (t target) distance(x, y float64) float64 {
	dx := max(t.Left-x, 0, x-t.Right)
	dy := max(t.Top-y, 0, y-t.Bottom)
	return dx*dx + dy*dy // squared
}

type phonePage struct {
	ScrollWidth, InnerWidth float64
	Targets                 []target
	Buy, Certificate        float64  // y of the headings of where to buy and of the certificate, -1 if absent
	Results                 []string // on the search page: the language of each result's name
}

// readPhonePage reads the targets a visitor can reach on the page as
// shown: links, buttons, menu buttons and form fields that are painted
// and on the page (not the skip link waiting off screen, nor the links of
// a closed menu). A link is inline when it is laid out inline in a
// paragraph that has words of its own besides its links, as a link of a
// sentence has: a row of links with separators is not running text.
const readPhonePage = `(() => {
  // Running text: words outside its links, not only separators.
  const prose = block => {
    let text = "";
    const walk = n => {
      for (const c of n.childNodes) {
        if (c.nodeType === Node.TEXT_NODE) text += c.data;
        else if (c.nodeType === Node.ELEMENT_NODE && !c.matches("a[href]")) walk(c);
      }
    };
    walk(block);
    return /\p{L}{2,}/u.test(text);
  };
  const targets = [];
  for (const e of document.querySelectorAll("a[href], button, summary, input:not([type=hidden]), select, textarea")) {
    if (!e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= 0 || r.bottom + scrollY <= 0) continue;
    const block = e.closest("p, .prose");
    const inline = e.tagName === "A" && getComputedStyle(e).display === "inline" && block !== null && prose(block);
    const what = e.tagName.toLowerCase() + (e.className ? "." + e.className : "") + " " +
      JSON.stringify((e.textContent || e.getAttribute("aria-label") || e.name || "").trim().slice(0, 40));
    targets.push({What: what, Left: r.left, Top: r.top + scrollY, Right: r.right, Bottom: r.bottom + scrollY, Inline: inline});
  }
  const y = id => { const h = document.getElementById(id); return h ? h.getBoundingClientRect().top + scrollY : -1; };
  return {ScrollWidth: document.documentElement.scrollWidth, InnerWidth: innerWidth, Targets: targets,
    Buy: y("h-buy"), Certificate: y("h-cert"),
    Results: Array.from(document.querySelectorAll("#search-results > li > a"), a => a.closest("[lang]").lang)};
})()`

// TestPhonePages opens a page of each kind (axePages) at 375×667, in both
// languages: none scrolls sideways; every target is at least 24×24 CSS px,
// or has the room WCAG 2.5.8 asks of a smaller one (a 24 px circle centred
// on it meets no other target and no other small target's circle), links
// inside running text being exempt; on the product page, where to buy
// comes before the certificate's details; and on the search page, the
// names of the results (Vietnamese) are marked lang="vi" in English.
func TestPhonePages(t *testing.T) {
	t.Parallel()
	onPhone(t, 5*time.Minute, func(t *testing.T, ctx context.Context, lang, dir, base string) {
		for _, p := range axePages(t, dir) {
			t.Run(p.name, func(t *testing.T) {
				actions := []chromedp.Action[chromedp.Void]{chromedp.EmulateViewport(phoneWidth, phoneHeight), chromedp.Navigate(base + p.url)}
				if p.ready != "" {
					actions = append(actions, until(p.ready))
				}
				if err := chromedp.Do(ctx, actions...); err != nil {
					t.Fatal(err)
				}
				s, err := chromedp.Run(ctx, chromedp.Evaluate[phonePage](readPhonePage))
				if err != nil {
					t.Fatal(err)
				}
				checkPhonePage(t, lang, p, s)
			})
		}
	})
}

func checkPhonePage(t *testing.T, lang string, p axePage, s phonePage) {
	t.Helper()
	if s.ScrollWidth > s.InnerWidth {
		t.Errorf("%s: the page is %.0f px wide in a %.0f px window: it scrolls sideways", p.url, s.ScrollWidth, s.InnerWidth)
	}
	if len(s.Targets) == 0 {
		t.Fatalf("%s: no target found on the page", p.url)
	}
	small, inline := 0, 0
	for _, a := range s.Targets {
		if a.Inline {
			inline++
		} else if a.small() {
			small++
		}
	}
	t.Logf("%s: %d targets, %d smaller than %d px with room around them, %d in running text", p.url, len(s.Targets), small, minTarget, inline)
	for _, c := range crowded(s.Targets) {
		t.Errorf("%s: %v is smaller than %d px and too close to %v", p.url, c[0], minTarget, c[1])
	}
	if p.name == "search" {
		if len(s.Results) == 0 {
			t.Errorf("%s: no result shown", p.url)
		}
		want := lang // the page's, for a catalogue written in Vietnamese
		if lang != "vi" {
			want = "vi"
		}
		for i, l := range s.Results {
			if l != want {
				t.Errorf("%s: result %d is marked lang=%q, want %q", p.url, i+1, l, want)
			}
		}
	}
	if p.name != "product" {
		return
	}
	t.Logf("%s: where to buy at y = %.0f, the certificate at y = %.0f", p.url, s.Buy, s.Certificate)
	switch {
	case s.Buy < 0:
		t.Errorf("%s: no heading of where to buy (#h-buy)", p.url)
	case s.Certificate < 0:
		t.Errorf("%s: no heading of the certificate (#h-cert)", p.url)
	case s.Buy >= s.Certificate:
		t.Errorf("%s: where to buy (y = %.0f) comes after the certificate (y = %.0f)", p.url, s.Buy, s.Certificate)
	}
}

// crowded returns the targets smaller than 24 px that lack the room of
// WCAG 2.5.8's spacing exception, each with a target too close to it:
// the 24 px circle centred on it meets the other target, or the circle
// of another small target. Links in running text are exempt.
func crowded(ts []target) [][2]target {
	const r = minTarget / 2
	var out [][2]target
	for i, a := range ts {
		if a.Inline || !a.small() {
			continue
		}
		x, y := a.center()
		for j, b := range ts {
			if i == j {
				continue
			}
			bx, by := b.center()
			meets := b.distance(x, y) < r*r
			if b.small() && !b.Inline {
				meets = meets || (x-bx)*(x-bx)+(y-by)*(y-by) < (2*r)*(2*r)
			}
			if meets {
				out = append(out, [2]target{a, b})
				break
			}
		}
	}
	return out
}

// TestCrowdedTargets checks the geometry of the spacing exception on
// targets laid out by hand.
func TestCrowdedTargets(t *testing.T) {
	box := func(what string, x, y, w, h float64) target {
		return target{What: what, Left: x, Top: y, Right: x + w, Bottom: y + h}
	}
	for _, c := range []struct {
		name    string
		targets []target
		want    int // crowded targets
	}{
		{"big, side by side", []target{box("a", 0, 0, 24, 24), box("b", 24, 0, 24, 24)}, 0},
		{"small, 24 px apart centre to centre", []target{box("a", 0, 0, 20, 20), box("b", 24, 0, 20, 20)}, 0},
		{"small, 20 px apart centre to centre", []target{box("a", 0, 0, 16, 16), box("b", 20, 0, 16, 16)}, 2},
		{"small next to a big one", []target{box("a", 0, 0, 40, 16), box("b", 0, 18, 40, 30)}, 1},
		{"small, well apart", []target{box("a", 0, 0, 40, 16), box("b", 0, 40, 40, 16)}, 0},
		{"small by a link in running text", []target{{What: "a", Right: 30, Bottom: 16, Inline: true}, box("b", 32, 0, 16, 16)}, 1},
	} {
		if got := len(crowded(c.targets)); got != c.want {
			t.Errorf("%s: %d crowded targets, want %d", c.name, got, c.want)
		}
	}
}
