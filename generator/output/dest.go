package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// Marker is the file Publish writes at the root of every site it
// publishes. Its presence tells a folder that ocopgen may replace whole
// from any other: a non-empty folder without it is refused. It is a small
// dotfile of plain text, harmless if it is uploaded and served.
const Marker = ".ocopgen-site"

// markerText is the content of Marker: what it is, for whoever opens it.
const markerText = "This folder is a site built by ocopgen. \"ocopgen build\" replaces it whole;\n" +
	"do not keep other files in it. Delete this file and ocopgen will refuse to\n" +
	"write here.\n"

// A DestError says why a folder may not receive a site. Nothing was written
// when Publish or CheckPlace returns one: the user has to name another
// folder or change this one.
type DestError struct {
	Dest string // as the user wrote it
	msg  *lang.Error
}

func (e *DestError) Error() string { return e.msg.Error() }

// In says why in language t.
func (e *DestError) In(t language.Tag) string { return e.msg.In(t) }

// CheckPlace returns a *DestError if a site published to dest would
// destroy or mix with what a build reads: if dest is the catalogue folder
// source, or holds it, or if dest is or lies inside one of inputs (the
// catalogue's content/ and themes/, its cache). Paths are compared
// absolute and with symbolic links resolved (those of the nearest ancestor
// that exists, for a dest still to be made), so that "x/.." or a link to
// the catalogue is seen through. A folder inside source other than the
// inputs (the default public/) is fine.
func CheckPlace(dest, source string, inputs ...string) error {
	d, err := resolve(dest)
	if err != nil {
		return err
	}
	s, err := resolve(source)
	if err != nil {
		return err
	}
	switch {
	case d == s:
		return &DestError{dest, lang.Errorf("%s: this is the catalogue folder itself, and publishing the site there would delete ocopgen.toml and content/ (name another folder with -d, for example %s)", dest, filepath.Join(source, "public"))}
	case within(s, d):
		return &DestError{dest, lang.Errorf("%s: this folder holds the catalogue %s, and publishing the site there would delete it (name a folder inside or beside the catalogue with -d, for example %s)", dest, s, filepath.Join(source, "public"))}
	}
	for _, in := range inputs {
		i, err := resolve(in)
		if err != nil {
			return err
		}
		if within(d, i) {
			return &DestError{dest, lang.Errorf("%s: this folder is part of the catalogue (%s, which the build reads), and publishing the site there would replace the catalogue's files (name a folder outside it with -d, for example %s)", dest, in, filepath.Join(source, "public"))}
		}
	}
	return nil
}

// checkReplace returns a *DestError unless Publish may put a site in place
// of dest: dest does not exist, or is an empty folder, or is a folder
// holding Marker, or ours says that the caller knows it for a site it
// published before sites had a marker.
func checkReplace(dest string, ours bool) error {
	fi, err := os.Stat(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return &DestError{dest, lang.Errorf("%s: this is a file, not a folder, and ocopgen publishes a site as a folder (name another folder with -d, or move the file away)", dest)}
	}
	if ours || isSite(dest) {
		return nil
	}
	f, err := os.Open(dest)
	if err != nil {
		return err
	}
	defer f.Close()
	if names, _ := f.Readdirnames(1); len(names) == 0 {
		return nil
	}
	return &DestError{dest, lang.Errorf("%s: this folder already holds files that ocopgen did not write (it has no %s file), and publishing would delete them (name another folder with -d, or empty this one by hand if none of its files are needed)", dest, Marker)}
}

// isSite reports whether the folder dir holds a site that Publish wrote.
func isSite(dir string) bool {
	fi, err := os.Lstat(filepath.Join(dir, Marker))
	return err == nil && fi.Mode().IsRegular()
}

// resolve returns p absolute, cleaned and with the symbolic links of its
// longest existing prefix resolved; the rest, still to be made, is joined
// on as written.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	var rest []string
	for cur := abs; ; {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(append([]string{real}, rest...)...), nil
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = append([]string{filepath.Base(cur)}, rest...)
		cur = parent
	}
}

// within reports whether the clean absolute path p is dir or lies inside
// it.
func within(p, dir string) bool {
	if p == dir {
		return true
	}
	return strings.HasPrefix(p, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
}
