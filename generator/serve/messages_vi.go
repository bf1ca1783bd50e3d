package serve

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"This preview answers only to %s, not to %q.\nTo open it under another name or address, start ocopgen serve with --bind and that address (--bind 0.0.0.0 answers on every address of this computer).\n": "Bản xem trước này chỉ trả lời địa chỉ %s, không trả lời %q.\nĐể mở bằng tên hoặc địa chỉ khác, hãy chạy ocopgen serve với --bind và địa chỉ đó (--bind 0.0.0.0 trả lời trên mọi địa chỉ của máy này).\n",
		"Close": "Đóng",
		"<p><strong>ocopgen: %d error(s).</strong> The page below is the last good build. Fix the files: the page reloads by itself.</p>\n":                                                                               "<p><strong>ocopgen: %d lỗi.</strong> Trang bên dưới là bản tốt gần nhất. Hãy sửa các tệp: trang sẽ tự tải lại.</p>\n",
		"<!DOCTYPE html>\n<title>404</title>\n<h1>404 page not found</h1>\n<p>The site has no 404.html.</p>\n":                                                                                                            "<!DOCTYPE html>\n<title>404</title>\n<h1>404 không tìm thấy trang</h1>\n<p>Trang web không có 404.html.</p>\n",
		"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>ocopgen serve</title></head>\n<body><h1>The site is not built yet</h1><p>This page reloads by itself once the catalogue builds.</p></body></html>\n": "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>ocopgen serve</title></head>\n<body><h1>Trang web chưa được tạo xong</h1><p>Trang này sẽ tự tải lại khi danh mục được tạo xong.</p></body></html>\n",
	})
}
