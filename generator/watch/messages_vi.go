package watch

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"cannot watch %s: it is not a folder":         "không theo dõi được %s: đó không phải thư mục",
		"cannot watch %q: it is not a path inside %s": "không theo dõi được %q: đó không phải đường dẫn bên trong %s",
	})
}
