// Package headless starts headless Chromium for ocopgen's browser tests
// (search, serve, the quality checks) and its search benchmark, with the
// flags this kind of machine needs: no sandbox (tests run as root), and no
// background networking, which a closed network refuses at every start.
package headless

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Find returns the path of Chromium. Without one, the test is skipped, or
// fails when the environment variable CI is set: CI must install it.
func Find(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found; CI must install it (apt-get install chromium)")
	}
	t.Skip("no Chromium found; install it (apt-get install chromium) to run the browser tests")
	return ""
}

// Options are the allocator options of a headless Chromium at exe, with
// its profile in dir and a window of the given size.
func Options(exe, dir string, width, height int) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(width, height),
	)
}

// Start starts a browser for the test, stopped when it ends, and returns
// its context, which expires after timeout.
func Start(t testing.TB, width, height int, timeout time.Duration) context.Context {
	t.Helper()
	actx, cancel := chromedp.NewExecAllocator(context.Background(), Options(Find(t), t.TempDir(), width, height)...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	if err := chromedp.Do(ctx); err != nil { // starts the browser; no timeout on this first call
		t.Fatalf("starting Chromium: %v", err)
	}
	ctx, cancel3 := context.WithTimeout(ctx, timeout)
	t.Cleanup(cancel3)
	return ctx
}

// Void drops the value of an action, to run it among steps.
func Void[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, t)
		return chromedp.Void{}, err
	}
}
