#!/usr/bin/env node
// Measures the outline against the authors' own markup: the headings a Markdown, HTML or GOV.UK
// Content API document marks up (h1–h6, "#" lines with or without a space after the hashes, setext
// underlines) are matched in order (longest common subsequence of their texts) against the pipeline's
// outline, for recall, precision and right parent; then the visible text of each document is written
// as a .txt file and its outline matched against the same headings, for recall and precision.
//
//   npm run outline-eval -- [files or folders …] [--dist <built dist folder>] [--verbose]
//
// With no files it reads ../shared/corpus/govuk and ../shared/corpus/markdown. The reference headings
// are read here with a parser of their own (rehype for HTML, lines for Markdown), not with the
// pipeline's readers. Captions ("Figure 1: …", "Table 2.1: …") count when the authors marked them up
// as headings; a caption the pipeline found that the authors did not mark up as a heading (a
// paragraph "Figure 10: …" under a chart) counts neither way, since the markup cannot judge it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = resolve(distAt >= 0 ? args[distAt + 1] : join(root, 'dist'));
const verbose = args.includes('--verbose');
const inputs = args.filter((a, i) => !a.startsWith('--') && (distAt < 0 || i !== distAt + 1));
const { processDocument } = await import(pathToFileURL(join(dist, 'pipeline.js')).href);
// The plain-text copies are always the visible text this version's reader makes, so that runs of
// different builds (--dist) are measured on the same text.
const { processDocument: readCurrent } = await import(pathToFileURL(join(root, 'dist', 'pipeline.js')).href);

const defaults = [join(root, '..', 'shared', 'corpus', 'govuk'), join(root, '..', 'shared', 'corpus', 'markdown')];
const files = (inputs.length ? inputs : defaults).flatMap((p) =>
  statSync(p).isDirectory() ? readdirSync(p).filter((f) => /\.(md|markdown|html?|json)$/i.test(f)).sort().map((f) => join(p, f)) : [p],
);

const norm = (t) => t.normalize('NFKC').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

// ---- The authors' headings ----

function hastText(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(hastText).join('');
}

function htmlHeadings(html) {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const out = [];
  const walk = (node, inTable) => {
    if (node.type === 'element') {
      const m = /^h([1-6])$/.exec(node.tagName);
      if (m && !inTable) out.push({ level: Number(m[1]), text: hastText(node) });
      inTable = inTable || node.tagName === 'table';
    }
    for (const c of node.children ?? []) walk(c, inTable);
  };
  walk(tree, false);
  return out.filter((h) => h.text.trim());
}

function markdownHeadings(md) {
  const lines = md.split(/\r\n|\r|\n/);
  const out = [];
  let fence = false;
  const clean = (t) => t.replace(/\{#[^}]*\}\s*$/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/#+\s*$/, '').trim();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const atx = /^\s{0,3}(#{1,6})\s*(\S.*)$/.exec(line);
    if (atx) {
      out.push({ level: atx[1].length, text: clean(atx[2]) });
      continue;
    }
    const under = lines[i + 1];
    const blankBefore = i === 0 || lines[i - 1].trim() === '';
    if (under !== undefined && line.trim() && blankBefore && !line.includes('|') && /^\s{0,3}(=+|-+)\s*$/.test(under) && !/^\s{0,3}[-*+]\s/.test(line)) {
      out.push({ level: under.trim()[0] === '=' ? 1 : 2, text: clean(line) });
      i++;
    }
  }
  return out;
}

/** The authors' headings with their parents; for Markdown and HTML the title heading is left out. */
function reference(file, raw) {
  let headings;
  let hasTitle = true;
  const ext = extname(file).toLowerCase();
  if (ext === '.json') {
    const json = JSON.parse(raw);
    const body = json.details?.body;
    const html = typeof body === 'string' ? body : (body ?? []).find((b) => b.content_type === 'text/html')?.content ?? '';
    headings = htmlHeadings(html);
    hasTitle = false;
  } else if (ext === '.md' || ext === '.markdown') {
    headings = markdownHeadings(raw);
  } else {
    headings = htmlHeadings(raw);
  }
  // The first heading is the title when nothing else is as shallow ("##06 Developing …" over "###…").
  if (hasTitle && headings.length && !headings.slice(1).some((h) => h.level <= headings[0].level)) {
    const firstText = norm(headings[0].text);
    const firstContent = ext === '.md' || ext === '.markdown' ? raw.split(/\r?\n/).find((l) => l.trim()) ?? '' : '';
    if (ext !== '.md' || norm(firstContent.replace(/^#+\s*/, '')).includes(firstText)) headings = headings.slice(1);
  }
  const stack = [];
  return headings.map((h, i) => {
    while (stack.length && stack.at(-1).level >= h.level) stack.pop();
    const parent = stack.at(-1)?.index ?? null;
    stack.push({ level: h.level, index: i });
    return { text: norm(h.text), parent };
  });
}

// ---- The pipeline's headings ----

function pipelineHeadings(doc) {
  if (Array.isArray(doc.outline)) {
    const kept = doc.outline;
    const index = new Map(kept.map((o, i) => [o.id, i]));
    // A heading whose parent was left out hangs from that parent's nearest kept ancestor.
    const byId = new Map(doc.outline.map((o) => [o.id, o]));
    const parentOf = (o) => {
      for (let p = o.parentId; p; p = byId.get(p)?.parentId) if (index.has(p)) return index.get(p);
      return null;
    };
    return kept.map((o) => ({ text: norm(o.text), parent: parentOf(o), caption: o.kind === 'caption' }));
  }
  // Before the outline: the unit and phase headings, a phase under its unit.
  const out = [];
  let unit = null;
  for (const s of doc.sections) {
    if (s.unitLine !== null) {
      out.push({ text: norm(s.unit), parent: null });
      unit = out.length - 1;
    }
    if (s.phase !== null) out.push({ text: norm(s.phase), parent: unit });
  }
  return out;
}

/** Pairs of (reference index, pipeline index) of a longest common subsequence of the texts. */
function align(ref, got) {
  const n = ref.length;
  const m = got.length;
  const dp = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i][j] = ref[i].text === got[j].text ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  }
  const pairs = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (ref[i].text === got[j].text) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

function score(ref, got) {
  const pairs = align(ref, got);
  const toGot = new Map(pairs);
  let parents = 0;
  for (const [i, j] of pairs) {
    const want = ref[i].parent === null ? null : toGot.get(ref[i].parent) ?? -1;
    if (got[j].parent === want) parents++;
  }
  const matchedGot = new Set(pairs.map(([, j]) => j));
  const unjudged = got.filter((g, j) => g.caption && !matchedGot.has(j)).length;
  return { ref: ref.length, got: got.length - unjudged, matched: pairs.length, parents, pairs };
}

const totals = { markup: { ref: 0, got: 0, matched: 0, parents: 0 }, text: { ref: 0, got: 0, matched: 0, parents: 0 } };
const add = (t, s) => {
  for (const k of ['ref', 'got', 'matched', 'parents']) t[k] += s[k];
};
const dir = mkdtempSync(join(tmpdir(), 'outline-eval-'));
const rows = [];
for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const ref = reference(file, raw);
  const doc = processDocument(readFileSync(file), { path: file });
  const markup = score(ref, pipelineHeadings(doc));
  // The plain-text copy: the visible text the current reader makes of the document.
  const txt = join(dir, `${basename(file, extname(file))}.txt`);
  writeFileSync(txt, dist === resolve(join(root, 'dist')) ? doc.text : readCurrent(readFileSync(file), { path: file }).text);
  const plainDoc = processDocument(readFileSync(txt), { path: txt });
  const plain = score(ref, pipelineHeadings(plainDoc));
  add(totals.markup, markup);
  add(totals.text, plain);
  rows.push({ file: basename(file), markup, plain });
  if (verbose) {
    const got = pipelineHeadings(doc);
    const matchedRef = new Set(markup.pairs.map(([i]) => i));
    const matchedGot = new Set(markup.pairs.map(([, j]) => j));
    for (const [i, r] of ref.entries()) if (!matchedRef.has(i)) console.log(`  ${basename(file)} missed: ${r.text}`);
    for (const [j, g] of got.entries()) if (!matchedGot.has(j) && !g.caption) console.log(`  ${basename(file)} extra: ${g.text}`);
    const pgot = pipelineHeadings(plainDoc);
    const pRef = new Set(plain.pairs.map(([i]) => i));
    const pGot = new Set(plain.pairs.map(([, j]) => j));
    for (const [i, r] of ref.entries()) if (!pRef.has(i)) console.log(`  ${basename(file)} (txt) missed: ${r.text}`);
    for (const [j, g] of pgot.entries()) if (!pGot.has(j) && !g.caption) console.log(`  ${basename(file)} (txt) extra: ${g.text}`);
  }
}
rmSync(dir, { recursive: true, force: true });

const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
console.log('| document | headings | markup: found / recall / precision / right parent | plain text: found / recall / precision |');
console.log('|---|---:|---|---|');
for (const { file, markup, plain } of rows) {
  console.log(`| ${file} | ${markup.ref} | ${markup.got} / ${f(markup.matched / markup.ref)} / ${f(markup.matched / markup.got)} / ${f(markup.parents / markup.matched)} | ${plain.got} / ${f(plain.matched / plain.ref)} / ${f(plain.matched / plain.got)} |`);
}
const m = totals.markup;
const t = totals.text;
console.log(`| **all** | ${m.ref} | ${m.got} / **${f(m.matched / m.ref)}** / **${f(m.matched / m.got)}** / **${f(m.parents / m.matched)}** | ${t.got} / **${f(t.matched / t.ref)}** / **${f(t.matched / t.got)}** |`);
