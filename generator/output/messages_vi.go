package output

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"%s: this is the catalogue folder itself, and publishing the site there would delete ocopgen.toml and content/ (name another folder with -d, for example %s)":                                                   "%s: đây chính là thư mục danh mục, và đăng trang web vào đó sẽ xoá ocopgen.toml và content/ (hãy chỉ ra thư mục khác bằng -d, ví dụ %s)",
		"%s: this folder holds the catalogue %s, and publishing the site there would delete it (name a folder inside or beside the catalogue with -d, for example %s)":                                                  "%s: thư mục này chứa danh mục %s, và đăng trang web vào đó sẽ xoá danh mục (hãy chỉ ra một thư mục bên trong hoặc bên cạnh danh mục bằng -d, ví dụ %s)",
		"%s: this folder is part of the catalogue (%s, which the build reads), and publishing the site there would replace the catalogue's files (name a folder outside it with -d, for example %s)":                    "%s: thư mục này là một phần của danh mục (%s, nơi lệnh tạo trang đọc vào), và đăng trang web vào đó sẽ thay mất các tệp của danh mục (hãy chỉ ra một thư mục bên ngoài bằng -d, ví dụ %s)",
		"%s: this is a file, not a folder, and ocopgen publishes a site as a folder (name another folder with -d, or move the file away)":                                                                               "%s: đây là một tệp, không phải thư mục, mà ocopgen đăng trang web thành một thư mục (hãy chỉ ra thư mục khác bằng -d, hoặc chuyển tệp này đi chỗ khác)",
		"%s: this folder already holds files that ocopgen did not write (it has no %s file), and publishing would delete them (name another folder with -d, or empty this one by hand if none of its files are needed)": "%s: thư mục này đã có các tệp không do ocopgen ghi (nó không có tệp %s), và đăng trang web sẽ xoá chúng (hãy chỉ ra thư mục khác bằng -d, hoặc tự tay làm trống thư mục này nếu không cần tệp nào trong đó)",
		"invalid output path %q": "đường dẫn đầu ra không hợp lệ %q",
	})
}
