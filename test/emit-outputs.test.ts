// The run-level outputs: byte-identical across runs, the CSV profiles, the row-limit warning (tested with a
// small injected limit), the workbook and report caps, and folder names that cannot clash with run files.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { runBatch } from '../src/batch/batch.js';
import { OutputWriter, EXCEL_MAX_ROWS } from '../src/emit/write-outputs.js';
import { csvOptions } from '../src/emit/csv.js';
import type { Message } from '../src/document.js';
import { ROOT, runMain, runText } from './helpers.js';

const tmp = (tag: string) => mkdtempSync(join(tmpdir(), `policy-extract-${tag}-`));

function allFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

const TWO_UNITS = 'Department for Transport\nProgress during 2014\nDfT hired 12 people in March 2014.\n- built 3 services\nCabinet Office\nPlanned activities in 2015\nIt will spend £2 million.\n';

describe('run-level outputs', () => {
  it('are byte-identical across runs, with one worker or two', async () => {
    const inputs = [join(ROOT, 'input'), join(ROOT, 'fixtures', 'action-01-digital-leader-excerpt', 'input.txt')];
    const a = tmp('det-a');
    const b = tmp('det-b');
    // Through the built command line, where worker threads load dist/batch/worker.js.
    for (const [out, workers] of [[a, '1'], [b, '2']]) {
      const run = await runMain(['run', ...inputs, '--out', out, '--workers', workers]);
      expect(run.status, run.stderr).toBe(0);
    }
    const first = allFiles(a);
    const second = allFiles(b);
    expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
    expect([...first.keys()]).toEqual(expect.arrayContaining(['datapackage.json', 'entities.jsonl', 'policy-extract.xlsx', 'report.html', 'sections.csv', 'sentences.csv', 'entities.csv']));
    for (const [path, bytes] of first) expect(bytes.equals(second.get(path)!), path).toBe(true);
  }, 120_000);

  it.each([
    ['excel', true],
    ['rfc4180', false],
  ] as const)('the %s profile writes a byte order mark: %s', async (profile, bom) => {
    const out = tmp(`profile-${profile}`);
    const writer = new OutputWriter(out, { csv: csvOptions(profile) });
    writer.writeDocument('two', runText(TWO_UNITS, 'two.txt'));
    await writer.finish();
    const csvs = [...allFiles(out)].filter(([p]) => p.endsWith('.csv'));
    expect(csvs).toHaveLength(10); // sections, sentences, entities, tables and commitments: the run's and the document's
    for (const [path, bytes] of csvs) expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), path).toBe(bom);
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.resources.map((r: any) => r.csvByteOrderMark)).toEqual([bom, bom, bom, bom, bom]);
  });

  it.each([
    ['rfc4180', 0, false],
    ['excel', 0, true],
    ['tsv', 2, null],
  ] as const)('the command line takes --csv-profile %s (exit %i)', async (profile, status, bom) => {
    const out = tmp(`cli-${profile}`);
    const run = await runMain(['run', join(ROOT, 'input'), '--out', out, '--workers', '1', '--csv-profile', profile]);
    expect(run.status, run.stderr).toBe(status);
    if (bom === null) expect(run.stderr).toContain('--csv-profile takes excel or rfc4180; got "tsv"');
    else expect(readFileSync(join(out, 'entities.csv')).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
  }, 60_000);

  it('warns when a table passes the row limit (Excel\'s by default), on the callback and in datapackage.json', async () => {
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
    const out = tmp('rowlimit');
    const messages: Message[] = [];
    const writer = new OutputWriter(out, { rowLimit: 3, onMessage: (m) => messages.push(m) });
    const doc = runText(TWO_UNITS, 'two.txt');
    expect(doc.sections).toHaveLength(2); // 3 rows with the header: at the limit, no warning
    writer.writeDocument('one', doc);
    expect(messages.filter((m) => /sections/.test(m.reason))).toEqual([]);
    writer.writeDocument('two', runText(TWO_UNITS, 'two.txt'));
    await writer.finish();
    const sections = messages.filter((m) => m.reason.startsWith('sections.csv'));
    expect(sections).toHaveLength(1); // once, when it first passes
    expect(sections[0]).toMatchObject({ ruleId: 'output.row-limit', severity: 'warning' });
    expect(sections[0].reason).toMatch(/5 rows with its header, more than the 3 rows/);
    expect(messages.some((m) => m.reason.startsWith('one/sentences.csv'))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.provenance.messages).toEqual(messages);
    expect(messages.every((m) => m.source === 'policy-extract' && m.place === null)).toBe(true);
  });

  it('prints the row-limit warning on stderr through the batch runner', async () => {
    const errors: string[] = [];
    await runBatch([join(ROOT, 'input')], { outDir: tmp('rowlimit-batch'), workers: 1, writer: { rowLimit: 50 }, log: () => {}, error: (l) => errors.push(l) });
    expect(errors.some((l) => /entities\.csv has \d+ rows with its header, more than the 50 rows.*\[output\.row-limit\]/.test(l))).toBe(true);
  });

  it('caps each workbook sheet and says so', async () => {
    const out = tmp('xlsxcap');
    const messages: Message[] = [];
    const writer = new OutputWriter(out, { xlsxMaxRows: 3, onMessage: (m) => messages.push(m) });
    writer.writeDocument('one', runText(TWO_UNITS, 'one.txt'));
    writer.writeDocument('two', runText(TWO_UNITS, 'two.txt'));
    await writer.finish();
    const sheets = await readXlsxFile(readFileSync(join(out, 'policy-extract.xlsx')));
    expect(sheets.find((s) => s.sheet === 'sections')!.data).toHaveLength(1 + 3);
    expect(messages.map((m) => m.ruleId)).toContain('output.xlsx-truncated');
    expect(messages.find((m) => m.reason.includes('"sections"'))!.reason).toMatch(/first 3 of 4 rows/);
  });

  it('shows at most reportMaxDocuments documents in full and lists every one', async () => {
    const out = tmp('reportcap');
    const writer = new OutputWriter(out, { reportMaxDocuments: 1 });
    writer.writeDocument('one', runText(TWO_UNITS, 'one.txt'));
    writer.writeDocument('two', runText(TWO_UNITS, 'two.txt'));
    await writer.finish();
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.match(/<section class="doc"/g)).toHaveLength(1);
    expect(html).toContain('id="doc-one"');
    expect(html).not.toContain('id="doc-two"');
    expect(html).toMatch(/<tr><td>two<\/td><td>two\.txt<\/td>/);
    expect(html).toContain('shows the first 1 of 2 documents');
  });

  it.each([
    ['sections.csv.txt', 'sections.csv-2'],
    ['report.html', 'report-2'],
    ['Report.html.md', 'Report.html-2'],
    ['a/x.txt', 'x'],
  ])('names the folder of %s %s, apart from the run\'s own files', (path, name) => {
    const writer = new OutputWriter(tmp('names'));
    if (path === 'report.html') writer.claimName('report.txt');
    if (path === 'Report.html.md') expect(writer.claimName('other.txt')).toBe('other');
    expect(writer.claimName(path)).toBe(name);
  });
});
