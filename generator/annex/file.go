package annex

import (
	"io"
	"os"

	"github.com/ocopgen/ocopgen/generator/diag"
)

// ReadFile reads the annex in the file at path (named path in messages):
// a file over MaxFileSize is refused from its size, before it is read,
// and no more than that is ever read of it. See Read.
func ReadFile(path string, places Places) (*Annex, []diag.Problem) {
	f, err := os.Open(path)
	if err != nil {
		return unreadable(path, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxFileSize {
		return &Annex{File: path, Workbook: isWorkbookName(path)}, tooBig(path, fi.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return unreadable(path, err)
	}
	return Read(path, data, places)
}

// unreadable is the annex of a file that cannot be read.
func unreadable(path string, err error) (*Annex, []diag.Problem) {
	var probs diag.List
	probs.Errorf(diag.Pos{File: path}, "the annex cannot be read (%v): check the file's name and that it can be opened", err)
	return &Annex{File: path, Workbook: isWorkbookName(path)}, probs.Problems()
}
