package images

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"the image does not decode (%v), so it gets no width, height or listing thumbnail, and browsers may not show it: if it is cut short or damaged, save it again from the original": "không đọc được ảnh (%v), nên ảnh không có chiều rộng, chiều cao hay ảnh thu nhỏ trong danh sách, và trình duyệt có thể không hiện được: nếu ảnh bị cắt cụt hoặc hỏng, hãy lưu lại từ ảnh gốc",
		"cannot make the listing thumbnail: the image does not decode (%v), so listings show the full photo: if it is cut short or damaged, save it again from the original":             "không tạo được ảnh thu nhỏ cho danh sách: không đọc được ảnh (%v), nên danh sách hiện ảnh đầy đủ: nếu ảnh bị cắt cụt hoặc hỏng, hãy lưu lại từ ảnh gốc",
		"the photo is %.1f MB: save it smaller (at most 5 MB; 1600 px wide is enough for any screen)":                                                                                    "ảnh nặng %.1f MB: hãy lưu ảnh nhỏ hơn (tối đa 5 MB; rộng 1600 px là đủ cho mọi màn hình)",
		"phones load this photo at %d KiB even resized to %s px wide: save it with more compression or less detail (about 200 KiB at most)":                                              "điện thoại tải ảnh này %d KiB dù đã thu nhỏ còn rộng %s px: hãy lưu ảnh nén nhiều hơn hoặc bớt chi tiết (tối đa khoảng 200 KiB)",
	})
}
