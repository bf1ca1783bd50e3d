package links

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"broken image %q: no page or file %s in the site; check the slug against %s": "ảnh hỏng %q: trang web không có trang hoặc tệp %s; hãy so slug với %s",
		"broken image %q: no page or file %s in the site":                            "ảnh hỏng %q: trang web không có trang hoặc tệp %s",
		"broken link %q: no page or file %s in the site; check the slug against %s":  "liên kết hỏng %q: trang web không có trang hoặc tệp %s; hãy so slug với %s",
		"broken link %q: no page or file %s in the site":                             "liên kết hỏng %q: trang web không có trang hoặc tệp %s",
	})
}
