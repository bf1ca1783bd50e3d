package build

import (
	"cmp"
	"context"
	"fmt"
	"github.com/ocopgen/ocopgen/generator/search"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/markdown"
)

// Session keeps a catalogue loaded between builds, for serve. A change to
// records (products, stories, tourism links, sales points) is taken one
// of two ways:
//
//   - the quick way, when the edit changes no link between records and
//     nothing that orders them (a product's text, price or certificate; a
//     story's text): the records are patched in place, their markdown is
//     converted again and their pages rendered; the catalogue, its links
//     and its page list stay (about 1 ms at 10,000 products);
//   - otherwise (and for tourism links and sales points), only the changed
//     files are read again and the catalogue is linked anew (about 40 ms at
//     10,000 products).
//
// A change of the theme links the loaded records anew and renders with
// the new theme. Any other change (settings, districts, groups, media)
// reloads everything. Its sites render each page when it is first
// asked for, so a rebuild costs loading and linking, not rendering
// thousands of pages.
type Session struct {
	src   fs.FS
	opts  Options
	state *load.State
	md    markdown.Cache
	last  *LazySite // the last site built without errors, until a rebuild fails
	dirty []string  // files of a patch that failed and was undone
	day   string    // when state was loaded, YYYY-MM-DD
	now   func() time.Time

	// An incremental rebuild links the same record objects anew that the
	// previous site renders from: it holds mu for writing while it does,
	// and sites render holding it for reading.
	mu sync.RWMutex
}

// NewSession returns a session over the catalogue rooted at src.
func NewSession(src fs.FS, opts Options) *Session {
	return &Session{src: load.NFC(src), opts: opts, now: time.Now}
}

// Rebuild brings the session up to date with the files changed since the
// last call (paths relative to the catalogue; nil means unknown: read
// everything) and returns the new site, nil when the catalogue has errors.
// The result holds the problems either way.
func (s *Session) Rebuild(ctx context.Context, changed []string) (*LazySite, *Result, error) {
	start := time.Now()
	res := &Result{Pages: map[string]int{}}
	if changed != nil && len(s.dirty) > 0 {
		changed = append(slices.Clone(changed), s.dirty...)
		slices.Sort(changed)
		changed = slices.Compact(changed)
	}
	s.dirty = nil
	// Records (products, stories, tourism links, sales points) are read
	// again one by one, and a change of the theme reads no record again; a
	// change of any other file reads everything.
	// Without a fixed date, a new day (serve left running overnight) reads
	// everything again, so that certificates expire on time.
	now := cmp.Or(s.opts.Today, s.now())
	today := now.Format(time.DateOnly)
	loaded := s.state != nil && (!s.opts.Today.IsZero() || s.day == today)
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
	case records || theme:
		// The previous site renders from the same record objects, linked
		// anew below.
		s.mu.Lock()
		defer s.mu.Unlock()
		if records {
			s.state.Update(changed)
		}
	default:
		// New record objects: the previous site keeps rendering its own.
		s.state, s.day = load.NewState(s.src, load.Options{Today: now}), today
	}
	cat, probs := s.state.Catalog()
	p, err := prepare(ctx, s.src, cat, probs, s.opts, &s.md, res)
	res.Problems = probs.Problems()
	res.Duration = time.Since(start)
	if err != nil || p == nil {
		return nil, res, err
	}
	site := &LazySite{p: p, src: s.src, files: map[string]func() ([]byte, error){}, mu: &s.mu, index: indexOf(p.cat)}
	for _, pg := range p.pages {
		site.files[pg.Path] = pg.Render
		res.Pages[pg.Kind]++
	}
	delete(res.Pages, "file")
	site.pages = maps.Clone(res.Pages)
	for _, f := range p.media {
		site.files[f] = readMedia(s.src, f)
	}
	for _, t := range p.thumbs {
		site.files[t.Path] = func() ([]byte, error) { return t.Data, nil }
	}
	for _, f := range p.static {
		site.files[strings.TrimPrefix(f, "static/")] = readFile(p.themeFS, f)
	}
	// A template error shows on every page of its kind: after a change of
	// anything but records, render one page of each kind now, so that it is
	// reported with the other problems. After a change of records, render
	// their pages now: an error their data causes is reported too, and the
	// editor's page is ready when the browser reloads it.
	edited := map[string]bool{}
	if records {
		edit := func(file, url string) {
			if slices.Contains(changed, file) {
				edited[pagePath(url)] = true
			}
		}
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
	}
	var eager []string
	tried := map[string]bool{}
	for _, pg := range p.pages {
		if pg.Kind == "file" || (!records && tried[pg.Kind]) || (records && !edited[pg.Path]) {
			continue
		}
		tried[pg.Kind] = true
		eager = append(eager, pg.Path)
	}
	site.renderNow(eager, probs)
	if n, _ := probs.Count(); n > 0 {
		res.Problems = probs.Problems()
		return nil, res, nil
	}
	s.last = site
	return site, res, nil
}

// patch is the quick way through an edit of products or stories that changes no
// link between records (load.State.Patch says which): the records change
// in place, so the last site's catalogue, page list and links stay; only
// the products' markdown is converted again, their cards are forgotten,
// and their pages are rendered at once. Every other page renders anew when
// asked for, from a new site that shares the last one's page list. It
// returns ok=false, having changed nothing, when the edit needs the slow
// way.
func (s *Session) patch(ctx context.Context, changed []string, res *Result) (*LazySite, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	patched, probs, ok := s.state.Patch(changed)
	if !ok {
		return nil, false
	}
	last := s.last
	p := last.p
	res.Site = p.cat.Site
	var texts []*text
	var pages []string // of the patched records
	for _, pr := range patched.Products {
		texts = append(texts, &text{md: &pr.Description, page: pr.URL()})
		pages = append(pages, pagePath(pr.URL()))
		p.r.Forget(pr)
	}
	for _, st := range patched.Stories {
		if st.Draft && !s.opts.Drafts {
			continue // not in the site: prepare leaves drafts out too
		}
		texts = append(texts, &text{md: &st.Body, page: st.URL()})
		pages = append(pages, pagePath(st.URL()))
	}
	convertAll(ctx, texts, p.r.BasePath(), probs, &s.md)
	checkLinks(texts, p.files, p.cat.Site.BaseURL, probs)
	site := &LazySite{p: p, src: s.src, files: last.files, mu: &s.mu, index: indexOf(p.cat)}
	site.renderNow(pages, probs)
	maps.Copy(res.Pages, last.pages)
	res.Problems = probs.Problems()
	if n, _ := probs.Count(); n > 0 {
		// The last good site renders from these records: put them back,
		// and read the files again on the next rebuild, so that their
		// problems show until they are fixed.
		patched.Undo()
		s.dirty = changed
		return nil, true
	}
	s.last = site
	return site, true
}

// renderNow renders the pages named (files of the site) and keeps them,
// reporting template errors to probs.
func (s *LazySite) renderNow(names []string, probs *diag.List) {
	for _, name := range names {
		b, err := s.files[name]()
		if err != nil {
			reportTemplate(probs, s.p.cat.Site.Theme, err)
			continue
		}
		s.cache.Store(name, b)
	}
}

// pagePath is the file of the HTML page at a site path.
func pagePath(url string) string { return strings.TrimPrefix(url, "/") + "index.html" }

func readFile(fsys fs.FS, name string) func() ([]byte, error) {
	return func() ([]byte, error) { return fs.ReadFile(fsys, name) }
}

// LazySite is a built site whose pages render when first asked for.
type LazySite struct {
	p     *site
	mu    *sync.RWMutex // the session's
	src   fs.FS
	files map[string]func() ([]byte, error) // read only: sites of a session share it
	pages map[string]int                    // pages per kind
	cache sync.Map                          // path → []byte
	index func() ([]search.File, error)

	indexOnce  sync.Once
	indexFiles map[string][]byte
}

// File returns a file of the site by slash-separated path
// ("san-pham/x/index.html").
func (s *LazySite) File(name string) ([]byte, bool) {
	if b, ok := s.cache.Load(name); ok {
		return b.([]byte), true
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if strings.HasPrefix(name, "tim-kiem/chi-muc/") {
		s.indexOnce.Do(func() {
			files, _ := s.index() // the index of a loaded catalogue has no errors to report
			s.indexFiles = map[string][]byte{}
			for _, f := range files {
				s.indexFiles[f.Path] = f.Data
			}
		})
		b, ok := s.indexFiles[name]
		return b, ok
	}
	f, ok := s.files[name]
	if !ok {
		return nil, false
	}
	b, err := f()
	if err != nil {
		return []byte(fmt.Sprintf("ocopgen: %v", err)), true
	}
	s.cache.Store(name, b)
	return b, true
}
