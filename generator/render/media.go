package render

import "strings"

// mediaPath returns the URL path of a file of the catalogue, given by its
// path inside content/ ("media/ảnh mật ong.jpg"), without the base path:
// "media/%E1%BA%A3nh%20m%E1%BA%ADt%20ong.jpg". Every byte but an ASCII
// letter, a digit, "-", ".", "_", "~" and the "/" between folders is
// percent-encoded, so the URL reads the same in every place it is printed
// (an HTML attribute, JSON-LD, Open Graph) with nothing left to escape,
// and a "#", "?" or "&" in a file name stays part of the name.
func mediaPath(p string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(p))
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.Write([]byte{'%', hex[c>>4], hex[c&15]})
	}
	return b.String()
}

// media returns the link to a file of the catalogue, below the base path:
// the "media" function of templates, for <img src> and the like.
func (r *Renderer) media(p string) string { return r.url("/" + mediaPath(p)) }

// absMedia returns the absolute URL of a file of the catalogue: the
// "absMedia" function of templates, for og:image; JSON-LD uses it too.
func (r *Renderer) absMedia(p string) string { return r.absURL("/" + mediaPath(p)) }
