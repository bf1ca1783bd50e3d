package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// The open data under /du-lieu/: three tables (products, sales points,
// certificates), each written twice, as JSON with English codes for keys
// and as CSV with Vietnamese column names, and a page saying what each
// holds. A table's columns are the fields of its row type, in order: the
// JSON key is the field's json tag, the CSV column is csvNames of it, and
// its meaning on the data page is the interface string "col.<key>".

// dataTable is one table of the open data.
type dataTable struct {
	Slug  string       // the files' name: du-lieu/<slug>.json and .csv
	Key   string       // the array of the JSON file, and the interface string "data.<key>" saying what it holds
	row   reflect.Type // of a row: its fields are the columns
	rows  func(r *Renderer) any
	count func(c *catalog.Catalog) int // the number of rows, without making them
}

var dataTables = []dataTable{
	{"san-pham", "products", reflect.TypeFor[ProductRow](),
		func(r *Renderer) any { return r.exported() },
		func(c *catalog.Catalog) int { return len(c.Products) }},
	{"diem-ban", "sales_points", reflect.TypeFor[exportedSalesPoint](),
		func(r *Renderer) any { return r.exportedSalesPoints() },
		func(c *catalog.Catalog) int { return len(c.SalesPoints) }},
	{"chung-nhan", "certificates", reflect.TypeFor[exportedCertificate](),
		func(r *Renderer) any { return r.exportedCertificates() },
		func(c *catalog.Catalog) int {
			n := len(c.Products)
			for _, p := range c.Products {
				n += len(p.History)
			}
			return n
		}},
}

// csvNames are the Vietnamese names of the CSV columns, by JSON key.
var csvNames = map[string]string{
	"slug": "Mã", "name": "Tên", "url": "Địa chỉ trang", "stars": "Số sao", "potential_five_star": "Tiềm năng 5 sao",
	"tier": "Hạng", "group": "Nhóm sản phẩm", "subgroup": "Phân nhóm", "district": "Mã quận huyện",
	"district_name": "Quận huyện", "commune": "Xã phường", "commune_2025": "Xã phường từ 1/7/2025",
	"craft_village": "Làng nghề", "producer": "Chủ thể sản xuất", "producer_kind": "Loại hình chủ thể",
	"price_vnd": "Giá (đồng)", "unit": "Đơn vị bán", "shelf_life": "Hạn sử dụng", "decision_no": "Số quyết định",
	"decision_date": "Ngày quyết định", "level": "Cấp công nhận", "round_year": "Năm đánh giá",
	"valid_until": "Hiệu lực đến", "status": "Tình trạng", "revoked_by": "Quyết định thu hồi",
	"revoked_on": "Ngày thu hồi", "tourism": "Điểm du lịch", "sales_points": "Điểm bán", "summary": "Tóm tắt",
	"address": "Địa chỉ", "opened": "Ngày mở", "hours": "Giờ mở cửa", "phone": "Điện thoại",
	"operator": "Đơn vị vận hành", "lat": "Vĩ độ", "lon": "Kinh độ", "products": "Sản phẩm",
	"product": "Mã sản phẩm", "product_name": "Tên sản phẩm", "current": "Hiện hành", "file": "Tệp nguồn",
}

// column is one column of a table: its JSON key and its field.
type column struct {
	Key       string
	index     int
	omitEmpty bool
}

// columns lists the columns of a row type, in the order of its fields.
func columns(t reflect.Type) []column {
	var out []column
	for i := range t.NumField() {
		tag, opts, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if tag == "" || tag == "-" {
			continue
		}
		out = append(out, column{Key: tag, index: i, omitEmpty: opts == "omitempty"})
	}
	return out
}

// cell is a field's value as a CSV cell: numbers as digits, a zero left
// out where JSON leaves it out, lists of slugs joined by spaces, and text
// kept from being run as a formula.
func cell(v reflect.Value, omitEmpty bool) string {
	switch v.Kind() {
	case reflect.String:
		return inert(v.String())
	case reflect.Int, reflect.Int64:
		if v.Int() == 0 && omitEmpty {
			return ""
		}
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Pointer:
		if v.IsNil() {
			return ""
		}
		return strconv.FormatFloat(v.Elem().Float(), 'f', -1, 64)
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = v.Index(i).String()
		}
		return inert(strings.Join(parts, " "))
	}
	panic(fmt.Sprintf("render: no CSV cell for a %s", v.Kind()))
}

// tableCSV writes rows, a slice of a row type, as CSV: UTF-8 with a
// byte-order mark, so that spreadsheet programs read the Vietnamese text
// correctly, and a header of Vietnamese column names.
func tableCSV(rows any) ([]byte, error) {
	v := reflect.ValueOf(rows)
	cols := columns(v.Type().Elem())
	var buf bytes.Buffer
	buf.Grow(640 * (v.Len() + 1)) // a product's row takes about 0.6 KiB
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	row := make([]string, len(cols))
	for i, c := range cols {
		row[i] = csvNames[c.Key]
	}
	w.Write(row)
	for i := range v.Len() {
		rec := v.Index(i)
		for j, c := range cols {
			row[j] = cell(rec.Field(c.index), c.omitEmpty)
		}
		w.Write(row)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// tableJSON writes rows as a JSON object with the title of the site, the
// build date, the count and the rows under key, one row a line: a file
// people can read and diff, written without the cost of indenting 10,000
// records.
func (r *Renderer) tableJSON(key string, rows any) ([]byte, error) {
	v := reflect.ValueOf(rows)
	head, err := json.Marshal(DataHead{Title: r.cat.Site.Title, Generated: r.cat.Today.Format(time.DateOnly), Count: v.Len()})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.Grow(1024 * (v.Len() + 1)) // a product takes 0.5–1 KiB
	buf.Write(head[:len(head)-1])
	fmt.Fprintf(&buf, `,%q:[`, key)
	enc := json.NewEncoder(&buf) // as json.Marshal, but into buf
	for i := range v.Len() {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n")
		if err := enc.Encode(v.Index(i).Interface()); err != nil {
			return nil, err
		}
		buf.Truncate(buf.Len() - 1) // Encode ends the record with a newline
	}
	buf.WriteString("\n]}\n")
	return buf.Bytes(), nil
}

// dataFiles are the files of the open data, two per table.
func (r *Renderer) dataFiles(file func(string, func(*Renderer) ([]byte, error)) Page) []Page {
	var out []Page
	for _, t := range dataTables {
		out = append(out,
			file("du-lieu/"+t.Slug+".json", func(r *Renderer) ([]byte, error) { return r.tableJSON(t.Key, t.rows(r)) }),
			file("du-lieu/"+t.Slug+".csv", func(r *Renderer) ([]byte, error) { return tableCSV(t.rows(r)) }))
	}
	return out
}

// dataPageTable is what the data page says of a table.
type dataPageTable struct {
	Title, Holds string
	JSON, CSV    string // site paths of the files
	Key          string // of the JSON array
	Columns      []dataPageColumn
	Rows         int
}

type dataPageColumn struct {
	CSV, Key, Meaning string
}

// dataPage describes the tables for the page /du-lieu/.
func (r *Renderer) dataPage() []dataPageTable {
	var out []dataPageTable
	for _, t := range dataTables {
		pt := dataPageTable{Title: r.t("data." + t.Key), Holds: r.t("data." + t.Key + ".holds"),
			JSON: "/du-lieu/" + t.Slug + ".json", CSV: "/du-lieu/" + t.Slug + ".csv", Key: t.Key, Rows: t.count(r.cat)}
		for _, c := range columns(t.row) {
			pt.Columns = append(pt.Columns, dataPageColumn{CSV: csvNames[c.Key], Key: c.Key, Meaning: r.t("col." + c.Key)})
		}
		out = append(out, pt)
	}
	return out
}

// exportedSalesPoint is one sales point in the open data.
type exportedSalesPoint struct {
	Slug         string   `json:"slug"`
	Name         string   `json:"name"`
	URL          string   `json:"url"`
	District     string   `json:"district"`
	DistrictName string   `json:"district_name"`
	Address      string   `json:"address"`
	Opened       string   `json:"opened,omitempty"`
	Hours        string   `json:"hours,omitempty"`
	Phone        string   `json:"phone,omitempty"`
	Operator     string   `json:"operator,omitempty"`
	Lat          *float64 `json:"lat,omitempty"`
	Lon          *float64 `json:"lon,omitempty"`
	Products     []string `json:"products"`
}

func (r *Renderer) exportedSalesPoints() []exportedSalesPoint {
	out := make([]exportedSalesPoint, 0, len(r.cat.SalesPoints))
	for _, s := range r.cat.SalesPoints {
		e := exportedSalesPoint{Slug: s.Slug, Name: s.Name, URL: r.absURL(s.URL()), Address: s.Address,
			Hours: s.Hours, Phone: s.Phone, Operator: s.Operator, Products: []string{}}
		if !s.Opened.IsZero() {
			e.Opened = s.Opened.Format(time.DateOnly)
		}
		if s.District != nil {
			e.District, e.DistrictName = s.District.Slug, s.District.Name
		}
		if s.HasGeo {
			lat, lon := s.Lat, s.Lon
			e.Lat, e.Lon = &lat, &lon
		}
		for _, p := range r.cat.SalesPointProducts(s) {
			e.Products = append(e.Products, r.cat.Products[p].Slug)
		}
		out = append(out, e)
	}
	return out
}

// exportedCertificate is one certificate of a product in the open data:
// its past ones (status "superseded") and its current one (with its state
// on the build day).
type exportedCertificate struct {
	Product           string `json:"product"`
	ProductName       string `json:"product_name"`
	DecisionNo        string `json:"decision_no,omitempty"`
	DecisionDate      string `json:"decision_date"`
	Level             string `json:"level,omitempty"`
	Stars             int    `json:"stars"`
	PotentialFiveStar bool   `json:"potential_five_star"`
	Tier              string `json:"tier"`
	ValidUntil        string `json:"valid_until"`
	Current           bool   `json:"current"`
	Status            string `json:"status"`
	RevokedBy         string `json:"revoked_by,omitempty"`
	RevokedOn         string `json:"revoked_on,omitempty"`
}

// superseded is the status of a past certificate: another decision
// replaced it.
const superseded = "superseded"

func (r *Renderer) exportedCertificates() []exportedCertificate {
	out := make([]exportedCertificate, 0, len(r.cat.Products))
	for _, p := range r.cat.Products {
		for _, c := range p.History {
			out = append(out, exportedCertificate{Product: p.Slug, ProductName: p.Name, DecisionNo: c.DecisionNo,
				DecisionDate: c.DecisionDate.Format(time.DateOnly), Level: c.Level, Stars: c.Stars,
				PotentialFiveStar: c.PotentialFiveStar, Tier: c.Tier().Slug(), ValidUntil: c.ValidUntil.Format(time.DateOnly),
				Status: superseded})
		}
		c := p.Certificate
		e := exportedCertificate{Product: p.Slug, ProductName: p.Name, DecisionNo: c.DecisionNo,
			DecisionDate: c.DecisionDate.Format(time.DateOnly), Level: c.Level, Stars: p.Stars,
			PotentialFiveStar: p.PotentialFiveStar, Tier: p.Tier().Slug(), ValidUntil: c.ValidUntil.Format(time.DateOnly),
			Current: true, Status: r.validity(p)}
		e.RevokedBy, e.RevokedOn = revocation(p, r.cat.Today)
		out = append(out, e)
	}
	return out
}

// revocation is the revoking decision and its date as the open data
// writes them, when the certificate is revoked on day today.
func revocation(p *catalog.Product, today time.Time) (by, on string) {
	if p.Validity(today) != catalog.Revoked {
		return "", ""
	}
	return p.Certificate.RevokedBy, p.Certificate.RevokedOn.Format(time.DateOnly)
}
