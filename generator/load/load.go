// Package load reads a catalogue from a file system into the domain model
// (package catalog) and validates it: TOML syntax, unknown keys, required
// fields, ranges, references between records, slugs, text encoding and
// images. It reports every problem it finds, each with file, line and column,
// and loads whatever it can in spite of them: a record whose file cannot be
// read or decoded is still known by its slug (failed.go), so that one
// mistake is one message. What it offers for a name or key it does not
// know is in suggest.go.
package load

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ocopgen/ocopgen/generator/catalog"
	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/source"
	"github.com/ocopgen/ocopgen/generator/vntext"
	"github.com/ocopgen/ocopgen/internal/parallel"
)

// Options tune loading.
type Options struct {
	// Today is the build date, against which certificates are checked.
	Today time.Time
}

// ContentDir is the folder of a catalogue that holds its records.
const ContentDir = "content"

// Load reads the catalogue rooted at fsys (the folder of ocopgen.toml).
// The catalogue is usable for rendering only when the list has no errors.
func Load(fsys fs.FS, opts Options) (*catalog.Catalog, *diag.List) {
	return NewState(fsys, opts).Catalog()
}

// State is a loaded catalogue that takes changes of product files without
// reading the other files again: serve keeps one, and after an editor saves
// a product it decodes that file alone, then links the catalogue anew.
type State struct {
	l          *loader
	fixed      *diag.List                // problems of every file but the products
	fileProbs  map[string][]diag.Problem // problems of each record file read one by one
	groups     map[string]*catalog.Group
	groupSlugs []string
	last       *diag.List         // the problems Catalog last found, kept up to date by Patch
	order      []*catalog.Product // the products of the last catalogue, in its order
}

// NewState loads the whole catalogue rooted at fsys.
func NewState(fsys fs.FS, opts Options) *State {
	today := opts.Today
	if today.IsZero() {
		today = time.Now()
	}
	l := &loader{
		fsys:  fsys,
		probs: &diag.List{},
		cat:   &catalog.Catalog{Today: date(today)},
		coll:  vntext.NewCollator(),
	}
	s := &State{l: l, fixed: l.probs, fileProbs: map[string][]diag.Problem{}}
	source.Check(fsys, ContentDir, l.probs)
	l.loadSite()
	l.loadGroups()
	l.loadDistricts()
	l.loadCommunes()
	s.groups = map[string]*catalog.Group{}
	for _, g := range l.cat.Groups {
		s.groups[g.Slug] = g
		s.groupSlugs = append(s.groupSlugs, g.Slug)
	}
	for _, kind := range []string{"tourism", "sales-points", "stories", "products"} {
		s.decode(kind, l.files(kind, recordDirs[kind]))
	}
	return s
}

// decode reads the given record files of one kind (a folder of content/),
// in parallel, replacing what was known of them.
func (s *State) decode(kind string, names []string) {
	l := s.l
	switch kind {
	case "products":
		redecode(l, names, &l.products, s.fileProbs, pendingProduct.file, func(l *loader, name string) (pendingProduct, bool) {
			return l.loadProduct(name, s.groups, s.groupSlugs)
		})
	case "stories":
		redecode(l, names, &l.stories, s.fileProbs, pendingStory.file, (*loader).loadStory)
	case "tourism":
		redecode(l, names, &l.tourism, s.fileProbs, pendingTourism.file, (*loader).loadTourismLink)
	case "sales-points":
		redecode(l, names, &l.salesPoints, s.fileProbs, pendingSalesPoint.file, (*loader).loadSalesPoint)
	}
}

func (pp pendingProduct) file() string    { return pp.p.File }
func (ps pendingStory) file() string      { return ps.s.File }
func (pt pendingTourism) file() string    { return pt.t.File }
func (ps pendingSalesPoint) file() string { return ps.sp.File }

// redecode reads the named files of one kind of record, in parallel, into
// list (kept in file order), and their problems into probs: a file that
// decodes replaces or joins its record; one that does not, or is gone,
// leaves the list.
func redecode[T any](l *loader, names []string, list *[]T, probs map[string][]diag.Problem, file func(T) string, decode func(*loader, string) (T, bool)) {
	type decoded struct {
		name  string
		rec   T
		ok    bool
		probs []diag.Problem
	}
	results := decodeAll(names, func(name string) (decoded, bool) {
		if _, err := fs.Stat(l.fsys, name); isNotExist(err) {
			return decoded{name: name}, true // deleted: no problem to report
		}
		c := *l // the same catalogue, with a problem list of its own
		c.probs = &diag.List{}
		rec, ok := decode(&c, name)
		return decoded{name, rec, ok, c.probs.Problems()}, true
	})
	at := make(map[string]int, len(names)) // where the files named are in list
	if len(names) > 0 {
		wanted := make(map[string]bool, len(names))
		for _, n := range names {
			wanted[n] = true
		}
		for i, r := range *list {
			if f := file(r); wanted[f] {
				at[f] = i
			}
		}
	}
	var added []T
	var gone []string
	for _, r := range results {
		if r.probs == nil {
			delete(probs, r.name)
		} else {
			probs[r.name] = r.probs
		}
		i, known := at[r.name]
		switch {
		case known && r.ok:
			(*list)[i] = r.rec
		case known:
			gone = append(gone, r.name)
		case r.ok:
			added = append(added, r.rec)
		}
	}
	if len(gone) > 0 {
		*list = slices.DeleteFunc(*list, func(r T) bool { return slices.Contains(gone, file(r)) })
	}
	if len(added) > 0 {
		*list = append(*list, added...)
		slices.SortFunc(*list, func(a, b T) int { return walkOrder(file(a), file(b)) })
	}
}

// recordDirs are the folders of content/ whose records State.Update reads
// again one by one, with the extension of their files.
var recordDirs = map[string]string{"products": ".toml", "stories": ".md", "tourism": ".md", "sales-points": ".toml"}

// recordKind returns the folder of content/ that holds the record file
// name ("products", "stories", "tourism", "sales-points"), or "".
func recordKind(name string) string {
	rest, ok := strings.CutPrefix(name, ContentDir+"/")
	if !ok {
		return ""
	}
	for part := range strings.SplitSeq(rest, "/") {
		if hidden(part) {
			return "" // files() skips it, and what is below it
		}
	}
	dir, _, _ := strings.Cut(rest, "/")
	if ext, ok := recordDirs[dir]; ok && path.Ext(name) == ext && rest != dir {
		return dir
	}
	return ""
}

// Updatable reports whether State.Update can take a change of the file
// name (relative to the catalogue): a product, story, tourism link or
// sales point. A change of any other file needs a new State.
func Updatable(name string) bool { return recordKind(name) != "" }

// Update takes changes of the record files named (relative to the
// catalogue, e.g. content/products/x.toml; see Updatable): each is read
// again, or dropped if it is gone, and added if it is new.
func (s *State) Update(names []string) {
	byKind := map[string][]string{}
	for _, name := range names {
		kind := recordKind(name)
		byKind[kind] = append(byKind[kind], name)
	}
	for kind, names := range byKind {
		s.decode(kind, names)
	}
}

// Catalog links the records as they stand and returns a new catalogue
// with every problem found. Each call gives a fresh catalogue and list;
// no record of a catalogue handed out before is written.
func (s *State) Catalog() (*catalog.Catalog, *diag.List) {
	l := s.l
	l.probs = s.problems()
	recs := catalog.Catalog{Site: l.cat.Site, Today: l.cat.Today, Districts: l.cat.Districts, Groups: l.cat.Groups}
	recs.Tourism = records(l.tourism, func(pt pendingTourism) *catalog.Tourism { return pt.t })
	recs.SalesPoints = records(l.salesPoints, func(ps pendingSalesPoint) *catalog.SalesPoint { return ps.sp })
	recs.Stories = records(l.stories, func(ps pendingStory) *catalog.Story { return ps.s })
	stated := l.resolve(&recs)
	l.checkProducers()
	recs.Stories = records(l.stories, func(ps pendingStory) *catalog.Story { return ps.s }) // as settled
	recs.Products = s.ordered()
	cat := catalog.Link(recs, stated)
	s.order = cat.Products
	for i := range l.products {
		l.products[i].shared = true
	}
	for i := range l.stories {
		l.stories[i].shared = true
	}
	s.last = l.probs
	return cat, l.probs
}

// problems starts the list of a link with the problems of every file, and
// sends the problems of references to it, whichever list the records were
// decoded with.
func (s *State) problems() *diag.List {
	l := s.l
	probs := &diag.List{}
	for _, p := range s.fixed.Problems() {
		probs.Add(p)
	}
	for _, ps := range s.fileProbs {
		for _, p := range ps {
			probs.Add(p)
		}
	}
	for _, pp := range l.products {
		pp.doc.probs = probs
	}
	for _, ps := range l.stories {
		ps.doc.probs = probs
	}
	for _, pt := range l.tourism {
		pt.doc.probs = probs
	}
	for _, ps := range l.salesPoints {
		ps.doc.probs = probs
	}
	return probs
}

// ordered lists the products in the last catalogue's order, so that
// sorting an edited catalogue again is nearly free: known products keep
// their place, new ones (and new versions) go last, in file order.
func (s *State) ordered() []*catalog.Product {
	l := s.l
	current := make(map[*catalog.Product]bool, len(l.products))
	for _, pp := range l.products {
		current[pp.p] = true
	}
	ordered := make([]*catalog.Product, 0, len(l.products))
	for _, p := range s.order {
		if current[p] {
			ordered = append(ordered, p)
			delete(current, p)
		}
	}
	for _, pp := range l.products { // in file order
		if current[pp.p] {
			ordered = append(ordered, pp.p)
		}
	}
	return ordered
}

// records lists the records of pending ones.
func records[P, R any](pending []P, rec func(P) R) []R {
	out := make([]R, len(pending))
	for i, p := range pending {
		out[i] = rec(p)
	}
	return out
}

type loader struct {
	fsys  fs.FS
	probs *diag.List
	cat   *catalog.Catalog
	coll  *vntext.Collator

	districtByKey map[string]*catalog.District // by slug and by name key
	districtNames []string                     // in the file's order, for suggestions
	communes      *communeList                 // what commune_2025 names; nil: not checked
	products      []pendingProduct
	salesPoints   []pendingSalesPoint
	stories       []pendingStory
	tourism       []pendingTourism
}

// readText reads a catalogue file as NFC text. It reports invalid UTF-8
// and legacy Vietnamese encodings, and returns ok=false when the file cannot
// be used.
func (l *loader) readText(name string) (string, bool) {
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		source.Report(l.probs, name, err)
		return "", false
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // Windows editors' byte-order mark
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line, col := lineCol(string(data[:off]), off, 0)
		l.probs.Errorf(diag.Pos{File: name, Line: line, Col: col},
			"invalid UTF-8 (byte 0x%02x): save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)", data[off])
		return "", false
	}
	text := vntext.NFC(string(data))
	if word, off, ok := vntext.LooksLegacy(text); ok {
		line, col := lineCol(text, off, 0)
		l.probs.Errorf(diag.Pos{File: name, Line: line, Col: col},
			"%q looks like Vietnamese in the old TCVN3 (ABC) or VNI encoding: convert the text to Unicode (for example with Unikey's converter) and save as UTF-8", word)
		return "", false
	}
	return text, true
}

// files lists the files under content/dir with the given extensions, in
// lexical order, and warns about other files there. What cannot be read
// there is left out: NewState reports it with the rest of content/.
func (l *loader) files(dir string, exts ...string) []string {
	root := path.Join(ContentDir, dir)
	var out []string
	fs.WalkDir(l.fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // reported by source.Check
		}
		if hidden(d.Name()) && p != root {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // editors' hidden, backup and lock files
		}
		if d.IsDir() {
			return nil
		}
		if p == root {
			l.probs.Errorf(diag.Pos{File: p}, "this is a file, where the folder of the %s files belongs; move the file away and make %s/ a folder", strings.Join(exts, ", "), root)
			return nil
		}
		if source.Refused(p, d) != nil {
			return nil // reported by source.Check
		}
		if slices.Contains(exts, path.Ext(d.Name())) {
			out = append(out, p)
		} else {
			l.probs.Warnf(diag.Pos{File: p}, "ignored: only %s files are read in %s/", strings.Join(exts, ", "), root)
		}
		return nil
	})
	return out
}

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// slugOfFile returns the slug of a record named by its file, e.g.
// content/stories/2024/lang-gom.md → lang-gom.
func slugOfFile(name string) string {
	base := path.Base(name)
	return vntext.Slug(strings.TrimSuffix(base, path.Ext(base)))
}

// fileSlug returns the slug of a record named by its file, reporting a
// file name that gives none ("★★★.md"): the slug makes the record's URL.
// title, if any, gives the file name to suggest.
func (l *loader) fileSlug(name, title string) (string, bool) {
	if s := slugOfFile(name); s != "" {
		return s, true
	}
	ext := path.Ext(name)
	like := vntext.Slug(title)
	if like == "" {
		like = "ten-bai"
	}
	l.probs.Errorf(diag.Pos{File: name}, "the file name %q gives an empty slug (it has no letter or digit), and the slug makes the URL: rename the file, like %q", path.Base(name), like+ext)
	return "", false
}

// date keeps the calendar day of t, at midnight UTC.
func date(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// checkImage reports an image path of a record that does not name a file
// inside content/. Paths are relative to content/.
func (l *loader) checkImage(d *doc, key, img string) (string, bool) {
	if strings.TrimSpace(img) == "" {
		// An image list's "" names no file; so does image = "" written out.
		if img != "" || key == "images" || d.prefix == "" && d.md.IsDefined(key) {
			d.errItem(key, img, "image %q is empty: write the path of an image inside content/, like \"media/banh-chung.jpg\", or remove it", img)
		}
		return "", false
	}
	clean := path.Clean(img)
	switch {
	case strings.HasPrefix(img, "/") || strings.Contains(img, `\`) || strings.Contains(img, "://"):
		d.errItem(key, img, "image %q: write a path inside content/ with forward slashes, like \"media/banh-chung.jpg\"", img)
		return "", false
	case clean == ".." || strings.HasPrefix(clean, "../"):
		d.errItem(key, img, "image %q leaves content/: put the file under content/media/ and write \"media/<file>\"", img)
		return "", false
	}
	fi, err := fs.Stat(l.fsys, path.Join(ContentDir, clean))
	switch {
	case err != nil && !isNotExist(err):
		source.Report(l.probs, path.Join(ContentDir, clean), err) // a link refused, or unreadable
		return "", false
	case err != nil:
		l.imageNotFound(d, key, img, clean)
		return "", false
	case fi.IsDir():
		d.errItem(key, img, "image %q is a folder, not a file: name an image file in it, like \"media/banh-chung.jpg\"", img)
		return "", false
	case !fi.Mode().IsRegular():
		d.errItem(key, img, "image %q is not a regular file: put the image itself under content/media/ and write \"media/<file>\"", img)
		return "", false
	}
	return clean, true
}

func sortedStrings(ss []string) []string {
	slices.Sort(ss)
	return ss
}

// decodeAll runs decode on every file, on all processors, and returns the
// results that succeeded in the order of the files.
func decodeAll[T any](names []string, decode func(name string) (T, bool)) []T {
	results := make([]T, len(names))
	ok := make([]bool, len(names))
	forEach(len(names), func(i int) { results[i], ok[i] = decode(names[i]) })
	out := results[:0]
	for i, r := range results {
		if ok[i] {
			out = append(out, r)
		}
	}
	return out
}

// forEach runs f(0) … f(n-1) on all processors.
func forEach(n int, f func(i int)) {
	parallel.For(context.Background(), n, func(i int) error { f(i); return nil })
}

// walkOrder orders slash-separated paths as fs.WalkDir visits them: name
// by name, so that "a/x" comes before "a-b/x".
func walkOrder(a, b string) int {
	for {
		ha, ra, moreA := strings.Cut(a, "/")
		hb, rb, moreB := strings.Cut(b, "/")
		if c := strings.Compare(ha, hb); c != 0 {
			return c
		}
		switch {
		case !moreA && !moreB:
			return 0
		case !moreA:
			return -1
		case !moreB:
			return 1
		}
		a, b = ra, rb
	}
}

// hidden reports a file or folder name that files() skips: hidden ones,
// and editors' backup and lock files.
func hidden(name string) bool { return source.Skipped(name) }
