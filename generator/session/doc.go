// Package session keeps a catalogue loaded between the rebuilds of
// `ocopgen serve`, takes each change of the catalogue folder the cheapest
// way that stays correct, and hands back the new site whole, or nothing
// when the catalogue has errors: the last good site is then served as it
// was. It owns the catalogue kept between rebuilds (load.State), the
// choice of the way a change is taken, and the site served page by page
// (Preview); every stage of a build it runs through package build.
//
// # The three ways a change is taken
//
//   - the quick way: an edit of products' or stories' text, which moves no
//     record in any list and changes no link between records (a product's
//     text, price or certificate; a story's text; load.State.Patch
//     decides), makes new versions of those records and a new catalogue
//     that holds them in the places of the old ones
//     (catalog.Catalog.Replace, through build.Prepared.Replace): every
//     other list and the relations are shared, their markdown is converted
//     and their pages rendered; the page list and the link check's paths
//     stay, and the new Preview renders them from the new catalogue (about
//     1 ms at 10,000 products);
//   - relinking: other changes of record files (products, stories, tourism
//     links, sales points) decode those files alone and link a new
//     catalogue (about 40 ms at 10,000 products); a change of the theme
//     links the loaded records anew and renders with the new templates;
//   - reloading: anything else (settings, districts, groups, media), a
//     change not known (serve's first build), or the first rebuild on a
//     new day when no date is fixed, so that certificates expire on time,
//     loads everything again.
//
// # The last good site, swapped whole
//
// A catalogue is a value: catalog.Link makes it, and owns the relations
// between its records as places in its lists; no record or list is
// written once a catalogue holds it. A Preview renders each page when it
// is first asked for, from its own catalogue, so a rebuild costs loading
// and linking, not rendering thousands of pages, and a Preview needs no
// lock while the next one is made. A rebuild that fails leaves the last
// good Preview exactly as it was; the files of a quick edit that failed
// are read again by each rebuild until they are fixed, so that their
// problems stay reported.
//
// A template error shows on every page of its kind: after a change of
// anything but records, one page of each kind is rendered at once, so
// that it is reported with the other problems; after a change of records,
// their pages are, so that an error their data causes is reported too and
// the editor's page is ready when the browser reloads it.
package session
