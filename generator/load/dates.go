package load

import (
	"reflect"
	"regexp"
	"strconv"
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

// writtenDate is a date field as the editor wrote it. TOML writes a date
// without quotes (2024-03-04, which the decoder gives as a time.Time), but
// editors who learnt on web forms write it in quotes, and some write it
// their own way ("31/12/2025"). The decoder hands the value over as it is,
// whatever its type, and dateOf says what it is: a quoted date written
// year-month-day is that date.
type writtenDate struct {
	t      time.Time // a TOML date, time of day or date with a time
	text   string    // the text, when the value was written in quotes
	isText bool
	other  any // a value of another type: a number, a list, a table
}

var writtenDateType = reflect.TypeOf(writtenDate{})

// UnmarshalTOML keeps the value as the decoder read it.
func (w *writtenDate) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case time.Time:
		w.t = v
	case string:
		w.text, w.isText = v, true
	default:
		w.other = v
	}
	return nil
}

// quotedDate reads a date written in quotes: year-month-day, as TOML
// writes it without quotes. ok is false for any other text.
func quotedDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	return t, err == nil
}

// A date written another way than year-month-day: day first, with
// slashes, dots or dashes (31/12/2025, 1.2.2025, 31-12-2025), or year
// first with slashes or dots, or with one-digit months and days
// (2025/12/31, 2025-3-4).
var (
	dayFirst  = regexp.MustCompile(`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$`)
	yearFirst = regexp.MustCompile(`^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$`)
)

// dateMistake recognises a date written another way than TOML's
// year-month-day, or a day that does not exist, and says how to write it.
// written is the value as the file writes it (with its quotes, if any).
func dateMistake(name, written string) (mistake, bool) {
	s := strings.TrimSpace(strings.Trim(written, `"'`))
	var year, month, day int
	if m := dayFirst.FindStringSubmatch(s); m != nil {
		day, month, year = atoi(m[1]), atoi(m[2]), atoi(m[3])
		if month > 12 && day <= 12 { // month first, as in English: 12/31/2025
			day, month = month, day
		}
	} else if m := yearFirst.FindStringSubmatch(s); m != nil {
		year, month, day = atoi(m[1]), atoi(m[2]), atoi(m[3])
	} else {
		return mistake{}, false
	}
	if month < 1 || month > 12 {
		return mistake{msg: say("%s = %s is not a date: there is no month %d (months go from 01 to 12; TOML writes a date year-month-day, like %s = 2025-12-31)",
			name, written, month, name)}, true
	}
	if last := daysIn(time.Month(month), year); day < 1 || day > last {
		return mistake{msg: say("%s = %s is not a date: %v %d has %d days (check the day; TOML writes a date year-month-day, like %s = 2025-12-31)",
			name, written, time.Month(month), year, last, name)}, true
	}
	return mistake{msg: say("%s = %s: write the date as %s = %04d-%02d-%02d (year-month-day, with dashes and without quotes)",
		name, written, name, year, month, day)}, true
}

// daysIn is the number of days of a month.
func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
