package build

import (
	"io/fs"
	"path"
	"strings"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/images"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/manifest"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/source"
)

// manifest lists the files of the site, once: its pages, its thumbnails,
// the media of content/ (read from src) and the theme's static files. It
// is what a build writes and checks links against, and what a served
// site reads its files from.
func (p *Prepared) manifest(src fs.FS) *manifest.Manifest {
	files := make([]manifest.File, 0, len(p.pages)+len(p.thumbs)+len(p.media)+len(p.static))
	for i := range p.pages {
		files = append(files, manifest.File{Path: p.pages[i].Path, Kind: manifest.Page, Page: &p.pages[i]})
	}
	for _, t := range p.thumbs {
		files = append(files, manifest.File{Path: t.Path, Kind: manifest.Generated, Data: t.Data})
	}
	for _, f := range p.media {
		name := path.Join(load.ContentDir, f)
		files = append(files, manifest.File{Path: f, Kind: manifest.Media, FS: src, Name: name, Source: name})
	}
	for _, f := range p.static {
		to := strings.TrimPrefix(f, "static/")
		files = append(files, manifest.File{Path: to, Kind: manifest.Static, FS: p.themeFS, Name: f, Source: copyPath(f, p.cat.Site.Theme)})
	}
	return manifest.New(files, p.index)
}

// copyPath is the path in the catalogue of a file copied into the site:
// from is inside content/, or a theme's static/ file.
func copyPath(from, theme string) string {
	if strings.HasPrefix(from, "static/") {
		return path.Join("themes", theme, from)
	}
	return from
}

// checkCopies reports the files to copy into the site that cannot be
// opened, so that they are errors with every other problem, before a page
// is rendered, not a failure in the middle of writing. The images measured
// were read whole already.
func checkCopies(src, themeFS fs.FS, theme string, media []string, measured map[string]render.Image, static []string, probs *diag.List) {
	open := func(fsys fs.FS, name, at string) {
		f, err := fsys.Open(name)
		if err != nil {
			source.Report(probs, at, err)
			return
		}
		f.Close()
	}
	for _, m := range media {
		if _, ok := measured[m]; !ok {
			open(src, path.Join(load.ContentDir, m), path.Join(load.ContentDir, m))
		}
	}
	for _, s := range static {
		open(themeFS, s, copyPath(s, theme))
	}
}

// changedError is the error of a media file replaced during a build by
// one that may not be published: the build stops, and writes nothing.
type changedError struct {
	File string // in the catalogue, e.g. content/media/a.jpg
	Err  error  // why it may not be published
}

func (e *changedError) Error() string { return e.words().Error() }

// In says what changed in language t.
func (e *changedError) In(t language.Tag) string { return e.words().In(t) }

func (e *changedError) words() *lang.Error {
	return lang.Errorf("%s: %v (the file was replaced while the site was built: build again)", e.File, e.Err)
}

func (e *changedError) Unwrap() error { return e.Err }

// changedMedia checks the bytes b of a media file f as they are copied
// into the site: a file checked before may have been replaced since.
func changedMedia(f *manifest.File, b []byte) error {
	if f.Kind != manifest.Media {
		return nil
	}
	if err := images.Refused(f.Path, b); err != nil {
		return &changedError{File: f.Source, Err: err}
	}
	return nil
}
