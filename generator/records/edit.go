package records

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/scaffold"
)

// A line of a record's text, as the edits see it.
type line struct {
	text  string // without its line ending
	eol   string // "\n", "\r\n" or "" (the last line)
	table string // the table it belongs to: "" for the root
	key   string // the bare key it sets, "" if none
}

// lines splits a TOML text into lines, noting each one's table and key.
// Lines inside multi-line strings set no key.
func lines(text string) []line {
	var out []line
	table, inString := "", ""
	for len(text) > 0 {
		l := line{}
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			l.text, text = text, ""
		} else {
			l.text, l.eol, text = text[:i], "\n", text[i+1:]
			if strings.HasSuffix(l.text, "\r") {
				l.text, l.eol = l.text[:len(l.text)-1], "\r\n"
			}
		}
		if inString == "" {
			trimmed := strings.TrimSpace(l.text)
			if name, ok := header(trimmed); ok {
				table = name
			} else if k, _, ok := strings.Cut(trimmed, "="); ok && bareKey(strings.TrimSpace(k)) {
				l.key = strings.TrimSpace(k)
			}
		}
		l.table = table
		inString = multiline(l.text, inString)
		out = append(out, l)
	}
	return out
}

// header returns the name of the table a header line opens ("[certificate]",
// "[[certificate_history]]").
func header(s string) (string, bool) {
	if !strings.HasPrefix(s, "[") {
		return "", false
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return strings.TrimSpace(strings.Trim(s, "[]")), strings.HasSuffix(s, "]")
}

func bareKey(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// multiline returns the multi-line string delimiter ("\"\"\"" or "”'")
// open after line s, given the one open before it.
func multiline(s, open string) string {
	for {
		if open != "" {
			i := strings.Index(s, open)
			if i < 0 {
				return open
			}
			s, open = s[i+3:], ""
			continue
		}
		i, j := strings.Index(s, `"""`), strings.Index(s, `'''`)
		switch {
		case i < 0 && j < 0:
			return ""
		case j < 0 || (i >= 0 && i < j):
			s, open = s[i+3:], `"""`
		default:
			s, open = s[j+3:], `'''`
		}
	}
}

// setValue returns key line l with its value replaced by v, keeping the
// spaces and the comment after it.
func setValue(l line, v string) line {
	eq := strings.IndexByte(l.text, '=')
	rest := l.text[eq+1:]
	start := len(rest) - len(strings.TrimLeft(rest, " \t"))
	end := valueEnd(rest, start)
	tail := rest[end:]
	l.text = l.text[:eq+1] + rest[:start] + v + tail
	return l
}

// valueEnd is where the one-line value starting at s[start] ends: after
// its closing quote, or before the spaces and comment after it.
func valueEnd(s string, start int) int {
	if start < len(s) && (s[start] == '"' || s[start] == '\'') {
		q := s[start]
		for i := start + 1; i < len(s); i++ {
			if q == '"' && s[i] == '\\' {
				i++
				continue
			}
			if s[i] == q {
				return i + 1
			}
		}
		return len(s)
	}
	end := len(s)
	if i := strings.IndexByte(s[start:], '#'); i >= 0 {
		end = start + i
	}
	return len(strings.TrimRight(s[:end], " \t"))
}

// recertify returns the text of product record text with the certificate
// of row r's decision, and its previous certificate appended as a
// [[certificate_history]] table. Every other line stays as it was.
func recertify(text string, prod *catalog.Product, h held, r *annex.Row, file string, opts Options) (string, error) {
	ls := lines(text)
	eol := "\n"
	if len(ls) > 0 && ls[0].eol == "\r\n" {
		eol = "\r\n"
	}
	if n := len(ls); n > 0 && ls[n-1].eol == "" {
		ls[n-1].eol = eol // the history is appended after the last line
	}
	stars := find(ls, "", "stars")
	if stars < 0 {
		return "", lang.Errorf("no stars = … line before the first [table]")
	}
	ls[stars] = setValue(ls[stars], strconv.Itoa(r.Stars))
	if i := find(ls, "", "potential_five_star"); i >= 0 {
		ls[i] = setValue(ls[i], strconv.FormatBool(r.PotentialFive))
	} else if r.PotentialFive {
		ls = insert(ls, stars+1, line{text: "potential_five_star = true", eol: eol})
	}
	cert := -1
	for i, l := range ls {
		if l.key == "" && l.table == "certificate" && strings.HasPrefix(strings.TrimSpace(l.text), "[") {
			cert = i
			break
		}
	}
	if cert < 0 {
		return "", lang.Errorf("no [certificate] table")
	}
	dec := opts.Decision
	set := []struct{ key, value string }{
		{"decision_no", scaffold.Quote(dec.No)},
		{"decision_date", dec.Date.Format(time.DateOnly)},
		{"level", scaffold.Quote(dec.Level)},
	}
	after := cert // a missing key goes after the one before it, or the header
	for _, kv := range set {
		i := find(ls, "certificate", kv.key)
		switch {
		case kv.key == "decision_no" && dec.No == "":
			if i >= 0 {
				ls = append(ls[:i], ls[i+1:]...)
			}
			continue
		case i >= 0:
			ls[i] = setValue(ls[i], kv.value)
		default:
			i = after + 1
			ls = insert(ls, i, line{text: kv.key + " = " + kv.value, eol: eol})
		}
		after = i
	}
	// The previous decision's round, end of validity and revocation are
	// not the new one's (the revocation is noted in the history's comment,
	// and so are the editor's comments after those lines).
	var notes []string
	for _, key := range []string{"round_year", "valid_until", "revoked_by", "revoked_on"} {
		if i := find(ls, "certificate", key); i >= 0 {
			if c := trailingComment(ls[i]); c != "" {
				notes = append(notes, c)
			}
			ls = append(ls[:i], ls[i+1:]...)
		}
	}
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(l.text)
		b.WriteString(l.eol)
	}
	b.WriteString(eol)
	b.WriteString(historyEntry(prod, h, r, file, opts, notes, eol))
	return b.String(), nil
}

// trailingComment returns the comment after the value of key line l
// ("# …"), "" if none.
func trailingComment(l line) string {
	rest := l.text[strings.IndexByte(l.text, '=')+1:]
	start := len(rest) - len(strings.TrimLeft(rest, " \t"))
	tail := strings.TrimSpace(rest[valueEnd(rest, start):])
	if !strings.HasPrefix(tail, "#") {
		return ""
	}
	return tail
}

// find returns the index of the line setting key in table, or -1.
func find(ls []line, table, key string) int {
	for i, l := range ls {
		if l.table == table && l.key == key {
			return i
		}
	}
	return -1
}

func insert(ls []line, at int, l line) []line {
	l.table = ls[at-1].table
	return append(ls[:at], append([]line{l}, ls[at:]...)...)
}

// historyEntry is the [[certificate_history]] table of the certificate a
// product held before row r's decision, after its comments: what
// replaced it, its revocation, and notes (comment lines, "# …").
func historyEntry(prod *catalog.Product, h held, r *annex.Row, file string, opts Options, notes []string, eol string) string {
	c := prod.Certificate
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...); b.WriteString(eol) }
	w("# %s", lang.Sprintf(opts.Lang, "Replaced by decision %s of %s (imported from %s, row %d)",
		decisionName(opts.Decision.No), opts.Decision.Date.Format(time.DateOnly), file, r.Line))
	if h.revokedBy != "" || h.revokedOn != "" {
		w("# %s", lang.Sprintf(opts.Lang, "It had been revoked by decision %s of %s.", decisionName(h.revokedBy), h.revokedOn))
	}
	for _, n := range notes {
		w("%s", n)
	}
	w("[[certificate_history]]")
	if c.DecisionNo != "" {
		w("decision_no = %s", scaffold.Quote(c.DecisionNo))
	}
	w("decision_date = %s", c.DecisionDate.Format(time.DateOnly))
	if c.Level != "" {
		w("level = %s", scaffold.Quote(c.Level))
	}
	w("stars = %d", prod.Stars)
	if prod.PotentialFiveStar {
		w("potential_five_star = true")
	}
	if h.validUntilSet {
		w("valid_until = %s", h.validUntil.Format(time.DateOnly))
	}
	return b.String()
}

func decisionName(no string) string {
	if no == "" {
		return "—"
	}
	return no
}
