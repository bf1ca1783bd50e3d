package session

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/output"
)

// lastGoodPages reads every file of site that a full build (want) has,
// but media and assets, and reports those that differ.
func lastGoodPages(t *testing.T, what string, site *Preview, want *output.Memory) {
	t.Helper()
	for _, name := range want.Names() {
		if strings.HasPrefix(name, "media/") || strings.HasPrefix(name, "assets/") {
			continue
		}
		got, ok := site.File(name)
		wantBytes, _ := want.File(name)
		if !ok || string(got) != string(wantBytes) {
			t.Errorf("%s: the last good site's %s changed:\n%s", what, name, firstDiff(string(got), string(wantBytes)))
		}
	}
}

// TestSessionFailedRelinkKeepsLastSite: a rebuild that links the
// catalogue anew and then fails leaves every page of the last good site
// exactly as a build of the files it was made from, including the pages
// first rendered after the failure (the district, group and tier pages
// that list the edited product, the exports).
func TestSessionFailedRelinkKeepsLastSite(t *testing.T) {
	dir := snapshotExample(t)
	opts := build.Options{Today: exampleDate}
	want := fullBuild(dir, opts)
	if want == nil {
		t.Fatal("the example does not build")
	}
	s := New(os.DirFS(dir), opts)
	good, res, err := s.Rebuild(context.Background(), nil)
	if err != nil || good == nil {
		t.Fatal(err, res.Problems)
	}
	// A new name (the slug kept) moves the product in every list: the slow
	// way. The broken link fails the rebuild after the catalogue is linked.
	product := "content/products/thanh-tri/banh-chung-tranh-khuc.toml"
	orig, _ := os.ReadFile(filepath.Join(dir, product))
	broken := strings.Replace(string(orig), `name = "Bánh chưng Tranh Khúc"`, "name = \"Bánh chưng TÊN MỚI\"\nslug = \"banh-chung-tranh-khuc\"", 1)
	broken = strings.Replace(broken, `description = """`, `description = """[gãy](/san-pham/khong-co/) `, 1)
	if broken == string(orig) || !strings.Contains(broken, "TÊN MỚI") {
		t.Fatal("the edit does not apply to the example")
	}
	write(t, dir, product, broken)
	if site, res, _ := s.Rebuild(context.Background(), []string{product}); site != nil || res.Errors() == 0 {
		t.Fatalf("the broken edit built: %v", res.Problems)
	}
	lastGoodPages(t, "after a failed relink", good, want)
}

// TestSessionSiteReadDuringRebuild: a site read while the next rebuild
// links a new catalogue (and after it) shows only its own catalogue,
// page for page the same as a full build of the files it was made from.
// Run with -race: the site shares no lock with the rebuild.
func TestSessionSiteReadDuringRebuild(t *testing.T) {
	dir := snapshotExample(t)
	opts := build.Options{Today: exampleDate}
	want := fullBuild(dir, opts)
	s := New(os.DirFS(dir), opts)
	old, res, err := s.Rebuild(context.Background(), nil)
	if err != nil || old == nil || want == nil {
		t.Fatal(err, res.Problems)
	}
	product := "content/products/thanh-tri/banh-chung-tranh-khuc.toml"
	orig, _ := os.ReadFile(filepath.Join(dir, product))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // reads every page of the old site, from the start of the rebuild
		defer wg.Done()
		lastGoodPages(t, "read during a rebuild", old, want)
	}()
	renamed := strings.Replace(string(orig), `name = "Bánh chưng Tranh Khúc"`, "name = \"Bánh chưng TÊN MỚI\"\nslug = \"banh-chung-tranh-khuc\"", 1)
	for _, step := range []struct{ text, page, marker string }{
		{renamed, "quan-huyen/thanh-tri/index.html", "TÊN MỚI"},                                                                             // linked anew
		{strings.Replace(renamed, `summary = "`, `summary = "TÓM TẮT MỚI `, 1), "san-pham/banh-chung-tranh-khuc/index.html", "TÓM TẮT MỚI"}, // quick
	} {
		write(t, dir, product, step.text)
		next, res, err := s.Rebuild(context.Background(), []string{product})
		if err != nil || next == nil {
			t.Fatal(err, res.Problems)
		}
		if page, _ := next.File(step.page); !strings.Contains(string(page), step.marker) {
			t.Errorf("the new site's %s does not show %q", step.page, step.marker)
		}
	}
	wg.Wait()
}
