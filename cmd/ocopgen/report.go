package main

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/render"
	"github.com/ocopgen/ocopgen/generator/report"
	"github.com/ocopgen/ocopgen/generator/source"
)

// The limits of reading the published data: a site of 10,000 products
// writes about 9 MiB of du-lieu/san-pham.json.
const (
	publishedLimit = 64 << 20
	fetchTimeout   = 30 * time.Second
)

// publishedPath is where a site keeps the open data report reads.
const publishedPath = "du-lieu/san-pham.json"

// reportFlags are the flags of report.
type reportFlags struct {
	common
	against, format string
	expiring        bool
}

func cmdReport(ctx context.Context, t language.Tag, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", lang.Sprintf(t, "report --against PATH_OR_URL | --expiring [-s DIR] [--date YYYY-MM-DD] [--format markdown|text]"), t, stderr)
	var f reportFlags
	f.register(fs, t)
	fs.StringVar(&f.against, "against", "", lang.Sprintf(t, "the published site to compare with: its address (base_url), the address of its %s, or that file", publishedPath))
	fs.BoolVar(&f.expiring, "expiring", false, lang.Sprintf(t, "list only the certificates that end within 90 days, and nothing when there is none"))
	fs.StringVar(&f.format, "format", "markdown", lang.Sprintf(t, "how to print the report: markdown (for GitHub), or text"))
	if code := parse(fs, t, args); code >= 0 {
		return code
	}
	opts, err := f.check()
	if err != nil {
		failed(stderr, t, "report", err)
		return exitUsage
	}
	src, err := source.Open(f.source)
	if err != nil {
		failed(stderr, t, "report", err)
		return exitProblems
	}
	defer src.Close()
	p := newReportPage(stdout, t, f.format)
	if f.expiring {
		cat, _ := load.Load(load.NFC(src), load.Options{Today: opts.Today})
		p.expiring(report.ExpiringOf(cat), cat.Today)
		return exitOK
	}
	return reportAgainst(ctx, t, f.against, src, opts, p, stderr)
}

// reportAgainst prints what the catalogue src changes on the site
// published at against: the published data is read first, so that what
// cannot be read fails before the catalogue is checked.
func reportAgainst(ctx context.Context, t language.Tag, against string, src fs.FS, opts build.Options, p *reportPage, stderr io.Writer) int {
	where, err := publishedLocation(against)
	if err != nil {
		failed(stderr, t, "report", err)
		return exitUsage
	}
	b, found, err := readPublished(ctx, where)
	if err != nil {
		failed(stderr, t, "report", err)
		return exitProblems
	}
	var pub *render.ProductsData // nil: not published yet
	if found {
		if pub, err = report.Parse(b); err != nil {
			failed(stderr, t, "report", lang.Errorf("%s is not the open data of an ocopgen site (%v): give the address of the published site, or its %s", where, err, publishedPath))
			return exitProblems
		}
	}
	res, err := untilDone(ctx, func() (*build.Result, error) { return build.Check(ctx, src, opts) })
	if ctx.Err() != nil {
		lang.Fprintf(stderr, t, "ocopgen report: interrupted\n")
		return exitProblems
	}
	if err != nil && !errors.Is(err, build.ErrProblems) {
		failed(stderr, t, "report", err)
		return exitProblems
	}
	p.report(report.Compare(res.Catalog, res.Problems, pub), where)
	return exitOK
}

// check reads the flags that are not the catalogue's: what to compare,
// and how to print it.
func (f *reportFlags) check() (build.Options, error) {
	switch {
	case f.format != "markdown" && f.format != "text":
		return build.Options{}, lang.Errorf("--format %q: use markdown or text", f.format)
	case f.expiring && f.against != "":
		return build.Options{}, lang.Errorf("--against and --expiring: give one of them; --expiring needs no published site")
	case !f.expiring && f.against == "":
		return build.Options{}, lang.Errorf("say what to compare with: --against followed by the published site's address (or its %s), or --expiring for the certificates that end soon", publishedPath)
	}
	return f.options()
}

// publishedLocation is the file or URL of the published data that
// --against names: a URL of it, or of the site (then its
// du-lieu/san-pham.json), or a file, or a folder of a built site.
func publishedLocation(against string) (string, error) {
	if !strings.Contains(against, "://") {
		if st, err := os.Stat(against); err == nil && st.IsDir() {
			return filepath.Join(against, filepath.FromSlash(publishedPath)), nil
		}
		return against, nil
	}
	u, err := url.Parse(against)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", lang.Errorf("--against %q: give an http:// or https:// address, or a file", against)
	}
	if !strings.HasSuffix(u.Path, ".json") {
		u.Path = strings.TrimSuffix(u.Path, "/") + "/" + publishedPath
	}
	return u.String(), nil
}

// readPublished reads the published data at where (a URL or a file), at
// most publishedLimit bytes; found is false when there is none (a missing
// file, an answer 404 or 410: the site's first publication).
func readPublished(ctx context.Context, where string) (b []byte, found bool, err error) {
	if strings.Contains(where, "://") {
		return fetchPublished(ctx, where)
	}
	f, err := os.Open(where)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > publishedLimit {
		return nil, false, tooLarge(where)
	}
	b, err = readLimited(f, where)
	return b, err == nil, err
}

func fetchPublished(ctx context.Context, where string) ([]byte, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, where, nil)
	if err != nil {
		return nil, false, err
	}
	req.Header.Set("User-Agent", "ocopgen/"+version())
	req.Header.Set("Accept", "application/json")
	client := &http.Client{CheckRedirect: httpOnly}
	resp, err := client.Do(req)
	if err != nil {
		return nil, false, fetchFailed(ctx, where, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, false, nil
	case resp.StatusCode/100 != 2:
		return nil, false, lang.Errorf("%s answered %q: check the address, or try again later", where, resp.Status)
	case resp.ContentLength > publishedLimit:
		return nil, false, tooLarge(where)
	}
	b, err := readLimited(resp.Body, where)
	if err != nil && ctx.Err() != nil {
		return nil, false, fetchFailed(ctx, where, err)
	}
	return b, err == nil, err
}

// fetchFailed says why fetching where failed: the time ran out, or err.
func fetchFailed(ctx context.Context, where string, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return lang.Errorf("cannot fetch %s: no answer within %d seconds; check the address, or try again later", where, int(fetchTimeout.Seconds()))
	}
	return lang.Errorf("cannot fetch %s: %v", where, err)
}

// httpOnly follows a redirect to an http or https address only, and ten
// at most.
func httpOnly(req *http.Request, via []*http.Request) error {
	if len(via) >= 10 {
		return lang.Errorf("more than 10 redirects")
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return lang.Errorf("a redirect to %s, which is not an http or https address", req.URL)
	}
	return nil
}

// readLimited reads r whole, or fails once it holds more than
// publishedLimit bytes.
func readLimited(r io.Reader, where string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, publishedLimit+1))
	if err != nil {
		return nil, lang.Errorf("cannot read %s: %v", where, err)
	}
	if len(b) > publishedLimit {
		return nil, tooLarge(where)
	}
	return b, nil
}

func tooLarge(where string) error {
	return lang.Errorf("%s is larger than %d MiB, more than the open data of any catalogue: give the address of the published site, or its %s", where, publishedLimit>>20, publishedPath)
}
