package diag

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"%s: warning: %s": "%s: cảnh báo: %s",
		// A problem that is an error of its own, worded as it prints.
		"%v":                           "%v",
		"%s":                           "%s",
		"%d error(s) in the catalogue": "danh mục có %d lỗi",
	})
}
