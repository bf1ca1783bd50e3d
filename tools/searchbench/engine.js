// engine.js times the matching of search.js alone, without a page: the
// sections from Tokenizer to Engine run in Node on a built site's index
// files, and each query is answered twice, the second time timed (its
// files loaded and its postings decoded, as on a page after a keystroke).
//
//   node tools/searchbench/engine.js SITE/public [query …]
"use strict";
const fs = require("fs");
const path = require("path");
const [site, ...args] = process.argv.slice(2);
if (!site) {
  console.error("usage: node tools/searchbench/engine.js SITE/public [query …]");
  process.exit(2);
}
const queries = args.length ? args : ["kha", "ban", "banh", "kham tr", "gom bat trang", "banh chug", "banhs chuwng", "gom s"];
const src = fs.readFileSync(path.join(__dirname, "../../themes/default/static/assets/search.js"), "utf8");
const from = src.indexOf("  // --- Tokenizer"), to = src.indexOf("  // --- Results");
if (from < 0 || to < from) throw new Error("search.js lacks its section markers");
const dir = path.join(site, "tim-kiem/chi-muc") + "/";
const read = (p) => JSON.parse(fs.readFileSync(dir + p, "utf8"));
const engine = new Function("read", `
  var FACETS = ["district", "tier", "group", "tourism"], form = {};
  function get(p) { return Promise.resolve(read(p)); }
  var meta = read("meta.json");
  meta.shardSet = new Set(meta.shards.split(" "));
  meta.initialSet = new Set((meta.initials || "").split(" "));
  meta.splitSet = new Set((meta.split || "").split(" "));
  meta.subSet = new Set((meta.subs || "").split(" "));
` + src.slice(from, to) + `
  return query;`)(read);
(async () => {
  for (const q of queries) {
    await engine(q, {});
    const t0 = performance.now();
    const a = await engine(q, {});
    const ms = performance.now() - t0;
    console.log(`${JSON.stringify(q).padEnd(18)} ${ms.toFixed(1).padStart(6)} ms  ${a.results.length} results`);
  }
})();
