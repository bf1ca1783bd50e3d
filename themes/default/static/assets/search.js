// ocopgen search: queries the static index under /tim-kiem/chi-muc/ in the
// browser. The tokenizer and ranking mirror generator/search (Go); keep the
// two in step. Index format: see generator/search/index.go.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form) return;
  var indexURL = form.getAttribute("data-index");
  var siteURL = form.getAttribute("data-base");
  var input = form.elements.q;
  var FACETS = ["district", "tier", "group", "tourism"];
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var PAGE = 20;
  var T = JSON.parse(document.getElementById("search-text").textContent);
  // The catalogue's texts are Vietnamese: in another interface language
  // they are marked so, as the theme's pages mark them.
  var foreign = (document.documentElement.lang || "vi") !== "vi";
  function vi(el) {
    if (foreign) el.lang = "vi";
    return el;
  }
  function viText(s) {
    if (!foreign) return document.createTextNode(s);
    var span = vi(document.createElement("span"));
    span.textContent = s;
    return span;
  }
  var cache = {};
  var meta = null;
  var shown = PAGE;
  var seq = 0;

  function get(path) {
    if (!cache[path]) {
      cache[path] = fetch(indexURL + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
    }
    return cache[path];
  }

  // --- Tokenizer (generator/search/tokens.go) ---
  // The same steps as Tokenize in Go, which documents them. The browser
  // tests run this section, from this marker to the next, against Go's
  // Tokenize, ShardKey and ShardFile: keep it self-contained.
  var TONES = "\u0300\u0301\u0303\u0309\u0323";
  var MARK = /\p{Mn}/u;
  // canonTone moves the tone of an open oa/oe/uy syllable to its first
  // vowel (vntext.CanonicalTone): "hoà" → "hòa". w is a lower-case run of
  // letters and marks.
  function canonTone(w) {
    var d = Array.from(w.normalize("NFD"));
    var at = [], base = [];
    d.forEach(function (c, i) { if (!MARK.test(c)) { at.push(i); base.push(c); } });
    var n = base.length;
    if (n < 2) return w;
    var pair = base[n - 2] + base[n - 1];
    if (pair !== "oa" && pair !== "oe" && pair !== "uy") return w;
    if (n >= 3 && base[n - 3] === "q" && base[n - 2] === "u") return w;
    if (n >= 3 && "aeiouy".indexOf(base[n - 3]) >= 0) return w;
    var first = at[n - 2], last = at[n - 1];
    if (last !== first + 1 || last + 2 !== d.length || TONES.indexOf(d[last + 1]) < 0) return w;
    return d.slice(0, first + 1).concat([d[last + 1], d[last]]).join("").normalize("NFC");
  }
  // lower lower-cases one code point with Unicode's simple mapping, as Go
  // does: toLowerCase of a lone code point differs only for İ.
  function lower(c) { return c === "\u0130" ? "i" : c.toLowerCase(); }
  function foldWord(w) {
    var f = w.normalize("NFD").replace(/\p{Mn}/gu, "").replace(/[đð]/g, "d").replace(/[^\p{L}\p{Nd}]/gu, "");
    var n = f.length;
    if (n >= 2 && f[n - 1] === "y" && ("aeiouy".indexOf(f[n - 2]) < 0 || /quy$/.test(f))) f = f.slice(0, n - 1) + "i";
    return f;
  }
  function tokenize(s) {
    var out = [];
    s = Array.from(s.normalize("NFKC"), lower).join("").normalize("NFC");
    s = s.replace(/\p{L}[\p{L}\p{Mn}]*/gu, canonTone);
    s.split(/[^\p{L}\p{Nd}\p{Mn}]+/u).forEach(function (w) {
      if (!w) return;
      var f = foldWord(w);
      if (f) out.push({ fold: f, mark: w });
    });
    return out;
  }
  // shardKey: the first two characters (code points) of a folded word.
  function shardKey(f) { return Array.from(f).slice(0, 2).join(""); }
  // shardFile: the file name of a shard, as ShardFile in Go: the key if it
  // is ASCII letters and digits, else "_" and its code points in hex.
  function shardFile(k) {
    if (/^[a-z0-9]+$/.test(k)) return k;
    return "_" + Array.from(k, function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }
  // Go's unicode.IsSpace: the White_Space characters.
  var TRAILING_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;
  // atLeast2 reports whether a folded word has two characters or more.
  function atLeast2(f) { return Array.from(f).length >= 2; }

  // telex returns the syllable a folded word means when typed with the
  // keys of Telex or VNI left in ("banhs", "ba1nh" → "bánh"), or "": the
  // rules are those of Telex in generator/search/forgive.go.
  var VOWELS = "aăâeêioôơuưy";
  var TELEX_TONES = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
  var HAT = { a: "â", e: "ê", o: "ô" };
  function telex(word) {
    var out = [], tone = "", changed = false;
    function hasVowel() { return out.some(function (r) { return VOWELS.indexOf(r) >= 0; }); }
    var cs = Array.from(word);
    for (var i = 0; i < cs.length; i++) {
      var c = cs[i], n = out.length, prev = n > 0 ? out[n - 1] : "";
      if (c === "d" && prev === "d" && n === 1) { out[0] = "đ"; changed = true; }
      else if ((c === "a" || c === "e" || c === "o") && prev === c) { out[n - 1] = HAT[c]; changed = true; }
      else if (c === "w") {
        if (prev === "a") out[n - 1] = "ă";
        else if (prev === "u") out[n - 1] = "ư";
        else if (prev === "o") { out[n - 1] = "ơ"; if (n >= 2 && out[n - 2] === "u") out[n - 2] = "ư"; }
        else return "";
        changed = true;
      } else if (Object.prototype.hasOwnProperty.call(TELEX_TONES, c) && hasVowel()) {
        if (tone) return "";
        tone = TELEX_TONES[c];
      } else if (c >= "1" && c <= "5") {
        if (tone || !hasVowel()) return "";
        tone = TELEX_TONES["sfrxj"[c.charCodeAt(0) - 49]];
      } else if (c >= "6" && c <= "9") {
        if (!vniMark(out, c)) return "";
        changed = true;
      } else if (c >= "a" && c <= "z") out.push(c);
      else return "";
    }
    if (!changed && !tone) return "";
    if (!tone) return out.join("");
    var at = tonePlace(out);
    if (at < 0) return "";
    return (out.slice(0, at + 1).join("") + tone + out.slice(at + 1).join("")).normalize("NFC");
  }
  function vniMark(out, key) {
    for (var i = out.length - 1; i >= 0; i--) {
      var c = out[i];
      if (key === "6" && HAT[c]) out[i] = HAT[c];
      else if (key === "7" && c === "u") out[i] = "ư";
      else if (key === "7" && c === "o") { out[i] = "ơ"; if (i > 0 && out[i - 1] === "u") out[i - 1] = "ư"; }
      else if (key === "8" && c === "a") out[i] = "ă";
      else if (key === "9" && c === "d" && i === 0) out[i] = "đ";
      else continue;
      return true;
    }
    return false;
  }
  function tonePlace(s) {
    function isVowel(i) { return i < s.length && VOWELS.indexOf(s[i]) >= 0; }
    var start = 0;
    while (start < s.length && !isVowel(start)) start++;
    if (start === s.length) return -1;
    if (start > 0 && isVowel(start + 1) && (s[start - 1] === "q" && s[start] === "u" || s[start - 1] === "g" && s[start] === "i")) start++;
    var end = start;
    while (isVowel(end)) end++;
    for (var i = end; i < s.length; i++) if (isVowel(i)) return -1;
    var at = -1;
    for (i = start; i < end; i++) if ("ăâêôơư".indexOf(s[i]) >= 0) at = i;
    if (at >= 0) return at;
    if (end < s.length) return end - 1;
    if (end - start >= 3) return start + 1;
    return start;
  }
  // telexToken: the word a folded word means in Telex or VNI, or null.
  function telexToken(fold) {
    var t = tokenize(telex(fold));
    return t.length === 1 ? t[0] : null;
  }

  // --- Index decoding ---
  function postings(enc) {
    var out = [], doc = 0;
    if (!enc) return out;
    enc.split(",").forEach(function (s) {
      var v = parseInt(s, 36);
      doc += Math.floor(v / 4);
      out.push([doc, v % 4]);
    });
    return out;
  }
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_~";
  function decodeColumn(f) {
    var n = f.col.length / f.width, out = new Int32Array(n);
    for (var doc = 0; doc < n; doc++) {
      var s = f.col.substr(doc * f.width, f.width), v = 0;
      if (s[0] === "-") { out[doc] = -1; continue; }
      for (var i = 0; i < s.length; i++) v = v * 64 + DIGITS.indexOf(s[i]);
      out[doc] = v;
    }
    return out;
  }
  // hasBit reports whether document doc is in a bitmap of an l/ file.
  function hasBit(bits, doc) {
    var k = Math.floor(doc / 6);
    return k < bits.length && ((DIGITS.indexOf(bits[k]) >> (doc % 6)) & 1) === 1;
  }
  // vocabWords decodes a v/ file: {fold: [documents, mark]}.
  function vocabWords(v) {
    if (!v.words) {
      v.words = Object.keys(v).map(function (f) { return { fold: f, mark: v[f][1] || f, docs: v[f][0] }; });
    }
    return v.words;
  }
  // code returns the value of facet f (district, tier, group) of a document.
  function code(f, doc) {
    if (!f.codes) f.codes = decodeColumn(f);
    return f.codes[doc];
  }

  // --- Matching and ranking (generator/search/query.go) ---
  var WEIGHT = [3, 2, 1, 2], WORD = 0.5, MARKBONUS = 2, PLACE = 4;
  var decoded = new Map(); // "fold mark" → decoded postings, kept across keystrokes

  // Districts whose whole name the query holds, word for word.
  function places(words) {
    var q = words.map(function (w) { return w.fold; });
    if (!meta.placeWords) {
      meta.placeWords = meta.facets.district.values.map(function (v) {
        return tokenize(v[1]).map(function (w) { return w.fold; });
      });
    }
    var found = new Set();
    meta.placeWords.forEach(function (name, i) {
      if (!name.length) return;
      for (var s = 0; s + name.length <= q.length; s++) {
        var ok = true;
        for (var j = 0; j < name.length; j++) if (q[s + j] !== name[j]) { ok = false; break; }
        if (ok) { found.add(i); return; }
      }
    });
    return found;
  }
  // Typos and suggestions (forgive.go): limits, distance, nearest words.
  var MIN_TYPO = 3, MAX_CANDIDATES = 5, MAX_SUGGEST_EDITS = 3, SUGGESTIONS = 5;
  function maxEdits(f) { return Array.from(f).length >= 8 ? 2 : 1; }
  // edits: optimal string alignment distance over code points, or
  // limit + 1 when it is more than limit.
  function edits(a, b, limit) {
    var x = Array.from(a), y = Array.from(b);
    if (Math.abs(x.length - y.length) > limit) return limit + 1;
    var rows = [];
    for (var i = 0; i <= x.length; i++) { rows.push(new Array(y.length + 1)); rows[i][0] = i; }
    for (var j = 0; j < y.length; j++) rows[0][j + 1] = j + 1;
    for (i = 1; i <= x.length; i++) {
      var low = limit + 1;
      for (j = 1; j <= y.length; j++) {
        var v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
        rows[i][j] = v;
        low = Math.min(low, v);
      }
      if (low > limit) return limit + 1;
    }
    return Math.min(rows[x.length][y.length], limit + 1);
  }
  // vocabKeys: the v/ files of a word's first and second characters.
  function vocabKeys(f) {
    var keys = [];
    Array.from(f).slice(0, 2).forEach(function (c) { if (keys.indexOf(c) < 0) keys.push(c); });
    return keys;
  }
  function nearest(vocab, fold, limit, max) {
    var cs = [];
    vocab.forEach(function (v) {
      if (v.fold === fold) return;
      var d = edits(fold, v.fold, limit);
      if (d <= limit) cs.push({ w: v, d: d });
    });
    cs.sort(function (a, b) { return a.d - b.d || b.w.docs - a.w.docs || (a.w.fold < b.w.fold ? -1 : a.w.fold > b.w.fold ? 1 : 0); });
    return cs.slice(0, max).map(function (c) { return { fold: c.w.fold, mark: c.w.mark, docs: c.w.docs, edits: c.d }; });
  }

  // Matcher answers the words of a query from the index files loaded so
  // far: each file it lacks goes into need (a list of paths), and the
  // caller fetches them and asks again, until nothing is lacking. Its
  // steps are those of match in query.go.
  function Matcher(ready) { this.ready = ready; this.need = []; }
  var folds = new WeakMap(); // shard → its words, listed once
  function foldsOf(shard) {
    var f = folds.get(shard);
    if (!f) folds.set(shard, f = Object.keys(shard));
    return f;
  }
  Matcher.prototype.file = function (path) {
    if (Object.prototype.hasOwnProperty.call(this.ready, path)) return this.ready[path];
    if (this.need.indexOf(path) < 0) this.need.push(path);
    return null;
  };
  // shard returns the shard of a folded word ({} when there is none), or
  // null while it is not loaded.
  // It is the shard of the word's first three characters when that of
  // its first two is split (shardOf in query.go).
  Matcher.prototype.shard = function (fold) {
    var k = shardKey(fold), cs = Array.from(fold);
    if (cs.length >= 3 && meta.splitSet.has(k)) {
      var k3 = cs.slice(0, 3).join("");
      return meta.subSet.has(k3) ? this.file("s/" + shardFile(k3) + ".json") : {};
    }
    return meta.shardSet.has(k) ? this.file("s/" + shardFile(k) + ".json") : {};
  };
  // has: whether the index holds fold (as a prefix: a word starting with
  // it); true while the shard is not loaded.
  Matcher.prototype.has = function (fold, prefix) {
    var shard = this.shard(fold);
    if (shard === null) return true;
    if (Object.prototype.hasOwnProperty.call(shard, fold)) return true;
    if (!prefix) return false;
    return foldsOf(shard).some(function (f) { return f.indexOf(fold) === 0; });
  };
  // vocab: the words a word's corrections are looked for in (vocabKeys),
  // or null while a file of them is not loaded.
  Matcher.prototype.vocab = function (fold) {
    var out = [], self = this, lacking = false;
    vocabKeys(fold).forEach(function (k) {
      if (!meta.initialSet.has(k)) return;
      var v = self.file("v/" + shardFile(k) + ".json");
      if (v) out = out.concat(vocabWords(v)); else lacking = true;
    });
    return lacking ? null : out;
  };
  // score scores the documents holding fold (or a word it starts) among
  // those of total (all when null); null while the shard is not loaded.
  Matcher.prototype.score = function (fold, mark, prefix, total) {
    var best = new Map();
    if (!fold) return best;
    var shard = this.shard(fold);
    if (shard === null) return null;
    foldsOf(shard).forEach(function (f) {
      var whole = f === fold;
      if (!whole && !(prefix && f.indexOf(fold) === 0)) return;
      var marks = shard[f];
      Object.keys(marks).forEach(function (m) {
        var key = f + " " + m;
        var ps = decoded.get(key);
        if (!ps) decoded.set(key, ps = postings(marks[m]));
        var bonus = (whole ? WORD : 0) + (mark !== fold && (m || f) === mark ? MARKBONUS : 0);
        for (var k = 0; k < ps.length; k++) {
          var p = ps[k];
          if (total !== null && !total.has(p[0])) continue; // already out: AND
          var s = WEIGHT[p[1]] + bonus;
          var b = best.get(p[0]);
          if (b === undefined || s > b) best.set(p[0], s);
        }
      });
    });
    return best;
  };
  // written: a decoded word as the index writes it (Reader.written).
  Matcher.prototype.written = function (fold, mark) {
    var shard = this.shard(fold);
    if (!shard || !Object.prototype.hasOwnProperty.call(shard, fold)) return mark;
    var marks = shard[fold];
    if (mark === fold) mark = "";
    if (Object.prototype.hasOwnProperty.call(marks, mark)) return mark || fold;
    var best = "", n = -1;
    Object.keys(marks).forEach(function (m) {
      var c = marks[m].split(",").length;
      if (c > n || c === n && m < best) { best = m; n = c; }
    });
    return best || fold;
  };
  // correct: the word of the index a typo means (Reader.correct), or null.
  Matcher.prototype.correct = function (fold, total) {
    if (Array.from(fold).length < MIN_TYPO) return null;
    var vocab = this.vocab(fold);
    if (vocab === null) return null;
    var cands = nearest(vocab, fold, maxEdits(fold), MAX_CANDIDATES);
    if (!cands.length) return null;
    if (total !== null) {
      var best = -1, bestScore = 0;
      for (var i = 0; i < cands.length; i++) {
        if (best >= 0 && cands[i].edits > cands[best].edits) break;
        var s = this.score(cands[i].fold, cands[i].fold, false, total);
        if (s === null) continue;
        s.forEach(function (v, d) {
          var t = total.get(d) + v;
          if (best < 0 || t > bestScore) { best = i; bestScore = t; }
        });
      }
      if (best >= 0) return cands[best];
    }
    return cands[0];
  };
  // match: {scores, corrected, missing}, as match in query.go.
  Matcher.prototype.match = function (query, words) {
    var self = this;
    if (!words.length) {
      var all = new Map();
      for (var d = 0; d < meta.products; d++) all.set(d, 0);
      return { scores: all, corrected: [], missing: [] };
    }
    var typing = !TRAILING_SPACE.test(query);
    var total = null, corrected = [], missing = [], fix = [], narrow = "";
    function and(best) {
      if (total === null) { total = best; return; }
      total.forEach(function (s, d) {
        var b = best.get(d);
        if (b === undefined) total.delete(d); else total.set(d, s + b);
      });
    }
    // The words found as typed first, then the others, in query order.
    words.forEach(function (w, i) {
      var last = typing && i === words.length - 1;
      if (last && i > 0 && Array.from(w.fold).length === 1) { narrow = w.fold; return; }
      var prefix = last && atLeast2(w.fold);
      if (!self.has(w.fold, prefix)) { fix.push({ w: w, prefix: prefix }); return; }
      and(self.score(w.fold, w.mark, prefix, total) || new Map());
    });
    fix.forEach(function (p) {
      var fold = "", mark = "", prefix = p.prefix, w = p.w;
      var t = telexToken(w.fold), c;
      if (t && self.has(t.fold, prefix)) {
        fold = t.fold; mark = t.mark;
        corrected.push({ from: w.fold, to: self.written(t.fold, t.mark) });
      } else if ((c = self.correct(w.fold, total))) {
        fold = c.fold; mark = c.fold; prefix = false;
        corrected.push({ from: w.fold, to: c.mark });
      } else missing.push(w);
      and(self.score(fold, mark, prefix, total) || new Map());
    });
    if (narrow) {
      var bits = meta.initialSet.has(narrow) ? self.file("l/" + shardFile(narrow) + ".json") : "";
      if (bits !== null) {
        var narrowed = new Map();
        total.forEach(function (s, doc) { if (hasBit(bits, doc)) narrowed.set(doc, s); });
        if (narrowed.size) total = narrowed;
      }
    }
    return { scores: total, corrected: corrected, missing: missing };
  };
  // suggest: the words offered when the text matches nothing (Reader.suggest).
  Matcher.prototype.suggest = function (words, m) {
    if (m.scores.size > 0 || !words.length) return [];
    var target = m.missing.length ? m.missing[0] : words[words.length - 1];
    var vocab = this.vocab(target.fold);
    if (vocab === null) return [];
    return nearest(vocab, target.fold, MAX_SUGGEST_EDITS, SUGGESTIONS).map(function (v) { return v.mark; });
  };

  // docTourism[doc] lists the tourism links of a product.
  function docTourism() {
    if (!meta.docTourism) {
      meta.docTourism = [];
      meta.facets.tourism.docs.forEach(function (enc, v) {
        postings(enc).forEach(function (p) { (meta.docTourism[p[0]] = meta.docTourism[p[0]] || []).push(v); });
      });
    }
    return meta.docTourism;
  }
  function inFacet(name, doc, v) {
    if (name === "tourism") return (docTourism()[doc] || []).indexOf(v) >= 0;
    return code(meta.facets[name], doc) === v;
  }

  // --- Engine: matching, ranking and facet counts (generator/search/query.go) ---

  var ready = {}; // index files loaded, by path
  // answerText matches the words of text, fetching what the Matcher lacks
  // until it lacks nothing: a promise of {scores, corrected, suggestions}.
  function answerText(text, words) {
    var m = new Matcher(ready);
    var got = m.match(text, words);
    var suggestions = m.need.length ? [] : m.suggest(words, got);
    if (!m.need.length) return Promise.resolve({ scores: got.scores, corrected: got.corrected, suggestions: suggestions });
    return Promise.all(m.need.map(function (path) {
      return get(path).then(function (v) { ready[path] = v; });
    })).then(function () { return answerText(text, words); });
  }
  // query answers the text and facets of st from the index: a promise of
  // {results: [[doc, score, matchedFolds]], counts, active, corrected,
  // suggestions}. results are sorted best first; counts give, for each
  // facet, each value's number of results under the other facets;
  // corrected lists the words replaced because they matched nothing as
  // typed ([{from, to}]) and suggestions the words offered when nothing
  // matched; active is false when there is neither text nor facet.
  function query(text, st) {
    var words = tokenize(text);
    return answerText(text, words).then(function (found) {
      var scores = found.scores;
      var named = places(words);
      if (named.size) {
        scores.forEach(function (s, doc) {
          if (doc < meta.products && named.has(code(meta.facets.district, doc))) scores.set(doc, s + PLACE);
        });
      }
      var want = {};
      FACETS.forEach(function (f) {
        if (!st[f]) return;
        want[f] = -2;
        meta.facets[f].values.forEach(function (v, i) { if (v[0] === st[f]) want[f] = i; });
      });
      var names = Object.keys(want);
      function passes(doc, except) {
        for (var i = 0; i < names.length; i++) {
          var f = names[i];
          if (f !== except && (doc >= meta.products || !inFacet(f, doc, want[f]))) return false;
        }
        return true;
      }
      var counts = {};
      FACETS.forEach(function (f) { counts[f] = meta.facets[f].values.map(function () { return 0; }); });
      var results = [];
      scores.forEach(function (s, doc) {
        if (passes(doc, "")) results.push([doc, s]);
        if (doc >= meta.products) return;
        FACETS.forEach(function (f) {
          if (!passes(doc, f)) return;
          if (f === "tourism") {
            (docTourism()[doc] || []).forEach(function (v) { counts[f][v]++; });
          } else {
            var v = code(meta.facets[f], doc);
            if (v >= 0) counts[f][v]++;
          }
        });
      });
      results.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      var active = words.length > 0 || names.length > 0;
      var answer = { results: active ? results : [], counts: counts, active: active, corrected: found.corrected, suggestions: found.suggestions };
      form.searchAnswer = answer; // the last answer, for the browser tests
      return answer;
    });
  }

  // --- Results: drawing the answer of query ---

  // Display rows come in two layouts (see generator/search/index.go):
  // d/<n>.json by document order, q/<i>.json by district. Fetch whichever
  // needs fewer files for this page of results.
  function rowsFor(page) {
    var byDoc = [], byDist = [], allProducts = true;
    page.forEach(function (r) {
      var c = Math.floor(r[0] / meta.chunk);
      if (byDoc.indexOf(c) < 0) byDoc.push(c);
      var d = r[0] < meta.products ? code(meta.facets.district, r[0]) : -1;
      if (d < 0) allProducts = false;
      else if (byDist.indexOf(d) < 0) byDist.push(d);
    });
    if (allProducts && byDist.length < byDoc.length) {
      if (!meta.distPos) {
        var seen = {};
        meta.distPos = [];
        for (var doc = 0; doc < meta.products; doc++) {
          var k = code(meta.facets.district, doc);
          meta.distPos.push(seen[k] = (seen[k] === undefined ? 0 : seen[k] + 1));
        }
      }
      return Promise.all(byDist.map(function (d) { return get("q/" + d + ".json"); })).then(function (files) {
        return page.map(function (r) { return files[byDist.indexOf(code(meta.facets.district, r[0]))][meta.distPos[r[0]]]; });
      });
    }
    return Promise.all(byDoc.map(function (c) { return get("d/" + c + ".json"); })).then(function (files) {
      return page.map(function (r) { return files[byDoc.indexOf(Math.floor(r[0] / meta.chunk))][r[0] % meta.chunk]; });
    });
  }

  // summariesFor fetches the summaries (e/<n>.json, by document order) of
  // the documents docs, only these chunks: a promise of doc → summary.
  function summariesFor(docs) {
    var chunks = [];
    docs.forEach(function (doc) { var c = Math.floor(doc / meta.chunk); if (chunks.indexOf(c) < 0) chunks.push(c); });
    return Promise.all(chunks.map(function (c) {
      return get("e/" + c + ".json").catch(function () { return []; });
    })).then(function (files) {
      var out = new Map();
      docs.forEach(function (doc) {
        out.set(doc, files[chunks.indexOf(Math.floor(doc / meta.chunk))][doc % meta.chunk] || "");
      });
      return out;
    });
  }

  // KINDS: where each kind of document links, and its label; meta.kinds
  // gives the first document of each, in this order.
  var KINDS = {
    "product": { path: "san-pham/" },
    "story": { path: "tin-tuc/" },
    "sales-point": { path: "diem-ban/", label: T.searchKindSalesPoint },
    "tourism": { path: "du-lich/", label: T.searchKindTourism },
    "producer": { path: "chu-the/", label: T.searchKindProducer }
  };
  function kindOf(doc) {
    var kind = "product";
    (meta.kinds || []).forEach(function (k) { if (doc >= k[1]) kind = k[0]; });
    return kind;
  }

  // wanted returns what marks a word of a text: for each query word, its
  // folded form (the corrected word's when the engine replaced it) and
  // whether it is the prefix being typed.
  function wanted(text, answer) {
    var words = tokenize(text), typing = !TRAILING_SPACE.test(text);
    var fix = {};
    (answer.corrected || []).forEach(function (c) {
      var t = tokenize(c.to);
      if (t.length) fix[c.from] = t[0].fold;
    });
    return words.map(function (w, i) {
      return { fold: fix[w.fold] || w.fold, prefix: typing && i === words.length - 1 && !fix[w.fold] };
    });
  }
  var RUN = /[\p{L}\p{Nd}\p{Mn}]+/gu;
  // hits returns, for each run of word characters of s, its place and
  // which query words (indexes in want) it matches.
  function hits(s, want) {
    var out = [], m;
    RUN.lastIndex = 0;
    while ((m = RUN.exec(s))) {
      var found = [];
      tokenize(m[0]).forEach(function (t) {
        want.forEach(function (w, i) {
          if (t.fold === w.fold || (w.prefix && t.fold.indexOf(w.fold) === 0)) found.push(i);
        });
      });
      if (found.length) out.push({ start: m.index, end: m.index + m[0].length, words: found });
    }
    return out;
  }
  // covers returns the set of query words s matches.
  function covers(s, want) {
    var set = new Set();
    if (s) hits(s, want).forEach(function (h) { h.words.forEach(function (i) { set.add(i); }); });
    return set;
  }
  // marked returns the nodes of s with the words that match want in
  // <mark>: text nodes only, never markup from the data.
  function marked(s, want) {
    var nodes = [], at = 0;
    hits(s, want).forEach(function (h) {
      if (h.start > at) nodes.push(document.createTextNode(s.slice(at, h.start)));
      var m = document.createElement("mark");
      m.textContent = s.slice(h.start, h.end);
      nodes.push(m);
      at = h.end;
    });
    if (at < s.length) nodes.push(document.createTextNode(s.slice(at)));
    return nodes;
  }
  function markedVi(s, want) {
    var span = vi(document.createElement("span"));
    span.append.apply(span, marked(s, want));
    return span;
  }
  // around cuts a summary to about 160 characters around its first match.
  var AROUND = 160;
  function around(s, want) {
    if (s.length <= AROUND) return s;
    var h = hits(s, want), start = h.length ? Math.max(0, h[0].start - 50) : 0;
    if (start > 0) { var sp = s.lastIndexOf(" ", start); start = sp > 0 ? sp + 1 : start; }
    var end = Math.min(s.length, start + AROUND);
    if (end < s.length) { var e = s.lastIndexOf(" ", end); end = e > start ? e : end; }
    return (start > 0 ? "… " : "") + s.slice(start, end) + (end < s.length ? " …" : "");
  }

  // excerptFields returns the fields a document can be excerpted from,
  // after its title and meta line: [label, text], summary last.
  function excerptFields(kind, d) {
    if (kind === "product") return [[T.searchKindVillage, d[5]], [T.searchKindCommune, d[6]]];
    if (kind === "producer") return [[T.searchKindAddress, d[5]]];
    return [];
  }

  // drawRow returns the <li> of a result: its title, the meta line of its
  // kind, and an excerpt of the field that matched best.
  function drawRow(doc, d, kind, want, summary) {
    var li = document.createElement("li");
    li.className = "result-" + kind;
    var a = document.createElement("a");
    a.href = siteURL + KINDS[kind].path + d[1] + "/";
    a.append.apply(a, marked(d[0], want));
    li.appendChild(vi(a));
    var p = document.createElement("p");
    p.className = "card-meta";
    var district = d[3] >= 0 ? meta.facets.district.values[d[3]][1] : "";
    var parts = [];
    if (KINDS[kind].label) {
      var label = document.createElement("span");
      label.className = "kind";
      label.textContent = KINDS[kind].label;
      parts.push(label);
    }
    if (kind === "story") {
      parts.push(document.createTextNode(T.story), viText(d[4]));
    } else if (kind === "product") {
      var tier = meta.facets.tier.values[d[2]];
      var badge = document.createElement("span");
      badge.className = "badge tier-" + tier[0];
      badge.textContent = tier[1];
      p.append(badge, " ");
      if (district) parts.push(markedVi(district, want));
      parts.push(markedVi(d[4], want));
    } else {
      var sub = kind === "tourism" ? T["tk:" + d[4]] : kind === "producer" ? T["pk:" + d[4]] : "";
      if (sub) parts.push(document.createTextNode(sub));
      if (district) parts.push(markedVi(district, want));
      if (kind === "sales-point" && d[4]) parts.push(markedVi(d[4], want));
    }
    parts.forEach(function (n, i) { if (i) p.append(" · "); p.append(n); });
    li.appendChild(p);
    var ex = excerptOf(kind, d, want, summary);
    if (ex) li.appendChild(ex);
    return li;
  }

  // shownWords returns the query words that a row's title and meta line
  // already show.
  function shownWords(kind, d, want) {
    var set = covers(d[0], want);
    var meta1 = [d[3] >= 0 ? meta.facets.district.values[d[3]][1] : ""];
    if (kind === "product" || kind === "sales-point") meta1.push(d[4]);
    meta1.forEach(function (s) { covers(s, want).forEach(function (i) { set.add(i); }); });
    return set;
  }

  // excerptOf returns the excerpt line of a row: the field that matches
  // the most query words its title and meta line do not show, summary
  // last; null when there is none.
  function excerptOf(kind, d, want, summary) {
    var shown = shownWords(kind, d, want);
    var fields = excerptFields(kind, d);
    if (summary) fields.push(["", summary]);
    var best = null, bestN = 0;
    fields.forEach(function (f) {
      if (!f[1]) return;
      var n = 0;
      covers(f[1], want).forEach(function (i) { if (!shown.has(i)) n++; });
      if (n > bestN) { best = f; bestN = n; }
    });
    if (!best) return null;
    var p = document.createElement("p");
    p.className = "excerpt";
    if (best[0]) p.append(best[0] + ": ");
    p.appendChild(markedVi(best[0] ? best[1] : around(best[1], want), want));
    return p;
  }

  // needsSummary reports whether a row leaves a query word unshown, so
  // that its summary may show it.
  function needsSummary(kind, d, want) {
    if (kind !== "product" && kind !== "story" && kind !== "tourism") return false;
    var shown = shownWords(kind, d, want);
    excerptFields(kind, d).forEach(function (f) { covers(f[1], want).forEach(function (i) { shown.add(i); }); });
    return shown.size < want.length;
  }

  // fixedText returns text with each corrected word replaced by the word
  // meant.
  function fixedText(text, corrected) {
    var fix = {};
    corrected.forEach(function (c) { fix[c.from] = c.to; });
    return text.trim().replace(RUN, function (run) {
      var t = tokenize(run);
      return t.length === 1 && fix[t[0].fold] !== undefined ? fix[t[0].fold] : run;
    });
  }

  // suggestURL returns the search URL with word in place of the query word
  // nearest to it (the one that matched nothing).
  function suggestURL(text, word) {
    var w = tokenize(word)[0], runs = text.match(RUN) || [], best = -1, bestD = Infinity;
    runs.forEach(function (run, i) {
      var t = tokenize(run)[0];
      if (!t || !w) return;
      var dist = editDistance(Array.from(t.fold), Array.from(w.fold));
      if (dist < bestD) { best = i; bestD = dist; }
    });
    var n = -1;
    var q = best < 0 ? word : text.trim().replace(RUN, function (run) { return ++n === best ? word : run; });
    var params = new URLSearchParams(location.search);
    params.set("q", q);
    return location.pathname + "?" + params.toString();
  }
  function editDistance(a, b) {
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
      prev = cur;
    }
    return prev[b.length];
  }

  var fixedLine = document.getElementById("search-fixed");
  var none = document.getElementById("search-none");
  var suggest = document.getElementById("search-suggest");

  // drawNone fills the no-results block: the suggestions, as links that
  // search for them; the links to the listings are the page's own.
  function drawNone(text, answer) {
    var words = answer.suggestions || [];
    suggest.replaceChildren();
    suggest.hidden = words.length === 0;
    if (words.length) {
      suggest.append(T.searchNoneSuggest + " ");
      words.forEach(function (w, i) {
        var a = document.createElement("a");
        a.href = suggestURL(text, w);
        a.textContent = w;
        if (i) suggest.append(", ");
        suggest.appendChild(vi(a));
      });
    }
  }

  function show(my, answer) {
    var results = answer.results, active = answer.active;
    var text = input.value;
    var want = wanted(text, answer);
    var page = results.slice(0, shown);
    return rowsFor(page).then(function (rows) {
      var need = [];
      page.forEach(function (r, i) { if (needsSummary(kindOf(r[0]), rows[i], want)) need.push(r[0]); });
      return (need.length ? summariesFor(need) : Promise.resolve(new Map())).then(function (sums) {
        if (my !== seq) return;
        var frag = document.createDocumentFragment();
        page.forEach(function (r, i) {
          frag.appendChild(drawRow(r[0], rows[i], kindOf(r[0]), want, sums.get(r[0]) || ""));
        });
        list.replaceChildren(frag);
        status.textContent = !active ? T.prompt
          : results.length === 0 ? T.none
          : T.count.replace("{n}", results.length.toLocaleString(document.documentElement.lang || "vi"));
        var corrected = answer.corrected || [];
        if (fixedLine) {
          fixedLine.hidden = !(active && results.length && corrected.length);
          fixedLine.textContent = fixedLine.hidden ? "" : T.searchFixResultsFor.replace("{q}", fixedText(text, corrected));
        }
        if (none) {
          none.hidden = !(active && results.length === 0);
          if (!none.hidden) drawNone(text, answer);
        }
        more.hidden = results.length <= shown;
      });
    });
  }

  // --- Form and events ---

  var filtersN = document.getElementById("search-filters-n");

  function state() {
    var st = { q: input.value };
    FACETS.forEach(function (f) { st[f] = form.elements[f].value; });
    return st;
  }
  function toURL(st) {
    var p = new URLSearchParams();
    if (st.q) p.set("q", st.q);
    FACETS.forEach(function (f) { if (st[f]) p.set(f, st[f]); });
    var s = p.toString();
    return location.pathname + (s ? "?" + s : "");
  }
  function fromURL() {
    var p = new URLSearchParams(location.search);
    input.value = p.get("q") || "";
    FACETS.forEach(function (f) { form.elements[f].value = p.get(f) || ""; });
    countFilters();
  }
  // countFilters writes how many facets are set on the button that folds
  // them: "Filter (n)".
  function countFilters() {
    var n = 0;
    FACETS.forEach(function (f) { if (form.elements[f].value) n++; });
    if (filtersN) filtersN.textContent = "(" + n + ")";
  }

  function fillSelects() {
    FACETS.forEach(function (f) {
      var sel = form.elements[f];
      var want = new URLSearchParams(location.search).get(f) || sel.value;
      meta.facets[f].values.forEach(function (v) {
        var o = document.createElement("option");
        o.value = v[0];
        o.textContent = v[1];
        o.setAttribute("data-name", v[1]);
        if (f === "district" || f === "tourism") vi(o);
        sel.appendChild(o);
      });
      sel.value = want;
    });
  }

  function updateCounts(counts, active) {
    FACETS.forEach(function (f) {
      var opts = form.elements[f].options;
      for (var i = 1; i < opts.length; i++) {
        var n = counts[f][i - 1];
        opts[i].textContent = opts[i].getAttribute("data-name") + (active ? " (" + n + ")" : "");
        opts[i].disabled = active && n === 0 && !opts[i].selected;
      }
    });
  }

  // run answers the form's state, keeps it in the URL (push: as a new
  // history entry) and draws the answer, unless a newer run started. Its
  // promise gives the answer once shown, or null when a newer run took
  // its place.
  function run(push) {
    var my = ++seq;
    var st = state();
    var url = toURL(st);
    if (url !== location.pathname + location.search) {
      if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    }
    return query(st.q, st).then(function (answer) {
      if (my !== seq) return null;
      updateCounts(answer.counts, answer.active);
      return Promise.resolve(show(my, answer)).then(function () { return my === seq ? answer : null; });
    });
  }

  function start() {
    get("meta.json").then(function (m) {
      meta = m;
      meta.shardSet = new Set(m.shards.split(" "));
      meta.initialSet = new Set((m.initials || "").split(" "));
      meta.splitSet = new Set((m.split || "").split(" "));
      meta.subSet = new Set((m.subs || "").split(" "));
      fillSelects();
      fromURL();
      form.hidden = false;
      return run(false);
    }).catch(function (e) {
      status.textContent = T.error;
      if (window.console) console.error(e);
    });
  }

  // resultLinks are the links of the results, one a result: the first
  // link of each item of the list.
  function resultLinks() {
    return Array.from(list.children, function (li) { return li.querySelector("a[href]"); }).filter(Boolean);
  }
  // toResults moves the focus to the first result of an answer shown, or
  // to the status line when it has none.
  function toResults(answer) {
    var first = answer.results.length ? resultLinks()[0] : null;
    (first || status).focus();
  }
  // toBox moves the focus to the query box, its caret at the end.
  function toBox() {
    input.focus();
    var n = input.value.length;
    try { input.setSelectionRange(n, n); } catch (e) { /* a type without a caret */ }
  }
  // plainKey reports whether a key event is the key alone, not part of a
  // shortcut of the browser or of a word being composed (an input method,
  // as Vietnamese keyboards use).
  function plainKey(e) {
    return !(e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.defaultPrevented);
  }

  input.addEventListener("input", function () { shown = PAGE; if (meta) run(false); });
  FACETS.forEach(function (f) {
    form.elements[f].addEventListener("change", function () { countFilters(); shown = PAGE; if (meta) run(true); });
  });
  // Enter in the box, or the button: the answer, then the focus on it.
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (meta) run(true).then(function (answer) { if (answer) toResults(answer); });
  });
  // ArrowDown from the box goes to the first result.
  input.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" || e.shiftKey || !plainKey(e)) return;
    var links = resultLinks();
    if (!links.length) return;
    e.preventDefault();
    links[0].focus();
  });
  // In the results, ArrowDown and ArrowUp go from result to result (up
  // from the first, back to the box; down from the last, to the button
  // showing more when there is more), Escape back to the box.
  list.addEventListener("keydown", function (e) {
    if (!plainKey(e) || e.shiftKey) return;
    if (e.key === "Escape") { e.preventDefault(); toBox(); return; }
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    var item = e.target.closest && e.target.closest("#search-results > li");
    var links = resultLinks();
    var i = item ? links.indexOf(item.querySelector("a[href]")) : -1;
    if (i < 0) return;
    var next = e.key === "ArrowUp" ? (i > 0 ? links[i - 1] : input)
      : i + 1 < links.length ? links[i + 1] : more.hidden ? null : more;
    e.preventDefault();
    if (next === input) toBox(); else if (next) next.focus();
  });
  status.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && plainKey(e)) { e.preventDefault(); toBox(); }
  });
  // "/" anywhere but in a field goes to the box.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || !plainKey(e)) return;
    var t = e.target;
    if (t.isContentEditable || (t.closest && t.closest("input, textarea, select"))) return;
    e.preventDefault();
    toBox();
  });
  // More results: the focus goes to the first of those added.
  more.addEventListener("click", function () {
    var from = shown;
    shown += PAGE;
    if (meta) run(false).then(function (answer) { if (answer && resultLinks()[from]) resultLinks()[from].focus(); });
  });
  more.addEventListener("keydown", function (e) {
    if (!plainKey(e) || e.shiftKey) return;
    var links = resultLinks();
    if (e.key === "ArrowUp" && links.length) { e.preventDefault(); links[links.length - 1].focus(); }
    if (e.key === "Escape") { e.preventDefault(); toBox(); }
  });
  window.addEventListener("popstate", function () { if (!meta) return; fromURL(); shown = PAGE; run(false); });
  start();
})();
