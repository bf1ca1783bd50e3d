package parallel

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

// TestFor: every index runs once; the error returned is one that f
// returned; a cancelled context starts no more iterations and is the
// error when f returned none.
func TestFor(t *testing.T) {
	const n = 10000
	var runs [n]atomic.Int32
	if err := For(context.Background(), n, func(i int) error { runs[i].Add(1); return nil }); err != nil {
		t.Fatal(err)
	}
	for i := range runs {
		if got := runs[i].Load(); got != 1 {
			t.Fatalf("index %d ran %d times", i, got)
		}
	}

	bad := errors.New("bad")
	if err := For(context.Background(), n, func(i int) error {
		if i%1000 == 7 {
			return bad
		}
		return nil
	}); err != bad {
		t.Errorf("For = %v, want the error f returned", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	var started atomic.Int32
	err := For(ctx, n, func(i int) error {
		if started.Add(1) == 100 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || started.Load() >= n {
		t.Errorf("cancelled after 100 iterations: For = %v after %d; want context.Canceled, and not all %d", err, started.Load(), n)
	}

	if err := For(context.Background(), 0, func(int) error { t.Error("f ran for n = 0"); return nil }); err != nil {
		t.Error(err)
	}
}
