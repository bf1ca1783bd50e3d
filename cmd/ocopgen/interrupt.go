package main

import "context"

// untilDone runs f and returns its results, or ctx's error as soon as ctx
// is done: f is then left to run, unwaited for, until the process exits.
// It is for work that writes nothing, so that nothing is left half-done
// by stopping it (check, the rebuilds of serve, which hold the site in
// memory).
func untilDone[T any](ctx context.Context, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := f()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}
