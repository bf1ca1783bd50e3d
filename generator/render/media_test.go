package render

import (
	"net/url"
	"testing"
)

func TestMediaPath(t *testing.T) {
	for in, want := range map[string]string{
		"media/banh-chung.jpg":   "media/banh-chung.jpg",
		"media/ảnh mật ong.jpg":  "media/%E1%BA%A3nh%20m%E1%BA%ADt%20ong.jpg",
		"media/a&b #1?.jpg":      "media/a%26b%20%231%3F.jpg",
		"media/x+y'(1)\".png":    "media/x%2By%27%281%29%22.png",
		"media/sub/Ảnh_~1.webp":  "media/sub/%E1%BA%A2nh_~1.webp",
		"media/100%.jpg":         "media/100%25.jpg",
		"media/<script>.svg":     "media/%3Cscript%3E.svg",
		"media/tab\there.jpg":    "media/tab%09here.jpg",
		"media/semi;colon:x.jpg": "media/semi%3Bcolon%3Ax.jpg",
	} {
		got := mediaPath(in)
		if got != want {
			t.Errorf("MediaPath(%q) = %q, want %q", in, got, want)
		}
		// It names the same file: a server decodes it back.
		if back, err := url.PathUnescape(got); err != nil || back != in {
			t.Errorf("%q decodes to %q, %v", got, back, err)
		}
	}
}
