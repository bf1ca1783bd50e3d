// Package stats computes the statistics over time of the catalogue: the
// certifications decided each year, split by tier; the certificates valid
// at the end of each year; and the share of the valid certificates that
// expire in the next twelve months. It only counts; the statistics page
// draws the figures.
package stats

import (
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// Year holds the figures of one calendar year.
type Year struct {
	Year int
	// Certified counts the certificates decided in the year (current and
	// past ones), indexed by catalog.Tier.
	Certified [4]int
	// Valid counts the certificates valid on 31 December of the year, or
	// on the build date for the build's year.
	Valid int
	// On is the day Valid is counted on.
	On time.Time
}

// Total is the number of certificates decided in the year.
func (y Year) Total() int {
	n := 0
	for _, c := range y.Certified {
		n += c
	}
	return n
}

// Figures are the statistics over time of a catalogue on a build date.
type Figures struct {
	Years []Year // from the year of the first decision to the build's year
	// Valid is the number of certificates valid on the build date, and
	// Expiring how many of them end within the next twelve months
	// (on or before Horizon).
	Valid, Expiring int
	Horizon         time.Time
}

// Percent is the share of Expiring in Valid, in whole percent (rounded to
// nearest); 0 when nothing is valid.
func (f Figures) Percent() int {
	if f.Valid == 0 {
		return 0
	}
	return (f.Expiring*200 + f.Valid) / (f.Valid * 2)
}

// span is one certificate of a product: its tier and the days it is in
// force, from its decision to its end (both included), unless revoked.
type span struct {
	tier      catalog.Tier
	from, to  time.Time
	revokedOn time.Time // zero if never revoked
}

func (s span) validOn(d time.Time) bool {
	if d.Before(s.from) || d.After(s.to) {
		return false
	}
	return s.revokedOn.IsZero() || d.Before(s.revokedOn)
}

// spans lists the certificates of a product. A past certificate stops at
// the decision that replaced it, if that came before its own end: a
// product holds one certificate at a time.
func spans(p *catalog.Product) []span {
	out := make([]span, 0, len(p.History)+1)
	for i := range p.History {
		h := &p.History[i]
		next := p.Certificate.DecisionDate
		if i+1 < len(p.History) {
			next = p.History[i+1].DecisionDate
		}
		to := h.ValidUntil
		if !next.IsZero() && next.After(h.DecisionDate) && !to.Before(next) {
			to = next.AddDate(0, 0, -1)
		}
		out = append(out, span{tier: h.Tier(), from: h.DecisionDate, to: to})
	}
	c := &p.Certificate
	s := span{tier: p.Tier(), from: c.DecisionDate, to: c.ValidUntil}
	if c.RevokedBy != "" && !c.RevokedOn.IsZero() {
		s.revokedOn = c.RevokedOn
	}
	return append(out, s)
}

// Compute returns the figures of products on the build date today.
// Certificates without a decision date are left out of the years.
func Compute(products []*catalog.Product, today time.Time) Figures {
	var all []span
	for _, p := range products {
		all = append(all, spans(p)...)
	}
	day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	f := Figures{Horizon: day.AddDate(1, 0, 0)}
	first := 0
	for _, s := range all {
		if s.from.IsZero() {
			continue
		}
		if y := s.from.Year(); first == 0 || y < first {
			first = y
		}
	}
	if first != 0 && first <= day.Year() {
		for y := first; y <= day.Year(); y++ {
			on := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
			if y == day.Year() {
				on = day
			}
			f.Years = append(f.Years, Year{Year: y, On: on})
		}
	}
	for _, s := range all {
		if s.from.IsZero() {
			continue
		}
		if i := s.from.Year() - first; i >= 0 && i < len(f.Years) {
			f.Years[i].Certified[s.tier]++
		}
		for i := range f.Years {
			if s.validOn(f.Years[i].On) {
				f.Years[i].Valid++
			}
		}
		if s.validOn(day) {
			f.Valid++
			if !s.to.After(f.Horizon) {
				f.Expiring++
			}
		}
	}
	return f
}
