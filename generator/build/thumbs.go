package build

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/image/draw"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/media"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/internal/parallel"
)

// ThumbWidth is the width of the thumbnails shown in product listings.
const ThumbWidth = 480

// generated is a file the build makes other than a page: a file of the
// search index, a thumbnail.
type generated struct {
	path string // inside the site, e.g. media/thumbs/<hash>-480w.jpg
	data []byte
}

// thumbnails makes a listing thumbnail of each product's first raster image
// wider than ThumbWidth, and records it in images. A thumbnail is named
// after a hash of its source's bytes; with a cache folder, one made before
// is read back instead of resized again, and one made now is kept there.
// Resizing is the dearest work of a build (a tenth of a second a photo or
// more), so it is announced on progress, if not nil, before it starts.
// With resize false (check) nothing is resized: a thumbnail not in the
// cache is listed, with its size, and no bytes. made counts the resizes. A
// photo that cannot be decoded whole (cut short, damaged) is a warning in
// probs: its listing shows the photo itself.
func thumbnails(ctx context.Context, src fs.FS, cat *catalog.Catalog, images map[string]render.Image, cacheDir string, resize bool, progress io.Writer, made *atomic.Int64, probs *diag.List) []generated {
	seen := map[string]bool{}
	var sources []string
	for _, p := range cat.Products {
		if len(p.Images) == 0 {
			continue
		}
		im := p.Images[0]
		if info, ok := images[im]; ok && info.Width > ThumbWidth && isRaster(im) && !seen[im] {
			seen[im] = true
			sources = append(sources, im)
		}
	}
	// First the names, and what the cache has. Photos with the same bytes
	// share one thumbnail.
	out := make([]*generated, len(sources))
	parallel.For(ctx, len(sources), func(i int) error {
		b, err := fs.ReadFile(src, path.Join(load.ContentDir, sources[i]))
		if err != nil {
			return nil // the original still shows on the product page
		}
		name := thumbName(sources[i], b)
		out[i] = &generated{path: "media/thumbs/" + name, data: cached(cacheDir, name)}
		return nil
	})
	first := map[string]int{} // thumbnail → the first photo that has it
	var missing []int
	for i, g := range out {
		if g == nil {
			continue
		}
		if j, ok := first[g.path]; ok {
			out[i] = out[j]
			continue
		}
		first[g.path] = i
		if g.data == nil {
			missing = append(missing, i)
		}
	}
	failed := make([]error, len(out)) // of the first photo of each thumbnail
	if resize && len(missing) > 0 {
		if progress != nil {
			kept := ""
			if cacheDir != "" {
				kept = ", kept for the next builds in " + cacheDir
			}
			fmt.Fprintf(progress, "Resizing %d photo(s) for the listings%s…\n", len(missing), kept)
		}
		parallel.For(ctx, len(missing), func(j int) error {
			i := missing[j]
			b, err := fs.ReadFile(src, path.Join(load.ContentDir, sources[i]))
			if err == nil {
				out[i].data, err = resizeImage(b, path.Ext(out[i].path))
				if err != nil {
					err = errDecode{err}
				}
			}
			if err != nil {
				failed[i] = err // the original still shows on the product page
				return nil
			}
			made.Add(1)
			keep(cacheDir, path.Base(out[i].path), out[i].data)
			return nil
		})
	}
	var thumbs []generated
	for i, t := range out {
		if t == nil {
			continue
		}
		if err := failed[first[t.path]]; err != nil {
			// Each photo with these bytes is named: each is shown whole.
			if e, ok := err.(errDecode); ok {
				probs.Warnf(diag.Pos{File: path.Join(load.ContentDir, sources[i])}, "cannot make the listing thumbnail: the image does not decode (%v), so listings show the full photo: if it is cut short or damaged, save it again from the original", e.err)
			}
			continue
		}
		info := images[sources[i]]
		info.Thumb = t.path
		info.ThumbWidth = ThumbWidth
		info.ThumbHeight = max(1, info.Height*ThumbWidth/info.Width)
		images[sources[i]] = info
		if first[t.path] == i {
			thumbs = append(thumbs, *t)
		}
	}
	return thumbs
}

// errDecode is a photo that could be read but not decoded.
type errDecode struct{ err error }

func (e errDecode) Error() string { return e.err.Error() }

// cached returns the thumbnail name from the cache folder, if it is there
// whole: an image ThumbWidth wide. A file cut short (a full disk, a crash)
// is made again.
func cached(cacheDir, name string) []byte {
	if cacheDir == "" {
		return nil
	}
	data, err := os.ReadFile(filepath.Join(cacheDir, name))
	if err != nil {
		return nil
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width != ThumbWidth || !wholeImage(data, path.Ext(name)) {
		return nil
	}
	return data
}

// wholeImage reports whether an encoded thumbnail ends as its format
// ends: a JPEG with its end-of-image marker, a PNG with its IEND chunk.
func wholeImage(data []byte, ext string) bool {
	if ext == ".png" {
		return bytes.HasSuffix(data, []byte("IEND\xaeB`\x82"))
	}
	return bytes.HasSuffix(data, []byte{0xff, 0xd9})
}

// keep writes a thumbnail into the cache folder, whole or not at all: into
// a new file, renamed into place once written.
func keep(cacheDir, name string, data []byte) {
	if cacheDir == "" || os.MkdirAll(cacheDir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(cacheDir, name+".*.tmp")
	if err != nil {
		return
	}
	_, err = tmp.Write(data)
	if err = cmp.Or(err, tmp.Close()); err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(cacheDir, name))
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}

// thumbFile matches the names thumbName gives, and the temporary files
// keep writes them to.
var thumbFile = regexp.MustCompile(`^[0-9a-f]{16}-[0-9]+w\.(jpg|png)(\.[0-9]+\.tmp)?$`)

// prune removes from the cache folder, if opts ask it, the thumbnails that
// a published site does not show, and returns how many it removed. site
// lists the site's files; name gives the path of one. A thumbnail written
// since the build started (by a serve of the same catalogue, say) is
// kept, and so is an unfinished one less than an hour old. Removing is
// best-effort: a thumbnail left behind is only disk space.
func prune[F any](opts Options, start time.Time, site []F, name func(F) string) int {
	if !opts.PruneCache || opts.CacheDir == "" {
		return 0
	}
	shown := map[string]bool{}
	for _, f := range site {
		if p := name(f); strings.HasPrefix(p, "media/thumbs/") {
			shown[path.Base(p)] = true
		}
	}
	entries, _ := os.ReadDir(opts.CacheDir)
	n := 0
	for _, e := range entries {
		m := thumbFile.FindStringSubmatch(e.Name())
		if m == nil || shown[e.Name()] || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil || !fi.ModTime().Before(start) || m[2] != "" && time.Since(fi.ModTime()) < time.Hour {
			continue
		}
		if os.Remove(filepath.Join(opts.CacheDir, e.Name())) == nil {
			n++
		}
	}
	return n
}

// thumbName names the thumbnail of the image im with bytes b.
func thumbName(im string, b []byte) string {
	sum := sha256.Sum256(b)
	ext := ".jpg"
	if strings.EqualFold(path.Ext(im), ".png") {
		ext = ".png" // may be transparent
	}
	return hex.EncodeToString(sum[:8]) + "-" + strconv.Itoa(ThumbWidth) + "w" + ext
}

// shrinkYCbCr averages each k×k block of src's pixels into one, plane by
// plane (luma, and each chroma plane at its own resolution), dropping the
// last columns and rows that make no whole block (fewer than k pixels, a
// fraction of a thumbnail's pixel). src's rectangle starts at (0, 0).
func shrinkYCbCr(src *image.YCbCr, k int) *image.YCbCr {
	w, h := src.Rect.Dx()/k, src.Rect.Dy()/k
	dst := image.NewYCbCr(image.Rect(0, 0, w, h), src.SubsampleRatio)
	// plane averages the blocks of one plane: from (sw×sh, stride ss) into
	// (dw×dh, stride ds); a block cut by the plane's edge averages what it has.
	plane := func(d []byte, dw, dh, ds int, s []byte, sw, sh, ss int) {
		sums := make([]int, dw)
		for y := range dh {
			clear(sums)
			y0, y1 := y*k, min(y*k+k, sh)
			for sy := y0; sy < y1; sy++ {
				row := s[sy*ss:]
				for x := range dw {
					x0, x1 := x*k, min(x*k+k, sw)
					sum := 0
					for _, v := range row[x0:x1] {
						sum += int(v)
					}
					sums[x] += sum
				}
			}
			for x := range dw {
				n := (y1 - y0) * (min(x*k+k, sw) - x*k)
				if n > 0 {
					d[y*ds+x] = byte((sums[x] + n/2) / n)
				}
			}
		}
	}
	plane(dst.Y, w, h, dst.YStride, src.Y, src.Rect.Dx(), src.Rect.Dy(), src.YStride)
	cw, ch := chromaSize(dst)
	scw, sch := chromaSize(src)
	plane(dst.Cb, cw, ch, dst.CStride, src.Cb, scw, sch, src.CStride)
	plane(dst.Cr, cw, ch, dst.CStride, src.Cr, scw, sch, src.CStride)
	return dst
}

// chromaSize is the width and height of the chroma planes of m, whose
// rectangle starts at (0, 0): the planes of a decoded JPEG are padded to
// whole blocks beyond that.
func chromaSize(m *image.YCbCr) (int, int) {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	switch m.SubsampleRatio {
	case image.YCbCrSubsampleRatio422:
		return (w + 1) / 2, h
	case image.YCbCrSubsampleRatio420:
		return (w + 1) / 2, (h + 1) / 2
	case image.YCbCrSubsampleRatio440:
		return w, (h + 1) / 2
	case image.YCbCrSubsampleRatio411:
		return (w + 3) / 4, h
	case image.YCbCrSubsampleRatio410:
		return (w + 3) / 4, (h + 1) / 2
	}
	return w, h
}

// boxFilter averages the source pixels under each destination pixel.
var boxFilter = &draw.Kernel{Support: 0.5, At: func(float64) float64 { return 1 }}

func isRaster(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".png", ".jpg", ".jpeg", ".gif":
		return true
	}
	return false
}

// resizeImage scales an image to ThumbWidth wide and encodes it. A photo more
// than twice as wide is first averaged down to twice the thumbnail's size
// (a box filter, a few source pixels for each), then Catmull-Rom does the
// last halving: a third less work than Catmull-Rom all the way for a
// phone's photo, within a few levels of its result
// (TestResizeMatchesCatmullRom). A JPEG photo four or more times as wide
// as the thumbnail is first averaged by whole blocks of pixels, in its own
// colour planes (shrinkYCbCr), which costs a fraction of the box filter.
// The image is decoded only within the limits of media.Decode.
func resizeImage(b []byte, ext string) (out []byte, err error) {
	err = media.Decode(b, func(img image.Image) error {
		out, err = resize(img, ext)
		return err
	})
	return out, err
}

// resize does the work of resizeImage on the decoded image.
func resize(img image.Image, ext string) ([]byte, error) {
	var err error
	bounds := img.Bounds()
	h := max(1, bounds.Dy()*ThumbWidth/bounds.Dx())
	if ycc, ok := img.(*image.YCbCr); ok && bounds.Min == (image.Point{}) {
		if k := bounds.Dx() / (2 * ThumbWidth); k >= 2 {
			img = shrinkYCbCr(ycc, k)
			bounds = img.Bounds()
		}
	}
	if bounds.Dx() > 2*ThumbWidth {
		half := image.NewRGBA(image.Rect(0, 0, 2*ThumbWidth, 2*h))
		boxFilter.Scale(half, half.Bounds(), img, bounds, draw.Src, nil)
		img, bounds = half, half.Bounds()
	}
	dst := image.NewRGBA(image.Rect(0, 0, ThumbWidth, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, bounds, draw.Over, nil)
	var buf bytes.Buffer
	if ext == ".png" {
		err = png.Encode(&buf, dst)
	} else {
		err = jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 80})
	}
	return buf.Bytes(), err
}
