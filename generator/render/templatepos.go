package render

import (
	"errors"
	"html/template"
	"strconv"
	"strings"
	texttemplate "text/template"
	"text/template/parse"
)

// templatePos returns the innermost place an error of the templates names
// (an error in the header, through the function that renders it, names
// the page first and the header last). It follows the chain of wrapped
// errors: text/template wraps the error of a function a template calls.
func templatePos(err error) (name string, line, col int, ok bool) {
	for ; err != nil; err = errors.Unwrap(err) {
		if n, l, c, found := placeOf(err); found {
			name, line, col, ok = n, l, c, true
		}
	}
	return name, line, col, ok
}

// placeOf returns the place an error of the templates names for itself,
// not through the errors it wraps. A template is named after the file it
// was parsed from.
func placeOf(err error) (name string, line, col int, ok bool) {
	switch e := err.(type) {
	case *template.Error: // html/template's, by its fields
		if e.Node != nil {
			loc, _ := (*parse.Tree)(nil).ErrorContext(e.Node)
			return parseLocation(loc)
		}
		return e.Name, e.Line, 0, e.Line > 0
	case texttemplate.ExecError:
		return textTemplateAt(e.Err.Error())
	}
	return textTemplateAt(err.Error()) // parsing: a plain error
}

// textTemplateAt reads the place at the start of an error of text/template,
// which has it in its text only: "template: story.html:2: …" (parsing) or
// "template: story.html:2:5: executing …". Its test takes the messages
// from the library, so that it fails when their wording changes.
func textTemplateAt(msg string) (name string, line, col int, ok bool) {
	rest, found := strings.CutPrefix(msg, "template: ")
	if !found {
		return "", 0, 0, false
	}
	loc, _, found := strings.Cut(rest, ": ")
	if !found {
		return "", 0, 0, false
	}
	return parseLocation(loc)
}

// parseLocation reads a place as text/template writes it, "name:line" or
// "name:line:col" (as parse.Tree.ErrorContext gives it).
func parseLocation(loc string) (name string, line, col int, ok bool) {
	parts := strings.Split(loc, ":")
	if len(parts) < 2 || len(parts) > 3 || parts[0] == "" || strings.ContainsAny(parts[0], " \t\n") {
		return "", 0, 0, false
	}
	line, err := strconv.Atoi(parts[1])
	if err != nil || line < 1 {
		return "", 0, 0, false
	}
	if len(parts) == 3 {
		if col, err = strconv.Atoi(parts[2]); err != nil {
			return "", 0, 0, false
		}
	}
	return parts[0], line, col, true
}
