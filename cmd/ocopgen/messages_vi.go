package main

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		// Usage and help.
		"ocopgen builds the static site of an OCOP product catalogue.\n\nUsage:\n  ocopgen build [-s DIR] [-d DIR] [--drafts] [--date YYYY-MM-DD] [--gc]\n  ocopgen check [-s DIR] [--format text|github] [--date YYYY-MM-DD]\n  ocopgen serve [-s DIR] [--port 1313] [--bind 127.0.0.1] [--drafts] [--date YYYY-MM-DD]\n  ocopgen new product|story|tourism|sales-point \"Tên\" [-s DIR] [--district gia-lam]\n  ocopgen import FILE [-s DIR] [--dry-run] [--decision NO] [--date YYYY-MM-DD] [--level city|district|central]\n  ocopgen version\n\nEvery command takes --lang vi (Vietnamese, the default) or --lang en\n(English); without it, the language of the catalogue's ocopgen.toml.\n\nRun \"ocopgen <command> -h\" for the flags of a command.\n": "ocopgen tạo trang web tĩnh của danh mục sản phẩm OCOP.\n\nCách dùng:\n  ocopgen build [-s THƯ_MỤC] [-d THƯ_MỤC] [--drafts] [--date YYYY-MM-DD] [--gc]   tạo trang web\n  ocopgen check [-s THƯ_MỤC] [--format text|github] [--date YYYY-MM-DD]          kiểm tra, không ghi gì\n  ocopgen serve [-s THƯ_MỤC] [--port 1313] [--bind 127.0.0.1] [--drafts] [--date YYYY-MM-DD]   xem trước\n  ocopgen new product|story|tourism|sales-point \"Tên\" [-s THƯ_MỤC] [--district gia-lam]   tạo bản ghi mới\n  ocopgen import TỆP [-s THƯ_MỤC] [--dry-run] [--decision SỐ] [--date YYYY-MM-DD] [--level city|district|central]   nhập phụ lục của quyết định\n  ocopgen version\n\nMọi lệnh nhận --lang vi (tiếng Việt, mặc định) hoặc --lang en (tiếng Anh);\nkhông có cờ này thì dùng ngôn ngữ ghi trong ocopgen.toml của danh mục.\n\nGõ \"ocopgen <lệnh> -h\" để xem các cờ của một lệnh.\n",
		"build [-s DIR] [-d DIR] [--drafts] [--date YYYY-MM-DD] [--gc]":                                            "build [-s THƯ_MỤC] [-d THƯ_MỤC] [--drafts] [--date YYYY-MM-DD] [--gc]",
		"check [-s DIR] [--format text|github] [--date YYYY-MM-DD]":                                                "check [-s THƯ_MỤC] [--format text|github] [--date YYYY-MM-DD]",
		`new product|story|tourism|sales-point "Tên" [-s DIR] [--district gia-lam]`:                                `new product|story|tourism|sales-point "Tên" [-s THƯ_MỤC] [--district gia-lam]`,
		"the district (slug or name from content/districts.toml); a product is written into its folder":            "quận, huyện (slug hoặc tên trong content/districts.toml); sản phẩm được ghi vào thư mục của quận, huyện đó",
		"serve [-s DIR] [--port 1313] [--bind 127.0.0.1] [--drafts] [--date YYYY-MM-DD]":                           "serve [-s THƯ_MỤC] [--port 1313] [--bind 127.0.0.1] [--drafts] [--date YYYY-MM-DD]",
		"Usage: ocopgen %s\n\nFlags:\n":                                                                            "Cách dùng: ocopgen %s\n\nCác cờ:\n",
		" (default %q)":                                                                                            " (mặc định %q)",
		" (default %v)":                                                                                            " (mặc định %v)",
		"ocopgen: unknown command %q\n\n":                                                                          "ocopgen: không có lệnh %q (các lệnh: build, check, serve, new, import, version)\n\n",
		"ocopgen: %s (the flags are listed below)\n":                                                               "ocopgen: %s (các cờ được liệt kê bên dưới)\n",
		"ocopgen %s: unexpected argument %q: put quotes around a name with spaces, and flags before or after it\n": "ocopgen %s: thừa đối số %q: đặt tên có dấu cách trong dấu ngoặc kép, và viết các cờ trước hoặc sau tên\n",
		"ocopgen: --lang %q: write --lang vi for Vietnamese or --lang en for English\n":                            "ocopgen: --lang %q: viết --lang vi cho tiếng Việt hoặc --lang en cho tiếng Anh\n",

		// Flags.
		"catalogue folder, the one holding ocopgen.toml": "thư mục danh mục, thư mục chứa ocopgen.toml",
		"same as -s": "giống -s",
		"same as -d": "giống -d",
		"build as on this day (YYYY-MM-DD), for certificate validity; default today":                                            "tạo trang như vào ngày này (YYYY-MM-DD), để tính hiệu lực giấy chứng nhận; mặc định là hôm nay",
		"language of messages: vi (Vietnamese) or en (English); default the catalogue's language, or vi":                        "ngôn ngữ của thông báo: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định là ngôn ngữ của danh mục, hoặc vi",
		"destination folder (default DIR/public); a folder that exists is replaced only if it is empty or a site ocopgen built": "thư mục đích (mặc định THƯ_MỤC/public); một thư mục đã có chỉ bị thay khi nó trống hoặc là trang web do ocopgen tạo",
		"include draft stories": "tạo cả các bài viết nháp",
		"remove from %s/ the thumbnails the site no longer shows (photos replaced or removed)": "xoá khỏi %s/ các ảnh thu nhỏ trang web không còn dùng (ảnh đã thay hoặc đã xoá)",
		"write a CPU profile of the build to `file` (for go tool pprof)":                       "ghi hồ sơ CPU của lần tạo trang vào `tệp` (cho go tool pprof)",
		"how to print problems: text, or github (GitHub Actions annotations)":                  "cách in các lỗi: text (chữ thường), hoặc github (chú thích của GitHub Actions)",
		"show draft stories":                    "hiện cả các bài viết nháp",
		"port to listen on; 0 picks a free one": "cổng để lắng nghe; 0 là chọn một cổng còn trống",
		"address to listen on: 127.0.0.1 serves this computer only, 0.0.0.0 every computer of the network": "địa chỉ để lắng nghe: 127.0.0.1 chỉ cho máy này xem, 0.0.0.0 cho mọi máy trong mạng",

		// Mistakes in the command line.
		"--date %q: write the day as YYYY-MM-DD, for example --date 2025-12-31":            "--date %q: viết ngày theo dạng năm-tháng-ngày YYYY-MM-DD, ví dụ --date 2025-12-31",
		"no ocopgen.toml in %s: run ocopgen in a catalogue folder or name one with -s DIR": "không có ocopgen.toml trong %s: chạy ocopgen trong thư mục danh mục, hoặc chỉ ra thư mục đó bằng -s THƯ_MỤC",
		"ocopgen check: --format %q: use text or github\n":                                 "ocopgen check: --format %q: dùng text hoặc github\n",
		"ocopgen serve: --port %d: use a port from 1 to 65535, or 0 for any free port\n":   "ocopgen serve: --port %d: dùng một cổng từ 1 đến 65535, hoặc 0 để chọn cổng còn trống\n",

		// build.
		"ocopgen build: cannot write the CPU profile: %v\n":                                               "ocopgen build: không ghi được hồ sơ CPU: %v\n",
		"ocopgen build: interrupted; nothing was written, %s is unchanged\n":                              "ocopgen build: đã dừng giữa chừng; chưa ghi gì, %s vẫn như cũ\n",
		"ocopgen build: %d error(s); nothing was written, %s is unchanged\n":                              "ocopgen build: %d lỗi; chưa ghi gì, %s vẫn như cũ\n",
		"ocopgen build: %v; %s is unchanged\n":                                                            "ocopgen build: %v; %s vẫn như cũ\n",
		"Up to date: nothing changed since the last build; %d pages, %d files in %s (checked in %d ms)\n": "Đã mới nhất: không có gì thay đổi từ lần tạo trước; %d trang, %d tệp trong %s (kiểm tra trong %d ms)\n",
		"Pages: %d (%s)\n":           "Số trang: %d (%s)\n",
		"home %d":                    "trang chủ %d",
		"product %d":                 "sản phẩm %d",
		"products %d":                "danh sách sản phẩm %d",
		"district %d":                "quận/huyện %d",
		"tier %d":                    "hạng sao %d",
		"group %d":                   "nhóm sản phẩm %d",
		"tourism %d":                 "du lịch/làng nghề %d",
		"sales-point %d":             "điểm bán %d",
		"producer %d":                "chủ thể %d",
		"commune %d":                 "xã/phường %d",
		"story %d":                   "bài viết %d",
		"stories %d":                 "danh sách bài viết %d",
		"index %d":                   "mục lục %d",
		"search %d":                  "tìm kiếm %d",
		"stats %d":                   "thống kê %d",
		"404 %d":                     "trang 404 %d",
		"Files: %d, %.1f MB in %s\n": "Số tệp: %d, %.1f MB trong %s\n",
		"Built in %d ms\n":           "Đã tạo xong trong %d ms\n",
		"Removed %d thumbnail(s) the site no longer shows from %s\n": "Đã xoá %d ảnh thu nhỏ không còn dùng khỏi %s\n",

		// check.
		"ocopgen check: interrupted\n":                                "ocopgen check: đã dừng giữa chừng\n",
		"ocopgen check: %d error(s), %d warning(s)\n":                 "ocopgen check: %d lỗi, %d cảnh báo\n",
		"ocopgen check: no errors, %d warning(s); %d pages checked\n": "ocopgen check: không có lỗi, %d cảnh báo; đã kiểm tra %d trang\n",

		// new.
		"Created %s\n": "Đã tạo %s\n",

		// import.
		"import FILE [-s DIR] [--dry-run] [--decision NO] [--date YYYY-MM-DD] [--level city|district|central]":                                                                            "import TỆP [-s THƯ_MỤC] [--dry-run] [--decision SỐ] [--date YYYY-MM-DD] [--level city|district|central]",
		"print what would be added and updated, and write nothing":                                                                                                                        "in ra những gì sẽ được thêm và cập nhật, và không ghi gì",
		"the decision's number, like 1234/QĐ-UBND; default the one of the sheet's title":                                                                                                  "số của quyết định, ví dụ 1234/QĐ-UBND; mặc định là số ghi ở tiêu đề của bảng",
		"the decision's date (YYYY-MM-DD); default the one of the sheet's title":                                                                                                          "ngày của quyết định (YYYY-MM-DD); mặc định là ngày ghi ở tiêu đề của bảng",
		"who certified: city, district or central":                                                                                                                                        "cấp công nhận: city (thành phố, tỉnh), district (huyện) hoặc central (trung ương)",
		"--level %q: write city (the city's or province's decision), district or central":                                                                                                 "--level %q: hãy ghi city (quyết định của thành phố, tỉnh), district (của huyện) hoặc central (của trung ương)",
		"--date %q: write the decision's day as YYYY-MM-DD, for example --date 2024-03-12":                                                                                                "--date %q: hãy viết ngày của quyết định theo dạng năm-tháng-ngày YYYY-MM-DD, ví dụ --date 2024-03-12",
		"ocopgen import: the catalogue has %d error(s): correct them first (ocopgen check lists them); nothing was written\n":                                                             "ocopgen import: danh mục đang có %d lỗi: hãy sửa trước (ocopgen check liệt kê các lỗi đó); chưa ghi gì\n",
		"ocopgen import: %s names no decision in its title (\"Kèm theo Quyết định số …/QĐ-UBND ngày dd/mm/yyyy\"): pass --decision 1234/QĐ-UBND --date 2024-03-12; nothing was written\n": "ocopgen import: tiêu đề của %s không ghi đủ số và ngày của quyết định (\"Kèm theo Quyết định số …/QĐ-UBND ngày dd/mm/yyyy\"): hãy thêm --decision 1234/QĐ-UBND --date 2024-03-12; chưa ghi gì\n",
		"ocopgen import: %d error(s) in %s or its records; nothing was written\n":                                                                                                         "ocopgen import: %d lỗi trong %s hoặc trong các bản ghi của nó; chưa ghi gì\n",
		"ocopgen import: dry run: %d to add, %d to update, %d already recorded; nothing was written\n":                                                                                    "ocopgen import: chạy thử: sẽ thêm %d, cập nhật %d, %d đã có; chưa ghi gì\n",
		"ocopgen import: %d added, %d updated, %d already recorded, from decision %s of %s\n":                                                                                             "ocopgen import: đã thêm %d, cập nhật %d, %d đã có, theo quyết định %s ngày %s\n",
		"column %d %q: %s\n":                 "cột %d %q: %s\n",
		"product name":                       "tên sản phẩm",
		"producer":                           "chủ thể",
		"address":                            "địa chỉ",
		"group":                              "nhóm",
		"subgroup":                           "phân nhóm",
		"stars":                              "hạng sao",
		"add %s: %s (%s, %s)\n":              "thêm %s: %s (%s, %s)\n",
		"update %s: %s (%s, %d → %s)\n":      "cập nhật %s: %s (%s, %d → %s)\n",
		"already recorded %s: %s (row %d)\n": "đã có %s: %s (dòng %d)\n",
		"%d stars (potential 5 stars)":       "%d sao (tiềm năng 5 sao)",
		"%d stars":                           "%d sao",
		"this ocopgen cannot read annexes yet: its reader of XLSX and CSV files is not built in": "bản ocopgen này chưa đọc được phụ lục: bộ đọc tệp XLSX và CSV chưa được đưa vào",

		// serve.
		"ocopgen serve: %v\nChoose another port with --port N, or --port 0 for any free port.\n": "ocopgen serve: %v\nChọn cổng khác bằng --port N, hoặc --port 0 để dùng cổng còn trống bất kỳ.\n",
		"Stopped.\n":                          "Đã dừng.\n",
		"Serving at %s\n":                     "Đang phục vụ tại %s\n",
		"Serving %s at %s (Ctrl-C to stop)\n": "Đang phục vụ %s tại %s (bấm Ctrl-C để dừng)\n",
		"Warning: --bind %s lets other computers of the network see the site, drafts included.\n": "Cảnh báo: --bind %s cho các máy khác trong mạng xem được trang web, kể cả bài nháp.\n",
		"Warning: --bind %s lets other computers of the network see the site.\n":                  "Cảnh báo: --bind %s cho các máy khác trong mạng xem được trang web.\n",
		"Changed: %s\n":      "Đã thay đổi: %s\n",
		"Rebuilt in %d ms\n": "Đã tạo lại trong %d ms\n",
		"ocopgen serve: %d error(s): the pages show them over the last good version of the site, and reload once they are fixed\n": "ocopgen serve: %d lỗi: các trang hiện lỗi bên trên bản tốt gần nhất của trang web, và tự tải lại khi lỗi đã được sửa\n",
		"ocopgen serve: the same %d warning(s) as the last build\n":                                                                "ocopgen serve: vẫn %d cảnh báo như lần tạo trước\n",
		"%s and %d more": "%s và %d tệp khác",
	})
}
