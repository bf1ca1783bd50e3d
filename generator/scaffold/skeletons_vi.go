package scaffold

import "text/template"

// skeletonsVi are the skeletons with their comments in Vietnamese: the
// same keys and values as skeletons, line for line.
var skeletonsVi = template.Must(template.New("").Parse(`
{{- define "product" -}}
# Bản ghi sản phẩm OCOP. Bắt buộc: name, group, stars, district, producer,
# và decision_date trong [certificate]. Xoá các dòng không cần.
name = {{.Name}}                  # bắt buộc, đúng như trên giấy chứng nhận
# slug = "{{.Slug}}"               # không bắt buộc; mặc định: slug của tên. Không được trùng.
group = "điền nhóm sản phẩm"       # bắt buộc: thuc-pham | do-uong | duoc-lieu | thu-cong-my-nghe | sinh-vat-canh | du-lich
# subgroup = "che-bien-tu-gao-ngu-coc"   # không bắt buộc: một nhóm con của nhóm
stars = "điền số sao"              # bắt buộc: 3, 4 hoặc 5
# potential_five_star = false      # không bắt buộc; chỉ với stars = 4 ("tiềm năng 5 sao")
district = {{.District}}           # bắt buộc: slug hoặc tên trong content/districts.toml
# commune = ""                     # không bắt buộc: xã / phường như trên giấy chứng nhận
# commune_2025 = ""                # không bắt buộc: xã / phường sau tháng 7 năm 2025
# craft_village = ""               # không bắt buộc: làng nghề
producer = "điền tên chủ thể sản xuất"   # bắt buộc: chủ thể OCOP
# producer_kind = "hop-tac-xa"     # không bắt buộc: hop-tac-xa | doanh-nghiep | ho-kinh-doanh | to-hop-tac
# tourism = []                     # không bắt buộc: slug của các tệp trong content/tourism/
# sales_points = []                # không bắt buộc: slug của các tệp trong content/sales-points/
# price_vnd = 150000               # không bắt buộc, số nguyên đồng, không dấu chấm (hiện là 150.000 ₫)
# unit = "hộp 500 g"               # không bắt buộc: đơn vị bán
# shelf_life = "12 tháng"          # không bắt buộc: hạn sử dụng
# summary = ""                     # không bắt buộc: một hai câu, chữ thường
# description = """
# Văn bản markdown.
# """
# images = ["media/ten-anh.jpg"]   # không bắt buộc; đường dẫn bên trong content/
# group_1048 = "thuc-pham"         # không bắt buộc: nhóm theo cách phân nhóm cũ (Quyết định 1048)

[certificate]                      # bắt buộc
# decision_no = "1147/QĐ-UBND"     # không bắt buộc: số quyết định
decision_date = "điền ngày quyết định"   # bắt buộc: ngày của quyết định công nhận, dạng YYYY-MM-DD
# level = "city"                   # không bắt buộc: district (cấp huyện) | city (thành phố) | central (trung ương)
# round_year = 2024                # không bắt buộc: năm của đợt đánh giá
# valid_until = 2027-01-01         # không bắt buộc; mặc định decision_date + 36 tháng

# [contact]                        # không bắt buộc: liên hệ
# phone = ""
# email = ""
# website = "https://"
# address = ""
{{end}}

{{- define "story" -}}
+++
title = {{.Name}}     # bắt buộc
date = {{.Today}}     # bắt buộc, dạng YYYY-MM-DD
summary = "điền một, hai câu tóm tắt"   # không bắt buộc: một, hai câu hiện trong danh sách và bản tin
# products = []       # không bắt buộc: slug của các sản phẩm liên quan
# districts = []      # không bắt buộc: slug của các quận, huyện liên quan
# tourism = []        # không bắt buộc: slug của các điểm du lịch liên quan
# image = "media/ten-anh.jpg"   # không bắt buộc: đường dẫn bên trong content/
draft = true          # bài nháp: chỉ được tạo với --drafts, cho tới khi đổi thành false
+++

Viết nội dung bài ở đây, bằng markdown. Liên kết tới trang sản phẩm viết như
` + "`[tên sản phẩm](/san-pham/slug-cua-san-pham/)`" + `.
{{end}}

{{- define "tourism" -}}
+++
title = {{.Name}}         # bắt buộc
district = {{.District}}  # bắt buộc: slug hoặc tên trong content/districts.toml
kind = "điền loại"         # craft-village (làng nghề) | rural-tourism | eco-tourism | community-tourism | other
# commune = ""            # không bắt buộc: xã / phường
# image = "media/ten-anh.jpg"   # không bắt buộc: đường dẫn bên trong content/
# lat = 21.0285           # không bắt buộc, độ thập phân, đi cùng lon
# lon = 105.8542
+++

Giới thiệu điểm du lịch, làng nghề ở đây, bằng markdown.
{{end}}

{{- define "sales-point" -}}
# Điểm giới thiệu và bán sản phẩm OCOP.
name = {{.Name}}           # bắt buộc
district = {{.District}}   # bắt buộc: slug hoặc tên trong content/districts.toml
address = "điền địa chỉ"   # bắt buộc
# opened = {{.Today}}      # không bắt buộc: ngày khai trương
# hours = "8:00–17:00"     # không bắt buộc: giờ mở cửa
# phone = ""               # không bắt buộc
# operator = ""            # không bắt buộc: đơn vị vận hành
# lat = 21.0285            # không bắt buộc, độ thập phân, đi cùng lon
# lon = 105.8542
# products = []            # không bắt buộc: slug của các sản phẩm bán ở đây
{{end}}
`))
