// Package markdown turns the markdown of stories, tourism pages and record
// descriptions into HTML. goldmark is configured here and only here:
// CommonMark with tables, strikethrough, autolinks and footnotes; heading
// IDs as ASCII slugs; raw HTML left out (editors write markdown, not
// markup). Rendering also collects the links of a text, so the build can
// check that internal links resolve, and prefixes site-absolute links with
// the site's base path.
package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/vntext"
)

// Link is a link or image found in a text.
type Link struct {
	Dest   string // as written
	Image  bool
	Offset int // byte offset in the source, for positions in problems
}

// Converter renders markdown; it is safe for concurrent use.
type Converter struct {
	md goldmark.Markdown
}

// New returns a converter.
func New() *Converter {
	return &Converter{md: goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify, extension.Footnote),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		// No html.WithUnsafe: raw HTML in markdown is omitted from the output.
	)}
}

// Picture is what a page knows of an image a text shows: its resized
// versions as a srcset, and its size.
type Picture struct {
	Srcset        string // "" for none
	Width, Height int    // 0 when unknown
}

// Pictures tells the picture of the image a text names as dest (as
// written), if the site has one.
type Pictures func(dest string) (Picture, bool)

// imageSizes is the sizes attribute of an image in a text: the width it
// is laid out at, which browsers that know "auto" measure (lazy images
// only, as those in texts are), and the window's width for the others —
// a text's column is the window's width on a phone.
const imageSizes = "auto, 100vw"

// Convert renders src to HTML. Links starting with "/" are prefixed with
// basePath (the path of the site's base URL, "/" at a domain's root).
func (c *Converter) Convert(src, basePath string) (string, []Link, error) {
	return c.ConvertWith(src, basePath, nil)
}

// ConvertWith renders src as Convert does; an image that pics, if not
// nil, knows gets its width, height and srcset.
func (c *Converter) ConvertWith(src, basePath string, pics Pictures) (string, []Link, error) {
	source := []byte(src)
	ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
	doc := c.md.Parser().Parse(text.NewReader(source), parser.WithContext(ctx))
	var links []Link
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			links = append(links, Link{Dest: string(n.Destination), Offset: offsetOf(n, source)})
			n.Destination = prefix(n.Destination, basePath)
		case *ast.Image:
			links = append(links, Link{Dest: string(n.Destination), Image: true, Offset: offsetOf(n, source)})
			picture(n, pics)
			n.Destination = prefix(n.Destination, basePath)
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return "", nil, err
	}
	var buf buffer
	if err := c.md.Renderer().Render(&buf, source, doc); err != nil {
		return "", nil, lang.Errorf("cannot turn the markdown into a page: %v", err)
	}
	// Images in text are below the fold more often than not.
	html := strings.ReplaceAll(buf.String(), "<img ", `<img loading="lazy" decoding="async" `)
	return html, links, nil
}

// Images returns the destinations of the images src shows, as written,
// without rendering it.
func (c *Converter) Images(src string) []string {
	source := []byte(src)
	doc := c.md.Parser().Parse(text.NewReader(source), parser.WithContext(parser.NewContext(parser.WithIDs(newHeadingIDs()))))
	var dests []string
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if im, ok := n.(*ast.Image); ok && entering {
			dests = append(dests, string(im.Destination))
		}
		return ast.WalkContinue, nil
	})
	return dests
}

// picture gives the image n the attributes of its picture, if pics knows
// it: goldmark writes an image node's attributes after its src and alt.
func picture(n *ast.Image, pics Pictures) {
	if pics == nil {
		return
	}
	pic, ok := pics(string(n.Destination))
	if !ok {
		return
	}
	if pic.Width > 0 && pic.Height > 0 {
		n.SetAttributeString("width", strconv.Itoa(pic.Width))
		n.SetAttributeString("height", strconv.Itoa(pic.Height))
	}
	if pic.Srcset != "" {
		n.SetAttributeString("srcset", pic.Srcset)
		n.SetAttributeString("sizes", imageSizes)
	}
}

// A buffer is the writer goldmark renders into: given a plain writer, it
// would put its own buffered writer (4 KiB) in front of it for every text.
type buffer struct{ bytes.Buffer }

func (*buffer) Buffered() int { return 0 }
func (*buffer) Flush() error  { return nil }

var _ util.BufWriter = (*buffer)(nil)

func prefix(dest []byte, basePath string) []byte {
	if basePath == "/" || len(dest) == 0 || dest[0] != '/' || bytes.HasPrefix(dest, []byte("//")) {
		return dest
	}
	return []byte(strings.TrimSuffix(basePath, "/") + string(dest))
}

// offsetOf finds where an inline node starts in the source: at its first
// text, or else at its block's first line.
func offsetOf(n ast.Node, source []byte) int {
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			// The link starts before its text: step back over "[" or "![".
			off := t.Segment.Start
			for off > 0 && source[off-1] != '[' && source[off-1] != '\n' {
				off--
			}
			if off > 0 && source[off-1] == '[' {
				off--
				if off > 0 && source[off-1] == '!' {
					off--
				}
			}
			return off
		}
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}

// headingIDs makes heading anchors ASCII slugs of the heading text
// ("Lịch sử làng nghề" → "lich-su-lang-nghe"), unique within a page: the
// second "a" is "a-1", the third "a-2", skipping any taken. next keeps,
// for each base, the first suffix not yet tried, so a page of n headings
// of one text costs n tries, not n²/2.
type headingIDs struct {
	seen map[string]bool
	next map[string]int
}

func newHeadingIDs() *headingIDs {
	return &headingIDs{seen: map[string]bool{}, next: map[string]int{}}
}

func (h *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	id := vntext.Slug(string(value))
	if id == "" {
		id = "muc"
	}
	if h.seen[id] {
		// Every suffix below next[base] is taken: it was tried and found
		// taken, or given out, and ids are never given back.
		base := id
		i := max(h.next[base], 1)
		for id = base + "-" + strconv.Itoa(i); h.seen[id]; id = base + "-" + strconv.Itoa(i) {
			i++
		}
		h.next[base] = i + 1
	}
	h.seen[id] = true
	return []byte(id)
}

func (h *headingIDs) Put(value []byte) {
	h.seen[string(value)] = true
}
