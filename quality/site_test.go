package quality

import (
	"bytes"
	"context"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/internal/headless"
	"github.com/ocopgen/ocopgen/internal/headlesstest"
)

// repoRoot is the repository, which holds the example catalogue
// (ocopgen.toml, content/), relative to this package's folder.
const repoRoot = ".."

// buildDay is the build date of every test: certificates are valid,
// expiring or expired as on that day, whatever today is.
var buildDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// inCI reports whether the tests run in CI, where a missing tool is a
// failure and not a reason to skip.
func inCI() bool { return os.Getenv("CI") != "" }

// missing skips the test, or fails it in CI, because a tool is missing.
func missing(t *testing.T, what, install string) {
	t.Helper()
	if inCI() {
		t.Fatalf("%s is missing; CI must install it: %s", what, install)
	}
	t.Skipf("%s is missing; install it to run this test: %s (CI=1 makes this a failure)", what, install)
}

// nodeModule returns the path of a file of an npm package of quality/,
// skipping the test (failing it in CI) when the package is not installed.
func nodeModule(t *testing.T, pkg, file string) string {
	t.Helper()
	p := filepath.Join("node_modules", pkg, filepath.FromSlash(file))
	if _, err := os.Stat(p); err != nil {
		missing(t, "quality/node_modules/"+pkg, "npm ci --prefix quality --ignore-scripts")
	}
	return p
}

// publish builds the catalogue in src into a new temporary folder, as
// `ocopgen build` does, and returns the folder. Any error of the
// catalogue fails the test.
func publish(t *testing.T, src fs.FS) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "public")
	res, err := build.Publish(context.Background(), src, dir, build.Options{Today: buildDay})
	if err != nil || res.Errors() > 0 {
		var b bytes.Buffer
		if res != nil {
			diag.Print(&b, res.Problems, diag.Text)
		}
		t.Fatalf("build: %v\n%s", err, b.String())
	}
	return dir
}

// example builds the example catalogue of the repository.
func example(t *testing.T) string {
	t.Helper()
	return publish(t, os.DirFS(repoRoot))
}

// copyExample copies the example catalogue (ocopgen.toml, content/ and
// themes/) into a new temporary folder, for a test to change it.
func copyExample(t *testing.T) string {
	t.Helper()
	src := t.TempDir()
	for _, d := range []string{"content", "themes"} {
		if _, err := os.Stat(filepath.Join(repoRoot, d)); err != nil {
			continue
		}
		if err := os.CopyFS(filepath.Join(src, d), os.DirFS(filepath.Join(repoRoot, d))); err != nil {
			t.Fatal(err)
		}
	}
	conf, err := os.ReadFile(filepath.Join(repoRoot, "ocopgen.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "ocopgen.toml"), conf, 0o644); err != nil {
		t.Fatal(err)
	}
	return src
}

// edit rewrites a file of a copied catalogue, failing the test when the
// rewrite changes nothing.
func edit(t *testing.T, file string, change func(string) string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := change(string(b))
	if s == string(b) {
		t.Fatalf("%s: the test's edit changed nothing; has the example changed?", file)
	}
	if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// languageLine is the setting of the site's language in ocopgen.toml.
var languageLine = regexp.MustCompile(`(?m)^language\s*=.*$`)

// english builds the example catalogue with language = "en".
func english(t *testing.T) string {
	t.Helper()
	src := copyExample(t)
	edit(t, filepath.Join(src, "ocopgen.toml"), func(s string) string {
		if languageLine.MatchString(s) {
			return languageLine.ReplaceAllString(s, `language = "en"`)
		}
		return "language = \"en\"\n" + s // first, before any [table]
	})
	return publish(t, os.DirFS(src))
}

// htmlPages lists the HTML files of a built site, as slash paths relative
// to its folder, sorted.
func htmlPages(t *testing.T, dir string) []string {
	t.Helper()
	var pages []string
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			pages = append(pages, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatalf("no HTML page in %s", dir)
	}
	slices.Sort(pages)
	return pages
}

// serve serves a built site on a loopback port and returns its address.
func serve(t *testing.T, dir string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir))}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// browser starts headless Chromium for the test.
func browser(t *testing.T) context.Context {
	t.Helper()
	return headlesstest.Start(t, 1280, 800, 5*time.Minute)
}

// until waits for a JavaScript condition to hold.
func until(cond string) chromedp.Action[chromedp.Void] {
	return headless.Void(chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(20*time.Second)))
}

// languages are the example catalogue built in each language of the
// interface, for the checks that run on both.
var languages = []struct {
	lang  string
	build func(*testing.T) string
}{{"vi", example}, {"en", english}}

// inBothLanguages runs f, in parallel subtests named vi and en, on the
// example built in that language into dir.
func inBothLanguages(t *testing.T, f func(t *testing.T, lang, dir string)) {
	for _, site := range languages {
		t.Run(site.lang, func(t *testing.T) {
			t.Parallel()
			f(t, site.lang, site.build(t))
		})
	}
}
