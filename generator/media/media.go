// Package media decides what may be published as a media file of the
// catalogue (a file under content/media/, or one a record names as its
// image), and how much an image may cost to read.
//
// Media files are the editors' input, published on the site's own origin:
// a page, a script or a scripted SVG among them would run as part of the
// site, around the rule that markdown carries no raw HTML. So only the
// types of an allow-list are published (images, PDF documents, videos),
// an SVG is read as XML and refused if anything in it can run, load from
// outside the catalogue or expand (it is refused, not cleaned: a changed
// drawing would be published without anyone seeing it), and a file whose
// first bytes are a page is refused whatever its extension says.
//
// A raster image is decoded only after its header has passed the limits of
// MaxPixels and MaxSide, and within a memory budget shared by the images
// decoded at once (Decode).
//
// The theme's static files are not media: like its templates they are the
// theme author's code, published as they are.
package media

import (
	"net/http"
	"path"
	"strings"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// Problem is what is wrong with a media file: at a line and column of it
// (from 1) when the problem has a place, 0 otherwise.
type Problem struct {
	Line, Col int
	Message   string // in English
	words     *lang.Error
}

func (p *Problem) Error() string { return p.Message }

// In is the problem's message in language t.
func (p *Problem) In(t language.Tag) string { return p.words.In(t) }

// problemf makes a Problem at line:col from one of the messages below.
func problemf(line, col int, format string, args ...any) *Problem {
	w := lang.Errorf(format, args...)
	return &Problem{Line: line, Col: col, Message: w.Error(), words: w}
}

// Allowed are the extensions that may be published from content/, each
// with the kind of file it is.
var Allowed = map[string]Kind{
	".jpg": Raster, ".jpeg": Raster, ".png": Raster, ".gif": Raster,
	".webp": Image, ".avif": Image,
	".svg": SVG,
	".pdf": Document,
	".mp4": Video, ".webm": Video,
}

// Kind is what a media file is, by its extension.
type Kind int

const (
	Refused  Kind = iota // not on the allow-list
	Raster               // an image the build decodes: its size, a thumbnail
	Image                // an image published as it is
	SVG                  // a drawing, checked by CheckSVG
	Document             // a PDF, shown by the browser's own viewer
	Video
)

// KindOf returns the kind of the file name by its extension, in any case.
func KindOf(name string) Kind {
	return Allowed[strings.ToLower(path.Ext(name))]
}

// refusal is why a file of an extension off the allow-list may not be
// published, each with a fix of its own.
type refusal int

const (
	other  refusal = iota // not a type of media
	page                  // a page of the site, run with its scripts
	script                // a script
	theme                 // styles and data, which belong to a theme
	svgz                  // a compressed drawing
)

// active are extensions of files that a browser runs or renders as a page
// of the site, and of types that belong to a theme.
var active = map[string]refusal{
	".html": page, ".htm": page, ".xhtml": page, ".xht": page, ".shtml": page,
	".xml": page, ".xsl": page, ".xslt": page, ".mht": page, ".mhtml": page,
	".php": page, ".asp": page, ".aspx": page, ".jsp": page, ".hta": page,
	".js": script, ".mjs": script, ".cjs": script, ".wasm": script, ".swf": script,
	".css": theme, ".json": theme,
	".svgz": svgz,
}

// The messages of this package; each is one format string.
const (
	msgPage          = "%s files cannot be published from content/ (a page here would run as part of the site, with its scripts): write it as a story in content/stories/, or link to where it is published elsewhere"
	msgScript        = "%s files cannot be published from content/ (a script here would run as part of the site): scripts belong to the theme, in themes/<name>/static/"
	msgTheme         = "%s files cannot be published from content/ (styles and data for the pages belong to the theme): put it in themes/<name>/static/"
	msgSVGZ          = "%s files cannot be published from content/ (a compressed drawing cannot be checked for scripts): save it as plain .svg"
	msgOther         = "%s files cannot be published from content/ (only images, PDF documents and videos are): use one of .jpg .jpeg .png .gif .webp .avif .svg .pdf .mp4 .webm"
	msgNoExt         = "a file without an extension cannot be published from content/ (browsers would guess what it is, and may take it for a page): rename it with the extension of its type, like .jpg or .pdf"
	msgDisguisedHTML = "the file is an HTML page, not a %s file as its name says (a page here would run as part of the site): save the image or document itself again"
	msgDisguisedXML  = "the file is an XML document, not a %s file as its name says (a page here would run as part of the site): save the image or document itself again"
)

// CheckName returns a Problem if a file of this name may not be published
// from content/: its extension is not on the allow-list, or it has none.
func CheckName(name string) error {
	base := path.Base(name)
	ext := strings.ToLower(path.Ext(base))
	switch {
	case ext == "" || ext == base:
		return problemf(0, 0, msgNoExt)
	case Allowed[ext] != Refused:
		return nil
	}
	switch active[ext] {
	case page:
		return problemf(0, 0, msgPage, ext)
	case script:
		return problemf(0, 0, msgScript, ext)
	case theme:
		return problemf(0, 0, msgTheme, ext)
	case svgz:
		return problemf(0, 0, msgSVGZ, ext)
	}
	return problemf(0, 0, msgOther, ext)
}

// CheckContent returns a Problem if head, the first bytes of the file name
// (512 are enough), is a page or an XML document while its extension says
// it is an image, a document or a video: a browser or a server that sniffs
// types would show it as a page. SVGs are XML, and are read by CheckSVG.
func CheckContent(name string, head []byte) error {
	k := KindOf(name)
	if k == SVG || k == Refused {
		return nil
	}
	ctype := http.DetectContentType(head)
	switch {
	case strings.HasPrefix(ctype, "text/html"):
		return problemf(0, 0, msgDisguisedHTML, strings.ToLower(path.Ext(name)))
	case strings.HasPrefix(ctype, "text/xml"):
		return problemf(0, 0, msgDisguisedXML, strings.ToLower(path.Ext(name)))
	}
	return nil
}
