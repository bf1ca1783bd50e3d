package qr

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"regexp"
	"strconv"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"
)

// rasterise draws the SVG that SVG made, reading only its viewBox and its
// path, at scale pixels a module, as a scanner would see it printed.
func rasterise(t *testing.T, svg []byte, scale int) image.Image {
	t.Helper()
	vb := regexp.MustCompile(`viewBox="0 0 (\d+) (\d+)"`).FindSubmatch(svg)
	if vb == nil {
		t.Fatalf("no viewBox in %s", svg)
	}
	size, _ := strconv.Atoi(string(vb[1]))
	paths := regexp.MustCompile(`<path [^>]*d="([^"]*)"`).FindAllSubmatch(svg, -1)
	if len(paths) != 1 {
		t.Fatalf("%d paths, want one", len(paths))
	}
	if n := bytes.Count(svg, []byte("<rect")); n != 1 {
		t.Fatalf("%d rects, want only the background", n)
	}
	img := image.NewGray(image.Rect(0, 0, size*scale, size*scale))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	sub := regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`)
	d := paths[0][1]
	if rest := sub.ReplaceAll(d, nil); len(rest) != 0 {
		t.Fatalf("path has commands other than runs: %.80s", rest)
	}
	for _, m := range sub.FindAllSubmatch(d, -1) {
		x, _ := strconv.Atoi(string(m[1]))
		y, _ := strconv.Atoi(string(m[2]))
		n, _ := strconv.Atoi(string(m[3]))
		if back, _ := strconv.Atoi(string(m[4])); back != n {
			t.Fatalf("run %s does not close", m[0])
		}
		r := image.Rect(x*scale, y*scale, (x+n)*scale, (y+1)*scale)
		draw.Draw(img, r, image.NewUniform(color.Black), image.Point{}, draw.Src)
	}
	return img
}

func decode(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gozxingqr.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return res.GetText()
}

// The SVG decodes, with an independent decoder, to the URL it was made of.
func TestSVGDecodesToText(t *testing.T) {
	for _, u := range []string{
		"https://ocop.example.vn/san-pham/tra-shan-tuyet/",
		"https://example.org/ocop/san-pham/nuoc-mam-phu-quoc-thuong-hang-dac-biet-40-do-dam/",
	} {
		svg, err := SVG(u, "QR")
		if err != nil {
			t.Fatal(err)
		}
		if got := decode(t, rasterise(t, svg, 4)); got != u {
			t.Errorf("decoded %q, want %q", got, u)
		}
	}
}

// The same text gives the same bytes, and an escaped title.
func TestSVGStable(t *testing.T) {
	a, _ := SVG("https://x.vn/san-pham/a/", `Mã "QR" <a>`)
	b, _ := SVG("https://x.vn/san-pham/a/", `Mã "QR" <a>`)
	if !bytes.Equal(a, b) {
		t.Fatal("two SVGs of the same text differ")
	}
	if !bytes.Contains(a, []byte("<title>Mã &quot;QR&quot; &lt;a&gt;</title>")) {
		t.Fatalf("title not escaped: %.200s", a)
	}
}
