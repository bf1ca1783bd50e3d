package build

import "github.com/ocopgen/ocopgen/generator/catalog"

// setHTML gives a markdown field its HTML. A record that an earlier
// catalogue of a session holds has it already (a source converts to the
// same HTML under the same base path), and is not written again: a site
// may be rendering from it.
func setHTML(md *catalog.Markdown, html string) {
	if md.HTML != html {
		md.HTML = html
	}
}
