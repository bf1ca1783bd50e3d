package serve

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"golang.org/x/text/language"

	"github.com/ocopgen/ocopgen/generator/lang"
)

// eventsPath is the Server-Sent Events endpoint the pages listen on.
const eventsPath = "/__ocopgen/events"

// ReloadPath is the live-reload script every HTML page loads; overlayCSS
// is the stylesheet of the overlay. Both are files of the server, not
// inline, so that the pages' Content-Security-Policy allows no inline
// script or style.
const (
	ReloadPath = "/__ocopgen/reload.js"
	overlayCSS = "/__ocopgen/overlay.css"
)

// OverlayID is the id of the panel listing the problems of the last build.
const OverlayID = "ocopgen-problems"

// reloadScript listens for rebuilds. On "reload" it saves the scroll
// position and reloads; the next page restores it. On "css" it loads every
// stylesheet again beside the old one and drops the old one once the new
// one is in, so the page does not flash. On connecting, the server says
// which build it serves: a page from an older build (a rebuild happened
// before the stream opened, or the server restarted) reloads. The close
// button of the overlay, before the script in the page, gets its handler
// here.
var reloadScript = fmt.Sprintf(`(() => {
  let build = document.currentScript.dataset.build;
  const close = document.querySelector("#%s > button");
  if (close) close.addEventListener("click", () => close.parentNode.remove());
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
    for (const link of document.querySelectorAll('link[rel~="stylesheet"]:not([data-ocopgen])')) {
      const url = new URL(link.href);
      url.searchParams.set("ocopgen", build);
      const fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener("load", () => link.remove());
      fresh.addEventListener("error", () => fresh.remove());
      link.after(fresh);
    }
  });
})();
`, OverlayID, eventsPath)

// overlayStyle is the stylesheet of the overlay, set apart from the
// site's by the overlay's id.
var overlayStyle = fmt.Sprintf(`#%[1]s{all:initial;position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;box-sizing:border-box;padding:12px 16px;background:#fff4f4;color:#5c0000;border-top:4px solid #c00;box-shadow:0 -2px 12px rgba(0,0,0,.25);font:14px/1.5 system-ui,sans-serif}
#%[1]s>button{float:right;font:inherit;font-size:20px;line-height:1;border:0;background:none;color:inherit;cursor:pointer}
#%[1]s>p{margin:0 0 8px}
#%[1]s>ol{margin:0;padding-left:24px}
#%[1]s li{margin:4px 0;white-space:pre-wrap}
#%[1]s code{font:13px/1.5 ui-monospace,monospace;font-weight:bold}
`, OverlayID)

// inject adds the live-reload script, and the problems if any, before the
// last </body> of an HTML page (at its end if it has none).
func inject(page []byte, build string, problems []Problem, t language.Tag) []byte {
	var add bytes.Buffer
	if len(problems) > 0 {
		overlay(&add, problems, t)
	}
	fmt.Fprintf(&add, "<script src=\"%s\" data-build=\"%s\"></script>\n", ReloadPath, html.EscapeString(build))
	at := lastIndexFold(page, "</body")
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+add.Len())
	out = append(out, page[:at]...)
	out = append(out, add.Bytes()...)
	return append(out, page[at:]...)
}

// overlay writes the panel listing the problems, every text escaped, its
// words in language t.
func overlay(b *bytes.Buffer, problems []Problem, t language.Tag) {
	fmt.Fprintf(b, `<div id="%s" role="alert">`, OverlayID)
	fmt.Fprintf(b, `<button type="button" aria-label="%s">×</button>`, html.EscapeString(lang.Sprintf(t, "Close")))
	b.WriteString(lang.Sprintf(t, "<p><strong>ocopgen: %d error(s).</strong> The page below is the last good build. Fix the files: the page reloads by itself.</p>\n", len(problems)))
	b.WriteString("<ol>\n")
	for _, p := range problems {
		b.WriteString("<li>")
		if pos := p.place(); pos != "" {
			fmt.Fprintf(b, "<code>%s</code>: ", html.EscapeString(pos))
		}
		b.WriteString(html.EscapeString(p.Message))
		b.WriteString("</li>\n")
	}
	// Last: Chromium pauses the parser at a stylesheet in the body until
	// it loads, and the panel should be whole by then.
	fmt.Fprintf(b, "</ol><link rel=\"stylesheet\" href=\"%s\" data-ocopgen></div>\n", overlayCSS)
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
