package load

import "github.com/ocopgen/ocopgen/generator/lang"

// vietnamese holds the Vietnamese text of every message of the package,
// keyed by its English format. A number that is a value to type or a year
// is written %#d (%#v for a coordinate): as typed, without the thousands
// separator or decimal comma of Vietnamese prose (2024, 21.0285). Tone
// marks sit in the traditional place, as in Hanoi's official names
// (xóa, Ứng Hòa).
var vietnamese = map[string]string{
	// Files and encodings.
	"invalid UTF-8 (byte 0x%02x): save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)":                                                    "tệp không theo mã UTF-8 (byte 0x%02x): hãy lưu tệp theo mã UTF-8 (trong hầu hết trình soạn thảo: Lưu thành… (Save As) → Mã hóa (Encoding) → UTF-8)",
	"%q looks like Vietnamese in the old TCVN3 (ABC) or VNI encoding: convert the text to Unicode (for example with Unikey's converter) and save as UTF-8": "%q có vẻ là chữ Việt theo bảng mã cũ TCVN3 (ABC) hoặc VNI: hãy chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu tệp theo mã UTF-8",
	"this is a file, where the folder of the %s files belongs; move the file away and make %s/ a folder":                                                   "đây là một tệp, nhưng chỗ này phải là thư mục chứa các tệp %s; hãy chuyển tệp này đi nơi khác và tạo thư mục %s/",
	"ignored: only %s files are read in %s/": "đã bỏ qua: trong %[2]s/ chỉ đọc các tệp %[1]s",
	"the file name %q gives an empty slug (it has no letter or digit), and the slug makes the URL: rename the file, like %q": "tên tệp %q cho slug rỗng (không có chữ cái hay chữ số nào), mà slug tạo nên địa chỉ của trang: hãy đổi tên tệp, ví dụ %q",
	"missing front matter: start the file with a line \"+++\", the TOML fields, and another \"+++\" line":                    "thiếu phần đầu (front matter): hãy bắt đầu tệp bằng một dòng \"+++\", tiếp theo là các trường TOML, rồi thêm một dòng \"+++\" nữa",

	// Values nested too deep, texts too long.
	"values nested more than %d deep (a product record needs at most %d)":                                                  "các giá trị lồng nhau quá %d tầng (một bản ghi sản phẩm chỉ cần tối đa %d tầng)",
	"values nested more than %d deep (a sales point record needs at most %d)":                                              "các giá trị lồng nhau quá %d tầng (một bản ghi điểm bán chỉ cần tối đa %d tầng)",
	"values nested more than %d deep (a story's front matter needs at most %d)":                                            "các giá trị lồng nhau quá %d tầng (phần đầu của một bài viết chỉ cần tối đa %d tầng)",
	"values nested more than %d deep (a tourism link's front matter needs at most %d)":                                     "các giá trị lồng nhau quá %d tầng (phần đầu của một điểm du lịch chỉ cần tối đa %d tầng)",
	"values nested more than %d deep (the list of districts needs at most %d)":                                             "các giá trị lồng nhau quá %d tầng (danh sách quận/huyện/thị xã chỉ cần tối đa %d tầng)",
	"values nested more than %d deep (the list of product groups needs at most %d)":                                        "các giá trị lồng nhau quá %d tầng (danh sách nhóm sản phẩm chỉ cần tối đa %d tầng)",
	"values nested more than %d deep (the settings file needs at most %d)":                                                 "các giá trị lồng nhau quá %d tầng (tệp cài đặt chỉ cần tối đa %d tầng)",
	"values nested more than %d deep (a record needs at most %d)":                                                          "các giá trị lồng nhau quá %d tầng (một bản ghi chỉ cần tối đa %d tầng)",
	"the text is %d KiB, more than the limit of %d KiB (reached on this line): split it into several stories or pages":     "văn bản dài %d KiB, vượt giới hạn %d KiB (vượt tại dòng này): hãy chia thành nhiều bài viết hoặc nhiều trang",
	"quotes and lists nested %d deep, more than the limit of %d: put fewer \">\" or list items one inside another":         "trích dẫn và danh sách lồng nhau %d tầng, vượt giới hạn %d tầng: hãy bớt dấu \">\" hoặc bớt các mục danh sách lồng trong nhau",
	"%s: the text is %d KiB, more than the limit of %d KiB (reached on this line): split it into several stories or pages": "%s: văn bản dài %d KiB, vượt giới hạn %d KiB (vượt tại dòng này): hãy chia thành nhiều bài viết hoặc nhiều trang",
	"%s: quotes and lists nested %d deep, more than the limit of %d: put fewer \">\" or list items one inside another":     "%s: trích dẫn và danh sách lồng nhau %d tầng, vượt giới hạn %d tầng: hãy bớt dấu \">\" hoặc bớt các mục danh sách lồng trong nhau",

	// TOML: syntax, keys, types. The decoder's own words are arguments.
	"invalid TOML: %s":     "sai cú pháp TOML; bộ đọc TOML báo (bằng tiếng Anh): %s",
	"invalid TOML: %s: %s": "sai cú pháp TOML; bộ đọc TOML báo (bằng tiếng Anh): %s: %s",
	"invalid TOML: %s: write each key once per table; remove or merge the repeated one":     "sai cú pháp TOML; bộ đọc TOML báo (bằng tiếng Anh): %s: mỗi trường chỉ được ghi một lần trong một bảng; hãy xóa hoặc gộp trường bị lặp",
	"invalid TOML: %s: write each key once per table; remove or merge the repeated one: %s": "sai cú pháp TOML; bộ đọc TOML báo (bằng tiếng Anh): %s: mỗi trường chỉ được ghi một lần trong một bảng; hãy xóa hoặc gộp trường bị lặp: %s",
	"invalid value of %s: %s": "giá trị của %s không hợp lệ: %s",
	"%s must be a date written without quotes, like %s = 2024-03-04": "%s phải là một ngày, viết không có dấu ngoặc kép, ví dụ %s = 2024-03-04",
	"unknown key %q":                         "không có trường %q",
	"unknown key %q (did you mean %q?)":      "không có trường %q (có phải là %q không?)",
	"unknown key %q: known keys here are %s": "không có trường %q: các trường dùng được ở đây là %s",
	"%s has the wrong type: write a date without quotes, like %s = 2024-03-04":       "%s sai kiểu giá trị: hãy ghi một ngày, không có dấu ngoặc kép, ví dụ %s = 2024-03-04",
	"%s has the wrong type: write a whole number without quotes, like %s = 4":        "%s sai kiểu giá trị: hãy ghi một số nguyên, không có dấu ngoặc kép, ví dụ %s = 4",
	"%s has the wrong type: write a number without quotes, like %s = 21.0285":        "%s sai kiểu giá trị: hãy ghi một số, không có dấu ngoặc kép, phần thập phân sau dấu chấm, ví dụ %s = 21.0285",
	"%s has the wrong type: write true or false, without quotes, like %s = true":     "%s sai kiểu giá trị: hãy ghi true (có) hoặc false (không), không có dấu ngoặc kép, ví dụ %s = true",
	`%s has the wrong type: write a list of texts in brackets, like %s = ["a", "b"]`: `%s sai kiểu giá trị: hãy ghi một danh sách các chuỗi chữ trong ngoặc vuông, ví dụ %s = ["a", "b"]`,
	"%s has the wrong type: write tables, like [[%s]]":                               "%s sai kiểu giá trị: hãy ghi các bảng, ví dụ [[%s]]",
	"%s has the wrong type: write a table, like [%s]":                                "%s sai kiểu giá trị: hãy ghi một bảng, ví dụ [%s]",
	`%s has the wrong type: write text in quotes, like %s = "…"`:                     `%s sai kiểu giá trị: hãy ghi chữ trong dấu ngoặc kép, ví dụ %s = "…"`,

	// Required fields.
	"missing required field %s: add %s = %s":         "thiếu trường bắt buộc %s: hãy thêm %s = %s",
	"missing required field %s in [%s]: add %s = %s": "thiếu trường bắt buộc %s trong bảng [%s]: hãy thêm %s = %s",
	"%s is empty: write it, e.g. %s = %s":            "%s đang để trống: hãy điền vào, ví dụ %s = %s",
	"missing [certificate]: add a [certificate] table with decision_date = 2024-03-04 (the date of the certifying decision)": "thiếu bảng [certificate]: hãy thêm bảng [certificate] có decision_date = 2024-03-04 (ngày ký quyết định công nhận)",

	// Dates.
	"%s = %s is a time of day, not a date: write the date without quotes, like %s = 2024-03-04": "%s = %s là giờ trong ngày, không phải ngày tháng: hãy ghi ngày, không có dấu ngoặc kép, ví dụ %s = 2024-03-04",
	"%s = %s has a time: write the date alone, without quotes, like %s = %s":                    "%s = %s có kèm giờ: hãy chỉ ghi ngày, không có dấu ngoặc kép, ví dụ %s = %s",
	"%s %s is before 2018, when the OCOP programme began: check the year":                       "%s %s sớm hơn năm 2018, năm Chương trình OCOP bắt đầu: hãy kiểm tra lại năm",
	"%s %s is before %d: check the year":                                                        "%s %s sớm hơn năm %#d: hãy kiểm tra lại năm",
	"%s %s is more than %d years from today (%s): check the year":                               "%[1]s %[2]s cách hôm nay (%[4]s) hơn %[3]d năm: hãy kiểm tra lại năm",
	"valid_until %s is not after decision_date %s":                                              "valid_until %s không muộn hơn decision_date %s: ngày hết hạn phải sau ngày quyết định công nhận",
	"decision_date %s is in the future":                                                         "decision_date %s là một ngày trong tương lai",
	"round_year = %d: the evaluation round is a year from 2018 to the decision's year (%d)":     "round_year = %#d: năm của kỳ đánh giá phải từ 2018 đến năm ký quyết định (%#d)",
	"the certificate of %q expires on %s, in %d days: plan its re-evaluation":                   "giấy chứng nhận OCOP của %q hết hạn ngày %s, còn %d ngày: hãy lên kế hoạch đánh giá lại",

	// Values.
	"%s = %q is not allowed: use one of %s":                                                                                                   "%s = %q không phải là giá trị được phép: hãy dùng một trong các giá trị %s",
	"%s = %q is not allowed (did you mean %q?): use one of %s":                                                                                "%s = %q không phải là giá trị được phép (có phải là %q không?): hãy dùng một trong các giá trị %s",
	"stars = %d is out of range: OCOP certifies 3, 4 or 5 stars":                                                                              "stars = %#d nằm ngoài khoảng cho phép: OCOP chỉ công nhận hạng 3, 4 hoặc 5 sao",
	"potential_five_star applies only to 4-star products (tiềm năng 5 sao), but stars = %d: remove it or set stars = 4":                       "potential_five_star chỉ dùng cho sản phẩm 4 sao (tiềm năng 5 sao), nhưng stars = %#d: hãy bỏ potential_five_star hoặc đặt stars = 4",
	"price_vnd = %d is negative: write the price in đồng, like 150000":                                                                        "price_vnd = %#d là số âm: hãy ghi giá bằng đồng, ví dụ 150000",
	"contact.email = %q is not an e-mail address":                                                                                             "contact.email = %q không phải là địa chỉ email",
	"contact.website = %q: write a full address starting with https://":                                                                       "contact.website = %q: hãy ghi địa chỉ đầy đủ, bắt đầu bằng https://",
	`a shop has no name: write it, like shops = [{ name = "Gian hàng OCOP Hà Nội", url = "https://…" }]`:                                      `một gian hàng trực tuyến chưa có tên: hãy ghi tên, ví dụ shops = [{ name = "Gian hàng OCOP Hà Nội", url = "https://…" }]`,
	"the shop %q has no url: write its address starting with https://":                                                                        "gian hàng %q chưa có url: hãy ghi địa chỉ của gian hàng, bắt đầu bằng https://",
	"the url of the shop %q is %q: write a full address starting with https://":                                                               "url của gian hàng %q là %q: hãy ghi địa chỉ đầy đủ, bắt đầu bằng https://",
	"lat = %s is not a number: write the latitude in decimal degrees from -90 to 90, like lat = 21.0285":                                      "lat = %s không phải là số: hãy ghi vĩ độ bằng độ thập phân, từ -90 đến 90, ví dụ lat = 21.0285",
	"lon = %s is not a number: write the longitude in decimal degrees from -180 to 180, like lon = 105.8542":                                  "lon = %s không phải là số: hãy ghi kinh độ bằng độ thập phân, từ -180 đến 180, ví dụ lon = 105.8542",
	"lat = %v is out of range: latitude is in decimal degrees from -90 to 90 (Hà Nội is about 21.0)":                                          "lat = %#v nằm ngoài khoảng cho phép: vĩ độ tính bằng độ thập phân, từ -90 đến 90 (Hà Nội vào khoảng 21.0)",
	"lon = %v is out of range: longitude is in decimal degrees from -180 to 180 (Hà Nội is about 105.8)":                                      "lon = %#v nằm ngoài khoảng cho phép: kinh độ tính bằng độ thập phân, từ -180 đến 180 (Hà Nội vào khoảng 105.8)",
	"share_image = %q: chat apps and social sites show only a JPEG or PNG: name one inside content/, 1200×630 px, like \"media/chia-se.jpg\"": "share_image = %q: ứng dụng trò chuyện và mạng xã hội chỉ hiện ảnh JPEG hoặc PNG: hãy ghi một ảnh trong content/, cỡ 1200×630 px, ví dụ \"media/chia-se.jpg\"",
	"image %q is empty: write the path of an image inside content/, like \"media/banh-chung.jpg\", or remove it":                              "ảnh %q để trống: hãy ghi đường dẫn của một ảnh trong content/, ví dụ \"media/banh-chung.jpg\", hoặc xóa mục này",
	"image %q: write a path inside content/ with forward slashes, like \"media/banh-chung.jpg\"":                                              "ảnh %q: hãy ghi đường dẫn trong content/ bằng dấu gạch chéo \"/\", ví dụ \"media/banh-chung.jpg\"",
	"image %q leaves content/: put the file under content/media/ and write \"media/<file>\"":                                                  "ảnh %q nằm ngoài content/: hãy đặt tệp vào content/media/ rồi ghi \"media/<tên tệp>\"",
	"image %q not found: add content/%s or correct the path":                                                                                  "không tìm thấy ảnh %q: hãy thêm tệp content/%s hoặc sửa lại đường dẫn",
	"image %q is a folder, not a file: name an image file in it, like \"media/banh-chung.jpg\"":                                               "ảnh %q là một thư mục, không phải tệp: hãy ghi tên một tệp ảnh trong thư mục đó, ví dụ \"media/banh-chung.jpg\"",
	"image %q is not a regular file: put the image itself under content/media/ and write \"media/<file>\"":                                    "ảnh %q không phải là tệp thông thường: hãy đặt chính tệp ảnh vào content/media/ rồi ghi \"media/<tên tệp>\"",

	// Settings (ocopgen.toml).
	"base_url = %q is not an absolute http(s) URL: write it like \"https://ocop.example.vn/\"":                                                                                                "base_url = %q không phải là địa chỉ http(s) đầy đủ: hãy ghi như \"https://ocop.example.vn/\"",
	"base_url = %q has a host that is not a domain name or an IP address (%q): write the domain with ASCII letters, digits, hyphens and dots (a Vietnamese domain in its xn-- form), like %q": "base_url = %q có phần máy chủ không phải là tên miền hay địa chỉ IP (%q): hãy ghi tên miền bằng chữ cái ASCII không dấu, chữ số, dấu gạch nối và dấu chấm (tên miền tiếng Việt ghi ở dạng xn--), ví dụ %q",
	"base_url = %q has port %s: a port is a number from 1 to 65535, or none for the usual one, like %q":                                                                                       "base_url = %q có cổng %s: cổng là một số từ 1 đến 65535, hoặc bỏ đi để dùng cổng thông thường, ví dụ %q",
	"base_url = %q has a user name or password (%q): the site's URLs are built on base_url, so write it without one, like %q":                                                                 "base_url = %q có tên người dùng hoặc mật khẩu (%q): mọi địa chỉ của trang đều được tạo từ base_url, nên hãy ghi không có phần này, ví dụ %q",
	"base_url = %q has a query (%q): the site's URLs are built on base_url, so write it without one, like %q":                                                                                 "base_url = %q có phần truy vấn (%q): mọi địa chỉ của trang đều được tạo từ base_url, nên hãy ghi không có phần này, ví dụ %q",
	"base_url = %q has a fragment (%q): the site's URLs are built on base_url, so write it without one, like %q":                                                                              "base_url = %q có phần neo sau dấu # (%q): mọi địa chỉ của trang đều được tạo từ base_url, nên hãy ghi không có phần này, ví dụ %q",
	"base_url = %q has a path that is not plain (a space, a %%-escape, a letter with marks, \"..\" or \"//\"): name the folder with ASCII letters, digits and hyphens, like %q":               "base_url = %q có đường dẫn không đơn giản (có dấu cách, mã %%, chữ có dấu, \"..\" hoặc \"//\"): hãy đặt tên thư mục bằng chữ cái ASCII không dấu, chữ số và dấu gạch nối, ví dụ %q",
	"theme = %q: a theme is a folder name under themes/ in lowercase ASCII, like \"default\"":                                                                                                 "theme = %q: giao diện (theme) là tên một thư mục trong themes/, viết chữ thường ASCII không dấu, ví dụ \"default\"",
	"page_size = %d is out of range: use a number from 1 to 1000 (24 is usual)":                                                                                                               "page_size = %#d nằm ngoài khoảng cho phép: hãy dùng một số từ 1 đến 1000 (thường dùng 24)",

	// Product groups (groups.toml, and a product's group).
	"each [[group]] needs slug = \"…\" in lowercase ASCII with hyphens, like \"thuc-pham\"":                 "mỗi bảng [[group]] cần có slug = \"…\" viết chữ thường ASCII không dấu, nối bằng dấu gạch nối, ví dụ \"thuc-pham\"",
	"each [[group.subgroup]] needs slug = \"…\" in lowercase ASCII with hyphens, like \"hoa\"":              "mỗi bảng [[group.subgroup]] cần có slug = \"…\" viết chữ thường ASCII không dấu, nối bằng dấu gạch nối, ví dụ \"hoa\"",
	"group %q is defined twice: remove one":                                                                 "nhóm sản phẩm %q được khai báo hai lần: hãy xóa một lần khai báo",
	"sub-group %q is defined twice in group %q: remove one":                                                 "phân nhóm %q được khai báo hai lần trong nhóm %q: hãy xóa một lần khai báo",
	"groups.toml defines no group: add [[group]] tables, or delete the file to use the six built-in groups": "groups.toml không khai báo nhóm sản phẩm nào: hãy thêm các bảng [[group]], hoặc xóa tệp này để dùng sáu nhóm sản phẩm có sẵn",
	"unknown group %q: use one of %s":                                                                       "không có nhóm sản phẩm %q: hãy dùng một trong các nhóm %s",
	"unknown group %q (did you mean %q?): use one of %s":                                                    "không có nhóm sản phẩm %q (có phải là %q không?): hãy dùng một trong các nhóm %s",
	"%q is not a sub-group of %q: use one of %s":                                                            "%q không phải là phân nhóm của nhóm %q: hãy dùng một trong các phân nhóm %s",
	"%q is not a sub-group of %q (did you mean %q?): use one of %s":                                         "%q không phải là phân nhóm của nhóm %q (có phải là %q không?): hãy dùng một trong các phân nhóm %s",

	// Districts.
	"no district defined: add [[district]] tables with name = \"…\" and kind = \"…\"":                                                           "chưa khai báo quận/huyện/thị xã nào: hãy thêm các bảng [[district]] có name = \"…\" và kind = \"…\"",
	"district name %q gives an empty slug (it has no letter or digit), and the slug makes the URL: write the name in letters, like \"Gia Lâm\"": "tên quận/huyện/thị xã %q cho slug rỗng (không có chữ cái hay chữ số nào), mà slug tạo nên địa chỉ của trang: hãy viết tên bằng chữ, ví dụ \"Gia Lâm\"",
	"district %q has the same slug %q as %q: each district must be listed once":                                                                 "quận/huyện/thị xã %q có cùng slug %q với %q: mỗi quận/huyện/thị xã chỉ được ghi một lần",
	"unknown district %q: use a slug or a name from content/districts.toml":                                                                     "không có quận/huyện/thị xã %q: hãy dùng slug hoặc tên có trong content/districts.toml",
	"unknown district %q (did you mean %q?): use a slug or a name from content/districts.toml":                                                  "không có quận/huyện/thị xã %q (có phải là %q không?): hãy dùng slug hoặc tên có trong content/districts.toml",

	// Slugs and references between records.
	"name = %q gives an empty slug (it has no letter or digit): set slug = %q (lowercase ASCII letters, digits and hyphens) explicitly":                            "name = %q cho slug rỗng (không có chữ cái hay chữ số nào): hãy ghi rõ slug = %q (chữ thường ASCII không dấu, chữ số và dấu gạch nối)",
	"slug = %q: use lowercase ASCII letters, digits and hyphens, like %q":                                                                                          "slug = %q: hãy dùng chữ thường ASCII không dấu, chữ số và dấu gạch nối, ví dụ %q",
	"product %q has the slug %q, already used by %q (%s): names that differ only in marks fold to one slug; set slug = %q (or another unique slug) in one of them": "sản phẩm %q có slug %q, trùng với sản phẩm %q (%s): các tên chỉ khác nhau ở dấu cho cùng một slug; hãy đặt slug = %q (hoặc một slug khác chưa dùng) ở một trong hai sản phẩm",
	"story slug %q is already used by %s: rename one of the files":                                                                                                 "slug bài viết %q đã được dùng ở %s: hãy đổi tên một trong hai tệp",
	"sales point slug %q is already used by %s: rename one of the files":                                                                                           "slug điểm bán %q đã được dùng ở %s: hãy đổi tên một trong hai tệp",
	"tourism link slug %q is already used by %s: rename one of the files":                                                                                          "slug điểm du lịch %q đã được dùng ở %s: hãy đổi tên một trong hai tệp",
	"product %q is listed twice in %s: remove one":                                                                                                                 "sản phẩm %q được ghi hai lần trong %s: hãy xóa bớt một",
	"sales point %q is listed twice in %s: remove one":                                                                                                             "điểm bán %q được ghi hai lần trong %s: hãy xóa bớt một",
	"tourism link %q is listed twice in %s: remove one":                                                                                                            "điểm du lịch %q được ghi hai lần trong %s: hãy xóa bớt một",
	"unknown product %q: write the slug of a file in content/products/":                                                                                            "không có sản phẩm %q: hãy ghi slug của một tệp trong content/products/",
	"unknown product %q (did you mean %q?): write the slug of a file in content/products/":                                                                         "không có sản phẩm %q (có phải là %q không?): hãy ghi slug của một tệp trong content/products/",
	"unknown sales point %q: write the slug of a file in content/sales-points/":                                                                                    "không có điểm bán %q: hãy ghi slug của một tệp trong content/sales-points/",
	"unknown sales point %q (did you mean %q?): write the slug of a file in content/sales-points/":                                                                 "không có điểm bán %q (có phải là %q không?): hãy ghi slug của một tệp trong content/sales-points/",
	"unknown tourism link %q: write the slug of a file in content/tourism/":                                                                                        "không có điểm du lịch %q: hãy ghi slug của một tệp trong content/tourism/",
	"unknown tourism link %q (did you mean %q?): write the slug of a file in content/tourism/":                                                                     "không có điểm du lịch %q (có phải là %q không?): hãy ghi slug của một tệp trong content/tourism/",
	// Common mistakes, recognised from what is written.
	`%s = %s has curly quotes (%s), as a word processor types them: TOML needs straight quotes ", so write %s = "%s"`:                                                                           `%s = %s có dấu ngoặc kép cong (%s), do trình soạn thảo văn bản tự đổi: TOML cần dấu ngoặc kép thẳng ", nên hãy ghi %s = "%s"`,
	"%s = %s has thousands separators: write %s = %s (digits only, without dots, commas or quotes)":                                                                                             "%s = %s có dấu phân cách hàng nghìn: hãy ghi %s = %s (chỉ ghi chữ số, không có dấu chấm, dấu phẩy hay dấu ngoặc kép)",
	"%s = %s is not a date: %v %d has %d days (check the day; TOML writes a date year-month-day, like %s = 2025-12-31)":                                                                         "%[1]s = %[2]s không phải là ngày có thật: tháng %[3]d năm %#[4]d chỉ có %[5]d ngày (hãy kiểm tra lại ngày; TOML ghi ngày theo thứ tự năm-tháng-ngày, ví dụ %[6]s = 2025-12-31)",
	"%s = %s is not a date: there is no month %d (months go from 01 to 12; TOML writes a date year-month-day, like %s = 2025-12-31)":                                                            "%s = %s không phải là ngày có thật: không có tháng %d (tháng từ 01 đến 12; TOML ghi ngày theo thứ tự năm-tháng-ngày, ví dụ %s = 2025-12-31)",
	"%s = %s: write %s = %t (true or false, in lowercase and without quotes)":                                                                                                                   "%s = %s: hãy ghi %s = %t (true là có, false là không; viết chữ thường, không có dấu ngoặc kép)",
	"%s = %s: write the date as %s = %04d-%02d-%02d (year-month-day, with dashes and without quotes)":                                                                                           "%s = %s: hãy ghi ngày theo dạng %s = %04d-%02d-%02d (năm-tháng-ngày, nối bằng dấu gạch ngang, không có dấu ngoặc kép)",
	"TOML puts = between a key and its value, not a colon: write %s = %s":                                                                                                                       "TOML dùng dấu = giữa tên trường và giá trị, không dùng dấu hai chấm: hãy ghi %s = %s",
	"a table starts with its name in brackets, not with a colon: write [%s] on this line":                                                                                                       "một bảng bắt đầu bằng tên bảng trong ngoặc vuông, không dùng dấu hai chấm: hãy ghi [%s] ở dòng này",
	"remove the comma at the end of this line: TOML writes each key = value on a line of its own, without a comma after it":                                                                     "hãy xóa dấu phẩy ở cuối dòng này: TOML ghi mỗi cặp trường = giá trị trên một dòng riêng, không có dấu phẩy phía sau",
	"the front matter is between lines of ---, as YAML writes it: ocopgen reads it in TOML, so write +++ instead of each ---, and key = value instead of key: value":                            "phần đầu (front matter) đang nằm giữa các dòng ---, theo kiểu YAML: ocopgen đọc phần này theo TOML, nên hãy thay mỗi dòng --- bằng +++, và ghi trường = giá trị thay cho trường: giá trị",
	"the text of %s that opens with %s on this line is never closed: write %s where the text ends":                                                                                              "đoạn chữ của %s mở bằng %s ở dòng này nhưng chưa được đóng lại: hãy ghi %s ở chỗ đoạn chữ kết thúc",
	`the text of %s that starts on line %d has no closing quote: write %s = %s%s%s (a text of several lines goes between """ and """)`:                                                          `đoạn chữ của %s bắt đầu ở dòng %d thiếu dấu ngoặc kép đóng: hãy ghi %s = %s%s%s (đoạn chữ nhiều dòng thì đặt giữa """ và """)`,
	"there is an invisible character %U here (a space copied from a web page or a word processor), which TOML does not read as a space: delete it, and type an ordinary space if one is needed": "ở đây có một ký tự vô hình %U (một dấu cách chép từ trang web hoặc trình soạn thảo văn bản), TOML không coi đó là dấu cách: hãy xóa ký tự đó, rồi gõ lại dấu cách thường nếu cần",
	`this is written like JSON: TOML writes each key on a line of its own, like name = "Bánh chưng", without { } around the record and without quotes around the key`:                           `đoạn này viết theo kiểu JSON: TOML ghi mỗi trường trên một dòng riêng, ví dụ name = "Bánh chưng", không có { } bao quanh bản ghi và không có dấu ngoặc kép quanh tên trường`,

	// Skeletons left unfilled, and the communes of 2025.
	"%s is not filled in: replace the skeleton's %s with the real value, like %s = %s":                                                                                            "%s chưa được điền: hãy thay %s của bản mẫu bằng giá trị thật, ví dụ %s = %s",
	"%s is not filled in: replace the skeleton's %s with the real value, or remove the line":                                                                                      "%s chưa được điền: hãy thay %s của bản mẫu bằng giá trị thật, hoặc xóa dòng này",
	"commune %q is listed twice: remove one":                                                                                                                                      "xã, phường %q được ghi hai lần: hãy xóa bớt một",
	"commune_2025 = %q could be any of %s: write the name with its marks, like commune_2025 = %q":                                                                                 "commune_2025 = %q có thể là một trong các xã, phường %s: hãy ghi tên có đủ dấu, ví dụ commune_2025 = %q",
	"commune_2025 = %q is missing marks or has the wrong ones: write commune_2025 = %q":                                                                                           "commune_2025 = %q thiếu dấu hoặc sai dấu: hãy ghi commune_2025 = %q",
	`communes.toml lists no commune: add [[commune]] tables with name = "…" and kind = "xã" or "phường", or delete the file to use the 126 communes and wards of Hà Nội`:          `communes.toml không có xã, phường nào: hãy thêm các bảng [[commune]] có name = "…" và kind = "xã" hoặc "phường", hoặc xóa tệp này để dùng danh sách 126 xã, phường của Hà Nội`,
	"unknown commune_2025 %q (did you mean %q?): write the name of a xã or phường listed in %s, or add it there":                                                                  "commune_2025 = %q không khớp với tên xã, phường nào (có phải là %q không?): hãy ghi tên một xã hoặc phường có trong %s, hoặc thêm xã, phường đó vào tệp ấy",
	"unknown commune_2025 %q (did you mean %q?): write the name of a xã or phường of Hà Nội from 1 July 2025 (Nghị quyết 1656/NQ-UBTVQH15), or remove the line until it is known": "commune_2025 = %q không khớp với tên xã, phường nào (có phải là %q không?): hãy ghi tên một xã hoặc phường của Hà Nội từ ngày 1/7/2025 (Nghị quyết 1656/NQ-UBTVQH15), hoặc xóa dòng này cho đến khi biết tên xã, phường mới",
	"unknown commune_2025 %q: write the name of a xã or phường listed in %s, or add it there":                                                                                     "commune_2025 = %q không khớp với tên xã, phường nào: hãy ghi tên một xã hoặc phường có trong %s, hoặc thêm xã, phường đó vào tệp ấy",
	"unknown commune_2025 %q: write the name of a xã or phường of Hà Nội from 1 July 2025 (Nghị quyết 1656/NQ-UBTVQH15), or remove the line until it is known":                    "commune_2025 = %q không khớp với tên xã, phường nào: hãy ghi tên một xã hoặc phường của Hà Nội từ ngày 1/7/2025 (Nghị quyết 1656/NQ-UBTVQH15), hoặc xóa dòng này cho đến khi biết tên xã, phường mới",

	// Suggestions, duplicates and image paths.
	"duplicate product: %s and %s are both %q by %q: delete one of the two files":                                                                      "sản phẩm bị trùng: %s và %s đều là %q của %q: hãy xóa một trong hai tệp",
	`image %q not found: image paths start inside content/, so leave out "content/" and add content/%s or correct the path`:                            `không tìm thấy ảnh %q: đường dẫn ảnh tính từ trong thư mục content/, nên đừng ghi "content/" ở đầu; hãy thêm tệp content/%s hoặc sửa lại đường dẫn`,
	`image %q: image paths start inside content/, so leave out "content/": write %q`:                                                                   `ảnh %q: đường dẫn ảnh tính từ trong thư mục content/, nên đừng ghi "content/" ở đầu: hãy ghi %q`,
	"product %q by %q has the slug %q, already used by the product of the same name by %q (%s): set slug = %q (or another unique slug) in one of them": "sản phẩm %q của %q có slug %q, trùng với sản phẩm cùng tên của %q (%s): hãy đặt slug = %q (hoặc một slug khác chưa dùng) ở một trong hai sản phẩm",
	"the slug %q is already the slug of %q (%s): set slug = %q (or another unique slug) in one of them":                                                "slug %q đã là slug của %q (%s): hãy đặt slug = %q (hoặc một slug khác chưa dùng) ở một trong hai bản ghi",
	"%s = %s has a decimal comma: write %s = %s (TOML writes the decimals after a dot)":                                                                "%s = %s dùng dấu phẩy thập phân: hãy ghi %s = %s (TOML viết phần thập phân sau dấu chấm)",
	"producer %q is written %q in %s: write the same producer the same way in every file, so that its products share one page":                         "chủ thể %q được viết là %q trong %s: hãy viết một chủ thể theo cùng một cách trong mọi tệp, để các sản phẩm của chủ thể ấy chung một trang",

	// Certificate history and revocation.
	"revoked_by = %q has no revoked_on: add revoked_on = 2025-06-30, the date of the revoking decision (or remove revoked_by if the certificate was not revoked)":                                                                                                 "revoked_by = %q chưa có revoked_on: hãy thêm revoked_on = 2025-06-30, ngày ký quyết định thu hồi (hoặc xóa revoked_by nếu giấy chứng nhận không bị thu hồi)",
	"revoked_on has no revoked_by: add revoked_by = \"123/QĐ-UBND\", the number of the revoking decision (or remove revoked_on if the certificate was not revoked)":                                                                                               "revoked_on chưa có revoked_by: hãy thêm revoked_by = \"123/QĐ-UBND\", số của quyết định thu hồi (hoặc xóa revoked_on nếu giấy chứng nhận không bị thu hồi)",
	"revoked_on %s is not after decision_date %s: a certificate is revoked after it was granted; check the two dates":                                                                                                                                             "revoked_on %s không sau decision_date %s: giấy chứng nhận chỉ bị thu hồi sau khi được cấp; hãy kiểm tra lại hai ngày này",
	"revoked_on %s is after today (%s): the product is shown as revoked from that day":                                                                                                                                                                            "revoked_on %s là ngày sau hôm nay (%s): sản phẩm sẽ hiện là đã thu hồi từ ngày đó",
	"the certificate of the history decided on %s is not older than the current [certificate] (decision_date %s): [[certificate_history]] keeps earlier decisions only; if this one is the newest, make it the [certificate] and move the other into the history": "giấy chứng nhận trong lịch sử có quyết định ngày %s không cũ hơn bảng [certificate] hiện tại (decision_date %s): [[certificate_history]] chỉ giữ các quyết định trước đó; nếu quyết định này là mới nhất, hãy đưa nó vào [certificate] và chuyển quyết định kia vào lịch sử",
	"the history has two certificates decided on %s (tables %d and %d): remove the repeated one":                                                                                                                                                                  "lịch sử có hai giấy chứng nhận cùng ngày quyết định %s (bảng thứ %d và %d): hãy xóa bảng bị lặp",
	"a certificate of the history has no stars: add stars = 4 (3, 4 or 5, the tier that decision gave)":                                                                                                                                                           "một giấy chứng nhận trong lịch sử chưa có stars: hãy thêm stars = 4 (3, 4 hoặc 5, hạng sao quyết định đó công nhận)",
	"a certificate of the history has no decision_date: add decision_date = 2021-03-04, the date of that earlier decision":                                                                                                                                        "một giấy chứng nhận trong lịch sử chưa có decision_date: hãy thêm decision_date = 2021-03-04, ngày ký quyết định trước đó",
}

func init() { lang.Add(vietnamese) }
