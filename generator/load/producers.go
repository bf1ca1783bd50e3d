package load

import "github.com/ocopgen/ocopgen/generator/vntext"

// checkProducers reports a producer written two ways: names that share
// vntext.OrgSlug (the slug of the producer's page) but differ as written,
// by tone placement, case, spacing or "HTX" for "Hợp tác xã". The first
// spelling, in file order, is the one the others are compared with; each
// other spelling is reported once, at the first file that writes it.
func (l *loader) checkProducers() {
	type seen struct{ name, file string }
	first := map[string]seen{}
	told := map[string]bool{}
	for _, pp := range l.products {
		p := pp.p
		if pp.failed || p.Producer == "" {
			continue
		}
		key := vntext.OrgSlug(p.Producer)
		s, ok := first[key]
		switch {
		case !ok:
			first[key] = seen{p.Producer, p.File}
		case s.name != p.Producer && !told[p.Producer]:
			told[p.Producer] = true
			pp.doc.warnValue("producer", "producer %q is written %q in %s: write the same producer the same way in every file, so that its products share one page", p.Producer, s.name, s.file)
		}
	}
}
