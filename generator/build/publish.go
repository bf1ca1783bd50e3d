package build

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/ocopgen/ocopgen/generator/images"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/stamp"
)

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
	var rec *recording
	absDest, absErr := filepath.Abs(dest)
	if opts.CacheDir != "" && absErr == nil {
		var last *recorded
		if last, rec = lookUp(ctx, src, opts, absDest); last != nil {
			last.Pruned = pruneCache(opts, start, last.files, func(f stamp.FileStat) string { return f.Path })
			output.Tidy(dest)
			last.Duration = time.Since(start)
			return &last.Result, nil
		}
	}
	in := src
	if rec != nil {
		in = rec.log
	}
	var built atomic.Pointer[Result] // an interrupted Publish does not wait for Build
	files, err := output.Publish(ctx, dest, stamp.PublishedBefore(opts.CacheDir, absDest), func(w output.Writer) error {
		res, err := Build(ctx, in, w, opts)
		built.Store(res)
		return err
	})
	res := built.Load()
	steady := err == nil && rec != nil && rec.log.Steady(src, rec.listed)
	if steady {
		rec.write(ctx, src, opts, start, absDest, files, res)
	}
	if res != nil {
		if err == nil && (rec == nil || steady) {
			// After a build whose inputs changed while it ran, its site may
			// lack thumbnails that a build of the new inputs shows.
			res.Pruned = pruneCache(opts, start, files, func(f output.File) string { return f.Name })
		}
		res.Duration = time.Since(start)
	}
	return res, err
}

// A recording is what Publish needs to record a build: the inputs as
// listed before it, the log the build reads them through, and their key,
// if the last record gave it already.
type recording struct {
	listed []stamp.FileStat
	log    *stamp.ReadLog
	key    string
	inputs []stamp.Input
}

// recorded is the result of the last build recorded, with the files it
// left in its destination.
type recorded struct {
	Result
	files []stamp.FileStat
}

// lookUp lists the inputs and hashes them against the last record: when
// they and dest are as that build left them, it returns that build's
// result, up to date. Otherwise it returns what the build needs to be
// recorded, or nil when the inputs cannot be listed (the build reports
// them).
func lookUp(ctx context.Context, src fs.FS, opts Options, dest string) (*recorded, *recording) {
	files, err := stamp.Scan(src, stamp.Roots...)
	if err != nil {
		return nil, nil
	}
	rec := &recording{listed: files}
	if last := stamp.Read(opts.CacheDir); last != nil {
		rec.key, rec.inputs, _ = stamp.Key(ctx, src, keyParams(opts), files, last.Unchanged(), nil)
		var res Result
		if rec.key != "" && last.Current(rec.key, dest) && json.Unmarshal(last.Result, &res) == nil {
			res.UpToDate, res.Resized = true, 0
			return &recorded{res, last.Files}, nil
		}
	}
	// The build reads through a log, which hashes what it reads (a first
	// build then needs no pass of its own to hash its inputs) and shows
	// afterwards whether anything changed.
	rec.log = stamp.NewReadLog(src)
	stamp.Prehash()
	return nil, rec
}

// write records a steady build that started at start and published
// files into dest. Without a key from the last record, the key is of the
// inputs as listed before the build, with what it read of them; any other
// is hashed now, if that cannot differ from what the build saw.
func (rec *recording) write(ctx context.Context, src fs.FS, opts Options, start time.Time, dest string, files []output.File, res *Result) {
	if rec.key == "" {
		rec.key, rec.inputs, _ = stamp.Key(ctx, src, keyParams(opts), rec.listed, rec.log.Have, rec.log.Trust(start))
	}
	if rec.key == "" {
		return
	}
	if b, err := json.Marshal(res); err == nil {
		stamp.Write(opts.CacheDir, rec.key, rec.inputs, start, dest, files, b)
	}
}

// keyParams are the options that go into the key of the inputs.
func keyParams(opts Options) string {
	return fmt.Sprintf("today %s\ndrafts %t\n", opts.Today.Format(time.DateOnly), opts.Drafts)
}

// pruneCache removes from the cache folder, if opts ask it, the
// thumbnails that the published site does not show, and returns how many
// it removed. site lists the site's files; name gives the path of one.
func pruneCache[F any](opts Options, start time.Time, site []F, name func(F) string) int {
	if !opts.PruneCache {
		return 0
	}
	paths := make([]string, len(site))
	for i, f := range site {
		paths[i] = name(f)
	}
	return images.Prune(opts.CacheDir, start, paths)
}
