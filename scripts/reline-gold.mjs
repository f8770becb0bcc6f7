#!/usr/bin/env node
// Rewrites the `line` and `#n`/`~n` columns of fixtures/<case>/gold.tsv for the visible text the
// current reader makes, keeping every row's type, value, extras and comments.
//
// The gold of an HTML, Markdown or Content API JSON input is written on its visible text
// (scripts/build-gold.mjs). When a reader change moves that text between lines (a table read into one
// line per cell instead of one per table), the rows no longer find their mentions, but the mentions'
// places in the source file, kept in gold.entities.json, are still true. This script re-derives each
// row's line and occurrence from those places: rows and mentions of the same type, text (spaces
// aside), value and extras are paired in reading order. Run it, then `node scripts/build-gold.mjs <case>`, and review the diff; the
// text of a mention is updated when the reader now shows it differently (a <br/> read as a space).
//
//   node scripts/reline-gold.mjs <case> [<case> …]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotatedText, findOccurrence, anyOccurrence } from '../dist/gold/tsv.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where a gold mention is in the visible text: its UTF-16 range there, or null when it maps nowhere. */
function visibleRange(visible, utf16Start, utf16End) {
  const { text, toSource, toSourceEnd } = visible;
  let from = -1;
  for (let i = 0; i < text.length; i++) if (toSource(i) === utf16Start) { from = i; break; }
  if (from < 0) return null;
  for (let j = from + 1; j <= text.length; j++) {
    const end = Math.max(toSource(from), toSourceEnd(j - 1));
    if (end === utf16End) return { from, to: j };
    if (end > utf16End) return null;
  }
  return null;
}

export function relineGold(caseDir) {
  const meta = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8'));
  const visible = annotatedText(join(caseDir, meta.input));
  if (!visible.toSource) return { tsv: null, problems: ['plain-text input: lines are the file\'s own, nothing to re-line'] };
  const gold = JSON.parse(readFileSync(join(caseDir, 'gold.entities.json'), 'utf8'));
  const cps = Array.from(visible.raw);
  const utf16 = [0];
  for (const c of cps) utf16.push(utf16[utf16.length - 1] + c.length);
  const lineStarts = [0];
  for (let i = 0; i < visible.text.length; i++) if (visible.text[i] === '\n') lineStarts.push(i + 1);
  // Paired by type, value, extras and text (spaces aside, so "Shiftin" pairs with "Shift in").
  const key = (type, text, value, extras) => JSON.stringify([type, text.replace(/\s+/g, ''), value, extras]);
  const problems = [];
  // Mentions by key, in reading order of the visible text.
  const placed = new Map();
  for (const e of gold.entities) {
    // The quote selector is the gold file's own (for re-anchoring), never a gold.tsv extra.
    const { type, text, start, end, value, selector: _selector, ...extras } = e;
    const range = visibleRange(visible, utf16[start.offset], utf16[end.offset]);
    if (!range) {
      problems.push(`${type} "${text}" at offset ${start.offset} is not visible text any more`);
      continue;
    }
    const k = key(type, visible.text.slice(range.from, range.to), value, extras);
    if (!placed.has(k)) placed.set(k, []);
    placed.get(k).push(range);
  }
  for (const list of placed.values()) list.sort((a, b) => a.from - b.from);
  // Rows by key, in their old reading order (line, then occurrence), paired with the mentions.
  const rows = readFileSync(join(caseDir, 'gold.tsv'), 'utf8').split('\n');
  const groups = new Map();
  rows.forEach((row, i) => {
    if (!row.trim() || row.startsWith('#')) return;
    const [lineStr, typeSpec, mention = '', valueStr = '', extrasStr = ''] = row.split('\t');
    const [, type, , occ] = typeSpec.match(/^([^#~]*)(?:([#~])(\d+))?$/) ?? [];
    const value = ['number', 'percent', 'money'].includes(type) ? Number(valueStr) : valueStr;
    const k = key(type, mention, value, extrasStr.trim() ? JSON.parse(extrasStr) : {});
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push({ i, line: Number(lineStr), occ: Number(occ ?? 1) });
  });
  for (const [k, list] of groups) {
    list.sort((a, b) => a.line - b.line || a.occ - b.occ);
    const ranges = placed.get(k) ?? [];
    if (ranges.length !== list.length) problems.push(`${k}: ${list.length} rows but ${ranges.length} mentions`);
    list.forEach((r, n) => {
      const range = ranges[n];
      if (!range) return;
      const line = lineStarts.findLastIndex((s) => s <= range.from);
      const content = visible.text.slice(lineStarts[line], (lineStarts[line + 1] ?? visible.text.length + 1) - 1);
      const col = range.from - lineStarts[line];
      const text = visible.text.slice(range.from, range.to);
      if (text.includes('\n')) return problems.push(`"${text}" now runs over two lines of the visible text`);
      let mark = '#';
      let occ = 1;
      while (findOccurrence(content, text, occ) >= 0 && findOccurrence(content, text, occ) < col) occ++;
      if (findOccurrence(content, text, occ) !== col) {
        mark = '~';
        occ = 1;
        while (anyOccurrence(content, text, occ) < col) occ++;
      }
      const cols = rows[r.i].split('\t');
      const type = cols[1].split(/[#~]/)[0];
      cols[0] = String(line + 1);
      cols[1] = mark === '~' ? `${type}~${occ}` : occ > 1 ? `${type}#${occ}` : type;
      cols[2] = text;
      rows[r.i] = cols.join('\t');
    });
  }
  return { tsv: rows.join('\n'), problems };
}

function main() {
  let failed = false;
  for (const c of process.argv.slice(2)) {
    const dir = c.includes('/') ? c : join(root, 'fixtures', c);
    const { tsv, problems } = relineGold(dir);
    for (const p of problems) console.error(`${relative(root, dir)}: ${p}`);
    if (problems.length) failed = true;
    if (tsv !== null && !problems.length) {
      writeFileSync(join(dir, 'gold.tsv'), tsv);
      console.log(`${relative(root, dir)}: gold.tsv re-lined`);
    }
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
