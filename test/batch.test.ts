// Batches: parallel workers, input order, failures by name, shards, globs and the progress bar.
// Runs the built code (dist/; `npm test` builds first): the worker threads load dist/batch/worker.js.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { runMain, SEED_FILE, STACK_LINE } from './helpers.js';
import { describeFailure } from '../src/describe-failure.js';
// @ts-expect-error dist/ is JavaScript without declarations
import { runBatch, parseWorkers, formatSummary } from '../dist/batch/batch.js';
// @ts-expect-error dist/ is JavaScript without declarations
import { parseShard, selectShard } from '../dist/batch/shard.js';
// @ts-expect-error dist/ is JavaScript without declarations
import { ProgressBar, renderProgress, wantsProgress } from '../dist/batch/progress.js';
// @ts-expect-error dist/ is JavaScript without declarations
import { WorkerPool } from '../dist/batch/pool.js';

/** The command line, in this process. */
const cli = (...args: string[]) => runMain(args);
const tmp = () => mkdtempSync(join(tmpdir(), 'policy-extract-batch-'));

/** A small progress page; `units` department units, numbers that differ by `i`, so every page differs. */
function page(i: number, units = 2): string {
  const departments = ['Department for Transport', 'HM Revenue & Customs', 'Cabinet Office', 'Department for Education', 'Ministry of Justice'];
  const lines = [`Action ${i % 9 + 1}: departments will publish digital strategies`, `Updated ${(i % 28) + 1} January 2015`];
  for (let u = 0; u < units; u++) {
    const department = departments[u % departments.length];
    lines.push(
      department,
      'Progress during 2014',
      `${department} moved ${i * 10 + u + 5} services online by March 2014. The Government Digital Service (GDS) supported ${u + 3} projects costing £${i + 1}m.`,
      'Planned activities in 2015',
      `- Train ${40 + i} staff in digital skills by December 2015.`,
      `- Raise digital take-up by ${20 + u}% over ${i % 11 + 1} months.`,
    );
  }
  return lines.join('\n') + '\n';
}

/** A folder of `count` pages named page-00.txt…; page 0 is much longer than the rest, so it finishes last. */
function pages(count: number): string {
  const dir = tmp();
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `page-${String(i).padStart(2, '0')}.txt`), page(i, i === 0 ? 60 : 2));
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

const documentColumn = (csvFile: string): string[] =>
  (parse(readFileSync(csvFile), { bom: true, columns: true }) as Array<{ document: string }>).map((r) => r.document);

/** Consecutive distinct values: ["a", "a", "b", "a"] → ["a", "b", "a"]. */
const runs = (values: string[]) => values.filter((v, k) => k === 0 || values[k - 1] !== v);

describe('a batch on worker threads', () => {
  const input = pages(7);
  const names = readdirSync(input).sort().map((f) => f.replace(/\.txt$/, ''));

  it('writes byte-identical outputs with 1 and with 2 workers', async () => {
    const [one, two] = [tmp(), tmp()];
    const a = await cli('run', input, '--out', one, '--workers', '1');
    const b = await cli('run', input, '--out', two, '--workers', '2');
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/2 workers/);
    const files = listFiles(one);
    expect(files).toEqual(listFiles(two));
    expect(files).toEqual(expect.arrayContaining(['sections.csv', 'entities.csv', ...names.map((n) => `${n}/document.json`)]));
    for (const f of files) expect(readFileSync(join(one, f)).equals(readFileSync(join(two, f))), f).toBe(true);
    // The per-document lines on stdout are in input order too.
    expect(b.stdout).toBe(a.stdout.replaceAll(one, two));
  });

  it('runs one worker on a thread of its own for a long batch, with the same outputs as on the calling thread', async () => {
    const [here, thread] = [tmp(), tmp()];
    const quiet = { workers: 1, log: () => {}, error: () => {} };
    const a = await runBatch([input], { ...quiet, outDir: here });
    const b = await runBatch([input], { ...quiet, outDir: thread, oneWorkerThreadFrom: names.length });
    expect([a.workerThreads, b.workerThreads]).toEqual([false, true]);
    expect(b.documents).toBe(names.length);
    const files = listFiles(here);
    expect(files).toEqual(listFiles(thread));
    for (const f of files) expect(readFileSync(join(here, f)).equals(readFileSync(join(thread, f))), f).toBe(true);
  });

  it('writes the combined tables in input order although the first document finishes last', async () => {
    const out = tmp();
    const logged: string[] = [];
    const summary = await runBatch([input], { outDir: out, workers: 2, log: (l: string) => logged.push(l), error: (l: string) => logged.push(l) });
    expect(summary.failed).toBe(0);
    expect(summary.documents).toBe(7);
    expect(runs(documentColumn(join(out, 'sections.csv')))).toEqual(names);
    expect(runs(documentColumn(join(out, 'entities.csv')))).toEqual(names);
    expect(logged.map((l) => l.slice(0, l.indexOf(':')))).toEqual(names.map((n) => join(input, `${n}.txt`)));
  });

  it('holds no more than workers × read-ahead documents between reading and writing', async () => {
    let started = 0;
    let written = 0;
    let most = 0;
    const summary = await runBatch([input], {
      outDir: tmp(),
      workers: 2,
      readAhead: 1,
      log: () => {},
      onStart: () => {
        started++;
        most = Math.max(most, started - written);
      },
      onProgress: (done: number) => {
        written = done;
      },
    });
    expect(summary.documents).toBe(7);
    expect(started).toBe(7);
    expect(most).toBe(2);
  });
});

describe('a document that fails', () => {
  it('is named with its reason, the others are written, and the exit code is 1', async () => {
    const input = pages(4);
    writeFileSync(join(input, 'page-01.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0x00, 0x13, 0x37, 0x00, 0x42]));
    rmSync(join(input, 'page-02.txt'));
    symlinkSync(join(input, 'moved-away.txt'), join(input, 'page-02.txt'));
    const out = tmp();
    const result = await cli('run', input, '--out', out, '--workers', '2');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${join(input, 'page-01.txt')}: cannot be read: .*\\[binary-input\\]$`, 'm'));
    expect(result.stderr).toContain(`${join(input, 'page-02.txt')}: cannot read (ENOENT)`);
    expect(result.stderr).toMatch(/2 of 3 documents processed.*2 failed/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(runs(documentColumn(join(out, 'sections.csv')))).toEqual(['page-00', 'page-03']);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('is named when it cannot be read for want of permission (the message the batch prints for EACCES)', () => {
    // Unit-tested on describeFailure: as root a chmod 000 file is still readable, so the CLI cannot be made to meet EACCES here.
    const file = join('pages', 'page-02.txt');
    expect(describeFailure(file, Object.assign(new Error('x'), { code: 'EACCES' }), false)).toBe(
      `${file}: cannot be read: permission denied; check the file's permissions`,
    );
    expect(describeFailure(file, Object.assign(new Error('x'), { code: 'EPERM' }), true)).toBe(
      `${file}: cannot be read: permission denied; check the file's permissions`,
    );
  });

  it('is named when a path given is missing, and the exit code is 1', async () => {
    const input = pages(2);
    const result = await cli('run', join(input, 'page-00.txt'), join(input, 'page-99.txt'), '--out', tmp(), '--workers', '2');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(input, 'page-99.txt')}: no such file or folder`);
    expect(result.stdout).toContain('page-00.txt: ');
  });

  it('is processed on the main thread when it outgrows a worker\'s heap, with the same output', async () => {
    const input = pages(3);
    const seed = readFileSync(SEED_FILE, 'utf8');
    writeFileSync(join(input, 'page-01.txt'), Array(4).fill(seed).join('\n'));
    const [capped, here] = [tmp(), tmp()];
    const errors: string[] = [];
    // A 32 MB heap holds the models and a small page, not four copies of the seed (170 KB; three do not fit either).
    const summary = await runBatch([input], { outDir: capped, workers: 2, workerHeapMb: 32, largeDocumentBytes: Infinity, log: () => {}, error: (l: string) => errors.push(l) });
    expect(errors).toEqual([]);
    expect([summary.documents, summary.rerunOnMainThread]).toEqual([3, 1]);
    await runBatch([input], { outDir: here, workers: 1, log: () => {} });
    for (const f of listFiles(here)) expect(readFileSync(join(capped, f)).equals(readFileSync(join(here, f))), f).toBe(true);
  });

  it('fails only its own job when a worker dies, and later jobs still run', async () => {
    const dir = tmp();
    const script = join(dir, 'worker.mjs');
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads';
       parentPort.postMessage('policy-extract-worker-ready');
       parentPort.on('message', (n) => { if (n === 2) process.exit(7); parentPort.postMessage(n * 10); });`,
    );
    const pool = new WorkerPool(new URL(`file://${script}`), 2);
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => pool.run(n)));
    await pool.close();
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 'a worker stopped unexpectedly (exit code 7)', 30, 40]);
  });

  it('fails every job with the reason when the worker script cannot start, instead of retrying for ever', async () => {
    const dir = tmp();
    const script = join(dir, 'broken.mjs');
    writeFileSync(script, `throw new Error('cannot load the models');`);
    const pool = new WorkerPool(new URL(`file://${script}`), 2);
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => pool.run(n)));
    await pool.close();
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect((results[4] as PromiseRejectedResult).reason.message).toContain('cannot load the models');
  });
});

describe('--shard', () => {
  it('shards 1/2 and 2/2 together cover every document exactly once, with the same outputs', async () => {
    const input = pages(7);
    const [all, first, second] = [tmp(), tmp(), tmp()];
    expect((await cli('run', input, '--out', all, '--workers', '2')).status).toBe(0);
    const a = await cli('run', input, '--out', first, '--shard', '1/2', '--workers', '2');
    const b = await cli('run', input, '--out', second, '--shard', '2/2', '--workers', '1');
    expect([a.status, b.status]).toEqual([0, 0]);
    const inFirst = runs(documentColumn(join(first, 'sections.csv')));
    const inSecond = runs(documentColumn(join(second, 'sections.csv')));
    expect(inFirst).toEqual(['page-00', 'page-02', 'page-04', 'page-06']);
    expect(inSecond).toEqual(['page-01', 'page-03', 'page-05']);
    for (const name of [...inFirst, ...inSecond]) {
      const shardOut = inFirst.includes(name) ? first : second;
      expect(readFileSync(join(shardOut, name, 'document.json')).equals(readFileSync(join(all, name, 'document.json'))), name).toBe(true);
      expect(readFileSync(join(shardOut, name, 'entities.csv')).equals(readFileSync(join(all, name, 'entities.csv'))), name).toBe(true);
    }
  });

  it('selects every item in exactly one of N shards, in order, shards differing by at most one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (items, count) => {
        const indices = items.map((_, k) => k);
        const shards = Array.from({ length: count }, (_, i) => selectShard(indices, { index: i + 1, count }));
        expect(shards.flat().sort((x, y) => x - y)).toEqual(indices);
        for (const shard of shards) expect(shard).toEqual([...shard].sort((x, y) => x - y));
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/8', { index: 3, count: 8 }],
    [' 2 / 2 ', { index: 2, count: 2 }],
  ])('reads --shard %s', (text, expected) => {
    expect(parseShard(text)).toEqual(expected);
  });

  it.each([
    ['3/2', 'the shard number must be from 1 to 2'],
    ['0/2', 'the shard number must be from 1 to 2'],
    ['1/0', 'the number of shards must be 1 or more'],
    ['x', '--shard takes i/N'],
    ['1/2/3', '--shard takes i/N'],
    ['-1/2', '--shard takes i/N'],
    ['1.5/2', '--shard takes i/N'],
  ])('refuses --shard %s with a message and exit code 2', async (text, message) => {
    expect(() => parseShard(text)).toThrow(message);
    const result = await cli('run', 'input', '--out', tmp(), `--shard=${text}`);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('--workers', () => {
  it.each(['0', 'x', '-2', '1.5', '999'])('refuses --workers %s with a message and exit code 2', async (text) => {
    expect(() => parseWorkers(text)).toThrow('--workers takes a whole number from 1 to 256');
    const result = await cli('run', 'input', '--out', tmp(), `--workers=${text}`);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('--workers takes a whole number from 1 to 256');
  });
});

describe('globs on the command line', () => {
  it('expands a quoted glob itself, into nested folders', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'pages', '2014', 'dft'), { recursive: true });
    writeFileSync(join(dir, 'pages', 'a.md'), page(1));
    writeFileSync(join(dir, 'pages', '2014', 'b.md'), page(2));
    writeFileSync(join(dir, 'pages', '2014', 'dft', 'c.md'), page(3));
    writeFileSync(join(dir, 'pages', '2014', 'skip.txt'), page(4));
    const out = tmp();
    // spawnSync passes the pattern as one argument, as a shell does with a quoted one.
    const result = await cli('run', `${dir}/pages/**/*.md`, '--out', out, '--workers', '2');
    expect(result.status, result.stderr).toBe(0);
    expect(runs(documentColumn(join(out, 'sections.csv')))).toEqual(['b', 'c', 'a']);
  });
});

describe('progress and summary', () => {
  it('draws no progress bar when stderr is piped, and prints the summary there', async () => {
    const result = await cli('run', pages(3), '--out', tmp(), '--workers', '2');
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('\x1b[');
    expect(result.stderr).toMatch(/^policy-extract: 3 of 3 documents processed, \d+ sections, \d+ sentences, \d+ entities, 0 warnings, 0 failed; [\d.]+ s \([\d.]+ documents\/s, 2 workers, peak memory \d+ MB\)\n$/);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('draws on a terminal only', () => {
    expect(wantsProgress({ write: () => true, isTTY: true }, {})).toBe(true);
    expect(wantsProgress({ write: () => true, isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(wantsProgress({ write: () => true }, {})).toBe(false);
  });

  it('redraws one line in place, clears it around other lines, and removes it at the end', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar({ write: (s: string) => written.push(s), isTTY: true, columns: 80 }, () => now, 100);
    bar.update(0, 0, 4);
    now = 50;
    bar.update(1, 0, 4); // within 100 ms of the last draw: not redrawn
    now = 2000;
    bar.update(2, 1, 4);
    bar.around(() => written.push('a line\n'));
    now = 4000;
    bar.update(4, 1, 4);
    bar.stop();
    expect(written).toEqual([
      `\r${renderProgress({ done: 0, failed: 0, total: 4, elapsedMs: 0 }, 80)}\x1b[K`,
      `\r${renderProgress({ done: 2, failed: 1, total: 4, elapsedMs: 2000 }, 80)}\x1b[K`,
      '\r\x1b[K',
      'a line\n',
      `\r${renderProgress({ done: 2, failed: 1, total: 4, elapsedMs: 2000 }, 80)}\x1b[K`,
      `\r${renderProgress({ done: 4, failed: 1, total: 4, elapsedMs: 4000 }, 80)}\x1b[K`,
      '\r\x1b[K',
    ]);
  });

  it('draws 80 columns wide on a terminal that reports no width', () => {
    const written: string[] = [];
    new ProgressBar({ write: (s: string) => written.push(s), isTTY: true, columns: 0 }, () => 0).update(1, 0, 2);
    expect(written).toEqual([`\r${renderProgress({ done: 1, failed: 0, total: 2, elapsedMs: 0 }, 80)}\x1b[K`]);
    expect(written[0]).toContain('1/2 documents');
  });

  it.each([
    [{ done: 250, failed: 0, total: 500, elapsedMs: 10_000 }, 80, '[###############---------------] 250/500 documents  25.0/s  ETA 0:10'],
    [{ done: 1, failed: 1, total: 3, elapsedMs: 500 }, 80, '[##########--------------------] 1/3 documents  1 failed  2.0/s  ETA 0:01'],
    [{ done: 0, failed: 0, total: 9, elapsedMs: 0 }, 80, '[------------------------------] 0/9 documents  0.0/s  ETA -:--'],
    [{ done: 3600, failed: 0, total: 7200, elapsedMs: 3_600_000 }, 80, '[###############---------------] 3600/7200 documents  1.0/s  ETA 1:00:00'],
    [{ done: 250, failed: 0, total: 500, elapsedMs: 10_000 }, 40, '250/500 documents  25.0/s  ETA 0:10'],
  ])('renders %o in %i columns', (state, width, expected) => {
    const line = renderProgress(state, width);
    expect(line).toBe(expected);
    expect(line.length).toBeLessThan(width);
  });

  it('summarises a batch in one line', () => {
    expect(
      formatSummary({ total: 1000, documents: 998, sections: 84_915, sentences: 313_000, entities: 390_000, warnings: 3, failed: 2, workers: 2, ms: 125_400, peakRss: 190 * 1048576 }),
    ).toBe('998 of 1,000 documents processed, 84,915 sections, 313,000 sentences, 390,000 entities, 3 warnings, 2 failed; 2:05 (8.0 documents/s, 2 workers, peak memory 190 MB)');
  });

  it.each([
    [59_940, '59.9 s'],
    [119_600, '2:00'],
    [3_725_000, '1:02:05'],
  ])('writes %i ms as %s in the summary', (ms, time) => {
    const line = formatSummary({ total: 1, documents: 1, sections: 1, sentences: 1, entities: 1, warnings: 0, failed: 0, workers: 1, ms, peakRss: 0 });
    expect(line).toContain(`; ${time} (`);
  });
});
