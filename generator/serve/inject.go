package serve

import (
	"bytes"
	"fmt"
	"html"
	"strings"
)

// EventsPath is the Server-Sent Events endpoint the pages listen on.
const EventsPath = "/__ocopgen/events"

// OverlayID is the id of the panel listing the problems of the last build.
const OverlayID = "ocopgen-problems"

// reloadScript listens for rebuilds. On "reload" it saves the scroll
// position and reloads; the next page restores it. On "css" it loads every
// stylesheet again beside the old one and drops the old one once the new
// one is in, so the page does not flash. On connecting, the server says
// which build it serves: a page from an older build (a rebuild happened
// before the stream opened, or the server restarted) reloads.
const reloadScript = `(() => {
  let build = document.currentScript.dataset.build;
  const key = "ocopgen-scroll:" + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved) {
    sessionStorage.removeItem(key);
    const [x, y] = JSON.parse(saved);
    const restore = () => scrollTo({left: x, top: y, behavior: "instant"});
    restore();
    addEventListener("load", restore);
  }
  const events = new EventSource(%q);
  const reload = () => {
    sessionStorage.setItem(key, JSON.stringify([scrollX, scrollY]));
    events.close();
    location.reload();
  };
  events.addEventListener("hello", e => { if (e.data !== build) reload(); });
  events.addEventListener("reload", reload);
  events.addEventListener("css", e => {
    build = e.data;
    for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set("ocopgen", build);
      const fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener("load", () => link.remove());
      fresh.addEventListener("error", () => fresh.remove());
      link.after(fresh);
    }
  });
})();`

// inject adds the live-reload script, and the problems if any, before the
// last </body> of an HTML page (at its end if it has none).
func inject(page []byte, build string, problems []Problem) []byte {
	var add bytes.Buffer
	if len(problems) > 0 {
		overlay(&add, problems)
	}
	fmt.Fprintf(&add, "<script data-build=\"%s\">\n"+reloadScript+"\n</script>\n", html.EscapeString(build), EventsPath)
	at := lastIndexFold(page, "</body")
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+add.Len())
	out = append(out, page[:at]...)
	out = append(out, add.Bytes()...)
	return append(out, page[at:]...)
}

// overlay writes the panel listing the problems, every text escaped.
func overlay(b *bytes.Buffer, problems []Problem) {
	fmt.Fprintf(b, `<div id="%s" role="alert" style="all:initial;position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;box-sizing:border-box;padding:12px 16px;background:#fff4f4;color:#5c0000;border-top:4px solid #c00;box-shadow:0 -2px 12px rgba(0,0,0,.25);font:14px/1.5 system-ui,sans-serif">`, OverlayID)
	b.WriteString(`<button type="button" onclick="this.parentNode.remove()" aria-label="Close" style="float:right;font:inherit;font-size:20px;line-height:1;border:0;background:none;color:inherit;cursor:pointer">×</button>`)
	fmt.Fprintf(b, "<p style=\"margin:0 0 8px\"><strong>ocopgen: %d error(s).</strong> The page below is the last good build. Fix the files: the page reloads by itself.</p>\n", len(problems))
	b.WriteString(`<ol style="margin:0;padding-left:24px">` + "\n")
	for _, p := range problems {
		b.WriteString(`<li style="margin:4px 0;white-space:pre-wrap">`)
		if pos := p.Pos(); pos != "" {
			fmt.Fprintf(b, `<code style="font:13px/1.5 ui-monospace,monospace;font-weight:bold">%s</code>: `, html.EscapeString(pos))
		}
		b.WriteString(html.EscapeString(p.Message))
		b.WriteString("</li>\n")
	}
	b.WriteString("</ol></div>\n")
}

// lastIndexFold returns the index of the last s (lowercase ASCII) in b,
// ignoring ASCII case, or -1.
func lastIndexFold(b []byte, s string) int {
	for i := len(b) - len(s); i >= 0; i-- {
		if b[i] == s[0] && strings.EqualFold(string(b[i:i+len(s)]), s) {
			return i
		}
	}
	return -1
}
