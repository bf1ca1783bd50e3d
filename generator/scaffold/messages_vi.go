package scaffold

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"unknown kind %q: use one of %s":                                                                                               "không có loại bản ghi %q: dùng một trong các loại %s",
		"the name %q gives an empty slug: write a name with letters":                                                                   "tên %q cho ra slug rỗng: hãy viết tên có chữ cái",
		"%s already has the slug %q: choose another name, or edit that file":                                                           "%s đã có slug %q: hãy chọn tên khác, hoặc sửa tệp đó",
		"no ocopgen.toml in %s: run ocopgen new in a catalogue folder, or name one with -s DIR":                                        "không có ocopgen.toml trong %s: hãy chạy ocopgen new trong thư mục danh mục, hoặc chỉ ra thư mục đó bằng -s THƯ_MỤC",
		"--district is for a product, a tourism link or a sales point: a story lists its districts in the file, like districts = [%q]": "--district dùng cho sản phẩm, điểm du lịch hoặc điểm bán: bài viết thì ghi các quận/huyện/thị xã ngay trong tệp, ví dụ districts = [%q]",
		"unknown district %q: content/districts.toml lists no district yet; add it there first":                                        "không có quận/huyện/thị xã %q: content/districts.toml chưa có quận/huyện/thị xã nào; hãy thêm vào đó trước",
		"unknown district %q (did you mean %q?): write --district with a slug or a name from content/districts.toml":                   "không có quận/huyện/thị xã %q (có phải là %q không?): hãy ghi --district bằng slug hoặc tên trong content/districts.toml",
		"unknown district %q: write --district with a slug or a name from content/districts.toml, like %q":                             "không có quận/huyện/thị xã %q: hãy ghi --district bằng slug hoặc tên trong content/districts.toml, ví dụ %q",
	})
}
