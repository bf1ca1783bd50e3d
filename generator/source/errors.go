package source

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/diag"
	"github.com/ocopgen/ocopgen/generator/lang"
)

// Kind tells why an entry of the catalogue is refused.
type Kind int

const (
	Outside   Kind = iota // a link whose target is outside the catalogue
	Folder                // a link to a folder
	Broken                // a link whose target does not exist
	Loop                  // links that lead back to themselves
	Irregular             // a named pipe, device or socket
	Clash                 // two names that are one in Unicode NFC
)

// Error is an entry of the catalogue that is not read, and why.
type Error struct {
	Path   string // the link or file, relative to the catalogue
	Kind   Kind
	Target string // the link's target as written; for a loop, the links in turn; for Irregular, what it is
	Other  string // for Clash, the other name, as on disk
}

// Error says what is wrong and how to fix it, in English; the path is
// not in it, as problems are printed after their path.
func (e *Error) Error() string { return e.words().Error() }

// In says what is wrong and how to fix it in language t.
func (e *Error) In(t language.Tag) string { return e.words().In(t) }

func (e *Error) words() *lang.Error {
	switch e.Kind {
	case Outside:
		return lang.Errorf("symbolic link points outside the catalogue (to %s); copy the file into the catalogue instead", e.Target)
	case Folder:
		return lang.Errorf("symbolic link to a folder (to %s) is not followed; move or copy the folder here instead, or link each file", e.Target)
	case Broken:
		return lang.Errorf("broken symbolic link (to %s, which does not exist); restore the file it points to, or remove the link", e.Target)
	case Loop:
		return lang.Errorf("symbolic links form a loop (%s); replace the link with the file itself", e.Target)
	case Clash:
		return lang.Errorf("two files have this name once written in Unicode NFC, %+q and %+q (one was probably named on a Mac), so only one could be published; rename or remove one of them", e.Target, e.Other)
	}
	return lang.Errorf("this is %s, not a regular file, so it is not read; replace it with a file or remove it", irregular(e.Target))
}

// irregular is the kind of an Irregular entry, worded.
func irregular(kind string) *lang.Error {
	switch kind {
	case namedPipe:
		return lang.Errorf(namedPipe)
	case socket:
		return lang.Errorf(socket)
	case device:
		return lang.Errorf(device)
	}
	return lang.Errorf(specialFile)
}

// Skipped reports a name that walks of the catalogue pass over: hidden
// files and folders, and editors' backup and lock files (Emacs's lock
// files are broken links by design).
func Skipped(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || strings.HasPrefix(name, "#")
}

// Check walks the folder root of fsys and reports in probs, at its path,
// every entry that cannot be read: a link refused, a file that is not a
// regular file, a folder that cannot be listed. Hidden entries (see
// Skipped) are passed over; a root that does not exist is not a problem.
func Check(fsys fs.FS, root string, probs *diag.List) {
	fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if p != root || !errors.Is(err, fs.ErrNotExist) {
				Report(probs, p, err)
			}
			return nil
		case p != root && Skipped(d.Name()):
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case d.IsDir():
			return nil
		}
		if err := Refused(p, d); err != nil {
			Report(probs, p, err)
		}
		return nil
	})
}

// Refused returns why the file name, listed as d, is not read, or nil:
// a link refused or two names that clash (entries of this package's file
// systems, which say why in Info), or a named pipe, device or socket.
// A folder is not refused; its entries may be.
func Refused(name string, d fs.DirEntry) error {
	t := d.Type()
	switch {
	case t.IsRegular() || t.IsDir():
		return nil
	case t&(fs.ModeSymlink|fs.ModeIrregular) != 0:
		_, err := d.Info()
		return err // nil: a link some other file system follows
	}
	return &Error{Path: name, Kind: Irregular, Target: kindOf(t)}
}

// IsReadError reports whether err comes from reading the catalogue: an
// entry refused, or one the system would not read. Check reports those.
func IsReadError(err error) bool {
	var e *Error
	var pe *fs.PathError
	return errors.As(err, &e) || errors.As(err, &pe)
}

// Report records err, met reading the file or folder name of the
// catalogue, as an error in probs at the path it is about.
func Report(probs *diag.List, name string, err error) {
	var e *Error
	if errors.As(err, &e) {
		probs.Errorf(diag.Pos{File: e.Path}, "%v", e)
		return
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if fs.ValidPath(pe.Path) && pe.Path != "." && (pe.Path == name || strings.HasPrefix(name, pe.Path+"/")) {
			name = pe.Path // a folder on the way
		}
		err = pe.Err
	}
	if errors.Is(err, fs.ErrPermission) {
		probs.Errorf(diag.Pos{File: path.Clean(name)}, "cannot read it (%v); give your user permission to read it, or move it out of the catalogue", err)
		return
	}
	probs.Errorf(diag.Pos{File: path.Clean(name)}, "cannot read it (%v)", err)
}
