// The gold fixtures stay valid and stay what their gold.tsv says: every span slices back to its text,
// positions agree with each other, types and values follow docs/annotation.md, mentions never overlap,
// and fixtures/<case>/gold.entities.json is exactly what buildGold (scripts/build-gold.mjs) builds from gold.tsv.
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotatedText, anyOccurrence, buildGold, findOccurrence } from '../src/gold/tsv.js';
import { serialiseGold } from '../src/gold/write.js';
import { ENTITY_TYPES } from '../src/model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface GoldEntity {
  type: string;
  text: string;
  start: Point;
  end: Point;
  value: unknown;
  [extra: string]: unknown;
}
interface GoldAcronym {
  short: string;
  long: string;
  type: string;
  start: Point;
  end: Point;
}
interface Gold {
  document: string;
  entities: GoldEntity[];
  acronyms?: GoldAcronym[];
}

const goldCases = readdirSync(FIXTURES)
  .filter((d) => existsSync(join(FIXTURES, d, 'gold.entities.json')))
  .sort();

/** The visible text of a markup input and the pipeline's map from it into the source. */
interface Visible {
  text: string;
  toSource: (index: number) => number;
  toSourceEnd: (index: number) => number;
}

function readInput(name: string, gold: Gold): { input: string; visible: Visible | null } {
  const { raw, text, toSource, toSourceEnd } = annotatedText(join(FIXTURES, name, gold.document));
  return { input: raw, visible: toSource ? { text, toSource, toSourceEnd } : null };
}

const slice = (cps: string[], start: number, end: number) => cps.slice(start, end).join('');

/** Code-point offset at which each line starts ("\r\n", "\r" and "\n" end a line). */
function lineStarts(cps: string[]): number[] {
  const starts = [0];
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] === '\r' && cps[i + 1] === '\n') continue;
    if (cps[i] === '\n' || cps[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

// ISO 8601 as docs/annotation.md uses it: year, month, day, TIMEX3 season, quarter and half, an
// interval of years, a UK financial year (FY2015-16); "XXXX" for a year the text does not give.
const DATE = /^(?:(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?|\d{4}\/\d{4}|FY\d{4}-\d{2}(?:-Q[1-4])?)$/;
const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const VALUE_MODS = new Set(['APPROX', 'MORE_THAN', 'LESS_THAN', 'EQUAL_OR_MORE', 'EQUAL_OR_LESS']);
const ANCHORS = new Set(['phase', 'period', 'document']);
const DURATION = /^P(?:\d+(?:\.\d+)?[YMWD])+$|^PT(?:\d+(?:\.\d+)?[HMS])+$/;
const MODS = new Set(['EARLY', 'MID', 'LATE', 'START', 'END']);
const NUMERIC = new Set(['number', 'percent', 'money']);

/**
 * Everything wrong with a gold file against its input, as readable lines; empty when it is valid.
 * For a markup input (`visible` given) a mention's text is visible text: its source span must be the
 * one the pipeline's map gives the visible characters of its text.
 */
export function goldProblems(gold: Gold, input: string, visible: Visible | null = null): string[] {
  const problems: string[] = [];
  const cps = Array.from(input);
  const starts = lineStarts(cps);
  // Code-point offset → UTF-16 index; source UTF-16 index → the first visible index mapped to it.
  const utf16 = [0];
  for (const c of cps) utf16.push(utf16[utf16.length - 1] + c.length);
  const visibleAt = new Map<number, number>();
  if (visible) for (let i = visible.text.length - 1; i >= 0; i--) visibleAt.set(visible.toSource(i), i);
  const sliceProblem = (e: GoldEntity): string | null => {
    if (!visible) {
      const got = slice(cps, e.start.offset, e.end.offset);
      return got === e.text ? null : `the source slice is "${got}"`;
    }
    const from = visibleAt.get(utf16[e.start.offset]);
    if (from === undefined) return `offset ${e.start.offset} is not the source of a visible character`;
    const got = visible.text.slice(from, from + e.text.length);
    if (got !== e.text) return `the visible text there is "${got}"`;
    const end = Math.max(visible.toSource(from), visible.toSourceEnd(from + e.text.length - 1));
    return end === utf16[e.end.offset] ? null : `the visible text ends at source offset ${Array.from(input.slice(0, end)).length}, not ${e.end.offset}`;
  };
  const checkPoint = (what: string, p: Point) => {
    const lineStart = starts[p.line - 1];
    if (lineStart === undefined) return problems.push(`${what}: no line ${p.line}`);
    if (lineStart + p.column - 1 !== p.offset) problems.push(`${what}: line ${p.line} column ${p.column} is not offset ${p.offset}`);
  };
  gold.entities.forEach((e, i) => {
    const at = `#${i} ${e.type} "${e.text}" (line ${e.start.line})`;
    const wrong = sliceProblem(e);
    if (wrong) problems.push(`${at}: ${wrong}`);
    checkPoint(`${at} start`, e.start);
    checkPoint(`${at} end`, e.end);
    if (e.text !== e.text.trim() || e.text.length === 0) problems.push(`${at}: empty or padded with spaces`);
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) problems.push(`${at}: type is not one of the nine`);
    if (NUMERIC.has(e.type)) {
      if (typeof e.value !== 'number' || !Number.isFinite(e.value)) problems.push(`${at}: value ${JSON.stringify(e.value)} is not a number`);
    } else if (e.type === 'date') {
      if (typeof e.value !== 'string' || !DATE.test(e.value)) problems.push(`${at}: value ${JSON.stringify(e.value)} is not an ISO 8601 date`);
    } else if (e.type === 'duration') {
      if (typeof e.value !== 'string' || !DURATION.test(e.value)) problems.push(`${at}: value ${JSON.stringify(e.value)} is not an ISO 8601 duration`);
    } else if (typeof e.value !== 'string' || e.value.trim() === '') {
      problems.push(`${at}: value ${JSON.stringify(e.value)} is not a name`);
    }
    if (e.type === 'money' && !/^[A-Z]{3}$/.test(String(e.currency))) problems.push(`${at}: money without an ISO 4217 currency`);
    if (e.mod !== undefined && !(e.type === 'date' ? MODS : NUMERIC.has(e.type) ? VALUE_MODS : new Set()).has(String(e.mod))) problems.push(`${at}: mod ${JSON.stringify(e.mod)}`);
    if (e.anchor !== undefined && (!(e.type === 'date' || e.type === 'duration') || !ANCHORS.has(String(e.anchor)))) problems.push(`${at}: anchor ${JSON.stringify(e.anchor)}`);
    if (e.valueEnd !== undefined && (!NUMERIC.has(e.type) || typeof e.valueEnd !== 'number' || !(e.valueEnd > Number(e.value)))) problems.push(`${at}: valueEnd ${JSON.stringify(e.valueEnd)}`);
    for (const key of ['dateStart', 'dateEnd'] as const) {
      if (e[key] !== undefined && (!(e.type === 'date' || e.type === 'duration') || !DAY.test(String(e[key])))) problems.push(`${at}: ${key} ${JSON.stringify(e[key])}`);
    }
    const selector = e.selector as { exact?: string; prefix?: string; suffix?: string } | undefined;
    // The selector quotes the source the span covers, as anchoring (src/gold/anchor.ts) searches the source:
    // for plain text that is the mention's text; for markup it is the markup ("R&amp;D", "Land\nRegistry"),
    // whose visible text is the mention's.
    const quoted = visible ? slice(cps, e.start.offset, e.end.offset) : e.text;
    if (!selector || selector.exact !== quoted) problems.push(`${at}: its TextQuoteSelector does not quote its text`);
    else if (!slice(cps, e.start.offset - Array.from(selector.prefix ?? '').length, e.end.offset + Array.from(selector.suffix ?? '').length).startsWith(selector.prefix ?? '')) problems.push(`${at}: its selector's prefix is not the text before it`);
    if (e.counts !== undefined && (e.type !== 'number' || typeof e.counts !== 'string' || !e.counts.trim())) problems.push(`${at}: counts ${JSON.stringify(e.counts)}`);
  });
  const sorted = [...gold.entities].sort((a, b) => a.start.offset - b.start.offset);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (b.start.offset < a.end.offset) problems.push(`"${a.text}" (line ${a.start.line}) and "${b.text}" (line ${b.start.line}) overlap`);
  }
  for (const a of gold.acronyms ?? []) {
    const at = `acronym ${a.short}`;
    checkPoint(`${at} start`, a.start);
    checkPoint(`${at} end`, a.end);
    // In markup the acronym may sit in its own element ("(<abbr title=…>OBR</abbr>"): tags are not text.
    const defined = visible ? slice(cps, a.start.offset, a.end.offset).replace(/<[^>]*>/g, '') : slice(cps, a.start.offset, a.end.offset);
    if (!defined.endsWith(`(${a.short}`)) problems.push(`${at}: the definition slice is "${defined}"`);
    const long = gold.entities.find((e) => e.start.offset === a.start.offset);
    const short = gold.entities.find((e) => e.end.offset === a.end.offset);
    if (!long || long.value !== a.long || long.type !== a.type) problems.push(`${at}: no ${a.type} mention "${a.long}" starts the definition`);
    if (!short || short.text !== a.short || short.value !== a.long) problems.push(`${at}: the acronym is not a mention valued "${a.long}"`);
  }
  return problems;
}

describe.each(goldCases)('gold fixture %s', (name) => {
  const dir = join(FIXTURES, name);
  const raw = readFileSync(join(dir, 'gold.entities.json'), 'utf8');
  const gold = JSON.parse(raw) as Gold;
  const { input, visible } = readInput(name, gold);

  it('has mentions, and every one is valid against its input', () => {
    expect(gold.entities.length).toBeGreaterThan(0);
    expect(goldProblems(gold, input, visible)).toEqual([]);
  });

  // The project's own fixtures are written as gold.tsv; one made with `fixture add` is its gold.entities.json alone.
  it.skipIf(!existsSync(join(dir, 'gold.tsv')))('is exactly what buildGold builds from gold.tsv', () => {
    const { gold: built, errors } = buildGold(dir);
    expect(errors).toEqual([]);
    expect(raw).toBe(serialiseGold(built));
  });
});

describe('the gold checks can fail', () => {
  const input = 'Title\r\nUnit 😀 A\nDWP hired 45 people in June 2014.\n';
  const cps = Array.from(input);
  const at = (text: string, line: number) => {
    const starts = lineStarts(cps);
    const lineText = cps.slice(starts[line - 1]).join('');
    const col = Array.from(lineText.slice(0, lineText.indexOf(text))).length + 1;
    const offset = starts[line - 1] + col - 1;
    const end = offset + Array.from(text).length;
    const selector = { type: 'TextQuoteSelector', exact: text, prefix: cps.slice(Math.max(0, offset - 32), offset).join(''), suffix: cps.slice(end, end + 32).join('') };
    return { text, start: { line, column: col, offset }, end: { line, column: col + Array.from(text).length, offset: end }, selector };
  };
  const good: Gold = {
    document: 'input.txt',
    entities: [
      { type: 'organisation', value: 'DWP', ...at('DWP', 3) },
      { type: 'number', value: 45, counts: 'people', ...at('45', 3) },
      { type: 'date', value: '2014-06', ...at('June 2014', 3) },
    ],
  };
  const broken = (change: (g: Gold) => void) => {
    const g = structuredClone(good);
    change(g);
    return goldProblems(g, input);
  };

  it('accepts a valid gold file (astral characters and CRLF before the spans)', () => {
    expect(goldProblems(good, input)).toEqual([]);
  });
  it('rejects a span that does not slice back to its text', () => {
    expect(broken((g) => (g.entities[0].start.offset += 1))).toEqual([
      '#0 organisation "DWP" (line 3): the source slice is "WP"',
      '#0 organisation "DWP" (line 3) start: line 3 column 1 is not offset 17',
      "#0 organisation \"DWP\" (line 3): its selector's prefix is not the text before it",
    ]);
    expect(broken((g) => (g.entities[1].text = '46'))).toEqual(['#1 number "46" (line 3): the source slice is "45"', '#1 number "46" (line 3): its TextQuoteSelector does not quote its text']);
  });
  it('rejects a column that disagrees with the offset', () => {
    expect(broken((g) => (g.entities[2].start.column += 1))).toEqual(['#2 date "June 2014" (line 3) start: line 3 column 25 is not offset 39']);
  });
  it('rejects overlapping mentions', () => {
    expect(broken((g) => g.entities.push({ type: 'date', value: '2014', ...at('2014', 3) }))).toEqual(['"June 2014" (line 3) and "2014" (line 3) overlap']);
  });
  it('rejects an unknown type and values of the wrong JS type', () => {
    expect(broken((g) => (g.entities[0].type = 'agency'))).toEqual(['#0 agency "DWP" (line 3): type is not one of the nine']);
    expect(broken((g) => (g.entities[1].value = '45'))).toEqual(['#1 number "45" (line 3): value "45" is not a number']);
    expect(broken((g) => (g.entities[2].value = 'June 2014'))).toEqual(['#2 date "June 2014" (line 3): value "June 2014" is not an ISO 8601 date']);
    expect(broken((g) => (g.entities[2].mod = 'SOON'))).toEqual(['#2 date "June 2014" (line 3): mod "SOON"']);
    expect(broken((g) => (g.entities[2].mod = 'APPROX'))).toEqual(['#2 date "June 2014" (line 3): mod "APPROX"']);
    expect(broken((g) => (g.entities[1].mod = 'EARLY'))).toEqual(['#1 number "45" (line 3): mod "EARLY"']);
    expect(broken((g) => (g.entities[1].mod = 'APPROX'))).toEqual([]);
    expect(broken((g) => (g.entities[2].anchor = 'somewhere'))).toEqual(['#2 date "June 2014" (line 3): anchor "somewhere"']);
  });
  it('takes a qualifier on amounts and a TIMEX3 modifier on dates, not the other way round', () => {
    expect(broken((g) => (g.entities[1].mod = 'APPROX'))).toEqual([]);
    expect(broken((g) => (g.entities[1].mod = 'EARLY'))).toEqual(['#1 number "45" (line 3): mod "EARLY"']);
    expect(broken((g) => (g.entities[2].mod = 'APPROX'))).toEqual(['#2 date "June 2014" (line 3): mod "APPROX"']);
  });
  it('rejects a range end below its start, an unknown anchor and an interval that is not of ISO days', () => {
    expect(broken((g) => (g.entities[1].valueEnd = 50))).toEqual([]);
    expect(broken((g) => (g.entities[1].valueEnd = 40))).toEqual(['#1 number "45" (line 3): valueEnd 40']);
    expect(broken((g) => (g.entities[2].anchor = 'document'))).toEqual([]);
    expect(broken((g) => (g.entities[2].anchor = 'writing'))).toEqual(['#2 date "June 2014" (line 3): anchor "writing"']);
    expect(broken((g) => (g.entities[2].dateStart = '2014-06'))).toEqual(['#2 date "June 2014" (line 3): dateStart "2014-06"']);
  });
  it('knows ISO dates and durations', () => {
    for (const v of ['2014', '2014-06', '2015-01-16', '2013-SU', '2013/2014', 'XXXX-06', '2016-Q4', '2015-H1', '2017-Q1', '2015-H2', 'FY2015-16']) expect(v).toMatch(DATE);
    for (const v of ['June 2014', '2014-13', '14-06', '2013-14', '2016-Q5', '2015-H3', 'FY2015']) expect(v).not.toMatch(DATE);
    for (const v of ['P10W', 'P6W', 'P12M', 'P1D', 'P5Y']) expect(v).toMatch(DURATION);
    for (const v of ['10 weeks', 'P', 'PW']) expect(v).not.toMatch(DURATION);
  });
});

describe('gold of a markup input is written on its visible text and placed in the source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-markup-'));
  const html = '<!DOCTYPE html>\n<html><body>\n<h1>Title</h1>\n<p>R&amp;D at <b>DWP</b> in June 2014.</p>\n</body></html>\n';
  writeFileSync(join(dir, 'input.html'), html);
  writeFileSync(join(dir, 'case.json'), JSON.stringify({ input: 'input.html' }));
  const visibleLine = annotatedText(join(dir, 'input.html')).text.split('\n').findIndex((l: string) => l.startsWith('R&D')) + 1;
  writeFileSync(join(dir, 'gold.tsv'), `${visibleLine}\tprogramme\tR&D\tR&D\n${visibleLine}\torganisation\tDWP\tDWP\n${visibleLine}\tdate\tJune 2014\t2014-06\n`);
  const { gold, errors } = buildGold(dir);
  const { input, visible } = (() => {
    const t = annotatedText(join(dir, 'input.html'));
    return { input: t.raw as string, visible: { text: t.text, toSource: t.toSource, toSourceEnd: t.toSourceEnd } as Visible };
  })();
  rmSync(dir, { recursive: true, force: true });

  it('spans the source of the visible characters, entities and tags included', () => {
    expect(errors).toEqual([]);
    const slices = gold.entities.map((e: GoldEntity) => Array.from(input).slice(e.start.offset, e.end.offset).join(''));
    expect(slices).toEqual(['R&amp;D', 'DWP', 'June 2014']);
    expect(gold.entities.map((e: GoldEntity) => e.text)).toEqual(['R&D', 'DWP', 'June 2014']);
    expect(goldProblems(gold, input, visible)).toEqual([]);
  });
  it('rejects a markup span that is not where its visible text is', () => {
    const moved = structuredClone(gold) as Gold;
    moved.entities[1].start.offset += 1;
    moved.entities[1].start.column += 1;
    // The moved span no longer covers the quote its selector holds either (as with a plain-text span, above).
    expect(goldProblems(moved, input, visible)).toEqual(['#1 organisation "DWP" (line 4): the visible text there is "WP "', '#1 organisation "DWP" (line 4): its TextQuoteSelector does not quote its text']);
    const longer = structuredClone(gold) as Gold;
    longer.entities[2].end.offset -= 1;
    longer.entities[2].end.column -= 1;
    expect(goldProblems(longer, input, visible)[0]).toMatch(/June 2014.*ends at source offset/);
  });
});

describe('gold.tsv occurrence numbering (#n) counts whole words', () => {
  it('skips hits glued to a letter or digit', () => {
    const line = 'To carry the roadmap through to 2016 to 2017, HMRC expects around 20 sprint teams.';
    expect(findOccurrence(line, '20', 1)).toBe(line.indexOf(' 20 ') + 1);
    expect(findOccurrence(line, '20', 2)).toBe(-1);
    expect(findOccurrence('There are 13 sprint teams. It ran 3 initiatives.', '3', 1)).toBe(34);
  });
  it('counts glued hits too with "~n" (anyOccurrence), for text a reader joined without a space', () => {
    const line = '100% face-to-face33% phone2% digital';
    expect(findOccurrence(line, '33%', 1)).toBe(-1);
    expect(anyOccurrence(line, '33%', 1)).toBe(line.indexOf('33%'));
    expect(anyOccurrence(line, '2%', 1)).toBe(line.indexOf('2%'));
    expect(anyOccurrence(line, '2%', 2)).toBe(-1);
  });
  it('counts hits next to punctuation and hits inside longer names', () => {
    expect(findOccurrence('An EMC-level sponsor and EMC meetings', 'EMC', 2)).toBe(25);
    expect(findOccurrence('since October 2014. In October', 'October', 2)).toBe(23);
    expect(findOccurrence('Cabinet Office and the Cabinet Office Code Club', 'Cabinet Office', 2)).toBe(23);
  });
});
