// Package manifest is the list of the files a build produces, made once
// before any is written: each with its path in the site, its kind and how
// to produce its bytes. Publishing writes the files it lists, a check
// renders them into nothing, the link check looks links up in it, and a
// served site reads its files from it. Only the search index is not
// listed file by file: its files are known once it is built, after the
// pages, and no link is checked against them.
package manifest

import (
	"io/fs"

	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/search"
)

// Kind is what a file of the site is made from.
type Kind uint8

const (
	// Page is rendered: an HTML page of the theme's templates, or a file
	// of render (sitemap, robots.txt, feed, exports).
	Page Kind = iota
	// Generated is made by the build before rendering: a listing thumbnail.
	Generated
	// Media is a file of content/, copied as it is; it was checked for
	// publishing when listed, and its bytes are checked again as copied.
	Media
	// Static is a file of the theme's static/, copied as it is.
	Static
)

// File is one file of the site.
type File struct {
	Path string // inside the site, e.g. "san-pham/x/index.html", "media/a.jpg"
	Kind Kind
	Page *render.Page // a Page
	Data []byte       // a Generated file's bytes; nil when a check made none
	// A copy (Media, Static) reads Name of FS; Source is that file's path
	// in the catalogue, for problems.
	FS     fs.FS
	Name   string
	Source string
}

// URL is the site path that names the file in links: a page's URL
// ("/san-pham/x/"), or "/" and the file's path.
func (f *File) URL() string {
	if f.Kind == Page {
		return f.Page.URL
	}
	return "/" + f.Path
}

// Open returns the bytes of the file, rendering a page or reading a copy.
func (f *File) Open() ([]byte, error) {
	switch f.Kind {
	case Page:
		return f.Page.Render()
	case Generated:
		return f.Data, nil
	}
	return fs.ReadFile(f.FS, f.Name)
}

// Manifest lists the files of a site.
type Manifest struct {
	Files []File // in order: pages, generated files, media, static files
	// Index builds the files of the search index, once, when first asked.
	Index func() ([]search.File, error)
	urls  map[string]bool
	paths map[string]int // place in Files by Path
}

// New returns the manifest of files, with the search index index.
func New(files []File, index func() ([]search.File, error)) *Manifest {
	m := &Manifest{Files: files, Index: index, urls: make(map[string]bool, len(files)), paths: make(map[string]int, len(files))}
	for i := range files {
		m.urls[files[i].URL()] = true
		m.paths[files[i].Path] = i
	}
	return m
}

// File returns the file at path p inside the site
// ("san-pham/x/index.html"), if the manifest lists it.
func (m *Manifest) File(p string) (*File, bool) {
	i, ok := m.paths[p]
	if !ok {
		return nil, false
	}
	return &m.Files[i], true
}

// Has reports whether a file of the site has the site path p (as URL
// gives it).
func (m *Manifest) Has(p string) bool { return m.urls[p] }
