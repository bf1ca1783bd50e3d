package records

import (
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// held are the decisions a record holds: its certificate's and those of
// its [[certificate_history]], and what its certificate writes by hand.
type held struct {
	current       heldDecision
	history       []heldDecision
	validUntil    time.Time // the certificate's valid_until as written; zero if not
	validUntilSet bool
	revokedBy     string // the certificate's revoked_by and revoked_on, as written
	revokedOn     string
}

type heldDecision struct {
	no   string
	date string // YYYY-MM-DD
}

// heldDecisions reads the decisions a record's text holds. The record has
// been loaded already; this reads only what the catalogue does not keep:
// the history's decisions and whether valid_until was written.
func heldDecisions(text string) (held, error) {
	var raw struct {
		Certificate map[string]any   `toml:"certificate"`
		History     []map[string]any `toml:"certificate_history"`
	}
	if _, err := toml.Decode(text, &raw); err != nil {
		return held{}, err
	}
	h := held{current: decisionOf(raw.Certificate)}
	for _, e := range raw.History {
		h.history = append(h.history, decisionOf(e))
	}
	h.revokedBy, _ = raw.Certificate["revoked_by"].(string)
	if t, ok := raw.Certificate["revoked_on"].(time.Time); ok {
		h.revokedOn = t.Format(time.DateOnly)
	}
	if v, ok := raw.Certificate["valid_until"].(time.Time); ok {
		h.validUntil, h.validUntilSet = v, true
	}
	return h, nil
}

func decisionOf(m map[string]any) heldDecision {
	var d heldDecision
	d.no, _ = m["decision_no"].(string)
	if t, ok := m["decision_date"].(time.Time); ok {
		d.date = t.Format(time.DateOnly)
	}
	return d
}

// has reports whether the record holds decision dec already.
func (h held) has(dec Decision) bool {
	want := heldDecision{no: dec.No, date: dec.Date.Format(time.DateOnly)}
	if want.same(h.current) {
		return true
	}
	for _, d := range h.history {
		if want.same(d) {
			return true
		}
	}
	return false
}

// same compares two decisions by number when both have one ("1234/QĐ-UBND"
// and "1234/qđ-ubnd " are one), else by date.
func (d heldDecision) same(e heldDecision) bool {
	if d.no != "" && e.no != "" {
		return decisionKey(d.no) == decisionKey(e.no)
	}
	return d.date != "" && d.date == e.date
}

func decisionKey(no string) string {
	return strings.Join(strings.Fields(strings.ToUpper(vntext.NFC(no))), "")
}
