package load

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ocopgen/ocopgen/generator/source"
)

// TestNFCClash: two files of a folder whose names are one in NFC (one
// saved on a Mac, in NFD) are listed once as the file named in NFC, and
// once as an entry that says both names clash; a name alone in NFD is
// listed in NFC and read.
func TestNFCClash(t *testing.T) {
	dir := t.TempDir()
	nfc, nfd := "n\u00f3n.svg", "no\u0301n.svg"
	for _, name := range []string{nfc, nfd, "la\u0301.svg"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := fs.ReadDir(NFC(os.DirFS(dir)), ".")
	if err != nil {
		t.Fatal(err)
	}
	var clashes, kept int
	for _, e := range entries {
		_, err := e.Info()
		var se *source.Error
		switch {
		case e.Name() == nfc && errors.As(err, &se):
			clashes++
			if se.Kind != source.Clash || se.Path != nfc || !strings.Contains(se.Error(), `"n\u00f3n.svg" and "no\u0301n.svg"`) {
				t.Errorf("clash: %v at %s (kind %d)", se, se.Path, se.Kind)
			}
		case e.Name() == nfc && err == nil:
			kept++
		case e.Name() == "l\u00e1.svg" && err == nil:
		default:
			t.Errorf("entry %q: %v", e.Name(), err)
		}
	}
	if clashes != 1 || kept != 1 {
		t.Errorf("%d clashes and %d files named %q, want one of each", clashes, kept, nfc)
	}
	if b, err := fs.ReadFile(NFC(os.DirFS(dir)), nfc); err != nil || string(b) != nfc {
		t.Errorf("the file named in NFC reads %q, %v", b, err)
	}
}
