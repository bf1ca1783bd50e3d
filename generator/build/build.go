package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/images"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/manifest"
	"github.com/ocopgen/ocopgen/generator/markdown"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/search"
	"github.com/ocopgen/ocopgen/generator/source"
)

// Options tune a build.
type Options struct {
	// Today is the build date: certificates past their validity on this day
	// are shown as expired. Zero means the current date.
	Today time.Time
	// Drafts includes draft stories (for serve).
	Drafts bool
	// CacheDir keeps generated files between builds (listing thumbnails),
	// so an unchanged image is not resized again. Empty means no cache.
	CacheDir string
	// Resizing, if not nil, is told of the longest work of a build as it
	// starts: how many photos not in the cache are about to be resized.
	// The command words it in its user's language.
	Resizing func(photos int)
	// PruneCache removes from CacheDir, after a build published (or found
	// up to date), the thumbnails its site does not show: those of photos
	// since replaced or removed (build --gc). Not after a build that an
	// input change overtook: its site may lack what the next one shows.
	PruneCache bool
}

// Result describes a build.
type Result struct {
	Pages    map[string]int // pages per kind
	Files    int            // files written, pages and copies
	Bytes    int64          // bytes written
	Problems []diag.Problem // errors and warnings, sorted
	Duration time.Duration
	Resized  int              // resized versions of photos made, not taken from the cache
	Sized    int              // resized versions of photos the site has (thumbnails, srcset)
	Pruned   int              // thumbnails removed from the cache (PruneCache)
	Site     catalog.Settings // the settings of ocopgen.toml, as loaded
	// Catalog is the catalogue as Build and Check loaded it, errors and
	// all, for what compares it with a published site (ocopgen report).
	Catalog *catalog.Catalog `json:"-"`
	// UpToDate is set by Publish when nothing changed since the build it
	// last published, so it wrote nothing: the rest is that build's result.
	UpToDate bool `json:"-"`
	// Patched is set by session.Session.Rebuild when it took the change
	// the quick way: new versions of the records in a new catalogue,
	// nothing loaded or linked anew.
	Patched bool `json:"-"`
}

// Errors returns the number of errors among the problems.
func (r *Result) Errors() int {
	n := 0
	for _, p := range r.Problems {
		if p.Severity == diag.Error {
			n++
		}
	}
	return n
}

// ErrProblems is returned (wrapped) when the catalogue has errors.
var ErrProblems = errors.New("the catalogue has errors")

// Build builds the catalogue rooted at src into w. When the catalogue has
// errors it writes nothing and returns an error wrapping ErrProblems; the
// problems are in the result either way.
func Build(ctx context.Context, src fs.FS, w output.Writer, opts Options) (*Result, error) {
	start := time.Now()
	res := &Result{Pages: map[string]int{}}
	probs, err := run(ctx, src, w, opts, res)
	res.Problems = probs.Problems()
	res.Duration = time.Since(start)
	if err != nil {
		return res, err
	}
	if n, _ := probs.Count(); n > 0 {
		return res, fmt.Errorf("%w: %d error(s)", ErrProblems, n)
	}
	return res, nil
}

// Check validates the catalogue rooted at src, rendering every page to find
// template errors and broken links, and writes nothing but the resized
// versions of photos it keeps in opts.CacheDir: it resizes as a build
// does, to weigh the versions a phone loads and to find photos that do not
// decode, and the build after it takes them from the cache.
func Check(ctx context.Context, src fs.FS, opts Options) (*Result, error) {
	return Build(ctx, src, output.Discard{}, opts)
}

func run(ctx context.Context, src fs.FS, w output.Writer, opts Options, res *Result) (*diag.List, error) {
	src = load.NFC(src)
	cat, probs := load.Load(src, load.Options{Today: opts.Today})
	res.Catalog = cat
	p, err := Prepare(ctx, src, cat, probs, opts, nil, res)
	if err != nil || p == nil {
		return probs, err
	}
	// The search index is built after the pages, not beside them: the
	// processors are busy either way, and its memory does not add to theirs.
	return probs, p.write(ctx, w, probs, res)
}

// Prepared is a build ready to render: its catalogue, its renderer and its
// manifest, every stage but rendering and writing run. A build writes it;
// serve (package session) reads its files one by one.
type Prepared struct {
	cat     *catalog.Catalog
	themeFS fs.FS
	r       *render.Renderer
	// What the stages made of the site, of which files is the manifest.
	pages  []render.Page
	media  []string // inside content/
	static []string // inside the theme
	thumbs []images.Thumb
	inline map[string]bool               // the images shown inside texts (content paths)
	index  func() ([]search.File, error) // built once, on first call
	// files lists every file of the site, once: what write writes, and
	// what links are checked against, and what a served site reads.
	files *manifest.Manifest
}

// indexOf builds the search index of a catalogue once, when first asked.
func indexOf(cat *catalog.Catalog) func() ([]search.File, error) {
	return sync.OnceValues(func() ([]search.File, error) { return search.Build(cat).Files() })
}

// Prepare runs the stages after loading: drafts, theme, images, markdown,
// the page list, the manifest and the link check. It returns nil when the
// catalogue has errors (they are in probs). md, if not nil, keeps
// rendered markdown between calls.
func Prepare(ctx context.Context, src fs.FS, cat *catalog.Catalog, probs *diag.List, opts Options, md *markdown.Cache, res *Result) (*Prepared, error) {
	res.Site = cat.Site
	if ctx.Err() != nil { // interrupted while loading
		return nil, ctx.Err()
	}
	if !opts.Drafts {
		cat = cat.WithoutDrafts()
	}
	p := &Prepared{cat: cat, index: indexOf(cat)}
	if p.themeFS = themeOf(src, cat.Site.Theme, probs); p.themeFS == nil {
		return nil, nil
	}
	texts := markdownTexts(cat)
	p.inline = inlineImages(texts, cat.Site.BaseURL)
	sizes := p.measure(ctx, src, opts, probs, res)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	var err error
	if p.r, err = render.New(cat, p.themeFS, sizes); err != nil {
		reportTemplate(probs, cat.Site.Theme, err)
		return nil, nil
	}
	p.convertAll(ctx, texts, probs, md)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	p.r.Linked(linkTargets(texts, cat.Site.BaseURL))
	p.pages = p.r.Pages()
	p.static, _ = render.StaticFiles(p.themeFS)
	checkCopies(src, p.themeFS, cat.Site.Theme, p.media, sizes, p.static, probs)
	p.files = p.manifest(src)
	checkLinks(texts, p.files, cat.Site.BaseURL, probs)
	if n, _ := probs.Count(); n > 0 || ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return p, nil
}

// themeOf returns the files of the catalogue's theme, or nil when they
// cannot be read (a problem in probs).
func themeOf(src fs.FS, name string, probs *diag.List) fs.FS {
	source.Check(src, "themes/"+name, probs)
	themeFS, err := render.ThemeFS(src, name)
	if err != nil {
		if !source.IsReadError(err) { // those Check reported
			probs.Errorf(diag.Pos{File: load.ConfigFile}, "%v", err)
		}
		return nil
	}
	return themeFS
}

// measure lists the media of the site and makes the listing thumbnails,
// and returns the sizes of the images, thumbnails included.
func (p *Prepared) measure(ctx context.Context, src fs.FS, opts Options, probs *diag.List, res *Result) map[string]render.Image {
	var sizes map[string]render.Image
	p.media, sizes = images.Media(src, p.cat, probs)
	thumbOpts := images.ThumbOptions{CacheDir: opts.CacheDir, Resizing: opts.Resizing}
	p.thumbs, res.Resized = images.Thumbnails(ctx, src, p.cat, sizes, slices.Sorted(maps.Keys(p.inline)), thumbOpts, probs)
	res.Sized = len(p.thumbs)
	return sizes
}

// reportTemplate records a template error as a problem of the theme.
func reportTemplate(probs *diag.List, themeName string, err error) {
	var te *render.TemplateError
	if errors.As(err, &te) {
		probs.Errorf(diag.Pos{File: "themes/" + themeName + "/" + te.File, Line: te.Line, Col: te.Col}, "template error: %v (fix the template in the theme)", te.Err)
		return
	}
	probs.Errorf(diag.Pos{File: "themes/" + themeName}, "template error: %v (fix the template in the theme)", err)
}
