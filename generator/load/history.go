package load

import (
	"fmt"
	"slices"
	"time"

	"github.com/ocopgen/ocopgen/generator/catalog"
)

// pastFile is one earlier certificate of a product, a [[certificate_history]]
// table: the decision that certified it before its current [certificate].
type pastFile struct {
	DecisionNo        string       `toml:"decision_no"`
	DecisionDate      *writtenDate `toml:"decision_date"`
	Level             string       `toml:"level"`
	Stars             int          `toml:"stars"`
	PotentialFiveStar bool         `toml:"potential_five_star"`
	ValidUntil        *writtenDate `toml:"valid_until"`
}

// revocation checks revoked_by and revoked_on of a certificate, which go
// together, and sets them on cert. revoked_on comes after the decision; a
// day past the build date is a warning (the product shows as revoked from
// that day on).
func (l *loader) revocation(d *doc, c *certFile, cert *catalog.Certificate) {
	by := c.RevokedBy
	switch {
	case by == "" && c.RevokedOn == nil:
		return
	case c.RevokedOn == nil:
		d.errValue("certificate.revoked_by", "revoked_by = %q has no revoked_on: add revoked_on = 2025-06-30, the date of the revoking decision (or remove revoked_by if the certificate was not revoked)", by)
		return
	}
	on, ok := d.dateOf("certificate.revoked_on", *c.RevokedOn)
	ok = ok && l.plausible(d, "certificate.revoked_on", on, ocopBegan)
	if !ok {
		return
	}
	if by == "" {
		d.errValue("certificate.revoked_on", "revoked_on has no revoked_by: add revoked_by = \"123/QĐ-UBND\", the number of the revoking decision (or remove revoked_on if the certificate was not revoked)")
		return
	}
	if !on.After(cert.DecisionDate) {
		d.errValue("certificate.revoked_on", "revoked_on %s is not after decision_date %s: a certificate is revoked after it was granted; check the two dates", on.Format(time.DateOnly), cert.DecisionDate.Format(time.DateOnly))
		return
	}
	if on.After(l.cat.Today) {
		d.warnValue("certificate.revoked_on", "revoked_on %s is after today (%s): the product is shown as revoked from that day", on.Format(time.DateOnly), l.cat.Today.Format(time.DateOnly))
	}
	cert.RevokedBy, cert.RevokedOn = by, on
}

// history checks the [[certificate_history]] tables of a product and
// returns its past certificates, oldest first. Each is validated like
// [certificate] (dates, level, stars) and must be older than the current
// certificate; two with the same decision date are one decision written twice.
func (l *loader) history(d *doc, files []pastFile, p *catalog.Product) []catalog.PastCertificate {
	var out []catalog.PastCertificate
	seen := map[time.Time]int{}
	for i, f := range files {
		c, ok := l.pastCertificate(d, i, f)
		if !ok {
			continue
		}
		key := fmt.Sprintf("certificate_history[%d].decision_date", i)
		current := p.Certificate.DecisionDate
		if !current.IsZero() && !c.DecisionDate.Before(current) {
			d.errValue(key, "the certificate of the history decided on %s is not older than the current [certificate] (decision_date %s): [[certificate_history]] keeps earlier decisions only; if this one is the newest, make it the [certificate] and move the other into the history", c.DecisionDate.Format(time.DateOnly), current.Format(time.DateOnly))
			continue
		}
		if j, dup := seen[c.DecisionDate]; dup {
			d.errValue(key, "the history has two certificates decided on %s (tables %d and %d): remove the repeated one", c.DecisionDate.Format(time.DateOnly), j+1, i+1)
			continue
		}
		seen[c.DecisionDate] = i
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(a, b catalog.PastCertificate) int { return a.DecisionDate.Compare(b.DecisionDate) })
	return out
}

// pastCertificate checks the i-th [[certificate_history]] table.
func (l *loader) pastCertificate(d *doc, i int, f pastFile) (catalog.PastCertificate, bool) {
	key := func(field string) string { return fmt.Sprintf("certificate_history[%d].%s", i, field) }
	ok := true
	switch {
	case f.Stars == 0 && !d.writes(key("stars")):
		d.errValue(historyKey(d, i, "stars"), "a certificate of the history has no stars: add stars = 4 (3, 4 or 5, the tier that decision gave)")
		ok = false
	case f.Stars < 3 || f.Stars > 5:
		d.errValue(key("stars"), "stars = %d is out of range: OCOP certifies 3, 4 or 5 stars", f.Stars)
		ok = false
	case f.PotentialFiveStar && f.Stars != 4:
		d.errValue(key("potential_five_star"), "potential_five_star applies only to 4-star products (tiềm năng 5 sao), but stars = %d: remove it or set stars = 4", f.Stars)
		ok = false
	}
	f.Level = coded(f.Level, levelWords)
	ok = d.oneOf(key("level"), f.Level, "district", "city", "central") && ok
	if f.DecisionDate == nil {
		d.errValue(historyKey(d, i, "decision_date"), "a certificate of the history has no decision_date: add decision_date = 2021-03-04, the date of that earlier decision")
		return catalog.PastCertificate{}, false
	}
	decided, dateOK := d.dateOf(key("decision_date"), *f.DecisionDate)
	if !dateOK || !l.plausible(d, key("decision_date"), decided, ocopBegan) || !ok {
		return catalog.PastCertificate{}, false
	}
	c := catalog.PastCertificate{DecisionNo: f.DecisionNo, DecisionDate: decided, Level: f.Level,
		Stars: f.Stars, PotentialFiveStar: f.PotentialFiveStar, ValidUntil: decided.AddDate(0, validityMonths, 0)}
	if f.ValidUntil != nil {
		until, ok := d.dateOf(key("valid_until"), *f.ValidUntil)
		if !ok || !l.plausible(d, key("valid_until"), until, ocopBegan) {
			return catalog.PastCertificate{}, false
		}
		if !until.After(decided) {
			d.errValue(key("valid_until"), "valid_until %s is not after decision_date %s", until.Format(time.DateOnly), decided.Format(time.DateOnly))
			return catalog.PastCertificate{}, false
		}
		c.ValidUntil = until
	}
	return c, true
}

// writes reports whether the document writes key.
func (d *doc) writes(key string) bool {
	_, _, ok := d.ix().key(d.prefix + key)
	return ok
}

// historyKey is the key a missing field of the i-th past certificate is
// reported at: the table's first written field, else the table itself.
func historyKey(d *doc, i int, field string) string {
	table := fmt.Sprintf("certificate_history[%d]", i)
	for _, k := range []string{field, "decision_date", "stars", "decision_no", "level", "valid_until"} {
		if d.writes(table + "." + k) {
			return table + "." + k
		}
	}
	return table
}
