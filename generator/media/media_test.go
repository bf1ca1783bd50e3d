package media

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

func TestCheckName(t *testing.T) {
	for name, says := range map[string]string{
		"media/a.jpg": "", "media/A.JPG": "", "media/b.jpeg": "", "media/c.png": "", "media/d.gif": "",
		"media/e.webp": "", "media/f.avif": "", "media/g.Svg": "", "media/h.pdf": "", "media/i.mp4": "", "media/j.webm": "",
		"media/x.html":  ".html files cannot be published from content/ (a page here would run",
		"media/x.HTM":   ".htm files cannot be published",
		"media/x.xhtml": ".xhtml files", "media/x.shtml": ".shtml files", "media/x.xml": ".xml files", "media/x.xsl": ".xsl files",
		"media/x.js":  ".js files cannot be published from content/ (a script here would run",
		"media/x.mjs": ".mjs files", "media/x.cjs": ".cjs files", "media/x.swf": ".swf files", "media/x.php": ".php files",
		"media/x.css":  ".css files cannot be published from content/ (styles and data for the pages belong to the theme)",
		"media/x.json": ".json files",
		"media/x.svgz": "save it as plain .svg",
		"media/x.exe":  ".exe files cannot be published from content/ (only images, PDF documents and videos are): use one of .jpg",
		"media/x.txt":  ".txt files cannot be published",
		"media/README": "a file without an extension",
		"media/.jpg":   "a file without an extension",
	} {
		err := CheckName(name)
		switch {
		case says == "" && err != nil:
			t.Errorf("%s: %v", name, err)
		case says != "" && (err == nil || !strings.Contains(err.Error(), says)):
			t.Errorf("%s: got %v, want …%s…", name, err, says)
		}
	}
}

func TestCheckContent(t *testing.T) {
	for _, c := range []struct{ name, head, says string }{
		{"media/a.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF", ""},
		{"media/a.pdf", "%PDF-1.7\n", ""},
		{"media/a.svg", "<html><script>x</script></html>", ""}, // CheckSVG's
		{"media/a.jpg", "<!DOCTYPE html><html><script>alert(1)</script>", "the file is an HTML page, not a .jpg file"},
		{"media/a.PDF", "  <script>alert(1)</script>", "the file is an HTML page, not a .pdf file"},
		{"media/a.mp4", `<?xml version="1.0"?><x:html xmlns:x="http://www.w3.org/1999/xhtml">`, "the file is an XML document, not a .mp4 file"},
	} {
		err := CheckContent(c.name, []byte(c.head))
		if c.says == "" && err != nil || c.says != "" && (err == nil || !strings.Contains(err.Error(), c.says)) {
			t.Errorf("%s %q: got %v, want %q", c.name, c.head, err, c.says)
		}
	}
}

func TestCheckSize(t *testing.T) {
	for _, c := range [][2]int{{4000, 3000}, {8660, 5773}, {20000, 2500}, {maxSide, 1}} {
		if err := checkSize(c[0], c[1]); err != nil {
			t.Errorf("%v: %v", c, err)
		}
	}
	for c, says := range map[[2]int]string{
		{40000, 40000}: "the image is 40000×40000 pixels (1600 megapixels), more than the limit of 50 megapixels and 20000 pixels a side: resize it to at most 4000 pixels",
		{8000, 7000}:   "8000×7000 pixels (56 megapixels)",
		{20001, 100}:   "20001×100 pixels (3 megapixels)",
		{1, 1 << 30}:   "1×1073741824 pixels",
	} {
		if err := checkSize(c[0], c[1]); err == nil || !strings.Contains(err.Error(), says) {
			t.Errorf("%v: got %v, want …%s…", c, err, says)
		}
	}
}

// pngHeader returns the start of a PNG of width×height grey pixels: its
// signature and header, which is all that DecodeConfig reads, and no
// pixel.
func pngHeader(width, height uint32) []byte {
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], width)
	binary.BigEndian.PutUint32(ihdr[4:], height)
	ihdr[8] = 8 // bits a sample; colour type 0, grey
	b := []byte("\x89PNG\r\n\x1a\n")
	return appendChunk(b, "IHDR", ihdr[:])
}

func appendChunk(b []byte, kind string, data []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	b = append(b, kind...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(append([]byte(kind), data...)))
}

// greyPNG encodes a black PNG of width×height grey pixels, fast: its rows
// are deflated as they are made, with no image in memory.
func greyPNG(t testing.TB, width, height int) []byte {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	row := make([]byte, 1+width) // filter type 0, then the pixels
	for range height {
		zw.Write(row)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	b := appendChunk(pngHeader(uint32(width), uint32(height)), "IDAT", z.Bytes())
	return appendChunk(b, "IEND", nil)
}

// TestDecodeRefusesBeforeDecoding: an image over the limits is refused
// from its header, and its pixels are never allocated.
func TestDecodeRefusesBeforeDecoding(t *testing.T) {
	for name, b := range map[string][]byte{
		"header of 40000×40000": pngHeader(40000, 40000),
		"8000×8000":             greyPNG(t, 8000, 8000), // 64 MB decoded
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		used := false
		err := Decode(b, func(image.Image) error { used = true; return nil })
		runtime.ReadMemStats(&after)
		var p *Problem
		if !errors.As(err, &p) || !strings.Contains(p.Message, "more than the limit") || used {
			t.Errorf("%s: got %v, used %v", name, err, used)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
			t.Errorf("%s: refusing it allocated %d bytes", name, n)
		}
		if _, _, err := DecodeConfig(b); !errors.As(err, &p) {
			t.Errorf("%s: DecodeConfig gave %v", name, err)
		}
	}
}

func TestDecode(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 30, 20)))
	var got image.Rectangle
	if err := Decode(buf.Bytes(), func(m image.Image) error { got = m.Bounds(); return nil }); err != nil || got.Dx() != 30 || got.Dy() != 20 {
		t.Errorf("got %v, %v", got, err)
	}
	if err := Decode([]byte("not an image"), func(image.Image) error { t.Error("used"); return nil }); err == nil {
		t.Error("no error for a file that is no image")
	}
	if budget.used != 0 {
		t.Errorf("%d bytes of the budget still held", budget.used)
	}
}

// TestBudget: the holders of a budget never hold more than it, and one
// asking for more than all of it runs alone.
func TestBudget(t *testing.T) {
	b := newBudgetOf(10)
	var held, most atomic.Int64
	var wg sync.WaitGroup
	for i := range 200 {
		n := int64(3)
		if i%50 == 0 {
			n = 25 // over the whole budget
		}
		wg.Go(func() {
			b.acquire(n)
			now := held.Add(min(n, 10))
			for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
			}
			runtime.Gosched()
			held.Add(-min(n, 10))
			b.release(n)
		})
	}
	wg.Wait()
	if m := most.Load(); m > 10 {
		t.Errorf("held %d bytes of a budget of 10 at once", m)
	}
	if b.used != 0 {
		t.Errorf("%d still held", b.used)
	}
}
