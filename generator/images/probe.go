// Package images measures the catalogue's images and makes their listing
// thumbnails. It lists the files of content/ a site publishes (Media),
// checks each as package media decides, and reads the width and height of
// every photo and SVG for the pages' img attributes; it makes the
// thumbnail of each product's first photo (Thumbnails), keeps thumbnails
// in the cache folder between builds, and removes those no site shows
// (Prune).
package images

import (
	"errors"
	"io"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/media"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/source"
)

// Media lists the files to copy from content/ (as paths inside it, e.g.
// media/x.jpg): everything under content/media/ and every image a record
// names elsewhere; and the sizes of the images among them. A file that
// may not be published is an error in probs, and is not listed (probe).
func Media(src fs.FS, cat *catalog.Catalog, probs *diag.List) ([]string, map[string]render.Image) {
	set := map[string]bool{}
	fs.WalkDir(src, path.Join(load.ContentDir, "media"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") && source.Refused(p, d) == nil {
			set[strings.TrimPrefix(p, load.ContentDir+"/")] = true
		}
		return nil
	})
	for _, p := range cat.Products {
		for _, im := range p.Images {
			set[im] = true
		}
	}
	for _, t := range cat.Tourism {
		if t.Image != "" {
			set[t.Image] = true
		}
	}
	for _, s := range cat.Stories {
		if s.Image != "" {
			set[s.Image] = true
		}
	}
	if cat.Site.ShareImage != "" {
		set[cat.Site.ShareImage] = true
	}
	files := slices.Sorted(maps.Keys(set))
	images := map[string]render.Image{}
	files = slices.DeleteFunc(files, func(rel string) bool { return !probe(src, rel, images, probs) })
	return files, images
}

// sniffLen is how much of a file tells what it is (http.DetectContentType).
const sniffLen = 512

// probe checks the file rel of content/ before it is published, as
// package media decides, and records the size of an image in images. A
// file that may not be published is an error in probs, and probe
// returns false; a raster image whose header does not decode is a warning.
func probe(src fs.FS, rel string, images map[string]render.Image, probs *diag.List) bool {
	pos := diag.Pos{File: path.Join(load.ContentDir, rel)}
	if err := media.CheckName(rel); err != nil {
		probs.Errorf(pos, "%v", err)
		return false
	}
	kind := media.KindOf(rel)
	if kind != media.Raster && kind != media.SVG {
		// Published as it is, and maybe large (a video): only its first
		// bytes are read.
		if head, err := readHead(src, pos.File); err == nil {
			if err := media.CheckContent(rel, head); err != nil {
				probs.Errorf(pos, "%v", err)
				return false
			}
		}
		return true
	}
	b, err := fs.ReadFile(src, pos.File)
	if err != nil {
		return true // the copy reports it
	}
	if err := media.CheckContent(rel, b[:min(len(b), sniffLen)]); err != nil {
		probs.Errorf(pos, "%v", err)
		return false
	}
	if kind == media.SVG {
		found := media.CheckSVG(b)
		for _, p := range found {
			probs.Errorf(diag.Pos{File: pos.File, Line: p.Line, Col: p.Col}, "%v", p)
		}
		if len(found) > 0 {
			return false
		}
		if w, h, ok := svgSize(b); ok {
			images[rel] = render.Image{Width: w, Height: h}
		}
		return true
	}
	cfg, _, err := media.DecodeConfig(b)
	var over *media.Problem
	switch {
	case errors.As(err, &over):
		probs.Errorf(pos, "%v", over)
		return false
	case err != nil:
		probs.Warnf(pos, "the image does not decode (%v), so it gets no width, height or listing thumbnail, and browsers may not show it: if it is cut short or damaged, save it again from the original", err)
		return true
	}
	images[rel] = render.Image{Width: cfg.Width, Height: cfg.Height}
	return true
}

// readHead reads the first sniffLen bytes of a file, or all of a shorter one.
func readHead(src fs.FS, name string) ([]byte, error) {
	f, err := src.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, sniffLen)
	n, err := io.ReadFull(f, head)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return head[:n], err
}

// Refused returns the first reason the bytes b of the file rel of content/
// may not be published, as Media reports them, or nil.
func Refused(rel string, b []byte) error {
	if err := media.CheckName(rel); err != nil {
		return err
	}
	if err := media.CheckContent(rel, b[:min(len(b), sniffLen)]); err != nil {
		return err
	}
	switch media.KindOf(rel) {
	case media.SVG:
		if found := media.CheckSVG(b); len(found) > 0 {
			return found[0]
		}
	case media.Raster:
		var over *media.Problem
		if _, _, err := media.DecodeConfig(b); errors.As(err, &over) {
			return over
		}
	}
	return nil
}

var (
	svgTag     = regexp.MustCompile(`(?s)<svg\b[^>]*>`)
	svgWidth   = regexp.MustCompile(`\swidth="([0-9.]+)(?:px)?"`)
	svgHeight  = regexp.MustCompile(`\sheight="([0-9.]+)(?:px)?"`)
	svgViewBox = regexp.MustCompile(`\sviewBox="[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)[ ,]+([0-9.]+)"`)
)

// svgSize reads the size of an SVG image from its root element: width and
// height in pixels, or else its view box.
func svgSize(b []byte) (int, int, bool) {
	tag := svgTag.Find(b)
	if tag == nil {
		return 0, 0, false
	}
	num := func(s []byte) int { f, _ := strconv.ParseFloat(string(s), 64); return int(f + 0.5) }
	if w, h := svgWidth.FindSubmatch(tag), svgHeight.FindSubmatch(tag); w != nil && h != nil {
		return num(w[1]), num(h[1]), num(w[1]) > 0 && num(h[1]) > 0
	}
	if vb := svgViewBox.FindSubmatch(tag); vb != nil {
		return num(vb[1]), num(vb[2]), num(vb[1]) > 0 && num(vb[2]) > 0
	}
	return 0, 0, false
}
