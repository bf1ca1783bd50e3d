package output

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// catalogue makes a catalogue folder with content/, themes/ and a cache,
// and returns its path.
func catalogue(t *testing.T) string {
	t.Helper()
	src := filepath.Join(t.TempDir(), "catalogue")
	writeTree(t, src, map[string][]byte{
		"ocopgen.toml":                 []byte("title = \"OCOP\"\n"),
		"content/products/x.toml":      []byte("name = \"X\"\n"),
		"themes/rieng/layouts/a.html":  []byte("{{.}}"),
		".ocopgen-cache/last-build.js": []byte("{}"),
	})
	return src
}

func checkPlace(dest, src string) error {
	return CheckPlace(dest, src, filepath.Join(src, "content"), filepath.Join(src, "themes"), filepath.Join(src, ".ocopgen-cache"))
}

func TestCheckPlace(t *testing.T) {
	src := catalogue(t)
	outside := t.TempDir()
	link := func(name, target string) string {
		p := filepath.Join(outside, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	toSource := link("to-source", src)
	toContent := link("to-content", filepath.Join(src, "content"))
	toParent := link("to-parent", filepath.Dir(src))

	refused := []string{
		src,
		filepath.Join(src, "public", ".."),
		src + string(filepath.Separator),
		filepath.Dir(src),
		"/",
		filepath.Join(src, "content"),
		filepath.Join(src, "content", "products"),
		filepath.Join(src, "content", "not-yet", "site"),
		filepath.Join(src, "themes"),
		filepath.Join(src, "themes", "rieng", "static"),
		filepath.Join(src, ".ocopgen-cache", "site"),
		toSource,
		toParent,
		filepath.Join(toSource, "content", "site"),
		filepath.Join(toContent, "site"),
	}
	for _, dest := range refused {
		err := checkPlace(dest, src)
		var de *DestError
		if !errors.As(err, &de) {
			t.Errorf("CheckPlace(%s) = %v, want a *DestError", dest, err)
		} else if de.Dest != dest {
			t.Errorf("CheckPlace(%s) names %s", dest, de.Dest)
		}
	}
	allowed := []string{
		filepath.Join(src, "public"),
		filepath.Join(src, "public", "vi"),
		filepath.Join(src, "contents"), // a name that only starts like content
		filepath.Join(src, "ocopgen.toml.site"),
		filepath.Join(filepath.Dir(src), "site"),
		filepath.Join(outside, "site"),
		filepath.Join(toSource, "public"),
	}
	for _, dest := range allowed {
		if err := checkPlace(dest, src); err != nil {
			t.Errorf("CheckPlace(%s) = %v, want nil", dest, err)
		}
	}
	// From inside the catalogue, with relative paths.
	t.Chdir(src)
	for _, dest := range []string{".", "./x/..", "content", "../" + filepath.Base(src)} {
		if err := checkPlace(dest, "."); err == nil {
			t.Errorf("CheckPlace(%s) from the catalogue accepted it", dest)
		}
	}
	if err := checkPlace("public", "."); err != nil {
		t.Errorf("CheckPlace(public) from the catalogue = %v", err)
	}
}

// TestPublishRefusesForeignFolder: a folder that holds files but no
// marker is someone's data: Publish writes nothing, runs no build and
// leaves nothing beside it. An empty folder, or one the caller knows for
// its own, is replaced.
func TestPublishRefusesForeignFolder(t *testing.T) {
	theirs := map[string][]byte{"luan-van.docx": []byte("bản thảo"), "anh/nha.jpg": []byte("ảnh")}
	for name, setup := range map[string]func(dest string){
		"files": func(dest string) { writeTree(t, dest, theirs) },
		"marker is a folder": func(dest string) {
			writeTree(t, dest, theirs)
			writeTree(t, filepath.Join(dest, Marker), map[string][]byte{"x": []byte("x")})
		},
		"only an empty folder": func(dest string) {
			if err := os.MkdirAll(filepath.Join(dest, "sub"), 0o755); err != nil {
				t.Fatal(err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			parent := t.TempDir()
			dest := filepath.Join(parent, "site")
			setup(dest)
			before := readTree(t, dest)
			called := false
			_, err := Publish(context.Background(), dest, false, func(w Writer) error {
				called = true
				return writeAll(w, site)
			})
			var de *DestError
			if !errors.As(err, &de) {
				t.Fatalf("Publish = %v, want a *DestError", err)
			}
			if called {
				t.Error("the build ran")
			}
			sameTree(t, readTree(t, dest), before)
			onlyEntries(t, parent, "site")
		})
	}

	t.Run("empty", func(t *testing.T) {
		parent := t.TempDir()
		dest := filepath.Join(parent, "site")
		if err := os.Mkdir(dest, 0o755); err != nil {
			t.Fatal(err)
		}
		if _, err := Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, site) }); err != nil {
			t.Fatal(err)
		}
		sameTree(t, readTree(t, dest), published(site))
	})

	t.Run("ours", func(t *testing.T) {
		parent := t.TempDir()
		dest := filepath.Join(parent, "site")
		writeTree(t, dest, map[string][]byte{"index.html": []byte("an earlier version's site")})
		if _, err := Publish(context.Background(), dest, true, func(w Writer) error { return writeAll(w, site) }); err != nil {
			t.Fatal(err)
		}
		sameTree(t, readTree(t, dest), published(site))
		// Now it has the marker: it is replaced without being vouched for.
		if _, err := Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, site) }); err != nil {
			t.Fatal(err)
		}
	})
}

// TestPublishRemovesStaleStaging: the staging folders a killed build left
// beside dest are removed by the next Publish, and by Tidy; folders that
// only look alike are kept.
func TestPublishRemovesStaleStaging(t *testing.T) {
	for name, run := range map[string]func(dest string) error{
		"Publish": func(dest string) error {
			_, err := Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, site) })
			return err
		},
		"Tidy": func(dest string) error { Tidy(dest); return nil },
	} {
		t.Run(name, func(t *testing.T) {
			parent := t.TempDir()
			dest := filepath.Join(parent, "site")
			writeTree(t, parent, map[string][]byte{
				".site.new-2430390117/san-pham/x/index.html": []byte("half written"),
				".site.new-77.old/index.html":                []byte("an old site, mid-swap"),
				".site.new-notes/keep.txt":                   []byte("not a staging folder"),
				".other.new-12/index.html":                   []byte("another site's"),
				"site/" + Marker:                             []byte(markerText),
			})
			if err := os.WriteFile(filepath.Join(parent, ".site.ocopgen-lock"), nil, 0o644); err != nil {
				t.Fatal(err) // a killed build's lock file
			}
			if err := run(dest); err != nil {
				t.Fatal(err)
			}
			entries, err := os.ReadDir(parent)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if want := []string{".other.new-12", ".site.new-notes", "site"}; !slices.Equal(names, want) {
				t.Errorf("%s holds %q, want %q", parent, names, want)
			}
		})
	}
}

// TestPublishKeepsLiveStaging: while another build publishes to the same
// folder, its staging folder is not removed; once it is done, it is.
func TestPublishKeepsLiveStaging(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "site")
	other, err := acquire(parent, "site") // a build under way in another process
	if err != nil {
		t.Fatal(err)
	}
	live, err := os.MkdirTemp(parent, stagingPattern("site"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, site) }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("the staging folder of a build still running was removed: %v", err)
	}
	if _, err := os.Stat(filepath.Join(parent, lockName("site"))); err != nil {
		t.Errorf("the lock file of a build still running was removed: %v", err)
	}
	other.release() // as if its process were killed: the folder stays
	if _, err := Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, site) }); err != nil {
		t.Fatal(err)
	}
	onlyEntries(t, parent, "site")
}

// TestPublishInterrupted: cancelling ctx returns at once although the
// build goes on; dest is as it was, nothing of the build is left, and its
// later writes fail.
func TestPublishInterrupted(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "site")
	if _, err := Publish(context.Background(), dest, false, func(w Writer) error { return writeAll(w, site) }); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, dest)

	ctx, cancel := context.WithCancel(context.Background())
	stuck, resume := make(chan struct{}), make(chan struct{})
	later := make(chan error, 1)
	go func() { <-stuck; cancel() }() // Ctrl-C while the build is busy
	_, err := Publish(ctx, dest, false, func(w Writer) error {
		if err := w.WriteFile("index.html", []byte("mới")); err != nil {
			return err
		}
		close(stuck)
		<-resume // a page that takes very long, and checks no context
		err := w.WriteFile("san-pham/moi/index.html", []byte("mới"))
		later <- err
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Publish = %v, want context.Canceled", err)
	}
	sameTree(t, readTree(t, dest), before)
	onlyEntries(t, parent, "site")
	close(resume)
	if err := <-later; !errors.Is(err, errClosed) {
		t.Errorf("a write after the interruption returned %v, want it refused", err)
	}
	onlyEntries(t, parent, "site")
}
