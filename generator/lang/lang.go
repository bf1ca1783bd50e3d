// Package lang owns the languages of what ocopgen says: every message of
// check, build, serve and new, every help text, exists in Vietnamese and
// in English. A message is written once, as its English fmt format string
// (the key); the Vietnamese text of each key is registered by the package
// that says it, in a file messages_vi.go:
//
//	func init() {
//		lang.Add(map[string]string{
//			"unknown district %q": "không có quận, huyện %q",
//		})
//	}
//
// Messages are formatted by golang.org/x/text/message printers, in the
// language of the catalogue (its `language` setting, Vietnamese unless
// set) or of the --lang flag. A Vietnamese text uses the same verbs in the
// same order as its key, or explicit argument indexes (%[2]s).
package lang

import (
	"fmt"
	"io"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The languages of ocopgen's messages.
var (
	Vietnamese = language.Vietnamese
	English    = language.English
)

// Default is the language of messages when neither the catalogue nor a
// flag says otherwise: the editors are Vietnamese.
var Default = Vietnamese

var (
	mu    sync.Mutex
	cat   = catalog.NewBuilder(catalog.Fallback(language.English))
	texts = map[string]string{} // key → Vietnamese, for Has and the tests
)

// Add registers the Vietnamese texts of English keys. A key added twice
// must have the same text both times.
func Add(vi map[string]string) {
	mu.Lock()
	defer mu.Unlock()
	for key, text := range vi {
		if was, ok := texts[key]; ok && was != text {
			panic(fmt.Sprintf("lang: two Vietnamese texts for %q: %q and %q", key, was, text))
		}
		texts[key] = text
		cat.SetString(language.Vietnamese, key, text)
		cat.SetString(language.English, key, key)
	}
}

// Parse returns the language named "vi" or "en" (as ocopgen.toml and
// --lang write it).
func Parse(name string) (language.Tag, bool) {
	switch name {
	case "vi":
		return Vietnamese, true
	case "en":
		return English, true
	}
	return language.Und, false
}

// printers are the printers made, by language: a printer is safe for
// concurrent use, and reads the catalogue as it is when it prints.
var printers sync.Map // language.Tag → *message.Printer

// Printer returns a printer of messages in language t.
func Printer(t language.Tag) *message.Printer {
	if p, ok := printers.Load(t); ok {
		return p.(*message.Printer)
	}
	p, _ := printers.LoadOrStore(t, message.NewPrinter(t, message.Catalog(cat)))
	return p.(*message.Printer)
}

// Sprintf formats the message key in language t.
// Arguments that are Worded errors are worded in t too, and numbers
// print as digits alone, as package fmt prints them.
func Sprintf(t language.Tag, key string, args ...any) string {
	return Printer(t).Sprintf(key, words(t, args)...)
}

// Fprintf writes the message key, formatted in language t, to w.
func Fprintf(w io.Writer, t language.Tag, key string, args ...any) (int, error) {
	return io.WriteString(w, Sprintf(t, key, args...))
}

// Words returns words, a text with no arguments such as a comment of a
// skeleton, in language t: its Vietnamese text, or itself in English.
// Unlike a message's format it is looked up as it is, never formatted.
func Words(t language.Tag, words string) string {
	if t == Vietnamese {
		if text, ok := Text(words); ok {
			return text
		}
	}
	return words
}

// Text returns the Vietnamese text of key, if registered: for tests that every message has
// both languages.
func Text(key string) (string, bool) {
	mu.Lock()
	defer mu.Unlock()
	t, ok := texts[key]
	return t, ok
}
