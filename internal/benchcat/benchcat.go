// Package benchcat gives the benchmarks of every package the catalogue
// they run over: OCOPGEN_BENCH_CATALOG names an existing catalogue folder;
// otherwise one of OCOPGEN_BENCH_N products (default 10000, with one story
// per ten products) is generated once per test binary with
// tools/gencatalog.
package benchcat

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
)

var (
	once sync.Once
	dir  string
	err  error
)

// Dir returns the folder of the benchmark catalogue; root is the module's
// root, relative to the calling test's package (e.g. "../..").
func Dir(root string) (string, error) {
	once.Do(func() {
		if d := os.Getenv("OCOPGEN_BENCH_CATALOG"); d != "" {
			dir = d
			return
		}
		n := 10000
		if s := os.Getenv("OCOPGEN_BENCH_N"); s != "" {
			if n, err = strconv.Atoi(s); err != nil {
				return
			}
		}
		tmp, e := os.MkdirTemp("", "ocopgen-bench-")
		if e != nil {
			err = e
			return
		}
		dir = filepath.Join(tmp, "catalogue")
		cmd := exec.Command("go", "run", filepath.Join(root, "tools", "gencatalog"), "-n", strconv.Itoa(n), "-stories", strconv.Itoa(n/10), "-o", dir)
		cmd.Stderr = os.Stderr
		err = cmd.Run()
	})
	return dir, err
}
