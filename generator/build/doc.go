// Package build is the front of ocopgen: it turns a catalogue folder into a
// site, or checks one without writing anything. Its one job is wiring: it
// runs the stages below in order, in parallel where it pays, and returns a
// Result with counts and problems. This comment is the map of the
// pipeline; read it before changing any stage.
//
// # Pipeline
//
//	ocopgen.toml, content/**  ──load──▶  catalog.Catalog + diag.List (checked as it is read)
//	themes/<name>/ + default  ──render.ThemeFS──▶  the theme's files
//	content/media/**          ──images──▶  media to copy, image sizes, listing thumbnails
//	                          ──render.New──▶  templates parsed once
//	                          ──markdown──▶  HTML of every markdown field, and its links
//	                          ──render.Pages──▶  the list of every page (path, URL, kind)
//	                          ──manifest──▶  every file of the site, made once
//	                          ──links──▶  every internal link of the markdown names a file of the manifest
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
//   - source: the catalogue folder as a file system that reads nothing
//     outside it, and the report of what in it cannot be read.
//   - markdown: the one goldmark configuration (tables, strikethrough,
//     autolinks, footnotes, ASCII heading IDs, no raw HTML), the links of
//     each text, and a cache of conversions for serve.
//   - load: reads an fs.FS into the catalogue and validates it as it reads:
//     syntax, unknown keys, required fields, ranges, references (images
//     named included), slugs, encodings, the limits of markdown texts. Every string is NFC from
//     here on. There is no validation stage apart from it: what loading
//     cannot know (a broken link, a media file that may not be published,
//     a template error) is found by the stage that can.
//   - media: what may be published as a media file, and what an image may
//     cost to read.
//   - render: the theme's files (its themes/<name>/ over the embedded
//     default theme, and its static files), its templates, parsed once,
//     and the page list; every HTML page comes from the templates. Also the
//     sitemap, robots.txt, Atom feed, and the JSON and CSV exports.
//   - images: the media of content/ a site publishes, each checked as
//     media decides, the sizes of photos and SVGs, and the listing
//     thumbnails, made in parallel and kept in the cache folder.
//   - search: the search index, static files fetched by the search page.
//   - manifest: the list of every file of a site (path, kind, how to
//     render or read it), made once per build from the page list, the
//     thumbnails and the files to copy. Writing, checking and the link
//     check all read it; a served site is to read its files from it too.
//   - links: the link check of the markdown against a site's paths, with
//     the line and column of each broken link in its file.
//   - output: the Writer interface; Publish builds beside the destination
//     and swaps it in, so a failed build never touches the published site.
//   - stamp: the record of the last published build in the cache folder,
//     and the fingerprint of the inputs that says whether a build would
//     change anything.
//   - build (this package): wires the stages (prepare, then write), and
//     keeps the catalogue loaded between the rebuilds of serve (Session).
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
// # One build
//
// prepare runs every stage up to the manifest and the link check, and
// stops there when the catalogue has errors; write then renders the
// manifest's pages into the Writer, the few large files first, then its
// thumbnails and the search index, built after the pages so that its
// memory does not add to theirs, then its copies. Check is the same build
// into output.Discard, resizing no photo: the pages name the thumbnails a
// build would make.
//
// Publish fingerprints what a build reads (every input file's bytes, the
// options, the executable) and what it left in the destination (each
// file's size and time, as output.Publish reports writing them), in the
// cache folder (package stamp): when neither changed, it writes nothing
// and replays the last result. A build reads through a stamp.ReadLog
// that hashes what it reads, so a first build needs no pass of its own to
// hash its inputs; the inputs are listed before and after, and a build is
// recorded only if none changed while it ran.
//
// Listing thumbnails are made before rendering and kept in the cache
// folder under a hash of their photo, so a photo is resized once. An image
// that does not decode is a warning, and its listing shows the photo
// itself. With PruneCache (build --gc), thumbnails the published site does
// not show are removed after a build that no input change overtook, or one
// found up to date.
//
// # Serve
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
