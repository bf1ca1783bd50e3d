// Package theme embeds the default theme, so that an installed ocopgen
// binary works without any other file. A catalogue overrides any of its
// files by placing a file at the same path under themes/default/.
package theme

import "embed"

// FS holds templates/ (page templates, with partials/) and static/ (files
// copied to the site root, e.g. static/assets/style.css → /assets/style.css).
//
//go:embed templates static
var FS embed.FS
