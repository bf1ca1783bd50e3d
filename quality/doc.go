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
//     the current page marked; one search entry; no sideways scrolling;
//     no layout shift while the search page's results appear.
//   - lighthouse_test.go: Lighthouse 12 (npm lighthouse, its mobile
//     default) in headless Chromium, one page after another, scores the
//     home page, a product, a district, a story and a search with a query
//     at least 0.95 for performance and 1 for accessibility, best practices
//     and SEO; below that it names each audit that did not pass.
//   - meta_test.go: every page has a meta description and an icon the
//     site has; the home page's tier figures give their tier page's count;
//     in English, the stories' Vietnamese texts are marked lang="vi".
//   - weight_test.go: no page weighs more than 100 KiB of HTML, CSS and
//     JavaScript (gzip), and every image has its size and lazy loading.
//   - i18n_test.go: language = "en" renders every interface string in
//     English, and every {{t "key"}} of the templates exists in both
//     languages.
//   - workflow_test.go: the GitHub Actions workflow of .github/workflows is
//     valid and runs the commands the README documents.
//
// The checkers come from npm, locked in package.json and package-lock.json
// of this folder: .ci/run installs them with `npm ci --prefix quality
// --ignore-scripts`, the system's Java runs vnu.jar and its Node.js runs
// Lighthouse. Without quality/node_modules, Java, Node.js or Chromium, the
// tests that need them are skipped with a message saying what to install;
// with the environment variable CI set they fail instead, so that CI cannot
// pass without them.
package quality
