package main

import (
	"path/filepath"

	"github.com/ocopgen/ocopgen/generator/load"
	"github.com/ocopgen/ocopgen/generator/output"
)

// checkDest refuses a destination that would destroy what the build of the
// catalogue source reads: the catalogue folder itself or a folder holding
// it, or a folder inside content/, themes/ (every theme) or the cache.
func checkDest(source, dest string) error {
	return output.CheckPlace(dest, source,
		filepath.Join(source, load.ContentDir), filepath.Join(source, "themes"), filepath.Join(source, CacheDir))
}
