package session

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/markdown"
	"github.com/ocopgen/ocopgen/generator/render"
)

// Session keeps a catalogue loaded between the rebuilds of serve, and the
// last site built without errors.
type Session struct {
	src   fs.FS
	opts  build.Options
	state *load.State
	md    markdown.Cache
	last  *Preview // the last site built without errors, until a rebuild fails
	dirty []string // files of a quick edit that failed
	day   string   // when state was loaded, YYYY-MM-DD
	now   func() time.Time
}

// New returns a session over the catalogue rooted at src.
func New(src fs.FS, opts build.Options) *Session {
	return &Session{src: load.NFC(src), opts: opts, now: time.Now}
}

// Rebuild brings the session up to date with the files changed since the
// last call (paths relative to the catalogue; nil means unknown: read
// everything) and returns the new site, nil when the catalogue has errors.
// The result holds the problems either way.
func (s *Session) Rebuild(ctx context.Context, changed []string) (*Preview, *build.Result, error) {
	start := time.Now()
	res := &build.Result{Pages: map[string]int{}}
	changed = s.withDirty(changed)
	// Without a fixed date, a new day (serve left running overnight) reads
	// everything again, so that certificates expire on time.
	now := cmp.Or(s.opts.Today, s.now())
	today := now.Format(time.DateOnly)
	loaded := s.state != nil && (!s.opts.Today.IsZero() || s.day == today)
	// Records (products, stories, tourism links, sales points) are read
	// again one by one, and a change of the theme reads no record again; a
	// change of any other file reads everything.
	records := loaded && len(changed) > 0 && !slices.ContainsFunc(changed, func(c string) bool { return !load.Updatable(c) })
	theme := loaded && len(changed) > 0 && !slices.ContainsFunc(changed, func(c string) bool { return !strings.HasPrefix(c, "themes/") })
	if records && s.last != nil {
		if site, ok := s.patch(ctx, changed, res); ok {
			res.Patched = site != nil
			res.Duration = time.Since(start)
			return site, res, nil
		}
	}
	s.last = nil
	switch {
	case records:
		s.state.Update(changed)
	case theme: // the loaded records, linked anew
	default:
		s.state, s.day = load.NewState(s.src, load.Options{Today: now}), today
	}
	cat, probs := s.state.Catalog()
	p, err := build.Prepare(ctx, s.src, cat, probs, s.opts, &s.md, res)
	res.Problems = probs.Problems()
	res.Duration = time.Since(start)
	if err != nil || p == nil {
		return nil, res, err
	}
	site := newPreview(p, res)
	var eager []string
	if records {
		eager = editedPages(p, changed)
	} else {
		eager = onePerKind(p.Pages())
	}
	site.renderNow(eager, probs)
	if n, _ := probs.Count(); n > 0 {
		res.Problems = probs.Problems()
		return nil, res, nil
	}
	s.last = site
	return site, res, nil
}

// withDirty adds to changed the files of a quick edit that failed, so that
// they are read again until they are fixed.
func (s *Session) withDirty(changed []string) []string {
	if changed != nil && len(s.dirty) > 0 {
		changed = append(slices.Clone(changed), s.dirty...)
		slices.Sort(changed)
		changed = slices.Compact(changed)
	}
	s.dirty = nil
	return changed
}

// newPreview makes the preview of a prepared build, counting its pages in
// res.
func newPreview(p *build.Prepared, res *build.Result) *Preview {
	for _, pg := range p.Pages() {
		res.Pages[pg.Kind]++
	}
	delete(res.Pages, "file")
	return &Preview{p: p, pages: maps.Clone(res.Pages)}
}

// A template error shows on every page of its kind: after a change of
// anything but records, one page of each kind is rendered at once, so that
// it is reported with the other problems (onePerKind). After a change of
// records, their pages are (editedPages): an error their data causes is
// reported too, and the editor's page is ready when the browser reloads it.

func onePerKind(pages []render.Page) []string {
	var eager []string
	tried := map[string]bool{}
	for _, pg := range pages {
		if pg.Kind == "file" || tried[pg.Kind] {
			continue
		}
		tried[pg.Kind] = true
		eager = append(eager, pg.Path)
	}
	return eager
}

func editedPages(p *build.Prepared, changed []string) []string {
	edited := map[string]bool{}
	edit := func(file, url string) {
		if slices.Contains(changed, file) {
			edited[pagePath(url)] = true
		}
	}
	cat := p.Catalog()
	for _, p := range cat.Products {
		edit(p.File, p.URL())
	}
	for _, st := range cat.Stories {
		edit(st.File, st.URL())
	}
	for _, t := range cat.Tourism {
		edit(t.File, t.URL())
	}
	for _, sp := range cat.SalesPoints {
		edit(sp.File, sp.URL())
	}
	var eager []string
	for _, pg := range p.Pages() {
		if pg.Kind != "file" && edited[pg.Path] {
			eager = append(eager, pg.Path)
		}
	}
	return eager
}

// patch is the quick way through an edit of products or stories that
// changes no link between records (load.State.Patch says which): a new
// catalogue holds the new versions of the records in the places of the
// old ones, and a new preview renders from it, sharing the last one's page
// list, relations and link paths; only the new records' markdown is
// converted, and their pages are rendered at once. The last preview is not
// touched. It returns ok=false when the edit needs the slow way.
func (s *Session) patch(ctx context.Context, changed []string, res *build.Result) (*Preview, bool) {
	patched, probs, ok := s.state.Patch(changed)
	if !ok {
		return nil, false
	}
	last := s.last
	p, ok := last.p.Replace(patched.Products, patched.Stories)
	if !ok {
		return nil, false // the state is ahead of the last site: link anew
	}
	res.Site = p.Catalog().Site
	var products []*catalog.Product
	var stories []*catalog.Story
	var pages []string // of the new records
	for _, pr := range patched.Products {
		products = append(products, pr)
		pages = append(pages, pagePath(pr.URL()))
	}
	for _, st := range patched.Stories {
		if st.Draft && !s.opts.Drafts {
			continue // not in the site: Prepare leaves drafts out too
		}
		stories = append(stories, st)
		pages = append(pages, pagePath(st.URL()))
	}
	if !p.Convert(ctx, products, stories, probs, &s.md) {
		return nil, false // a link to a page not made yet: link anew
	}
	site := &Preview{p: p, pages: last.pages}
	site.renderNow(pages, probs)
	maps.Copy(res.Pages, last.pages)
	res.Problems = probs.Problems()
	if n, _ := probs.Count(); n > 0 {
		// The last good site is as it was. The state holds the broken
		// records: the next rebuild links anew, and reads the files again,
		// so that their problems show until they are fixed.
		s.last, s.dirty = nil, changed
		return nil, true
	}
	for old := range patched.Products {
		p.Forget(old) // its card: the new site shows the new version
	}
	s.last = site
	return site, true
}

// renderNow renders the pages named (files of the site) and keeps them,
// reporting template errors to probs.
func (s *Preview) renderNow(names []string, probs *diag.List) {
	for _, name := range names {
		f, ok := s.p.Files().File(name)
		if !ok {
			continue
		}
		b, err := s.p.Read(f)
		if err != nil {
			s.p.ReportTemplate(probs, err)
			continue
		}
		s.cache.Store(name, b)
	}
}

// pagePath is the file of the HTML page at a site path.
func pagePath(url string) string { return strings.TrimPrefix(url, "/") + "index.html" }

// Preview is a built site whose pages render when first asked for, from
// its own catalogue; its files are those of its build's manifest, which
// the previews of one quick edit after another share.
type Preview struct {
	p     *build.Prepared
	pages map[string]int // pages per kind
	cache sync.Map       // path → []byte

	indexOnce  sync.Once
	indexFiles map[string][]byte
}

// File returns a file of the site by slash-separated path
// ("san-pham/x/index.html"). A file that cannot be read is served as the
// error that says why.
func (s *Preview) File(name string) ([]byte, bool) {
	if b, ok := s.cache.Load(name); ok {
		return b.([]byte), true
	}
	if strings.HasPrefix(name, "tim-kiem/chi-muc/") {
		s.indexOnce.Do(func() {
			files, _ := s.p.SearchIndex() // the index of a loaded catalogue has no errors to report
			s.indexFiles = map[string][]byte{}
			for _, f := range files {
				s.indexFiles[f.Path] = f.Data
			}
		})
		b, ok := s.indexFiles[name]
		return b, ok
	}
	f, ok := s.p.Files().File(name)
	if !ok {
		return nil, false
	}
	b, err := s.p.Read(f)
	if err != nil {
		return []byte(fmt.Sprintf("ocopgen: %v", err)), true
	}
	s.cache.Store(name, b)
	return b, true
}
