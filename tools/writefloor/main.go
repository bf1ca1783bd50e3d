// Command writefloor measures the floor of a build's output stage: the
// time to write the files of an already built site into an empty folder,
// with all their bytes in memory beforehand and one writer per processor,
// as ocopgen's own writer does. Nothing is rendered.
//
//	go run ./tools/writefloor -site public -to /tmp/floor [-runs 3]
//
// Run it with -to on the disk the site is built on, and on a tmpfs
// (/dev/shm) for comparison.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
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
	var times []time.Duration
	for range *runs {
		os.RemoveAll(*to)
		start := time.Now()
		var wg sync.WaitGroup
		next := make(chan file)
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for f := range next {
					p := filepath.Join(*to, f.name)
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						log.Fatal(err)
					}
					if err := os.WriteFile(p, f.data, 0o644); err != nil {
						log.Fatal(err)
					}
				}
			}()
		}
		for _, f := range files {
			next <- f
		}
		close(next)
		wg.Wait()
		times = append(times, time.Since(start))
	}
	os.RemoveAll(*to)
	slices.Sort(times)
	fmt.Printf("%d files, %.1f MB: median %d ms to write (runs: %v)\n", len(files), float64(total)/1e6, times[len(times)/2].Milliseconds(), times)
}
