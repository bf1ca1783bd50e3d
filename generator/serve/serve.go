// Package serve serves a site from memory while it is being edited, and
// reloads the pages open in browsers after each rebuild.
//
// The server knows nothing of catalogues: it takes a rebuild function that
// returns a Build (files by path, and the problems of the build). Rebuild
// calls it and swaps the new site in at once, so a request sees the old
// site or the new one, never half of one. When a rebuild has errors, the
// server keeps the last good site and shows the problems in an overlay on
// top of every HTML page, until a rebuild succeeds.
//
// HTML pages get a small script before </body> (only here, never in a
// built site), loaded from ReloadPath: it listens on the Server-Sent Events
// endpoint /__ocopgen/events and reloads the page after a rebuild, keeping the
// scroll position, or swaps the stylesheets when only styles changed.
//
// The preview is for its editor alone: the server answers only the Host
// names it listens under (see Listen), so that a page of another site
// cannot read it through DNS rebinding, and every answer carries a
// Content-Security-Policy that runs the site's own scripts only.
package serve

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// Build is what a rebuild hands the server: the files of the new site (or
// none, when it failed), the path it is served below, and its problems.
type Build struct {
	// Files are the files of the site, or nil when the build failed: the
	// server then keeps serving the last good files.
	Files Files
	// BasePath is the path the site is served below, as its base URL says:
	// "/" for a site at the root of its domain, "/ocop/" below one.
	BasePath string
	// Problems are the errors of the build, shown over every page.
	Problems []Problem
	// Lang is the language of the catalogue: the overlay and the pages
	// of the server are worded in it (English if unset).
	Lang language.Tag
}

// Files holds the files of a site by slash-separated path relative to its
// root ("san-pham/x/index.html"). output.Memory is one.
type Files interface {
	File(name string) ([]byte, bool)
}

// mapFiles is a site held in a map.
type mapFiles map[string][]byte

func (m mapFiles) File(name string) ([]byte, bool) {
	b, ok := m[name]
	return b, ok
}

// Problem is an error of a build, at a place in a file of the catalogue.
type Problem struct {
	File      string // relative to the catalogue, slash-separated
	Line, Col int    // from 1; 0 if unknown
	Message   string
}

// place returns the place of the problem: file, file:line or file:line:col.
func (p Problem) place() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

func (p Problem) String() string {
	if p.File == "" {
		return p.Message
	}
	return p.place() + ": " + p.Message
}

// Change tells the server what a rebuild is for, so it can tell the open
// pages what to do.
type Change int

const (
	// Content is any change: the pages reload.
	Content Change = iota
	// Styles is a change of stylesheets only: the pages swap their
	// stylesheets without reloading.
	Styles
)

// Server serves the last good site and tells open pages when it changes.
// Create it with New.
type Server struct {
	rebuild func(context.Context) (*Build, error)

	building sync.Mutex // one rebuild at a time
	state    atomic.Pointer[state]
	started  int64  // tells this server's builds from another's
	builds   uint64 // counts the rebuilds; under building

	hosts *hosts // the Host values answered; set by Listen

	clientsMu sync.Mutex
	clients   map[*client]bool
	done      chan struct{}
	closeOnce sync.Once
}

// state is what requests read: one pointer, swapped whole.
type state struct {
	files    Files // the last good files; nil before the first good build
	base     string
	problems []Problem
	build    string       // names the rebuild, for the pages to compare
	lang     language.Tag // of the last build, for the server's own words
}

// New returns a server that builds its site with rebuild. It serves
// nothing until the first call of Rebuild.
func New(rebuild func(context.Context) (*Build, error)) *Server {
	s := &Server{
		rebuild: rebuild,
		clients: map[*client]bool{},
		done:    make(chan struct{}),
		started: time.Now().UnixNano(),
	}
	s.state.Store(&state{base: "/", build: s.buildName()})
	return s
}

// Rebuild builds the site again and serves the result from the next
// request on. If the build fails, the server keeps the last good files and
// shows the problems over them. Open pages are told to reload, or for a
// change of Styles that builds without problems after one that had none,
// to swap their stylesheets. Rebuild returns the problems of this build
// (nil if none). Rebuilds run one at a time. When ctx is cancelled during a
// rebuild, the result is dropped.
func (s *Server) Rebuild(ctx context.Context, change Change) []Problem {
	s.building.Lock()
	defer s.building.Unlock()
	site, err := s.rebuild(ctx)
	if ctx.Err() != nil {
		return nil
	}
	old := s.state.Load()
	s.builds++
	next := &state{files: old.files, base: old.base, build: s.buildName(), lang: old.lang}
	if site != nil {
		next.problems = site.Problems
		next.lang = site.Lang
	}
	if err != nil {
		next.problems = append(next.problems, Problem{Message: lang.In(next.lang, err)})
	}
	if site != nil && site.Files != nil && err == nil {
		next.files = site.Files
		next.base = cleanBase(site.BasePath)
	}
	s.state.Store(next)
	event := "reload"
	if change == Styles && len(next.problems) == 0 && len(old.problems) == 0 && old.files != nil {
		event = "css"
	}
	s.broadcast(event, next.build)
	return next.problems
}

func (s *Server) buildName() string { return fmt.Sprintf("%x-%d", s.started, s.builds) }

// BasePath returns the path the site is served below: that of the last
// good build, "/" before one.
func (s *Server) BasePath() string { return s.state.Load().base }

// Close ends the event streams of open pages, so that an http.Server
// serving s can shut down. The pages reconnect by themselves to a new
// server.
func (s *Server) Close() {
	s.closeOnce.Do(func() { close(s.done) })
}

// cleanBase makes a base path start and end with a slash.
func cleanBase(p string) string {
	p = path.Clean("/" + p)
	if p != "/" {
		p += "/"
	}
	return p
}

// ServeHTTP serves the files of the site, the event stream, and 404.html
// with status 404 for anything else.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	secure(w.Header())
	if !s.hosts.allows(r.Host) {
		s.misdirected(w, r)
		return
	}
	if r.URL.Path == eventsPath {
		s.events(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if s.own(w, r) {
		return
	}
	if !safe(r.URL.Path) {
		http.Error(w, "bad request: the path leaves the site", http.StatusBadRequest)
		return
	}
	st := s.state.Load()
	w.Header().Set("Cache-Control", "no-store")
	if st.files == nil {
		s.noSite(w, r, st)
		return
	}
	p := r.URL.Path
	if !strings.HasPrefix(p, st.base) {
		if p+"/" == st.base || p == "/" {
			http.Redirect(w, r, st.base, http.StatusFound)
			return
		}
		s.notFound(w, r, st)
		return
	}
	name := strings.TrimPrefix(p, st.base)
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if !fs.ValidPath(name) { // "//x", "/a//b"
		s.notFound(w, r, st)
		return
	}
	b, ok := st.files.File(name)
	if !ok {
		if _, ok := st.files.File(name + "/index.html"); ok {
			target := p + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		s.notFound(w, r, st)
		return
	}
	s.write(w, r, st, name, b, http.StatusOK)
}

// own serves the files of the server itself: the live-reload script and
// the overlay's stylesheet.
func (s *Server) own(w http.ResponseWriter, r *http.Request) bool {
	var b, ctype string
	switch r.URL.Path {
	case ReloadPath:
		b, ctype = reloadScript, types[".js"]
	case overlayCSS:
		b, ctype = overlayStyle, types[".css"]
	default:
		return false
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	http.ServeContent(w, r, path.Base(r.URL.Path), time.Time{}, strings.NewReader(b))
	return true
}

// safe reports whether a request path stays inside the site: absolute, no
// "." or ".." segment (after decoding, so %2e%2e counts), no backslash, no
// NUL.
func safe(p string) bool {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return false
	}
	for seg := range strings.SplitSeq(p[1:], "/") {
		if seg == "." || seg == ".." {
			return false
		}
	}
	return true
}

// notFound serves the site's 404.html with status 404.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, st *state) {
	b, ok := st.files.File("404.html")
	if !ok {
		b = []byte(lang.Sprintf(st.lang, "<!DOCTYPE html>\n<title>404</title>\n<h1>404 page not found</h1>\n<p>The site has no 404.html.</p>\n"))
	}
	s.write(w, r, st, "404.html", b, http.StatusNotFound)
}

// noSite answers when no build has succeeded yet.
func (s *Server) noSite(w http.ResponseWriter, r *http.Request, st *state) {
	b := []byte(lang.Sprintf(st.lang, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>ocopgen serve</title></head>\n<body><h1>The site is not built yet</h1><p>This page reloads by itself once the catalogue builds.</p></body></html>\n"))
	s.write(w, r, st, "index.html", b, http.StatusServiceUnavailable)
}

// write sends a file, with the live-reload script and the problems in
// HTML pages.
func (s *Server) write(w http.ResponseWriter, r *http.Request, st *state, name string, b []byte, status int) {
	ctype := contentType(name, b)
	w.Header().Set("Content-Type", ctype)
	if strings.HasPrefix(ctype, "text/html") {
		b = inject(b, st.build, st.problems, st.lang)
		w.Header().Set("Content-Security-Policy", pageCSP(b))
	}
	if status == http.StatusOK {
		// ServeContent answers HEAD and range requests.
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
		return
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(b)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}

// types are the content types of the files a site has; others come from
// the system's table, or from sniffing.
var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".json": "application/json",
	".xml":  "application/xml; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
	".csv":  "text/csv; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".jpg":  "image/jpeg",
	".jpeg": "image/jpeg",
	".gif":  "image/gif",
	".webp": "image/webp",
	".pdf":  "application/pdf",
}

func contentType(name string, b []byte) string {
	if path.Base(name) == "atom.xml" {
		return "application/atom+xml; charset=utf-8"
	}
	ext := strings.ToLower(path.Ext(name))
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return http.DetectContentType(b)
}
