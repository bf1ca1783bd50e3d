package main

import (
	"context"
	"errors"
	"testing"
)

// TestUntilDone: a result comes back as it is; and once ctx is cancelled,
// untilDone returns although f has not, as for a markdown text that takes
// minutes to convert.
func TestUntilDone(t *testing.T) {
	v, err := untilDone(context.Background(), func() (int, error) { return 7, errors.New("x") })
	if v != 7 || err == nil || err.Error() != "x" {
		t.Errorf("untilDone = %v, %v; want f's 7, x", v, err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	started, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	go func() { <-started; cancel() }()
	v, err = untilDone(ctx, func() (int, error) {
		close(started)
		<-release // busy until the test ends
		return 1, nil
	})
	if !errors.Is(err, context.Canceled) || v != 0 {
		t.Errorf("untilDone after cancel = %v, %v; want 0, context.Canceled", v, err)
	}
}
