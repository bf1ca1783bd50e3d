package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names and free text. Free text (summaries, descriptions, bodies,
// addresses) uses both accepted spellings of some words — "Hòa"/"Hoà",
// "Mỹ"/"Mĩ", "Thủy"/"Thuỷ" — as real editors do; names of records keep the
// official spelling except for a few product names and district references.

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// spell returns s, sometimes in the other accepted spelling.
func (g *gen) spell(s string) string {
	if strings.Contains(s, "Hòa") && g.chance(0.35) {
		s = strings.ReplaceAll(s, "Hòa", "Hoà")
	}
	if strings.Contains(s, "Mỹ") && g.chance(0.3) {
		s = strings.ReplaceAll(s, "Mỹ", "Mĩ")
	}
	if strings.Contains(s, "Thủy") && g.chance(0.3) {
		s = strings.ReplaceAll(s, "Thủy", "Thuỷ")
	}
	return s
}

// districtText is "huyện Gia Lâm", in free text.
func (g *gen) districtText(d *district) string { return d.kind + " " + g.spell(d.name) }

// communeText is "xã Duyên Hà", or "phường Quảng An" in a quận.
func (g *gen) communeText(d *district, c string) string {
	if d.kind == "quận" {
		return "phường " + g.spell(c)
	}
	return "xã " + g.spell(c)
}

// placeText names where a product comes from, in free text.
func (g *gen) placeText(p *product) string {
	switch x := g.r.Float64(); {
	case p.village != "" && x < 0.5:
		return "làng " + g.spell(p.village) + ", " + g.districtText(p.d)
	case x < 0.75:
		return g.communeText(p.d, p.commune) + ", " + g.districtText(p.d)
	}
	return g.districtText(p.d)
}

func (g *gen) person() string {
	if g.chance(0.5) {
		return g.pick(surnames) + " " + g.pick(maleMiddle) + " " + g.pick(maleGiven)
	}
	return g.pick(surnames) + " " + g.pick(femaleMid) + " " + g.pick(femaleGiven)
}

func (g *gen) newProducer(d *district, commune string, sp *special, k *kind) *producer {
	place := commune
	if sp != nil && sp.village != "" && g.chance(0.6) {
		place = sp.village
	}
	trade := k.trade
	var p *producer
	x := g.r.Float64() // the kind stays; only the name is drawn again on a clash
	for try := 0; ; try++ {
		p = &producer{brand: g.pick(brands)}
		switch {
		case x < 0.32:
			p.kind = "hop-tac-xa"
			switch y := g.r.Float64(); {
			case y < 0.4:
				p.name = "HTX " + trade + " " + place
			case y < 0.6:
				p.name = "HTX Dịch vụ nông nghiệp " + place
			case y < 0.8:
				p.name = "Hợp tác xã Sản xuất và kinh doanh " + lowerFirst(trade) + " " + place
			default:
				p.name = "HTX " + trade + " " + p.brand
			}
			if g.chance(0.5) {
				p.brand = place
			}
		case x < 0.46:
			p.kind = "doanh-nghiep"
			switch y := g.r.Float64(); {
			case y < 0.4:
				p.name = "Công ty TNHH " + p.brand
			case y < 0.7:
				p.name = "Công ty TNHH " + trade + " " + p.brand
			default:
				p.name = "Công ty TNHH Sản xuất và Thương mại " + p.brand
			}
		case x < 0.54:
			p.kind = "doanh-nghiep"
			switch y := g.r.Float64(); {
			case y < 0.5:
				p.name = "Công ty CP " + trade + " " + p.brand
			case y < 0.75:
				p.name = "Công ty cổ phần " + p.brand + " Việt Nam"
			default:
				p.name = "Công ty CP Đầu tư " + p.brand
			}
		case x < 0.94:
			p.kind = "ho-kinh-doanh"
			who := g.person()
			if g.chance(0.7) {
				p.name = "Hộ kinh doanh " + who
			} else {
				p.name = "Cơ sở " + lowerFirst(trade) + " " + who
			}
			if g.chance(0.5) {
				given := who[strings.LastIndexByte(who, ' ')+1:]
				if strings.Contains(who, " Thị") || g.chance(0.3) {
					p.brand = "Bà " + given
				} else {
					p.brand = "Ông " + given
				}
			}
		default:
			p.kind = "to-hop-tac"
			if g.chance(0.5) {
				p.name = "Tổ hợp tác " + lowerFirst(trade) + " " + place
			} else {
				p.name = "Tổ hợp tác sản xuất " + lowerFirst(trade) + " " + d.name
			}
		}
		if !g.producerNames[p.name] || try >= 4 {
			break
		}
	}
	if g.producerNames[p.name] {
		p.name += " " + d.name
	}
	g.producerNames[p.name] = true
	return p
}

func (g *gen) qualifier(k *kind) string {
	switch k.group {
	case gFood:
		return g.pick(foodQual)
	case gCraft:
		if k.trade == "Gốm sứ" {
			return g.pick(ceramicQual)
		}
		return g.pick(craftQual)
	case gPlant:
		return g.pick(plantQual)
	case gTravel:
		return ""
	}
	return g.pick(otherQual)
}

// productName combines the kind with a place, a brand or a qualifier:
// "Bánh chưng Tranh Khúc", "Trà sen Quảng An Tây Hồ loại đặc biệt".
func (g *gen) productName(p *product, sp *special) string {
	k := p.k
	if k.fixed {
		switch x := g.r.Float64(); {
		case x < 0.3:
			return k.name
		case x < 0.7:
			return k.name + " " + p.prod.brand
		}
		if q := g.qualifier(k); q != "" {
			return k.name + " " + q
		}
		return k.name
	}
	dname := p.d.name
	if dname == "Ứng Hòa" && g.chance(0.3) {
		dname = "Ứng Hoà"
	}
	place := ""
	switch x := g.r.Float64(); {
	case sp != nil && sp.village != "" && x < 0.75:
		place = sp.village
	case x < 0.55:
		place = p.commune
	case x < 0.9:
		place = dname
	}
	if k.group == gTravel && place == "" {
		place = p.commune
	}
	parts := []string{k.name}
	q := g.qualifier(k)
	switch x := g.r.Float64(); {
	case place == "":
		parts = append(parts, p.prod.brand)
		if q != "" && g.chance(0.4) {
			parts = append(parts, q)
		}
	case x < 0.40:
		parts = append(parts, place)
	case x < 0.60:
		parts = append(parts, place, p.prod.brand)
	case x < 0.72:
		parts = append(parts, p.prod.brand)
	case x < 0.87 && q != "":
		parts = append(parts, place, q)
	case x < 0.95 && place != dname:
		parts = append(parts, place, dname)
		if q != "" {
			parts = append(parts, q)
		}
	default:
		parts = append(parts, p.prod.brand)
		if q != "" {
			parts = append(parts, q)
		}
	}
	// HTX brands are often their place: never say it twice.
	name := parts[0]
	for _, part := range parts[1:] {
		if !strings.Contains(name, part) {
			name += " " + part
		}
	}
	return name
}

func (g *gen) qualityLine(p *product) string {
	lines := qualityLines[p.k.group]
	l := lines[g.r.IntN(len(lines))]
	if strings.Contains(l, "%s") {
		l = fmt.Sprintf(l, g.placeText(p))
	}
	return l
}

// productSummary is one or two sentences, about 25 words.
func (g *gen) productSummary(p *product) string {
	first := p.k.name + " " + p.k.made + "."
	if g.chance(0.3) {
		first = upperFirst(p.k.name) + " của " + g.placeText(p) + " " + p.k.made + "."
	}
	if (p.k.sub == "ruou-trang" || p.k.sub == "do-uong-co-con-khac") && g.chance(0.5) {
		return first + " Không dùng cho người dưới 18 tuổi."
	}
	return first + " " + g.qualityLine(p)
}

var (
	processParas = map[string][]string{}
	useHeadings  = []string{"Gợi ý sử dụng", "Bảo quản", "Quy cách đóng gói", "Thông tin thêm"}
)

func init() {
	processParas[gFood] = []string{
		"Nguyên liệu được chọn lọc kỹ và sơ chế trong ngày. Các công đoạn chính vẫn làm thủ công theo kinh nghiệm truyền lại qua nhiều thế hệ; riêng khâu đóng gói đã được đầu tư máy móc để bảo đảm vệ sinh.",
		"Cơ sở sản xuất có khu chế biến riêng, nước sạch và kho bảo quản. Mỗi lô hàng đều được ghi ngày sản xuất, hạn sử dụng và mã truy xuất nguồn gốc.",
		"Mùa cao điểm là những tháng cuối năm, khi đơn hàng quà Tết tăng gấp nhiều lần. Chủ thể liên kết với các hộ trong vùng để bảo đảm nguồn nguyên liệu ổn định.",
	}
	processParas[gDrink] = []string{
		"Sản phẩm được sản xuất trên dây chuyền khép kín, kiểm nghiệm định kỳ tại phòng thí nghiệm độc lập. Bao bì ghi đủ thành phần, thể tích thực và hạn sử dụng.",
		"Nguyên liệu chính được thu mua từ các hộ liên kết trong vùng, sơ chế ngay trong ngày để giữ hương vị.",
	}
	processParas[gHerb] = []string{
		"Dược liệu được trồng và thu hái theo mùa, phơi sấy và bảo quản trong kho khô ráo. Bài thuốc được truyền lại qua nhiều đời trong gia đình.",
		"Sản phẩm đã được tự công bố chất lượng; trên nhãn có hướng dẫn sử dụng và lưu ý cho người có cơ địa nhạy cảm.",
	}
	processParas[gCraft] = []string{
		"Mỗi sản phẩm đi qua hàng chục công đoạn, phần lớn làm bằng tay. Nghệ nhân trong làng vẫn truyền nghề cho lớp thợ trẻ, giữ những mẫu hoa văn cổ bên cạnh các mẫu mới.",
		"Sản phẩm được bán tại làng, tại các hội chợ và qua mạng; một phần được xuất khẩu sang Nhật Bản và châu Âu.",
		"Chủ thể đầu tư xưởng sản xuất rộng rãi, tạo việc làm thường xuyên cho hàng chục lao động địa phương, phần đông là phụ nữ.",
	}
	processParas[gPlant] = []string{
		"Cây được chăm sóc quanh năm, bón phân hữu cơ và cắt tỉa theo mùa. Người mua được hướng dẫn cách chăm sóc để cây bền, hoa đẹp.",
		"Nhà vườn nhận vận chuyển và đổi cây trong những ngày đầu nếu cây không hợp đất.",
	}
	processParas[gTravel] = []string{
		"Khách được đón tiếp bởi người dân địa phương, cùng tham gia các hoạt động sản xuất, nấu ăn và tìm hiểu phong tục của làng.",
		"Điểm du lịch có bãi đỗ xe, khu vệ sinh và nhà ăn phục vụ đoàn đông; nên đặt lịch trước vào dịp cuối tuần.",
	}
}

var useLines = []string{
	"Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp",
	"Dùng làm quà biếu dịp lễ, Tết",
	"Đóng hộp giấy có in thông tin sản phẩm và tem truy xuất",
	"Nhận đặt hàng số lượng lớn cho cơ quan, doanh nghiệp",
	"Giao hàng trong nội thành trong ngày",
	"Có hộp quà và túi xách kèm theo",
}

// productDescription is a short markdown text: a paragraph or two,
// sometimes a sub-heading with a list, sometimes a link to the district.
func (g *gen) productDescription(p *product) string {
	var b strings.Builder
	paras := processParas[p.k.group]
	i := g.r.IntN(len(paras))
	b.WriteString(upperFirst(p.k.name) + " của " + p.prod.name + " " + p.k.made + ". " + paras[i] + "\n")
	if g.chance(0.4) {
		b.WriteString("\n" + paras[(i+1)%len(paras)] + "\n")
	}
	if g.chance(0.5) {
		b.WriteString("\n## " + g.pick(useHeadings) + "\n\n")
		j := g.r.IntN(len(useLines))
		for n := range 2 + g.r.IntN(2) {
			b.WriteString("- " + useLines[(j+n)%len(useLines)] + ";\n")
		}
	}
	if g.chance(0.3) {
		fmt.Fprintf(&b, "\nXem các sản phẩm OCOP khác của [%s](/quan-huyen/%s/).\n", g.districtText(p.d), p.d.slug)
	}
	return b.String()
}

// address is a postal address in the district.
func (g *gen) address(d *district, commune string) string {
	prov := "Hà Nội"
	if d.province != "" {
		prov = "tỉnh " + d.province
	}
	var street string
	switch x := g.r.Float64(); {
	case x < 0.4:
		street = fmt.Sprintf("số %d đường %s", g.between(1, 250), g.pick(streets))
	case x < 0.7:
		street = fmt.Sprintf("thôn %d", g.between(1, 12))
	default:
		street = "xóm " + g.pick([]string{"Đông", "Đoài", "Trại", "Chùa", "Giữa", "Bến"})
	}
	return street + ", " + g.communeText(d, commune) + ", " + g.districtText(d) + ", " + prov
}

var seasons = []string{"xuân", "hạ", "thu", "đông", "lúa chín", "hoa", "Tết"}

func (g *gen) tourismBody(t *tourismSite) string {
	var b strings.Builder
	dt := g.districtText(t.d)
	where := dt
	if t.d.province != "" {
		where += ", tỉnh " + t.d.province
	}
	switch t.kind {
	case "craft-village":
		fmt.Fprintf(&b, "%s thuộc %s, %s. Nghề ở đây có từ nhiều trăm năm, đến nay vẫn có hàng trăm hộ sống bằng nghề, nhiều hộ có sản phẩm được công nhận OCOP.\n",
			t.title, g.communeText(t.d, t.commune), where)
	case "rural-tourism":
		fmt.Fprintf(&b, "%s là mô hình du lịch nông thôn ở %s, %s. Khách thành phố về đây để làm nông dân một ngày: gieo hạt, tưới rau, hái quả và nấu bữa cơm quê.\n",
			t.title, g.communeText(t.d, t.commune), where)
	case "eco-tourism":
		fmt.Fprintf(&b, "%s nằm ở %s, %s, với vườn cây ăn quả, hồ nước và khu cắm trại rộng rãi.\n",
			t.title, g.communeText(t.d, t.commune), where)
	case "community-tourism":
		fmt.Fprintf(&b, "%s là điểm du lịch cộng đồng ở %s: người dân đón khách tại nhà, giới thiệu nếp sinh hoạt, món ăn và lễ hội của làng.\n",
			t.title, where)
	default:
		fmt.Fprintf(&b, "%s ở %s, %s, là điểm dừng chân quen thuộc trên các tuyến du lịch về vùng quê.\n",
			t.title, g.communeText(t.d, t.commune), where)
	}
	if g.chance(0.7) {
		b.WriteString("\n## " + g.pick([]string{"Hoạt động", "Trải nghiệm", "Đi lại", "Mùa đẹp nhất"}) + "\n")
	}
	b.WriteString("\n" + g.pick([]string{
		"Du khách có thể tham quan xưởng sản xuất, trò chuyện với nghệ nhân và tự tay làm một sản phẩm nhỏ mang về.",
		"Các đoàn học sinh thường đến vào mùa " + g.pick(seasons) + ", khi làng vào vụ và các xưởng làm việc suốt ngày.",
		"Từ trung tâm " + dt + " đi xe máy chừng hai mươi phút; đường vào làng rộng, có chỗ gửi xe.",
	}) + "\n")
	if g.chance(0.5) {
		fmt.Fprintf(&b, "\nCác sản phẩm OCOP của vùng được giới thiệu trên trang [%s](/quan-huyen/%s/).\n", dt, t.d.slug)
	}
	return b.String()
}

// Stories.

// relatedProducts returns up to n distinct products from pool, starting
// with first when given.
func (g *gen) relatedProducts(first *product, pool []*product, n int) []*product {
	var out []*product
	seen := map[*product]bool{}
	if first != nil {
		out = append(out, first)
		seen[first] = true
	}
	for tries := 0; len(out) < n && tries < 4*n && len(pool) > 0; tries++ {
		p := pool[g.r.IntN(len(pool))]
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func slugs(ps []*product) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.slug
	}
	return out
}

func productLink(p *product) string { return fmt.Sprintf("[%s](/san-pham/%s/)", p.name, p.slug) }

func (g *gen) districtLink(d *district) string {
	return fmt.Sprintf("[%s](/quan-huyen/%s/)", g.districtText(d), d.slug)
}

func tourismLink(t *tourismSite) string { return fmt.Sprintf("[%s](/du-lich/%s/)", t.title, t.slug) }

// storyBody assembles paragraphs with one "## " heading after the first
// one or two.
func storyBody(paras []string, heading string, headAt int) string {
	var b strings.Builder
	for i, p := range paras {
		if i == headAt {
			b.WriteString("## " + heading + "\n\n")
		}
		b.WriteString(p + "\n\n")
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

func (g *gen) productStory(s *story) {
	p := g.products[g.r.IntN(len(g.products))]
	rel := g.relatedProducts(p, p.d.products, g.between(1, 5))
	s.products = slugs(rel)
	s.districts = []string{p.d.slug}
	kindLower := lowerFirst(p.k.name)
	work := "làm " + kindLower
	if p.k.group == gTravel {
		work = "làm du lịch"
	}
	switch g.r.IntN(5) {
	case 0:
		s.title = fmt.Sprintf("%s: từ bếp nhà đến sản phẩm OCOP %d sao", p.name, p.stars)
	case 1:
		s.title = fmt.Sprintf("Chuyện người %s ở %s", work, p.commune)
	case 2:
		s.title = p.name + " và hành trình giữ nghề"
	case 3:
		s.title = "Gặp chủ thể OCOP " + p.prod.name
	default:
		s.title = fmt.Sprintf("%s %s vào mùa %s", p.k.name, p.commune, g.pick(seasons))
	}
	s.summary = fmt.Sprintf("Ở %s, %s đã đưa %s trở thành sản phẩm OCOP %d sao, giữ cách làm truyền thống mà vẫn đáp ứng yêu cầu của thị trường.",
		g.placeText(p), p.prod.name, kindLower, p.stars)
	paras := []string{
		fmt.Sprintf("Về %s những ngày này, đi đâu cũng gặp người %s. Nghề có từ lâu đời, nhưng chỉ vài năm gần đây sản phẩm mới có nhãn mác, bao bì và tem truy xuất nguồn gốc. Nơi đây thuộc %s.",
			g.communeText(p.d, p.commune), work, g.districtLink(p.d)),
		fmt.Sprintf("Sản phẩm %s %s. Năm %d, sản phẩm được công nhận OCOP %d sao; theo chủ thể, điều khó nhất là chuẩn hóa quy trình mà không đánh mất hương vị và nét riêng của làng.",
			productLink(p), p.k.made, p.cert.date.Year(), p.stars),
		g.pick(processParas[p.k.group]),
	}
	if len(rel) > 1 && g.chance(0.6) {
		paras = append(paras, fmt.Sprintf("Cùng vùng còn có %s, cũng là sản phẩm OCOP được khách hàng tin dùng.", productLink(rel[1])))
	}
	if g.chance(0.5) {
		paras = append(paras, "Từ khi có sao OCOP, sản phẩm đã vào được các siêu thị, điểm giới thiệu sản phẩm và sàn thương mại điện tử; thu nhập của người làm nghề cũng ổn định hơn.")
	}
	s.body = storyBody(paras, g.pick([]string{"Giữ nghề trong thời hội nhập", "Từ làng ra phố", "Chuẩn hóa để đi xa", "Chuyện của người làm nghề"}), 2)
}

func (g *gen) districtStory(s *story) {
	p := g.products[g.r.IntN(len(g.products))] // weighted by products
	d := p.d
	rel := g.relatedProducts(nil, d.products, g.between(1, 5))
	s.products = slugs(rel)
	s.districts = []string{d.slug}
	year := s.date.Year()
	if g.chance(0.5) {
		s.title = fmt.Sprintf("%s có thêm %d sản phẩm đạt chuẩn OCOP năm %d", upperFirst(d.kind)+" "+d.name, g.between(3, 40), year)
	} else {
		s.title = fmt.Sprintf("OCOP %s: kết quả đánh giá, phân hạng đợt %d", d.name, year)
	}
	s.summary = fmt.Sprintf("Hội đồng đánh giá, phân hạng sản phẩm OCOP của %s đã xem xét các sản phẩm trong đợt %d; nhiều sản phẩm lần đầu đạt 4 sao.",
		g.districtText(d), year)
	paras := []string{
		fmt.Sprintf("Năm %d, %s tiếp tục đẩy mạnh Chương trình mỗi xã một sản phẩm. Các chủ thể được hỗ trợ thiết kế bao bì, xây dựng tiêu chuẩn cơ sở và tham gia hội chợ.", year, g.districtLink(d)),
		fmt.Sprintf("Trong số sản phẩm được công nhận có %s của %s.", productLink(rel[0]), rel[0].prod.name),
		"Theo quy định, giấy chứng nhận OCOP có hiệu lực 36 tháng; các sản phẩm hết hạn phải đánh giá lại để giữ hạng sao.",
	}
	if len(rel) > 1 {
		paras = append(paras, fmt.Sprintf("Một số sản phẩm khác như %s cũng được nâng hạng sau khi cải tiến mẫu mã.", productLink(rel[1])))
	}
	s.body = storyBody(paras, g.pick([]string{"Kết quả đánh giá", "Hỗ trợ chủ thể OCOP", "Kế hoạch năm tới"}), 1)
}

func (g *gen) tourismStory(s *story) {
	if len(g.tourism) == 0 {
		g.productStory(s)
		return
	}
	t := g.tourism[g.r.IntN(len(g.tourism))]
	var linked []*product
	for _, p := range t.d.products {
		for _, ts := range p.tourism {
			if ts == t.slug {
				linked = append(linked, p)
				break
			}
		}
	}
	if len(linked) == 0 {
		linked = t.d.products
	}
	if len(linked) == 0 { // a small catalogue: no product in the site's district
		g.productStory(s)
		return
	}
	rel := g.relatedProducts(nil, linked, g.between(1, 5))
	s.products = slugs(rel)
	s.districts = []string{t.d.slug}
	s.tourism = []string{t.slug}
	switch g.r.IntN(3) {
	case 0:
		s.title = fmt.Sprintf("Về %s mùa %s", t.title, g.pick(seasons))
	case 1:
		s.title = t.title + ": điểm hẹn cuối tuần"
	default:
		s.title = "Một ngày ở " + t.title
	}
	s.summary = fmt.Sprintf("Cách trung tâm %s không xa, %s hấp dẫn du khách bằng nghề truyền thống, món ngon và những sản phẩm OCOP mang về làm quà.",
		g.districtText(t.d), t.title)
	paras := []string{
		fmt.Sprintf("Chúng tôi đến %s vào một buổi sáng đầu tuần. Con đường vào làng rợp bóng tre, hai bên là những xưởng nhỏ đang vào vụ.", tourismLink(t)),
		"Người dân ở đây vừa làm nghề vừa đón khách. Du khách được xem từng công đoạn, nghe kể chuyện làng và tự tay làm một sản phẩm nhỏ.",
		fmt.Sprintf("Trước khi về, nhiều người ghé mua %s, một sản phẩm OCOP của địa phương.", productLink(rel[0])),
	}
	if g.chance(0.5) {
		paras = append(paras, fmt.Sprintf("Thông tin về các sản phẩm khác của vùng có trên trang %s.", g.districtLink(t.d)))
	}
	s.body = storyBody(paras, g.pick([]string{"Trải nghiệm", "Mua gì làm quà", "Đường đi"}), 2)
}

func (g *gen) salesPointStory(s *story) {
	sp := g.salesPoints[g.r.IntN(len(g.salesPoints))]
	var pool []*product
	for _, slug := range sp.products {
		pool = append(pool, g.productBySlug(slug))
	}
	rel := g.relatedProducts(nil, pool, g.between(1, 5))
	s.products = slugs(rel)
	s.districts = []string{sp.d.slug}
	if g.chance(0.5) {
		s.title = "Khai trương " + sp.name
	} else {
		s.title = sp.name + " đón khách dịp cuối năm"
	}
	s.summary = fmt.Sprintf("%s giới thiệu hàng chục sản phẩm OCOP của %s và các địa phương khác, giúp chủ thể có thêm kênh bán hàng ổn định.",
		sp.name, g.districtText(sp.d))
	paras := []string{
		fmt.Sprintf("Điểm bán đặt tại %s, thuộc %s. Gian hàng được bố trí theo nhóm sản phẩm, mỗi sản phẩm có bảng thông tin và mã QR truy xuất nguồn gốc.", g.spell(sp.address), g.districtLink(sp.d)),
		fmt.Sprintf("Được khách hỏi mua nhiều là %s.", productLink(rel[0])),
		"Theo đơn vị vận hành, doanh thu tăng mạnh vào dịp cuối năm, khi các cơ quan, doanh nghiệp đặt quà Tết.",
	}
	s.body = storyBody(paras, g.pick([]string{"Sản phẩm được ưa chuộng", "Kết nối tiêu thụ"}), 1)
}

func (g *gen) productBySlug(slug string) *product {
	if g.productIndex == nil {
		g.productIndex = make(map[string]*product, len(g.products))
		for _, p := range g.products {
			g.productIndex[p.slug] = p
		}
	}
	return g.productIndex[slug]
}
