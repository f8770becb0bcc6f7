// Safety: input names never make the writer leave --out, and no pattern matcher takes a time that
// grows out of proportion with its input (catastrophic backtracking, quadratic loops, deep recursion).
//
// The matchers run in a worker thread over the built code (dist/, which `npm test` builds first), so
// that a matcher that never returns fails by the test's timeout instead of freezing the test run; the
// times seen are printed at the end for the benchmark notes, never asserted.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OutputWriter, safeName } from '../src/emit/write-outputs.js';
import { EXTRACTORS } from '../src/extract/index.js';
import { ROOT, runMain } from './helpers.js';

describe('safe output names', () => {
  it.each([
    ['../../x.txt', 'x'],
    ['../../../etc/passwd', 'passwd'],
    ['/absolute/path/report.txt', 'report'],
    ['C:\\Users\\me\\Downloads\\report.html', 'report'],
    ['..', 'document'],
    ['.hidden.txt', 'hidden'],
    ['a b?.txt', 'a-b'],
    ['a/b\\c.txt', 'c'],
    ['progress <2014> | "final".txt', 'progress-2014-final'],
    ['line\nbreak\u0000and\u202enul.txt', 'line-break-and-nul'],
    ['CON.txt', 'CON-document'],
    ['nul', 'nul-document'],
    ['ｆｕｌｌｗｉｄｔｈ.txt', 'fullwidth'],
    ['u\u0308ber.txt', 'über'],
    ['😀😀.txt', 'document'],
    ['Département de la santé.md', 'Département-de-la-santé'],
  ])('%j → %j', (input, expected) => {
    expect(safeName(input)).toBe(expected);
  });

  it('any name whatever gives a single safe path segment of at most 100 bytes, without broken characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (path) => {
        const name = safeName(path);
        expect(name).toMatch(/^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}._-]*$/u);
        expect(name).not.toMatch(/[.-]$/);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(100);
        expect(name.isWellFormed()).toBe(true);
        const out = resolve('/out');
        expect(resolve(out, name).startsWith(out + sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['the same base name in different folders', ['a/report.txt', 'b/report.txt', 'c/report.html'], ['report', 'report-2', 'report-3']],
    ['names that differ only in case', ['Report.txt', 'report.txt'], ['Report', 'report-2']],
    ['names that clean to the same name', ['a b.txt', 'a?b.txt', 'a-b.txt'], ['a-b', 'a-b-2', 'a-b-3']],
    ['a name that looks like a numbered one', ['x-2.txt', 'x.txt', 'x.txt'], ['x-2', 'x', 'x-3']],
    ['NFC and NFD spellings of one name', ['\u00fcber.txt', 'u\u0308ber.txt'], ['über', 'über-2']],
    ['names of the run’s own files', ['sections.csv.txt', 'entities.csv.md'], ['sections.csv-2', 'entities.csv-2']],
  ])('%s get folders of their own', (_name, inputs, expected) => {
    const out = mkdtempSync(join(tmpdir(), 'policy-extract-names-'));
    try {
      const writer = new OutputWriter(out);
      expect(inputs.map((p) => writer.claimName(p))).toEqual(expected);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('through the command line, odd and clashing names are written inside --out, one folder each', async () => {
    const base = mkdtempSync(join(tmpdir(), 'policy-extract-safety-'));
    try {
      const page = 'Digital strategy progress\nDepartment for Transport\nProgress during 2013\nWe hired 5 people.\n';
      const work = join(base, 'work', 'deep');
      mkdirSync(join(work, 'one'), { recursive: true });
      mkdirSync(join(work, 'two'), { recursive: true });
      writeFileSync(join(base, 'x.txt'), page);
      writeFileSync(join(work, 'one', 'report.txt'), page);
      writeFileSync(join(work, 'two', 'report.txt'), page);
      writeFileSync(join(work, 'one', 'a b?*.txt'), page);
      writeFileSync(join(work, 'one', 'line\nbreak.txt'), page);
      writeFileSync(join(work, 'one', 'CON.txt'), page);
      writeFileSync(join(work, 'one', '-rf.txt'), page);
      const before = readdirSync(base).sort();
      const inputs = ['../../x.txt', 'one/report.txt', 'two/report.txt', 'one/a b?*.txt', 'one/line\nbreak.txt', 'one/CON.txt', './one/-rf.txt'];
      const r = await runMain(['run', ...inputs, '--out', 'out', '--workers', '1'], work);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(base).sort()).toEqual(before);
      const folders = readdirSync(join(work, 'out'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
      expect(folders).toEqual(['CON-document', 'a-b', 'line-break', 'report', 'report-2', 'rf', 'x'].sort());
      for (const f of folders) expect(existsSync(join(work, 'out', f, 'document.json'))).toBe(true);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }, 60_000);
});

// ---- Matchers on long and pathological input ----

type Target = { kind: 'extractor'; name: string } | { kind: 'split-sentences' } | { kind: 'segment-sections' } | { kind: 'find-acronyms' };

const MB = 1 << 20;
/** Inputs, built inside the worker from a recipe so that a megabyte is not copied for every case. */
const INPUTS: Array<[string, { unit: string; length: number }]> = [
  ['a 1 MB line of prose', { unit: 'The Government Digital Service (GDS) trained 1,250 staff in June 2013 for £1.5 million, 12% more. ', length: MB }],
  ['50,000 spaces', { unit: ' ', length: 50_000 }],
  ["'A ' repeated (1 MB)", { unit: 'A ', length: MB }],
  ["'(' repeated (1 MB)", { unit: '(', length: MB }],
  ["'Department of ' repeated (1 MB)", { unit: 'Department of ', length: MB }],
  ["'a.' repeated (1 MB)", { unit: 'a.', length: MB }],
  ["'1,' repeated (1 MB)", { unit: '1,', length: MB }],
  ["'£1' repeated (1 MB)", { unit: '£1', length: MB }],
];

// What the matchers find where there is something to find. The prose is 1 MB of a 98-character sentence:
// 10,700 sentences, the last cut off at 74 characters, before its money and percent.
const PROSE = 'a 1 MB line of prose';
const EXPECTED: Record<string, Found> = {
  [`sentence splitter on ${PROSE}`]: { count: 10_700 },
  [`acronym finder on ${PROSE}`]: { count: 10_700, texts: ['GDS'] },
  [`extractor money on ${PROSE}`]: { count: 10_699, texts: ['money:£1.5 million'] },
  [`extractor percent on ${PROSE}`]: { count: 10_699, texts: ['percent:12%'] },
  // Each extractor proposes its own candidates ("2013" inside "June 2013"); overlaps are resolved later.
  [`extractor date on ${PROSE}`]: { count: 21_400, texts: ['date:2013', 'date:June 2013'] },
  [`extractor number on ${PROSE}`]: { count: 21_400, texts: ['number:1,250', 'number:2013'] },
  [`extractor acronyms on ${PROSE}`]: { count: 10_700, texts: ['organisation:GDS'] },
  [`extractor names on ${PROSE}`]: { count: 10_700, texts: ['organisation:Government Digital Service'] },
  ["extractor money on '£1' repeated (1 MB)"]: { count: 524_288, texts: ['money:£1'] },
};

const TARGETS: Array<[string, Target]> = [
  ...EXTRACTORS.map((e): [string, Target] => [`extractor ${e.name}`, { kind: 'extractor', name: e.name }]),
  ['sentence splitter', { kind: 'split-sentences' }],
  ['segmenter', { kind: 'segment-sections' }],
  ['acronym finder', { kind: 'find-acronyms' }],
];

// A worker loads the matchers once and then runs job after job; each job builds its input from a recipe
// (so a megabyte is not copied for every case) and posts back the time the matcher took and what it found.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { dist } = workerData;
const modules = Promise.all([
  import(dist + '/extract/index.js'),
  import(dist + '/stages/split-sentences.js'),
  import(dist + '/stages/find-acronyms.js'),
  import(dist + '/stages/load-document.js'),
  import(dist + '/stages/segment-sections.js'),
]);
parentPort.on('message', async ({ target, input }) => {
  try {
    const [{ EXTRACTORS }, { sentenceSpans }, { findAcronymDefinitions }, { loadDocument }, { segmentSections }] = await modules;
    const text = input.unit.repeat(Math.ceil(input.length / input.unit.length)).slice(0, input.length);
    let run;
    if (target.kind === 'extractor') {
      const extractor = EXTRACTORS.find((e) => e.name === target.name);
      if (!extractor) throw new Error('no extractor ' + target.name + ' in dist/; run npm run build');
      run = () => {
        const found = extractor.extract({ text, phaseYear: 2014, acronyms: new Map() });
        return { count: found.length, texts: [...new Set(found.map((m) => m.type + ':' + text.slice(m.from, m.to)))].sort().slice(0, 5) };
      };
    } else if (target.kind === 'split-sentences') {
      run = () => ({ count: sentenceSpans(text).length });
    } else if (target.kind === 'find-acronyms') {
      run = () => {
        const found = findAcronymDefinitions(text);
        return { count: found.length, texts: [...new Set(found.map((a) => a.short))].sort().slice(0, 5) };
      };
    } else {
      const bytes = new TextEncoder().encode('Digital strategy progress\\nDepartment for Transport\\nProgress during 2013\\n' + text + '\\n');
      run = () => {
        const doc = loadDocument(bytes, { path: 'long.txt' });
        segmentSections(doc);
        // Line ranges of the preamble and each section, to show every line is owned.
        // Section u00 reads the preamble's lines as a section; it owns nothing more.
        const sections = doc.sections.filter((s) => s.id !== 'u00');
        const ranges = [doc.preamble, ...sections].filter(Boolean).map((r) => [r.firstLine, r.lastLine]);
        return { count: sections.length, lines: doc.lines.length, ranges };
      };
    }
    const start = performance.now();
    const result = run();
    parentPort.postMessage({ ms: performance.now() - start, result });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.stack) || error) });
  }
});
`;

/** What a matcher found: how many, the first distinct "type:text" (or acronyms), and for the segmenter its line ranges. */
interface Found {
  count: number;
  texts?: string[];
  lines?: number;
  ranges?: Array<[number, number]>;
}

/**
 * Workers that stay up from case to case, as many as the machine has cores (loading the matchers takes
 * longer than most cases). A case whose test times out stops its worker, so a matcher that never returns
 * does not hold a core; the next case gets a fresh worker.
 */
const idle: Worker[] = [];
const all = new Set<Worker>();
const waiting: Array<(worker: Worker) => void> = [];
const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism()));
const times: string[] = [];

function newWorker(): Worker {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { dist: pathToFileURL(join(ROOT, 'dist')).href },
    resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: 4 },
  });
  all.add(worker);
  return worker;
}

function acquire(): Promise<Worker> {
  if (idle.length) return Promise.resolve(idle.pop()!);
  if (all.size < POOL_SIZE) return Promise.resolve(newWorker());
  return new Promise((resolve) => waiting.push(resolve));
}

function release(worker: Worker, healthy: boolean): void {
  if (!healthy) {
    all.delete(worker);
    void worker.terminate();
  }
  const next = waiting.shift();
  if (next) next(healthy ? worker : newWorker());
  else if (healthy) idle.push(worker);
}

async function runInWorker(target: Target, input: { unit: string; length: number }, signal: AbortSignal): Promise<{ ms: number; result: Found }> {
  const worker = await acquire();
  return new Promise((resolvePromise, reject) => {
    const onAbort = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      release(worker, false);
    };
    const onMessage = (m: { ms?: number; result?: Found; error?: string }) => {
      worker.off('error', onError);
      signal.removeEventListener('abort', onAbort);
      release(worker, true);
      if (m.error !== undefined) reject(new Error(m.error));
      else resolvePromise({ ms: m.ms!, result: m.result! });
    };
    const onError = (e: Error) => {
      worker.off('message', onMessage);
      signal.removeEventListener('abort', onAbort);
      release(worker, false);
      reject(e);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage({ target, input });
  });
}

describe.concurrent('every matcher finishes on long and pathological input', () => {
  afterAll(() => {
    for (const w of all) void w.terminate();
    if (times.length) process.stdout.write(`\nmatcher times (ms):\n${times.sort().join('\n')}\n`);
  });

  const cases = TARGETS.flatMap(([tname, target]) => INPUTS.map(([iname, input]) => [tname, iname, target, input] as const));
  it('names only cases that run in its expected results', ({ expect }) => {
    const names = new Set(cases.map(([tname, iname]) => `${tname} on ${iname}`));
    expect(Object.keys(EXPECTED).filter((k) => !names.has(k))).toEqual([]);
  });
  it.for(cases)('%s on %s', async ([tname, iname, target, input], { signal, expect }) => {
    const { ms, result } = await runInWorker(target, input, signal);
    times.push(`${tname.padEnd(26)} ${iname.padEnd(36)} ${Math.round(ms)}`);
    // The timeout is the speed guard; the result shows the matcher did its work rather than give up.
    expect(Number.isInteger(result.count) && result.count >= 0, JSON.stringify(result)).toBe(true);
    if (target.kind === 'segment-sections') {
      // Title, unit heading, phase heading and the long line: the preamble and one section own all four.
      expect(result).toEqual({ count: 1, lines: 4, ranges: [[1, 1], [2, 4]] });
    }
    const expected = EXPECTED[`${tname} on ${iname}`];
    if (expected) expect(result).toEqual(expected);
  }, 120_000);
});
