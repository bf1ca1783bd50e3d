package source

import "github.com/ocopgen/ocopgen/generator/lang"

func init() {
	lang.Add(map[string]string{
		"symbolic link points outside the catalogue (to %s); copy the file into the catalogue instead":                                                                      "liên kết tượng trưng (symbolic link) trỏ ra ngoài danh mục (tới %s); hãy chép chính tệp đó vào danh mục",
		"symbolic link to a folder (to %s) is not followed; move or copy the folder here instead, or link each file":                                                        "không đi theo liên kết tượng trưng tới một thư mục (tới %s); hãy chuyển hoặc chép thư mục đó vào đây, hoặc tạo liên kết cho từng tệp",
		"broken symbolic link (to %s, which does not exist); restore the file it points to, or remove the link":                                                             "liên kết tượng trưng bị hỏng (tới %s, không còn tồn tại); hãy khôi phục tệp mà nó trỏ tới, hoặc xoá liên kết",
		"symbolic links form a loop (%s); replace the link with the file itself":                                                                                            "các liên kết tượng trưng tạo thành vòng lặp (%s); hãy thay liên kết bằng chính tệp đó",
		"two files have this name once written in Unicode NFC, %+q and %+q (one was probably named on a Mac), so only one could be published; rename or remove one of them": "hai tệp có cùng tên này khi viết theo Unicode NFC, %+q và %+q (có lẽ một tệp được đặt tên trên máy Mac), nên chỉ đăng được một tệp; hãy đổi tên hoặc xoá một trong hai",
		"this is %s, not a regular file, so it is not read; replace it with a file or remove it":                                                                            "đây là %s, không phải tệp thường, nên không được đọc; hãy thay bằng một tệp hoặc xoá nó đi",
		namedPipe:   "một đường ống có tên (named pipe)",
		socket:      "một socket",
		device:      "một thiết bị",
		specialFile: "một tệp đặc biệt",
		"cannot read it (%v); give your user permission to read it, or move it out of the catalogue": "không đọc được tệp (%v); hãy cấp quyền đọc cho người dùng của bạn, hoặc chuyển tệp ra khỏi danh mục",
		"cannot read it (%v)": "không đọc được tệp (%v)",
	})
}
