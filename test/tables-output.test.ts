// The table outputs of a run over the test pages of tables: tables.csv (combined and per document) parses
// back to document.json's cells, with no cell a spreadsheet would run as a formula; each table's wide CSV
// is laid out as on the page; the workbook's tables sheet holds the same rows; datapackage.json describes
// tables.csv and stays valid; the review page renders each table.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { runBatch } from '../src/batch/batch.js';
import { unescapeRow } from '../src/emit/csv.js';
import { combinedColumns, documentColumns } from '../src/emit/datapackage.js';
import { FIXTURES, runMain } from './helpers.js';
import { expectedRows } from './emit-expected.js';
import { dataPackageValidator } from './data-package-profile.js';

const INPUTS = ['tables-html/input.html', 'tables-markdown/input.md', 'tables-text/input.txt'].map((f) => join(FIXTURES, f));
let out: string;
let docs: Array<{ name: string; json: any }>;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'policy-extract-tables-'));
  await runBatch(INPUTS, { outDir: out, workers: 1, log: () => {}, error: () => {} });
  docs = readdirSync(out, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, json: JSON.parse(readFileSync(join(out, name, 'document.json'), 'utf8')) }));
}, 60_000);

const readCsv = (file: string): string[][] => parse(readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
const blankToNull = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === '' ? null : v)));
const FORMULA_START = /^[=+\-@\t\r]/;

describe('tables.csv', () => {
  it('ran the three pages, each with tables', () => {
    expect(docs.map((d) => d.name)).toEqual(['input', 'input-2', 'input-3']);
    for (const d of docs) expect(d.json.tables.length).toBeGreaterThanOrEqual(2);
  });

  it('per document: its documented header, and every cell back as document.json has it', () => {
    for (const { name, json } of docs) {
      const rows = readCsv(join(out, name, 'tables.csv'));
      const columns = documentColumns('tables');
      expect(rows[0]).toEqual(columns.map((c) => c.name));
      const values = rows.slice(1).map((f) => unescapeRow(rows[0], columns.map((c) => c.type), f));
      const names = columns.map((c) => c.name).filter((n) => n !== 'escaped');
      expect(values).toEqual(blankToNull(expectedRows(json, 'tables', names)));
      expect(values.length).toBe(json.tables.reduce((n: number, t: any) => n + t.cells.length, 0));
    }
  });

  it('combined: a document column, and the rows of every document in input order', () => {
    const rows = readCsv(join(out, 'tables.csv'));
    const columns = combinedColumns('tables');
    expect(rows[0]).toEqual(columns.map((c) => c.name));
    const values = rows.slice(1).map((f) => unescapeRow(rows[0], columns.map((c) => c.type), f));
    const names = columns.map((c) => c.name).filter((n) => n !== 'escaped' && n !== 'document');
    const byInput = INPUTS.map((_, i) => docs[i]);
    const expected = byInput.flatMap(({ name, json }) => expectedRows(json, 'tables', names).map((r) => [name, ...r]));
    expect(values).toEqual(blankToNull(expected));
  });

  it('escapes text that would start a formula ("-", "+2,590" as text) and never a number', () => {
    const rows = readCsv(join(out, 'tables.csv'));
    const columns = combinedColumns('tables');
    let escaped = 0;
    for (const row of rows.slice(1)) {
      row.forEach((field, i) => {
        if (columns[i].type === 'string') expect(field, `${columns[i].name}: ${field}`).not.toMatch(FORMULA_START);
        else if (field !== '') expect(field, columns[i].name).toMatch(/^-?\d+(\.\d+)?$/);
      });
      if (row.at(-1)!.split(' ').includes('text')) escaped++;
    }
    expect(escaped).toBeGreaterThan(0);
  });
});

describe('each table laid out as on the page', () => {
  it('writes <document>/tables/<id>.csv for every table, a grid row per line', () => {
    for (const { name, json } of docs) {
      expect(readdirSync(join(out, name, 'tables')).sort()).toEqual(json.tables.map((t: any) => `${t.id}.csv`));
      for (const t of json.tables) {
        const rows = readCsv(join(out, name, 'tables', `${t.id}.csv`));
        expect(rows[0]).toEqual([...Array.from({ length: t.columns }, (_, i) => `c${i + 1}`), 'escaped']);
        expect(rows.length - 1).toBe(t.rows);
        const header = rows[0];
        const types = header.map(() => 'string' as const);
        // Every cell stands in its top-left slot; the slots a span also covers are empty.
        const grid = rows.slice(1).map((f) => unescapeRow(header, types, f));
        for (const c of t.cells) expect(grid[c.row - 1][c.column - 1] ?? '', `${t.id} r${c.row}c${c.column}`).toBe(c.text);
        const filled = grid.flat().filter((v) => v !== null).length;
        expect(filled).toBe(t.cells.filter((c: any) => c.text !== '').length);
      }
    }
  });

  it('lays the two-level header of the HTML page out with its spans', () => {
    const rows = readCsv(join(out, 'input', 'tables', 't01.csv'));
    expect(rows.slice(1, 4).map((r) => r.slice(0, 4))).toEqual([
      ['Service area', '£ million', '', 'Change'],
      ['', '2016-17', '2017-18', ''],
      ['Driver licensing', '+2,590', '2,410', '\u22120.3'],
    ]);
  });
});

describe('determinism', () => {
  it('writes the same bytes with two workers as with one (the built command line)', async () => {
    const dirs: string[] = [];
    for (const workers of [1, 2]) {
      const dir = mkdtempSync(join(tmpdir(), `policy-extract-tables-w${workers}-`));
      const r = await runMain(['run', ...INPUTS, '--out', dir, '--workers', String(workers)]);
      expect(r.status, r.stderr).toBe(0);
      dirs.push(dir);
    }
    const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
    expect(files(dirs[1])).toEqual(files(dirs[0]));
    expect(files(dirs[0]).filter((f) => f.includes('tables/')).length).toBeGreaterThanOrEqual(6);
    for (const f of files(dirs[0])) expect(readFileSync(join(dirs[1], f)).equals(readFileSync(join(dirs[0], f))), f).toBe(true);
  }, 60_000);
});

describe('workbook, data package and review page', () => {
  it('the tables sheet holds the rows of tables.csv', async () => {
    const sheets = await readXlsxFile(readFileSync(join(out, 'policy-extract.xlsx')));
    const data = sheets.find((s) => s.sheet === 'tables')!.data as unknown[][];
    const header = data[0] as string[];
    expect(header).toEqual(combinedColumns('tables').map((c) => c.name).filter((n) => n !== 'escaped'));
    const names = header.slice(1);
    const expected = docs.flatMap(({ name, json }) => expectedRows(json, 'tables', names).map((r) => [name, ...r]));
    expect(data.slice(1)).toEqual(expected.map((r) => r.map((v) => (v === '' ? null : v))));
  });

  it('datapackage.json describes tables.csv, and stays valid', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const validate = dataPackageValidator();
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    const resource = pkg.resources.find((r: any) => r.name === 'tables');
    const bytes = readFileSync(join(out, 'tables.csv'));
    expect(resource).toMatchObject({ path: 'tables.csv', bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` });
    expect(resource.rows).toBe(readCsv(join(out, 'tables.csv')).length - 1);
    expect(resource.schema.primaryKey).toEqual(['document', 'table_id', 'row', 'column']);
    expect(resource.schema.fields.map((f: any) => f.name)).toEqual(combinedColumns('tables').map((c) => c.name));
    // The primary key (document, table_id, row, column) holds in the data.
    const [header, ...data] = readCsv(join(out, 'tables.csv'));
    const at = ['document', 'table_id', 'row', 'column'].map((n) => header.indexOf(n));
    expect(new Set(data.map((r) => at.map((i) => r[i]).join('/'))).size).toBe(data.length);
  });

  it('report.html renders each table with its caption, spans and header cells', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const count = docs.reduce((n, d) => n + d.json.tables.length, 0);
    expect(html.match(/<table class="data-table"/g)).toHaveLength(count);
    expect(html).toContain('Spending on digital services (£ million)<br>');
    expect(html).toMatch(/<th colspan="2" title="[^"]*">£ million<\/th>/);
    expect(html).toMatch(/<th rowspan="2" title="[^"]*">Wales<\/th>/);
    expect(html).toMatch(/<td class="num" title="value 2590\ncolumn: £ million › 2016-17\nrow: Driver licensing[^"]*">\+2,590<\/td>/);
  });
});
