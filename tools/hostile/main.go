// Command hostile writes a small catalogue with one worst case of hostile
// input, so the time and memory a build or check spends on it can be
// measured:
//
//	go run ./tools/hostile -case nested -n 100000 -o /tmp/nested
//	/usr/bin/time -v ocopgen check -s /tmp/nested
//
// The cases are nested (a product whose value is n arrays nested in one
// another), refs (a product listing n unknown tourism links, one a line),
// refs-line (the same n on one line), keys (a product with n unknown
// keys), links (a story of n broken links on one line), headings (a
// story with n headings of the same text), quotes (n lines of quotes
// nested 16 deep), quotes-deep (a quote nested n deep), openers (n "[a("
// never closed), footnotes (n footnote references on one line, and their notes) and table (a table of n columns
// and n rows).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

const site = `title = "Sản phẩm OCOP Hà Nội"
base_url = "https://ocop.example.vn/"
`

const districts = `[[district]]
name = "Gia Lâm"
kind = "huyện"
`

const product = `group = "thuc-pham"
stars = 4
district = "gia-lam"
producer = "HTX Nuôi ong Gia Lâm"
`

const certificate = `
[certificate]
decision_date = 2024-03-04
`

func main() {
	kind := flag.String("case", "", "nested, refs, refs-line, keys, links, headings, quotes, quotes-deep, openers, footnotes or table")
	n := flag.Int("n", 100000, "how many nested arrays, references, keys or headings")
	out := flag.String("o", "", "the folder to write the catalogue into (made if missing)")
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: hostile -case nested|refs|refs-line|keys|links|headings|quotes|quotes-deep|openers|footnotes|table -n N -o DIR")
		os.Exit(2)
	}
	files, err := catalogue(*kind, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(2)
	}
	for name, text := range files {
		path := filepath.Join(*out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "hostile:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "hostile:", err)
			os.Exit(1)
		}
	}
}

// catalogue returns the files of a catalogue with the named worst case,
// by path under its root.
func catalogue(kind string, n int) (map[string]string, error) {
	files := map[string]string{
		"ocopgen.toml":                site,
		"content/districts.toml":      districts,
		"content/products/valid.toml": "name = \"Mật ong hoa nhãn Gia Lâm\"\n" + product + certificate,
	}
	x := "name = \"Bánh chưng Tranh Khúc\"\n" + product
	switch kind {
	case "nested":
		files["content/products/x.toml"] = x + "x = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n" + certificate
	case "refs", "refs-line":
		sep := ",\n  "
		if kind == "refs-line" {
			sep = ", "
		}
		refs := make([]string, n)
		for i := range refs {
			refs[i] = fmt.Sprintf("%q", fmt.Sprintf("khong-co-%d", i))
		}
		files["content/products/x.toml"] = x + "tourism = [" + strings.Join(refs, sep) + "]\n" + certificate
	case "keys":
		var b strings.Builder
		b.WriteString(x)
		for i := range n {
			fmt.Fprintf(&b, "khong_co_%d = 1\n", i)
		}
		files["content/products/x.toml"] = b.String() + certificate
	case "links":
		var b strings.Builder
		b.WriteString("+++\ntitle = \"Tin\"\ndate = 2025-01-20\n+++\n")
		for i := range n {
			fmt.Fprintf(&b, "[Làng nghề](/khong-co-%d/) ", i)
		}
		files["content/stories/tin.md"] = b.String() + "\n"
	case "headings":
		var b strings.Builder
		b.WriteString("+++\ntitle = \"Tin\"\ndate = 2025-01-20\n+++\n")
		for range n {
			b.WriteString("\n## Làng nghề\n")
		}
		files["content/stories/tin.md"] = b.String()
	case "quotes", "quotes-deep", "openers", "footnotes", "table":
		files["content/stories/tin.md"] = "+++\ntitle = \"Tin\"\ndate = 2025-01-20\n+++\n" + story(kind, n)
	default:
		return nil, fmt.Errorf("unknown case %q: use nested, refs, refs-line, keys, links, headings, quotes, quotes-deep, openers, footnotes or table", kind)
	}
	return files, nil
}

// story returns the markdown of a story with the named worst case.
func story(kind string, n int) string {
	var b strings.Builder
	switch kind {
	case "quotes":
		line := strings.Repeat("> ", 16) + "Làng nghề\n"
		for range n {
			b.WriteString(line)
		}
	case "quotes-deep":
		b.WriteString(strings.Repeat(">", n) + " Làng nghề\n")
	case "openers":
		b.WriteString(strings.Repeat("[a](", n) + "\n")
	case "footnotes":
		for i := range n {
			fmt.Fprintf(&b, "[^%d]", i)
		}
		b.WriteString("\n\n")
		for i := range n {
			fmt.Fprintf(&b, "[^%d]: b\n", i)
		}
	case "table":
		row := strings.Repeat("| a ", n) + "|\n"
		b.WriteString(row + strings.Repeat("|---", n) + "|\n")
		for range n {
			b.WriteString(row)
		}
	}
	return b.String()
}
