// Tables found in real publications, measured against the authors' own markup: the GOV.UK Content API
// publications (<table>, <td>/<th>) and the kramdown chapters (pipe tables) of ../shared/corpus. The
// markup is counted here by its own simple reading, apart from the readers under test. In-sample: the
// table readers were written with these files at hand.
//
// - tables: every table of the markup is found;
// - cells: a cell of the markup is found when a found table (in order) has a cell of the same text
//   (white space collapsed, inline markup left out);
// - numeric cells: a data cell the authors marked class="numeric" that holds a digit (HTML), or a Markdown
//   cell that holds a digit and no letter but a unit ("84%", "£1.55", "0.16"; not "2012/13" nor
//   "£720m-870m", which are not one number), has a value.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runFile } from './helpers.js';
import { checkTableInvariants } from './table-checks.js';
import type { Doc } from '../src/model.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const present = existsSync(CORPUS);

interface MarkupCellFact {
  text: string;
  numeric: boolean;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', minus: '\u2212', pound: '£', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) =>
    ref[0] === '#' ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : (ENTITIES[ref] ?? m),
  );

/** The tables of an HTML body: each a list of cells with their text (tags left out) and numeric mark. */
function htmlTables(html: string): MarkupCellFact[][] {
  return [...html.matchAll(/<table\b[\s\S]*?<\/table>/gi)].map((table) =>
    [...table[0].matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t\1>/gi)].map((m) => {
      // Block tags part words; inline tags (<abbr>, <strong>) do not.
      const text = collapse(decode(m[3].replace(/<\/?(?:br|p|div|li|ul|ol)\b[^>]*>/gi, ' ').replace(/<[^>]+>/g, '')));
      // A data cell (<td>) the authors aligned as a number; a header cell so marked is a label ("2016-17").
      return { text, numeric: m[1].toLowerCase() === 'd' && /\bclass="[^"]*\bnumeric\b/.test(m[2]) && /\d/.test(text) };
    }),
  );
}

const MARKDOWN_NUMBER = /^[^A-Za-z/]*\d[^A-Za-z/]*(?:%|bn|m|k)?$/;
const RANGE = /\d\s*[-–]\s*[£$€]?\d/;

/** The pipe tables of a kramdown file: runs of lines with a pipe around a delimiter row. */
function markdownTables(markdown: string): MarkupCellFact[][] {
  const lines = markdown.split(/\r?\n/);
  const tables: MarkupCellFact[][] = [];
  const isDelimiter = (l: string) => /\|/.test(l) && /^[\s|:-]+$/.test(l) && /-/.test(l);
  for (let i = 1; i < lines.length; i++) {
    if (!isDelimiter(lines[i]) || !lines[i - 1].includes('|') || isDelimiter(lines[i - 1])) continue;
    const rows = [lines[i - 1]];
    let k = i + 1;
    for (; k < lines.length && lines[k].includes('|') && !/^\s*\{:/.test(lines[k]); k++) if (!isDelimiter(lines[k])) rows.push(lines[k]);
    tables.push(
      rows.flatMap((row) => {
        let cells = row.trim().split('|');
        if (row.trim().startsWith('|')) cells = cells.slice(1);
        if (row.trim().endsWith('|')) cells = cells.slice(0, -1);
        return cells.map((c) => {
          const text = collapse(decode(c.replace(/<br\s*\/?>/gi, ' ').replace(/\*+|(?<!\w)_+|_+(?!\w)/g, '')));
          return { text, numeric: MARKDOWN_NUMBER.test(text) && !RANGE.test(text) };
        });
      }),
    );
    i = k;
  }
  return tables;
}

function bodyHtml(file: string): string {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const body = json.details?.body;
  return typeof body === 'string' ? body : (body?.find((b: any) => b.content_type === 'text/html')?.content ?? '');
}

interface Measure {
  file: string;
  tables: number;
  tablesFound: number;
  cells: number;
  cellsFound: number;
  numeric: number;
  numericWithValue: number;
}

function measure(file: string, markup: MarkupCellFact[][], doc: Doc): Measure {
  const m: Measure = { file, tables: markup.length, tablesFound: doc.tables.length, cells: 0, cellsFound: 0, numeric: 0, numericWithValue: 0 };
  markup.forEach((cells, i) => {
    const found = doc.tables[i]?.cells ?? [];
    const pool = new Map<string, Array<(typeof found)[number]>>();
    for (const c of found) {
      const key = collapse(c.text);
      pool.set(key, [...(pool.get(key) ?? []), c]);
    }
    for (const cell of cells) {
      m.cells++;
      if (cell.numeric) m.numeric++;
      const match = pool.get(cell.text)?.shift();
      if (!match) continue;
      m.cellsFound++;
      if (cell.numeric && match.value !== null) m.numericWithValue++;
    }
  });
  return m;
}

const govuk = present ? readdirSync(join(CORPUS, 'govuk')).filter((f) => f.endsWith('.json')).sort() : [];
const markdown = present ? readdirSync(join(CORPUS, 'markdown')).filter((f) => f.endsWith('.md')).sort() : [];

describe.skipIf(!present)('tables of the corpus publications, against their markup (in-sample)', () => {
  const results: Measure[] = [];
  const docs = new Map<string, Doc>();
  const doc = (path: string) => {
    if (!docs.has(path)) docs.set(path, runFile(path));
    return docs.get(path)!;
  };

  it.each(govuk)('GOV.UK %s: every <table>, every cell, numeric cells with a value', (name) => {
    const path = join(CORPUS, 'govuk', name);
    const m = measure(name, htmlTables(bodyHtml(path)), doc(path));
    results.push(m);
    expect(m.tablesFound).toBe(m.tables);
    expect(m.cellsFound).toBeGreaterThanOrEqual(Math.ceil(0.98 * m.cells));
    expect(m.numericWithValue).toBeGreaterThanOrEqual(Math.ceil(0.95 * m.numeric));
  });

  it.each(markdown)('Markdown %s: every pipe table, every cell, numeric cells with a value', (name) => {
    const path = join(CORPUS, 'markdown', name);
    const m = measure(name, markdownTables(readFileSync(path, 'utf8')), doc(path));
    results.push(m);
    expect(m.tablesFound).toBe(m.tables);
    expect(m.cellsFound).toBeGreaterThanOrEqual(Math.ceil(0.98 * m.cells));
    expect(m.numericWithValue).toBeGreaterThanOrEqual(Math.ceil(0.95 * m.numeric));
  });

  it('counts what it claims: the budget has 26 tables, the Markdown chapters pipe tables', () => {
    const budget = results.find((r) => r.file === 'spring-budget-2017.json');
    expect(budget?.tables).toBe(26);
    expect(results.filter((r) => r.file.endsWith('.md')).reduce((n, r) => n + r.tables, 0)).toBeGreaterThan(5);
    const total = results.reduce(
      (t, r) => ({ tables: t.tables + r.tables, found: t.found + r.tablesFound, cells: t.cells + r.cells, cellsFound: t.cellsFound + r.cellsFound, numeric: t.numeric + r.numeric, valued: t.valued + r.numericWithValue }),
      { tables: 0, found: 0, cells: 0, cellsFound: 0, numeric: 0, valued: 0 },
    );
    console.log(
      [...results.map((r) => `${r.file}: tables ${r.tablesFound}/${r.tables}, cells ${r.cellsFound}/${r.cells}, numeric cells with a value ${r.numericWithValue}/${r.numeric}`),
        `all: tables ${total.found}/${total.tables}, cells ${total.cellsFound}/${total.cells}, numeric cells with a value ${total.valued}/${total.numeric}`].join('\n'),
    );
    expect(total.numeric).toBeGreaterThan(1000);
  });

  it.each([...govuk.map((f) => join('govuk', f)), ...markdown.map((f) => join('markdown', f))])('%s: cells slice back exactly and no table line is a heading', (file) => {
    checkTableInvariants(doc(join(CORPUS, file)));
  });
});
