package quality

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image/jpeg"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/ocopgen/ocopgen/internal/headless"
	"github.com/ocopgen/ocopgen/internal/headlesstest"
)

// screenshotDir is where TestScreenshots writes its pictures; without it
// the test takes and checks them, and writes nothing. The pictures of
// docs/site.md are refreshed, from the repository's folder, with
//
//	go test ./quality -run TestScreenshots -count=1 -screenshots ../docs/site
//
// (the test runs in quality/, so DIR is relative to it).
var screenshotDir = flag.String("screenshots", "", "folder where TestScreenshots writes its pictures (../docs/site for docs/site.md)")

// screenshotSizes are the windows of the pictures: a phone first, then a
// laptop.
var screenshotSizes = []struct{ width, height int64 }{{phoneWidth, phoneHeight}, {1280, 800}}

// screenshotAlike are the kinds of axePages that docs/site.md shows no
// picture of, because they look like the kind they name.
var screenshotAlike = map[string]string{
	"district by tier": "district",
	"group by tier":    "group",
	"tourism by tier":  "tourism",
	"all products":     "tier",
	"commune index":    "producer index",
	"district index":   "producer index",
}

// maxScreenshotBytes bounds the pictures altogether, so that the
// repository does not grow by much at each refresh.
const maxScreenshotBytes = 3 << 19 // 1.5 MiB

// screenshotQuality is the JPEG quality of the pictures.
const screenshotQuality = 50

// steady makes the page paint the same at each run: no animation, no
// transition, no caret, no focus, at the top; then it waits for the fonts
// and for the pictures on screen to be decoded, and for two frames.
const steady = `(async () => {
  const s = document.createElement("style");
  s.textContent = "*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; scroll-behavior: auto !important; }";
  document.head.append(s);
  document.activeElement && document.activeElement.blur();
  window.scrollTo(0, 0);
  await document.fonts.ready;
  const onScreen = Array.from(document.images).filter(i => {
    const r = i.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  });
  await Promise.all(onScreen.map(i => i.decode().catch(() => {})));
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return true;
})()`

// imagesOnScreen holds when every picture on screen has loaded: lazy
// pictures start loading only once the page is laid out.
const imagesOnScreen = `Array.from(document.images).every(i => {
  const r = i.getBoundingClientRect();
  return i.complete || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth;
})`

var (
	// screenshotFile is the name of a picture TestScreenshots writes.
	screenshotFile = regexp.MustCompile(`^[a-z0-9-]+-[0-9]+\.jpg$`)
	// siteDocPicture is the link of docs/site.md to a picture.
	siteDocPicture = regexp.MustCompile(`\(site/([a-z0-9-]+-[0-9]+\.jpg)\)`)
)

// screenshotName is the file name of the picture of a kind of page at a
// width.
func screenshotName(kind string, width int64) string {
	return fmt.Sprintf("%s-%d.jpg", strings.ReplaceAll(kind, " ", "-"), width)
}

// TestScreenshots takes a picture of a page of each kind of axePages (but
// those of screenshotAlike), in Vietnamese, at 375×667 and 1280×800 px, as
// a visitor's window shows it. Each must be a JPEG of the window's size,
// all together under 1.5 MiB, and docs/site.md must show every one. With
// -screenshots DIR it writes them into DIR, removing the pictures there of
// kinds that are gone.
func TestScreenshots(t *testing.T) {
	t.Parallel()
	dir := example(t)
	base := serve(t, dir)
	ctx := headlesstest.Start(t, 1280, 800, 3*time.Minute)
	shots := map[string][]byte{}
	var names []string
	for _, size := range screenshotSizes {
		for _, p := range axePages(t, dir) {
			if _, ok := screenshotAlike[p.name]; ok {
				continue
			}
			name := screenshotName(p.name, size.width)
			b, err := screenshot(ctx, base+p.url, p.ready, size.width, size.height)
			if err != nil {
				t.Fatalf("%s at %d px: %v", p.url, size.width, err)
			}
			checkJPEG(t, name, b, size.width, size.height)
			shots[name] = b
			names = append(names, name)
		}
	}
	total := 0
	for _, b := range shots {
		total += len(b)
	}
	t.Logf("%d pictures, %d KiB", len(shots), total>>10)
	if total > maxScreenshotBytes {
		t.Errorf("the pictures weigh %d KiB together, want at most %d KiB", total>>10, maxScreenshotBytes>>10)
	}
	if *screenshotDir != "" {
		writeScreenshots(t, *screenshotDir, shots)
	}
	checkSiteDoc(t, names)
}

// screenshot opens url in a window of the given size, waits for ready (a
// JavaScript condition, or "") and for the page to paint steadily, and
// returns a JPEG picture of the window.
func screenshot(ctx context.Context, url, ready string, width, height int64) ([]byte, error) {
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.EmulateViewport(width, height),
		chromedp.Navigate(url),
	}
	if ready != "" {
		steps = append(steps, until(ready))
	}
	steps = append(steps,
		until(imagesOnScreen),
		headless.Void(chromedp.Evaluate[bool](steady, chromedp.EvalAwaitPromise)),
	)
	if err := chromedp.Do(ctx, steps...); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		q := int64(screenshotQuality)
		r, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:  page.CaptureScreenshotFormatJpeg,
			Quality: &q,
		})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	})
}

// checkJPEG checks that b is a JPEG picture of width×height pixels.
func checkJPEG(t *testing.T, name string, b []byte, width, height int64) {
	t.Helper()
	img, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		t.Errorf("%s: not a JPEG picture: %v", name, err)
		return
	}
	if r := img.Bounds(); int64(r.Dx()) != width || int64(r.Dy()) != height {
		t.Errorf("%s: %d×%d pixels, want %d×%d", name, r.Dx(), r.Dy(), width, height)
	}
}

// checkSiteDoc checks that docs/site.md shows each picture, and no other
// picture of its folder.
func checkSiteDoc(t *testing.T, names []string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "docs", "site.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	want := map[string]bool{}
	for _, name := range names {
		want[name] = true
		if !strings.Contains(doc, "(site/"+name+")") {
			t.Errorf("docs/site.md does not show site/%s: add the kind of page to it, and refresh the pictures", name)
		}
	}
	for _, link := range siteDocPicture.FindAllStringSubmatch(doc, -1) {
		if !want[link[1]] {
			t.Errorf("docs/site.md shows site/%s, which TestScreenshots does not take", link[1])
		}
	}
}

// writeScreenshots writes the pictures into dir, and removes the pictures
// there that are not among them (of a kind of page that is gone).
func writeScreenshots(t *testing.T, dir string, shots map[string][]byte) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.jpg"))
	for _, f := range old {
		name := filepath.Base(f)
		if _, ok := shots[name]; !ok && screenshotFile.MatchString(name) {
			if err := os.Remove(f); err != nil {
				t.Error(err)
			}
		}
	}
	for name, b := range shots {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %d pictures into %s", len(shots), dir)
}
