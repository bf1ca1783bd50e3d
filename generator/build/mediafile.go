package build

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/media"
	"github.com/ocopgen/ocopgen/generator/render"
)

// sniffLen is how much of a file tells what it is (http.DetectContentType).
const sniffLen = 512

// mediaFile checks the file rel of content/ before it is published, as
// package media decides, and records the size of an image in images. A
// file that may not be published is an error in probs, and mediaFile
// returns false; a raster image whose header does not decode is a warning.
func mediaFile(src fs.FS, rel string, images map[string]render.Image, probs *diag.List) bool {
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
			probs.Errorf(diag.Pos{File: pos.File, Line: p.Line, Col: p.Col}, "%s", p.Message)
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

// readMedia reads a media file of a served site when it is asked for, and
// checks it again: it may have been replaced since the site was built, by
// a file the rebuild refuses while the last good site is still served.
// A file that may not be published reads as an error (not found).
func readMedia(src fs.FS, rel string) func() ([]byte, error) {
	return func() ([]byte, error) {
		b, err := fs.ReadFile(src, path.Join(load.ContentDir, rel))
		if err != nil {
			return nil, err
		}
		return b, refused(rel, b)
	}
}

// refused returns the first reason the bytes b of the file rel of content/
// may not be published, as mediaFile reports them, or nil.
func refused(rel string, b []byte) error {
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

// changedMedia checks the bytes b of a file as they are copied into the
// site, from (inside the catalogue) to to (inside the site): a media file
// checked before may have been replaced since. A theme's file is not
// checked.
func changedMedia(from, to string, b []byte) error {
	if strings.HasPrefix(from, "static/") {
		return nil
	}
	if err := refused(to, b); err != nil {
		return fmt.Errorf(msgChanged, from, err)
	}
	return nil
}

// msgChanged is the error of a media file replaced during a build by one
// that may not be published.
const msgChanged = "%s: %v (the file was replaced while the site was built: build again)"
