package media

import "github.com/ocopgen/ocopgen/generator/lang"

// svgFixVi is the fix of svgFix.
const svgFixVi = "hãy xuất lại tệp từ chương trình vẽ dưới dạng hình vẽ thường (không có script, tương tác hay tệp liên kết), hoặc lưu thành PNG"

func init() {
	lang.Add(map[string]string{
		msgPage:          "không được đăng tệp %s từ content/ (một trang web ở đây sẽ chạy như một phần của trang, cùng các script của nó): hãy viết nó thành một bài trong content/stories/, hoặc dẫn liên kết tới nơi nó được đăng",
		msgScript:        "không được đăng tệp %s từ content/ (một script ở đây sẽ chạy như một phần của trang web): script thuộc về giao diện, đặt trong themes/<tên>/static/",
		msgTheme:         "không được đăng tệp %s từ content/ (kiểu trình bày và dữ liệu của trang thuộc về giao diện): hãy đặt nó trong themes/<tên>/static/",
		msgSVGZ:          "không được đăng tệp %s từ content/ (hình vẽ nén thì không kiểm tra được script): hãy lưu thành .svg thường",
		msgOther:         "không được đăng tệp %s từ content/ (chỉ đăng được ảnh, tài liệu PDF và video): dùng một trong các đuôi .jpg .jpeg .png .gif .webp .avif .svg .pdf .mp4 .webm",
		msgNoExt:         "không được đăng tệp không có đuôi từ content/ (trình duyệt sẽ tự đoán loại tệp, và có thể coi nó là một trang web): hãy đổi tên tệp, thêm đuôi đúng loại của nó, như .jpg hoặc .pdf",
		msgDisguisedHTML: "tệp này là một trang HTML, không phải tệp %s như tên của nó (một trang web ở đây sẽ chạy như một phần của trang): hãy lưu lại chính tấm ảnh hoặc tài liệu đó",
		msgDisguisedXML:  "tệp này là một tài liệu XML, không phải tệp %s như tên của nó (một trang web ở đây sẽ chạy như một phần của trang): hãy lưu lại chính tấm ảnh hoặc tài liệu đó",
		msgTooBig:        "ảnh có kích thước %d×%d điểm ảnh (%d megapixel), vượt giới hạn %d megapixel và %d điểm ảnh mỗi cạnh: hãy thu nhỏ ảnh, cạnh dài nhất tối đa 4000 điểm ảnh, rồi lưu lại",

		msgSVGElement:  "tệp SVG có phần tử <%s>, có thể chạy script hoặc hiện một trang khác như một phần của trang web: " + svgFixVi,
		msgSVGHTML:     "tệp SVG có phần tử HTML <%s>, có thể tạo một trang web bên trong hình vẽ: " + svgFixVi,
		msgSVGEvent:    "tệp SVG có thuộc tính sự kiện %s trên <%s>, thuộc tính này chạy script: " + svgFixVi,
		msgSVGScheme:   "tệp SVG có liên kết %s trong thuộc tính %s của <%s>, liên kết này chạy script: " + svgFixVi,
		msgSVGOutside:  "tệp SVG liên kết tới hoặc tải %q trong thuộc tính %s của <%s>, nằm ngoài danh mục: " + svgFixVi,
		msgSVGCSS:      "kiểu trình bày của <%s> trong tệp SVG %s: " + svgFixVi,
		msgSVGAnimate:  "tệp SVG tạo hiệu ứng cho thuộc tính %s bằng <%s>, có thể biến nó thành script hoặc liên kết ra ngoài danh mục: " + svgFixVi,
		msgSVGEntities: "tệp SVG khai báo thực thể (entity) trong DOCTYPE, có thể giấu script hoặc nở thành một văn bản khổng lồ: " + svgFixVi,
		msgSVGInstr:    "tệp SVG có chỉ thị <?%s?>, chỉ thị này tải một bảng kiểu hoặc chương trình: " + svgFixVi,
		msgSVGRoot:     "tệp này không phải hình vẽ SVG: phần tử đầu tiên của nó là <%s>, không phải <svg> (hãy lưu lại dưới dạng SVG, hoặc đặt cho tệp đuôi đúng loại của nó)",
		msgSVGEmpty:    "tệp này không phải hình vẽ SVG: nó không có phần tử <svg> (hãy lưu lại dưới dạng SVG)",
		msgSVGXML:      "tệp SVG không phải XML đúng cú pháp (%v), nên không kiểm tra được script: hãy xuất lại từ chương trình vẽ, hoặc lưu thành PNG",
		msgSVGMore:     "và %d lỗi tương tự khác trong tệp này",

		"imports another style sheet":            "nhập một bảng kiểu khác",
		"runs a script":                          "chạy script",
		"loads %s from outside the catalogue":    "tải %s từ ngoài danh mục",
		"names an address outside the catalogue": "ghi một địa chỉ ngoài danh mục",
	})
}
