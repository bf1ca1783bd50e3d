package catalog

// Tier is a star tier, each with its own listing page.
type Tier int

const (
	Tier3 Tier = iota
	Tier4
	TierPotential5 // stars = 4 with potential_five_star: awaiting national review
	Tier5
)

// Tiers lists the tiers from the lowest up.
var Tiers = []Tier{Tier3, Tier4, TierPotential5, Tier5}

// Slug is the tier's URL segment under /hang-sao/.
func (t Tier) Slug() string {
	return [...]string{"3-sao", "4-sao", "tiem-nang-5-sao", "5-sao"}[t]
}

// Name is the tier's Vietnamese name.
func (t Tier) Name() string {
	return [...]string{"3 sao", "4 sao", "Tiềm năng 5 sao", "5 sao"}[t]
}

// NameEn is the tier's English name.
func (t Tier) NameEn() string {
	return [...]string{"3 stars", "4 stars", "Potential 5 stars", "5 stars"}[t]
}

// Stars is the number of stars certified for the tier.
func (t Tier) Stars() int {
	return [...]int{3, 4, 4, 5}[t]
}

// DefaultGroups returns the six OCOP product groups of Decision 148/QĐ-TTg
// (2023) with their sub-groups.
func DefaultGroups() []*Group {
	return []*Group{
		{Slug: "thuc-pham", Name: "Thực phẩm", NameEn: "Food", Subgroups: []Subgroup{
			{"rau-cu-qua-hat-tuoi", "Rau, củ, quả, hạt tươi"},
			{"thit-thuy-san-trung-sua-tuoi", "Thịt, thủy sản, trứng, sữa tươi"},
			{"gao-ngu-coc-hat-so-che", "Gạo, ngũ cốc, hạt sơ chế khác"},
			{"mat-ong-mat-khac-nong-san-khac", "Mật ong, mật khác và nông sản thực phẩm khác"},
			{"do-an-nhanh", "Đồ ăn nhanh"},
			{"che-bien-tu-gao-ngu-coc", "Chế biến từ gạo, ngũ cốc"},
			{"che-bien-tu-rau-cu-qua-hat", "Chế biến từ rau, củ, quả, hạt"},
			{"che-bien-tu-thit-trung-sua-thuy-san", "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong, mật khác và nông sản khác"},
			{"tuong-nuoc-mam-gia-vi-long", "Tương, nước mắm, gia vị dạng lỏng khác"},
			{"gia-vi-khac", "Gia vị khác"},
			{"che-tuoi-che-bien", "Chè tươi, chế biến"},
			{"san-pham-che-tu-thuc-vat-khac", "Sản phẩm chè (trà) từ thực vật khác"},
			{"ca-phe-ca-cao", "Cà phê, ca cao"},
		}},
		{Slug: "do-uong", Name: "Đồ uống", NameEn: "Beverages", Subgroups: []Subgroup{
			{"ruou-trang", "Rượu trắng"},
			{"do-uong-co-con-khac", "Đồ uống có cồn khác"},
			{"nuoc-khoang-nuoc-uong-dong-chai", "Nước khoáng thiên nhiên, nước uống đóng chai"},
			{"do-uong-khong-con-khac", "Đồ uống không cồn khác"},
		}},
		{Slug: "duoc-lieu", Name: "Dược liệu và sản phẩm từ dược liệu", NameEn: "Medicinal herbs and herbal products", Subgroups: []Subgroup{
			{"tpcn-thuoc-duoc-lieu-thuoc-co-truyen", "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền"},
			{"my-pham-tu-duoc-lieu", "Mỹ phẩm có thành phần từ dược liệu"},
			{"tinh-dau-duoc-lieu-khac", "Tinh dầu và dược liệu khác"},
		}},
		{Slug: "thu-cong-my-nghe", Name: "Hàng thủ công mỹ nghệ", NameEn: "Handicrafts", Subgroups: []Subgroup{
			{"thu-cong-my-nghe-gia-dung-trang-tri", "Thủ công mỹ nghệ gia dụng, trang trí"},
			{"vai-may-mac", "Vải, may mặc"},
		}},
		{Slug: "sinh-vat-canh", Name: "Sinh vật cảnh", NameEn: "Ornamental plants and animals", Subgroups: []Subgroup{
			{"hoa", "Hoa"},
			{"cay-canh", "Cây cảnh"},
			{"dong-vat-canh", "Động vật cảnh"},
		}},
		{Slug: "du-lich", Name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", NameEn: "Community and eco tourism, tourist sites", Subgroups: []Subgroup{
			{"dich-vu-du-lich-cong-dong-sinh-thai-diem-du-lich", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"},
		}},
	}
}
