// Every CSV of a seed run: no cell a spreadsheet would run as a formula, and every value back, through a
// CSV parser and the documented unescape, equal to document.json.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runBatch } from '../src/batch/batch.js';
import { unescapeRow } from '../src/emit/csv.js';
import { combinedColumns, documentColumns } from '../src/emit/datapackage.js';
import { ROOT } from './helpers.js';
import { expectedRows } from './emit-expected.js';

const SEED = join(ROOT, 'input');
const TABLES = ['sections', 'sentences', 'entities', 'commitments'] as const;
let out: string;
let docs: Array<{ name: string; json: any }>;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'policy-extract-csv-'));
  await runBatch([SEED], { outDir: out, workers: 1, log: () => {}, error: () => {} });
  docs = readdirSync(out, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, json: JSON.parse(readFileSync(join(out, d.name, 'document.json'), 'utf8')) }));
}, 60_000);

function readCsv(file: string): { bom: boolean; rows: string[][] } {
  const text = readFileSync(file, 'utf8');
  return { bom: text.startsWith('\ufeff'), rows: parse(text.replace(/^\ufeff/, ''), { relax_column_count: false }) };
}

// A CSV cannot tell an empty text from no value.
const blankToNull = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === '' ? null : v)));

const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV files of a seed run', () => {
  it('ran one document', () => {
    expect(docs.map((d) => d.name)).toEqual(['action-03-digital-capability-in-house']);
    expect(docs[0].json.entities.length).toBeGreaterThan(100);
  });

  const files = [...TABLES.map((t) => ({ table: t, combined: true })), ...TABLES.map((t) => ({ table: t, combined: false }))];

  it.each(files)('$table (combined: $combined) starts with a byte order mark and has its documented header', ({ table, combined }) => {
    const file = combined ? join(out, `${table}.csv`) : join(out, docs[0].name, `${table}.csv`);
    const { bom, rows } = readCsv(file);
    expect(bom).toBe(true);
    expect(rows[0]).toEqual((combined ? combinedColumns(table) : documentColumns(table)).map((c) => c.name));
  });

  it.each(files)('$table (combined: $combined) has no text cell that starts a formula', ({ table, combined }) => {
    const file = combined ? join(out, `${table}.csv`) : join(out, docs[0].name, `${table}.csv`);
    const { rows } = readCsv(file);
    const columns = combined ? combinedColumns(table) : documentColumns(table);
    let numbers = 0;
    for (const row of rows.slice(1)) {
      row.forEach((field, i) => {
        if (columns[i].type === 'string') expect(field, `${columns[i].name}: ${field}`).not.toMatch(FORMULA_START);
        else if (field !== '') {
          // Typed columns hold plain numbers, negative ones included, which a spreadsheet reads as numbers.
          expect(field, columns[i].name).toMatch(/^-?\d+(\.\d+)?(e[+-]\d+)?$/);
          numbers++;
        }
      });
    }
    expect(numbers).toBeGreaterThan(0);
  });

  it.each(files)('$table (combined: $combined) parses back to the values of document.json', ({ table, combined }) => {
    const file = combined ? join(out, `${table}.csv`) : join(out, docs[0].name, `${table}.csv`);
    const { rows } = readCsv(file);
    const columns = combined ? combinedColumns(table) : documentColumns(table);
    const values = rows.slice(1).map((f) => unescapeRow(rows[0], columns.map((c) => c.type), f));
    const names = columns.map((c) => c.name).filter((n) => n !== 'escaped' && n !== 'document');
    const expected = expectedRows(docs[0].json, table, names).map((r) => (combined ? [docs[0].name, ...r] : r));
    expect(values).toEqual(blankToNull(expected));
  });

  it('escapes the seed\'s bullet markers, and only in the bullet column', () => {
    const { rows } = readCsv(join(out, docs[0].name, 'sentences.csv'));
    const bullets = docs[0].json.sentences.filter((s: any) => s.bullet === '-').length;
    expect(bullets).toBeGreaterThan(0);
    expect(rows.slice(1).filter((r) => r.at(-1) === 'bullet')).toHaveLength(bullets);
    expect(rows.slice(1).filter((r) => r.at(-1) !== 'bullet' && r.at(-1) !== '')).toEqual([]);
  });
});

describe('entities.jsonl', () => {
  it('holds one object per entity, in order, with its document', () => {
    const lines = readFileSync(join(out, 'entities.jsonl'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((l) => JSON.parse(l));
    expect(records).toEqual(docs[0].json.entities.map((e: any) => ({ document: docs[0].name, ...e })));
  });
});
