package main

import (
	"bytes"
	"context"
	"image/jpeg"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/generator/build"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/output"
	"github.com/ocopgen/ocopgen/generator/vntext"
	"golang.org/x/text/unicode/norm"
)

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func generate(t *testing.T, cfg Config) string {
	t.Helper()
	dir := t.TempDir()
	if err := Generate(dir, cfg); err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return dir
}

// TestValid checks a generated catalogue with the real loader and checker.
func TestValid(t *testing.T) {
	dir := generate(t, Config{Products: 300, Stories: 30, Seed: 1})
	res, err := build.Check(context.Background(), os.DirFS(dir), build.Options{Today: today})
	if res != nil {
		for _, p := range res.Problems {
			if p.Severity == diag.Error {
				t.Errorf("%s", p)
			}
		}
	}
	if err != nil {
		t.Fatalf("Check: %v", err)
	}

	counts := map[string]int{}
	var expired, explicitSlug, ungHoaVariant int
	foldPair := false
	err = filepath.WalkDir(filepath.Join(dir, "content"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(dir, "content"), path)
		counts[strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]]++
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !norm.NFC.IsNormal(b) {
			t.Errorf("%s is not NFC", rel)
		}
		s := string(b)
		if strings.Contains(s, "\nslug = ") {
			explicitSlug++
		}
		if strings.HasPrefix(s, "name = \"Nụ trám Quảng Phú Cầu\"\nslug = \"nu-tram-quang-phu-cau-") {
			foldPair = true
		}
		if strings.Contains(s, `district = "Ứng Hoà"`) {
			ungHoaVariant++
		}
		if i := strings.Index(s, "decision_date = "); i >= 0 {
			d, err := time.Parse(time.DateOnly, s[i+16:i+26])
			if err != nil {
				t.Errorf("%s: %v", rel, err)
			} else if d.AddDate(0, 36, 0).Before(today) {
				expired++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if counts["products"] != 300 || counts["stories"] != 30 || counts["tourism"] != 3 || counts["sales-points"] != 2 {
		t.Errorf("files per folder = %v; want 300 products, 30 stories, 3 tourism, 2 sales-points", counts)
	}
	if res.Pages["product"] != 300 {
		t.Errorf("%d product pages checked, want 300 (pages: %v)", res.Pages["product"], res.Pages)
	}
	if expired == 0 || expired == 300 {
		t.Errorf("%d of 300 certificates expired on %s; want some, not all", expired, today.Format(time.DateOnly))
	}
	if explicitSlug == 0 {
		t.Error("no product has an explicit slug: names never collided")
	}
	if !foldPair {
		t.Error("Nụ trám Quảng Phú Cầu has no explicit slug next to Nụ trầm Quảng Phú Cầu")
	}
	if ungHoaVariant == 0 {
		t.Error(`no product names its district "Ứng Hoà"`)
	}
}

// TestDeterministic generates twice with one seed and compares the trees.
func TestDeterministic(t *testing.T) {
	cfg := Config{Products: 400, Stories: 40, Seed: 7}
	a, b := tree(t, generate(t, cfg)), tree(t, generate(t, cfg))
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between runs", name)
		}
	}
	cfg.Seed = 8
	c := tree(t, generate(t, cfg))
	same := 0
	for name, data := range a {
		if bytes.Equal(data, c[name]) {
			same++
		}
	}
	if same == len(a) {
		t.Error("seeds 7 and 8 gave the same catalogue")
	}
}

func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDistrictsGrow(t *testing.T) {
	for _, c := range []struct{ n, min, max int }{
		{300, 30, 30}, {3000, 30, 30}, {6000, 31, 400}, {10000, 450, 550}, {20000, 900, 1100},
	} {
		got := districtCount(c.n)
		if got < c.min || got > c.max {
			t.Errorf("districtCount(%d) = %d; want %d to %d", c.n, got, c.min, c.max)
		}
		ds := makeDistricts(rand.New(rand.NewPCG(1, 2)), got)
		if len(ds) != got {
			t.Errorf("makeDistricts(%d) made %d", got, len(ds))
		}
		seen := map[string]bool{}
		for _, d := range ds {
			if seen[d.slug] {
				t.Errorf("N=%d: district slug %q twice", c.n, d.slug)
			}
			seen[d.slug] = true
			if d.slug != vntext.Slug(d.name) || len(d.communes) == 0 {
				t.Errorf("N=%d: bad district %+v", c.n, d)
			}
		}
	}
}

// TestTables checks the word lists against the built-in taxonomy.
func TestTables(t *testing.T) {
	g := newGen(Config{Products: 1})
	for _, s := range specials {
		for _, k := range s.kinds {
			if g.kindByName[k] == nil {
				t.Errorf("special %s/%s names unknown kind %q", s.district, s.commune, k)
			}
		}
	}
	subs := map[string]string{
		"rau-cu-qua-hat-tuoi": gFood, "thit-thuy-san-trung-sua-tuoi": gFood, "gao-ngu-coc-hat-so-che": gFood,
		"mat-ong-mat-khac-nong-san-khac": gFood, "do-an-nhanh": gFood, "che-bien-tu-gao-ngu-coc": gFood,
		"che-bien-tu-rau-cu-qua-hat": gFood, "che-bien-tu-thit-trung-sua-thuy-san": gFood,
		"tuong-nuoc-mam-gia-vi-long": gFood, "gia-vi-khac": gFood, "che-tuoi-che-bien": gFood,
		"san-pham-che-tu-thuc-vat-khac": gFood, "ca-phe-ca-cao": gFood,
		"ruou-trang": gDrink, "do-uong-co-con-khac": gDrink, "nuoc-khoang-nuoc-uong-dong-chai": gDrink, "do-uong-khong-con-khac": gDrink,
		"tpcn-thuoc-duoc-lieu-thuoc-co-truyen": gHerb, "my-pham-tu-duoc-lieu": gHerb, "tinh-dau-duoc-lieu-khac": gHerb,
		"thu-cong-my-nghe-gia-dung-trang-tri": gCraft, "vai-may-mac": gCraft,
		"hoa": gPlant, "cay-canh": gPlant, "dong-vat-canh": gPlant,
		"dich-vu-du-lich-cong-dong-sinh-thai-diem-du-lich": gTravel,
	}
	used := map[string]bool{}
	for _, k := range kinds {
		if subs[k.sub] != k.group {
			t.Errorf("kind %q: %q is not a sub-group of %q", k.name, k.sub, k.group)
		}
		used[k.sub] = true
		if k.lo <= 0 || k.hi < k.lo || len(k.units) == 0 || k.made == "" {
			t.Errorf("kind %q is incomplete", k.name)
		}
	}
	if len(used) != 26 {
		t.Errorf("kinds use %d of the 26 sub-groups", len(used))
	}
}

// TestPhotos: with Photos, the first products name a photo each, which is
// a JPEG of the promised size, and the catalogue stays valid; the build
// makes a listing thumbnail of each.
func TestPhotos(t *testing.T) {
	dir := generate(t, Config{Products: 20, Stories: 2, Photos: 3, Seed: 1})
	photos, err := filepath.Glob(filepath.Join(dir, "content", "media", "photos", "*.jpg"))
	if err != nil || len(photos) != 3 {
		t.Fatalf("photos: %q, %v", photos, err)
	}
	for _, p := range photos {
		b, _ := os.ReadFile(p)
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(b))
		if err != nil || cfg.Width != photoWidth || cfg.Height != photoHeight {
			t.Errorf("%s: %dx%d, %v", p, cfg.Width, cfg.Height, err)
		}
	}
	res, err := build.Build(context.Background(), os.DirFS(dir), output.Discard{}, build.Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	// Each 1600×1200 photo: its 480 and 960 versions (none as wide as itself)
	// and its 1200×630 share crop, all made now on an empty cache.
	if res.Resized != 9 || res.Sized != 9 {
		t.Errorf("the build made %d versions of %d the site has, want 9 of 9 (3 photos × 480, 960, share crop)", res.Resized, res.Sized)
	}
}
