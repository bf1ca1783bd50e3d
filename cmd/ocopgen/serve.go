package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/serve"
	"github.com/ocopgen/ocopgen/generator/session"
	"github.com/ocopgen/ocopgen/generator/source"
	"github.com/ocopgen/ocopgen/generator/watch"
)

// watched are the paths of a catalogue that serve watches. All of themes/
// is watched, so that changing the theme in ocopgen.toml needs no restart.
var watched = []string{load.ConfigFile, load.ContentDir, "themes"}

func cmdServe(ctx context.Context, t language.Tag, args []string, stdout, stderr io.Writer) int {
	f, code := serveFlags(args, t, stderr)
	if code >= 0 {
		return code
	}
	opts, err := f.options()
	if err != nil {
		failed(stderr, t, "serve", err)
		return exitUsage
	}
	f.lang = t
	// Thumbnails come from, and go to, the cache that build keeps.
	opts.CacheDir = filepath.Join(f.source, CacheDir)
	opts.Resizing = announceResizing(stderr, t, opts.CacheDir)
	// main cancels ctx on Ctrl-C; so does this, wherever serve is started
	// from (a test's subprocess, for one).
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	// Take the port before building: a port in use fails at once.
	ln, err := net.Listen("tcp", net.JoinHostPort(f.bind, strconv.Itoa(f.port)))
	if err != nil {
		lang.Fprintf(stderr, t, "ocopgen serve: %v\nChoose another port with --port N, or --port 0 for any free port.\n", err)
		return exitProblems
	}
	defer ln.Close()
	// Watch before building: a change made during the first build gives a
	// rebuild.
	w, err := watch.New(f.source, watched, watch.Options{Log: stderr})
	if err != nil {
		failed(stderr, t, "serve", err)
		return exitProblems
	}
	defer w.Close()
	s := &live{f: f, ln: ln, stdout: stdout, stderr: stderr}
	s.srv = serve.New(siteBuilder(f.source, opts, t, stderr, &s.settings, &s.changed))
	defer s.srv.Close()
	s.srv.Listen(f.bind, s.addr().Port)
	start := time.Now()
	problems := s.srv.Rebuild(ctx, serve.Content)
	if ctx.Err() != nil { // Ctrl-C during the first build
		lang.Fprintf(stdout, t, "Stopped.\n")
		return exitOK
	}
	rebuilt(stdout, stderr, t, false, problems, start)
	return s.run(ctx, w)
}

// serveOptions are the flags of serve.
type serveOptions struct {
	common
	port int
	bind string
	lang language.Tag // of everything serve prints
}

func serveFlags(args []string, t language.Tag, stderr io.Writer) (serveOptions, int) {
	var f serveOptions
	fs := newFlags("serve", lang.Sprintf(t, "serve [-s DIR] [--port 1313] [--bind 127.0.0.1] [--drafts] [--date YYYY-MM-DD]"), t, stderr)
	f.register(fs, t)
	fs.BoolVar(&f.drafts, "drafts", false, lang.Sprintf(t, "show draft stories"))
	fs.IntVar(&f.port, "port", 1313, lang.Sprintf(t, "port to listen on; 0 picks a free one"))
	fs.StringVar(&f.bind, "bind", "127.0.0.1", lang.Sprintf(t, "address to listen on: 127.0.0.1 serves this computer only, 0.0.0.0 every computer of the network"))
	if code := parse(fs, t, args); code >= 0 {
		return f, code
	}
	if f.port < 0 || f.port > 65535 {
		lang.Fprintf(stderr, t, "ocopgen serve: --port %d: use a port from 1 to 65535, or 0 for any free port\n", f.port)
		return f, exitUsage
	}
	return f, -1
}

// live is a running serve: the site built, served over HTTP and rebuilt
// on each batch of changes.
type live struct {
	f              serveOptions
	ln             net.Listener
	srv            *serve.Server
	stdout, stderr io.Writer
	settings       catalog.Settings // of the last build
	changed        []string         // the paths of the batch being built
}

func (s *live) addr() *net.TCPAddr { return s.ln.Addr().(*net.TCPAddr) }

// run serves the site and rebuilds it on each batch of changes, until ctx
// is cancelled.
func (s *live) run(ctx context.Context, w *watch.Watcher) int {
	hs := &http.Server{Handler: s.srv, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(s.ln) }()
	s.announce()
	base := s.srv.BasePath()
	for {
		select {
		case <-ctx.Done():
			return shutdown(hs, s.srv, s.f.lang, s.stdout, s.stderr)
		case err := <-served:
			failed(s.stderr, s.f.lang, "serve", err)
			return exitProblems
		case batch, ok := <-w.Batches():
			if !ok {
				return shutdown(hs, s.srv, s.f.lang, s.stdout, s.stderr)
			}
			s.rebuild(ctx, batch)
			if ctx.Err() == nil && s.srv.BasePath() != base { // base_url changed
				base = s.srv.BasePath()
				lang.Fprintf(s.stdout, s.f.lang, "Serving at %s\n", siteURL(s.addr(), s.f.bind, base))
			}
		}
	}
}

// announce says where the site is served.
func (s *live) announce() {
	title := s.settings.Title
	if title == "" {
		abs, _ := filepath.Abs(s.f.source)
		title = filepath.Base(abs)
	}
	lang.Fprintf(s.stdout, s.f.lang, "Serving %s at %s (Ctrl-C to stop)\n", title, siteURL(s.addr(), s.f.bind, s.srv.BasePath()))
	switch {
	case s.addr().IP.IsLoopback():
	case s.f.drafts:
		lang.Fprintf(s.stdout, s.f.lang, "Warning: --bind %s lets other computers of the network see the site, drafts included.\n", s.f.bind)
	default:
		lang.Fprintf(s.stdout, s.f.lang, "Warning: --bind %s lets other computers of the network see the site.\n", s.f.bind)
	}
}

// rebuild takes a batch of changes.
func (s *live) rebuild(ctx context.Context, batch []string) {
	start := time.Now()
	lang.Fprintf(s.stdout, s.f.lang, "Changed: %s\n", describe(s.f.lang, batch))
	s.changed = batch
	problems := s.srv.Rebuild(ctx, changeOf(batch))
	if ctx.Err() != nil {
		return
	}
	rebuilt(s.stdout, s.stderr, s.f.lang, true, problems, start)
}

// shutdown closes the event streams of the open pages, then the server.
func shutdown(hs *http.Server, srv *serve.Server, t language.Tag, stdout, stderr io.Writer) int {
	srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(ctx); err != nil {
		failed(stderr, t, "serve", err)
		hs.Close()
	}
	lang.Fprintf(stdout, t, "Stopped.\n")
	return exitOK
}

// rebuilt says how the first build, or a rebuild (again), went; its
// problems are printed as it ends.
func rebuilt(stdout, stderr io.Writer, t language.Tag, again bool, problems []serve.Problem, start time.Time) {
	switch {
	case len(problems) > 0:
		lang.Fprintf(stderr, t, "ocopgen serve: %d error(s): the pages show them over the last good version of the site, and reload once they are fixed\n", len(problems))
	case again:
		lang.Fprintf(stdout, t, "Rebuilt in %d ms\n", time.Since(start).Milliseconds())
	default:
		lang.Fprintf(stdout, t, "Built in %d ms\n", time.Since(start).Milliseconds())
	}
}

// siteBuilder returns the rebuild function of the server: a full build
// into memory. The problems (warnings too) are printed to log as each
// build ends, except warnings already printed by the build before; the
// site carries the errors, for the overlay.
func siteBuilder(src string, opts build.Options, t language.Tag, log io.Writer, settings *catalog.Settings, changed *[]string) func(context.Context) (*serve.Build, error) {
	var last []diag.Problem // printed by the last build
	// The catalogue stays open for as long as serve runs.
	root, err := source.Open(src)
	if err != nil {
		return func(context.Context) (*serve.Build, error) { return nil, err }
	}
	sess := session.New(root, opts)
	return func(ctx context.Context) (*serve.Build, error) {
		var paths []string // nil: read everything
		if changed != nil {
			paths, *changed = *changed, nil
		}
		// Stopped, a rebuild is left to finish unwaited for: serve is ending.
		type rebuilt struct {
			lazy *session.Preview
			res  *build.Result
		}
		r, err := untilDone(ctx, func() (rebuilt, error) {
			lazy, res, err := sess.Rebuild(ctx, paths)
			return rebuilt{lazy, res}, err
		})
		lazy, res := r.lazy, r.res
		if err != nil {
			return nil, err
		}
		if lazy == nil {
			err = build.ErrProblems
		}
		if err == nil && len(res.Problems) > 0 && slices.EqualFunc(res.Problems, last, diag.Problem.Same) {
			lang.Fprintf(log, t, "ocopgen serve: the same %d warning(s) as the last build\n", len(res.Problems))
		} else {
			diag.PrintIn(log, res.Problems, diag.Text, t)
		}
		last = res.Problems
		*settings = res.Site
		site := &serve.Build{Lang: t}
		for _, p := range res.Problems {
			if p.Severity == diag.Error {
				site.Problems = append(site.Problems, serve.Problem{File: diag.Escape(p.File), Line: p.Line, Col: p.Col, Message: diag.Escape(p.Text(t))})
			}
		}
		if err == nil {
			site.BasePath = res.Site.BasePath()
			site.Files = lazy
		}
		return site, nil
	}
}

// siteURL is the address to open in a browser.
func siteURL(addr *net.TCPAddr, bind, base string) string {
	host := bind
	if ip := net.ParseIP(bind); ip != nil && ip.IsUnspecified() || bind == "" {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(addr.Port)) + base
}

// changeOf tells whether a batch changes only stylesheets of a theme.
func changeOf(batch []string) serve.Change {
	if len(batch) == 0 {
		return serve.Content
	}
	for _, p := range batch {
		parts := strings.SplitN(p, "/", 4)
		if len(parts) < 4 || parts[0] != "themes" || parts[2] != "static" || path.Ext(p) != ".css" {
			return serve.Content
		}
	}
	return serve.Styles
}

// describe names the changed paths, the first few of them.
func describe(t language.Tag, batch []string) string {
	const show = 3
	if len(batch) <= show {
		return strings.Join(batch, ", ")
	}
	return lang.Sprintf(t, "%s and %d more", strings.Join(batch[:show], ", "), len(batch)-show)
}
