package scaffold

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"unknown kind %q: use one of %s":                             "không có loại bản ghi %q: dùng một trong các loại %s",
		"the name %q gives an empty slug: write a name with letters": "tên %q cho ra slug rỗng: hãy viết tên có chữ cái",
		"%s already exists: choose another name, or edit that file":  "%s đã có: hãy chọn tên khác, hoặc sửa tệp đó",
	})
}
