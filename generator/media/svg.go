package media

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html/charset"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// maxSVGProblems is how many problems CheckSVG reports of one file; the
// rest are counted in one more.
const maxSVGProblems = 10

// The messages of CheckSVG; each is one format string.
const (
	svgFix         = "export it again from the drawing program as a plain drawing (without scripts, interactivity or linked files), or save it as PNG"
	msgSVGElement  = "the SVG has a <%s> element, which can run a script or show another page as part of the site: " + svgFix
	msgSVGHTML     = "the SVG has an HTML element <%s>, which can make a page inside the drawing: " + svgFix
	msgSVGEvent    = "the SVG has the event attribute %s on <%s>, which runs a script: " + svgFix
	msgSVGScheme   = "the SVG has a %s link in the %s attribute of <%s>, which runs a script: " + svgFix
	msgSVGOutside  = "the SVG links to or loads %q in the %s attribute of <%s>, outside the catalogue: " + svgFix
	msgSVGCSS      = "the style of <%s> in the SVG %s: " + svgFix
	msgSVGAnimate  = "the SVG animates the %s attribute with <%s>, which can turn it into a script or a link outside the catalogue: " + svgFix
	msgSVGEntities = "the SVG declares entities in its DOCTYPE, which can hide scripts or expand to huge text: " + svgFix
	msgSVGInstr    = "the SVG has the instruction <?%s?>, which loads a style sheet or program: " + svgFix
	msgSVGRoot     = "the file is not an SVG drawing: its first element is <%s>, not <svg> (save it again as SVG, or give it the extension of its own type)"
	msgSVGEmpty    = "the file is not an SVG drawing: it has no <svg> element (save it again as SVG)"
	msgSVGXML      = "the SVG is not well-formed XML (%v), so it cannot be checked for scripts: export it again from the drawing program, or save it as PNG"
	msgSVGMore     = "and %d more problems like these in this file"
)

const xhtmlNS = "http://www.w3.org/1999/xhtml"

// runs are the elements that run scripts, embed other documents or
// handle events, by their local name in lower case, in any namespace.
var runs = map[string]bool{
	"script": true, "foreignobject": true, "iframe": true, "embed": true, "object": true,
	"handler": true, "listener": true, "frame": true, "frameset": true, "applet": true, "portal": true,
}

// animations are the elements that set another attribute's value.
var animations = map[string]bool{
	"set": true, "animate": true, "animatecolor": true, "animatemotion": true, "animatetransform": true,
}

// urlAttrs are the attributes, by local name in lower case, whose value is
// a URL the browser follows or loads.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "base": true, "action": true, "formaction": true,
	"data": true, "poster": true, "background": true, "ping": true,
}

// scriptSchemes are the URL schemes that run a script, or make a page.
var scriptSchemes = []string{"javascript:", "vbscript:", "livescript:", "data:text/html", "data:application/xhtml", "data:text/xml", "data:application/xml"}

// embeddedImage matches a data URL of a raster image, the one kind of URL
// other than a fragment or a relative path that an SVG may have.
var embeddedImage = regexp.MustCompile(`^data:image/(png|jpeg|jpg|gif|webp|avif)[;,]`)

// scheme matches a URL with a scheme.
var scheme = regexp.MustCompile(`^[a-z][a-z0-9+.\-]*:`)

// CheckSVG reads b as an SVG drawing, token by token, and returns what in
// it may not be published: elements and attributes that run scripts,
// links and loads outside the catalogue (only fragments like #id, data
// URLs of raster images and relative paths are allowed), animations of
// links or event attributes, DOCTYPE entities, style sheet instructions,
// HTML elements; and a file that is not well-formed or not SVG. Each
// problem is at the line and column of its element. Names are compared in
// any case and namespace, values after removing spaces and control
// characters. The time it takes is linear in the size of b.
func CheckSVG(b []byte) []*Problem {
	c := svgCheck{d: xml.NewDecoder(bytes.NewReader(b))}
	c.d.CharsetReader = charset.NewReaderLabel
	c.run()
	if n := len(c.probs) - maxSVGProblems; n > 0 {
		c.probs = append(c.probs[:maxSVGProblems], problemf(0, 0, msgSVGMore, n))
	}
	return c.probs
}

// svgCheck is the state of one CheckSVG.
type svgCheck struct {
	d       *xml.Decoder
	probs   []*Problem
	root    bool     // the root element has been read
	styles  int      // depth inside <style> elements
	open    []string // the elements open, by local name
	line    int      // of the token being read
	col     int
	styleAt [2]int // line and column of the innermost <style>
	css     strings.Builder
}

func (c *svgCheck) add(format string, args ...any) {
	c.probs = append(c.probs, problemf(c.line, c.col, format, args...))
}

func (c *svgCheck) run() {
	for {
		c.line, c.col = c.d.InputPos()
		tok, err := c.d.Token()
		if err == io.EOF {
			if !c.root {
				c.add(msgSVGEmpty)
			}
			return
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				c.line, c.col = c.d.InputPos()
				err = errors.New(se.Msg)
			}
			c.add(msgSVGXML, err)
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			c.start(t)
		case xml.EndElement:
			c.end()
		case xml.CharData:
			if c.styles > 0 {
				c.css.Write(t)
			}
		case xml.Directive:
			d := strings.ToUpper(string(t))
			if strings.Contains(d, "[") || strings.Contains(d, "ENTITY") {
				c.add(msgSVGEntities)
			}
		case xml.ProcInst:
			if !strings.EqualFold(t.Target, "xml") {
				c.add(msgSVGInstr, t.Target)
			}
		}
	}
}

func (c *svgCheck) start(t xml.StartElement) {
	name := strings.ToLower(t.Name.Local)
	c.open = append(c.open, name)
	if !c.root {
		c.root = true
		if name != "svg" {
			c.add(msgSVGRoot, t.Name.Local)
		}
	}
	switch {
	case runs[name]:
		c.add(msgSVGElement, t.Name.Local)
	case t.Name.Space == xhtmlNS:
		c.add(msgSVGHTML, t.Name.Local)
	case name == "style":
		if c.styles == 0 {
			c.styleAt = [2]int{c.line, c.col}
			c.css.Reset()
		}
		c.styles++
	}
	for _, a := range t.Attr {
		c.attr(t.Name.Local, name, a)
	}
}

func (c *svgCheck) end() {
	name := c.open[len(c.open)-1]
	c.open = c.open[:len(c.open)-1]
	if name == "style" && c.styles > 0 {
		c.styles--
		if c.styles == 0 {
			line, col := c.line, c.col
			c.line, c.col = c.styleAt[0], c.styleAt[1]
			if what := checkCSS(c.css.String()); what != nil {
				c.add(msgSVGCSS, "style", what)
			}
			c.line, c.col = line, col
		}
	}
}

// attr checks one attribute of the element elem (lname in lower case).
func (c *svgCheck) attr(elem, lname string, a xml.Attr) {
	key := strings.ToLower(a.Name.Local)
	val := fold(a.Value)
	shown := a.Name.Local
	if a.Name.Space != "" && a.Name.Space != "xmlns" {
		shown = prefixOf(a.Name.Space) + ":" + a.Name.Local
	}
	if strings.HasPrefix(key, "on") {
		c.add(msgSVGEvent, shown, elem)
		return
	}
	for _, s := range scriptSchemes {
		if strings.Contains(val, s) {
			c.add(msgSVGScheme, strings.TrimSuffix(s, ":"), shown, elem)
			return
		}
	}
	if a.Name.Space == "xmlns" || key == "xmlns" {
		return // a namespace, not a URL
	}
	if urlAttrs[key] && !inside(val) {
		c.add(msgSVGOutside, strings.TrimSpace(a.Value), shown, elem)
		return
	}
	if animations[lname] && key == "attributename" {
		target := val
		if i := strings.LastIndexByte(target, ':'); i >= 0 {
			target = target[i+1:]
		}
		if strings.HasPrefix(target, "on") || urlAttrs[target] || target == "style" {
			c.add(msgSVGAnimate, strings.TrimSpace(a.Value), elem)
			return
		}
	}
	if key == "style" || strings.Contains(val, "url(") {
		if what := checkCSS(a.Value); what != nil {
			c.add(msgSVGCSS, elem, what)
		}
	}
}

// prefixOf shortens the namespaces of attributes that drawings use to
// their usual prefix, for messages.
func prefixOf(space string) string {
	switch space {
	case "http://www.w3.org/1999/xlink":
		return "xlink"
	case "http://www.w3.org/XML/1998/namespace":
		return "xml"
	}
	return space
}

// fold returns s in lower case, without the spaces and control characters
// a browser skips or that hide a scheme (java&#x09;script:), and with
// backslashes as the slashes browsers take them for.
func fold(s string) string {
	plain := true // of bytes that fold leaves as they are
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		plain = c > ' ' && c < 0x7f && c != '\\' && (c < 'A' || c > 'Z')
	}
	if plain {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r <= ' ' || r == 0x7f || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return -1
		case r == '\\':
			return '/'
		}
		return unicode.ToLower(r)
	}, s)
}

// inside reports whether the folded URL u stays inside the drawing or the
// catalogue: empty, a fragment, a data URL of a raster image, or a
// relative path.
func inside(u string) bool {
	switch {
	case u == "" || strings.HasPrefix(u, "#") || embeddedImage.MatchString(u):
		return true
	case strings.HasPrefix(u, "//") || scheme.MatchString(u):
		return false
	}
	return true
}

// checkCSS returns what in a style sheet or style attribute may not be
// published (an @import, a url() outside the catalogue, a script), or nil.
func checkCSS(css string) *lang.Error {
	s := fold(unescapeCSS(css))
	if strings.Contains(s, "/*") {
		s = cssComment.ReplaceAllString(s, "")
	}
	switch {
	case strings.Contains(s, "@import"):
		return lang.Errorf("imports another style sheet")
	case strings.Contains(s, "expression(") || strings.Contains(s, "behavior:") || strings.Contains(s, "-moz-binding"):
		return lang.Errorf("runs a script")
	}
	for _, sc := range scriptSchemes {
		if strings.Contains(s, sc) {
			return lang.Errorf("runs a script")
		}
	}
	for rest := s; strings.Contains(rest, "url("); {
		_, rest, _ = strings.Cut(rest, "url(")
		u, _, _ := strings.Cut(rest, ")")
		if u = strings.Trim(u, `"'`); !inside(u) {
			return lang.Errorf("loads %s from outside the catalogue", u)
		}
	}
	if strings.Contains(s, "://") {
		return lang.Errorf("names an address outside the catalogue")
	}
	return nil
}

var (
	cssComment = regexp.MustCompile(`(?s)/\*.*?\*/`)
	cssEscape  = regexp.MustCompile(`\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|(.))`)
)

// unescapeCSS replaces the escapes of CSS (\69, \i) by what they stand for,
// so that @\69mport reads as @import.
func unescapeCSS(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	return cssEscape.ReplaceAllStringFunc(s, func(e string) string {
		m := cssEscape.FindStringSubmatch(e)
		if m[1] == "" {
			return m[2]
		}
		var r rune
		for _, h := range m[1] {
			r = r*16 + rune(strings.IndexRune("0123456789abcdef", unicode.ToLower(h)))
		}
		if r == 0 || r > unicode.MaxRune {
			return "\uFFFD"
		}
		return string(r)
	})
}
