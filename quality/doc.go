// Package quality holds the tests of the built site's quality: they build
// the example catalogue of the repository with the default theme and check
// what a visitor receives, not how the generator makes it.
//
//   - vnu_test.go: every HTML page (and the CSS) is valid for the Nu Html
//     Checker (npm vnu-jar, run on the machine's Java).
//   - axe_test.go: no WCAG 2.1 A/AA violation found by axe-core in headless
//     Chromium at 1280 and 375 px on a page of each kind; landmarks, a
//     working skip link, a visible focus on every stop of the Tab key, and
//     no sideways scrolling on a phone.
//   - phone_test.go: at 375×667 px the header's menu is folded behind one
//     button, and opened shows every link on screen, at least 24 px tall,
//     the current section marked; a header of two compact rows with one
//     search entry; no sideways scrolling; no layout shift while the
//     search page's results appear.
//   - search_phone_test.go: at 375×667 px in both languages, the search
//     page with a query shows the box and the first result on the first
//     screen, with no layout shift; its facets fold behind one button
//     counting those set; Enter or the button moves the focus to the
//     results, the arrow keys through them, Escape back to the box; at
//     1280 px the facets are shown and "/" focuses the box.
//   - phone_pages_test.go: at 375×667 px, on a page of each kind in both
//     languages: no sideways scrolling; every target at least 24×24 px or
//     spaced as WCAG 2.5.8 allows (links in running text exempt); on a
//     product page, where to buy before the certificate; in English, the
//     search results' Vietnamese names marked lang="vi".
//   - lists_test.go: at 375×667 px the listings' cards have images and
//     placeholders of one thumbnail size, and two tap targets each (title,
//     producer) at least 24 px tall; the page not found keeps its footer
//     at the bottom of a window taller than it.
//   - lighthouse_test.go: Lighthouse 12 (npm lighthouse, its mobile
//     default) in headless Chromium, one page after another, scores the
//     home page, a product, a district, a story and a search with a query
//     at least 0.95 for performance and 1 for accessibility, best practices
//     and SEO; below that it names each audit that did not pass.
//   - meta_test.go: every page has a meta description and an icon the
//     site has; the home page's tier figures give their tier page's count;
//     in English, the Vietnamese texts of the catalogue (stories, and the
//     names, addresses and facts of product, district, producer and sales
//     point pages) are marked lang="vi".
//   - weight_test.go: no page weighs more than 100 KiB of HTML, CSS and
//     JavaScript (gzip), and every image has its size and lazy loading.
//   - i18n_test.go: language = "en" renders every interface string in
//     English, and every {{t "key"}} of the templates exists in both
//     languages.
//   - screenshots_test.go: a picture of a page of each kind at 375×667
//     and 1280×800 px is a JPEG of the window's size, 1.5 MiB at most
//     altogether, and docs/site.md shows each one; with -screenshots DIR
//     the test writes them into DIR (../docs/site refreshes that page).
//   - print_test.go: every product page shows its QR code, qr.svg, an
//     SVG of one path, which Chromium draws and gozxing (a decoder
//     independent of the encoder) reads as the page's canonical URL; a
//     product page printed to PDF in Chromium (preferCSSPageSize) is A4,
//     at most two pages, with no menu, search box, skip link or footer
//     links, and prints the addresses of its links to other sites
//     (pdfinfo and pdftotext of Debian's poppler-utils read the PDF); a
//     product's label sheet prints as one A4 page of twelve labels, and a
//     sales point's (every product of the example sold there, in a copy)
//     on ⌈n/12⌉ A4 pages with each label whole on one page.
//   - workflow_test.go: the GitHub Actions workflow of .github/workflows is
//     valid, does each thing the README says (pinned version, branch
//     variable, preview, report, nightly issue, keep-alive, permissions)
//     and runs the commands the README documents.
//   - workflow_scripts_test.go: the workflow's scripts, run with bash and
//     stubs of gh and ocopgen, read base_url, report, and keep the issue.
//   - actionlint_test.go: actionlint (go run at a pinned version) accepts
//     the workflow, and the README's rsync job in it, and rejects broken
//     copies; with shellcheck (CI installs it) it checks the scripts too.
//
// The checkers come from npm, locked in package.json and package-lock.json
// of this folder: .ci/run installs them with `npm ci --prefix quality
// --ignore-scripts`, the system's Java runs vnu.jar and its Node.js runs
// Lighthouse. Without quality/node_modules, Java, Node.js or Chromium, the
// tests that need them are skipped with a message saying what to install;
// with the environment variable CI set they fail instead, so that CI cannot
// pass without them.
package quality
