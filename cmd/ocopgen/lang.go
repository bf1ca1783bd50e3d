package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
	"github.com/ocopgen/ocopgen/generator/load"
)

// chooseLanguage picks the language of everything the command prints,
// before anything else is read: --lang vi|en wherever it is in args, else
// the `language` of the catalogue's ocopgen.toml (the folder of -s, or the
// current one), else Vietnamese. It returns args without --lang, and
// false, having said why in Vietnamese, if --lang names no language.
func chooseLanguage(args []string, stderr io.Writer) (language.Tag, []string, bool) {
	var rest []string
	name := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		flagName, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || flagName != "lang" {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				value = ""
			} else {
				i++
				value = args[i]
			}
		}
		name = value
	}
	if name != "" || hasFlag(args, "lang") {
		t, ok := lang.Parse(name)
		if !ok {
			lang.Fprintf(stderr, lang.Default, "ocopgen: --lang %q: write --lang vi for Vietnamese or --lang en for English\n", name)
			return lang.Default, rest, false
		}
		return t, rest, true
	}
	return catalogueLanguage(sourceOf(rest)), rest, true
}

// hasFlag reports whether args hold the flag name, in any of its forms.
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if n, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "="); strings.HasPrefix(a, "-") && n == name {
			return true
		}
	}
	return false
}

// sourceOf returns the catalogue folder that args name with -s or
// --source, or ".".
func sourceOf(args []string) string {
	dir := "."
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") {
			continue
		}
		n, v, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if n != "s" && n != "source" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			i++
			v = args[i]
		}
		dir = v
	}
	return dir
}

// catalogueLanguage returns the language that the ocopgen.toml of the
// folder dir sets, or the default if there is none or it cannot be read
// (check then says what is wrong with it, in the default language).
func catalogueLanguage(dir string) language.Tag {
	var f struct {
		Language string `toml:"language"`
	}
	if _, err := toml.DecodeFile(filepath.Join(dir, load.ConfigFile), &f); err != nil {
		return lang.Default
	}
	if t, ok := lang.Parse(f.Language); ok {
		return t
	}
	return lang.Default
}

// printFlags writes the flags of fs as flag.PrintDefaults does (their
// help is worded as they are defined), its "default" in language t.
func printFlags(w io.Writer, fs *flag.FlagSet, t language.Tag) {
	fs.VisitAll(func(f *flag.Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", f.Name)
		kind, usage := flag.UnquoteUsage(f)
		if kind != "" {
			b.WriteString(" " + kind)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			if kind == "string" {
				b.WriteString(lang.Sprintf(t, " (default %q)", f.DefValue))
			} else {
				b.WriteString(lang.Sprintf(t, " (default %v)", f.DefValue))
			}
		}
		fmt.Fprintln(w, b.String())
	})
}

// failed writes why the command cmd failed: err, worded in language t if
// it is one of ocopgen's own errors, as the system said it otherwise.
func failed(w io.Writer, t language.Tag, cmd string, err error) {
	fmt.Fprintf(w, "ocopgen %s: %s\n", cmd, lang.In(t, err))
}
