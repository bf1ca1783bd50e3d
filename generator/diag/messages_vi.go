package diag

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"%s: warning: %s": "%s: cảnh báo: %s",
		// A problem that is an error of its own, worded as it prints.
		"%v":                           "%v",
		"%s":                           "%s",
		"%d error(s) in the catalogue": "danh mục có %d lỗi",
		// The GitHub format, and the run's summary of check --format github.
		"%d more warning(s) of the same kind as the one on %s are not shown as annotations (GitHub shows only a few per step; ocopgen annotates the first %d of each kind): this step's log and the run's summary list them all": "còn %d cảnh báo cùng loại với cảnh báo ở %s không hiện thành chú thích (GitHub chỉ hiện vài chú thích mỗi bước; ocopgen chỉ ghi %d chú thích đầu tiên của mỗi loại): nhật ký của bước này và bản tóm tắt của lần chạy liệt kê đủ",
		"%d more error(s) of the same kind as the one on %s are not shown as annotations (GitHub shows only a few per step; ocopgen annotates the first %d of each kind): this step's log and the run's summary list them all":   "còn %d lỗi cùng loại với lỗi ở %s không hiện thành chú thích (GitHub chỉ hiện vài chú thích mỗi bước; ocopgen chỉ ghi %d chú thích đầu tiên của mỗi loại): nhật ký của bước này và bản tóm tắt của lần chạy liệt kê đủ",
		"ocopgen check: %d problem(s) not shown as annotations":                      "ocopgen check: %d lỗi và cảnh báo không hiện thành chú thích",
		"%d more of the same kind as %s":                                             "còn %d lỗi hoặc cảnh báo cùng loại với %s",
		"%d more are not listed here: the log of the check step lists every problem": "còn %d lỗi và cảnh báo không liệt kê ở đây: nhật ký của bước kiểm tra (check) có đủ",
	})
}
