// The command line as a researcher uses it: run, its output files, exit codes and messages.
// Runs the built CLI (npm test builds first).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, STACK_LINE, fixtureCases, fixtureInput } from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'policy-extract-'));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

describe('policy-extract run', () => {
  it('writes per-document and combined outputs and prints one line per document', () => {
    const out = tmp();
    const result = cli('run', 'input', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/action-03-digital-capability-in-house\.txt: 17 units, 86 sections, \d+ sentences, \d+ entities, \d+ warnings/);
    const files = listFiles(out);
    for (const f of ['sections.csv', 'entities.csv', 'action-03-digital-capability-in-house/document.json', 'action-03-digital-capability-in-house/sections.csv', 'action-03-digital-capability-in-house/sentences.csv', 'action-03-digital-capability-in-house/entities.csv']) {
      expect(files).toContain(f);
    }
    const doc = JSON.parse(readFileSync(join(out, 'action-03-digital-capability-in-house', 'document.json'), 'utf8'));
    // Version 2 added the outline: the seed's 17 units, each over its 5 phase headings.
    expect(doc.schemaVersion).toBe(3);
    expect(doc.outline.filter((o: { kind: string }) => o.kind === 'unit')).toHaveLength(17);
    expect(doc.outline.filter((o: { kind: string; level: number }) => o.kind === 'phase' && o.level === 2)).toHaveLength(85);
    expect(doc.source.lines).toBe(296);
    expect(doc.sections).toHaveLength(86); // the preamble (u00) and 85 phase sections
  });

  it('gives byte-identical output on two runs over every fixture', () => {
    const inputs = fixtureCases().map((c) => relative(ROOT, fixtureInput(c)));
    const [a, b] = [tmp(), tmp()];
    expect(cli('run', ...inputs, '--out', a).status).toBe(0);
    expect(cli('run', ...inputs, '--out', b).status).toBe(0);
    const files = listFiles(a);
    expect(files).toEqual(listFiles(b));
    expect(files.length).toBeGreaterThan(inputs.length * 4);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('names a missing file, finishes the others and exits 1', () => {
    const out = tmp();
    const result = cli('run', 'no/such/file.txt', 'input', '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no/such/file.txt');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(listFiles(out)).toContain('action-03-digital-capability-in-house/document.json');
  });

  it('names a binary file and says what to do, without a stack trace', () => {
    const dir = tmp();
    const file = join(dir, 'scan.txt');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0x00]));
    const result = cli('run', file, '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('scan.txt');
    expect(result.stderr).toMatch(/binary/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.each([[[]], [['frobnicate']], [['run']]])('exits 2 with usage for wrong usage %j', (args) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/Usage|needs|unknown/);
  });
});

describe('policy-extract eval', () => {
  it('prints a table per type with strict and lenient scores for one gold file', () => {
    const result = cli('eval', '--gold', 'fixtures/dept-health-actions-excerpt/gold.entities.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/strict P\s+strict R\s+strict F1\s+lenient P/);
    expect(result.stdout).toMatch(/^overall\s+\d+\s+\d+\s+[01]\.\d{3}/m);
  });

  it('lists misses and spurious mentions with their lines on --errors', () => {
    const result = cli('eval', '--gold', 'fixtures/dec-2012-action-07-statements/gold.entities.json', '--errors');
    expect(result.stdout).toMatch(/misses \(in gold, not predicted\): \d+/);
    expect(result.stdout).toMatch(/spurious \(predicted, not in gold\): \d+/);
    expect(result.stdout).toMatch(/line \d+\s+\w+\s+"/);
  });

  it.each([
    [['eval', '--gold', 'no/such/gold.json'], /no\/such\/gold\.json: no such file/],
    [['eval', '--fixtures', 'no/such/folder'], /no\/such\/folder: no such folder/],
    [['eval'], /eval needs --gold/],
  ])('names what is missing and exits 2: %j', (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error/);
  });
});

describe('policy-extract explain', () => {
  it('prints each entity of a sentence with the rule that produced it', () => {
    const result = cli('explain', 'In October around 10% of staff took part in a 6-week course.', '--phase-year', '2014');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/date\s+"October"\s+\S+\s+"2014-10"\s+date\.month/);
    expect(result.stdout).toMatch(/percent\s+"10%"\s+\S+\s+10\s+percent\./);
    expect(result.stdout).toMatch(/duration\s+"6-week"\s+\S+\s+"P6W"\s+duration\./);
  });
});
