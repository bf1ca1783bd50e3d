package main

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
)

// Photo sizes: a 1600×1200 JPEG, as a photo prepared for the web.
const photoWidth, photoHeight = 1600, 1200

// photo makes the n-th photo: soft light across the frame in a colour of
// its own, with the fine grain of a camera's sensor, which makes it decode
// and resize as slowly as a real photo (a flat image would be faster).
func photo(n int) []byte {
	r := rand.New(rand.NewPCG(uint64(n), 0x5eed))
	tint := color.RGBA{uint8(r.IntN(120)), uint8(r.IntN(120)), uint8(r.IntN(120)), 255}
	img := image.NewRGBA(image.Rect(0, 0, photoWidth, photoHeight))
	for i := 0; i < len(img.Pix); i += 4 {
		x, y := (i/4)%photoWidth, (i/4)/photoWidth
		light := uint8((x*70)/photoWidth + (y*60)/photoHeight)
		grain := uint8(r.IntN(24))
		img.Pix[i] = tint.R + light + grain
		img.Pix[i+1] = tint.G + light + grain
		img.Pix[i+2] = tint.B + light/2 + grain
		img.Pix[i+3] = 255
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85})
	return buf.Bytes()
}
