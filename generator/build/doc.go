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
//     links, sales points, stories) with their groupings and orderings. A
//     catalogue is a value: Link makes a new one, which owns the relations
//     between its records as places in its lists; no record is written once
//     a catalogue holds it. No I/O; depends on nothing of ours.
//   - lang: the languages of ocopgen's messages (Vietnamese and English).
//   - diag: problems with file, line and column, gathered from every stage
//     and printed together (text, or GitHub annotations).
//   - source: the catalogue folder as a file system that reads nothing
//     outside it, and the report of what in it cannot be read.
//   - markdown: the one goldmark configuration (tables, strikethrough,
//     autolinks, footnotes, ASCII heading IDs, no raw HTML), the links of
//     each text, and a cache of conversions for serve.
//   - load: reads an fs.FS into the catalogue and validates it as it reads:
//     syntax, unknown keys, required fields, ranges, references (images
//     named included), slugs, encodings, the limits of markdown texts,
//     the skeletons' placeholders left unfilled, and the communes of 2025
//     (its built-in list, or content/communes.toml). Every string is NFC
//     from here on. There is no validation stage apart from it: what loading
//     cannot know (a broken link, a media file that may not be published,
//     a template error) is found by the stage that can.
//   - media: what may be published as a media file, and what an image may
//     cost to read.
//   - render: the theme's files (its themes/<name>/ over the embedded
//     default theme, and its static files), its templates, parsed once,
//     and the page list; every HTML page comes from the templates, which
//     see each record with the relations its catalogue keeps of it, a view
//     of each product page worked out once, and pieces rendered once per
//     argument (the "cached" function). Also the sitemap, robots.txt, Atom
//     feed, and the JSON and CSV exports.
//   - images: the media of content/ a site publishes, each checked as
//     media decides, the sizes of photos and SVGs, and the listing
//     thumbnails, made in parallel and kept in the cache folder.
//   - search: the search index, static files fetched by the search page.
//   - manifest: the list of every file of a site (path, kind, how to
//     render or read it), made once per build from the page list, the
//     thumbnails and the files to copy. Writing, checking and the link
//     check all read it, and a served site reads its files from it.
//   - links: the link check of the markdown against a site's paths
//     (links.Paths: the manifest is one), with
//     the line and column of each broken link in its file.
//   - output: the Writer interface; Publish builds beside the destination
//     and swaps it in, so a failed build never touches the published site.
//   - stamp: the record of the last published build in the cache folder,
//     and the fingerprint of the inputs that says whether a build would
//     change anything.
//   - report: what a catalogue changes on its published site, compared with
//     the products of the site's open data (read back into render's row
//     type), and check's problems grouped by kind; no I/O (ocopgen report
//     fetches the data and prints).
//   - build (this package): wires the stages (Prepare, then write); a
//     Prepared build is what every stage up to the manifest made, which
//     session serves page by page.
//   - session: keeps the catalogue loaded between the rebuilds of serve,
//     takes each change the cheapest way that stays correct (a quick edit
//     of records, a new link of the catalogue, or a reload), and hands back
//     a Preview, the new site whole, whose pages render when first asked
//     for; the last good one stays as it was when a rebuild fails.
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
//   - scaffold: the record skeletons of `ocopgen new`, written into a
//     loaded catalogue: never over a record's slug, with the district
//     checked, and what the editor must fill left as placeholders.
//   - annex: the annex of a certifying decision (XLSX or CSV, as an office
//     keeps it) read into rows of product facts against the catalogue's
//     districts and groups, every problem at its cell.
//   - records: what `ocopgen import` writes: new records from an annex's
//     rows, and the text edits of the records a row re-certifies (their
//     previous certificate kept as history), checked through load before
//     any file is written, all or nothing.
//
// The command (cmd/ocopgen) parses flags and wires these together: Publish
// for build, Check for check, a session.Session for serve, whose
// Preview it hands the server as the files of a serve.Build, and
// annex.ReadFile with records.Make for import.
//
// # One build
//
// Prepare runs every stage up to the manifest and the link check, and
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
// Serve's rebuilds are package session's: it keeps the loaded catalogue
// and takes each change through this package's exported prepared build,
// with no stage of its own. Prepare makes a Prepared build from a linked
// catalogue; for an edit of records' text that changes no link,
// Prepared.Replace makes the same build over a catalogue that holds the
// new versions in the places of the old ones (catalog.Catalog.Replace),
// sharing the page list and the manifest, and Prepared.Convert converts
// the new records' markdown and checks their links against the manifest.
// Prepared.Read gives the bytes of a file of the manifest as a served
// site needs them: a page rendered from the build's own catalogue, a
// media file checked again as it is read.
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
