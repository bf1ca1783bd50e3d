package stamp

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"%s changed while the site was built: build again": "%s đã thay đổi trong lúc tạo trang web: hãy tạo lại",
	})
}
