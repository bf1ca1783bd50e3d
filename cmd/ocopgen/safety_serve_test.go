package main

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/ocopgen/ocopgen/generator/serve"
)

// console collects what pages write to the browser's console, a refusal
// of the Content-Security-Policy among it.
type console struct {
	mu   sync.Mutex
	msgs []string
}

func collect(ctx context.Context) *console {
	c := &console{}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.msgs = append(c.msgs, m.String())
			c.mu.Unlock()
		}
	}()
	return c
}

func (c *console) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.msgs, "\n")
}

// TestServePolicyBrowser opens the pages of "ocopgen serve" in Chromium:
// under their Content-Security-Policy, the theme's pages, the search
// script, the problems overlay and its close button work with nothing
// refused; and the browser does enforce the policy (an inline style is
// dropped).
func TestServePolicyBrowser(t *testing.T) {
	ctx := browser(t)
	dir := exampleCopy(t)
	base, stdout := startServe(t, dir)
	log := collect(ctx)

	for _, p := range []string{"", "thong-ke/", "san-pham/", "tin-tuc/", "no-such-page/"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+p), until(`document.readyState === "complete"`)); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	// The search page runs its inline script: the form shows.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"tim-kiem/"),
		until(`document.getElementById("search") !== null && !document.getElementById("search").hidden`),
	); err != nil {
		t.Fatalf("the search script did not run: %v\n%s", err, log)
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+strings.TrimPrefix(nuTramPage, "/")),
		until(`document.readyState === "complete" && document.querySelector("main h1") !== null`),
	); err != nil {
		t.Fatal(err)
	}

	// The overlay has its styles from the server's stylesheet, and its
	// button closes it.
	edit(t, dir, nuTramFile, `district = "ung-hoa"`, `district = "nowhere"`)
	overlay := `document.getElementById("` + serve.OverlayID + `")`
	if err := chromedp.Do(ctx, until(overlay+` !== null && getComputedStyle(`+overlay+`).position === "fixed"`)); err != nil {
		t.Fatalf("no styled overlay after an error: %v\n%s\n%s", err, stdout, log)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click("#"+serve.OverlayID+" > button"),
		until(overlay+` === null`),
	); err != nil {
		t.Fatalf("the close button does not close the overlay: %v\n%s", err, log)
	}
	// Live reload still works: fixed, the page reloads without the panel.
	eval[int](t, ctx, `window.ocopgenMark = 1`)
	edit(t, dir, nuTramFile, `district = "nowhere"`, `district = "ung-hoa"`)
	if err := chromedp.Do(ctx, until(`window.ocopgenMark === undefined && document.readyState === "complete"`)); err != nil {
		t.Fatalf("the page did not reload: %v\n%s", err, log)
	}
	if msgs := log.String(); strings.Contains(msgs, "Content Security Policy") || strings.Contains(msgs, "Refused") {
		t.Errorf("the browser refused parts of the pages:\n%s", msgs)
	}

	// The policy is in force: an inline style attribute is not applied.
	applied := eval[bool](t, ctx, `(() => {
		const d = document.createElement("div");
		d.innerHTML = '<p style="color: rgb(9, 8, 7)">x</p>';
		document.body.append(d);
		return getComputedStyle(d.firstChild).color === "rgb(9, 8, 7)";
	})()`)
	if applied {
		t.Error("an inline style applies: the pages have no Content-Security-Policy")
	}
}
