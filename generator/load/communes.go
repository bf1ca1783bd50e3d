package load

import (
	_ "embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"github.com/ocopgen/ocopgen/generator/vntext"
)

// CommunesFile is the file of a catalogue that lists its communes and
// wards from 1 July 2025, in place of the built-in list of Hà Nội.
const CommunesFile = ContentDir + "/communes.toml"

// hanoiCommunes is the built-in list: the 126 units of Nghị quyết
// 1656/NQ-UBTVQH15, in the form of CommunesFile.
//
//go:embed communes.toml
var hanoiCommunes string

type communesFile struct {
	Commune []struct {
		Name string `toml:"name"`
		Kind string `toml:"kind"`
	} `toml:"commune"`
}

// communeKinds are the commune-level units of the 2025 reform.
var communeKinds = []string{"xã", "phường", "đặc khu"}

// communeList is what commune_2025 is checked against.
type communeList struct {
	file   string              // CommunesFile, or "" for the built-in list
	byKey  map[string]string   // vntext.NameKey → name
	byFold map[string][]string // vntext.Slug → names, for names written without some marks
	names  []string            // in the list's order, for suggestions
}

func newCommuneList(file string) *communeList {
	return &communeList{file: file, byKey: map[string]string{}, byFold: map[string][]string{}}
}

// add adds a unit, and reports whether its name was new.
func (c *communeList) add(name string) bool {
	key := vntext.NameKey(name)
	if _, dup := c.byKey[key]; dup {
		return false
	}
	c.byKey[key] = name
	fold := vntext.Slug(name)
	c.byFold[fold] = append(c.byFold[fold], name)
	c.names = append(c.names, name)
	return true
}

// builtinCommunes parses the built-in list once.
var builtinCommunes = sync.OnceValue(func() *communeList {
	var f communesFile
	if _, err := toml.Decode(hanoiCommunes, &f); err != nil {
		return nil // the tests keep the list well formed
	}
	c := newCommuneList("")
	for _, u := range f.Commune {
		c.add(vntext.NFC(u.Name))
	}
	return c
})

// loadCommunes reads CommunesFile when it exists, else uses the built-in
// list. A file that cannot be used leaves commune_2025 unchecked: its own
// problems are reported, and every product's would only repeat them.
func (l *loader) loadCommunes() {
	if _, err := fs.Stat(l.fsys, CommunesFile); err != nil {
		l.communes = builtinCommunes()
		return
	}
	text, ok := l.readText(CommunesFile)
	if !ok {
		return
	}
	var f communesFile
	d, ok := l.decodeTOML(CommunesFile, text, 0, &f)
	if !ok {
		return
	}
	c := newCommuneList(CommunesFile)
	for i, u := range f.Commune {
		d.prefix = fmt.Sprintf("commune[%d].", i)
		switch {
		case strings.TrimSpace(u.Name) == "":
			d.missing("name", `"Phúc Thịnh"`)
		case !c.add(u.Name):
			d.errValue("name", "commune %q is listed twice: remove one", u.Name)
		}
		d.oneOf("kind", u.Kind, communeKinds...)
	}
	d.prefix = ""
	if len(f.Commune) == 0 {
		l.probs.Errorf(d.table(), "communes.toml lists no commune: add [[commune]] tables with name = \"…\" and kind = \"xã\" or \"phường\", or delete the file to use the 126 communes and wards of Hà Nội")
		return
	}
	l.communes = c
}

// communePrefixes are the kinds editors write before a unit's name ("xã
// Bát Tràng"), as vntext.NameKey writes them.
var communePrefixes = []string{"xã ", "phường ", "đặc khu "}

// bare returns the key of a unit's name without the kind editors write
// before it ("xã Bát Tràng").
func bare(name string) string {
	key := vntext.NameKey(name)
	for _, p := range communePrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok {
			return strings.TrimSpace(rest)
		}
	}
	return key
}

// find returns the unit named name, across tone placement, case and a
// leading "xã" or "phường".
func (c *communeList) find(name string) (string, bool) {
	if n, ok := c.byKey[vntext.NameKey(name)]; ok {
		return n, true
	}
	n, ok := c.byKey[bare(name)]
	return n, ok
}

// checkCommune2025 checks a product's commune_2025 against the list, and
// returns the unit it names as the list writes it ("" for none, or when
// the list is not known), so that the products of one commune or ward are
// found under one name. A name that matches one unit
// only once its marks are dropped ("Phuc Thinh") is a warning that gives
// the name in full; one that matches several that way, or none, is an
// error.
func (l *loader) checkCommune2025(d *doc, name string) string {
	c := l.communes
	if c == nil || strings.TrimSpace(name) == "" {
		return ""
	}
	if n, ok := c.find(name); ok {
		return n
	}
	switch same := c.byFold[vntext.Slug(bare(name))]; {
	case len(same) == 1:
		d.warnValue("commune_2025", "commune_2025 = %q is missing marks or has the wrong ones: write commune_2025 = %q", name, same[0])
		return same[0]
	case len(same) > 1:
		d.errValue("commune_2025", "commune_2025 = %q could be any of %s: write the name with its marks, like commune_2025 = %q", name, quoteAll(same), same[0])
	default:
		m := unknownCommune(name, c)
		d.errValue("commune_2025", m.format, m.args...)
	}
	return ""
}

// unknownCommune is the message of a commune_2025 that is no unit of the
// list, with the nearest name when one is close.
func unknownCommune(name string, c *communeList) msg {
	near, close := nearest(name, c.names)
	switch {
	case c.file == "" && close:
		return say("unknown commune_2025 %q (did you mean %q?): write the name of a xã or phường of Hà Nội from 1 July 2025 (Nghị quyết 1656/NQ-UBTVQH15), or remove the line until it is known", name, near)
	case c.file == "":
		return say("unknown commune_2025 %q: write the name of a xã or phường of Hà Nội from 1 July 2025 (Nghị quyết 1656/NQ-UBTVQH15), or remove the line until it is known", name)
	case close:
		return say("unknown commune_2025 %q (did you mean %q?): write the name of a xã or phường listed in %s, or add it there", name, near, c.file)
	}
	return say("unknown commune_2025 %q: write the name of a xã or phường listed in %s, or add it there", name, c.file)
}
