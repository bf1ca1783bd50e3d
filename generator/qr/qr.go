// Package qr makes the QR code of a product page as a small SVG file: the
// modules of the code, from github.com/yeqown/go-qrcode/v2, drawn as one
// path of a run of dark modules per subpath, with the quiet zone of four
// modules the standard asks for. The same text always gives the same bytes.
package qr

import (
	"fmt"
	"strconv"
	"strings"

	qrcode "github.com/yeqown/go-qrcode/v2"
)

// quiet is the width of the light border around the code, in modules.
const quiet = 4

// Matrix returns the modules of the QR code of text, by row: true is dark.
// The error correction level is M (15 %), which survives a worn label.
func Matrix(text string) ([][]bool, error) {
	q, err := qrcode.NewWith(text, qrcode.WithErrorCorrectionLevel(qrcode.ErrorCorrectionMedium))
	if err != nil {
		return nil, err
	}
	var m matrixWriter
	if err := q.Save(&m); err != nil {
		return nil, err
	}
	return m.rows, nil
}

// matrixWriter keeps the modules that the library hands its writers.
type matrixWriter struct{ rows [][]bool }

func (m *matrixWriter) Write(mat qrcode.Matrix) error {
	m.rows = make([][]bool, mat.Height())
	for y := range m.rows {
		m.rows[y] = make([]bool, mat.Width())
	}
	mat.Iterate(qrcode.IterDirection_ROW, func(x, y int, v qrcode.QRValue) {
		m.rows[y][x] = v.IsSet()
	})
	return nil
}

func (m *matrixWriter) Close() error { return nil }

// SVG returns the QR code of text as an SVG document whose unit is one
// module, with the quiet zone included. title is its accessible name.
func SVG(text, title string) ([]byte, error) {
	rows, err := Matrix(text)
	if err != nil {
		return nil, err
	}
	size := len(rows) + 2*quiet
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img">`, size, size)
	b.WriteString("<title>")
	b.WriteString(escape(title))
	b.WriteString("</title>")
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="`, size, size)
	b.WriteString(Path(rows, quiet))
	b.WriteString(`"/></svg>`)
	b.WriteString("\n")
	return []byte(b.String()), nil
}

// Path returns the path data of the dark modules of rows, shifted by off
// modules: for each run of dark modules in a row, "M x y h n v1 h -n z".
func Path(rows [][]bool, off int) string {
	var b strings.Builder
	for y, row := range rows {
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			n := 1
			for x+n < len(row) && row[x+n] {
				n++
			}
			b.WriteString("M")
			b.WriteString(strconv.Itoa(x + off))
			b.WriteString(" ")
			b.WriteString(strconv.Itoa(y + off))
			b.WriteString("h")
			b.WriteString(strconv.Itoa(n))
			b.WriteString("v1h-")
			b.WriteString(strconv.Itoa(n))
			b.WriteString("z")
			x += n
		}
	}
	return b.String()
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
