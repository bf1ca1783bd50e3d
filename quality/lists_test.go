package quality

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// cardBox is what the listings' test reads of a product card.
type cardBox struct {
	Photo              bool // a photo, or the placeholder
	ImgW, ImgH         float64
	TitleH, ProducerH  float64
	TitleB, ProducerT  float64 // the title's bottom, the producer link's top
	HasTitle, Producer bool
}

type listingState struct {
	Cards       []cardBox
	ScrollWidth float64
}

const readCards = `(() => {
  const box = e => e ? e.getBoundingClientRect() : {width: 0, height: 0, top: 0, bottom: 0};
  const cards = Array.from(document.querySelectorAll(".card")).map(c => {
    const img = box(c.querySelector(".card-image")), title = c.querySelector(".card-title"),
      producer = c.querySelector(".card-producer a");
    return {Photo: !c.querySelector(".card-nophoto"), ImgW: img.width, ImgH: img.height,
      HasTitle: !!title, Producer: !!producer, TitleH: box(title).height, ProducerH: box(producer).height,
      TitleB: box(title).bottom, ProducerT: box(producer).top};
  });
  return {Cards: cards, ScrollWidth: document.documentElement.scrollWidth};
})()`

// listingPages are listings whose cards mix photos and placeholders.
var listingPages = []string{"/quan-huyen/gia-lam/", "/san-pham/"}

// TestPhoneListings opens listings at 375×667, in both languages: a card
// without a photo has a placeholder of the same size as a photo card's
// image, a thumbnail beside the text (at most 30% of the window's width,
// so that neither is a tall empty box), and each card has two tap targets at least 24 px tall and apart,
// its title and its producer; the page does not scroll sideways. On a
// window taller than the page not found, its footer ends at the window's
// bottom.
func TestPhoneListings(t *testing.T) {
	t.Parallel()
	onPhone(t, 3*time.Minute, func(t *testing.T, ctx context.Context, _, _, base string) {
		for _, url := range listingPages {
			err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight), chromedp.Navigate(base+url))
			if err != nil {
				t.Fatal(err)
			}
			s, err := chromedp.Run(ctx, chromedp.Evaluate[listingState](readCards))
			if err != nil {
				t.Fatal(err)
			}
			checkCards(t, url, s)
		}
		// The page not found is shorter than a window of twice the phone's.
		tall := int64(2 * phoneHeight)
		err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, tall), chromedp.Navigate(base+"/404.html"))
		if err != nil {
			t.Fatal(err)
		}
		bottom, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelector(".site-footer").getBoundingClientRect().bottom`))
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(bottom-float64(tall)) > 1 {
			t.Errorf("/404.html at %d×%d: the footer ends at %.0f px, want the window's bottom", phoneWidth, tall, bottom)
		}
	})
}

func checkCards(t *testing.T, url string, s listingState) {
	t.Helper()
	var photo, none int
	var photoW, photoH float64
	for _, c := range s.Cards {
		if c.Photo {
			photo++
			photoW, photoH = c.ImgW, c.ImgH
		} else {
			none++
		}
	}
	if photo == 0 || none == 0 {
		t.Fatalf("%s: %d cards with a photo and %d without, want both", url, photo, none)
	}
	for i, c := range s.Cards {
		if math.Abs(c.ImgW-photoW) > 1 || math.Abs(c.ImgH-photoH) > 1 {
			t.Errorf("%s: card %d's image (photo %v) is %.0f×%.0f, a photo card's %.0f×%.0f", url, i+1, c.Photo, c.ImgW, c.ImgH, photoW, photoH)
		}
		if c.ImgW > 0.3*phoneWidth {
			t.Errorf("%s: card %d's image (photo %v) is %.0f px wide, want a thumbnail of at most %.0f", url, i+1, c.Photo, c.ImgW, 0.3*phoneWidth)
		}
		if !c.HasTitle || !c.Producer {
			t.Errorf("%s: card %d: title link %v, producer link %v, want both", url, i+1, c.HasTitle, c.Producer)
			continue
		}
		if c.TitleH < 24 || c.ProducerH < 24 {
			t.Errorf("%s: card %d: title %.0f px, producer %.0f px tall, want at least 24", url, i+1, c.TitleH, c.ProducerH)
		}
		if c.ProducerT < c.TitleB {
			t.Errorf("%s: card %d: the producer link (top %.0f) overlaps the title (bottom %.0f)", url, i+1, c.ProducerT, c.TitleB)
		}
	}
	if s.ScrollWidth > phoneWidth {
		t.Errorf("%s: the page is %.0f px wide in a %d px window: it scrolls sideways", url, s.ScrollWidth, phoneWidth)
	}
}
