package build

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"template error: %v (fix the template in the theme)":                   "lỗi khuôn mẫu (template): %v (hãy sửa khuôn mẫu trong giao diện)",
		"%s: %v (the file was replaced while the site was built: build again)": "%s: %v (tệp đã bị thay trong lúc tạo trang web: hãy tạo lại)",
	})
}
