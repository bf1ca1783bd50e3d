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
	"fmt"
	"net/http"
	"path"
	"strings"
)

// Problem is what is wrong with a media file: at a line and column of it
// (from 1) when the problem has a place, 0 otherwise.
type Problem struct {
	Line, Col int
	Message   string
}

func (p *Problem) Error() string { return p.Message }

// problemf makes a Problem at line:col from one of the messages below.
func problemf(line, col int, format string, args ...any) *Problem {
	return &Problem{Line: line, Col: col, Message: fmt.Sprintf(format, args...)}
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

// active are extensions of files that a browser runs or renders as a page
// of the site, and of types that belong to a theme: a fix of their own.
var active = map[string]string{
	".html": msgPage, ".htm": msgPage, ".xhtml": msgPage, ".xht": msgPage, ".shtml": msgPage,
	".xml": msgPage, ".xsl": msgPage, ".xslt": msgPage, ".mht": msgPage, ".mhtml": msgPage,
	".php": msgPage, ".asp": msgPage, ".aspx": msgPage, ".jsp": msgPage, ".hta": msgPage,
	".js": msgScript, ".mjs": msgScript, ".cjs": msgScript, ".wasm": msgScript, ".swf": msgScript,
	".css": msgTheme, ".json": msgTheme,
	".svgz": msgSVGZ,
}

// The messages of this package; each is one format string.
const (
	msgPage      = "%s files cannot be published from content/ (a page here would run as part of the site, with its scripts): write it as a story in content/stories/, or link to where it is published elsewhere"
	msgScript    = "%s files cannot be published from content/ (a script here would run as part of the site): scripts belong to the theme, in themes/<name>/static/"
	msgTheme     = "%s files cannot be published from content/ (styles and data for the pages belong to the theme): put it in themes/<name>/static/"
	msgSVGZ      = "%s files cannot be published from content/ (a compressed drawing cannot be checked for scripts): save it as plain .svg"
	msgOther     = "%s files cannot be published from content/ (only images, PDF documents and videos are): use one of .jpg .jpeg .png .gif .webp .avif .svg .pdf .mp4 .webm"
	msgNoExt     = "a file without an extension cannot be published from content/ (browsers would guess what it is, and may take it for a page): rename it with the extension of its type, like .jpg or .pdf"
	msgDisguised = "the file is %s, not a %s file as its name says (a page here would run as part of the site): save the image or document itself again"
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
	case active[ext] != "":
		return problemf(0, 0, active[ext], ext)
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
	var is string
	switch {
	case strings.HasPrefix(ctype, "text/html"):
		is = "an HTML page"
	case strings.HasPrefix(ctype, "text/xml"):
		is = "an XML document"
	default:
		return nil
	}
	return problemf(0, 0, msgDisguised, is, strings.ToLower(path.Ext(name)))
}
