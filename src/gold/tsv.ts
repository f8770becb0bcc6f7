// gold.tsv, the hand-written form of the project's own gold fixtures, and the gold.entities.json built
// from it (`policy-extract fixture build-gold`, or scripts/build-gold.mjs). One mention a row, tab-separated:
//   line  type  text  value  extras
// - line: the 1-based source line the mention starts on;
// - text: the exact characters of the mention; when the same text occurs more than once on the line,
//   suffix the type with "#n" (1-based occurrence), e.g. "date#2". Occurrences are counted as whole
//   words only: a hit glued to a letter or digit on a side where the mention itself starts or ends with
//   a letter or digit is not counted ("20" inside "2016", "3" inside "13" are skipped; "EMC" in
//   "EMC-level" and "October" in "October 2014" are counted). A hit inside a longer mention ("Cabinet
//   Office" inside "Cabinet Office Code Club") is counted;
// - value: the normalised value (a JSON number for number, percent and money; a string otherwise);
// - extras: optional JSON object, e.g. {"counts":"students"} or {"mod":"EARLY","anchor":"phase"}.
//   "~n" instead counts every occurrence, glued or not, for a mention whose source runs into the next
//   word in the text ("33%" in "face-to-face33%", where a table cell's <br/> leaves no space);
// Lines starting with "#" and blank lines are ignored.
//
// HTML, Markdown and GOV.UK Content API JSON inputs are annotated on their visible text, the text the
// pipeline reads (one line per heading, paragraph, list item or table cell, made by the pipeline's own
// reader). For those inputs `line` counts lines of the visible text and `text` is the visible
// characters; the positions written point into the source file, mapped exactly as the pipeline maps its
// own spans (src/stages/locate-positions.ts): from the source of the first visible character to just
// after the source of the last one. So "R&amp;D" in an HTML page, or a mention inside a JSON string
// with escapes, is placed where the pipeline would place it.
//
// The acronyms table is derived, not written: a mention written as "(ACR)" right after a mention of the
// same type with the same value ("Government Digital Service (GDS)") is a definition, and the first
// definition of each acronym goes into `acronyms` with the span from the long form's start to the
// acronym's end. Definitions of generic terms ("arm’s length bodies (ALBs)") have no mentions and so no
// row (docs/annotation.md, "Acronym definitions").
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../model.js';
import type { GoldAcronym, GoldEntity, GoldFile } from './model.js';
import { SourceText } from './source-text.js';
import { makeGoldFile } from './write.js';
import { loadDocument } from '../stages/load-document.js';
import { readMarkup } from '../stages/read-markup.js';
import { sourceEnd, sourceStart } from '../text/source-map.js';

const numericTypes = new Set(['number', 'percent', 'money']);
const wordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** UTF-16 index of the n-th (1-based) whole-word occurrence of `mention` in `content`, or -1. */
export function findOccurrence(content: string, mention: string, n: number): number {
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
export function anyOccurrence(content: string, mention: string, n: number): number {
  let k = -1;
  for (let seen = 0; seen < n; seen++) {
    k = content.indexOf(mention, k + 1);
    if (k < 0) return -1;
  }
  return k;
}

/** The text a gold.tsv is written against, and where each of its UTF-16 indices lies in the source. */
export interface AnnotatedText {
  raw: string;
  text: string;
  /** Visible-text index → source index (first character), and → just after a character's source; null for plain text. */
  toSource: ((index: number) => number) | null;
  toSourceEnd: ((index: number) => number) | null;
}

/** For plain text the source itself; for markup the visible text the pipeline reads, with its map. */
export function annotatedText(inputPath: string): AnnotatedText {
  const doc = loadDocument(readFileSync(inputPath), { path: inputPath });
  readMarkup(doc);
  const map = doc.sourceMap;
  if (!map) return { raw: doc.raw, text: doc.raw, toSource: null, toSourceEnd: null };
  return { raw: doc.raw, text: doc.text, toSource: (i) => sourceStart(map, i), toSourceEnd: (i) => sourceEnd(map, i) };
}

/** Builds a case folder's gold.entities.json from its case.json, input and gold.tsv; errors name the row. */
export function buildGold(caseDir: string): { gold: GoldFile; errors: string[] } {
  const meta = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8'));
  const inputPath = join(caseDir, meta.input);
  const bytes = readFileSync(inputPath);
  const annotated = annotatedText(inputPath);
  const source = new SourceText(annotated.raw);
  const visible = annotated.toSource ? new SourceText(annotated.text) : source;
  const rows = readFileSync(join(caseDir, 'gold.tsv'), 'utf8').split('\n');
  const entities: GoldEntity[] = [];
  const errors: string[] = [];
  rows.forEach((row, i) => {
    if (!row.trim() || row.startsWith('#')) return;
    const [lineStr, typeSpec, mention, valueStr = '', extrasStr = ''] = row.split('\t');
    const where = `gold.tsv:${i + 1}`;
    const lineNo = Number(lineStr);
    const [, type = typeSpec, mark = '#', occStr] = (typeSpec ?? '').match(/^([^#~]*)(?:([#~])(\d+))?$/) ?? [];
    const occurrence = occStr ? Number(occStr) : 1;
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) return errors.push(`${where}: unknown type "${type}"`);
    if (!mention) return errors.push(`${where}: no mention text`);
    const line = visible.line(lineNo);
    if (!line) return errors.push(`${where}: no line ${lineNo}`);
    const col = mark === '~' ? anyOccurrence(line.content, mention, occurrence) : findOccurrence(line.content, mention, occurrence);
    if (col < 0) return errors.push(`${where}: "${mention}" (whole-word occurrence ${occurrence}) not on line ${lineNo}`);
    let start = line.start + Array.from(line.content.slice(0, col)).length;
    let end = start + Array.from(mention).length;
    if (annotated.toSource && annotated.toSourceEnd) {
      // Visible text → source, as the pipeline places its spans.
      const from = visible.toUtf16(start);
      const to = visible.toUtf16(end);
      const sourceFrom = annotated.toSource(from);
      const sourceTo = Math.max(sourceFrom, annotated.toSourceEnd(to - 1));
      start = source.toCodePoint(sourceFrom);
      end = source.toCodePoint(sourceTo);
    }
    let value: string | number = valueStr;
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
    entities.push({ type: type as EntityType, text: mention, start: source.point(start), end: source.point(end), value, ...extras });
  });
  entities.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
  for (let k = 1; k < entities.length; k++) {
    const [a, b] = [entities[k - 1], entities[k]];
    if (b.start.offset < a.end.offset) errors.push(`gold.tsv: "${a.text}" (line ${a.start.line}) and "${b.text}" (line ${b.start.line}) overlap`);
  }
  const acronyms: GoldAcronym[] = [];
  for (let k = 1; k < entities.length; k++) {
    const [long, short] = [entities[k - 1], entities[k]];
    // Between the long form and the acronym, and after it, in the source (markup between is skipped).
    const between = source.slice(long.end.offset, short.start.offset).replace(/<[^>]*>/g, '');
    const closes = source.slice(short.end.offset, short.end.offset + 200).replace(/^(?:<\/[^>]*>)+/, '')[0] === ')';
    if (/^\s*\($/.test(between) && closes && long.type === short.type && long.value === short.value) {
      if (acronyms.some((a) => a.short === short.text)) continue;
      acronyms.push({ short: short.text, long: String(long.value), type: long.type, start: long.start, end: short.end });
    }
  }
  const gold = makeGoldFile({
    document: relative(caseDir, inputPath).split('\\').join('/'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    annotator: meta.annotator ?? 'hand',
    reviewed: true,
    guide: 'docs/annotation.md',
    source,
    entities,
    acronyms,
  });
  return { gold, errors };
}
