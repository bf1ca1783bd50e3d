package images

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"image"
	"image/jpeg"
	"image/png"
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

// thumbWidth is the width of the thumbnails shown in product listings:
// the narrowest of the resized versions, which it is.
const thumbWidth = 480

// Widths are the widths of the resized versions of each photo a page
// shows (srcset candidates), narrowest first; a photo gets those narrower
// than itself.
var Widths = []int{480, 960, 1600}

// Thumb is a resized version of a photo (a listing thumbnail, or a srcset
// candidate), a file the build makes.
type Thumb struct {
	Path string // inside the site, e.g. media/thumbs/<hash>-480w.jpg
	Data []byte // nil when checking a version not in the cache

	width, height int // height 0: the photo's proportions; else a crop (share image)
}

// ShareWidth and ShareHeight are the size of share images (og:image): a
// page's photo cropped to the proportions chat apps and social sites show.
const ShareWidth, ShareHeight = 1200, 630

// minShareWidth is the narrowest share image made: social sites show a
// smaller one as a small picture beside the text, or not at all, so a
// page whose photo is smaller shows the site's share image instead.
const minShareWidth = 600

// shareSize is the size of the share image of a w×h photo: 1200×630, or,
// for a photo smaller than that once cropped to its proportions, the crop
// at the photo's own scale (a photo is never enlarged); ok is false for a
// photo too small to make one of at least minShareWidth.
func shareSize(w, h int) (sw, sh int, ok bool) {
	sw, sh = ShareWidth, ShareHeight
	if w < ShareWidth || h < ShareHeight {
		// The largest crop of the proportions 1200:630 inside the photo.
		sw = min(w, h*ShareWidth/ShareHeight)
		sh = max(1, sw*ShareHeight/ShareWidth)
	}
	return sw, sh, sw >= minShareWidth
}

// ThumbOptions say where resized versions are kept and whether to make them.
type ThumbOptions struct {
	CacheDir string // keeps resized versions between builds; empty keeps none
	// Resizing, if not nil, is told how many photos are about to be
	// resized, before resizing starts (and not when none is).
	Resizing func(photos int)
}

// Thumbnails makes the resized versions of each raster photo a page shows
// (each product's photos, each tourism place's and story's image, and
// inline, the images shown inside texts): one for each of Widths narrower
// than the photo. The 480 px version of a
// product's first photo is its listing thumbnail. It records them in
// images. A version is named after a hash of its source's bytes and its
// width; with a cache folder, one made before is read back instead of
// resized again, and one made now is kept there. Resizing is the dearest
// work of a build (a tenth of a second a photo or more), so it is
// announced to opts.Resizing before it starts; photos are resized in
// parallel, each decoded once for all its missing versions. It returns the
// versions and how many it resized.
// A photo that cannot be decoded whole (cut short, damaged) is a warning
// in probs: pages show the photo itself.
func Thumbnails(ctx context.Context, src fs.FS, cat *catalog.Catalog, images map[string]render.Image, inline []string, opts ThumbOptions, probs *diag.List) ([]Thumb, int) {
	sources, thumbOf, shareOf := sizedSources(cat, images, inline)
	out, sizes := named(ctx, src, sources, images, shareOf, opts.CacheDir)
	first, missing := shared(out)
	failed := make([]error, len(out)) // of the first photo of each hash
	var made int
	if len(missing) > 0 {
		made = resizeAll(ctx, src, sources, out, missing, failed, opts)
	}
	var thumbs []Thumb
	for i, vs := range out {
		if vs == nil {
			continue
		}
		if err := failed[first[vs[0].Path]]; err != nil {
			// Each photo with these bytes is named: each is shown whole.
			if e, ok := err.(errDecode); ok {
				probs.Warnf(diag.Pos{File: path.Join(load.ContentDir, sources[i])}, "cannot make the listing thumbnail: the image does not decode (%v), so listings show the full photo: if it is cut short or damaged, save it again from the original", e.err)
			}
			continue
		}
		weigh(sources[i], sizes[i], vs, probs)
		info := images[sources[i]]
		info.Sized, info.Share, info.ShareWidth, info.ShareHeight = nil, "", 0, 0
		for _, t := range vs {
			if t.height != 0 {
				info.Share, info.ShareWidth, info.ShareHeight = t.Path, t.width, t.height
				continue
			}
			info.Sized = append(info.Sized, render.Sized{Path: t.Path, Width: t.width, Height: max(1, info.Height*t.width/info.Width)})
		}
		if thumbOf[sources[i]] {
			info.Thumb = vs[0].Path
			info.ThumbWidth = thumbWidth
			info.ThumbHeight = max(1, info.Height*thumbWidth/info.Width)
		}
		images[sources[i]] = info
		if first[vs[0].Path] == i {
			for _, t := range vs {
				thumbs = append(thumbs, *t)
			}
		}
	}
	return thumbs, made
}

// Thresholds of check's warnings about heavy photos.
const (
	phoneMax    = 200 << 10 // the version a phone loads (960 px wide, or the widest)
	originalMax = 5 << 20   // an original
)

// weigh warns about a photo heavy for phones: an original over
// originalMax bytes, or one whose version a phone loads (960 px wide, or
// the widest it has) is over phoneMax.
func weigh(src string, size int, vs []*Thumb, probs *diag.List) {
	pos := diag.Pos{File: path.Join(load.ContentDir, src)}
	if size > originalMax {
		probs.Warnf(pos, "the photo is %.1f MB: save it smaller (at most 5 MB; 1600 px wide is enough for any screen)", float64(size)/(1<<20))
	}
	var sized []*Thumb // not the share image
	for _, t := range vs {
		if t.height == 0 {
			sized = append(sized, t)
		}
	}
	if len(sized) == 0 {
		return
	}
	phone := sized[min(1, len(sized)-1)]
	if len(phone.Data) > phoneMax {
		probs.Warnf(pos, "phones load this photo at %d KiB even resized to %s px wide: save it with more compression or less detail (about 200 KiB at most)", len(phone.Data)>>10, widthOf(phone.Path))
	}
}

// widthOf is the width in the name of a resized version, "960" in
// <hash>-960w.jpg.
func widthOf(name string) string {
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	return strings.TrimSuffix(base[strings.LastIndexByte(base, '-')+1:], "w")
}

// sizedSources lists the photos that get resized versions, each once: the
// raster images of products, tourism places and stories wider than a
// thumbnail; which of them are a product's first photo (a listing
// thumbnail); and which are the image of a page (a product's first photo,
// a tourism place's or a story's image), which get a share image. inline
// are the images shown inside texts, content paths: no page's image.
func sizedSources(cat *catalog.Catalog, images map[string]render.Image, inline []string) ([]string, map[string]bool, map[string]bool) {
	seen := map[string]bool{}
	thumbOf, shareOf := map[string]bool{}, map[string]bool{}
	var sources []string
	// add lists im if it gets a version: if it is wider than a
	// thumbnail, or is the image of a page (a share image, of any size).
	add := func(im string, page bool) {
		info, ok := images[im]
		if !ok || info.Width == 0 || !isRaster(im) || info.Width <= thumbWidth && !page {
			return
		}
		if !seen[im] {
			seen[im] = true
			sources = append(sources, im)
		}
		shareOf[im] = shareOf[im] || page
	}
	for _, p := range cat.Products {
		for i, im := range p.Images {
			add(im, i == 0)
			if i == 0 && images[im].Width > thumbWidth && seen[im] {
				thumbOf[im] = true
			}
		}
	}
	for _, t := range cat.Tourism {
		if t.Image != "" {
			add(t.Image, true)
		}
	}
	for _, s := range cat.Stories {
		if s.Image != "" {
			add(s.Image, true)
		}
	}
	for _, im := range inline {
		add(im, false)
	}
	return sources, thumbOf, shareOf
}

// named names the resized versions of each source (one for each of Widths
// narrower than it), in parallel, with their bytes if the cache has them;
// nil for a photo that cannot be read (the original still shows).
func named(ctx context.Context, src fs.FS, sources []string, images map[string]render.Image, shareOf map[string]bool, cacheDir string) ([][]*Thumb, []int) {
	out := make([][]*Thumb, len(sources))
	sizes := make([]int, len(sources)) // of each source, in bytes
	parallel.For(ctx, len(sources), func(i int) error {
		b, err := fs.ReadFile(src, path.Join(load.ContentDir, sources[i]))
		if err != nil {
			return nil
		}
		sizes[i] = len(b)
		var vs []*Thumb
		for _, w := range Widths {
			if w >= images[sources[i]].Width {
				break
			}
			name := thumbName(sources[i], b, strconv.Itoa(w)+"w")
			vs = append(vs, &Thumb{Path: "media/thumbs/" + name, Data: cached(cacheDir, name, w, 0), width: w})
		}
		info := images[sources[i]]
		if sw, sh, ok := shareSize(info.Width, info.Height); ok && shareOf[sources[i]] {
			name := thumbName(".jpg", b, "og") // a JPEG: no transparency on a share image
			vs = append(vs, &Thumb{Path: "media/thumbs/" + name, Data: cached(cacheDir, name, sw, sh), width: sw, height: sh})
		}
		if len(vs) > 0 {
			out[i] = vs
		}
		return nil
	})
	return out, sizes
}

// shared makes photos with the same bytes share their versions: it
// returns the first photo that has each set of versions (by the path of
// its narrowest), and the photos of which the cache lacks a version.
func shared(out [][]*Thumb) (map[string]int, []int) {
	first := map[string]int{} // narrowest version → the first photo that has it
	var missing []int
	for i, vs := range out {
		if vs == nil {
			continue
		}
		if j, ok := first[vs[0].Path]; ok {
			out[i] = out[j]
			continue
		}
		first[vs[0].Path] = i
		for _, t := range vs {
			if t.Data == nil {
				missing = append(missing, i)
				break
			}
		}
	}
	return first, missing
}

// resizeAll resizes the photos missing names, in parallel, each decoded
// once for the versions the cache lacks, keeps each version in the cache
// folder, records in failed the photos that could not be, and returns how
// many versions it resized.
func resizeAll(ctx context.Context, src fs.FS, sources []string, out [][]*Thumb, missing []int, failed []error, opts ThumbOptions) int {
	if opts.Resizing != nil {
		opts.Resizing(len(missing))
	}
	var made atomic.Int64
	parallel.For(ctx, len(missing), func(j int) error {
		i := missing[j]
		var fresh []int // the versions resized now
		b, err := fs.ReadFile(src, path.Join(load.ContentDir, sources[i]))
		if err == nil {
			err = media.Decode(b, func(img image.Image) (err error) {
				fresh, err = makeVersions(img, out[i])
				return err
			})
			if err != nil {
				err = errDecode{err}
			}
		}
		if err != nil {
			failed[i] = err // the original still shows
			return nil
		}
		for _, k := range fresh {
			made.Add(1)
			keep(opts.CacheDir, path.Base(out[i][k].Path), out[i][k].Data)
		}
		return nil
	})
	return int(made.Load())
}

// errDecode is a photo that could be read but not decoded.
type errDecode struct{ err error }

func (e errDecode) Error() string { return e.err.Error() }

// cached returns the thumbnail name from the cache folder, if it is there
// whole: an image width wide. A file cut short (a full disk, a crash)
// is made again.
func cached(cacheDir, name string, width, height int) []byte {
	if cacheDir == "" {
		return nil
	}
	data, err := os.ReadFile(filepath.Join(cacheDir, name))
	if err != nil {
		return nil
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width != width || height != 0 && cfg.Height != height || !wholeImage(data, path.Ext(name)) {
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
var thumbFile = regexp.MustCompile(`^[0-9a-f]{16}-(?:[0-9]+w|og)\.(jpg|png)(\.[0-9]+\.tmp)?$`)

// Prune removes from the cache folder the thumbnails that a published
// site does not show, and returns how many it removed. site lists the
// site's files, as paths inside it. A thumbnail written since the build
// started at start (by a serve of the same catalogue, say) is kept, and so
// is an unfinished one less than an hour old. Removing is best-effort: a
// thumbnail left behind is only disk space.
func Prune(cacheDir string, start time.Time, site []string) int {
	if cacheDir == "" {
		return 0
	}
	shown := map[string]bool{}
	for _, p := range site {
		if strings.HasPrefix(p, "media/thumbs/") {
			shown[path.Base(p)] = true
		}
	}
	entries, _ := os.ReadDir(cacheDir)
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
		if os.Remove(filepath.Join(cacheDir, e.Name())) == nil {
			n++
		}
	}
	return n
}

// thumbName names the version of the image im with bytes b that kind
// says ("480w", "og").
func thumbName(im string, b []byte, kind string) string {
	sum := sha256.Sum256(b)
	ext := ".jpg"
	if strings.EqualFold(path.Ext(im), ".png") {
		ext = ".png" // may be transparent
	}
	return hex.EncodeToString(sum[:8]) + "-" + kind + ext
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

// resizeImage scales an image to thumbWidth wide and encodes it (resize
// does so to any width). A photo more
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
		out, err = resize(img, ext, thumbWidth)
		return err
	})
	return out, err
}

// makeVersions encodes each version of vs that lacks its bytes from the
// decoded photo img, and returns the indexes of those it made. The widest
// is made first, and each narrower one is scaled from the one made just
// before it rather than from the photo, a fraction of its pixels: a 960
// px version gives the 480, a 1600 the 960 and the share image. The
// versions keep the photo's proportions (the height its width gives).
func makeVersions(img image.Image, vs []*Thumb) ([]int, error) {
	var fresh []int
	from := img          // what the next narrower version is scaled from
	var wide image.Image // the widest version made, if as wide as a share image
	b := img.Bounds()
	for k := len(vs) - 1; k >= 0; k-- {
		t := vs[k]
		if t.height != 0 || t.Data != nil {
			continue
		}
		scaled := scale(from, t.width, max(1, b.Dy()*t.width/b.Dx()))
		data, err := encode(scaled, path.Ext(t.Path))
		if err != nil {
			return nil, err
		}
		t.Data, fresh = data, append(fresh, k)
		from = scaled
		if wide == nil && t.width >= ShareWidth && scaled.Rect.Dy() >= ShareHeight {
			wide = scaled // covers any share image
		}
	}
	for k, t := range vs {
		if t.height == 0 || t.Data != nil {
			continue
		}
		data, err := crop(cmp.Or(wide, img), t.width, t.height)
		if err != nil {
			return nil, err
		}
		t.Data, fresh = data, append(fresh, k)
	}
	return fresh, nil
}

// resize does the work of resizeImage on the decoded image.
func resize(img image.Image, ext string, width int) ([]byte, error) {
	b := img.Bounds()
	return encode(scale(img, width, max(1, b.Dy()*width/b.Dx())), ext)
}

// scale scales img to width×h: averaged down by whole blocks of pixels
// or a box filter while more than twice as wide, then Catmull-Rom.
func scale(img image.Image, width, h int) *image.RGBA {
	bounds := img.Bounds()
	if ycc, ok := img.(*image.YCbCr); ok && bounds.Min == (image.Point{}) {
		if k := bounds.Dx() / (2 * width); k >= 2 {
			img = shrinkYCbCr(ycc, k)
			bounds = img.Bounds()
		}
	}
	if bounds.Dx() > 2*width {
		half := image.NewRGBA(image.Rect(0, 0, 2*width, 2*h))
		boxFilter.Scale(half, half.Bounds(), img, bounds, draw.Src, nil)
		img, bounds = half, half.Bounds()
	}
	dst := image.NewRGBA(image.Rect(0, 0, width, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, bounds, draw.Over, nil)
	return dst
}

// encode encodes a resized version: a PNG for ext ".png", else a JPEG.
func encode(m image.Image, ext string) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	if ext == ".png" {
		err = png.Encode(&buf, m)
	} else {
		err = jpeg.Encode(&buf, m, &jpeg.Options{Quality: 80})
	}
	return buf.Bytes(), err
}

// crop scales img to cover w×h and cuts what overflows, as much on
// either side, and encodes it as a JPEG: a share image. A photo more
// than twice as large is first averaged down (box filter), as resize does.
func crop(img image.Image, w, h int) ([]byte, error) {
	b := img.Bounds()
	r := b // the part of img kept, of the proportions w:h
	if b.Dx()*h > b.Dy()*w {
		cw := b.Dy() * w / h
		r.Min.X += (b.Dx() - cw) / 2
		r.Max.X = r.Min.X + cw
	} else {
		ch := b.Dx() * h / w
		r.Min.Y += (b.Dy() - ch) / 2
		r.Max.Y = r.Min.Y + ch
	}
	if r.Dx() > 2*w {
		half := image.NewRGBA(image.Rect(0, 0, 2*w, 2*h))
		boxFilter.Scale(half, half.Bounds(), img, r, draw.Src, nil)
		img, r = half, half.Bounds()
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src) // under a transparent PNG's clear parts
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, r, draw.Over, nil)
	var buf bytes.Buffer
	err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 80})
	return buf.Bytes(), err
}
