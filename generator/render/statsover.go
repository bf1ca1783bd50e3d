package render

import (
	"slices"
	"strconv"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/stats"
)

// overTime is what the statistics page shows of the catalogue over time
// (package stats counts; this lays the counts out for the template).
type overTime struct {
	Tiers    []catalog.Tier // the tiers from 5 stars down, the columns of the yearly chart
	PerYear  []yearRow      // certifications decided each year, split by tier
	ValidEnd chart          // certificates valid at the end of each year
	Years    []stats.Year
	Figures  stats.Figures
	Horizon  string // the end of the next 12 months, as the site writes dates
}

// yearRow is one year of the stacked chart of certifications.
type yearRow struct {
	Year         int
	Total        int
	Valid        int    // certificates valid on On
	On           string // the day Valid is counted, as the site writes dates
	Counts       []int  // by tier, in the order of overTime.Tiers
	Segs         []seg
	LabelY, BarY int
	CountX       int
}

// seg is one tier's part of a year's bar.
type seg struct {
	Class string // s<index of the tier in overTime.Tiers>, for its colour
	X, W  int
	Count int
	Tier  catalog.Tier
}

// Height is the stacked chart's height in SVG units.
func (o *overTime) Height() int { return len(o.PerYear)*rowHeight + 4 }

func (r *Renderer) overTime() *overTime {
	f := stats.Compute(r.cat.Products, r.cat.Today)
	if len(f.Years) == 0 {
		return nil
	}
	o := &overTime{Tiers: slices.Clone(catalog.Tiers), Years: f.Years, Figures: f, Horizon: f.Horizon.Format(r.t("dateFormat"))}
	slices.Reverse(o.Tiers)
	most := 0
	for _, y := range f.Years {
		most = max(most, y.Total())
	}
	var valid []bar
	for i, y := range f.Years {
		row := yearRow{Year: y.Year, Total: y.Total(), Valid: y.Valid, On: y.On.Format(r.t("dateFormat")), LabelY: i*rowHeight + 16, BarY: i*rowHeight + 22}
		x := 0
		for j, t := range o.Tiers {
			n := y.Certified[t]
			row.Counts = append(row.Counts, n)
			if n == 0 || most == 0 {
				continue
			}
			w := max(n*barMax/most, 1)
			row.Segs = append(row.Segs, seg{Class: "s" + strconv.Itoa(j), X: x, W: w, Count: n, Tier: t})
			x += w
		}
		row.CountX = x + 6
		o.PerYear = append(o.PerYear, row)
		valid = append(valid, bar{Label: strconv.Itoa(y.Year), Count: y.Valid})
	}
	o.ValidEnd = newChart("hieu-luc-cuoi-nam", r.t("validAtYearEnd"), valid)
	o.ValidEnd.Head = r.t("yearCol")
	return o
}
