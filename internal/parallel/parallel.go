// Package parallel runs the iterations of a loop on every processor, for
// the stages of ocopgen that work through thousands of small items (files
// to decode, pages to render).
package parallel

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// For runs f(0) … f(n-1) on all processors and returns the first error f
// returned, or ctx's error if it was cancelled; once ctx is done no new
// iteration starts. Each worker takes the next index by counting: handing
// indexes out on a channel costs more in scheduling than a small file
// costs to decode or a small page to render.
func For(ctx context.Context, n int, f func(i int) error) error {
	var (
		next  atomic.Int64
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n && ctx.Err() == nil; i = int(next.Add(1) - 1) {
				if err := f(i); err != nil {
					once.Do(func() { first = err })
				}
			}
		})
	}
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return first
}
