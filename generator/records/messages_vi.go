package records

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"no district of the catalogue for %q: write the district in the address (\"…, huyện Gia Lâm\") or in a section row above":                                       "không biết %q thuộc quận/huyện/thị xã nào của danh mục: hãy ghi quận/huyện trong địa chỉ (\"…, huyện Gia Lâm\") hoặc trong một dòng mục ở trên",
		"%q of %s is in %s, made by %q, not %q: if it is the same product, write the producer as the record does; if another, give it a name of its own":                "%q của %s đã có trong %s, do %q sản xuất, không phải %q: nếu là cùng một sản phẩm, hãy ghi chủ thể như bản ghi đó; nếu là sản phẩm khác, hãy đặt cho nó một tên riêng",
		"rows %d and %d both write %s: they are the same product; keep one row":                                                                                         "dòng %d và dòng %d cùng ghi vào %s: đó là cùng một sản phẩm; hãy giữ lại một dòng",
		"the name %q gives no slug: write the product's name with letters":                                                                                              "tên %q không cho ra slug: hãy viết tên sản phẩm bằng chữ cái",
		"%q gives the slug %q, which %s has: if it is that product, write its name and district as the record does; if another, name it apart":                          "%q cho ra slug %q, mà %s đã dùng: nếu là sản phẩm đó, hãy ghi tên và quận/huyện như bản ghi đó; nếu là sản phẩm khác, hãy đặt tên khác đi",
		"%s exists already: rename or move that file, or write the product's name as that record does":                                                                  "%s đã có: hãy đổi tên hoặc chuyển tệp đó đi, hoặc ghi tên sản phẩm như bản ghi đó",
		"cannot read the record to update it: %v":                                                                                                                       "không đọc được bản ghi để cập nhật: %v",
		"the decision of %s is older than the certificate of %s (%s): import the newer decision, or add the older one to that record's [[certificate_history]] by hand": "quyết định ngày %s cũ hơn giấy chứng nhận của %s (%s): hãy nhập quyết định mới hơn, hoặc tự thêm quyết định cũ vào [[certificate_history]] của bản ghi đó",
		"decision %s of %s has the date of the certificate of %s, decision %s: a product has one certificate a day; if the sheet corrects that number, write %s as decision_no in the record's [certificate] by hand; if the row is another product, give it a name of its own": "quyết định %s ngày %s trùng ngày với giấy chứng nhận của %s, theo quyết định %s: một sản phẩm chỉ có một giấy chứng nhận trong một ngày; nếu bảng sửa lại số quyết định đó, hãy tự ghi %s vào decision_no trong bảng [certificate] của bản ghi; nếu dòng này là sản phẩm khác, hãy đặt cho nó một tên riêng",
		"cannot update the record: %v":                             "không cập nhật được bản ghi: %v",
		"no stars = … line before the first [table]":               "không có dòng stars = … trước bảng [ ] đầu tiên",
		"no [certificate] table":                                   "không có bảng [certificate]",
		"Replaced by decision %s of %s (imported from %s, row %d)": "Được thay bằng quyết định %s ngày %s (nhập từ %s, dòng %d)",
		"this row's record, %s, would not pass check (its problems are listed with it): correct the row, or the catalogue": "bản ghi của dòng này, %s, sẽ không qua được bước kiểm tra (các lỗi của nó được liệt kê kèm theo): hãy sửa dòng này, hoặc sửa danh mục",
		"It had been revoked by decision %s of %s.": "Giấy chứng nhận này đã bị thu hồi theo quyết định %s ngày %s.",
		"Imported from %s, row %d":                  "Nhập từ %s, dòng %d",
		"the plan has errors: nothing was written":  "có lỗi: chưa ghi gì",
	})
}
