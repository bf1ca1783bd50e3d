package load

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// FuzzRecord loads a catalogue whose one product file is the input: every
// problem placed in that file is on one of its lines, at a column of that
// line (or at the file alone), and the key index agrees with counting
// lines and characters from the start of the text.
func FuzzRecord(f *testing.F) {
	for _, s := range []string{
		costProduct + costCertificate,
		costProduct + "tourism = [\"a\", 'b', \"a\"]\nsubgroup = [{slug = \"x\"}, {slug = 'y'}]\n" + costCertificate,
		costProduct + "x = [[[[1]]]]\n[certificate]\ndecision_date = \"2024-03-04\"\n",
		costProduct + "stars = \"4\"\n[[district]]\nname = 1\n",
		"name = \"\"\"\nmột\r\nhai\"\"\"\n\"quoted key\" = 1\na.b.c = { d = [1, {e = 2}] }\n",
		costProduct + "x = " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n",
		"[a\n= \n'''\n#\"",
		costProduct + "price_vnd = 1.500,000\npotential_five_star = Có\n[certificate]\ndecision_date = 31/02/2025\n",
		"producer: “HTX”,\n{ \"a\": 1 }\ndescription = \"\"\"\nx = \"y\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fsys := costCatalogue(text)
		_, probs := Load(fsys, Options{Today: testDay})
		norm := strings.TrimPrefix(text, "\ufeff")
		if utf8.ValidString(norm) {
			norm = vntext.NFC(norm)
		}
		lines := strings.Split(norm, "\n")
		for _, p := range probs.Problems() {
			if p.File != "content/products/x.toml" {
				continue
			}
			if p.Line == 0 && p.Col == 0 {
				continue
			}
			if p.Line < 1 || p.Line > len(lines) {
				t.Fatalf("%s: line outside the file's %d lines", p, len(lines))
			}
			if n := utf8.RuneCountInString(lines[p.Line-1]); p.Col < 0 || p.Col > n+1 {
				t.Fatalf("%s: column outside the line's %d characters", p, n)
			}
		}
		ix := newKeyIndex(norm, 0)
		for _, e := range ix.entries {
			for _, off := range []int{e.off, e.valOff} {
				if off < 0 || off > len(norm) {
					t.Fatalf("entry at %d outside the text of %d bytes", off, len(norm))
				}
				l1, c1 := ix.lineCol(off)
				if l2, c2 := lineCol(norm, off, 0); l1 != l2 || c1 != c2 {
					t.Fatalf("offset %d: index says %d:%d, counting says %d:%d", off, l1, c1, l2, c2)
				}
			}
		}
	})
}

// FuzzNesting: tooDeep refuses what nests more than maxNesting deep, and
// whatever it lets through is no deeper: wrapping an accepted value in
// maxNesting more arrays is refused.
func FuzzNesting(f *testing.F) {
	for _, s := range []string{"x = [1]", "[a.b]\nc = {d = [[2]]}", "x = \"[[[\"", "a.b.c = 1", "x = [\n# [[[\n1]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		if strings.ContainsAny(value, "\n\r") {
			return // one line: the wrapping below must stay one value
		}
		text := "x = " + value + "\n"
		if _, deep := tooDeep(text); deep {
			return
		}
		wrapped := "x = " + strings.Repeat("[", maxNesting+1) + value + strings.Repeat("]", maxNesting+1) + "\n"
		off, deep := tooDeep(wrapped)
		if !deep {
			t.Fatalf("%q nested %d more deep was let through", value, maxNesting+1)
		}
		if off < 0 || off >= len(wrapped) {
			t.Fatalf("refused at %d, outside the text", off)
		}
	})
}

// FuzzFrontMatter: the front matter and the body are the text's own
// parts, in order, and the body starts on the line said.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{"+++\ntitle = \"a\"\n+++\nbody\n", "+++\r\n+++\r\n", "+++ \nx\n+++", "no front matter", "+++\n+++\n+++\n", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		front, body, bodyLine, ok := frontMatter(text)
		if !ok {
			if body != text || bodyLine != 1 || front != "" {
				t.Fatalf("no front matter, yet body %q, line %d, front %q", body, bodyLine, front)
			}
			return
		}
		if !strings.HasSuffix(text, body) {
			t.Fatalf("body %q is not the end of the text", body)
		}
		head := text[:len(text)-len(body)]
		first, rest, _ := strings.Cut(head, "\n")
		if strings.TrimRight(first, " \t\r") != "+++" || !strings.HasPrefix(rest, front) {
			t.Fatalf("front %q does not follow the opening line in %q", front, head)
		}
		closing := strings.TrimSuffix(rest[len(front):], "\n")
		if strings.TrimRight(closing, " \t\r") != "+++" {
			t.Fatalf("front %q is not closed by a +++ line: %q", front, closing)
		}
		if want := strings.Count(head, "\n") + 1; bodyLine != want && !(body == "" && !strings.HasSuffix(head, "\n")) {
			t.Fatalf("body on line %d, want %d", bodyLine, want)
		}
	})
}

// FuzzImagePath: an image path a product may name stays inside content/;
// a path that is refused is reported at the product.
func FuzzImagePath(f *testing.F) {
	for _, s := range []string{"media/ok.svg", "../secret.txt", "media/../../secret.txt", "/etc/passwd", `media\ok.svg`, "media/./ok.svg", "media//ok.svg", "media", "", "https://x.vn/a.jpg"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, img string) {
		if !utf8.ValidString(img) || strings.ContainsAny(img, "\"\\\n\r\x00") || strings.ContainsFunc(img, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			return // a TOML basic string holds it as written
		}
		fsys := costCatalogue(costProduct + `images = ["` + img + `"]` + "\n" + costCertificate)
		fsys["content/media/ok.svg"] = &fstest.MapFile{Data: []byte("<svg/>")}
		fsys["secret.txt"] = &fstest.MapFile{Data: []byte("outside content/")}
		cat, probs := Load(fsys, Options{Today: testDay})
		var got bytes.Buffer
		for _, p := range probs.Problems() {
			got.WriteString(p.String() + "\n")
		}
		if len(cat.Products) == 0 {
			if !strings.Contains(got.String(), "content/products/x.toml") {
				t.Fatalf("image %q refused without a problem at the product:\n%s", img, got.String())
			}
			return
		}
		for _, name := range cat.Products[0].Images {
			full := path.Join(ContentDir, name)
			if !fs.ValidPath(full) || !strings.HasPrefix(full, ContentDir+"/") {
				t.Fatalf("image %q accepted as %q, outside content/", img, name)
			}
			if _, err := fs.Stat(fsys, full); err != nil {
				t.Fatalf("image %q accepted as %q, which is not there: %v", img, name, err)
			}
		}
	})
}
