package images

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"the image does not decode (%v), so it gets no width, height or listing thumbnail, and browsers may not show it: if it is cut short or damaged, save it again from the original": "không đọc được ảnh (%v), nên ảnh không có chiều rộng, chiều cao hay ảnh thu nhỏ trong danh sách, và trình duyệt có thể không hiện được: nếu ảnh bị cắt cụt hoặc hỏng, hãy lưu lại từ ảnh gốc",
		"cannot make the listing thumbnail: the image does not decode (%v), so listings show the full photo: if it is cut short or damaged, save it again from the original":             "không tạo được ảnh thu nhỏ cho danh sách: không đọc được ảnh (%v), nên danh sách hiện ảnh đầy đủ: nếu ảnh bị cắt cụt hoặc hỏng, hãy lưu lại từ ảnh gốc",
	})
}
