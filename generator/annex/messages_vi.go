package annex

import "github.com/ocopgen/ocopgen/generator/lang"

// vietnamese holds the Vietnamese text of every message of the package,
// keyed by its English format. Row numbers are written %#d, as the
// spreadsheet shows them (no thousands separator).
var vietnamese = map[string]string{
	// The file.
	"the annex cannot be read (%v): check the file's name and that it can be opened":                                                           "không đọc được tệp phụ lục (%v): hãy kiểm tra tên tệp và xem tệp có mở được không",
	"the file is %d MiB, more than the limit of %d MiB for an annex: save the annex's sheet alone, without pictures":                           "tệp nặng %d MiB, vượt giới hạn %d MiB của một phụ lục: hãy lưu riêng trang tính của phụ lục, không kèm hình ảnh",
	"an old Excel 97–2003 workbook (.xls): open it in the spreadsheet and save it as Excel Workbook (.xlsx) or as CSV UTF-8":                   "đây là tệp Excel cũ 97–2003 (.xls): hãy mở bằng chương trình bảng tính rồi lưu thành Excel Workbook (.xlsx) hoặc CSV UTF-8",
	"the workbook unpacks to more than %d MiB: save the annex's sheet alone, without pictures":                                                 "tệp bảng tính giải nén ra hơn %d MiB: hãy lưu riêng trang tính của phụ lục, không kèm hình ảnh",
	"not a workbook that can be read (%v): open it in the spreadsheet and save it again as Excel Workbook (.xlsx), or as CSV UTF-8":            "không đọc được tệp bảng tính (%v): hãy mở bằng chương trình bảng tính rồi lưu lại thành Excel Workbook (.xlsx), hoặc CSV UTF-8",
	"a sheet has more than %d rows: an annex has a few hundred; keep the annex's table alone in the file":                                      "một trang tính có hơn %#d dòng, trong khi một phụ lục chỉ có vài trăm dòng: hãy để riêng bảng của phụ lục trong tệp",
	"not UTF-8 text (byte 0x%02x): save the file from the spreadsheet as \"CSV UTF-8 (Comma delimited) (*.csv)\"":                              "tệp không theo mã UTF-8 (byte 0x%02x): hãy lưu lại tệp từ chương trình bảng tính với kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\"",
	"this CSV line cannot be read (%v): put a cell that holds a quote, a comma or a semicolon between quotes, and double each quote inside it": "không đọc được dòng CSV này (%v): ô nào có dấu nháy kép, dấu phẩy hay dấu chấm phẩy thì đặt cả ô trong cặp dấu nháy kép, và viết mỗi dấu nháy kép bên trong thành hai dấu",

	// The title and the header.
	"no header row in the first %d rows: the table needs a row naming its columns, such as \"STT\", \"Tên sản phẩm\", \"Tên chủ thể\", \"Địa chỉ\", \"Nhóm\", \"Hạng sao\"": "không thấy dòng tiêu đề cột trong %d dòng đầu: bảng cần một dòng ghi tên các cột, như \"STT\", \"Tên sản phẩm\", \"Tên chủ thể\", \"Địa chỉ\", \"Nhóm\", \"Hạng sao\"",
	"the header row has no column of stars: name the column of the tiers \"Hạng sao\"":                                                                                      "dòng tiêu đề cột không có cột hạng sao: hãy đặt tên cột ghi hạng sao là \"Hạng sao\"",
	"the title gives the decision's date as %q, which is not a date: correct it (day/month/year, such as 12/3/2024), or pass --date YYYY-MM-DD":                             "phần tiêu đề ghi ngày quyết định là %q, đây không phải một ngày có thật: hãy sửa lại (ngày/tháng/năm, ví dụ 12/3/2024), hoặc dùng --date YYYY-MM-DD",

	"no product row under the header row: number each product's row in the column \"STT\" (1, 2, 3…)": "không có dòng sản phẩm nào dưới dòng tiêu đề cột: hãy đánh số thứ tự dòng của từng sản phẩm ở cột \"STT\" (1, 2, 3…)",

	// Sections.
	"the section row %q names no district and no group of the catalogue, so it is not used: write a district's name (\"Huyện Gia Lâm\") or a group's (\"Thực phẩm\")": "dòng mục %q không nêu quận, huyện hay nhóm sản phẩm nào của danh mục nên không được dùng: hãy ghi tên một quận, huyện (\"Huyện Gia Lâm\") hoặc một nhóm (\"Thực phẩm\")",

	// Product rows.
	"missing product name: write the product's name, or delete the row if it is not a product":                                                                           "thiếu tên sản phẩm: hãy ghi tên sản phẩm, hoặc xóa dòng này nếu đây không phải một sản phẩm",
	"%q looks like Vietnamese in the old TCVN3 (ABC) or VNI encoding: convert the sheet's text to Unicode (for example with Unikey's converter) and save the file again": "%q có vẻ là chữ Việt theo bảng mã cũ TCVN3 (ABC) hoặc VNI: hãy chuyển chữ trong bảng sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu lại tệp",
	"missing stars: write the product's tier, such as \"4 sao\"":                                                                                                         "thiếu hạng sao: hãy ghi hạng sao của sản phẩm, ví dụ \"4 sao\"",
	"%q is not a tier: OCOP tiers are 3, 4 and 5 stars; write \"3 sao\", \"4 sao\" or \"5 sao\" (or \"4 sao (tiềm năng 5 sao)\")":                                        "%q không phải một hạng sao: sản phẩm OCOP có hạng 3, 4 và 5 sao; hãy ghi \"3 sao\", \"4 sao\" hoặc \"5 sao\" (hoặc \"4 sao (tiềm năng 5 sao)\")",
	"%q: only a 4-star product is a potential five-star; write \"4 sao (tiềm năng 5 sao)\" or the tier alone":                                                            "%q: chỉ sản phẩm 4 sao mới có thể là sản phẩm tiềm năng 5 sao; hãy ghi \"4 sao (tiềm năng 5 sao)\" hoặc chỉ ghi hạng sao",
	"unknown district %q (did you mean %q?): write one of the catalogue's districts (content/districts.toml)":                                                            "không có quận, huyện %q (có phải là %q?): hãy ghi một quận, huyện, thị xã của danh mục (content/districts.toml)",
	"unknown district %q: write one of the catalogue's districts (content/districts.toml)":                                                                               "không có quận, huyện %q: hãy ghi một quận, huyện, thị xã của danh mục (content/districts.toml)",
	"no district: the address names none and no section row above gives one; add \", huyện …\" to the address, or a section row with the district's name above the row":  "không rõ quận, huyện: địa chỉ không ghi, và phía trên cũng không có dòng mục nào nêu; hãy thêm \", huyện …\" vào địa chỉ, hoặc thêm phía trên dòng này một dòng mục ghi tên quận, huyện",
	"the address is in %s but the row is under the section of %s (row %d): correct the address, or move the row to its district's section":                               "địa chỉ thuộc %s nhưng dòng này nằm trong mục %s (dòng %#d): hãy sửa địa chỉ, hoặc chuyển dòng này về mục của quận, huyện của nó",
	"unknown group %q (did you mean %q?): write one of %s":                                                                                                               "không có nhóm sản phẩm %q (có phải là %q?): hãy ghi một trong các nhóm %s",
	"unknown group %q: write one of %s":                                                                                          "không có nhóm sản phẩm %q: hãy ghi một trong các nhóm %s",
	"%q is not a sub-group of %q (did you mean %q?): write one of %s":                                                            "%q không phải một phân nhóm của nhóm %q (có phải là %q?): hãy ghi một trong các phân nhóm %s",
	"%q is not a sub-group of %q: write one of %s":                                                                               "%q không phải một phân nhóm của nhóm %q: hãy ghi một trong các phân nhóm %s",
	"%q is a sub-group of %q, not of %q: correct the group or the sub-group":                                                     "%q là phân nhóm của nhóm %q, không phải của nhóm %q: hãy sửa lại nhóm hoặc phân nhóm",
	"unknown sub-group %q (did you mean %q?): write the name of a sub-group of the catalogue":                                    "không có phân nhóm %q (có phải là %q?): hãy ghi tên một phân nhóm của danh mục",
	"unknown sub-group %q: write the name of a sub-group of the catalogue":                                                       "không có phân nhóm %q: hãy ghi tên một phân nhóm của danh mục",
	"no group: write the product's group (one of %s) in a column \"Nhóm\", or a section row with the group's name above the row": "không rõ nhóm sản phẩm: hãy ghi nhóm của sản phẩm (một trong các nhóm %s) vào một cột \"Nhóm\", hoặc thêm phía trên dòng này một dòng mục ghi tên nhóm",
	"rows %d and %d are the same product %q of one district: delete one of them, or tell the two apart by their names":           "dòng %#d và dòng %#d là cùng một sản phẩm %q của cùng một quận, huyện: hãy xóa một trong hai dòng, hoặc đặt tên để phân biệt hai sản phẩm",
}

func init() { lang.Add(vietnamese) }
