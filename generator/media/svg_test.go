package media

import (
	"fmt"
	"strings"
	"testing"
)

const svgOpen = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">`

// TestCheckSVGRefuses: each drawing has one thing that may not be
// published, found in any spelling, at the line and column of its element,
// with a message that says what it is.
func TestCheckSVGRefuses(t *testing.T) {
	for _, c := range []struct {
		name, body string
		line, col  int
		says       string
	}{
		{"script", "<script>alert(1)</script>", 2, 1, "<script> element"},
		{"upper-case script", "<SCRIPT>alert(1)</SCRIPT>", 2, 1, "<SCRIPT> element"},
		{"prefixed script", `<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>`, 2, 1, "<script> element"},
		{"undeclared prefix", `<x:script>alert(1)</x:script>`, 2, 1, "<script> element"},
		{"script in CDATA", "<script><![CDATA[alert(1)]]></script>", 2, 1, "<script> element"},
		{"onload", `<rect onload="alert(1)"/>`, 2, 1, "event attribute onload on <rect>"},
		{"OnLoad", `<rect OnLoad="alert(1)"/>`, 2, 1, "event attribute OnLoad"},
		{"onclick nested", "<g>\n  <g><circle r=\"1\" onclick=\"x()\"/></g></g>", 3, 6, "event attribute onclick on <circle>"},
		{"javascript href", `<a href="javascript:alert(1)"><rect/></a>`, 2, 1, "javascript link in the href attribute of <a>"},
		{"xlink javascript with space", `<a xlink:href=" javascript:alert(1)"><rect/></a>`, 2, 1, "javascript link in the xlink:href attribute"},
		{"tab entity", `<a href="java&#x09;script:alert(1)"><rect/></a>`, 2, 1, "javascript link"},
		{"newline and case", "<a href=\"JaVa\nScRiPt:alert(1)\"><rect/></a>", 2, 1, "javascript link"},
		{"zero-width space", "<a href=\"java\u200bscript:alert(1)\"><rect/></a>", 2, 1, "javascript link"},
		{"vbscript", `<a href="vbscript:msgbox(1)"><rect/></a>`, 2, 1, "vbscript link"},
		{"data html", `<a href="data:text/html;base64,PHNjcmlwdD4="><rect/></a>`, 2, 1, "data:text/html link"},
		{"javascript in another attribute", `<set attributeName="fill" to="javascript:alert(1)"/>`, 2, 1, "javascript link in the to attribute"},
		{"https image", `<image href="https://tracker.example/p.png"/>`, 2, 1, `loads "https://tracker.example/p.png" in the href attribute of <image>`},
		{"http use", `<use xlink:href="http://example.com/a.svg#x"/>`, 2, 1, `"http://example.com/a.svg#x" in the xlink:href attribute of <use>`},
		{"scheme-relative", `<image href="//example.com/p.png"/>`, 2, 1, "outside the catalogue"},
		{"backslashes", `<image href="\\example.com\p.png"/>`, 2, 1, "outside the catalogue"},
		{"file", `<image href="file:///etc/passwd"/>`, 2, 1, "outside the catalogue"},
		{"data svg", `<image href="data:image/svg+xml;base64,PHN2Zz4="/>`, 2, 1, "outside the catalogue"},
		{"xml:base", `<g xml:base="https://example.com/"><use href="a.svg#x"/></g>`, 2, 1, "xml:base attribute"},
		{"link to a site", `<a href="https://example.com/"><rect/></a>`, 2, 1, "outside the catalogue"},
		{"foreignObject", `<foreignObject><p>x</p></foreignObject>`, 2, 1, "<foreignObject> element"},
		{"iframe", `<iframe src="a.svg"/>`, 2, 1, "<iframe> element"},
		{"embed", `<embed src="a.svg"/>`, 2, 1, "<embed> element"},
		{"object", `<object data="a.svg"/>`, 2, 1, "<object> element"},
		{"handler", `<handler type="application/ecmascript">alert(1)</handler>`, 2, 1, "<handler> element"},
		{"html element", `<h:img xmlns:h="http://www.w3.org/1999/xhtml" src="a.png"/>`, 2, 1, "HTML element <img>"},
		{"set href", `<a><set attributeName="href" to="https://example.com/"/><rect/></a>`, 2, 4, "animates the href attribute with <set>"},
		{"animate xlink:href", `<a><animate attributeName="xlink:href" values="#a;https://example.com/"/><rect/></a>`, 2, 4, "animates the xlink:href attribute with <animate>"},
		{"set onclick", `<set attributeName="onclick" to="alert(1)"/>`, 2, 1, "animates the onclick attribute"},
		{"style import", "<style>@import url(https://example.com/a.css);</style>", 2, 1, "imports another style sheet"},
		{"style escaped import", `<style>@\69mport "a.css";</style>`, 2, 1, "imports another style sheet"},
		{"style url", "<style>rect { fill: url( 'https://example.com/a.svg#g' ) }</style>", 2, 1, "loads https://example.com/a.svg#g from outside"},
		{"style escaped url", `<style>rect { background: \75 rl(//example.com/a.png) }</style>`, 2, 1, "loads //example.com/a.png"},
		{"style image-set", `<style>rect { background: image-set("https://example.com/a.png" 1x) }</style>`, 2, 1, "names an address outside"},
		{"style attribute", `<rect style="fill: url(https://example.com/a.svg#g)"/>`, 2, 1, "the style of <rect>"},
		{"fill attribute", `<rect fill="url(http://example.com/a.svg#g)"/>`, 2, 1, "the style of <rect>"},
		{"style expression", `<rect style="width: expression(alert(1))"/>`, 2, 1, "runs a script"},
		{"stylesheet instruction", `<?xml-stylesheet href="https://example.com/a.xsl" type="text/xsl"?>`, 2, 1, "<?xml-stylesheet?>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := svgOpen + "\n" + c.body + "\n</svg>\n"
			found := CheckSVG([]byte(b))
			if len(found) != 1 {
				t.Fatalf("got %d problems, want 1: %v", len(found), found)
			}
			p := found[0]
			if p.Line != c.line || p.Col != c.col || !strings.Contains(p.Message, c.says) {
				t.Errorf("got %d:%d: %s\nwant %d:%d: …%s…", p.Line, p.Col, p.Message, c.line, c.col, c.says)
			}
			if !strings.Contains(p.Message, "export it again") {
				t.Errorf("%q does not say how to fix it", p.Message)
			}
		})
	}
}

// TestCheckSVGDocument: what is wrong with the file as a whole.
func TestCheckSVGDocument(t *testing.T) {
	for _, c := range []struct{ name, file, says string }{
		{"entities", `<?xml version="1.0"?>
<!DOCTYPE svg [ <!ENTITY lol "lol"> ]>
<svg xmlns="http://www.w3.org/2000/svg">&lol;</svg>`, "declares entities"},
		{"not svg", `<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`, "its first element is <html>"},
		{"html namespace svg", `<svg xmlns="http://www.w3.org/1999/xhtml"></svg>`, "HTML element <svg>"},
		{"empty", `<?xml version="1.0"?>`, "no <svg> element"},
		{"not closed", svgOpen + `<g>`, "not well-formed XML"},
		{"wrong end", svgOpen + `<g></a></svg>`, "not well-formed XML"},
		{"html entity", svgOpen + `<text>&nbsp;</text></svg>`, "not well-formed XML"},
		{"utf-16", "\xff\xfe<\x00s\x00v\x00g\x00>\x00", "not well-formed XML"},
	} {
		t.Run(c.name, func(t *testing.T) {
			found := CheckSVG([]byte(c.file))
			if len(found) == 0 || !strings.Contains(found[0].Message, c.says) {
				t.Errorf("got %v, want …%s…", found, c.says)
			}
		})
	}
}

// TestCheckSVGAllows: drawings as programs export them, with what they
// put in, are published.
func TestCheckSVGAllows(t *testing.T) {
	for name, file := range map[string]string{
		"plain": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 160" width="240" height="160" role="img" aria-labelledby="t">
<title id="t">Bánh chưng</title><rect width="240" height="160" fill="#fdf6e3"/></svg>`,
		"illustrator": `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
	 viewBox="0 0 100 100" style="enable-background:new 0 0 100 100;" xml:space="preserve">
<style type="text/css">
	.st0{fill:url(#SVGID_1_);}
	.st1{font-family:'Arial';}
</style>
<linearGradient id="SVGID_1_" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="100" y2="100">
	<stop offset="0" style="stop-color:#FFFFFF"/>
</linearGradient>
<rect class="st0" width="100" height="100"/>
<use xlink:href="#SVGID_1_"/>
</svg>`,
		"inkscape": `<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10" sodipodi:docname="a.svg" inkscape:version="1.3">
<metadata><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format><dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/><cc:license rdf:resource="http://creativecommons.org/licenses/by-sa/4.0/"/></cc:Work></rdf:RDF></metadata>
<g inkscape:label="Layer 1" inkscape:groupmode="layer"><path d="M0 0h10v10z" style="fill:#000;opacity:0.5"/></g></svg>`,
		"embedded photo": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>`,
		"relative image": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><image href="banh-chung.jpg" width="1" height="1"/><a href="../san-pham/"><text>x</text></a></svg>`,
		"animation":      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><circle r="1"><animate attributeName="r" values="1;2;1" dur="2s" repeatCount="indefinite"/></circle></svg>`,
		"latin-1":        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><title>B\xe1nh</title></svg>",
		"words in text":  `<svg xmlns="http://www.w3.org/2000/svg"><text>onload javascript: &lt;script&gt;</text></svg>`,
	} {
		if found := CheckSVG([]byte(file)); len(found) > 0 {
			t.Errorf("%s: %v", name, found)
		}
	}
}

// TestCheckSVGMany: a file with thousands of problems reports the first
// MaxSVGProblems, and counts the rest in one more.
func TestCheckSVGMany(t *testing.T) {
	var b strings.Builder
	b.WriteString(svgOpen)
	for range 5000 {
		b.WriteString(`<rect onclick="x()"/>`)
	}
	b.WriteString("</svg>")
	found := CheckSVG([]byte(b.String()))
	if len(found) != maxSVGProblems+1 || found[maxSVGProblems].Message != fmt.Sprintf(msgSVGMore, 5000-maxSVGProblems) {
		t.Errorf("got %d problems, the last %v", len(found), found[len(found)-1])
	}
}

// BenchmarkCheckSVG checks clean drawings of 1 000 and 100 000 shapes: the
// time a shape is the same for both.
func BenchmarkCheckSVG(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		var s strings.Builder
		s.WriteString(svgOpen + "<style>.a{fill:url(#g)}</style>\n")
		for i := range n {
			fmt.Fprintf(&s, `<path class="a" d="M%d 0h10v10z" style="stroke:#123;stroke-width:2"/>`+"\n", i)
		}
		s.WriteString("</svg>\n")
		data := []byte(s.String())
		b.Run(fmt.Sprintf("shapes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if found := CheckSVG(data); len(found) > 0 {
					b.Fatal(found)
				}
			}
		})
	}
}
