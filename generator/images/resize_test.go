package images

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math/rand/v2"
	"runtime"
	"testing"

	"golang.org/x/image/draw"

	"github.com/ocopgen/ocopgen/generator/media"
	"github.com/ocopgen/ocopgen/internal/testimage"
)

// TestResizeImageLimit: the thumbnail maker refuses an image over the
// limits from its header, even one that was within them when the media
// were listed, and allocates none of its pixels.
func TestResizeImageLimit(t *testing.T) {
	big := testimage.GreyPNG(8000, 8000) // 64 megapixels
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out, err := resizeImage(big, ".png")
	runtime.ReadMemStats(&after)
	var p *media.Problem
	if !errors.As(err, &p) || out != nil {
		t.Fatalf("resizeImage of 8000×8000 pixels gave %d bytes, %v", len(out), err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("refusing it allocated %d bytes", n)
	}
	if out, err := resizeImage(testimage.GreyPNG(1000, 800), ".png"); err != nil || len(out) == 0 {
		t.Errorf("a photo within the limits: %d bytes, %v", len(out), err)
	}
}

// TestResizeMatchesCatmullRom: the thumbnail of a large photo, averaged
// down (by whole blocks of pixels first, for a phone's photo) before
// Catmull-Rom, stays within a few levels of Catmull-Rom all the way;
// sizes that make no whole blocks too.
func TestResizeMatchesCatmullRom(t *testing.T) {
	for _, size := range [][2]int{{1200, 900}, {2000, 1500}, {4000, 3000}, {3999, 2999}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			photo := testimage.Photo(size[0], size[1])
			b, err := resizeImage(photo, ".png") // PNG: the pixels as resized
			if err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			src, _, err := image.Decode(bytes.NewReader(photo))
			if err != nil {
				t.Fatal(err)
			}
			h := size[1] * thumbWidth / size[0]
			if got.Bounds() != image.Rect(0, 0, thumbWidth, h) {
				t.Fatalf("thumbnail is %v", got.Bounds())
			}
			want := image.NewRGBA(got.Bounds())
			draw.CatmullRom.Scale(want, want.Bounds(), src, src.Bounds(), draw.Over, nil)
			worst, sum, n := 0, 0, 0
			for y := range h {
				for x := range thumbWidth {
					r1, g1, b1, _ := got.At(x, y).RGBA()
					r2, g2, b2, _ := want.At(x, y).RGBA()
					for _, d := range []int{int(r1>>8) - int(r2>>8), int(g1>>8) - int(g2>>8), int(b1>>8) - int(b2>>8)} {
						d = max(d, -d)
						worst, sum, n = max(worst, d), sum+d, n+1
					}
				}
			}
			if mean := float64(sum) / float64(n); worst > 8 || mean > 1 {
				t.Errorf("the thumbnail differs from Catmull-Rom by up to %d levels of 255, %.2f on average", worst, mean)
			}
		})
	}
}

// TestShrinkYCbCr: averaging whole blocks in the colour planes gives each
// pixel the average luma of its block, and each chroma sample the average
// chroma of the pixels it covers, for every chroma subsampling; a size
// that leaves part blocks drops them.
func TestShrinkYCbCr(t *testing.T) {
	const k = 4
	rng := rand.New(rand.NewPCG(3, 4))
	for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
		image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410} {
		for _, size := range []image.Point{{96, 64}, {99, 66}} {
			src := image.NewYCbCr(image.Rectangle{Max: size}, ratio)
			for _, p := range [][]byte{src.Y, src.Cb, src.Cr} {
				for i := range p {
					p[i] = byte(rng.IntN(256))
				}
			}
			dst := shrinkYCbCr(src, k)
			if want := image.Rect(0, 0, size.X/k, size.Y/k); dst.Rect != want || dst.SubsampleRatio != ratio {
				t.Fatalf("%v %v: shrunk to %v %v, want %v", ratio, size, dst.Rect, dst.SubsampleRatio, want)
			}
			// The source pixels of each luma and chroma sample of dst.
			type acc struct{ y, cb, cr, n int }
			luma, chroma := map[int]*acc{}, map[int]*acc{}
			for y := range dst.Rect.Dy() {
				for x := range dst.Rect.Dx() {
					for sy := y * k; sy < y*k+k; sy++ {
						for sx := x * k; sx < x*k+k; sx++ {
							l, c := luma[dst.YOffset(x, y)], chroma[dst.COffset(x, y)]
							if l == nil {
								l = &acc{}
								luma[dst.YOffset(x, y)] = l
							}
							if c == nil {
								c = &acc{}
								chroma[dst.COffset(x, y)] = c
							}
							l.y += int(src.Y[src.YOffset(sx, sy)])
							l.n++
							c.cb += int(src.Cb[src.COffset(sx, sy)])
							c.cr += int(src.Cr[src.COffset(sx, sy)])
							c.n++
						}
					}
				}
			}
			near := func(got byte, sum, n int) bool { d := int(got) - (sum+n/2)/n; return d >= -1 && d <= 1 }
			for off, l := range luma {
				if !near(dst.Y[off], l.y, l.n) {
					t.Fatalf("%v %v: luma at %d is %d, its block averages %d", ratio, size, off, dst.Y[off], l.y/l.n)
				}
			}
			if size.X%(4*k) != 0 || size.Y%(2*k) != 0 {
				continue // the chroma of part blocks is not compared
			}
			for off, c := range chroma {
				if !near(dst.Cb[off], c.cb, c.n) || !near(dst.Cr[off], c.cr, c.n) {
					t.Fatalf("%v %v: chroma at %d is %d, %d; its pixels average %d, %d", ratio, size, off, dst.Cb[off], dst.Cr[off], c.cb/c.n, c.cr/c.n)
				}
			}
		}
	}
}

func TestSVGSize(t *testing.T) {
	for in, want := range map[string][2]int{
		`<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160">`:       {240, 160},
		`<svg viewBox="0 0 120.5 80" xmlns="http://www.w3.org/2000/svg">`:         {121, 80},
		`<?xml version="1.0"?><svg width="10px" height="20px" viewBox="0 0 1 2">`: {10, 20},
	} {
		w, h, ok := svgSize([]byte(in))
		if !ok || w != want[0] || h != want[1] {
			t.Errorf("svgSize(%s) = %d, %d, %v; want %v", in, w, h, ok, want)
		}
	}
	if _, _, ok := svgSize([]byte(`<svg width="100%" height="auto">`)); ok {
		t.Error("relative sizes should give no size")
	}
}

// BenchmarkThumbnail resizes one product photo to a listing thumbnail: the
// cost of each image of a catalogue whose thumbnail is not in the cache
// folder yet. 1600×1200 is a photo prepared for the web; 4000×3000 one
// straight from a phone's camera.
func BenchmarkThumbnail(b *testing.B) {
	for _, size := range [][2]int{{1600, 1200}, {4000, 3000}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			photo := testimage.Photo(size[0], size[1])
			for b.Loop() {
				if _, err := resizeImage(photo, ".jpg"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkVersions makes every version a page's photo gets when none is
// in the cache: decoding it, the 480 and 960 px versions (and 1600 for a
// wider photo) and the 1200×630 share image, as makeVersions does. It is the
// cost of each photo of a catalogue's first build.
func BenchmarkVersions(b *testing.B) {
	for _, size := range [][2]int{{1600, 1200}, {4000, 3000}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			photo := testimage.Photo(size[0], size[1])
			for b.Loop() {
				var vs []*Thumb
				for _, w := range Widths {
					if w < size[0] {
						vs = append(vs, &Thumb{Path: "v.jpg", width: w})
					}
				}
				vs = append(vs, &Thumb{Path: "og.jpg", width: ShareWidth, height: ShareHeight})
				err := media.Decode(photo, func(img image.Image) error {
					_, err := makeVersions(img, vs)
					return err
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestVersionsMatchCatmullRom: each version makeVersions makes, scaled
// from the wider one made before it, and the share image, cropped from
// the widest, stay within a few levels of Catmull-Rom from the photo
// itself; each has the photo's proportions.
func TestVersionsMatchCatmullRom(t *testing.T) {
	for _, size := range [][2]int{{1600, 1200}, {4000, 3000}, {2001, 1333}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			photo := testimage.Photo(size[0], size[1])
			src, _, err := image.Decode(bytes.NewReader(photo))
			if err != nil {
				t.Fatal(err)
			}
			var vs []*Thumb
			for _, w := range Widths {
				if w < size[0] {
					vs = append(vs, &Thumb{Path: "v.png", width: w}) // PNG: the pixels as scaled
				}
			}
			if _, err := makeVersions(src, vs); err != nil {
				t.Fatal(err)
			}
			for _, v := range vs {
				got, err := png.Decode(bytes.NewReader(v.Data))
				if err != nil {
					t.Fatal(err)
				}
				if want := image.Rect(0, 0, v.width, size[1]*v.width/size[0]); got.Bounds() != want {
					t.Fatalf("version %d is %v, want %v", v.width, got.Bounds(), want)
				}
				want := image.NewRGBA(got.Bounds())
				draw.CatmullRom.Scale(want, want.Bounds(), src, src.Bounds(), draw.Over, nil)
				worst, mean := difference(got, want)
				if worst > 8 || mean > 1 {
					t.Errorf("version %d differs from Catmull-Rom by up to %d levels of 255, %.2f on average", v.width, worst, mean)
				}
			}
		})
	}
}

// difference is the largest and the mean difference of the colour
// channels of a and b, of the same bounds, in levels of 255.
func difference(a, b image.Image) (int, float64) {
	worst, sum, n := 0, 0, 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			for _, d := range []int{int(r1>>8) - int(r2>>8), int(g1>>8) - int(g2>>8), int(b1>>8) - int(b2>>8)} {
				d = max(d, -d)
				worst, sum, n = max(worst, d), sum+d, n+1
			}
		}
	}
	return worst, float64(sum) / float64(n)
}
