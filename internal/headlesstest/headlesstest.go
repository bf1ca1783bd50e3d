// Package headlesstest is imported only by tests: it starts headless
// Chromium for a browser test and owns the policy for a missing browser.
// Without Chromium the test is skipped, or fails when the environment
// variable CI is set, since CI must install it.
package headlesstest

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/ocopgen/ocopgen/internal/headless"
)

// Start starts a browser for the test, stopped when it ends, and returns
// its context, which expires after timeout.
func Start(t testing.TB, width, height int, timeout time.Duration) context.Context {
	t.Helper()
	ctx, stop, err := headless.Start(t.TempDir(), width, height, timeout)
	switch {
	case errors.Is(err, headless.ErrNoBrowser) && os.Getenv("CI") == "":
		t.Skipf("%v; the browser tests are skipped", err)
	case errors.Is(err, headless.ErrNoBrowser):
		t.Fatalf("%v; CI must run the browser tests", err)
	case err != nil:
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return ctx
}
