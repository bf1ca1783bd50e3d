package build

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/ocopgen/ocopgen/generator/load"
)

// Session keeps a catalogue loaded between builds, for serve: after a
// change to product files only, it reads those files again and links the
// catalogue anew, instead of reading every file; any other change reloads
// everything. Its sites render each page when it is first asked for, so a
// rebuild costs loading and linking, not rendering thousands of pages.
type Session struct {
	src   fs.FS
	opts  Options
	state *load.State
	md    mdCache

	// An incremental rebuild links the same record objects anew that the
	// previous site renders from: it holds mu for writing while it does,
	// and sites render holding it for reading.
	mu sync.RWMutex
}

// NewSession returns a session over the catalogue rooted at src.
func NewSession(src fs.FS, opts Options) *Session {
	return &Session{src: load.NFC(src), opts: opts}
}

// Rebuild brings the session up to date with the files changed since the
// last call (paths relative to the catalogue; nil means unknown: read
// everything) and returns the new site, nil when the catalogue has errors.
// The result holds the problems either way.
func (s *Session) Rebuild(ctx context.Context, changed []string) (*LazySite, *Result, error) {
	start := time.Now()
	res := &Result{Pages: map[string]int{}}
	full := s.state == nil || !onlyProducts(changed)
	if full {
		// New record objects: the previous site keeps rendering its own.
		s.state = load.NewState(s.src, load.Options{Today: s.opts.Today})
	} else {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.state.UpdateProducts(changed)
	}
	cat, probs := s.state.Catalog()
	p, err := prepare(ctx, s.src, cat, probs, s.opts, &s.md, res)
	res.Problems = probs.Problems()
	res.Duration = time.Since(start)
	if err != nil || p == nil {
		return nil, res, err
	}
	site := &LazySite{p: p, src: s.src, files: map[string]func() ([]byte, error){}, mu: &s.mu}
	for _, pg := range p.pages {
		site.files[pg.Path] = pg.Render
		res.Pages[pg.Kind]++
	}
	delete(res.Pages, "file")
	for _, f := range p.media {
		site.files[f] = readFile(s.src, path.Join(load.ContentDir, f))
	}
	for _, t := range p.thumbs {
		site.files[t.path] = func() ([]byte, error) { return t.data, nil }
	}
	for _, f := range p.static {
		site.files[strings.TrimPrefix(f, "static/")] = readFile(p.themeFS, f)
	}
	// A template error shows on every page of its kind: after a change of
	// anything but records, render one page of each kind now, so that it is
	// reported with the other problems.
	tried := map[string]bool{}
	for _, pg := range p.pages {
		if !full || tried[pg.Kind] || pg.Kind == "file" {
			continue
		}
		tried[pg.Kind] = true
		b, err := pg.Render()
		if err != nil {
			reportTemplate(probs, cat.Site.Theme, err)
			continue
		}
		site.cache.Store(pg.Path, b)
	}
	if n, _ := probs.Count(); n > 0 {
		res.Problems = probs.Problems()
		return nil, res, nil
	}
	return site, res, nil
}

// onlyProducts reports whether every changed path is a product record.
func onlyProducts(changed []string) bool {
	if len(changed) == 0 {
		return false
	}
	for _, c := range changed {
		if !strings.HasPrefix(c, load.ContentDir+"/products/") || path.Ext(c) != ".toml" || strings.HasPrefix(path.Base(c), ".") {
			return false
		}
	}
	return true
}

func readFile(fsys fs.FS, name string) func() ([]byte, error) {
	return func() ([]byte, error) { return fs.ReadFile(fsys, name) }
}

// LazySite is a built site whose pages render when first asked for.
type LazySite struct {
	p     *site
	mu    *sync.RWMutex // the session's
	src   fs.FS
	files map[string]func() ([]byte, error)
	cache sync.Map // path → []byte

	indexOnce sync.Once
	index     map[string][]byte
	indexErr  error
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
			files, err := s.p.index()
			s.index, s.indexErr = map[string][]byte{}, err
			for _, f := range files {
				s.index[f.Path] = f.Data
			}
		})
		b, ok := s.index[name]
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
