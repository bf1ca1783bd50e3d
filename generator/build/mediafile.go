package build

import (
	"errors"
	"io"
	"io/fs"
	"path"

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
