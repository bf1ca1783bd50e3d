package main

// The word lists the generator draws from. Every string is NFC Vietnamese
// with full diacritics; the tables are slices, never maps, so that the
// output does not depend on map iteration order.

// hanoiDistrict is one of the 30 district-level units of Hanoi before July
// 2025 (domain.md §5.1), with communes to draw from.
type hanoiDistrict struct {
	name, kind  string
	lat, lon    float64  // approximate centre
	communes    []string // legacy communes and wards, as on certificates
	communes25  []string // units after 1 July 2025 (domain.md §5.3)
	description string
}

var hanoiDistricts = []hanoiDistrict{
	{"Ba Đình", "quận", 21.034, 105.814, []string{"Phúc Xá", "Trúc Bạch", "Vĩnh Phúc", "Cống Vị", "Liễu Giai", "Ngọc Hà", "Kim Mã", "Ngọc Khánh"}, []string{"Ba Đình", "Ngọc Hà", "Giảng Võ"},
		"Trung tâm chính trị của Thủ đô; nơi đặt một số điểm giới thiệu sản phẩm OCOP cho người dân nội thành."},
	{"Hoàn Kiếm", "quận", 21.029, 105.852, []string{"Hàng Bạc", "Hàng Đào", "Hàng Gai", "Hàng Bồ", "Lý Thái Tổ", "Tràng Tiền", "Phúc Tân"}, []string{"Hoàn Kiếm", "Cửa Nam"},
		"Khu phố cổ quanh hồ Gươm với các phố nghề truyền thống như Hàng Bạc, Hàng Gai."},
	{"Tây Hồ", "quận", 21.070, 105.818, []string{"Quảng An", "Nhật Tân", "Tứ Liên", "Yên Phụ", "Xuân La", "Phú Thượng", "Bưởi", "Thụy Khuê"}, []string{"Tây Hồ", "Phú Thượng"},
		"Vùng ven Hồ Tây gắn với trà sen Quảng An, xôi Phú Thượng và đào Nhật Tân."},
	{"Long Biên", "quận", 21.047, 105.889, []string{"Bồ Đề", "Ngọc Thụy", "Thượng Thanh", "Giang Biên", "Đức Giang", "Việt Hưng", "Gia Thụy", "Cự Khối", "Thạch Bàn"}, []string{"Bồ Đề", "Việt Hưng", "Phúc Lợi", "Long Biên"},
		"Quận phía đông sông Hồng, có nhiều sản phẩm được công nhận 4 sao."},
	{"Cầu Giấy", "quận", 21.036, 105.790, []string{"Dịch Vọng", "Dịch Vọng Hậu", "Quan Hoa", "Nghĩa Đô", "Mai Dịch", "Yên Hòa", "Trung Hòa"}, []string{"Cầu Giấy", "Nghĩa Đô", "Yên Hòa"},
		"Quê hương của cốm làng Vòng, thức quà mùa thu của người Hà Nội."},
	{"Đống Đa", "quận", 21.018, 105.829, []string{"Văn Miếu", "Quốc Tử Giám", "Láng Thượng", "Ô Chợ Dừa", "Kim Liên", "Khương Thượng", "Trung Liệt"}, []string{"Đống Đa", "Láng", "Ô Chợ Dừa", "Kim Liên", "Văn Miếu - Quốc Tử Giám"},
		"Quận nội thành đông dân, có Văn Miếu – Quốc Tử Giám."},
	{"Hai Bà Trưng", "quận", 21.006, 105.858, []string{"Bạch Đằng", "Thanh Lương", "Vĩnh Tuy", "Minh Khai", "Bạch Mai", "Quỳnh Mai", "Trương Định"}, []string{"Hai Bà Trưng", "Vĩnh Tuy", "Bạch Mai"},
		"Quận nội thành phía nam hồ Gươm."},
	{"Hoàng Mai", "quận", 20.976, 105.863, []string{"Thanh Trì", "Lĩnh Nam", "Trần Phú", "Yên Sở", "Hoàng Liệt", "Định Công", "Tương Mai", "Vĩnh Hưng"}, []string{"Hoàng Mai", "Lĩnh Nam", "Yên Sở", "Hoàng Liệt", "Định Công", "Tương Mai", "Vĩnh Hưng"},
		"Có làng bánh cuốn Thanh Trì (phường Thanh Trì cũ), khác với huyện Thanh Trì."},
	{"Thanh Xuân", "quận", 20.994, 105.817, []string{"Khương Đình", "Hạ Đình", "Nhân Chính", "Thượng Đình", "Kim Giang", "Phương Liệt"}, []string{"Thanh Xuân", "Khương Đình", "Phương Liệt"},
		"Quận nội thành phía tây nam, có sản phẩm 4 sao trong đợt đánh giá năm 2024."},
	{"Nam Từ Liêm", "quận", 21.012, 105.766, []string{"Phú Đô", "Mễ Trì", "Tây Mỗ", "Đại Mỗ", "Xuân Phương", "Trung Văn", "Mỹ Đình"}, []string{"Từ Liêm", "Tây Mỗ", "Đại Mỗ", "Xuân Phương"},
		"Quê hương bún Phú Đô, cốm Mễ Trì và cam Canh."},
	{"Bắc Từ Liêm", "quận", 21.072, 105.770, []string{"Tây Tựu", "Thượng Cát", "Liên Mạc", "Đông Ngạc", "Xuân Đỉnh", "Phú Diễn", "Cổ Nhuế"}, []string{"Tây Tựu", "Thượng Cát", "Đông Ngạc", "Xuân Đỉnh", "Phú Diễn"},
		"Vùng hoa Tây Tựu và bưởi Diễn."},
	{"Hà Đông", "quận", 20.955, 105.756, []string{"Vạn Phúc", "La Khê", "Kiến Hưng", "Dương Nội", "Yên Nghĩa", "Phú Lương", "Biên Giang"}, []string{"Hà Đông", "Kiến Hưng", "Dương Nội", "Yên Nghĩa", "Phú Lương"},
		"Đất lụa Vạn Phúc, La Khê và nghề rèn Đa Sỹ."},
	{"Sơn Tây", "thị xã", 21.138, 105.505, []string{"Đường Lâm", "Phú Thịnh", "Trung Hưng", "Viên Sơn", "Cổ Đông", "Xuân Sơn", "Sơn Đông"}, []string{"Sơn Tây", "Tùng Thiện", "Đoài Phương"},
		"Thị xã duy nhất của Hà Nội, có làng cổ Đường Lâm với tương, chè lam và kẹo lạc."},
	{"Ba Vì", "huyện", 21.199, 105.423, []string{"Minh Quang", "Tản Lĩnh", "Ba Vì", "Vân Hòa", "Yên Bài", "Cẩm Lĩnh", "Thụy An", "Tây Đằng"}, []string{"Ba Vì", "Yên Bài", "Quảng Oai", "Cổ Đô", "Minh Châu", "Vật Lại", "Bất Bạt", "Suối Hai"},
		"Huyện miền núi duy nhất của Hà Nội: bò sữa, chè, miến dong Minh Hồng và thảo dược người Dao."},
	{"Chương Mỹ", "huyện", 20.875, 105.666, []string{"Phú Nghĩa", "Trường Yên", "Đông Phương Yên", "Hoàng Văn Thụ", "Xuân Mai", "Thủy Xuân Tiên", "Hòa Chính"}, []string{"Chương Mỹ", "Phú Nghĩa", "Xuân Mai", "Quảng Bị", "Trần Phú", "Hòa Phú"},
		"Đất mây tre đan Phú Vinh, với hàng trăm làng nghề."},
	{"Đan Phượng", "huyện", 21.088, 105.669, []string{"Liên Hà", "Liên Trung", "Hồng Hà", "Đan Phượng", "Tân Hội", "Song Phượng"}, []string{"Đan Phượng", "Liên Minh", "Ô Diên"},
		"Huyện ven sông Hồng phía tây bắc Thủ đô."},
	{"Đông Anh", "huyện", 21.136, 105.849, []string{"Vân Hà", "Đại Mạch", "Cổ Loa", "Uy Nỗ", "Liên Hà", "Xuân Nộn", "Nguyên Khê"}, []string{"Đông Anh", "Phúc Thịnh", "Thư Lâm", "Thiên Lộc", "Vĩnh Thanh"},
		"Có làng đồ gỗ mĩ nghệ Vân Hà và thành Cổ Loa."},
	{"Gia Lâm", "huyện", 21.028, 105.937, []string{"Bát Tràng", "Kim Lan", "Kiêu Kỵ", "Phù Đổng", "Đa Tốn", "Văn Đức", "Dương Quang"}, []string{"Gia Lâm", "Bát Tràng", "Phù Đổng", "Thuận An"},
		"Đất gốm Bát Tràng, Kim Lan và nghề dát vàng quỳ Kiêu Kỵ."},
	{"Hoài Đức", "huyện", 21.023, 105.704, []string{"Sơn Đồng", "La Phù", "Dương Liễu", "Minh Khai", "An Khánh", "Vân Canh", "Cát Quế"}, []string{"Hoài Đức", "Dương Hòa", "Sơn Đồng", "An Khánh"},
		"Làng tượng gỗ Sơn Đồng và các làng chế biến nông sản La Phù, Dương Liễu."},
	{"Mê Linh", "huyện", 21.180, 105.713, []string{"Mê Linh", "Tiền Phong", "Văn Khê", "Chu Phan", "Tráng Việt", "Hoàng Kim"}, []string{"Mê Linh", "Quang Minh", "Yên Lãng", "Tiến Thắng"},
		"Vựa hoa của Thủ đô."},
	{"Mỹ Đức", "huyện", 20.686, 105.753, []string{"Phùng Xá", "Hương Sơn", "An Mỹ", "Hợp Tiến", "Đốc Tín", "Lê Thanh", "Phù Lưu Tế"}, []string{"Mỹ Đức", "Phúc Sơn", "Hồng Sơn", "Hương Sơn"},
		"Có chùa Hương, rượu mơ Hương Sơn và nghề dâu tằm tơ Phùng Xá."},
	{"Phú Xuyên", "huyện", 20.730, 105.909, []string{"Chuyên Mỹ", "Phượng Dực", "Văn Nhân", "Đại Thắng", "Nam Tiến", "Quang Lãng", "Tri Thủy"}, []string{"Phú Xuyên", "Phượng Dực", "Chuyên Mỹ", "Đại Xuyên"},
		"Đất khảm trai Chuyên Mỹ và tò he Xuân La."},
	{"Phúc Thọ", "huyện", 21.109, 105.556, []string{"Hát Môn", "Tam Hiệp", "Võng Xuyên", "Sen Phương", "Vân Nam", "Thanh Đa"}, []string{"Phúc Thọ", "Phúc Lộc", "Hát Môn"},
		"Huyện nông nghiệp ven sông Hồng và sông Đáy."},
	{"Quốc Oai", "huyện", 20.993, 105.640, []string{"Sài Sơn", "Phượng Cách", "Ngọc Mỹ", "Liệp Tuyết", "Đông Yên", "Cấn Hữu", "Hòa Thạch"}, []string{"Quốc Oai", "Kiều Phú", "Hưng Đạo", "Phú Cát"},
		"Huyện có nhiều sản phẩm OCOP, nổi tiếng với tinh bột nghệ."},
	{"Sóc Sơn", "huyện", 21.255, 105.849, []string{"Bắc Sơn", "Minh Phú", "Hiền Ninh", "Phù Linh", "Tân Dân", "Nam Sơn", "Minh Trí"}, []string{"Sóc Sơn", "Kim Anh", "Trung Giã", "Đa Phúc", "Nội Bài"},
		"Vùng đồi chè Bắc Sơn phía bắc Thủ đô."},
	{"Thạch Thất", "huyện", 21.052, 105.570, []string{"Bình Phú", "Chàng Sơn", "Canh Nậu", "Dị Nậu", "Hữu Bằng", "Thạch Xá", "Phùng Xá"}, []string{"Thạch Thất", "Hạ Bằng", "Hòa Lạc", "Tây Phương", "Yên Xuân"},
		"Quạt Chàng Sơn, mây tre Bình Phú, mộc Canh Nậu và chè lam Thạch Xá."},
	{"Thanh Oai", "huyện", 20.857, 105.768, []string{"Phương Trung", "Tân Ước", "Cự Khê", "Bích Hòa", "Thanh Văn", "Dân Hòa"}, []string{"Thanh Oai", "Bình Minh", "Tam Hưng", "Dân Hòa"},
		"Nón Chuông, giò chả Ước Lễ và miến Cự Đà."},
	{"Thanh Trì", "huyện", 20.942, 105.844, []string{"Duyên Hà", "Vạn Phúc", "Tân Triều", "Yên Mỹ", "Tam Hiệp", "Ngũ Hiệp", "Liên Ninh"}, []string{"Thanh Trì", "Đại Thanh", "Ngọc Hồi", "Nam Phù"},
		"Quê hương bánh chưng Tranh Khúc."},
	{"Thường Tín", "huyện", 20.871, 105.863, []string{"Duyên Thái", "Quất Động", "Hòa Bình", "Nhị Khê", "Hồng Vân", "Vạn Điểm", "Ninh Sở"}, []string{"Thường Tín", "Hồng Vân", "Thượng Phúc", "Chương Dương"},
		"Đất trăm nghề: sơn mài Hạ Thái, thêu Quất Động, sừng Thụy Ứng."},
	{"Ứng Hòa", "huyện", 20.726, 105.780, []string{"Quảng Phú Cầu", "Đông Lỗ", "Vân Đình", "Hoa Sơn", "Phương Tú", "Trường Thịnh"}, []string{"Ứng Hòa", "Vân Đình", "Ứng Thiên", "Hòa Xá"},
		"Làng hương Quảng Phú Cầu và làng nhạc cụ Đào Xá."},
}

// special is a known Hanoi origin: a craft village or place and the kinds
// of product it is known for (domain.md §6).
type special struct {
	district, commune, village string
	kinds                      []string
}

var specials = []special{
	{"thanh-tri", "Duyên Hà", "Tranh Khúc", []string{"Bánh chưng", "Bánh tẻ"}},
	{"tay-ho", "Quảng An", "Quảng An", []string{"Trà sen"}},
	{"tay-ho", "Phú Thượng", "Phú Thượng", []string{"Xôi"}},
	{"tay-ho", "Nhật Tân", "Nhật Tân", []string{"Đào cảnh Nhật Tân", "Quất cảnh"}},
	{"gia-lam", "Bát Tràng", "Bát Tràng", []string{"Bộ ấm chén gốm", "Bình hút lộc gốm", "Bộ bát đĩa gốm sứ", "Lọ hoa gốm men lam"}},
	{"gia-lam", "Kim Lan", "Kim Lan", []string{"Bình hút lộc gốm", "Bộ ấm chén gốm"}},
	{"gia-lam", "Kiêu Kỵ", "Kiêu Kỵ", []string{"Tranh dát vàng"}},
	{"gia-lam", "Phù Đổng", "Phù Đổng", []string{"Hoa giấy cảnh", "Khu du lịch sinh thái"}},
	{"ha-dong", "Vạn Phúc", "Vạn Phúc", []string{"Khăn lụa tơ tằm", "Lụa tơ tằm dệt hoa", "Áo dài lụa"}},
	{"ha-dong", "La Khê", "La Khê", []string{"Lụa tơ tằm dệt hoa"}},
	{"ha-dong", "Kiến Hưng", "Đa Sỹ", []string{"Dao rèn"}},
	{"my-duc", "Phùng Xá", "Phùng Xá", []string{"Chăn bông tơ tằm", "Khăn lụa tơ tằm"}},
	{"my-duc", "Hương Sơn", "Hương Sơn", []string{"Rượu mơ"}},
	{"chuong-my", "Phú Nghĩa", "Phú Vinh", []string{"Giỏ mây tre đan", "Đèn tre"}},
	{"thach-that", "Bình Phú", "Bình Phú", []string{"Giỏ mây tre đan"}},
	{"thach-that", "Chàng Sơn", "Chàng Sơn", []string{"Quạt giấy"}},
	{"thach-that", "Canh Nậu", "Canh Nậu", []string{"Tủ chè gỗ"}},
	{"thach-that", "Thạch Xá", "Thạch Xá", []string{"Chè lam"}},
	{"thuong-tin", "Duyên Thái", "Hạ Thái", []string{"Hộp sơn mài", "Tranh sơn mài"}},
	{"thuong-tin", "Quất Động", "Quất Động", []string{"Tranh thêu tay"}},
	{"thuong-tin", "Hòa Bình", "Thụy Ứng", []string{"Lược sừng"}},
	{"thuong-tin", "Hồng Vân", "Hồng Vân", []string{"Du lịch cộng đồng làng quê", "Hoa cúc"}},
	{"phu-xuyen", "Chuyên Mỹ", "Chuyên Mỹ", []string{"Tranh khảm trai", "Hộp khảm trai"}},
	{"phu-xuyen", "Phượng Dực", "Xuân La", []string{"Tò he"}},
	{"thanh-oai", "Phương Trung", "Chuông", []string{"Nón lá"}},
	{"thanh-oai", "Tân Ước", "Ước Lễ", []string{"Giò lụa", "Giò chả", "Chả quế"}},
	{"thanh-oai", "Cự Khê", "Cự Đà", []string{"Miến dong", "Tương bần"}},
	{"ung-hoa", "Quảng Phú Cầu", "Quảng Phú Cầu", []string{"Hương nụ trầm", "Nụ trầm", "Nụ trám", "Hương quế"}},
	{"ung-hoa", "Đông Lỗ", "Đào Xá", []string{"Đàn bầu"}},
	{"hoai-duc", "Sơn Đồng", "Sơn Đồng", []string{"Tượng gỗ"}},
	{"dong-anh", "Vân Hà", "Vân Hà", []string{"Tủ chè gỗ"}},
	{"ba-vi", "Minh Quang", "Minh Hồng", []string{"Miến dong"}},
	{"ba-vi", "Tản Lĩnh", "", []string{"Sữa chua Ba Vì", "Sữa bò tươi Ba Vì", "Chè búp"}},
	{"ba-vi", "Ba Vì", "", []string{"Dầu xoa bóp thảo dược", "Lá tắm thảo dược"}},
	{"hoang-mai", "Thanh Trì", "Thanh Trì", []string{"Bánh cuốn"}},
	{"cau-giay", "Dịch Vọng Hậu", "Vòng", []string{"Cốm", "Bánh cốm"}},
	{"nam-tu-liem", "Phú Đô", "Phú Đô", []string{"Bún khô"}},
	{"nam-tu-liem", "Mễ Trì", "Mễ Trì", []string{"Cốm"}},
	{"nam-tu-liem", "Xuân Phương", "", []string{"Cam Canh"}},
	{"bac-tu-liem", "Tây Tựu", "Tây Tựu", []string{"Hoa ly", "Hoa hồng"}},
	{"bac-tu-liem", "Phú Diễn", "", []string{"Bưởi Diễn"}},
	{"son-tay", "Đường Lâm", "Đường Lâm", []string{"Tương nếp", "Chè lam", "Kẹo lạc"}},
	{"son-tay", "Phú Thịnh", "Phú Nhi", []string{"Bánh tẻ"}},
	{"me-linh", "Mê Linh", "", []string{"Hoa hồng"}},
	{"me-linh", "Văn Khê", "", []string{"Hoa cúc", "Hoa ly"}},
	{"soc-son", "Bắc Sơn", "", []string{"Chè búp", "Trà xanh"}},
	{"quoc-oai", "Sài Sơn", "", []string{"Tinh bột nghệ", "Viên tinh nghệ mật ong"}},
	{"hoan-kiem", "Hàng Bạc", "", []string{"Trang sức bạc"}},
}

// kind is a kind of OCOP product.
type kind struct {
	name       string
	group, sub string
	trade      string // the trade, for producer names ("Gốm sứ")
	units      []string
	lo, hi     int    // price range, thousand đồng
	shelf      string // shelf life; "" for durable goods
	made       string // a predicate: "<name> <made>." is a sentence
	fixed      bool   // the name holds its place; only made at home
}

const (
	gFood   = "thuc-pham"
	gDrink  = "do-uong"
	gHerb   = "duoc-lieu"
	gCraft  = "thu-cong-my-nghe"
	gPlant  = "sinh-vat-canh"
	gTravel = "du-lich"
)

// groups are the six groups with their share of products (per thousand).
var groups = []struct {
	slug   string
	weight int
}{
	{gFood, 580}, {gDrink, 90}, {gHerb, 80}, {gCraft, 170}, {gPlant, 50}, {gTravel, 30},
}

func u(s ...string) []string { return s }

var kinds = []kind{
	// Thực phẩm
	{"Bánh chưng", gFood, "che-bien-tu-gao-ngu-coc", "Bánh chưng", u("chiếc 1 kg", "chiếc 500 g", "cặp 2 chiếc"), 60, 180, "5 ngày", "được gói từ gạo nếp cái hoa vàng, đậu xanh và thịt ba chỉ trong lá dong, luộc liu riu suốt mười tiếng", false},
	{"Bánh cốm", gFood, "che-bien-tu-gao-ngu-coc", "Bánh cốm", u("hộp 10 chiếc", "hộp 5 chiếc"), 50, 120, "7 ngày", "làm từ cốm non dẻo, nhân đậu xanh sên đường và dừa nạo, gói giấy bóng kính", false},
	{"Cốm", gFood, "che-bien-tu-gao-ngu-coc", "Cốm", u("gói lá sen 200 g", "hộp 500 g"), 40, 120, "3 ngày", "được làm từ lúa nếp non rang trên chảo gang rồi giã tay, gói trong lá sen cho giữ hương", false},
	{"Bánh tẻ", gFood, "che-bien-tu-gao-ngu-coc", "Bánh tẻ", u("túi 10 chiếc", "túi 20 chiếc"), 40, 90, "2 ngày", "làm từ bột gạo tẻ, nhân thịt lợn và mộc nhĩ, gói thuôn dài bằng lá dong", false},
	{"Chè lam", gFood, "che-bien-tu-gao-ngu-coc", "Chè lam", u("hộp 300 g", "hộp 500 g"), 40, 100, "30 ngày", "làm từ bột nếp rang, mật mía, gừng tươi và lạc rang, cắt miếng vuông vắn", false},
	{"Bánh cuốn", gFood, "che-bien-tu-gao-ngu-coc", "Bánh cuốn", u("hộp 500 g", "khay 1 kg"), 30, 70, "1 ngày", "được tráng mỏng từ bột gạo tẻ xay nước, ăn kèm chả quế, hành phi và nước chấm", false},
	{"Bún khô", gFood, "che-bien-tu-gao-ngu-coc", "Bún", u("gói 500 g", "gói 1 kg"), 30, 70, "12 tháng", "làm từ gạo tẻ ngâm, xay, ép sợi rồi phơi khô tự nhiên, không dùng hàn the", false},
	{"Bánh đa nem", gFood, "che-bien-tu-gao-ngu-coc", "Bánh đa nem", u("túi 50 lá", "túi 100 lá"), 25, 60, "6 tháng", "được tráng từ bột gạo, phơi trên phên nứa, lá mỏng dai, rán giòn đều", false},
	{"Xôi", gFood, "che-bien-tu-gao-ngu-coc", "Xôi", u("hộp 500 g", "suất 300 g"), 30, 60, "1 ngày", "được đồ từ gạo nếp cái hoa vàng, ăn kèm đậu xanh, hành phi và thịt kho", false},
	{"Giò lụa", gFood, "che-bien-tu-thit-trung-sua-thuy-san", "Giò chả", u("cây 1 kg", "cây 500 g"), 180, 300, "10 ngày (bảo quản lạnh)", "làm từ thịt lợn nạc giã nhuyễn với nước mắm ngon, gói lá chuối và luộc chín", false},
	{"Giò chả", gFood, "che-bien-tu-thit-trung-sua-thuy-san", "Giò chả", u("cây 1 kg", "cây 500 g"), 160, 280, "10 ngày (bảo quản lạnh)", "làm từ thịt lợn tươi trong ngày, giã tay, gói nhiều lớp lá chuối", false},
	{"Chả quế", gFood, "che-bien-tu-thit-trung-sua-thuy-san", "Giò chả", u("khoanh 500 g"), 120, 200, "7 ngày (bảo quản lạnh)", "làm từ thịt lợn xay trộn bột quế, quết đều rồi nướng trên than hoa", false},
	{"Nem chua", gFood, "che-bien-tu-thit-trung-sua-thuy-san", "Nem chua", u("chục 10 chiếc", "túi 30 chiếc"), 40, 100, "5 ngày", "làm từ thịt lợn nạc, bì lợn và thính gạo, lên men tự nhiên trong lá ổi", false},
	{"Chả cá", gFood, "che-bien-tu-thit-trung-sua-thuy-san", "Chả cá", u("hộp 500 g"), 120, 250, "6 tháng (bảo quản đông lạnh)", "làm từ thịt cá tươi quết nhuyễn với thì là và gia vị, rán vàng", false},
	{"Ruốc thịt lợn", gFood, "che-bien-tu-thit-trung-sua-thuy-san", "Thực phẩm", u("hũ 200 g", "hũ 500 g"), 80, 220, "3 tháng", "làm từ thịt thăn lợn rim nước mắm, sao tơi trên lửa nhỏ", false},
	{"Miến dong", gFood, "che-bien-tu-rau-cu-qua-hat", "Miến dong", u("gói 500 g", "gói 1 kg"), 45, 110, "12 tháng", "làm từ tinh bột củ dong riềng, tráng bánh, thái sợi và phơi nắng, không dùng chất tẩy trắng", false},
	{"Tinh bột nghệ", gFood, "che-bien-tu-rau-cu-qua-hat", "Tinh bột nghệ", u("lọ 500 g", "hộp 200 g"), 150, 400, "24 tháng", "được chiết từ củ nghệ vàng tươi, xay, lọc tách dầu rồi sấy lạnh", false},
	{"Tinh bột sắn dây", gFood, "che-bien-tu-rau-cu-qua-hat", "Sắn dây", u("túi 500 g", "túi 1 kg"), 80, 200, "24 tháng", "làm từ củ sắn dây xay, lọc nhiều lần bằng nước sạch rồi phơi khô", false},
	{"Ô mai", gFood, "che-bien-tu-rau-cu-qua-hat", "Ô mai", u("hộp 300 g", "hộp 500 g"), 80, 220, "6 tháng", "làm từ mơ, mận và sấu chọn quả già, rim với đường, gừng và cam thảo", false},
	{"Mứt gừng", gFood, "che-bien-tu-rau-cu-qua-hat", "Mứt", u("hộp 250 g"), 50, 120, "6 tháng", "làm từ gừng non thái lát, rim đường rồi sấy dẻo", false},
	{"Măng khô", gFood, "che-bien-tu-rau-cu-qua-hat", "Nông sản", u("túi 500 g"), 120, 300, "12 tháng", "làm từ măng tre bương luộc kỹ, phơi khô trên gác bếp", false},
	{"Kẹo lạc", gFood, "che-bien-tu-rau-cu-qua-hat", "Kẹo lạc", u("gói 300 g", "hộp 500 g"), 30, 80, "3 tháng", "làm từ lạc rang bóc vỏ nấu với mật mía và gừng, cán mỏng, cắt thanh", false},
	{"Gạo nếp cái hoa vàng", gFood, "gao-ngu-coc-hat-so-che", "Lúa gạo", u("túi 2 kg", "túi 5 kg"), 60, 200, "12 tháng", "được trồng mỗi năm một vụ, xay xát vừa phải để giữ lớp cám và hương thơm", false},
	{"Gạo tám thơm", gFood, "gao-ngu-coc-hat-so-che", "Lúa gạo", u("túi 5 kg", "túi 10 kg"), 100, 280, "12 tháng", "được canh tác theo hướng hữu cơ trên chân ruộng phù sa, hạt nhỏ, cơm dẻo thơm", false},
	{"Gạo lứt đỏ", gFood, "gao-ngu-coc-hat-so-che", "Lúa gạo", u("túi 2 kg"), 60, 150, "12 tháng", "chỉ xát bỏ vỏ trấu, giữ nguyên lớp cám đỏ giàu chất xơ", false},
	{"Mật ong", gFood, "mat-ong-mat-khac-nong-san-khac", "Ong mật", u("chai 500 ml", "chai 1 lít"), 150, 400, "24 tháng", "được khai thác từ đàn ong nuôi quanh vườn nhãn, vải và rừng keo, lọc sạch và hạ thủy phần", false},
	{"Mật mía", gFood, "mat-ong-mat-khac-nong-san-khac", "Mật mía", u("chai 1 lít"), 40, 90, "12 tháng", "được nấu từ nước mía cô đặc trong chảo gang theo lối thủ công", false},
	{"Nước mắm", gFood, "tuong-nuoc-mam-gia-vi-long", "Nước mắm", u("chai 500 ml", "chai 1 lít"), 60, 200, "24 tháng", "được ủ chượp từ cá cơm tươi và muối trong thùng gỗ hơn một năm", false},
	{"Tương bần", gFood, "tuong-nuoc-mam-gia-vi-long", "Tương", u("chai 500 ml", "bình 1 lít"), 25, 70, "6 tháng", "làm từ đậu tương rang, xôi nếp mốc và muối, phơi nắng trong chum sành", false},
	{"Tương nếp", gFood, "tuong-nuoc-mam-gia-vi-long", "Tương", u("chai 500 ml"), 25, 60, "6 tháng", "làm từ gạo nếp, đậu tương rang và muối biển, ủ trong chum nhiều tháng", false},
	{"Tỏi đen", gFood, "gia-vi-khac", "Gia vị", u("hộp 250 g", "hộp 500 g"), 150, 400, "12 tháng", "làm từ tỏi ta một nhánh lên men ở nhiệt độ ổn định trong nhiều tuần", false},
	{"Muối vừng", gFood, "gia-vi-khac", "Gia vị", u("hũ 200 g"), 25, 50, "6 tháng", "làm từ vừng đen rang thơm giã cùng muối hạt và lạc", false},
	{"Trà sen", gFood, "che-tuoi-che-bien", "Chè", u("hộp 100 g", "hộp quà 200 g"), 300, 1500, "12 tháng", "là chè búp ướp nhiều lượt với gạo sen Bách Diệp hái lúc sáng sớm", false},
	{"Chè búp", gFood, "che-tuoi-che-bien", "Chè", u("gói 200 g", "hộp 500 g"), 80, 300, "12 tháng", "được hái một tôm hai lá, sao suốt bằng chảo gang, cánh chè xoăn đều", false},
	{"Trà xanh", gFood, "che-tuoi-che-bien", "Chè", u("gói 100 g", "hộp 250 g"), 60, 250, "12 tháng", "được làm từ lá chè hái sớm, vò và sấy khô, nước xanh, vị chát dịu", false},
	{"Trà hoa cúc", gFood, "san-pham-che-tu-thuc-vat-khac", "Trà thảo mộc", u("hộp 50 g", "hộp 100 g"), 80, 220, "12 tháng", "làm từ hoa cúc chi vàng sấy lạnh giữ màu và hương", false},
	{"Trà giảo cổ lam", gFood, "san-pham-che-tu-thuc-vat-khac", "Trà thảo mộc", u("hộp 20 túi lọc", "gói 200 g"), 60, 180, "18 tháng", "làm từ lá giảo cổ lam trồng dưới tán rừng, sao khô", false},
	{"Trà hoa đậu biếc", gFood, "san-pham-che-tu-thuc-vat-khac", "Trà thảo mộc", u("hộp 50 g"), 60, 150, "12 tháng", "làm từ hoa đậu biếc sấy khô, pha cho nước màu xanh tím", false},
	{"Cà phê rang xay", gFood, "ca-phe-ca-cao", "Cà phê", u("túi 250 g", "túi 500 g"), 90, 300, "12 tháng", "được rang mộc từ hạt Robusta và Arabica, không tẩm phụ gia", false},
	{"Bột ca cao", gFood, "ca-phe-ca-cao", "Ca cao", u("hộp 250 g"), 120, 280, "18 tháng", "làm từ hạt ca cao lên men, sấy, rang và nghiền mịn", false},
	{"Rau hữu cơ", gFood, "rau-cu-qua-hat-tuoi", "Rau an toàn", u("túi 500 g", "hộp 1 kg"), 25, 60, "5 ngày", "được trồng theo tiêu chuẩn hữu cơ, thu hái và sơ chế trong ngày", false},
	{"Nhãn lồng", gFood, "rau-cu-qua-hat-tuoi", "Cây ăn quả", u("kg", "hộp 2 kg"), 40, 100, "7 ngày", "có cùi dày, hạt nhỏ, vị ngọt sắc, thu hái khi chín cây", false},
	{"Bưởi Diễn", gFood, "rau-cu-qua-hat-tuoi", "Bưởi", u("quả 1,2 kg", "hộp 2 quả"), 60, 180, "60 ngày", "được trồng trên đất phù sa, vỏ mỏng, múi vàng, vị ngọt thanh", true},
	{"Cam Canh", gFood, "rau-cu-qua-hat-tuoi", "Cam", u("kg", "hộp 3 kg"), 50, 120, "30 ngày", "có vỏ mỏng màu đỏ cam, múi mọng nước, vị ngọt đậm", true},
	{"Trứng gà sạch", gFood, "thit-thuy-san-trung-sua-tuoi", "Chăn nuôi", u("hộp 10 quả", "hộp 30 quả"), 35, 110, "20 ngày", "lấy từ đàn gà ta thả vườn ăn ngô, thóc và rau xanh", false},
	{"Sữa bò tươi Ba Vì", gFood, "thit-thuy-san-trung-sua-tuoi", "Bò sữa", u("chai 1 lít", "hộp 180 ml"), 15, 45, "7 ngày (bảo quản 2–6 °C)", "được thu trong ngày từ các trang trại chân núi Ba Vì và thanh trùng", true},
	{"Sữa chua Ba Vì", gFood, "che-bien-tu-thit-trung-sua-thuy-san", "Bò sữa", u("hũ 100 g", "lốc 4 hũ"), 8, 40, "7 ngày (bảo quản 2–6 °C)", "được lên men tự nhiên từ sữa bò tươi, ít ngọt", true},
	{"Cơm cháy chà bông", gFood, "do-an-nhanh", "Đồ ăn vặt", u("túi 200 g", "hộp 500 g"), 40, 110, "3 tháng", "làm từ cơm gạo tám sấy giòn, phủ ruốc thịt và hành phi", false},
	{"Mì gạo ăn liền", gFood, "do-an-nhanh", "Đồ ăn nhanh", u("gói 80 g", "thùng 30 gói"), 10, 250, "6 tháng", "làm từ gạo tẻ, sợi mì sấy khô, kèm gói gia vị rau củ", false},
	// Đồ uống
	{"Rượu nếp", gDrink, "ruou-trang", "Rượu", u("chai 500 ml", "bình 2 lít"), 60, 250, "", "được chưng cất thủ công từ gạo nếp cái hoa vàng lên men bằng men lá", false},
	{"Rượu ngô men lá", gDrink, "ruou-trang", "Rượu", u("chai 500 ml"), 70, 200, "", "được nấu bằng nồi đồng từ ngô hạt lên men với men lá rừng", false},
	{"Rượu mơ", gDrink, "do-uong-co-con-khac", "Rượu", u("chai 500 ml", "bình 1 lít"), 120, 350, "", "được ngâm từ quả mơ vàng với rượu nếp và đường phèn trong nhiều tháng", false},
	{"Rượu nếp cẩm", gDrink, "do-uong-co-con-khac", "Rượu", u("chai 750 ml"), 90, 220, "", "được ủ trong chum sành từ gạo nếp cẩm lên men", false},
	{"Nước uống đóng chai", gDrink, "nuoc-khoang-nuoc-uong-dong-chai", "Nước uống", u("thùng 24 chai 500 ml", "bình 19 lít"), 60, 140, "12 tháng", "được xử lý từ nước ngầm qua lọc RO và tiệt trùng bằng tia cực tím", false},
	{"Nước khoáng thiên nhiên", gDrink, "nuoc-khoang-nuoc-uong-dong-chai", "Nước khoáng", u("thùng 24 chai 500 ml"), 90, 180, "24 tháng", "được đóng chai tại nguồn từ mạch nước khoáng tự nhiên", false},
	{"Nước cốt gừng mật ong", gDrink, "do-uong-khong-con-khac", "Đồ uống", u("chai 250 ml"), 50, 120, "12 tháng", "được pha từ nước cốt gừng già và mật ong rừng", false},
	{"Nước ép cam", gDrink, "do-uong-khong-con-khac", "Đồ uống", u("chai 330 ml", "thùng 24 chai"), 20, 40, "6 tháng", "được ép nguyên chất từ cam chín cây và thanh trùng nhanh", false},
	{"Sữa hạt sen", gDrink, "do-uong-khong-con-khac", "Đồ uống", u("chai 300 ml"), 20, 40, "10 ngày (bảo quản lạnh)", "được nấu từ hạt sen tươi với gạo lứt và đường phèn", false},
	// Dược liệu
	{"Dầu xoa bóp thảo dược", gHerb, "tinh-dau-duoc-lieu-khac", "Dược liệu", u("lọ 50 ml", "lọ 100 ml"), 60, 180, "36 tháng", "được ngâm từ quế, gừng, hương nhu và nhiều loại lá rừng theo bài thuốc gia truyền", false},
	{"Lá tắm thảo dược", gHerb, "tinh-dau-duoc-lieu-khac", "Dược liệu", u("túi 10 gói", "túi 500 g"), 40, 120, "24 tháng", "gồm hơn hai mươi loại lá rừng phơi khô theo bài thuốc của người Dao", false},
	{"Tinh dầu sả chanh", gHerb, "tinh-dau-duoc-lieu-khac", "Tinh dầu", u("chai 10 ml", "chai 50 ml"), 40, 200, "36 tháng", "được chưng cất bằng hơi nước từ lá sả chanh trồng tại địa phương", false},
	{"Tinh dầu bưởi", gHerb, "tinh-dau-duoc-lieu-khac", "Tinh dầu", u("chai 100 ml"), 60, 180, "24 tháng", "được chưng cất từ vỏ bưởi tươi, dùng để dưỡng tóc", false},
	{"Cao xương khớp thảo dược", gHerb, "tpcn-thuoc-duoc-lieu-thuoc-co-truyen", "Dược liệu", u("hộp 10 lọ", "hộp 250 g"), 250, 700, "24 tháng", "là cao đặc nấu từ cẩu tích, thiên niên kiện và các vị thuốc nam", false},
	{"Cao atiso", gHerb, "tpcn-thuoc-duoc-lieu-thuoc-co-truyen", "Dược liệu", u("lọ 200 g"), 120, 300, "24 tháng", "được cô đặc từ hoa và lá atiso thành cao mềm", false},
	{"Viên tinh nghệ mật ong", gHerb, "tpcn-thuoc-duoc-lieu-thuoc-co-truyen", "Dược liệu", u("lọ 500 g"), 150, 350, "24 tháng", "được vo từ tinh bột nghệ vàng với mật ong nguyên chất", false},
	{"Xà phòng thảo dược", gHerb, "my-pham-tu-duoc-lieu", "Mỹ phẩm thảo dược", u("bánh 100 g", "hộp 3 bánh"), 40, 150, "24 tháng", "được nấu theo phương pháp lạnh từ dầu dừa, tinh dầu và bột thảo dược", false},
	{"Dầu gội bồ kết", gHerb, "my-pham-tu-duoc-lieu", "Mỹ phẩm thảo dược", u("chai 300 ml", "chai 500 ml"), 80, 200, "18 tháng", "được nấu cô đặc từ quả bồ kết, vỏ bưởi và hương nhu", false},
	{"Son dưỡng sáp ong", gHerb, "my-pham-tu-duoc-lieu", "Mỹ phẩm thảo dược", u("thỏi 5 g"), 50, 120, "24 tháng", "làm từ sáp ong, dầu gấc và tinh dầu thiên nhiên", false},
	// Thủ công mỹ nghệ
	{"Bộ ấm chén gốm", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Gốm sứ", u("bộ 6 chén", "bộ 10 món"), 250, 1500, "", "được tạo dáng từ đất sét trắng, vẽ men lam bằng tay và nung ở nhiệt độ cao", false},
	{"Bình hút lộc gốm", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Gốm sứ", u("chiếc cao 30 cm", "chiếc cao 40 cm"), 300, 3000, "", "được làm bằng gốm men rạn, đắp nổi hoa văn và vẽ vàng kim", false},
	{"Bộ bát đĩa gốm sứ", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Gốm sứ", u("bộ 12 món", "bộ 24 món"), 400, 2500, "", "được làm bằng gốm sứ men trắng với họa tiết vẽ tay", false},
	{"Lọ hoa gốm men lam", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Gốm sứ", u("chiếc cao 25 cm"), 200, 1200, "", "mang men lam cổ vẽ tay trên nền men trắng ngà", false},
	{"Tranh khảm trai", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Khảm trai", u("bức khổ 60 cm", "bức khổ 90 cm"), 800, 9000, "", "được khảm từ vỏ trai, ốc xà cừ cắt gọt tỉ mỉ trên nền gỗ sơn mài", false},
	{"Hộp khảm trai", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Khảm trai", u("chiếc"), 300, 1500, "", "là hộp gỗ khảm xà cừ, dùng đựng trang sức hoặc làm quà tặng", false},
	{"Hộp sơn mài", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Sơn mài", u("hộp tròn 15 cm", "bộ 3 chiếc"), 200, 1500, "", "có cốt gỗ phủ sơn ta nhiều lớp, mài và đánh bóng thủ công", false},
	{"Tranh sơn mài", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Sơn mài", u("bức khổ 60 cm", "bức khổ 90 cm"), 1500, 15000, "", "được vẽ bằng sơn ta, vỏ trứng và vàng bạc thếp trên vóc gỗ", false},
	{"Nón lá", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Nón lá", u("chiếc"), 50, 250, "", "được khâu từ lá cọ non phơi sương trên khung tre mười sáu vòng", false},
	{"Hương nụ trầm", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Hương", u("hộp 100 nụ", "hộp 200 nụ"), 100, 350, "", "được nặn từ bột gỗ trầm hương thành nụ, phơi khô tự nhiên", false},
	{"Nụ trầm", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Hương", u("hộp 100 nụ"), 90, 300, "", "được nặn từ bột gỗ trầm hương, cháy chậm, mùi thơm ấm", false},
	{"Nụ trám", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Hương", u("hộp 100 nụ"), 40, 90, "", "được nặn tay từ nhựa cây trám trộn bột gỗ, mùi thơm mộc", false},
	{"Hương quế", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Hương", u("bó 100 nén"), 30, 90, "", "được se từ bột quế và bột gỗ bời lời trên tăm tre", false},
	{"Giỏ mây tre đan", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Mây tre đan", u("bộ 3 chiếc", "chiếc"), 80, 450, "", "được đan tay từ sợi mây rừng, tre và giang chẻ nhỏ", false},
	{"Đèn tre", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Mây tre đan", u("chiếc"), 150, 600, "", "có chụp đèn đan từ nan tre uốn cong", false},
	{"Quạt giấy", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Quạt giấy", u("chiếc", "hộp 10 chiếc"), 30, 250, "", "được làm từ nan tre vót mỏng và giấy dó in hoa văn", false},
	{"Tượng gỗ", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Đồ gỗ", u("pho cao 60 cm"), 1500, 25000, "", "được chạm tay từ gỗ mít, sơn son thếp vàng", false},
	{"Tủ chè gỗ", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Đồ gỗ mỹ nghệ", u("chiếc"), 15000, 90000, "", "được đóng từ gỗ gụ, gỗ hương, chạm khắc tích tứ quý", false},
	{"Lược sừng", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Sừng mỹ nghệ", u("chiếc", "hộp 2 chiếc"), 50, 250, "", "được xẻ từ sừng trâu, mài và đánh bóng bằng tay", false},
	{"Tò he", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Tò he", u("bộ 10 con"), 50, 150, "", "được nặn từ bột gạo nếp nhuộm màu tự nhiên từ gấc, nghệ và lá riềng", false},
	{"Tranh thêu tay", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Thêu ren", u("bức khổ 50 cm"), 500, 6000, "", "được thêu tay bằng chỉ tơ tằm trên nền lụa", false},
	{"Đèn lồng lụa", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Lụa", u("chiếc"), 150, 600, "", "có khung tre bọc lụa tơ tằm, vẽ hoa văn thủ công", false},
	{"Tranh dát vàng", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Vàng quỳ", u("bức"), 1000, 12000, "", "được thếp vàng quỳ dát mỏng trên nền sơn mài", false},
	{"Đàn bầu", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Nhạc cụ dân tộc", u("chiếc"), 1500, 8000, "", "được làm từ gỗ ngô đồng, dây đồng và cần đàn bằng sừng", false},
	{"Dao rèn", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Rèn", u("bộ 3 chiếc"), 150, 600, "", "được rèn từ thép nhíp tôi nước, cán gỗ nghiến", false},
	{"Trang sức bạc", gCraft, "thu-cong-my-nghe-gia-dung-trang-tri", "Chạm bạc", u("chiếc"), 300, 3000, "", "được chạm tay từ bạc với hoa văn cổ", false},
	{"Khăn lụa tơ tằm", gCraft, "vai-may-mac", "Lụa", u("chiếc khổ 50 cm", "chiếc khổ 90 cm"), 200, 900, "", "được dệt từ tơ tằm trên khung cửi và nhuộm màu tự nhiên", false},
	{"Lụa tơ tằm dệt hoa", gCraft, "vai-may-mac", "Lụa", u("mét khổ 90 cm"), 250, 700, "", "được dệt từ tơ tằm với vân hoa chìm", false},
	{"Chăn bông tơ tằm", gCraft, "vai-may-mac", "Tơ tằm", u("chiếc 2 m"), 1500, 4500, "", "có ruột bông tơ tằm kéo tay, vỏ bọc vải lụa", false},
	{"Áo dài lụa", gCraft, "vai-may-mac", "May mặc", u("chiếc"), 1200, 4000, "", "được may đo thủ công từ lụa tơ tằm", false},
	{"Khăn thổ cẩm", gCraft, "vai-may-mac", "Thổ cẩm", u("chiếc"), 150, 500, "", "được dệt từ sợi bông nhuộm chàm với hoa văn thổ cẩm", false},
	// Sinh vật cảnh
	{"Đào cảnh Nhật Tân", gPlant, "cay-canh", "Đào cảnh", u("cây", "gốc thế"), 800, 8000, "", "là gốc đào phai nhiều năm tuổi, được tạo thế và hãm nụ nở đúng Tết", true},
	{"Quất cảnh", gPlant, "cay-canh", "Sinh vật cảnh", u("chậu"), 500, 4000, "", "là quất tứ thời trồng chậu, uốn tán tròn, sai quả", false},
	{"Hoa giấy cảnh", gPlant, "cay-canh", "Sinh vật cảnh", u("chậu"), 300, 3000, "", "là hoa giấy ghép nhiều màu, tạo dáng bonsai", false},
	{"Cây cảnh bonsai", gPlant, "cay-canh", "Cây cảnh", u("chậu"), 800, 15000, "", "là cây sanh, si, tùng được tạo dáng thế qua nhiều năm", false},
	{"Hoa hồng", gPlant, "hoa", "Hoa", u("bó 20 bông", "bó 50 bông"), 100, 400, "5 ngày", "là hồng cổ và hồng ngoại trồng theo quy trình VietGAP", false},
	{"Hoa ly", gPlant, "hoa", "Hoa", u("bó 10 cành"), 200, 600, "7 ngày", "là hoa ly giống Hà Lan trồng trong nhà lưới", false},
	{"Hoa cúc", gPlant, "hoa", "Hoa", u("bó 20 cành"), 60, 200, "7 ngày", "gồm cúc họa mi và cúc đại đóa trồng ngoài đồng", false},
	{"Cá Koi", gPlant, "dong-vat-canh", "Cá cảnh", u("con dài 30 cm"), 500, 5000, "", "là cá Koi thuần chủng nuôi trong ao lọc tuần hoàn", false},
	{"Cá vàng", gPlant, "dong-vat-canh", "Cá cảnh", u("cặp"), 50, 300, "", "là cá vàng ba đuôi màu đỏ cam, lai tạo trong nước", false},
	// Du lịch
	{"Khu du lịch sinh thái", gTravel, "dich-vu-du-lich-cong-dong-sinh-thai-diem-du-lich", "Du lịch sinh thái", u("vé người lớn", "gói trải nghiệm 1 ngày"), 50, 450, "", "có vườn cây, ao cá và nhà vườn, với nhiều hoạt động trải nghiệm nông nghiệp", false},
	{"Du lịch cộng đồng làng quê", gTravel, "dich-vu-du-lich-cong-dong-sinh-thai-diem-du-lich", "Du lịch cộng đồng", u("gói trải nghiệm 1 ngày"), 150, 500, "", "đưa khách làm nông dân một ngày, nấu ăn và đạp xe quanh làng", false},
	{"Trải nghiệm làng nghề", gTravel, "dich-vu-du-lich-cong-dong-sinh-thai-diem-du-lich", "Du lịch làng nghề", u("gói nửa ngày"), 100, 350, "", "đưa khách tham quan xưởng nghề và tự tay làm sản phẩm cùng nghệ nhân", false},
}

// hanoiTourism are real craft villages and tourism sites (domain.md §6),
// used first.
var hanoiTourism = []struct {
	title, district, kind, commune, village string
	lat, lon                                float64
}{
	{"Làng gốm Bát Tràng", "gia-lam", "craft-village", "Bát Tràng", "Bát Tràng", 20.9757, 105.9130},
	{"Làng lụa Vạn Phúc", "ha-dong", "craft-village", "Vạn Phúc", "Vạn Phúc", 20.9795, 105.7745},
	{"Làng bánh chưng Tranh Khúc", "thanh-tri", "craft-village", "Duyên Hà", "Tranh Khúc", 20.9345, 105.8830},
	{"Làng hương Quảng Phú Cầu", "ung-hoa", "craft-village", "Quảng Phú Cầu", "Quảng Phú Cầu", 20.7745, 105.7705},
	{"Làng khảm trai Chuyên Mỹ", "phu-xuyen", "craft-village", "Chuyên Mỹ", "Chuyên Mỹ", 20.7275, 105.8685},
	{"Làng sơn mài Hạ Thái", "thuong-tin", "craft-village", "Duyên Thái", "Hạ Thái", 20.8985, 105.8660},
	{"Làng mây tre đan Phú Vinh", "chuong-my", "craft-village", "Phú Nghĩa", "Phú Vinh", 20.9345, 105.6620},
	{"Làng cổ Đường Lâm", "son-tay", "community-tourism", "Đường Lâm", "Đường Lâm", 21.1585, 105.4765},
	{"Du lịch làng quê Hồng Vân", "thuong-tin", "rural-tourism", "Hồng Vân", "Hồng Vân", 20.8330, 105.9140},
	{"Khu du lịch sinh thái Phù Đổng", "gia-lam", "eco-tourism", "Phù Đổng", "", 21.0655, 105.9585},
	{"Làng thêu Quất Động", "thuong-tin", "craft-village", "Quất Động", "Quất Động", 20.8700, 105.8670},
	{"Làng nón Chuông", "thanh-oai", "craft-village", "Phương Trung", "Chuông", 20.8550, 105.7560},
	{"Làng giò chả Ước Lễ", "thanh-oai", "craft-village", "Tân Ước", "Ước Lễ", 20.8400, 105.7820},
	{"Làng quạt Chàng Sơn", "thach-that", "craft-village", "Chàng Sơn", "Chàng Sơn", 21.0330, 105.5960},
	{"Làng tượng gỗ Sơn Đồng", "hoai-duc", "craft-village", "Sơn Đồng", "Sơn Đồng", 21.0470, 105.7080},
	{"Làng đồ gỗ Vân Hà", "dong-anh", "craft-village", "Vân Hà", "Vân Hà", 21.1470, 105.9050},
	{"Làng lược sừng Thụy Ứng", "thuong-tin", "craft-village", "Hòa Bình", "Thụy Ứng", 20.8560, 105.8440},
	{"Làng tò he Xuân La", "phu-xuyen", "craft-village", "Phượng Dực", "Xuân La", 20.7760, 105.8520},
	{"Làng hoa Tây Tựu", "bac-tu-liem", "rural-tourism", "Tây Tựu", "Tây Tựu", 21.0760, 105.7360},
	{"Làng đào Nhật Tân", "tay-ho", "rural-tourism", "Nhật Tân", "Nhật Tân", 21.0820, 105.8260},
	{"Làng cốm Vòng", "cau-giay", "craft-village", "Dịch Vọng Hậu", "Vòng", 21.0330, 105.7870},
	{"Làng miến dong Minh Hồng", "ba-vi", "craft-village", "Minh Quang", "Minh Hồng", 21.0950, 105.3780},
	{"Làng nhạc cụ Đào Xá", "ung-hoa", "craft-village", "Đông Lỗ", "Đào Xá", 20.7370, 105.8010},
	{"Làng dâu tằm tơ Phùng Xá", "my-duc", "craft-village", "Phùng Xá", "Phùng Xá", 20.7620, 105.7390},
	{"Làng gốm Kim Lan", "gia-lam", "craft-village", "Kim Lan", "Kim Lan", 20.9600, 105.9050},
	{"Làng chè lam Thạch Xá", "thach-that", "craft-village", "Thạch Xá", "Thạch Xá", 21.0120, 105.5760},
	{"Làng lụa La Khê", "ha-dong", "craft-village", "La Khê", "La Khê", 20.9760, 105.7660},
	{"Điểm du lịch sinh thái Tản Lĩnh", "ba-vi", "eco-tourism", "Tản Lĩnh", "", 21.0830, 105.3800},
	{"Làng mây tre đan Bình Phú", "thach-that", "craft-village", "Bình Phú", "Bình Phú", 21.0270, 105.6090},
	{"Làng rèn Đa Sỹ", "ha-dong", "craft-village", "Kiến Hưng", "Đa Sỹ", 20.9530, 105.7870},
}

// Place-name syllables for the district-level units of other provinces that
// large catalogues add, and for their communes.
var (
	placeFirst = []string{"An", "Bình", "Cẩm", "Đại", "Đông", "Gia", "Hải", "Hòa", "Hoằng", "Hưng", "Kim", "Lạc",
		"Long", "Minh", "Mỹ", "Nam", "Nghĩa", "Ngọc", "Nhơn", "Ninh", "Phú", "Phù", "Phúc", "Quảng", "Quế", "Tam",
		"Tân", "Thạch", "Thanh", "Thái", "Thiệu", "Thọ", "Thuận", "Tiên", "Triệu", "Tuy", "Văn", "Vĩnh", "Xuân",
		"Yên", "Hương", "Cao", "Bảo", "Đức", "Lâm", "Hàm", "Diễn", "Kỳ", "Hiệp", "Châu"}
	placeSecond = []string{"An", "Bình", "Châu", "Điền", "Định", "Đức", "Giang", "Hà", "Hải", "Hòa", "Hưng", "Khê",
		"Lạc", "Lâm", "Lộc", "Long", "Minh", "Mỹ", "Nghĩa", "Ninh", "Phong", "Phú", "Phước", "Quang", "Sơn", "Tân",
		"Thành", "Thủy", "Tiến", "Trà", "Trạch", "Trung", "Tường", "Văn", "Xuyên", "Yên", "Lập", "Thịnh", "Xương",
		"Hóa", "Thuận", "Đông", "Lương", "Cát", "Vinh"}
)

// province is a province other than Hanoi, with an approximate centre, for
// the extra district-level units.
type province struct {
	name     string
	lat, lon float64
}

var provinces = []province{
	{"Bắc Ninh", 21.12, 106.08}, {"Hưng Yên", 20.85, 106.02}, {"Hải Dương", 20.94, 106.33}, {"Thái Bình", 20.45, 106.34},
	{"Nam Định", 20.42, 106.17}, {"Ninh Bình", 20.25, 105.97}, {"Hà Nam", 20.54, 105.92}, {"Vĩnh Phúc", 21.31, 105.60},
	{"Phú Thọ", 21.32, 105.20}, {"Thái Nguyên", 21.59, 105.85}, {"Bắc Giang", 21.27, 106.19}, {"Quảng Ninh", 21.01, 107.29},
	{"Hòa Bình", 20.82, 105.34}, {"Thanh Hóa", 19.81, 105.78}, {"Nghệ An", 18.67, 105.68}, {"Hà Tĩnh", 18.34, 105.91},
	{"Quảng Bình", 17.47, 106.62}, {"Quảng Trị", 16.75, 107.19}, {"Thừa Thiên Huế", 16.46, 107.59}, {"Quảng Nam", 15.57, 108.47},
	{"Quảng Ngãi", 15.12, 108.80}, {"Bình Định", 13.78, 109.22}, {"Phú Yên", 13.09, 109.30}, {"Khánh Hòa", 12.24, 109.19},
	{"Lâm Đồng", 11.94, 108.44}, {"Đắk Lắk", 12.67, 108.04}, {"Gia Lai", 13.98, 108.00}, {"Kon Tum", 14.35, 108.00},
	{"Đồng Nai", 10.95, 106.82}, {"Bình Dương", 11.00, 106.65}, {"Tây Ninh", 11.31, 106.10}, {"Long An", 10.54, 106.41},
	{"Tiền Giang", 10.36, 106.36}, {"Bến Tre", 10.24, 106.38}, {"Vĩnh Long", 10.25, 105.97}, {"Trà Vinh", 9.93, 106.34},
	{"Đồng Tháp", 10.46, 105.63}, {"An Giang", 10.39, 105.44}, {"Kiên Giang", 10.01, 105.08}, {"Cần Thơ", 10.03, 105.78},
	{"Sóc Trăng", 9.60, 105.97}, {"Bạc Liêu", 9.29, 105.72}, {"Cà Mau", 9.18, 105.15}, {"Lào Cai", 22.48, 103.97},
	{"Yên Bái", 21.72, 104.91}, {"Sơn La", 21.33, 103.91}, {"Điện Biên", 21.39, 103.02}, {"Hà Giang", 22.82, 104.98},
	{"Tuyên Quang", 21.82, 105.21}, {"Cao Bằng", 22.67, 106.26}, {"Lạng Sơn", 21.85, 106.76}, {"Bắc Kạn", 22.15, 105.83},
}

var brands = []string{"Hương Quê", "Làng Xưa", "Tâm An", "Phúc Lộc", "Minh Châu", "Sen Vàng", "Hoa Sữa", "Đất Việt",
	"Quê Tôi", "An Nhiên", "Thiên Phúc", "Mộc Lan", "Kim Ngân", "Hồng Phát", "Bảo Ngọc", "Tràng An", "Thăng Long",
	"Ngọc Lan", "Đồng Quê", "Việt Xanh", "Hạ Long", "Bình Minh", "Nắng Mới", "Trúc Xanh", "Phương Nam", "Hà Thành",
	"Hoàng Gia", "Đông Đô", "Tân Việt", "Lộc Vừng", "Mai Vàng", "Sao Mai", "Thảo Nguyên", "Ngọc Trai", "Sông Hồng",
	"Kinh Bắc", "Xứ Đoài", "Phố Hiến", "Tây Sơn", "Thủy Tiên", "Gốm Việt", "Hương Sen", "Lúa Vàng", "Mộc Châu",
	"Suối Ngọc", "Hoa Ban", "Việt Phát", "Thành Đạt", "An Phú", "Gia Bảo"}

var surnames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
	"Dương", "Lý", "Đinh", "Đào", "Trịnh", "Phan", "Lương", "Tạ", "Nguyễn", "Trần", "Nguyễn"}

var (
	maleMiddle  = []string{"Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân", "Công", "Tiến"}
	maleGiven   = []string{"Hùng", "Dũng", "Tuấn", "Hải", "Long", "Bình", "Sơn", "Cường", "Tâm", "Quý", "Thắng", "Hòa", "Khánh", "Nam", "Phong", "Thành", "Trung", "Việt"}
	femaleMid   = []string{"Thị", "Thị Thu", "Ngọc", "Thanh", "Kim", "Thị Minh", "Thu"}
	femaleGiven = []string{"Hoa", "Lan", "Hương", "Thảo", "Mai", "Hằng", "Phương", "Nga", "Thủy", "Huệ", "Trang", "Yến", "Loan", "Hạnh", "Nhung", "Dung", "Liên", "Xuân"}
)

var streets = []string{"Nguyễn Trãi", "Lê Lợi", "Trần Phú", "Quang Trung", "Hùng Vương", "Lý Thường Kiệt",
	"Trần Hưng Đạo", "Hai Bà Trưng", "Lê Duẩn", "Nguyễn Huệ", "Phan Bội Châu", "Lê Thánh Tông", "Võ Thị Sáu",
	"Ngô Quyền", "Điện Biên Phủ", "Tô Hiệu"}

var hours = []string{"7:30–17:30 hằng ngày", "8:00–18:00 hằng ngày", "7:00–17:00, thứ Hai – thứ Bảy",
	"8:00–21:00 hằng ngày", "7:30–19:00, thứ Hai – Chủ nhật", "8:00–17:00, nghỉ Chủ nhật"}

// qualifiers vary names within a kind.
var (
	foodQual    = []string{"loại đặc biệt", "loại 1", "hộp quà Tết", "truyền thống", "hữu cơ", "thượng hạng", "gia truyền", "cao cấp", "đặc sản"}
	ceramicQual = []string{"men rạn", "vẽ tay", "hoa sen", "chim én", "mẫu đơn", "rồng phượng", "men lam", "sen vàng"}
	craftQual   = []string{"thủ công", "hoa văn cổ", "cao cấp", "quà tặng", "loại đặc biệt", "truyền thống"}
	plantQual   = []string{"thế trực", "thế bonsai", "dáng cổ", "loại 1", "chơi Tết"}
	otherQual   = []string{"loại đặc biệt", "cao cấp", "truyền thống", "gia truyền", "loại 1"}
)

// Sentences appended to summaries, per group; %s is a place.
var qualityLines = map[string][]string{} // filled in init, read by group key only

func init() {
	qualityLines[gFood] = []string{
		"Sản phẩm không dùng chất bảo quản, có tem truy xuất nguồn gốc trên từng gói.",
		"Hương vị đậm đà, thích hợp làm quà biếu dịp lễ Tết.",
		"Là đặc sản lâu đời của %s, được nhiều khách thập phương tìm mua.",
		"Quy trình sản xuất khép kín, đạt yêu cầu an toàn thực phẩm.",
		"Đóng gói tiện lợi, ghi đủ hạn sử dụng và hướng dẫn bảo quản.",
		"Nguyên liệu được thu mua từ các hộ trong vùng %s.",
	}
	qualityLines[gDrink] = []string{
		"Sản phẩm có tem truy xuất nguồn gốc, đóng chai tại cơ sở ở %s.",
		"Hương vị đặc trưng của %s, thích hợp làm quà biếu.",
		"Quy trình sản xuất khép kín, kiểm tra chất lượng từng lô.",
	}
	qualityLines[gHerb] = []string{
		"Nguyên liệu trồng và thu hái tại %s, sơ chế theo bài thuốc gia truyền.",
		"Sản phẩm đã công bố chất lượng, dùng theo hướng dẫn in trên nhãn.",
		"Không chứa chất bảo quản tổng hợp, phù hợp dùng hằng ngày.",
	}
	qualityLines[gCraft] = []string{
		"Mỗi sản phẩm được làm thủ công, hoa văn tinh xảo, thích hợp trưng bày và làm quà tặng.",
		"Sản phẩm mang dấu ấn làng nghề %s, được khách nước ngoài ưa chuộng.",
		"Là hàng thủ công mĩ nghệ tiêu biểu của %s.",
		"Là hàng thủ công mỹ nghệ tiêu biểu của %s, bền đẹp theo thời gian.",
	}
	qualityLines[gPlant] = []string{
		"Cây được chăm sóc nhiều năm, giao kèm hướng dẫn chăm sóc.",
		"Là sản phẩm nổi tiếng của %s, được ưa chuộng dịp Tết.",
		"Sản phẩm được chọn lọc kỹ, vận chuyển cẩn thận đến tận nơi.",
	}
	qualityLines[gTravel] = []string{
		"Phù hợp cho gia đình, nhóm bạn và học sinh; nên đặt lịch trước.",
		"Cách trung tâm %s không xa, có chỗ đỗ xe và nhà vệ sinh đạt chuẩn.",
		"Khách được hướng dẫn viên là người địa phương đưa đi tham quan.",
	}
}
