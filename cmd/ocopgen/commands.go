package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/diag"
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

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.source, "s", ".", "catalogue folder, the one holding ocopgen.toml")
	fs.StringVar(&c.source, "source", ".", "same as -s")
	fs.StringVar(&c.date, "date", "", "build as on this day (YYYY-MM-DD), for certificate validity; default today")
}

func (c *common) options() (build.Options, error) {
	opts := build.Options{Drafts: c.drafts}
	if c.date != "" {
		d, err := time.Parse(time.DateOnly, c.date)
		if err != nil {
			return opts, fmt.Errorf("--date %q: write the day as YYYY-MM-DD", c.date)
		}
		opts.Today = d
	}
	if _, err := os.Stat(filepath.Join(c.source, "ocopgen.toml")); err != nil {
		return opts, fmt.Errorf("no ocopgen.toml in %s: run ocopgen in a catalogue folder or name one with -s DIR", c.source)
	}
	return opts, nil
}

func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: ocopgen %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; it returns -1 to go on, or an exit code.
func parse(fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "ocopgen %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return exitUsage
	}
	return -1
}

func cmdBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "build [-s DIR] [-d DIR] [--drafts] [--date YYYY-MM-DD] [--gc]", stderr)
	var c common
	c.register(fs)
	var dest string
	fs.StringVar(&dest, "d", "", "destination folder (default DIR/public); a folder that exists is replaced only if it is empty or a site ocopgen built")
	fs.StringVar(&dest, "destination", "", "same as -d")
	fs.BoolVar(&c.drafts, "drafts", false, "include draft stories")
	var gc bool
	fs.BoolVar(&gc, "gc", false, "remove from "+CacheDir+"/ the thumbnails the site no longer shows (photos replaced or removed)")
	var cpuProfile string
	fs.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the build to `file` (for go tool pprof)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			fmt.Fprintln(stderr, "ocopgen build:", err)
			return exitUsage
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(stderr, "ocopgen build:", err)
			return exitUsage
		}
		defer pprof.StopCPUProfile()
	}
	opts, err := c.options()
	if err != nil {
		fmt.Fprintln(stderr, "ocopgen build:", err)
		return exitUsage
	}
	if dest == "" {
		dest = filepath.Join(c.source, "public")
	}
	if err := checkDest(c.source, dest); err != nil {
		fmt.Fprintln(stderr, "ocopgen build:", err)
		return exitUsage
	}
	opts.CacheDir, opts.Progress, opts.PruneCache = filepath.Join(c.source, CacheDir), stderr, gc
	src, err := source.Open(c.source)
	if err != nil {
		fmt.Fprintln(stderr, "ocopgen build:", err)
		return exitProblems
	}
	defer src.Close()
	res, err := build.Publish(ctx, src, dest, opts)
	if res != nil {
		diag.Print(stderr, res.Problems, diag.Text)
	}
	var refused *output.DestError
	switch {
	case errors.As(err, &refused):
		fmt.Fprintln(stderr, "ocopgen build:", err)
		return exitUsage
	case err != nil && ctx.Err() != nil:
		fmt.Fprintf(stderr, "ocopgen build: interrupted; nothing was written, %s is unchanged\n", dest)
		return exitProblems
	}
	if err != nil {
		if errors.Is(err, build.ErrProblems) {
			fmt.Fprintf(stderr, "ocopgen build: %d error(s); nothing was written, %s is unchanged\n", res.Errors(), dest)
		} else {
			fmt.Fprintf(stderr, "ocopgen build: %v; %s is unchanged\n", err, dest)
		}
		return exitProblems
	}
	summary(stdout, res, dest)
	if gc {
		fmt.Fprintf(stdout, "Removed %d thumbnail(s) the site no longer shows from %s\n", res.Pruned, opts.CacheDir)
	}
	return exitOK
}

func summary(w io.Writer, res *build.Result, dest string) {
	kinds := slices.Sorted(func(yield func(string) bool) {
		for k := range res.Pages {
			if !yield(k) {
				return
			}
		}
	})
	var parts []string
	pages := 0
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, res.Pages[k]))
		pages += res.Pages[k]
	}
	if res.UpToDate {
		fmt.Fprintf(w, "Up to date: nothing changed since the last build; %d pages, %d files in %s (checked in %d ms)\n",
			pages, res.Files, dest, res.Duration.Milliseconds())
		return
	}
	fmt.Fprintf(w, "Pages: %d (%s)\n", pages, strings.Join(parts, ", "))
	fmt.Fprintf(w, "Files: %d, %.1f MB in %s\n", res.Files, float64(res.Bytes)/1e6, dest)
	fmt.Fprintf(w, "Built in %d ms\n", res.Duration.Milliseconds())
}

func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "check [-s DIR] [--format text|github] [--date YYYY-MM-DD]", stderr)
	var c common
	c.register(fs)
	var format string
	fs.StringVar(&format, "format", "text", "how to print problems: text, or github (GitHub Actions annotations)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if format != "text" && format != "github" {
		fmt.Fprintf(stderr, "ocopgen check: --format %q: use text or github\n", format)
		return exitUsage
	}
	opts, err := c.options()
	if err != nil {
		fmt.Fprintln(stderr, "ocopgen check:", err)
		return exitUsage
	}
	src, err := source.Open(c.source)
	if err != nil {
		fmt.Fprintln(stderr, "ocopgen check:", err)
		return exitProblems
	}
	defer src.Close()
	res, err := untilDone(ctx, func() (*build.Result, error) { return build.Check(ctx, src, opts) })
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "ocopgen check: interrupted")
		return exitProblems
	}
	diag.Print(stdout, res.Problems, diag.Format(format))
	warnings := len(res.Problems) - res.Errors()
	if err != nil {
		if !errors.Is(err, build.ErrProblems) {
			fmt.Fprintln(stderr, "ocopgen check:", err) // not a problem of the catalogue: no count
			return exitProblems
		}
		fmt.Fprintf(stderr, "ocopgen check: %d error(s), %d warning(s)\n", res.Errors(), warnings)
		return exitProblems
	}
	fmt.Fprintf(stderr, "ocopgen check: no errors, %d warning(s); %d pages checked\n", warnings, sum(res.Pages))
	return exitOK
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func cmdNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", `new product|story|tourism|sales-point "Tên" [-s DIR] [--district gia-lam]`, stderr)
	var source string
	fs.StringVar(&source, "s", ".", "catalogue folder, the one holding ocopgen.toml")
	fs.StringVar(&source, "source", ".", "same as -s")
	var district string
	fs.StringVar(&district, "district", "", "the district (slug or name from content/districts.toml); a product is written into its folder")
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
	path, err := scaffold.Write(source, scaffold.Record{Kind: pos[0], Name: pos[1], District: district, Today: time.Now()})
	if err != nil {
		fmt.Fprintln(stderr, "ocopgen new:", err)
		return exitProblems
	}
	fmt.Fprintf(stdout, "Created %s\n", path)
	return exitOK
}

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}
