package render

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"the search script is not valid JavaScript: %v: fix the theme's script": "tập lệnh tìm kiếm không phải JavaScript hợp lệ: %v: hãy sửa tập lệnh của giao diện",
		"missing template: %v": "thiếu khuôn mẫu (template): %v",
		"theme %q not found: create the folder %s/ or set theme = \"default\" in ocopgen.toml": "không tìm thấy giao diện %q: hãy tạo thư mục %s/ hoặc ghi theme = \"default\" trong ocopgen.toml",
	})
}
