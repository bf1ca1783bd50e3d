package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/scaffold"
	"github.com/ocopgen/ocopgen/generator/source"
)

// CacheDir is where build keeps generated files between builds (listing
// thumbnails), inside the catalogue folder. It is safe to delete.
const CacheDir = ".ocopgen-cache"

// common holds the flags shared by build and check.
type common struct {
	source string
	date   string
	drafts bool
}

func (c *common) register(fs *flag.FlagSet, t language.Tag) {
	fs.StringVar(&c.source, "s", ".", lang.Sprintf(t, "catalogue folder, the one holding ocopgen.toml"))
	fs.StringVar(&c.source, "source", ".", lang.Sprintf(t, "same as -s"))
	fs.StringVar(&c.date, "date", "", lang.Sprintf(t, "build as on this day (YYYY-MM-DD), for certificate validity; default today"))
	registerLang(fs, t)
}

// registerLang lists --lang among the flags of -h; chooseLanguage has
// read it already.
func registerLang(fs *flag.FlagSet, t language.Tag) {
	fs.String("lang", "", lang.Sprintf(t, "language of messages: vi (Vietnamese) or en (English); default the catalogue's language, or vi"))
}

func (c *common) options() (build.Options, error) {
	opts := build.Options{Drafts: c.drafts}
	if c.date != "" {
		d, err := time.Parse(time.DateOnly, c.date)
		if err != nil {
			return opts, lang.Errorf("--date %q: write the day as YYYY-MM-DD, for example --date 2025-12-31", c.date)
		}
		opts.Today = d
	}
	if _, err := os.Stat(filepath.Join(c.source, "ocopgen.toml")); err != nil {
		return opts, lang.Errorf("no ocopgen.toml in %s: run ocopgen in a catalogue folder or name one with -s DIR", c.source)
	}
	return opts, nil
}

// newFlags returns the flag set of a command, whose -h and parse errors
// are written to stderr in language t.
func newFlags(name, synopsis string, t language.Tag, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(&flagErrors{w: stderr, t: t})
	fs.Usage = func() {
		lang.Fprintf(stderr, t, "Usage: ocopgen %s\n\nFlags:\n", synopsis)
		printFlags(stderr, fs, t)
	}
	return fs
}

// flagErrors words the parse errors that package flag writes (its own
// words, in English) in a sentence of language t.
type flagErrors struct {
	w io.Writer
	t language.Tag
}

func (f *flagErrors) Write(b []byte) (int, error) {
	lang.Fprintf(f.w, f.t, "ocopgen: %s (the flags are listed below)\n", strings.TrimSuffix(string(b), "\n"))
	return len(b), nil
}

// parse parses flags; it returns -1 to go on, or an exit code.
func parse(fs *flag.FlagSet, t language.Tag, args []string) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		lang.Fprintf(flagOutput(fs), t, "ocopgen %s: unexpected argument %q: put quotes around a name with spaces, and flags before or after it\n", fs.Name(), fs.Arg(0))
		return exitUsage
	}
	return -1
}

// flagOutput is where the flag set fs writes.
func flagOutput(fs *flag.FlagSet) io.Writer {
	if f, ok := fs.Output().(*flagErrors); ok {
		return f.w
	}
	return fs.Output()
}

func cmdBuild(ctx context.Context, t language.Tag, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", lang.Sprintf(t, "build [-s DIR] [-d DIR] [--drafts] [--date YYYY-MM-DD] [--gc]"), t, stderr)
	var c common
	c.register(fs, t)
	var dest string
	fs.StringVar(&dest, "d", "", lang.Sprintf(t, "destination folder (default DIR/public); a folder that exists is replaced only if it is empty or a site ocopgen built"))
	fs.StringVar(&dest, "destination", "", lang.Sprintf(t, "same as -d"))
	fs.BoolVar(&c.drafts, "drafts", false, lang.Sprintf(t, "include draft stories"))
	var gc bool
	fs.BoolVar(&gc, "gc", false, lang.Sprintf(t, "remove from %s/ the thumbnails the site no longer shows (photos replaced or removed)", CacheDir))
	var cpuProfile string
	fs.StringVar(&cpuProfile, "cpuprofile", "", lang.Sprintf(t, "write a CPU profile of the build to `file` (for go tool pprof)"))
	if code := parse(fs, t, args); code >= 0 {
		return code
	}
	if cpuProfile != "" {
		stop, err := startProfile(cpuProfile)
		if err != nil {
			lang.Fprintf(stderr, t, "ocopgen build: cannot write the CPU profile: %v\n", err)
			return exitUsage
		}
		defer stop()
	}
	opts, err := c.options()
	if err != nil {
		failed(stderr, t, "build", err)
		return exitUsage
	}
	if dest == "" {
		dest = filepath.Join(c.source, "public")
	}
	if err := checkDest(c.source, dest); err != nil {
		failed(stderr, t, "build", err)
		return exitUsage
	}
	opts.CacheDir, opts.PruneCache = filepath.Join(c.source, CacheDir), gc
	opts.Resizing = announceResizing(stderr, t, opts.CacheDir)
	src, err := source.Open(c.source)
	if err != nil {
		failed(stderr, t, "build", err)
		return exitProblems
	}
	defer src.Close()
	res, err := build.Publish(ctx, src, dest, opts)
	if res != nil {
		diag.PrintIn(stderr, res.Problems, diag.Text, t)
	}
	if code := buildFailed(t, err, ctx.Err() != nil, res, dest, stderr); code >= 0 {
		return code
	}
	summary(stdout, t, res, dest)
	if gc {
		lang.Fprintf(stdout, t, "Removed %d thumbnail(s) the site no longer shows from %s\n", res.Pruned, opts.CacheDir)
	}
	return exitOK
}

// announceResizing tells the user, in language t, that photos are being
// resized: the one part of a build that can take minutes, on the first
// build of a catalogue with many photos.
func announceResizing(w io.Writer, t language.Tag, cacheDir string) func(int) {
	return func(photos int) {
		lang.Fprintf(w, t, "Resizing %d photo(s) for phones and listings, kept for the next builds in %s…\n", photos, cacheDir)
	}
}

// startProfile starts a CPU profile written to the file name, and
// returns the function that ends it.
func startProfile(name string) (func(), error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// buildFailed says why a build wrote nothing, and returns its exit code,
// or -1 if it did not fail.
func buildFailed(t language.Tag, err error, interrupted bool, res *build.Result, dest string, stderr io.Writer) int {
	var refused *output.DestError
	switch {
	case err == nil:
		return -1
	case errors.As(err, &refused):
		failed(stderr, t, "build", err)
		return exitUsage
	case interrupted:
		lang.Fprintf(stderr, t, "ocopgen build: interrupted; nothing was written, %s is unchanged\n", dest)
	case errors.Is(err, build.ErrProblems):
		lang.Fprintf(stderr, t, "ocopgen build: %d error(s); nothing was written, %s is unchanged\n", res.Errors(), dest)
	default:
		lang.Fprintf(stderr, t, "ocopgen build: %v; %s is unchanged\n", err, dest)
	}
	return exitProblems
}

func summary(w io.Writer, t language.Tag, res *build.Result, dest string) {
	kinds := slices.Sorted(maps.Keys(res.Pages))
	var parts []string
	pages := 0
	for _, k := range kinds {
		parts = append(parts, pageKind(t, k, res.Pages[k]))
		pages += res.Pages[k]
	}
	if res.UpToDate {
		lang.Fprintf(w, t, "Up to date: nothing changed since the last build; %d pages, %d files in %s (checked in %d ms)\n",
			pages, res.Files, dest, res.Duration.Milliseconds())
		return
	}
	lang.Fprintf(w, t, "Pages: %d (%s)\n", pages, strings.Join(parts, ", "))
	lang.Fprintf(w, t, "Files: %d, %.1f MB in %s\n", res.Files, float64(res.Bytes)/1e6, dest)
	if res.Sized > 0 {
		lang.Fprintf(w, t, "Resized photos: %d version(s), %d made now, %d from the cache\n", res.Sized, res.Resized, res.Sized-res.Resized)
	}
	lang.Fprintf(w, t, "Built in %d ms\n", res.Duration.Milliseconds())
}

// pageKind words the number n of pages of a kind of the build summary.
func pageKind(t language.Tag, kind string, n int) string {
	switch kind {
	case "home":
		return lang.Sprintf(t, "home %d", n)
	case "product":
		return lang.Sprintf(t, "product %d", n)
	case "products":
		return lang.Sprintf(t, "products %d", n)
	case "district":
		return lang.Sprintf(t, "district %d", n)
	case "tier":
		return lang.Sprintf(t, "tier %d", n)
	case "group":
		return lang.Sprintf(t, "group %d", n)
	case "tourism":
		return lang.Sprintf(t, "tourism %d", n)
	case "labels": // issue 19, slice A
		return lang.Sprintf(t, "labels %d", n)
	case "sales-point":
		return lang.Sprintf(t, "sales-point %d", n)
	case "producer":
		return lang.Sprintf(t, "producer %d", n)
	case "commune":
		return lang.Sprintf(t, "commune %d", n)
	case "story":
		return lang.Sprintf(t, "story %d", n)
	case "stories":
		return lang.Sprintf(t, "stories %d", n)
	case "index":
		return lang.Sprintf(t, "index %d", n)
	case "search":
		return lang.Sprintf(t, "search %d", n)
	case "stats":
		return lang.Sprintf(t, "stats %d", n)
	case "data":
		return lang.Sprintf(t, "data %d", n)
	case "404":
		return lang.Sprintf(t, "404 %d", n)
	}
	return fmt.Sprintf("%s %d", kind, n) // a kind of a later version: its name as it is
}

func cmdCheck(ctx context.Context, t language.Tag, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", lang.Sprintf(t, "check [-s DIR] [--format text|github] [--date YYYY-MM-DD]"), t, stderr)
	var c common
	c.register(fs, t)
	var format string
	fs.StringVar(&format, "format", "text", lang.Sprintf(t, "how to print problems: text, or github (GitHub Actions annotations)"))
	if code := parse(fs, t, args); code >= 0 {
		return code
	}
	if format != "text" && format != "github" {
		lang.Fprintf(stderr, t, "ocopgen check: --format %q: use text or github\n", format)
		return exitUsage
	}
	opts, err := c.options()
	if err != nil {
		failed(stderr, t, "check", err)
		return exitUsage
	}
	opts.CacheDir = filepath.Join(c.source, CacheDir)
	opts.Resizing = announceResizing(stderr, t, opts.CacheDir)
	src, err := source.Open(c.source)
	if err != nil {
		failed(stderr, t, "check", err)
		return exitProblems
	}
	defer src.Close()
	res, err := untilDone(ctx, func() (*build.Result, error) { return build.Check(ctx, src, opts) })
	if ctx.Err() != nil {
		lang.Fprintf(stderr, t, "ocopgen check: interrupted\n")
		return exitProblems
	}
	diag.PrintIn(stdout, res.Problems, diag.Format(format), t)
	if format == "github" {
		addToSummary(os.Getenv("GITHUB_STEP_SUMMARY"), res.Problems, t, stderr)
	}
	warnings := len(res.Problems) - res.Errors()
	if err != nil {
		if !errors.Is(err, build.ErrProblems) {
			failed(stderr, t, "check", err) // not a problem of the catalogue: no count
			return exitProblems
		}
		lang.Fprintf(stderr, t, "ocopgen check: %d error(s), %d warning(s)\n", res.Errors(), warnings)
		return exitProblems
	}
	lang.Fprintf(stderr, t, "ocopgen check: no errors, %d warning(s); %d pages checked\n", warnings, sum(res.Pages))
	return exitOK
}

// addToSummary appends to the file name, the run's summary of a GitHub
// Actions step ($GITHUB_STEP_SUMMARY; none when empty), the problems that
// the GitHub format did not annotate. A summary it cannot write is said
// on stderr and does not fail check: the log lists every problem.
func addToSummary(name string, problems []diag.Problem, t language.Tag, stderr io.Writer) {
	if name == "" {
		return
	}
	var b bytes.Buffer
	diag.Summary(&b, problems, t)
	if b.Len() == 0 {
		return
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err == nil {
		_, err = f.Write(b.Bytes())
		err = cmp.Or(err, f.Close())
	}
	if err != nil {
		lang.Fprintf(stderr, t, "ocopgen check: cannot add the problems not annotated to the run's summary (%v); this step's log lists them all\n", err)
	}
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func cmdNew(t language.Tag, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", lang.Sprintf(t, `new product|story|tourism|sales-point "Tên" [-s DIR] [--district gia-lam]`), t, stderr)
	var source string
	fs.StringVar(&source, "s", ".", lang.Sprintf(t, "catalogue folder, the one holding ocopgen.toml"))
	fs.StringVar(&source, "source", ".", lang.Sprintf(t, "same as -s"))
	var district string
	fs.StringVar(&district, "district", "", lang.Sprintf(t, "the district (slug or name from content/districts.toml); a product is written into its folder"))
	registerLang(fs, t)
	// Flags may come before or after the kind and the name.
	var pos []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK
			}
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) != 2 {
		fs.Usage()
		return exitUsage
	}
	path, err := scaffold.Write(source, scaffold.Record{Kind: pos[0], Name: pos[1], District: district, Today: time.Now(), Lang: t})
	if err != nil {
		failed(stderr, t, "new", err)
		return exitProblems
	}
	lang.Fprintf(stdout, t, "Created %s\n", path)
	return exitOK
}

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}
