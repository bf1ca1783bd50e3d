package render

import (
	"encoding/xml"
	"fmt"
	"testing"
)

// TestSitemapIndex checks that a site past the format's limit gets an
// index of sitemap files, each within the limit, listing every URL once.
func TestSitemapIndex(t *testing.T) {
	r := &Renderer{abs: "https://ocop.example.vn/"}
	var pages []Page
	for i := range sitemapLimit + 10 {
		pages = append(pages, Page{Path: fmt.Sprintf("san-pham/p%d/index.html", i), URL: fmt.Sprintf("/san-pham/p%d/", i), Kind: "product"})
	}
	files := map[string][]byte{}
	for _, p := range r.files(pages) {
		if p.Kind == "file" && len(p.Path) > 7 && p.Path[:7] == "sitemap" {
			b, err := p.Render()
			if err != nil {
				t.Fatal(err)
			}
			files[p.Path] = b
		}
	}
	var index struct {
		Maps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal(files["sitemap.xml"], &index); err != nil {
		t.Fatal(err)
	}
	if len(index.Maps) != 2 || index.Maps[1].Loc != "https://ocop.example.vn/sitemap-2.xml" {
		t.Fatalf("index lists %+v", index.Maps)
	}
	total := 0
	for _, name := range []string{"sitemap-1.xml", "sitemap-2.xml"} {
		var set struct {
			URLs []struct {
				Loc string `xml:"loc"`
			} `xml:"url"`
		}
		if err := xml.Unmarshal(files[name], &set); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(set.URLs) > sitemapLimit {
			t.Errorf("%s lists %d URLs", name, len(set.URLs))
		}
		total += len(set.URLs)
	}
	if total != sitemapLimit+10 {
		t.Errorf("the parts list %d URLs, want %d", total, sitemapLimit+10)
	}
}

// TestCSVInert: a cell that a spreadsheet would run as a formula is
// written as text.
func TestCSVInert(t *testing.T) {
	for in, want := range map[string]string{
		"=cmd|' /C calc'!A0": "'=cmd|' /C calc'!A0",
		"+SUM(1,2)":          "'+SUM(1,2)",
		"-2+3":               "'-2+3",
		"@x":                 "'@x",
		"\tx":                "'\tx",
		"\rx":                "'\rx",
		"Bánh chưng":         "Bánh chưng",
		"150000":             "150000",
		"":                   "",
	} {
		if got := inert(in); got != want {
			t.Errorf("inert(%q) = %q, want %q", in, got, want)
		}
	}
}
