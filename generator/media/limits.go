package media

import (
	"bytes"
	"image"
	_ "image/gif" // the raster formats the build decodes
	_ "image/jpeg"
	_ "image/png"
	"sync"
)

// The limits of an image the build decodes. 50 megapixels is more than
// the photos of phones (12 to 50) and of most cameras, and five times a
// 4000×2500 photo that a page needs at most; decoded, it takes 200 MB
// (400 MB at 16 bits a channel). A side of more than 20000 pixels is a
// strip or a poster, not a photo: the limit keeps the thumbnail of a tall
// image small.
const (
	maxPixels = 50_000_000
	maxSide   = 20_000
)

// msgTooBig is the message of an image over the limits.
const msgTooBig = "the image is %d×%d pixels (%d megapixels), more than the limit of %d megapixels and %d pixels a side: resize it to at most 4000 pixels on the longest side and save it again"

// checkSize returns a Problem if an image of width×height pixels is over
// the limits.
func checkSize(width, height int) error {
	if width <= maxSide && height <= maxSide && int64(width)*int64(height) <= maxPixels {
		return nil
	}
	mp := (int64(width)*int64(height) + 999_999) / 1_000_000
	return problemf(0, 0, msgTooBig, width, height, mp, maxPixels/1_000_000, maxSide)
}

// DecodeConfig reads the format and size of a raster image from its header,
// and returns a Problem if the size is over the limits. It decodes no pixel.
func DecodeConfig(b []byte) (image.Config, string, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return cfg, format, err
	}
	return cfg, format, checkSize(cfg.Width, cfg.Height)
}

// Decode decodes a raster image whose header has passed the limits, and
// calls use with it. Images are decoded on all processors, and a few
// large ones at once would take more memory than the machine has: each
// decode holds its estimated cost of the shared Budget from before it
// starts until use returns. An image over the limits is a Problem, and is
// not decoded.
func Decode(b []byte, use func(image.Image) error) error {
	cfg, _, err := DecodeConfig(b)
	if err != nil {
		return err
	}
	n := cost(cfg.Width, cfg.Height)
	budget.acquire(n)
	defer budget.release(n)
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return use(img)
}

// cost is the memory an image of width×height pixels may take to decode
// and resize: 8 bytes a pixel, the most of Go's image types (16 bits for
// each of 4 channels), and what a progressive JPEG's coefficients and its
// pixels take together.
func cost(width, height int) int64 {
	return int64(width) * int64(height) * 8
}

// Budget is the memory that the images decoded at once may take together:
// enough for two of the largest, or a dozen photos of a phone.
const Budget = 1 << 30

var budget = newBudgetOf(Budget)

// memBudget is a counting semaphore of bytes.
type memBudget struct {
	mu    sync.Mutex
	freed *sync.Cond
	total int64
	used  int64
}

func newBudgetOf(total int64) *memBudget {
	b := &memBudget{total: total}
	b.freed = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes are free, and takes them. A cost over the
// whole budget waits until nothing else is held.
func (b *memBudget) acquire(n int64) {
	n = min(n, b.total)
	b.mu.Lock()
	for b.used+n > b.total {
		b.freed.Wait()
	}
	b.used += n
	b.mu.Unlock()
}

func (b *memBudget) release(n int64) {
	n = min(n, b.total)
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.freed.Broadcast()
}
