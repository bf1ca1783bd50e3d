package records

import (
	"fmt"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/scaffold"
)

// newRecord is the text of the product record of row r, read from the
// annex file, in district d.
func newRecord(r *annex.Row, d *catalog.District, file string, opts Options) []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...); b.WriteByte('\n') }
	str := func(key, v string) {
		if v != "" {
			w("%s = %s", key, scaffold.Quote(v))
		}
	}
	w("# %s", lang.Sprintf(opts.Lang, "Imported from %s, row %d", file, r.Line))
	str("name", r.Name)
	str("group", r.Group)
	str("subgroup", r.Subgroup)
	w("stars = %d", r.Stars)
	if r.PotentialFive {
		w("potential_five_star = true")
	}
	str("district", d.Slug)
	str("commune", r.Commune)
	str("producer", r.Producer)
	str("producer_kind", r.ProducerKind)
	w("")
	w("[certificate]")
	str("decision_no", opts.Decision.No)
	w("decision_date = %s", opts.Decision.Date.Format(time.DateOnly))
	str("level", opts.Decision.Level)
	if r.Address != "" {
		w("")
		w("[contact]")
		str("address", r.Address)
	}
	return []byte(b.String())
}
