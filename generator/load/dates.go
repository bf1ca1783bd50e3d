package load

import (
	"strings"
	"time"
)

// The bounds of a plausible date. A certificate cannot come before the
// OCOP programme; no date of a record is decades ahead. A year mistyped
// (0000, 9999, 2204) would otherwise reach the pages, the feeds and the
// data files as written, a five-digit year among them.
var (
	ocopBegan = time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	longAgo   = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
)

// maxYearsAhead is how far past the build date a date may lie.
const maxYearsAhead = 10

// plausible reports whether the date at key lies between earliest and
// maxYearsAhead years after the build date; if not, it says so at key.
func (l *loader) plausible(d *doc, key string, t, earliest time.Time) bool {
	name := key[strings.LastIndexByte(key, '.')+1:]
	switch {
	case t.Before(earliest) && earliest.Equal(ocopBegan):
		d.errValue(key, "%s %s is before 2018, when the OCOP programme began: check the year", name, t.Format(time.DateOnly))
	case t.Before(earliest):
		d.errValue(key, "%s %s is before %d: check the year", name, t.Format(time.DateOnly), earliest.Year())
	case t.After(l.cat.Today.AddDate(maxYearsAhead, 0, 0)):
		d.errValue(key, "%s %s is more than %d years from today (%s): check the year", name, t.Format(time.DateOnly), maxYearsAhead, l.cat.Today.Format(time.DateOnly))
	default:
		return true
	}
	return false
}
