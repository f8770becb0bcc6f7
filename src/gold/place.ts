// Placing imported mentions in the source and checking them: every importer (entities.csv, document.json,
// Label Studio, W3C annotations) hands in DraftMentions, and this one module turns them into gold
// entities or says, row by row, what is wrong. Pure.
import { ENTITY_TYPES, type EntityType } from '../model.js';
import { anchorQuote, quoteSelector } from './anchor.js';
import type { DraftMention, GoldEntity } from './model.js';
import type { SourceText } from './source-text.js';

const NUMERIC = new Set<string>(['number', 'percent', 'money']);
const NAMES = new Set<string>(['organisation', 'person', 'place', 'programme']);
// ISO 8601 as the annotation guide uses it: year, month, day, season, an interval of years; XXXX for an unknown year.
export const DATE_VALUE = /^(?:(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-(?:SP|SU|FA|WI))?|\d{4}\/\d{4})$/;
export const DURATION_VALUE = /^P(?:\d+(?:\.\d+)?[YMWD])+$|^PT(?:\d+(?:\.\d+)?[HMS])+$/;
export const MODS = ['EARLY', 'MID', 'LATE', 'START', 'END'] as const;
const wordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Start offsets (code points) of `text` on a line, whole-word occurrences first. */
function occurrencesOnLine(source: SourceText, line: number, text: string): number[] {
  const l = source.line(line);
  if (!l) return [];
  const whole: number[] = [];
  const inside: number[] = [];
  const content = l.content;
  for (let k = content.indexOf(text); k >= 0; k = content.indexOf(text, k + 1)) {
    const glued = (wordChar(text[0]) && wordChar(content[k - 1])) || (wordChar(text[text.length - 1]) && wordChar(content[k + text.length]));
    const offset = l.start + Array.from(content.slice(0, k)).length;
    (glued ? inside : whole).push(offset);
  }
  return [...whole, ...inside];
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The value a mention's type expects, or a problem. */
function checkValue(type: EntityType, raw: unknown, text: string): { value: string | number | null } | { problem: string } {
  if (isBlank(raw)) return { value: NAMES.has(type) ? text : null };
  if (NUMERIC.has(type)) {
    if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw };
    const s = String(raw).trim();
    // "100000", "1.5E+06", "100,000" (a spreadsheet's thousands separator)
    const n = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) ? Number(s.replace(/,/g, '')) : Number(s);
    if (s === '' || !Number.isFinite(n)) return { problem: `value "${s}" of a ${type} is not a number (write it with a point for decimals, e.g. 1.5)` };
    return { value: n };
  }
  const s = String(raw).trim();
  if (type === 'date' && !DATE_VALUE.test(s)) {
    return { problem: `value "${s}" of a date is not an ISO 8601 date such as 2013, 2013-03 or 2013-03-31 (a spreadsheet may have turned it into its own date format: format the column as Text and type it again)` };
  }
  if (type === 'duration' && !DURATION_VALUE.test(s)) return { problem: `value "${s}" of a duration is not an ISO 8601 duration such as P2Y or P6M` };
  return { value: s };
}

function checkExtras(type: EntityType, extras: Record<string, unknown>): { extras: Record<string, string> } | { problem: string } {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(extras)) {
    if (isBlank(raw)) continue;
    const v = String(raw).trim();
    if (key === 'counts') {
      if (type !== 'number') return { problem: `counts "${v}" is for numbers only, not a ${type}` };
    } else if (key === 'currency') {
      if (type !== 'money' || !/^[A-Z]{3}$/.test(v)) return { problem: `currency "${v}" needs a money mention and an ISO 4217 code such as GBP` };
    } else if (key === 'mod') {
      if (type !== 'date' || !(MODS as readonly string[]).includes(v)) return { problem: `mod "${v}" needs a date and one of ${MODS.join(', ')}` };
    } else if (key === 'anchor') {
      if (type !== 'date' || v !== 'phase') return { problem: `anchor "${v}" needs a date and the value phase` };
    } else if (key === 'acronym') {
      if (type !== 'organisation' && type !== 'programme') return { problem: `acronym "${v}" is for organisations and programmes only, not a ${type}` };
    } else continue;
    out[key] = v;
  }
  if (type === 'money' && !out.currency) return { problem: 'a money mention needs a currency (GBP, EUR, USD…)' };
  return { extras: out };
}

/** Where a draft is in the source, or a problem. */
function locate(source: SourceText, d: DraftMention, taken: Set<string>, markup: boolean): { start: number; end: number } | { problem: string } {
  const text = d.text ?? '';
  // In HTML or Markdown the offsets point into the markup, where the visible text "Skills & Talent" is
  // written "Skills &amp; Talent": there the offsets are trusted as given.
  const fits = (s: number, e: number) => e > s && e <= source.length && (text === '' || markup || source.slice(s, e) === text);
  // 1. The offsets as given, when they still hold the text.
  if (Number.isInteger(d.start) && Number.isInteger(d.end) && fits(d.start!, d.end!)) return { start: d.start!, end: d.end! };
  if (text === '') return { problem: Number.isInteger(d.start) ? `offsets ${d.start}–${d.end} are outside the document and no text is given` : 'no text given' };
  // 2. The text on the line given, nearest the column given, else the first occurrence no other row took.
  if (Number.isInteger(d.line)) {
    const found = occurrencesOnLine(source, d.line!, text);
    if (found.length === 0) {
      const l = source.line(d.line!);
      return { problem: l ? `"${text}" is not on line ${d.line} ("${l.content.slice(0, 60)}${l.content.length > 60 ? '…' : ''}")` : `there is no line ${d.line} (the document has ${source.lineStarts.length})` };
    }
    const len = Array.from(text).length;
    if (Number.isInteger(d.column)) {
      const want = source.lineStarts[d.line! - 1] + d.column! - 1;
      found.sort((a, b) => Math.abs(a - want) - Math.abs(b - want));
    }
    const free = found.find((s) => !taken.has(`${s}:${s + len}`)) ?? found[0];
    return { start: free, end: free + len };
  }
  // 3. The quote with its context, near where it was.
  const anchor = anchorQuote(source, { exact: text, prefix: d.prefix ?? '', suffix: d.suffix ?? '' }, d.start);
  if (anchor && anchor.how === 'exact') return anchor;
  return { problem: `"${text}" is not in the document${Number.isInteger(d.start) ? ` at offset ${d.start} or elsewhere` : ''}; give its line` };
}

/** Places and checks every draft; returns the gold entities in text order and the problems, each naming its row. */
export function placeMentions(source: SourceText, drafts: DraftMention[], options: { markup?: boolean } = {}): { entities: GoldEntity[]; problems: string[] } {
  const problems: string[] = [];
  const placed: Array<{ entity: GoldEntity; where: string }> = [];
  const taken = new Set<string>();
  for (const d of drafts) {
    const type = (d.type ?? '').trim();
    if (!type) {
      problems.push(`${d.where}: no type; give one of ${ENTITY_TYPES.join(', ')}`);
      continue;
    }
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      problems.push(`${d.where}: unknown type "${type}"; the types are ${ENTITY_TYPES.join(', ')}`);
      continue;
    }
    const where = locate(source, d, taken, options.markup ?? false);
    if ('problem' in where) {
      problems.push(`${d.where}: ${where.problem}`);
      continue;
    }
    const text = source.slice(where.start, where.end);
    if (text !== text.trim() && !options.markup) {
      problems.push(`${d.where}: "${text}" starts or ends with a space; a mention is its words only`);
      continue;
    }
    const value = checkValue(type as EntityType, d.value, text);
    if ('problem' in value) {
      problems.push(`${d.where}: ${value.problem}`);
      continue;
    }
    const extras = checkExtras(type as EntityType, d.extras);
    if ('problem' in extras) {
      problems.push(`${d.where}: ${extras.problem}`);
      continue;
    }
    taken.add(`${where.start}:${where.end}`);
    placed.push({
      where: d.where,
      entity: {
        type: type as EntityType,
        text,
        start: source.point(where.start),
        end: source.point(where.end),
        value: value.value,
        ...extras.extras,
        selector: quoteSelector(source, where.start, where.end),
      },
    });
  }
  placed.sort((a, b) => a.entity.start.offset - b.entity.start.offset || a.entity.end.offset - b.entity.end.offset);
  for (let k = 1; k < placed.length; k++) {
    const [a, b] = [placed[k - 1], placed[k]];
    if (b.entity.start.offset < a.entity.end.offset) {
      const same = a.entity.start.offset === b.entity.start.offset && a.entity.end.offset === b.entity.end.offset;
      problems.push(`${b.where}: "${b.entity.text}" (line ${b.entity.start.line}) ${same ? 'is the same mention as' : 'overlaps'} ${a.where} "${a.entity.text}"; keep one`);
    }
  }
  return { entities: placed.map((p) => p.entity), problems };
}
