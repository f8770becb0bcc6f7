// Reading gold from what researchers already have: entities.csv as policy-extract writes it (edited in a
// spreadsheet), document.json, a gold file, a Label Studio export, W3C Web Annotations. Each reader turns
// its file into DraftMentions; place.ts places and checks them. Pure but for reading the file.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ESCAPED_COLUMN } from '../emit/csv.js';
import { GoldError, type DraftMention } from './model.js';
import { fromLabelStudio, isLabelStudio } from './label-studio.js';
import { fromWebAnnotations, isWebAnnotation } from './web-annotation.js';

export type GoldFormat = 'entities-csv' | 'document-json' | 'gold-json' | 'label-studio' | 'web-annotation';

export interface GoldInput {
  format: GoldFormat;
  drafts: DraftMention[];
  /** The text the file's offsets count in, when it carries one that may differ from the source (Label Studio's data.text). */
  text?: string;
  /** The source's sha256 the file records (document.json, gold). */
  sha256?: string;
  /** The document the file names (gold: relative to the gold file; document.json: as run). */
  document?: string;
  /** false when the file is an uncorrected extraction (Label Studio predictions only, a draft gold file). */
  reviewed?: boolean;
  annotator?: string;
}

/** Reads a gold file of any of the formats; a GoldError names the file and each problem. */
export function readGoldInput(path: string): GoldInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GoldError(path, [code === 'ENOENT' ? 'no such file; check the path' : code === 'EISDIR' ? 'is a folder; give the gold file' : `cannot be read (${code ?? (error as Error).message})`]);
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readEntitiesCsv(text, path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (/^[^\n]*\b(type|text)\b[^\n]*[,;\t]/i.test(text)) return readEntitiesCsv(text, path);
    throw new GoldError(path, [`is not JSON (${(error as Error).message}) nor a CSV with type and text columns`]);
  }
  const o = json as Record<string, unknown>;
  if (o && typeof o === 'object' && !Array.isArray(o) && Array.isArray(o.entities)) {
    const isDocument = typeof o.schemaVersion === 'number' && typeof o.source === 'object';
    const entities = o.entities as Array<Record<string, unknown>>;
    const drafts = entities.map((e, i): DraftMention => {
      if (!e || typeof e !== 'object') return { where: `entity ${i + 1}`, extras: {} };
      const { type, text, value, start, end, selector, id: _id, rule: _rule, sectionId: _s, sentenceId: _t, ...extras } = e as Record<string, any>;
      return {
        where: `entity ${i + 1}${typeof text === 'string' ? ` "${text}"` : ''}`,
        type, text, value, extras,
        start: start?.offset, end: end?.offset, line: undefined,
        prefix: selector?.prefix, suffix: selector?.suffix,
      };
    });
    const source = o.source as Record<string, unknown> | undefined;
    return {
      format: isDocument ? 'document-json' : 'gold-json',
      drafts,
      sha256: isDocument ? (source?.sha256 as string) : (o.sha256 as string | undefined),
      document: isDocument ? (source?.path as string) : (o.document as string | undefined),
      reviewed: isDocument ? true : o.reviewed !== false,
      annotator: typeof o.annotator === 'string' ? o.annotator : undefined,
    };
  }
  if (isLabelStudio(json)) return fromLabelStudio(json, path);
  if (isWebAnnotation(json)) return fromWebAnnotations(json, path);
  throw new GoldError(path, [
    'is JSON but not a format policy-extract reads as gold: give entities.csv, document.json, a gold.entities.json, a Label Studio JSON export or W3C Web Annotations (JSON-LD)',
  ]);
}

const EXTRA_COLUMNS = ['counts', 'currency', 'mod', 'anchor', 'acronym'];
const int = (s: string | undefined) => (s !== undefined && /^\s*\d+\s*$/.test(s) ? Number(s) : undefined);

/**
 * entities.csv as written (per document, or the run's table with its `document` column) after a person
 * edited it in a spreadsheet: rows deleted, types and values changed, rows added with type, text and line.
 * Excel's ";" and LibreOffice's tab separators are recognised from the header. Rows are counted as a
 * spreadsheet shows them (the header is row 1).
 */
export function readEntitiesCsv(text: string, path: string): GoldInput {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new GoldError(path, [`${e.lines ? `line ${e.lines}: ` : ''}the CSV cannot be read: ${e.message}`]);
  }
  if (records.length === 0) throw new GoldError(path, ['is empty; give the entities.csv policy-extract wrote, corrected']);
  const header = records[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const missing = ['type', 'text'].filter((c) => col(c) < 0);
  if (missing.length) {
    throw new GoldError(path, [`row 1: no ${missing.join(' or ')} column; the header is "${records[0].join(delimiter)}" (give the entities.csv policy-extract wrote)`]);
  }
  const documents = col('document') >= 0 ? new Set(records.slice(1).map((r) => (r[col('document')] ?? '').trim()).filter(Boolean)) : new Set<string>();
  if (documents.size > 1) {
    throw new GoldError(path, [`holds rows of ${documents.size} documents (${[...documents].slice(0, 3).join(', ')}…); give <out>/<document>/entities.csv, or keep the rows of one document`]);
  }
  const drafts: DraftMention[] = [];
  records.slice(1).forEach((fields, i) => {
    if (fields.every((f) => f.trim() === '')) return;
    const escaped = new Set((fields[col(ESCAPED_COLUMN)] ?? '').split(/\s+/).filter(Boolean));
    const get = (name: string): string | undefined => {
      const k = col(name);
      if (k < 0) return undefined;
      const v = fields[k] ?? '';
      // The formula guard's leading apostrophe, as the `escaped` column names it.
      return escaped.has(name) && v.startsWith("'") ? v.slice(1) : v;
    };
    const type = get('type')?.trim() ?? '';
    const numeric = ['number', 'percent', 'money'].includes(type);
    const value = numeric ? (get('value_number') || get('value_text') || get('value')) : (get('value_text') || get('value_number') || get('value'));
    const extras: Record<string, unknown> = {};
    for (const name of EXTRA_COLUMNS) if (get(name)) extras[name] = get(name);
    drafts.push({
      where: `row ${i + 2}`,
      type,
      text: get('text'),
      value,
      extras,
      start: int(get('start_offset')),
      end: int(get('end_offset')),
      line: int(get('start_line')) ?? int(get('line')),
      column: int(get('start_column')) ?? int(get('column')),
    });
  });
  return { format: 'entities-csv', drafts, reviewed: true };
}
