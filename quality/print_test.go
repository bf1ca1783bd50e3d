package quality

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"
	"golang.org/x/net/html"

	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/internal/headless"
)

// exampleBase is base_url of the example catalogue.
const exampleBase = "https://ocop.hanoi.example/"

// productsOf lists the slugs of the product pages of a built site.
func productsOf(t *testing.T, dir string) []string {
	t.Helper()
	var slugs []string
	for _, p := range htmlPages(t, dir) {
		if m := regexp.MustCompile(`^san-pham/([^/]+)/index\.html$`).FindStringSubmatch(p); m != nil && m[1] != "trang" {
			slugs = append(slugs, m[1])
		}
	}
	if len(slugs) == 0 {
		t.Fatal("no product page")
	}
	return slugs
}

// TestQRCode: every product page shows its QR code, qr.svg beside it, an
// SVG of one path; Chromium draws it, and a QR decoder independent of the
// encoder (gozxing) reads from the picture the page's canonical URL. The
// page says in a line that the code verifies the certification and is no
// traceability code.
func TestQRCode(t *testing.T) {
	t.Parallel()
	dir := example(t)
	note := render.UIStrings("vi")["qrNote"]
	slugs := productsOf(t, dir)
	for _, s := range slugs {
		b, err := os.ReadFile(filepath.Join(dir, "san-pham", s, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(`src="/san-pham/`+s+`/qr.svg"`)) || !bytes.Contains(b, []byte(note)) {
			t.Errorf("%s: the page shows no QR code with its note", s)
		}
		svg, err := os.ReadFile(filepath.Join(dir, "san-pham", s, "qr.svg"))
		if err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(svg, []byte("<path")); n != 1 {
			t.Errorf("%s/qr.svg: %d paths, want one", s, n)
		}
		if len(svg) > 8<<10 {
			t.Errorf("%s/qr.svg: %d bytes", s, len(svg))
		}
	}
	base := serve(t, dir)
	ctx := browser(t)
	// The decoder is slow on large pictures: three products, the first,
	// the middle and the last, are decoded.
	for _, s := range []string{slugs[0], slugs[len(slugs)/2], slugs[len(slugs)-1]} {
		shot, err := chromeShot(ctx, base+"/san-pham/"+s+"/qr.svg", 400)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		img, err := png.Decode(bytes.NewReader(shot))
		if err != nil {
			t.Fatal(err)
		}
		bmp, err := gozxing.NewBinaryBitmapFromImage(img)
		if err != nil {
			t.Fatal(err)
		}
		res, err := gozxingqr.NewQRCodeReader().Decode(bmp, nil)
		if err != nil {
			t.Fatalf("%s/qr.svg: does not decode: %v", s, err)
		}
		if want := exampleBase + "san-pham/" + s + "/"; res.GetText() != want {
			t.Errorf("%s/qr.svg decodes to %q, want %q", s, res.GetText(), want)
		}
	}
}

// chromeShot opens url in a square window of size px and returns a PNG
// picture of it.
func chromeShot(ctx context.Context, url string, size int64) ([]byte, error) {
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(size, size), chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		r, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	})
}

// printPDF prints the page at url to PDF in Chromium, with the page size
// of its CSS, as a person's "Print > Save as PDF" does after reading the
// page to its end (which loads its lazy images).
func printPDF(ctx context.Context, url string) ([]byte, error) {
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(url),
		headless.Void(chromedp.Evaluate[int]("window.scrollTo(0, document.body.scrollHeight), 0")),
		until("Array.from(document.images).every(i => i.complete)"),
		headless.Void(chromedp.Evaluate[int]("window.scrollTo(0, 0), 0"))); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		yes := true
		r, err := cdp.Call(ctx, t, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	})
}

// pdfDoc is what poppler-utils read of a PDF: its pages, the size of the
// first in points, and its text.
type pdfDoc struct {
	pages         int
	width, height float64
	text          string
}

// readPDF reads a PDF with pdfinfo and pdftotext (Debian's poppler-utils).
func readPDF(t *testing.T, name string, b []byte) pdfDoc {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing(t, tool, "apt-get install poppler-utils")
		}
	}
	f := filepath.Join(t.TempDir(), name+".pdf")
	if err := os.WriteFile(f, b, 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", f).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", name, err)
	}
	var d pdfDoc
	if m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info); m != nil {
		d.pages, _ = strconv.Atoi(string(m[1]))
	}
	if m := regexp.MustCompile(`(?m)^Page size:\s+([\d.]+) x ([\d.]+) pts`).FindSubmatch(info); m != nil {
		d.width, _ = strconv.ParseFloat(string(m[1]), 64)
		d.height, _ = strconv.ParseFloat(string(m[2]), 64)
	}
	text, err := exec.Command("pdftotext", f, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", name, err)
	}
	d.text = string(text)
	return d
}

// a4 reports whether a page of w×h points is A4 (595×842 pt).
func a4(w, h float64) bool { return w > 594 && w < 596.5 && h > 841 && h < 843 }

// TestPrintProduct: a product page prints on A4 in at most two pages,
// without the header's menu, the search box, the skip link or the
// footer's links, with its name, its certificate and the addresses of its
// links to other sites.
func TestPrintProduct(t *testing.T) {
	t.Parallel()
	dir := example(t)
	base := serve(t, dir)
	ctx := browser(t)
	ui := render.UIStrings("vi")
	for _, s := range []string{"banh-chung-tranh-khuc", "tra-sen-tay-ho"} {
		html, err := os.ReadFile(filepath.Join(dir, "san-pham", s, "index.html"))
		if err != nil {
			t.Fatalf("the example has no product %s: %v", s, err)
		}
		b, err := printPDF(ctx, base+"/san-pham/"+s+"/")
		if err != nil {
			t.Fatal(err)
		}
		d := readPDF(t, s, b)
		if d.pages < 1 || d.pages > 2 {
			t.Errorf("%s: prints on %d pages, want at most 2", s, d.pages)
		}
		if !a4(d.width, d.height) {
			t.Errorf("%s: page of %.1f×%.1f pt, want A4", s, d.width, d.height)
		}
		flat := strings.Join(strings.Fields(d.text), " ")
		for _, k := range []string{"skip", "searchButton", "navCommunes", "stats", "stories"} {
			if strings.Contains(flat, ui[k]) {
				t.Errorf("%s: the print has %q (%s)", s, ui[k], k)
			}
		}
		for _, k := range []string{"certificate", "qrNote"} {
			if !strings.Contains(flat, strings.Join(strings.Fields(ui[k]), " ")) {
				t.Errorf("%s: the print lacks %q (%s)", s, ui[k], k)
			}
		}
		title := regexp.MustCompile(`<h1[^>]*>([^<]+)</h1>`).FindSubmatch(html)
		if title == nil || !strings.Contains(flat, string(title[1])) {
			t.Errorf("%s: the print lacks the product's name", s)
		}
		for _, m := range regexp.MustCompile(`<a href="(https?://[^"]+)" rel="nofollow"`).FindAllSubmatch(html, -1) {
			if u := string(m[1]); !strings.Contains(strings.Join(strings.Fields(d.text), ""), u) {
				t.Errorf("%s: the print does not give the address %s", s, m[1])
			}
		}
	}
}

// labelNames reads the labels of a sheet: each label's name and decision
// line, as the HTML gives them.
func labelNames(t *testing.T, dir, p string) (names, decisions []string) {
	t.Helper()
	doc := parsePage(t, dir, p)
	for _, li := range all(doc, func(n *html.Node) bool { return n.Data == "li" && attr(n, "class") == "label" }) {
		names = append(names, strings.Join(strings.Fields(textOf(first(li, func(n *html.Node) bool { return attr(n, "class") == "label-name" }))), " "))
		decisions = append(decisions, strings.Join(strings.Fields(textOf(first(li, func(n *html.Node) bool { return attr(n, "class") == "label-decision" }))), " "))
	}
	return names, decisions
}

// TestPrintLabels prints label sheets to PDF in Chromium: a product's
// sheet is one A4 page of twelve labels, each with the name, tier,
// producer, decision and QR code; a sales point's has one label per
// product in force on ⌈n/12⌉ A4 pages, each label whole on one page
// (its name and its decision on the same page); no menu or footer.
func TestPrintLabels(t *testing.T) {
	t.Parallel()
	// The example's sales points sell a few products each: in a copy,
	// every product is sold at one point, whose sheet needs several pages.
	src := copyExample(t)
	files, err := filepath.Glob(filepath.Join(src, "content", "products", "*", "*.toml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no product record: %v", err)
	}
	line := regexp.MustCompile(`(?m)^sales_points\s*=.*$`)
	for _, f := range files {
		edit(t, f, func(s string) string {
			if line.MatchString(s) {
				return line.ReplaceAllString(s, `sales_points = ["phuc-hau-mart-ba-dinh"] # every product`)
			}
			return "sales_points = [\"phuc-hau-mart-ba-dinh\"]\n" + s
		})
	}
	dir := publish(t, os.DirFS(src))
	base := serve(t, dir)
	ctx := browser(t)
	ui := render.UIStrings("vi")
	sheets := []string{"san-pham/banh-chung-tranh-khuc/tem/", "san-pham/tra-sen-tay-ho/tem/"}
	points, err := filepath.Glob(filepath.Join(dir, "diem-ban", "*", "tem", "index.html"))
	if err != nil || len(points) == 0 {
		t.Fatalf("no sales point's label sheet: %v", err)
	}
	most, mostN := "", -1
	for _, f := range points {
		rel, _ := filepath.Rel(dir, filepath.Dir(f))
		rel = filepath.ToSlash(rel) + "/"
		if n, _ := labelNames(t, dir, rel+"index.html"); len(n) > mostN {
			most, mostN = rel, len(n)
		}
	}
	if mostN <= 24 {
		t.Fatalf("the example's largest sales point has %d labels: too few to test a second page", mostN)
	}
	sheets = append(sheets, most)
	for _, s := range sheets {
		names, decisions := labelNames(t, dir, s+"index.html")
		b, err := printPDF(ctx, base+"/"+s)
		if err != nil {
			t.Fatal(err)
		}
		d := readPDF(t, strings.ReplaceAll(strings.Trim(s, "/"), "/", "-"), b)
		want := (len(names) + 11) / 12
		if strings.HasPrefix(s, "san-pham/") {
			if len(names) != 12 {
				t.Errorf("%s: %d labels, want 12", s, len(names))
			}
			want = 1
		}
		if d.pages != want {
			t.Errorf("%s: %d labels print on %d pages, want %d", s, len(names), d.pages, want)
		}
		if !a4(d.width, d.height) {
			t.Errorf("%s: page of %.1f×%.1f pt, want A4", s, d.width, d.height)
		}
		pages := strings.Split(d.text, "\f")
		flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
		whole := flat(d.text)
		for _, k := range []string{"skip", "searchButton", "navCommunes", "footer", "labelsIntro"} {
			if strings.Contains(whole, flat(ui[k])) {
				t.Errorf("%s: the print has %q (%s)", s, ui[k], k)
			}
		}
		// Three labels side by side interleave their wrapped lines in the
		// PDF's text: a label is on a page when every word of its name is,
		// and with it the number of its decision (1147/ of 1147/QĐ-UBND).
		onPage := func(pg, name string) bool {
			words := strings.Fields(pg)
			for _, w := range strings.Fields(name) {
				if !slices.Contains(words, w) {
					return false
				}
			}
			return true
		}
		for i, name := range names {
			on := -1
			for j, pg := range pages {
				if onPage(pg, name) {
					on = j
					break
				}
			}
			no, _, _ := strings.Cut(strings.TrimPrefix(decisions[i], ui["labelDecision"]+" "), "/")
			switch {
			case on < 0:
				t.Errorf("%s: the print lacks label %q", s, name)
			case !strings.Contains(pages[on], no+"/"):
				t.Errorf("%s: label %q is split: its decision %q is not on its page %d", s, name, decisions[i], on+1)
			}
		}
		if n := strings.Count(whole, "OCOP"); n < len(names) {
			t.Errorf("%s: %d tiers printed for %d labels", s, n, len(names))
		}
	}
	// Every label shows its product's QR code, which the QR test decodes.
	b, err := os.ReadFile(filepath.Join(dir, "san-pham", "banh-chung-tranh-khuc", "tem", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b, []byte(`src="/san-pham/banh-chung-tranh-khuc/qr.svg"`)); n != 12 {
		t.Errorf("the product's sheet shows its QR code %d times, want 12", n)
	}
}
