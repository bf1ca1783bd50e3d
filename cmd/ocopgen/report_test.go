package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// reportCatalogue writes a catalogue of one product, and returns its folder.
func reportCatalogue(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"ocopgen.toml":           "title = \"T\"\nbase_url = \"https://ocop.example.vn/\"\n",
		"content/districts.toml": "[[district]]\nname = \"Gia Lâm\"\nkind = \"huyện\"\n",
		"content/products/banh.toml": "name = \"Bánh chưng\"\ngroup = \"thuc-pham\"\nstars = 4\ndistrict = \"gia-lam\"\n" +
			"producer = \"HTX Bánh chưng\"\n[certificate]\ndecision_date = 2025-03-01\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runReport runs ocopgen report --against against on the catalogue dir, in
// English, and returns its exit code, stdout and stderr.
func runReport(t *testing.T, dir, against string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--lang", "en", "report", "-s", dir, "--date", "2026-11-23", "--against", against}, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestReportURL: report --against a site's address fetches its
// du-lieu/san-pham.json over HTTP: a 404 is the site's first publication,
// the data of a site is compared, and an error of the server, a body over
// the limit (said by Content-Length or not) is an error, exit 1.
func TestReportURL(t *testing.T) {
	dir := reportCatalogue(t)
	published := `{"count":1,"generated":"2026-09-01","title":"T","products":[` + "\n" +
		`{"slug":"banh-chung","name":"Bánh chưng","stars":3,"potential_five_star":false,"status":"valid","file":"content/products/banh.toml"}` + "\n]}\n"
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		switch r.URL.Path {
		case "/site/du-lieu/san-pham.json":
			io.WriteString(w, published)
		case "/broken/du-lieu/san-pham.json":
			http.Error(w, "down", http.StatusInternalServerError)
		case "/huge/du-lieu/san-pham.json": // says its length
			w.Header().Set("Content-Length", strconv.Itoa(publishedLimit+1))
			w.Write(bytes.Repeat([]byte(" "), publishedLimit+1))
		case "/endless/du-lieu/san-pham.json": // says nothing of its length
			chunk := bytes.Repeat([]byte(" "), 1<<20)
			for range publishedLimit>>20 + 1 {
				if _, err := w.Write(chunk); err != nil {
					return
				}
				w.(http.Flusher).Flush()
			}
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	code, out, errs := runReport(t, dir, srv.URL+"/new/")
	if code != exitOK || !strings.Contains(out, "No published data at `"+srv.URL+"/new/du-lieu/san-pham.json`: this is the site's first publication") ||
		!strings.Contains(out, "### Products added (1)") || errs != "" {
		t.Errorf("a 404: exit %d\n%s\n%s", code, out, errs)
	}

	code, out, _ = runReport(t, dir, srv.URL+"/site")
	if code != exitOK || !strings.Contains(out, "- Bánh chưng: 3 stars → 4 stars — `content/products/banh.toml`") {
		t.Errorf("the published site: exit %d\n%s", code, out)
	}
	code, out, _ = runReport(t, dir, srv.URL+"/site/du-lieu/san-pham.json")
	if code != exitOK || !strings.Contains(out, "### Tier changes (1)") {
		t.Errorf("the published file's URL: exit %d\n%s", code, out)
	}

	code, out, errs = runReport(t, dir, srv.URL+"/broken/")
	if code != exitProblems || out != "" || !strings.Contains(errs, `/broken/du-lieu/san-pham.json answered "500 Internal Server Error": check the address, or try again later`) {
		t.Errorf("a server error: exit %d\n%s\n%s", code, out, errs)
	}
	for _, site := range []string{"huge", "endless"} {
		code, out, errs = runReport(t, dir, srv.URL+"/"+site+"/")
		if code != exitProblems || out != "" || !strings.Contains(errs, "/"+site+"/du-lieu/san-pham.json is larger than 64 MiB") {
			t.Errorf("a body over the limit (%s): exit %d\n%s\n%s", site, code, out, errs)
		}
	}
	if len(asked) != 6 {
		t.Errorf("%d requests, want 6: %q", len(asked), asked)
	}
}

// TestReportLocalLimit: a file over the limit is refused too, before the
// catalogue is checked.
func TestReportLocalLimit(t *testing.T) {
	dir := reportCatalogue(t)
	big := filepath.Join(t.TempDir(), "san-pham.json")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(publishedLimit + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, errs := runReport(t, dir, big)
	if code != exitProblems || out != "" || !strings.Contains(errs, "is larger than 64 MiB") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
}
