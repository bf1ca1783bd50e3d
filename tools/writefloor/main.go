// Command writefloor measures the floor of a build's output stage: the
// time to write the files of an already built site into an empty folder,
// with all their bytes in memory beforehand and one writer per processor,
// as ocopgen's own writer does. Nothing is rendered, and no more system
// calls are made than writing needs: each folder is made once (the
// folders first, parents before children), each file is created, written
// and closed.
//
//	go run ./tools/writefloor -site public -to /tmp/floor [-runs 3]
//
// Run it with -to on the disk the site is built on, and on a tmpfs
// (/dev/shm) for comparison.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	site := flag.String("site", "public", "a built site to copy")
	to := flag.String("to", "", "a folder to write into (created; removed after each run)")
	runs := flag.Int("runs", 3, "runs")
	flag.Parse()
	if *to == "" {
		log.Fatal("writefloor: -to is required")
	}
	type file struct {
		name string
		data []byte
	}
	var files []file
	var total int
	err := filepath.WalkDir(*site, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(*site, p)
		files = append(files, file{rel, b})
		total += len(b)
		return err
	})
	if err != nil {
		log.Fatal(err)
	}
	// The folders to make, parents first.
	dirSet := map[string]bool{}
	for _, f := range files {
		for d := filepath.Dir(f.name); d != "." && !dirSet[d]; d = filepath.Dir(d) {
			dirSet[d] = true
		}
	}
	dirs := slices.Collect(maps.Keys(dirSet))
	depth := func(d string) int { return strings.Count(d, string(filepath.Separator)) }
	slices.SortFunc(dirs, func(a, b string) int { return cmp.Or(cmp.Compare(depth(a), depth(b)), strings.Compare(a, b)) })
	// each runs f(0) … f(n-1) on one worker per processor.
	each := func(n int, f func(i int)) {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
					f(i)
				}
			})
		}
		wg.Wait()
	}
	var times []time.Duration
	for range *runs {
		os.RemoveAll(*to)
		start := time.Now()
		if err := os.MkdirAll(*to, 0o755); err != nil {
			log.Fatal(err)
		}
		// Folders of one depth in parallel, the depths in turn.
		for lo := 0; lo < len(dirs); {
			hi := lo
			for hi < len(dirs) && depth(dirs[hi]) == depth(dirs[lo]) {
				hi++
			}
			level := dirs[lo:hi]
			each(len(level), func(i int) {
				if err := os.Mkdir(filepath.Join(*to, level[i]), 0o755); err != nil {
					log.Fatal(err)
				}
			})
			lo = hi
		}
		each(len(files), func(i int) {
			if err := os.WriteFile(filepath.Join(*to, files[i].name), files[i].data, 0o644); err != nil {
				log.Fatal(err)
			}
		})
		times = append(times, time.Since(start))
	}
	os.RemoveAll(*to)
	slices.Sort(times)
	fmt.Printf("%d files, %.1f MB: median %d ms to write (runs: %v)\n", len(files), float64(total)/1e6, times[len(times)/2].Milliseconds(), times)
}
