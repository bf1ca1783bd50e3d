package render

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"missing template: %v": "thiếu khuôn mẫu (template): %v",
		"theme %q not found: create the folder %s/ or set theme = \"default\" in ocopgen.toml": "không tìm thấy giao diện %q: hãy tạo thư mục %s/ hoặc ghi theme = \"default\" trong ocopgen.toml",
	})
}
