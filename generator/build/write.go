package build

import (
	"cmp"
	"context"
	"sync"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/manifest"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/source"
	"github.com/ocopgen/ocopgen/internal/parallel"
)

// write renders every page of the manifest and writes the site to w: the
// pages, then the generated files and the search index, then the copies.
func (p *Prepared) write(ctx context.Context, w output.Writer, probs *diag.List, res *Result) error {
	t := &tally{res: res}
	if err := p.writePages(ctx, w, probs, t); err != nil {
		return err
	}
	if err := p.writeGenerated(ctx, w, t); err != nil {
		return err
	}
	err := p.writeCopies(ctx, w, probs, t)
	delete(res.Pages, "file")
	return err
}

// A tally counts what a build wrote, from many goroutines.
type tally struct {
	mu  sync.Mutex
	res *Result
}

// page counts a page or a generated file (kind "file") of n bytes.
func (t *tally) page(kind string, n int) {
	t.mu.Lock()
	t.res.Pages[kind]++
	t.res.Files++
	t.res.Bytes += int64(n)
	t.mu.Unlock()
}

// copied counts a file of n bytes copied into the site.
func (t *tally) copied(n int) {
	t.mu.Lock()
	t.res.Files++
	t.res.Bytes += int64(n)
	t.mu.Unlock()
}

// of lists the files of the manifest of the kinds given.
func (p *Prepared) of(kinds ...manifest.Kind) []*manifest.File {
	var out []*manifest.File
	for i := range p.files.Files {
		f := &p.files.Files[i]
		for _, k := range kinds {
			if f.Kind == k {
				out = append(out, f)
			}
		}
	}
	return out
}

// writePages renders the pages in parallel. The few large files
// (exports, feeds, sitemap) go first, so that no processor is left
// rendering one of them alone at the end. A template error is a problem
// in probs; an error of w stops the build.
func (p *Prepared) writePages(ctx context.Context, w output.Writer, probs *diag.List, t *tally) error {
	pages := p.of(manifest.Page)
	order := make([]*manifest.File, 0, len(pages))
	for _, f := range pages {
		if f.Page.Kind == "file" {
			order = append(order, f)
		}
	}
	for _, f := range pages {
		if f.Page.Kind != "file" {
			order = append(order, f)
		}
	}
	return parallel.For(ctx, len(order), func(i int) error {
		pg := order[i].Page
		var werr error
		err := pg.RenderWith(func(b []byte) error {
			if werr = w.WriteFile(pg.Path, b); werr == nil {
				t.page(pg.Kind, len(b))
			}
			return werr
		})
		if werr != nil {
			return werr
		}
		if err != nil {
			reportTemplate(probs, p.cat.Site.Theme, err)
		}
		return nil
	})
}

// writeGenerated writes the thumbnails and the files of the search index,
// which it builds now.
func (p *Prepared) writeGenerated(ctx context.Context, w output.Writer, t *tally) error {
	index, err := p.files.Index()
	if err = cmp.Or(err, ctx.Err()); err != nil {
		return err
	}
	type file struct {
		path string
		data []byte
	}
	var extra []file
	for _, f := range p.of(manifest.Generated) {
		extra = append(extra, file{f.Path, f.Data})
	}
	for _, f := range index {
		extra = append(extra, file{f.Path, f.Data})
	}
	return parallel.For(ctx, len(extra), func(i int) error {
		f := extra[i]
		if err := w.WriteFile(f.path, f.data); err != nil {
			return err
		}
		t.page("file", len(f.data))
		return nil
	})
}

// writeCopies copies the media and the theme's static files into the
// site. A file that cannot be read is a problem in probs; a media file
// replaced since it was checked by one that may not be published, or an
// error of w, stops the build.
func (p *Prepared) writeCopies(ctx context.Context, w output.Writer, probs *diag.List, t *tally) error {
	copies := p.of(manifest.Media, manifest.Static)
	return parallel.For(ctx, len(copies), func(i int) error {
		f := copies[i]
		b, err := f.Open()
		if err != nil {
			source.Report(probs, f.Source, err)
			return nil
		}
		if err := changedMedia(f, b); err != nil {
			return err
		}
		if err := w.WriteFile(f.Path, b); err != nil {
			return err
		}
		t.copied(len(b))
		return nil
	})
}
