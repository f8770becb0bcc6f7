// policy-extract.xlsx of a seed run opens (read back with read-excel-file), holds one sheet per table with
// the values of document.json (numbers as numbers), a frozen header row, and is byte-identical across runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { runBatch } from '../src/batch/batch.js';
import { OutputWriter } from '../src/emit/write-outputs.js';
import { ROOT, runText } from './helpers.js';
import { expectedRows } from './emit-expected.js';

const TABLES = ['sections', 'sentences', 'entities', 'tables', 'commitments'] as const;
let out: string;
let doc: any;
let name: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'policy-extract-xlsx-'));
  await runBatch([join(ROOT, 'input')], { outDir: out, workers: 1, log: () => {}, error: () => {} });
  name = readdirSync(out, { withFileTypes: true }).find((d) => d.isDirectory())!.name;
  doc = JSON.parse(readFileSync(join(out, name, 'document.json'), 'utf8'));
}, 60_000);

describe('policy-extract.xlsx', () => {
  it('has one sheet per table', async () => {
    const sheets = await readXlsxFile(readFileSync(join(out, 'policy-extract.xlsx')));
    expect(sheets.map((s) => s.sheet)).toEqual([...TABLES]);
  });

  it.each(TABLES)('sheet %s holds the values of document.json, numbers as numbers', async (table) => {
    const sheets = await readXlsxFile(readFileSync(join(out, 'policy-extract.xlsx')));
    const data = sheets.find((s) => s.sheet === table)!.data as unknown[][];
    const header = data[0] as string[];
    expect(header[0]).toBe('document');
    expect(header).not.toContain('escaped');
    const expected = expectedRows(doc, table, header.slice(1)).map((r) => [name, ...r]);
    // An empty string and an empty cell read back the same.
    expect(data.slice(1)).toEqual(expected.map((r) => r.map((v) => (v === '' ? null : v))));
  });

  it('keeps formula-looking text as text (a string cell), without the CSV apostrophe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-extract-xlsx-formula-'));
    const writer = new OutputWriter(dir);
    const text = 'Department for Transport\nProgress during 2014\n=HYPERLINK("http://example.com","click") and -5 more staff.\n';
    writer.writeDocument('formula', runText(text, 'formula.txt'));
    await writer.finish();
    const bytes = readFileSync(join(dir, 'policy-extract.xlsx'));
    const sheets = await readXlsxFile(bytes);
    const sentences = sheets.find((s) => s.sheet === 'sentences')!.data;
    const textColumn = (sentences[0] as string[]).indexOf('text');
    expect(textColumn).toBeGreaterThan(0);
    expect(sentences.slice(1).map((r) => r[textColumn])).toEqual(['=HYPERLINK("http://example.com","click") and -5 more staff.']);
    const files = unzipSync(new Uint8Array(bytes));
    const worksheets = Object.keys(files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(worksheets).toHaveLength(TABLES.length);
    for (const path of worksheets) expect(strFromU8(files[path]), path).not.toMatch(/<f[\s>\/]/);
  });

  it('freezes the header row of every sheet', () => {
    const files = unzipSync(new Uint8Array(readFileSync(join(out, 'policy-extract.xlsx'))));
    const sheets = Object.keys(files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets).toHaveLength(TABLES.length);
    for (const path of sheets) expect(strFromU8(files[path]), path).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it('stamps no time: every zip entry is dated 1980-01-01 00:00', () => {
    const bytes = new Uint8Array(readFileSync(join(out, 'policy-extract.xlsx')));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    let eocd = bytes.length - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    const count = view.getUint16(eocd + 10, true);
    const times: number[][] = [];
    for (let n = 0, at = view.getUint32(eocd + 16, true); n < count; n++) {
      const local = view.getUint32(at + 42, true);
      times.push([view.getUint16(at + 12, true), view.getUint16(at + 14, true), view.getUint16(local + 10, true), view.getUint16(local + 12, true)]);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    // [Content_Types].xml, _rels/.rels, the workbook and its rels, styles, five sheets (text is inline: no shared strings).
    expect(count).toBe(10);
    expect(times).toEqual(times.map(() => [0, 0x21, 0, 0x21]));
  });
});
