// Package build is the front of ocopgen: it turns a catalogue folder into a
// site, or checks one without writing anything. This comment is the map of
// the pipeline; read it before changing any stage.
//
// # Pipeline
//
//	ocopgen.toml, content/**  ──load──▶  catalog.Catalog + diag.List
//	                          ──markdown──▶  HTML of every markdown field, and its links
//	themes/<name>/ + default  ──render.New──▶  templates parsed once
//	                          ──render.Pages──▶  the list of every page (URL, kind)
//	                          ──check links──▶  every internal link of the markdown resolves
//	                          ──render, in parallel──▶  bytes of each page
//	                          ──output.Writer──▶  a folder (swapped in whole), memory, or nothing
//
// Stages and their packages, with dependencies running one way (down):
//
//   - vntext: Vietnamese text — NFC, tone-placement keys, folding, slugs,
//     collation, legacy-encoding detection. Depends on nothing of ours.
//   - catalog: the domain model (products, districts, groups, tiers, tourism
//     links, sales points, stories) with their groupings and orderings. No
//     I/O; depends on nothing of ours.
//   - diag: problems with file, line and column, gathered from every stage
//     and printed together (text, or GitHub annotations).
//   - load: reads an fs.FS into the catalogue and validates it: syntax,
//     unknown keys, required fields, ranges, references, slugs, encodings,
//     images. Every string is NFC from here on.
//   - markdown: the one goldmark configuration (tables, strikethrough,
//     autolinks, footnotes, ASCII heading IDs, no raw HTML).
//   - render: templates and the page list; sitemap, robots.txt, Atom feed,
//     JSON and CSV exports. The default theme's layout, product page and
//     product card, most of a build's rendering through html/template, are
//     also written in Go (render/product.go), byte for byte the same, each
//     used when the theme leaves the templates it copies as they are; a
//     test renders every page both ways and compares them.
//   - output: the Writer interface; Publish builds beside the destination
//     and swaps it in, so a failed build never touches the published site.
//   - build (this package): wires the stages, runs them in parallel where it
//     pays, and returns a Result with counts and problems.
//   - internal/parallel: the loop that spreads a stage's items (files to
//     decode, pages to render, photos to resize) over the processors; the
//     search index keeps a loop of its own, with scratch state per worker.
//
// At the edge, and not imported by any stage:
//
//   - watch: batches fsnotify events of the catalogue folder (falling back
//     to polling) for serve.
//   - serve: the HTTP server of `ocopgen serve`; it takes a rebuild
//     function, keeps the last good site, injects live reload and the error
//     overlay, and never imports the generator.
//   - scaffold: the record skeletons of `ocopgen new`.
//
// The command (cmd/ocopgen) parses flags and wires these together: Publish
// for build, Check for check, and a Session for serve.
//
// Publish fingerprints what a build reads (every input file's bytes, the
// options, the executable) and what it left in the destination (each
// file's size and time, as output.Publish reports writing them), in the
// cache folder: when neither changed, it writes nothing and replays the
// last result. A build reads through a log (readLog) that hashes what it
// reads, so a first build needs no pass of its own to hash its inputs; the
// inputs are listed before and after, and a build is recorded only if none
// changed while it ran (stamp.go).
//
// Listing thumbnails (thumbs.go) are made before rendering, in parallel,
// and kept in the cache folder under a hash of their photo, so a photo is
// resized once; check resizes nothing. An image that does not decode is a
// warning, and its listing shows the photo itself. With PruneCache (build
// --gc), thumbnails the published site does not show are removed after a
// build that no input change overtook, or one found up to date.
//
// A Session keeps the loaded catalogue (load.State) and takes each change
// the cheapest way that stays correct:
//
//   - an edit of products' or stories' text, which moves no record in any
//     list and changes no link (load.State.Patch decides), makes new
//     versions of those records and a new catalogue that holds them in the
//     places of the old ones (catalog.Catalog.Replace): every other list
//     and the relations are shared, their markdown is converted and their
//     pages rendered; the page list and the link check's paths stay, and
//     the new LazySite renders them from the new catalogue;
//   - other changes of record files (products, stories, tourism links,
//     sales points) decode those files alone and link a new catalogue;
//   - a change of the theme links the loaded records anew and renders with
//     the new templates;
//   - anything else loads everything again.
//
// A catalogue is a value: catalog.Link makes it, and owns the relations
// between its records (a district's products, a product's sales points
// and stories, …) as places in its lists; no record or list is written
// once a catalogue holds it. A LazySite renders each page when first
// asked for, from its own catalogue, so it needs no lock while the next
// one is made, and a rebuild that fails leaves the last good site
// exactly as it was.
//
// # Guarantees
//
// The same input and build date give byte-identical output: every listing
// is sorted (Vietnamese collation, then slug), nothing depends on map order
// or on the clock beyond the date. A catalogue saved in NFD builds the same
// site as in NFC. A failed or interrupted build leaves the previous site as
// it was. Problems are gathered from all stages and reported together,
// sorted by file and line; a build with errors writes nothing.
package build
