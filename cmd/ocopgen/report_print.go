package main

import (
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/report"
)

// The caps of a report: a list shows its first listCap items, then how
// many more there are; an issue of expiring certificates lists issueCap
// (GitHub refuses an issue over 65,536 characters).
const (
	listCap  = 20
	issueCap = 300
)

// reportPage prints a report as markdown (for a GitHub summary, pull request or
// issue) or as plain text (for a terminal), in language t. Every text of
// the catalogue or of the published data passes through text or code, so
// that a name cannot break the layout or forge a line.
type reportPage struct {
	w     io.Writer
	t     language.Tag
	md    bool
	blank bool // the last line written was empty, or nothing was written
}

func newReportPage(w io.Writer, t language.Tag, format string) *reportPage {
	return &reportPage{w: w, t: t, md: format == "markdown", blank: true}
}

func (p *reportPage) line(s string) {
	io.WriteString(p.w, s+"\n")
	p.blank = s == ""
}

// gap ends the block written last with an empty line.
func (p *reportPage) gap() {
	if !p.blank {
		p.line("")
	}
}

func (p *reportPage) title(s string) {
	if p.md {
		s = "## " + s
	}
	p.line(s)
	p.gap()
}

func (p *reportPage) section(s string) {
	p.gap()
	if p.md {
		s = "### " + s
	}
	p.line(s)
	if p.md {
		p.gap()
	}
}

func (p *reportPage) para(s string) {
	p.gap()
	p.line(s)
	p.gap()
}

func (p *reportPage) item(s string) {
	if p.md {
		p.line("- " + s)
		return
	}
	p.line("  - " + s)
}

func (p *reportPage) sub(s string) {
	if p.md {
		p.line("  - " + s)
		return
	}
	p.line("      " + s)
}

// mdSpecial are the characters markdown could read as markup within a
// line: each is written with a backslash before it.
var mdSpecial = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "~", `\~`, "&", `\&`, "#", `\#`)

// listMarker is the start of a text markdown would read as a list item
// or a heading ("- ", "+ ", "12. ", "3) ") where a line starts with it.
var listMarker = regexp.MustCompile(`^([-+]|\d+[.)])`)

// text is s as plain words of a line: control characters escaped, and
// markdown's markup too.
func (p *reportPage) text(s string) string {
	s = diag.Escape(s)
	if !p.md {
		return s
	}
	s = mdSpecial.Replace(s)
	if m := listMarker.FindString(s); m != "" {
		s = m[:len(m)-1] + `\` + s[len(m)-1:]
	}
	return s
}

// code is s, a file path or a place, as code.
func (p *reportPage) code(s string) string {
	s = diag.Escape(s)
	if p.md && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return p.text(s)
}

// bold is words of ocopgen's own, emphasised.
func (p *reportPage) bold(s string) string {
	if p.md {
		return "**" + s + "**"
	}
	return s
}

func (p *reportPage) date(d time.Time) string { return d.Format("02/01/2006") }

// more says how many products of a list of n were left out after listCap.
func (p *reportPage) more(n int) {
	if n > listCap {
		p.item(lang.Sprintf(p.t, "… and %d more products", n-listCap))
	}
}

// report prints what the catalogue changes on the site published at where.
func (p *reportPage) report(r *report.Report, where string) {
	t := p.t
	p.title(lang.Sprintf(t, "What this catalogue changes on the published site"))
	switch {
	case !r.Published:
		p.para(lang.Sprintf(t, "No published data at %s: this is the site's first publication, so every product counts as added.", p.code(where)))
	case r.Generated != "":
		p.para(lang.Sprintf(t, "The catalogue on %s (%d products), compared with the data published at %s on %s (%d products).", p.date(r.Today), r.Current, p.code(where), p.text(generated(r.Generated)), r.Before))
	default:
		p.para(lang.Sprintf(t, "The catalogue on %s (%d products), compared with the data published at %s (%d products).", p.date(r.Today), r.Current, p.code(where), r.Before))
	}
	if r.Published && r.Before == 0 {
		p.para(lang.Sprintf(t, "The published data holds no product: every product counts as added."))
	}
	if r.BySlug > 0 {
		p.para(lang.Sprintf(t, "%d published product(s) do not name their record's file (the data was made by an older ocopgen): they were matched by slug, so a renamed product may show as removed and added.", r.BySlug))
	}
	if !r.Changed() {
		p.para(lang.Sprintf(t, "No product was added, removed, renamed or re-tiered, and no certificate ended, since the published data."))
	}
	list(p, lang.Sprintf(t, "Products added (%d)", len(r.Added)), r.Added, p.product)
	list(p, lang.Sprintf(t, "Products removed (%d)", len(r.Removed)), r.Removed, p.product)
	list(p, lang.Sprintf(t, "Products renamed (%d)", len(r.Renamed)), r.Renamed, p.renamed)
	list(p, lang.Sprintf(t, "Tier changes (%d)", len(r.Retiered)), r.Retiered, p.retiered)
	list(p, lang.Sprintf(t, "Certificates ended since the published data (%d)", len(r.Ended)), r.Ended, p.ended)
	p.expiringSection(r.Expiring)
	p.problems(r.Problems)
}

// generated is the published data's build date, dd/mm/yyyy if it is one.
func generated(s string) string {
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return d.Format("02/01/2006")
	}
	return s
}

// file words where a product's record is: its file, or its slug for a
// published product of an older file.
func (p *reportPage) file(pr report.Product) string {
	if pr.File == "" {
		return lang.Sprintf(p.t, "slug %s", p.code(pr.Slug))
	}
	return p.code(pr.File)
}

// list prints a section headed heading of the items, each worded by
// line, at most listCap of them and then how many more there are.
func list[T any](p *reportPage, heading string, items []T, line func(T) string) {
	if len(items) == 0 {
		return
	}
	p.section(heading)
	for _, it := range items[:min(len(items), listCap)] {
		p.item(line(it))
	}
	p.more(len(items))
}

func (p *reportPage) product(pr report.Product) string {
	return lang.Sprintf(p.t, "%s — %s", p.text(pr.Name), p.file(pr))
}

func (p *reportPage) renamed(r report.Renamed) string {
	return lang.Sprintf(p.t, "%s → %s — %s", p.text(r.Was), p.text(r.Name), p.file(r.Product))
}

func (p *reportPage) retiered(r report.Retiered) string {
	was := tier(p.t, r.WasStars, r.Was == catalog.TierPotential5)
	now := tier(p.t, r.NowStars, r.Now == catalog.TierPotential5)
	return lang.Sprintf(p.t, "%s: %s → %s — %s", p.text(r.Name), was, now, p.file(r.Product))
}

func (p *reportPage) ended(e report.Ended) string {
	if e.Revoked {
		return lang.Sprintf(p.t, "%s: revoked on %s — %s", p.text(e.Name), p.date(e.On), p.file(e.Product))
	}
	return lang.Sprintf(p.t, "%s: no longer valid from %s — %s", p.text(e.Name), p.date(e.On), p.file(e.Product))
}

func (p *reportPage) expiringSection(es []report.Expiring) {
	if len(es) == 0 {
		return
	}
	p.section(lang.Sprintf(p.t, "Certificates expiring within 90 days (%d)", len(es)))
	for _, e := range es[:min(len(es), listCap)] {
		p.item(lang.Sprintf(p.t, "%s — %s — %s", p.text(e.Name), p.file(e.Product), p.left(e)))
	}
	if len(es) > listCap {
		p.item(lang.Sprintf(p.t, "… and %d more certificates (ocopgen report --expiring lists them all)", len(es)-listCap))
	}
}

// left says until when a certificate is valid, and how many days that is.
func (p *reportPage) left(e report.Expiring) string {
	if e.Days == 0 {
		return lang.Sprintf(p.t, "valid until %s: today is its last day", p.date(e.ValidUntil))
	}
	return lang.Sprintf(p.t, "valid until %s, %d days left", p.date(e.ValidUntil), e.Days)
}

// problems prints check's problems, errors then warnings, a line per
// kind with its count and the places of its first ones.
func (p *reportPage) problems(kinds []report.Kind) {
	for _, sev := range []diag.Severity{diag.Error, diag.Warning} {
		var these []report.Kind
		n := 0
		for _, k := range kinds {
			if k.Severity == sev {
				these = append(these, k)
				n += k.Count
			}
		}
		if n == 0 {
			continue
		}
		if sev == diag.Error {
			p.section(lang.Sprintf(p.t, "Errors found by ocopgen check (%d): the site is not published until they are corrected", n))
		} else {
			p.section(lang.Sprintf(p.t, "Warnings found by ocopgen check (%d)", n))
		}
		for _, k := range these[:min(len(these), listCap)] {
			p.kind(k)
		}
		if len(these) > listCap {
			p.item(lang.Sprintf(p.t, "… and %d more kinds of problem (ocopgen check lists every one)", len(these)-listCap))
		}
	}
}

func (p *reportPage) kind(k report.Kind) {
	p.item(lang.Sprintf(p.t, "%s (%d)", p.bold(p.text(kindLabel(p.t, k.Key))), k.Count))
	for _, pr := range k.First {
		p.sub(lang.Sprintf(p.t, "%s: %s", p.code(pr.Pos.String()), p.text(pr.Text(p.t))))
	}
	if k.Count > len(k.First) {
		p.sub(lang.Sprintf(p.t, "… and %d more", k.Count-len(k.First)))
	}
}

// verb is a verb of a message's format.
var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*(\d+|\*)?(\.(\d+|\*))?[a-zA-Z%]`)

// kindLabel words a kind of problem, its message's format key, in
// language t: the message with "…" for what differs from one record to
// the next.
func kindLabel(t language.Tag, key string) string {
	return verb.ReplaceAllStringFunc(lang.Words(t, key), func(v string) string {
		if v == "%%" {
			return "%"
		}
		return "…"
	})
}

// expiring prints the certificates that end within 90 days of today, as
// the body of an issue (markdown) or lines of text; nothing at all when
// there is none.
func (p *reportPage) expiring(es []report.Expiring, today time.Time) {
	if len(es) == 0 {
		return
	}
	t := p.t
	if !p.md {
		for _, e := range es {
			p.line(lang.Sprintf(t, "%s — %s — %s", p.text(e.Name), p.code(e.File), p.left(e)))
		}
		return
	}
	p.para(lang.Sprintf(t, "%d OCOP certificate(s) end within 90 days of %s, the soonest first:", len(es), p.date(today)))
	p.line(lang.Sprintf(t, "| Product | File | Valid until | Days left |"))
	p.line("|---|---|---|---|")
	for _, e := range es[:min(len(es), issueCap)] {
		p.line("| " + p.text(e.Name) + " | " + p.code(e.File) + " | " + p.date(e.ValidUntil) + " | " + strconv.Itoa(e.Days) + " |")
	}
	if len(es) > issueCap {
		p.para(lang.Sprintf(t, "… and %d more (ocopgen report --expiring --format text lists them all).", len(es)-issueCap))
	}
	p.para(lang.Sprintf(t, "To renew a certificate, have the product evaluated again, then write the new decision in the [certificate] table of its file (the editors' guide says how). This list is made again every night: a certificate renewed leaves it, and the issue is closed when none is left."))
}
