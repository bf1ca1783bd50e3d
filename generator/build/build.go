package build

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	_ "image/gif" // image sizes for width and height attributes
	_ "image/jpeg"
	_ "image/png"
	"io"
	"io/fs"
	"maps"
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/markdown"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/search"
	"github.com/ocopgen/ocopgen/generator/source"
	"github.com/ocopgen/ocopgen/internal/parallel"
	theme "github.com/ocopgen/ocopgen/themes/default"
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
	// Progress, if not nil, is told of long work as it starts: resizing
	// photos not in the cache.
	Progress io.Writer
	// PruneCache removes from CacheDir, after a build published (or found
	// up to date), the thumbnails its site does not show: those of photos
	// since replaced or removed (build --gc). Not after a build that an
	// input change overtook: its site may lack what the next one shows.
	PruneCache bool

	check bool // Check: resize nothing, as nothing is written
}

// Result describes a build.
type Result struct {
	Pages    map[string]int // pages per kind
	Files    int            // files written, pages and copies
	Bytes    int64          // bytes written
	Problems []diag.Problem // errors and warnings, sorted
	Duration time.Duration
	Resized  int          // thumbnails made, not taken from the cache
	Pruned   int          // thumbnails removed from the cache (PruneCache)
	Site     catalog.Site // the settings of ocopgen.toml, as loaded
	// UpToDate is set by Publish when nothing changed since the build it
	// last published, so it wrote nothing: the rest is that build's result.
	UpToDate bool `json:"-"`
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
// template errors and broken links, and writes nothing. It resizes no photo:
// the pages name the thumbnails a build would make.
func Check(ctx context.Context, src fs.FS, opts Options) (*Result, error) {
	opts.check = true
	return Build(ctx, src, output.Discard{}, opts)
}

// Publish builds the catalogue into the folder dest, replacing its contents
// only if the build succeeds. With a cache folder, Publish first hashes the
// inputs: when neither they nor dest changed since the last build it
// published, it writes nothing and returns that build's result, marked
// UpToDate. It records a build only if no input changed while it ran.
func Publish(ctx context.Context, src fs.FS, dest string, opts Options) (*Result, error) {
	start := time.Now()
	if opts.Today.IsZero() {
		opts.Today = start // the day goes into the stamp as into the site
	}
	var (
		key    string
		inputs []inFile
		listed []fileStat // the inputs before the build
		log    *readLog
	)
	absDest, absErr := filepath.Abs(dest)
	if opts.CacheDir != "" && absErr == nil {
		// Unreadable inputs give no key: the build reports them.
		if files, err := scan(src, inputRoots...); err == nil {
			if last := readStamp(opts.CacheDir); last != nil {
				key, inputs, _ = inputKey(ctx, src, opts, files, last.unchanged(), nil)
				if key != "" && last.current(key, absDest) {
					res := last.Result
					res.UpToDate, res.Resized = true, 0
					res.Pruned = prune(opts, start, last.Files, func(f fileStat) string { return f.Path })
					output.Tidy(dest)
					res.Duration = time.Since(start)
					return &res, nil
				}
			}
			// The build reads through a log, which hashes what it reads
			// (a first build then needs no pass of its own to hash its
			// inputs) and shows afterwards whether anything changed.
			listed, log = files, newReadLog(src)
			go executableSum()
		}
	}
	in := src
	if log != nil {
		in = log
	}
	var built atomic.Pointer[Result] // an interrupted Publish does not wait for Build
	files, err := output.Publish(ctx, dest, publishedBefore(opts.CacheDir, absDest), func(w output.Writer) error {
		res, err := Build(ctx, in, w, opts)
		built.Store(res)
		return err
	})
	res := built.Load()
	steady := err == nil && log != nil && log.steady(src, listed)
	if steady {
		if key == "" {
			// The inputs as listed before the build, with what it read of
			// them; any other is hashed now, if that cannot differ from
			// what the build saw.
			key, inputs, _ = inputKey(ctx, src, opts, listed, log.have, log.trust(start))
		}
		if key != "" {
			writeStamp(opts.CacheDir, key, inputs, start, absDest, files, res)
		}
	}
	if res != nil {
		if err == nil && (log == nil || steady) {
			// After a build whose inputs changed while it ran, its site may
			// lack thumbnails that a build of the new inputs shows.
			res.Pruned = prune(opts, start, files, func(f output.File) string { return f.Name })
		}
		res.Duration = time.Since(start)
	}
	return res, err
}

func run(ctx context.Context, src fs.FS, w output.Writer, opts Options, res *Result) (*diag.List, error) {
	src = load.NFC(src)
	cat, probs := load.Load(src, load.Options{Today: opts.Today})
	p, err := prepare(ctx, src, cat, probs, opts, nil, res)
	if err != nil || p == nil {
		return probs, err
	}
	// The search index is built after the pages, not beside them: the
	// processors are busy either way, and its memory does not add to theirs.
	return probs, p.write(ctx, src, w, probs, res)
}

// site is a catalogue ready to render: every stage but rendering and
// writing has run.
type site struct {
	cat     *catalog.Catalog
	themeFS fs.FS
	r       *render.Renderer
	pages   []render.Page
	media   []string // inside content/
	static  []string // inside the theme
	thumbs  []generated
	index   func() ([]search.File, error) // built once, on first call
	known   map[string]bool               // the site's paths, for the link check
}

// indexOf builds the search index of a catalogue once, when first asked.
func indexOf(cat *catalog.Catalog) func() ([]search.File, error) {
	return sync.OnceValues(func() ([]search.File, error) { return search.Build(cat).Files() })
}

// prepare runs the stages after loading: drafts, theme, images, markdown,
// the page list and the link check. It returns nil when the catalogue has
// errors (they are in probs). md, if not nil, keeps rendered markdown
// between calls.
func prepare(ctx context.Context, src fs.FS, cat *catalog.Catalog, probs *diag.List, opts Options, md *mdCache, res *Result) (*site, error) {
	res.Site = cat.Site
	if ctx.Err() != nil { // interrupted while loading
		return nil, ctx.Err()
	}
	if !opts.Drafts {
		cat = cat.WithoutDrafts()
	}
	p := &site{cat: cat}
	p.index = indexOf(cat)
	var err error
	source.Check(src, "themes/"+cat.Site.Theme, probs)
	p.themeFS, err = themeFor(src, cat.Site.Theme)
	if err != nil {
		if !source.IsReadError(err) { // those Check reported
			probs.Errorf(diag.Pos{File: load.ConfigFile}, "%v", err)
		}
		return nil, nil
	}
	var images map[string]render.Image
	p.media, images = mediaFiles(src, cat, probs)
	var resized atomic.Int64
	p.thumbs = thumbnails(ctx, src, cat, images, opts.CacheDir, !opts.check, opts.Progress, &resized, probs)
	res.Resized = int(resized.Load())
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	p.r, err = render.New(cat, p.themeFS, images)
	if err != nil {
		reportTemplate(probs, cat.Site.Theme, err)
		return nil, nil
	}
	texts := markdownTexts(cat)
	convertAll(ctx, texts, p.r.BasePath(), probs, md)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}

	p.pages = p.r.Pages()
	p.static, _ = staticFiles(p.themeFS)
	checkCopies(src, p.themeFS, cat.Site.Theme, p.media, images, p.static, probs)
	p.known = make(map[string]bool, len(p.pages)+len(p.media)+len(p.thumbs)+len(p.static))
	known := p.known
	for _, pg := range p.pages {
		known[pg.URL] = true
	}
	for _, f := range p.media {
		known["/"+f] = true
	}
	for _, t := range p.thumbs {
		known["/"+t.path] = true
	}
	for _, f := range p.static {
		known["/"+strings.TrimPrefix(f, "static/")] = true
	}
	checkLinks(texts, known, cat.Site.BaseURL, probs)
	if n, _ := probs.Count(); n > 0 || ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return p, nil
}

// write renders every page and writes the site to w.
func (p *site) write(ctx context.Context, src fs.FS, w output.Writer, probs *diag.List, res *Result) error {
	cat, pages, themeFS, media, static, thumbs := p.cat, p.pages, p.themeFS, p.media, p.static, p.thumbs
	var mu sync.Mutex
	count := func(kind string, n int) {
		mu.Lock()
		res.Pages[kind]++
		res.Files++
		res.Bytes += int64(n)
		mu.Unlock()
	}
	// The few large files (exports, feeds, sitemap) go first, so that no
	// processor is left rendering one of them alone at the end.
	order := make([]int, 0, len(pages))
	for i, pg := range pages {
		if pg.Kind == "file" {
			order = append(order, i)
		}
	}
	for i, pg := range pages {
		if pg.Kind != "file" {
			order = append(order, i)
		}
	}
	err := parallel.For(ctx, len(order), func(i int) error {
		pg := pages[order[i]]
		var werr error
		err := pg.RenderWith(func(b []byte) error {
			if werr = w.WriteFile(pg.Path, b); werr == nil {
				count(pg.Kind, len(b))
			}
			return werr
		})
		if werr != nil {
			return werr
		}
		if err != nil {
			reportTemplate(probs, cat.Site.Theme, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	files, err := p.index()
	if err = cmp.Or(err, ctx.Err()); err != nil {
		return err
	}
	extra := thumbs
	for _, f := range files {
		extra = append(extra, generated{f.Path, f.Data})
	}
	err = parallel.For(ctx, len(extra), func(i int) error {
		f := extra[i]
		if err := w.WriteFile(f.path, f.data); err != nil {
			return err
		}
		count("file", len(f.data))
		return nil
	})
	if err != nil {
		return err
	}
	copies := make([][2]string, 0, len(media)+len(static)) // from, to
	for _, f := range media {
		copies = append(copies, [2]string{path.Join(load.ContentDir, f), f})
	}
	for _, f := range static {
		copies = append(copies, [2]string{f, strings.TrimPrefix(f, "static/")})
	}
	err = parallel.For(ctx, len(copies), func(i int) error {
		from, to := copies[i][0], copies[i][1]
		fsys := src
		if strings.HasPrefix(from, "static/") {
			fsys = themeFS
		}
		b, err := fs.ReadFile(fsys, from)
		if err != nil {
			source.Report(probs, copyPath(from, cat.Site.Theme), err)
			return nil
		}
		if err := changedMedia(from, to, b); err != nil {
			return err
		}
		if err := w.WriteFile(to, b); err != nil {
			return err
		}
		mu.Lock()
		res.Files++
		res.Bytes += int64(len(b))
		mu.Unlock()
		return nil
	})
	delete(res.Pages, "file")
	return err
}

// reportTemplate records a template error as a problem of the theme.
func reportTemplate(probs *diag.List, themeName string, err error) {
	var te *render.TemplateError
	if errors.As(err, &te) {
		probs.Errorf(diag.Pos{File: "themes/" + themeName + "/" + te.File, Line: te.Line, Col: te.Col}, "%v", te.Err)
		return
	}
	probs.Errorf(diag.Pos{File: "themes/" + themeName}, "%v", err)
}

// mediaFiles lists the files to copy from content/ (as paths inside it,
// e.g. media/x.jpg): everything under content/media/ and every image a
// record names elsewhere; and the sizes of the images among them. A file
// that may not be published is an error in probs, and is not listed
// (mediaFile).
func mediaFiles(src fs.FS, cat *catalog.Catalog, probs *diag.List) ([]string, map[string]render.Image) {
	set := map[string]bool{}
	fs.WalkDir(src, path.Join(load.ContentDir, "media"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") && readable(p, d) {
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
	files := slices.Sorted(maps.Keys(set))
	images := map[string]render.Image{}
	files = slices.DeleteFunc(files, func(rel string) bool { return !mediaFile(src, rel, images, probs) })
	return files, images
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

// staticFiles lists the theme's static files.
func staticFiles(themeFS fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(themeFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && readable(p, d) {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// themeFor returns the theme's files: the catalogue's themes/<name>/ over
// the embedded default theme.
func themeFor(src fs.FS, name string) (fs.FS, error) {
	dir := "themes/" + name
	own, err := fs.Sub(src, dir)
	if err != nil {
		return nil, err
	}
	_, statErr := fs.Stat(src, dir)
	if statErr != nil && !errors.Is(statErr, fs.ErrNotExist) {
		return nil, statErr // a link refused, or a folder that cannot be read
	}
	if name != "default" {
		if statErr != nil {
			return nil, fmt.Errorf("theme %q not found: create the folder %s/ or set theme = \"default\"", name, dir)
		}
		return overlay{own, theme.FS}, nil
	}
	if statErr != nil {
		return theme.FS, nil
	}
	return overlay{own, theme.FS}, nil
}

// overlay reads files from top, falling back to base.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	fi, err := fs.Stat(o.top, name)
	var refused *source.Error // reported by source.Check
	switch {
	case err == nil && !fi.IsDir():
		return o.top.Open(name)
	case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.As(err, &refused):
		return nil, err // the catalogue's file, unreadable: not replaced by the embedded one
	}
	return o.base.Open(name)
}

// ReadDir merges the entries of both layers, so static/ lists the files of
// both.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]fs.DirEntry{}
	var firstErr error
	for _, l := range []fs.FS{o.base, o.top} {
		es, err := fs.ReadDir(l, name)
		if err != nil {
			firstErr = err
			continue
		}
		for _, e := range es {
			seen[e.Name()] = e
		}
	}
	if len(seen) == 0 && firstErr != nil {
		return nil, firstErr
	}
	return slices.SortedFunc(maps.Values(seen), func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) }), nil
}

// text is a markdown field and the page it is shown on.
type text struct {
	md    *catalog.Markdown
	page  string // site path of the page, for relative links
	links []markdown.Link
}

func markdownTexts(cat *catalog.Catalog) []*text {
	out := make([]*text, 0, len(cat.Districts)+len(cat.Products)+len(cat.Tourism)+len(cat.Stories))
	for _, d := range cat.Districts {
		out = append(out, &text{md: &d.Description, page: d.URL()})
	}
	for _, p := range cat.Products {
		out = append(out, &text{md: &p.Description, page: p.URL()})
	}
	for _, t := range cat.Tourism {
		out = append(out, &text{md: &t.Body, page: t.URL()})
	}
	for _, s := range cat.Stories {
		out = append(out, &text{md: &s.Body, page: s.URL()})
	}
	return out
}

func convertAll(ctx context.Context, texts []*text, base string, probs *diag.List, cache *mdCache) {
	conv := markdown.New()
	parallel.For(ctx, len(texts), func(i int) error {
		t := texts[i]
		if strings.TrimSpace(t.md.Source) == "" {
			return nil
		}
		if c, ok := cache.get(t.md.Source, base); ok {
			setHTML(t.md, c.html)
			t.links = c.links
			return nil
		}
		html, links, err := conv.Convert(t.md.Source, base)
		if err != nil && probs != nil {
			line, _ := t.md.Start()
			probs.Errorf(diag.Pos{File: t.md.File, Line: line}, "%v", err)
			return nil
		}
		setHTML(t.md, html)
		t.links = links
		cache.put(t.md.Source, base, converted{html, links})
		return nil
	})
}

// mdCache keeps rendered markdown by source between builds of a session;
// a nil cache keeps nothing.
type mdCache struct {
	mu sync.Mutex
	m  map[[2]string]converted
}

type converted struct {
	html  string
	links []markdown.Link
}

func (c *mdCache) get(src, base string) (converted, bool) {
	if c == nil {
		return converted{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[[2]string{src, base}]
	return v, ok
}

func (c *mdCache) put(src, base string, v converted) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[[2]string]converted{}
	}
	c.m[[2]string{src, base}] = v
}

// checkLinks reports links of the markdown to pages or files of the site
// that do not exist.
func checkLinks(texts []*text, known map[string]bool, baseURL string, probs *diag.List) {
	for _, t := range texts {
		pos := newPositioner(t.md)
		for _, l := range t.links {
			target, internal := resolveLink(l.Dest, t.page, baseURL)
			if !internal || linkExists(target, known) {
				continue
			}
			line, col := pos.at(l.Offset)
			what := "link"
			if l.Image {
				what = "image"
			}
			msg := fmt.Sprintf("broken %s %q: no page or file %s in the site", what, l.Dest, target)
			if hint := linkHint(target); hint != "" {
				msg += "; " + hint
			}
			probs.Errorf(diag.Pos{File: t.md.File, Line: line, Col: col}, "%s", msg)
		}
	}
}

// resolveLink turns a link written on the page at pageURL into a site path,
// and tells whether it points inside the site.
func resolveLink(dest, pageURL, baseURL string) (string, bool) {
	if dest == "" || strings.HasPrefix(dest, "#") {
		return "", false
	}
	if rest, ok := strings.CutPrefix(dest, baseURL); ok {
		dest = "/" + rest
	}
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(dest, "//") {
		return "", false
	}
	p := u.Path
	if p == "" {
		return "", false
	}
	if !strings.HasPrefix(p, "/") {
		trailing := strings.HasSuffix(p, "/")
		p = path.Join(pageURL, p)
		if trailing {
			p += "/"
		}
	}
	return p, true
}

func linkExists(p string, known map[string]bool) bool {
	if known[p] {
		return true
	}
	if !strings.HasSuffix(p, "/") && path.Ext(p) == "" {
		return known[p+"/"]
	}
	return known[strings.TrimSuffix(p, "index.html")]
}

// linkHint suggests how to fix a link to a page of a known kind.
func linkHint(p string) string {
	for prefix, dir := range map[string]string{
		"/san-pham/": "content/products/", "/du-lich/": "content/tourism/", "/tin-tuc/": "content/stories/",
		"/diem-ban/": "content/sales-points/", "/quan-huyen/": "content/districts.toml", "/media/": "content/media/",
	} {
		if strings.HasPrefix(p, prefix) {
			return "check the slug against " + dir
		}
	}
	return ""
}

// position turns an offset in a markdown field into a file line and column.
func position(md *catalog.Markdown, off int) (int, int) {
	src := md.Source[:min(off, len(md.Source))]
	line := strings.Count(src, "\n")
	col := len([]rune(src[strings.LastIndexByte(src, '\n')+1:])) + 1
	startLine, startCol := md.Start()
	if line == 0 {
		col += max(startCol, 1) - 1
	}
	return max(startLine, 1) + line, col
}
