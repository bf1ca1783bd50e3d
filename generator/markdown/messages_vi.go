package markdown

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"cannot turn the markdown into a page: %v": "không chuyển được văn bản markdown thành trang: %v",
	})
}
