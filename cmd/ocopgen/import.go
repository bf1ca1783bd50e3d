package main

import (
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/annex"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/records"
	"github.com/ocopgen/ocopgen/generator/source"
)

// importFlags are the flags of import.
type importFlags struct {
	source, decision, date, level string
	dryRun                        bool
}

func cmdImport(t language.Tag, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", lang.Sprintf(t, "import FILE [-s DIR] [--dry-run] [--decision NO] [--date YYYY-MM-DD] [--level city|district|central]"), t, stderr)
	var f importFlags
	fs.StringVar(&f.source, "s", ".", lang.Sprintf(t, "catalogue folder, the one holding ocopgen.toml"))
	fs.StringVar(&f.source, "source", ".", lang.Sprintf(t, "same as -s"))
	fs.BoolVar(&f.dryRun, "dry-run", false, lang.Sprintf(t, "print what would be added and updated, and write nothing"))
	fs.StringVar(&f.decision, "decision", "", lang.Sprintf(t, "the decision's number, like 1234/QĐ-UBND; default the one of the sheet's title"))
	fs.StringVar(&f.date, "date", "", lang.Sprintf(t, "the decision's date (YYYY-MM-DD); default the one of the sheet's title"))
	fs.StringVar(&f.level, "level", "city", lang.Sprintf(t, "who certified: city, district or central"))
	registerLang(fs, t)
	pos, code := parseWithArgs(fs, args)
	if code >= 0 {
		return code
	}
	if len(pos) != 1 {
		fs.Usage()
		return exitUsage
	}
	dec, err := f.decisionFlags()
	if err == nil {
		err = hasConfig(f.source)
	}
	if err != nil {
		failed(stderr, t, "import", err)
		return exitUsage
	}
	return runImport(t, pos[0], f, dec, stdout, stderr)
}

// parseWithArgs parses flags that may come before or after the
// arguments, and returns the arguments, or an exit code (-1 to go on).
func parseWithArgs(fs *flag.FlagSet, args []string) ([]string, int) {
	var pos []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK
			}
			return nil, exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return pos, -1
}

// decisionFlags reads --decision, --date and --level.
func (f importFlags) decisionFlags() (records.Decision, error) {
	dec := records.Decision{No: strings.TrimSpace(f.decision), Level: f.level}
	switch f.level {
	case "city", "district", "central":
	default:
		return dec, lang.Errorf("--level %q: write city (the city's or province's decision), district or central", f.level)
	}
	if f.date != "" {
		d, err := time.Parse(time.DateOnly, f.date)
		if err != nil {
			return dec, lang.Errorf("--date %q: write the decision's day as YYYY-MM-DD, for example --date 2024-03-12", f.date)
		}
		dec.Date = d
	}
	return dec, nil
}

func hasConfig(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, load.ConfigFile)); err != nil {
		return lang.Errorf("no ocopgen.toml in %s: run ocopgen in a catalogue folder or name one with -s DIR", dir)
	}
	return nil
}

func runImport(t language.Tag, file string, f importFlags, dec records.Decision, stdout, stderr io.Writer) int {
	src, err := source.Open(f.source)
	if err != nil {
		failed(stderr, t, "import", err)
		return exitProblems
	}
	defer src.Close()
	today := time.Now()
	cat, probs := load.Load(src, load.Options{Today: today})
	if errs, _ := probs.Count(); errs > 0 {
		diag.PrintIn(stdout, probs.Problems(), diag.Text, t)
		lang.Fprintf(stderr, t, "ocopgen import: the catalogue has %d error(s): correct them first (ocopgen check lists them); nothing was written\n", errs)
		return exitProblems
	}
	a, sheetProbs := annex.ReadFile(file, annex.PlacesOf(cat))
	if errs := errorCount(sheetProbs); errs > 0 && len(a.Rows) == 0 {
		diag.PrintIn(stdout, sheetProbs, diag.Text, t)
		lang.Fprintf(stderr, t, "ocopgen import: %d error(s) in %s, and no product row could be read from it; nothing was written\n", errs, file)
		return exitProblems
	}
	printColumns(stderr, t, a)
	if dec.No == "" {
		dec.No = a.DecisionNo
	}
	if dec.Date.IsZero() {
		dec.Date = a.DecisionDate
	}
	if dec.No == "" || dec.Date.IsZero() {
		diag.PrintIn(stdout, sheetProbs, diag.Text, t)
		lang.Fprintf(stderr, t, "ocopgen import: %s names no decision in its title (\"Kèm theo Quyết định số …/QĐ-UBND ngày dd/mm/yyyy\"): pass --decision 1234/QĐ-UBND --date 2024-03-12; nothing was written\n", file)
		return exitUsage
	}
	plan := records.Make(src, cat, withoutFaults(a, sheetProbs), records.Options{Decision: dec, Lang: t, Today: today})
	for _, p := range sheetProbs {
		plan.Problems.Add(p)
	}
	printPlan(stdout, t, plan)
	diag.PrintIn(stdout, plan.Problems.Problems(), diag.Text, t)
	added, updated := plan.Counts()
	if errs, _ := plan.Problems.Count(); errs > 0 {
		lang.Fprintf(stderr, t, "ocopgen import: %d error(s) in %s or its records; nothing was written\n", errs, file)
		return exitProblems
	}
	if f.dryRun {
		lang.Fprintf(stderr, t, "ocopgen import: dry run: %d to add, %d to update, %d already recorded; nothing was written\n", added, updated, len(plan.Skipped))
		return exitOK
	}
	if err := plan.Write(f.source); err != nil {
		failed(stderr, t, "import", err)
		return exitProblems
	}
	lang.Fprintf(stderr, t, "ocopgen import: %d added, %d updated, %d already recorded, from decision %s of %s\n", added, updated, len(plan.Skipped), dec.No, dec.Date.Format(time.DateOnly))
	return exitOK
}

// errorCount is the number of errors among probs.
func errorCount(probs []diag.Problem) int {
	n := 0
	for _, p := range probs {
		if p.Severity == diag.Error {
			n++
		}
	}
	return n
}

// printColumns says which column of the sheet was taken for which field:
// by letter for a workbook ("column G"), by number for CSV ("column 7"),
// as the positions of the sheet's problems name them.
func printColumns(w io.Writer, t language.Tag, a *annex.Annex) {
	for _, c := range a.Columns {
		col := strconv.Itoa(c.Index)
		if a.Workbook {
			col = diag.ColumnLetters(c.Index)
		}
		lang.Fprintf(w, t, "column %s %q: %s\n", col, c.Header, fieldName(t, c.Field))
	}
}

func fieldName(t language.Tag, field string) string {
	switch field {
	case "stt":
		return lang.Sprintf(t, "row number")
	case "district":
		return lang.Sprintf(t, "district")
	case "name":
		return lang.Sprintf(t, "product name")
	case "producer":
		return lang.Sprintf(t, "producer")
	case "address":
		return lang.Sprintf(t, "address")
	case "group":
		return lang.Sprintf(t, "group")
	case "subgroup":
		return lang.Sprintf(t, "subgroup")
	case "stars":
		return lang.Sprintf(t, "stars")
	}
	return field
}

// printPlan lists what the import adds, updates and finds recorded.
func printPlan(w io.Writer, t language.Tag, p *records.Plan) {
	for _, c := range p.Changes {
		switch c.Kind {
		case records.Add:
			lang.Fprintf(w, t, "add %s: %s (%s, %s)\n", c.File, c.Name, c.District, tier(t, c.Stars, c.PotentialFive))
		case records.Update:
			lang.Fprintf(w, t, "update %s: %s (%s, %d → %s)\n", c.File, c.Name, c.District, c.FromStars, tier(t, c.Stars, c.PotentialFive))
		}
	}
	for _, s := range p.Skipped {
		lang.Fprintf(w, t, "already recorded %s: %s (row %d)\n", s.File, s.Name, s.Line)
	}
}

func tier(t language.Tag, stars int, potential bool) string {
	if potential {
		return lang.Sprintf(t, "%d stars (potential 5 stars)", stars)
	}
	return lang.Sprintf(t, "%d stars", stars)
}

// withoutFaults is the annex a without the rows the sheet's errors are
// on (two rows of one product, for one): those are reported once, as the
// sheet's, and nothing is written anyway.
func withoutFaults(a *annex.Annex, probs []diag.Problem) *annex.Annex {
	bad := map[int]bool{}
	for _, p := range probs {
		if p.Severity == diag.Error && p.File == a.File {
			bad[p.Line] = true
		}
	}
	if len(bad) == 0 {
		return a
	}
	kept := *a
	kept.Rows = nil
	for _, r := range a.Rows {
		if !bad[r.Line] {
			kept.Rows = append(kept.Rows, r)
		}
	}
	return &kept
}
