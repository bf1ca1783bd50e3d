// Package headless starts headless Chromium for ocopgen's browser tests
// (search, serve, the quality checks) and its search benchmark, with the
// flags this kind of machine needs: no sandbox (tests run as root), and no
// background networking, which a closed network refuses at every start.
// It reports problems as errors; what a test does about a missing browser
// is decided by package headlesstest.
package headless

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"time"

	"github.com/chromedp/chromedp"
)

// ErrNoBrowser is returned when no Chromium is installed.
var ErrNoBrowser = errors.New("no Chromium found (install it: apt-get install chromium)")

// Find returns the path of Chromium, or ErrNoBrowser.
func Find() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoBrowser
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

// Start starts a browser with its profile in dir and returns its context,
// which expires after timeout, and the function that stops the browser.
// Without Chromium the error is ErrNoBrowser.
func Start(dir string, width, height int, timeout time.Duration) (context.Context, context.CancelFunc, error) {
	exe, err := Find()
	if err != nil {
		return nil, nil, err
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), Options(exe, dir, width, height)...)
	bctx, cancel2 := chromedp.NewContext(actx)
	stop := func() { cancel2(); cancel() }
	if err := chromedp.Do(bctx); err != nil { // starts the browser; no timeout on this first call
		stop()
		return nil, nil, fmt.Errorf("starting Chromium: %w", err)
	}
	ctx, cancel3 := context.WithTimeout(bctx, timeout)
	return ctx, func() { cancel3(); stop() }, nil
}

// Void drops the value of an action, to run it among steps.
func Void[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, t)
		return chromedp.Void{}, err
	}
}
