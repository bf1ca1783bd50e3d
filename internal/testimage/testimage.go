// Package testimage is imported only by tests: it encodes the images they
// build catalogues from, a photograph's worth of detail or a huge flat
// one, without files in the repository.
package testimage

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
)

// Photo encodes a w×h JPEG with the gradients and fine noise of a
// photograph (a flat image would decode and resize faster than any photo).
func Photo(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	seed := uint32(1)
	for y := range h {
		for x := range w {
			seed = seed*1664525 + 1013904223
			n := uint8(seed >> 28)
			img.SetRGBA(x, y, color.RGBA{uint8(x*200/w) + n, uint8(y*180/h) + n, uint8((x+y)*90/(w+h)) + 60 + n, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		panic(err) // encoding a valid image into memory does not fail
	}
	return buf.Bytes()
}

// GreyPNG encodes a black PNG of width×height grey pixels, its rows
// deflated as they are made, with no image in memory.
func GreyPNG(width, height int) []byte {
	chunk := func(b []byte, kind string, data []byte) []byte {
		b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
		b = append(append(b, kind...), data...)
		return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(append([]byte(kind), data...)))
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8] = 8
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	row := make([]byte, 1+width)
	for range height {
		zw.Write(row)
	}
	if err := zw.Close(); err != nil {
		panic(err) // deflating into memory does not fail
	}
	b := chunk([]byte("\x89PNG\r\n\x1a\n"), "IHDR", ihdr[:])
	return chunk(chunk(b, "IDAT", z.Bytes()), "IEND", nil)
}
