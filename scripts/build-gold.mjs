#!/usr/bin/env node
// Builds fixtures/<case>/gold.entities.json from the hand-written fixtures/<case>/gold.tsv.
//
// gold.tsv holds one mention a row, tab-separated:
//   line  type  text  value  extras
// - line: the 1-based source line the mention starts on;
// - text: the exact characters of the mention; when the same text occurs more than once on the
//   line, suffix the type with "#n" (1-based occurrence), e.g. "date#2". Occurrences are counted
//   as whole words only: a hit glued to a letter or digit on a side where the mention itself starts
//   or ends with a letter or digit is not counted ("20" inside "2016", "3" inside "13" are skipped;
//   "EMC" in "EMC-level" and "October" in "October 2014" are counted). A hit inside a longer mention
//   ("Cabinet Office" inside "Cabinet Office Code Club") is counted;
//   "~n" instead counts every occurrence, glued or not, for a mention whose source runs into the next
//   word in the text ("33%" in "face-to-face33%", where a table cell's <br/> leaves no space);
// - value: the normalised value (a JSON number for number, percent and money; a string otherwise);
// - extras: optional JSON object, e.g. {"counts":"students"} or {"mod":"EARLY","anchor":"phase"}.
// Lines starting with "#" and blank lines are ignored.
//
// The acronyms table is derived, not written: a mention written as "(ACR)" right after a mention of
// the same type with the same value ("Government Digital Service (GDS)") is a definition, and the
// first definition of each acronym goes into `acronyms` with the span from the long form's start to
// the acronym's end. Definitions of generic terms ("arm’s length bodies (ALBs)") have no mentions and
// so no row (docs/annotation.md, "Acronym definitions").
//
// Offsets are counted in Unicode code points (as document.json counts them); the script fails,
// naming the row, when a mention cannot be found on its line.
//
// HTML, Markdown and GOV.UK Content API JSON inputs are annotated on their visible text, the text the
// pipeline reads (`policy-extract` makes it with the same reader: one line per heading, paragraph,
// list item or table cell). For those inputs `line` counts lines of the visible text and `text` is the
// visible characters; the positions written point into the source file, mapped exactly as the
// pipeline maps its own spans (src/stages/locate-positions.ts): from the source of the first visible
// character to just after the source of the last one. So "R&amp;D" in an HTML page, or a mention
// inside a JSON string with escapes, is placed where the pipeline would place it. This needs the
// built reader (dist/, `npm run build`).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const numericTypes = new Set(['number', 'percent', 'money']);
export const GOLD_TYPES = ['number', 'percent', 'money', 'date', 'duration', 'organisation', 'person', 'place', 'programme'];
const wordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** UTF-16 index of the n-th (1-based) whole-word occurrence of `mention` in `content`, or -1. */
export function findOccurrence(content, mention, n) {
  let seen = 0;
  for (let k = content.indexOf(mention); k >= 0; k = content.indexOf(mention, k + 1)) {
    const gluedBefore = wordChar(mention[0]) && wordChar(content[k - 1]);
    const gluedAfter = wordChar(mention[mention.length - 1]) && wordChar(content[k + mention.length]);
    if (gluedBefore || gluedAfter) continue;
    if (++seen === n) return k;
  }
  return -1;
}

/** UTF-16 index of the n-th (1-based) occurrence of `mention` in `content`, glued or not, or -1. */
export function anyOccurrence(content, mention, n) {
  let k = -1;
  for (let seen = 0; seen < n; seen++) {
    k = content.indexOf(mention, k + 1);
    if (k < 0) return -1;
  }
  return k;
}

function splitLines(text) {
  // Keeps every line's start index (UTF-16) and its content without the line ending.
  const lines = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m;
  while ((m = re.exec(text))) {
    lines.push({ start, content: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, content: text.slice(start) });
  return lines;
}

const cpLength = (s) => Array.from(s).length;

// The pipeline's own reader, for markup inputs; absent until `npm run build` has made dist/.
const dist = join(root, 'dist', 'stages');
const reader = existsSync(join(dist, 'read-markup.js'))
  ? { ...(await import(pathToFileURL(join(dist, 'load-document.js')).href)), ...(await import(pathToFileURL(join(dist, 'read-markup.js')).href)) }
  : null;

/**
 * The text a gold.tsv of this input is written against, and where each of its characters is in the
 * source: for plain text the source itself; for markup the visible text and the pipeline's map.
 */
export function annotatedText(inputPath) {
  const bytes = readFileSync(inputPath);
  let raw = bytes.toString('utf8');
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (!reader) {
    if (/\.(?:html?|xhtml|md|markdown|json)$/i.test(inputPath)) throw new Error(`${inputPath}: markup input needs the built reader; run npm run build first`);
    return { raw, text: raw, toSource: null, toSourceEnd: null };
  }
  const doc = reader.loadDocument(bytes, { path: inputPath });
  reader.readMarkup(doc);
  if (!doc.toSource) return { raw: doc.raw, text: doc.raw, toSource: null, toSourceEnd: null };
  return { raw: doc.raw, text: doc.text, toSource: doc.toSource, toSourceEnd: doc.toSourceEnd };
}

export function buildGold(caseDir) {
  const meta = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8'));
  const inputPath = join(caseDir, meta.input);
  const { raw: source, text, toSource, toSourceEnd } = annotatedText(inputPath);
  const lines = splitLines(text);
  const sourceLines = toSource ? splitLines(source) : lines;
  const rows = readFileSync(join(caseDir, 'gold.tsv'), 'utf8').split('\n');
  const entities = [];
  const errors = [];
  rows.forEach((row, i) => {
    if (!row.trim() || row.startsWith('#')) return;
    const [lineStr, typeSpec, mention, valueStr = '', extrasStr = ''] = row.split('\t');
    const where = `gold.tsv:${i + 1}`;
    const lineNo = Number(lineStr);
    const [, type = typeSpec, mark = '#', occStr] = (typeSpec ?? '').match(/^([^#~]*)(?:([#~])(\d+))?$/) ?? [];
    const occurrence = occStr ? Number(occStr) : 1;
    if (!GOLD_TYPES.includes(type)) return errors.push(`${where}: unknown type "${type}"`);
    if (!mention) return errors.push(`${where}: no mention text`);
    const line = lines[lineNo - 1];
    if (!line) return errors.push(`${where}: no line ${lineNo}`);
    const col = mark === '~' ? anyOccurrence(line.content, mention, occurrence) : findOccurrence(line.content, mention, occurrence);
    if (col < 0) return errors.push(`${where}: "${mention}" (whole-word occurrence ${occurrence}) not on line ${lineNo}`);
    let startIdx = line.start + col;
    let endIdx = startIdx + mention.length;
    if (toSource) {
      // Visible text → source, as the pipeline places its spans.
      const from = startIdx;
      startIdx = toSource(from);
      endIdx = Math.max(startIdx, toSourceEnd(from + mention.length - 1));
    }
    const point = (idx) => {
      const offset = cpLength(source.slice(0, idx));
      const lineStart = sourceLines.findLastIndex((l) => l.start <= idx);
      return { line: lineStart + 1, column: cpLength(source.slice(sourceLines[lineStart].start, idx)) + 1, offset };
    };
    let value = valueStr;
    if (numericTypes.has(type)) {
      value = Number(valueStr);
      if (!Number.isFinite(value)) return errors.push(`${where}: value "${valueStr}" is not a number`);
    }
    let extras = {};
    if (extrasStr.trim()) {
      try {
        extras = JSON.parse(extrasStr);
      } catch {
        return errors.push(`${where}: extras are not JSON: ${extrasStr}`);
      }
    }
    entities.push({ type, text: mention, start: point(startIdx), end: point(endIdx), value, ...extras, _idx: [startIdx, endIdx] });
  });
  entities.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
  for (let k = 1; k < entities.length; k++) {
    const [a, b] = [entities[k - 1], entities[k]];
    if (b.start.offset < a.end.offset) errors.push(`gold.tsv: "${a.text}" (line ${a.start.line}) and "${b.text}" (line ${b.start.line}) overlap`);
  }
  const acronyms = [];
  for (let k = 1; k < entities.length; k++) {
    const [long, short] = [entities[k - 1], entities[k]];
    // Between the long form and the acronym, and after it, in the source (markup between is skipped).
    const between = source.slice(long._idx[1], short._idx[0]).replace(/<[^>]*>/g, '');
    const closes = source.slice(short._idx[1]).replace(/^(?:<\/[^>]*>)+/, '')[0] === ')';
    if (/^\s*\($/.test(between) && closes && long.type === short.type && long.value === short.value) {
      if (acronyms.some((a) => a.short === short.text)) continue;
      acronyms.push({ short: short.text, long: long.value, type: long.type, start: long.start, end: short.end });
    }
  }
  for (const e of entities) delete e._idx;
  const gold = {
    document: relative(caseDir, inputPath).split('\\').join('/'),
    annotator: meta.annotator ?? 'hand',
    guide: 'docs/annotation.md',
    entities,
    acronyms,
  };
  return { gold, errors };
}

/** The JSON text build-gold writes for a built gold file. */
export const serialiseGold = (gold) => JSON.stringify(gold, null, 2) + '\n';

function main() {
const cases = process.argv.slice(2);
const all = cases.length ? cases : readdirSync(join(root, 'fixtures')).filter((d) => existsSync(join(root, 'fixtures', d, 'gold.tsv')));
let failed = false;
for (const c of all) {
  const dir = c.includes('/') ? c : join(root, 'fixtures', c);
  const { gold, errors } = buildGold(dir);
  for (const e of errors) console.error(`${relative(root, dir)}/${e}`);
  if (errors.length) failed = true;
  writeFileSync(join(dir, 'gold.entities.json'), serialiseGold(gold));
  console.log(`${relative(root, dir)}: ${gold.entities.length} gold mentions, ${gold.acronyms.length} acronym definitions${errors.length ? `, ${errors.length} errors` : ''}`);
}
process.exit(failed ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
