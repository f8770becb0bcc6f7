// `npm run bench`: how fast policy-extract is, against compromise's own parse of the same text.
//
// Each part runs in a child process of its own, so that its peak memory (the process's maximum
// resident set, worker threads included) is its own:
//   seed    the seed document end to end: median of several runs after a warm-up; compromise's
//           nlp(text) + people/organizations/places/numbers over the same text, in the same process;
//           each stage's cost (processDocument's onStage) and each extractor's over the seed's sentences
//   linear  the seed repeated 100 times as one file, against the seed itself: cost per KB
//   batch   1,000 documents (and 250, to see memory stay flat) through runBatch, on 1 worker and on
//           every core, each --batch-runs times, interleaved (medians); and what the machine gives two
//           threads of this work: half the batch on 1 worker alone, then two such runs (separate
//           processes, nothing shared) at once. On a machine whose 2 cores give two processes less than
//           twice the work of one, that ceiling bounds the speed-up 2 workers can reach.
//   startup the command a user types, `policy-extract run <seed> --out DIR`, as a whole process (node's own
//           start included; from the startup snapshot when the build made one, and again without it),
//           against a process that only imports compromise and parses the same text with nlp(text);
//           the three alternate, medians of --runs
//   seed-batch  copies of the seed (seed-sized pages) with every default output, --seed-docs of them
//           (200 and 1,000 by default): on 1 worker, on 2 workers, and the machine's two-process ceiling
//           measured in the same run: two separate 1-worker processes on half the pages each, at the
//           same time; each --batch-runs times, interleaved; then peak memory at 250 pages on 1 and 2
//           workers against the largest batch (memory should stay flat)
//   formats the seed as text, as PDF (its HTML rendering printed by Chromium, with running header and
//           footer) and as Word .docx: time per page and per KB of input, against the text pipeline on
//           the same page; and a ~300-page PDF (the seed's rendering 17 times over): time per page and
//           peak memory. Needs /usr/bin/chromium (skipped with a note otherwise).
// Options: --parts seed,startup,linear,batch,seed-batch,formats   --runs N (default 7)   --docs N (default 1000)
//          --seed-docs N,N (default 200,1000)   --batch-runs N (default 3)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { existsSync } from 'node:fs';
import { processDocument, processFile } from '../pipeline.js';
import { EXTRACTORS } from '../extract/index.js';
import { runBatch } from '../batch/batch.js';
import type { SentenceContext } from '../model.js';
import { splitLines } from '../text/lines.js';
import { snapshotUsable } from '../snapshot-launch.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, 'input', 'action-03-digital-capability-in-house.txt');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

function seedBytes(): Uint8Array {
  return readFileSync(SEED);
}

// ---- Parts (each runs in its own process) ----

interface SeedResult {
  bytes: number;
  words: number;
  pipeline: number[];
  compromise: number[];
  stages: Record<string, number>;
  extractors: Record<string, number>;
  rss: number;
}

function partSeed(runs: number): SeedResult {
  const bytes = seedBytes();
  const text = new TextDecoder().decode(bytes);
  const compromise = () => {
    const doc = nlp(text);
    doc.people().json();
    doc.organizations().json();
    doc.places().json();
    doc.numbers().json();
  };
  const stageRuns: Record<string, number[]> = {};
  const pipeline: number[] = [];
  const reference: number[] = [];
  // Warm-up: both once, so that neither pays for the first compilation of its code.
  processDocument(bytes, { path: 'seed.txt' });
  compromise();
  for (let r = 0; r < runs; r++) {
    // Alternate, so that a slow spell of the machine touches both.
    let t = performance.now();
    const doc = processDocument(bytes, { path: 'seed.txt', onStage: (name, ms) => (stageRuns[name] ??= []).push(ms) });
    pipeline.push(performance.now() - t);
    t = performance.now();
    compromise();
    reference.push(performance.now() - t);
    void doc;
  }
  // Each extractor alone over the seed's sentences, with the context the pipeline gives it.
  const doc = processDocument(bytes, { path: 'seed.txt' });
  const acronyms = new Map(doc.acronyms.map((a) => [a.short, a]));
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const contexts: SentenceContext[] = doc.sentences.map((s) => ({ text: s.text, phaseYear: sections.get(s.sectionId)?.phaseYear ?? null, acronyms }));
  const extractors: Record<string, number> = {};
  for (const extractor of EXTRACTORS) {
    for (const c of contexts) extractor.extract(c);
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      for (const c of contexts) extractor.extract(c);
      times.push(performance.now() - t);
    }
    extractors[extractor.name] = median(times);
  }
  const stages = Object.fromEntries(Object.entries(stageRuns).map(([k, v]) => [k, median(v)]));
  return { bytes: bytes.length, words: words(text), pipeline, compromise: reference, stages, extractors, rss: peakRssMb() };
}

interface LinearResult {
  seedBytes: number;
  seedMs: number;
  bigBytes: number;
  bigMs: number;
  bigStages: Record<string, number>;
  seedStages: Record<string, number>;
  rss: number;
}

function partLinear(runs: number, times: number): LinearResult {
  const seed = seedBytes();
  const text = new TextDecoder().decode(seed);
  const big = new TextEncoder().encode(Array.from({ length: times }, () => text).join('\n'));
  processDocument(seed, { path: 'seed.txt' });
  const seedTimes: number[] = [];
  const seedStageRuns: Record<string, number[]> = {};
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    processDocument(seed, { path: 'seed.txt', onStage: (name, ms) => (seedStageRuns[name] ??= []).push(ms) });
    seedTimes.push(performance.now() - t);
  }
  const bigStages: Record<string, number> = {};
  const t = performance.now();
  processDocument(big, { path: 'seed-x100.txt', onStage: (name, ms) => (bigStages[name] = ms) });
  const bigMs = performance.now() - t;
  const seedStages = Object.fromEntries(Object.entries(seedStageRuns).map(([k, v]) => [k, median(v)]));
  return { seedBytes: seed.length, seedMs: median(seedTimes), bigBytes: big.length, bigMs, bigStages, seedStages, rss: peakRssMb() };
}

interface BatchResult {
  documents: number;
  workers: number;
  bytes: number;
  ms: number;
  failed: number;
  rss: number;
  heapAfter: number;
  /** CPU time of the process, every thread, user and system, in ms. */
  cpu: number;
}

async function partBatch(dir: string, workers: number): Promise<BatchResult> {
  const out = mkdtempSync(join(tmpdir(), 'policy-extract-bench-out-'));
  const cpuBefore = process.cpuUsage();
  try {
    const t = performance.now();
    const summary = await runBatch([dir], { outDir: out, workers, log: () => {}, error: () => {} });
    const ms = performance.now() - t;
    const bytes = JSON.parse(readFileSync(`${dir}.bytes.json`, 'utf8')) as number;
    // What the batch still holds once it is done: the heap after a full collection.
    (globalThis as { gc?: () => void }).gc?.();
    const heapAfter = process.memoryUsage().heapUsed / 2 ** 20;
    const cpu = process.cpuUsage(cpuBefore);
    return { documents: summary.documents, workers, bytes, ms, failed: summary.failed, rss: peakRssMb(), heapAfter, cpu: (cpu.user + cpu.system) / 1000 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * A batch of `n` small pages, as a folder of progress pages is: the seed cut at its unit headings,
 * each unit a page of its own under the seed's title, numbered so that no two pages are the same.
 */
function makeBatch(root: string, n: number, suffix = ''): string {
  const doc = processDocument(seedBytes(), { path: 'seed.txt' });
  const lines = splitLines(doc.raw).map((line) => line.content);
  const units = [...new Set(doc.sections.map((s) => s.unitIndex))].map((u) => {
    const sections = doc.sections.filter((s) => s.unitIndex === u);
    return lines.slice(sections[0].firstLine - 1, sections[sections.length - 1].lastLine).join('\n');
  });
  const dir = join(root, `batch-${n}${suffix}`);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const page = `${doc.title ?? 'Digital strategy progress'} (${i + 1})\n\n${units[i % units.length]}\n`;
    const file = join(dir, `page-${String(i + 1).padStart(5, '0')}.txt`);
    writeFileSync(file, page);
    bytes += Buffer.byteLength(page);
  }
  writeFileSync(`${dir}.bytes.json`, JSON.stringify(bytes));
  return dir;
}

/**
 * A batch of `n` seed-sized pages: copies of the seed, as a folder of full progress pages is. The copies
 * are the same text, so each process's cache of sentence lemmas (commitments/lemmas.ts) serves every copy
 * after the first: the figures are of the rest of the pipeline and of writing the outputs.
 */
function makeSeedBatch(root: string, n: number, suffix = '', from = 0): string {
  const seed = seedBytes();
  const dir = join(root, `seed-batch-${n}${suffix}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `page-${String(from + i + 1).padStart(5, '0')}.txt`), seed);
  writeFileSync(`${dir}.bytes.json`, JSON.stringify(seed.length * n));
  return dir;
}

interface StartupResult {
  /** Whether dist/snapshot held a startup snapshot the command line started from. */
  snapshot: boolean;
  cli: number[];
  /** The same command with POLICY_EXTRACT_SNAPSHOT=0: the module graph loaded in the process. */
  modules: number[];
  reference: number[];
}

/** `node dist/cli.js run <seed> --out DIR` and `node -e <import compromise, nlp(text)>`, alternating: wall times. */
function partStartup(runs: number): StartupResult {
  const out = mkdtempSync(join(tmpdir(), 'policy-extract-bench-startup-'));
  const cli = join(ROOT, 'dist', 'cli.js');
  const reference = `import { readFileSync } from 'node:fs'; import nlp from 'compromise'; nlp(readFileSync(${JSON.stringify(SEED)}, 'utf8'));`;
  const time = (args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
    return ms;
  };
  const modules = { ...process.env, POLICY_EXTRACT_SNAPSHOT: '0' };
  const result: StartupResult = { snapshot: snapshotUsable(), cli: [], modules: [], reference: [] };
  try {
    // Warm-up: the file system cache holds every set of modules before the first timed run.
    time([cli, 'run', SEED, '--out', join(out, 'run')]);
    time([cli, 'run', SEED, '--out', join(out, 'run')], modules);
    time(['--input-type=module', '-e', reference]);
    for (let r = 0; r < runs; r++) {
      result.cli.push(time([cli, 'run', SEED, '--out', join(out, 'run')]));
      result.modules.push(time([cli, 'run', SEED, '--out', join(out, 'run')], modules));
      result.reference.push(time(['--input-type=module', '-e', reference]));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return result;
}

interface FormatsResult {
  /** Per format: input bytes, pages (PDF), median ms of the whole pipeline, median ms of reading alone. */
  rows: Array<{ format: string; bytes: number; pages: number | null; ms: number; readMs: number }>;
  rss: number;
}

const SEED_HTML = join(ROOT, 'fixtures', 'action-03-html', 'input.html');

/** The seed as PDF and .docx, written into `dir` (Chromium prints; the small writer writes). */
async function makeFormats(dir: string, copies: number): Promise<{ pdf: string; docx: string; long: string }> {
  const { launch, printPdf, wordParagraphsFromHtml, writeDocx } = await import('./make-documents.js');
  const html = readFileSync(SEED_HTML, 'utf8');
  const browser = await launch();
  try {
    const pdf = await printPdf(browser, SEED_HTML, join(dir, 'seed.pdf'), { headerFooter: true });
    // A long document: the seed's main content over and over, under one title.
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1];
    const longHtml = html.replace(main, Array.from({ length: copies }, () => main).join('\n'));
    const long = await printPdf(browser, longHtml, join(dir, 'long.pdf'), { headerFooter: true });
    const docx = join(dir, 'seed.docx');
    writeFileSync(docx, await writeDocx(wordParagraphsFromHtml(html)));
    return { pdf, docx, long };
  } finally {
    await browser.close();
  }
}

async function partFormats(dir: string, runs: number): Promise<FormatsResult> {
  const inputs: Array<[string, string]> = [['text', SEED], ['pdf', join(dir, 'seed.pdf')], ['docx', join(dir, 'seed.docx')]];
  const rows: FormatsResult['rows'] = [];
  for (const [format, path] of inputs) {
    const bytes = new Uint8Array(readFileSync(path));
    let pages: number | null = null;
    await processFile(bytes, { path });
    const total: number[] = [];
    const read: number[] = [];
    for (let r = 0; r < runs; r++) {
      let readMs = 0;
      const t = performance.now();
      const doc = await processFile(bytes, { path, onStage: (name, ms) => (name.startsWith('read-') && name !== 'read-markup' ? (readMs = ms) : 0) });
      total.push(performance.now() - t);
      read.push(readMs);
      pages = doc.layout?.pages.length || null;
    }
    rows.push({ format, bytes: bytes.length, pages, ms: median(total), readMs: median(read) });
  }
  return { rows, rss: peakRssMb() };
}

async function partLongPdf(path: string): Promise<FormatsResult> {
  const bytes = new Uint8Array(readFileSync(path));
  let readMs = 0;
  const t = performance.now();
  const doc = await processFile(bytes, { path, onStage: (name, ms) => (name === 'read-pdf' ? (readMs = ms) : 0) });
  const ms = performance.now() - t;
  return { rows: [{ format: 'pdf', bytes: bytes.length, pages: doc.layout?.pages.length ?? null, ms, readMs }], rss: peakRssMb() };
}

// ---- The parent: runs the parts and prints the table ----

function child<T>(args: string[]): T {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`bench part ${args.join(' ')} failed (exit ${r.status})`);
  const last = r.stdout.trim().split('\n').pop()!;
  return JSON.parse(last) as T;
}

/** As child, without waiting: to run two parts at the same time. */
function childAsync<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench part ${args.join(' ')} failed (exit ${code})`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as T);
    });
  });
}

const f0 = (x: number) => Math.round(x).toLocaleString('en-GB');
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

async function main(argv: string[]): Promise<void> {
  const opt = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  if (argv[0] === '--part') {
    const part = argv[1];
    let result: unknown;
    if (part === 'seed') result = partSeed(Number(argv[2]));
    else if (part === 'linear') result = partLinear(Number(argv[2]), Number(argv[3]));
    else if (part === 'batch') result = await partBatch(argv[2], Number(argv[3]));
    else if (part === 'formats') result = await partFormats(argv[2], Number(argv[3]));
    else if (part === 'long-pdf') result = await partLongPdf(argv[2]);
    else if (part === 'startup') result = partStartup(Number(argv[2]));
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const parts = new Set(opt('parts', 'seed,startup,linear,batch,seed-batch,formats').split(','));
  const seedDocs = opt('seed-docs', '200,1000').split(',').map(Number).filter((n) => n >= 2);
  const runs = Number(opt('runs', '7'));
  const docs = Number(opt('docs', '1000'));
  const batchRuns = Math.max(1, Number(opt('batch-runs', '3')));
  const cores = availableParallelism();
  const out: string[] = [];
  const say = (line = '') => {
    out.push(line);
    process.stdout.write(line + '\n');
  };
  say(`policy-extract benchmark — node ${process.version}, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cores} cores, ${f0(totalmem() / 2 ** 30)} GB`);
  say(`command: npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}; ${runs} runs after a warm-up, medians`);
  // Other work on the machine slows every figure here, and the batch speed-up most of all.
  say(`load average at the start: ${loadavg().map((x) => x.toFixed(1)).join(', ')} (the machine is idle at 0; figures taken under load are slower)`);
  say();

  if (parts.has('seed')) {
    const s = child<SeedResult>(['--part', 'seed', String(runs)]);
    const p = median(s.pipeline);
    const c = median(s.compromise);
    say(`Seed end to end (${f0(s.bytes / 1024)} KB, ${f0(s.words)} words)`);
    say();
    say('| what | time (ms) | KB/s | words/s | peak RSS (MB) |');
    say('|---|---:|---:|---:|---:|');
    say(`| policy-extract, whole pipeline | ${f0(p)} | ${f0(s.bytes / 1024 / (p / 1000))} | ${f0(s.words / (p / 1000))} | ${f0(s.rss)} (both, one process) |`);
    say(`| compromise: nlp(text) + people/organizations/places/numbers | ${f0(c)} | ${f0(s.bytes / 1024 / (c / 1000))} | ${f0(s.words / (c / 1000))} | |`);
    say(`| **ratio pipeline / compromise** (target ≤ 1.3) | **${f2(p / c)}** | | | |`);
    say();
    say('Cost of each stage on the seed (median ms) and of each extractor over the seed’s sentences:');
    say();
    say('| stage | ms | share |');
    say('|---|---:|---:|');
    const stageTotal = Object.values(s.stages).reduce((a, b) => a + b, 0);
    for (const [name, ms] of Object.entries(s.stages)) say(`| ${name} | ${f1(ms)} | ${f0((100 * ms) / stageTotal)}% |`);
    say();
    say('| extractor | ms | share of extract-entities |');
    say('|---|---:|---:|');
    const extract = s.stages['extract-entities'] ?? 1;
    for (const [name, ms] of Object.entries(s.extractors)) say(`| ${name} | ${f1(ms)} | ${f0((100 * ms) / extract)}% |`);
    say();
  }

  if (parts.has('startup')) {
    const s = child<StartupResult>(['--part', 'startup', String(runs)]);
    const cli = median(s.cli);
    const modules = median(s.modules);
    const ref = median(s.reference);
    say(`Whole process on the seed: the command against compromise alone (${runs} runs each, alternating, after a warm-up; medians)`);
    if (!s.snapshot) say('*** dist/snapshot holds no startup snapshot for this Node.js: the command ran without one (npm run build makes it) ***');
    say();
    say('| process | wall time (ms) | runs (ms) |');
    say('|---|---:|---|');
    say(`| \`policy-extract run <seed> --out DIR\` (every default output${s.snapshot ? ', from the startup snapshot' : ''}) | ${f0(cli)} | ${s.cli.map(f0).join(', ')} |`);
    say(`| the same with POLICY_EXTRACT_SNAPSHOT=0 (modules loaded in the process) | ${f0(modules)} | ${s.modules.map(f0).join(', ')} |`);
    say(`| \`node -e\`: import compromise, nlp(text) on the same text | ${f0(ref)} | ${s.reference.map(f0).join(', ')} |`);
    say(`| **ratio command / compromise** (target ≤ 0.65) | **${f2(cli / ref)}** | |`);
    say(`| ratio without the snapshot / compromise | ${f2(modules / ref)} | |`);
    say();
  }

  if (parts.has('linear')) {
    const l = child<LinearResult>(['--part', 'linear', String(Math.max(3, Math.min(runs, 5))), '100']);
    const seedPerKb = l.seedMs / (l.seedBytes / 1024);
    const bigPerKb = l.bigMs / (l.bigBytes / 1024);
    say(`Linearity: the seed repeated 100 times as one file (${f1(l.bigBytes / 2 ** 20)} MB)`);
    say();
    say('| input | KB | time (ms) | ms per KB | peak RSS (MB) |');
    say('|---|---:|---:|---:|---:|');
    say(`| seed | ${f0(l.seedBytes / 1024)} | ${f0(l.seedMs)} | ${f2(seedPerKb)} | |`);
    say(`| seed × 100 | ${f0(l.bigBytes / 1024)} | ${f0(l.bigMs)} | ${f2(bigPerKb)} | ${f0(l.rss)} |`);
    say(`| **ratio per KB** (target ≤ 1.2) | | | **${f2(bigPerKb / seedPerKb)}** | |`);
    say();
    say('| stage | seed ms per KB | seed × 100 ms per KB | ratio |');
    say('|---|---:|---:|---:|');
    for (const [name, ms] of Object.entries(l.bigStages)) {
      const a = (l.seedStages[name] ?? 0) / (l.seedBytes / 1024);
      const b = ms / (l.bigBytes / 1024);
      say(`| ${name} | ${a.toFixed(3)} | ${b.toFixed(3)} | ${a > 0.001 ? f2(b / a) : '–'} |`);
    }
    say();
  }

  if (parts.has('formats')) {
    if (!existsSync('/usr/bin/chromium')) {
      say('PDF and Word: skipped, /usr/bin/chromium is missing (it prints the PDFs measured here).');
      say();
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'policy-extract-bench-formats-'));
      try {
        const made = await makeFormats(dir, 17);
        const f = child<FormatsResult>(['--part', 'formats', dir, String(Math.max(3, Math.min(runs, 5)))]);
        const long = child<FormatsResult>(['--part', 'long-pdf', made.long]);
        const text = f.rows.find((r) => r.format === 'text')!;
        const pdfPages = f.rows.find((r) => r.format === 'pdf')!.pages ?? 1;
        say(`PDF and Word: the seed as text, as PDF printed by Chromium (${pdfPages} pages, with running header and footer) and as .docx; medians of ${Math.max(3, Math.min(runs, 5))} runs after a warm-up`);
        say();
        say('| format | KB | pages | whole pipeline (ms) | reading alone (ms) | ms per page (PDF pages) | ms per KB | ratio to text, same page |');
        say('|---|---:|---:|---:|---:|---:|---:|---:|');
        for (const r of f.rows) {
          say(`| ${r.format} | ${f0(r.bytes / 1024)} | ${r.pages ?? ''} | ${f0(r.ms)} | ${r.format === 'text' ? '' : f0(r.readMs)} | ${f1(r.ms / pdfPages)} | ${f2(r.ms / (r.bytes / 1024))} | ${f2(r.ms / text.ms)} |`);
        }
        const l = long.rows[0];
        const pages = l.pages ?? 1;
        say();
        say(
          `A long PDF: ${pages} pages (${f1(l.bytes / 2 ** 20)} MB): ${f1(l.ms / 1000)} s in all, **${f1(l.ms / pages)} ms a page** (reading the PDF ${f1(l.readMs / pages)} ms a page; target ≤ 50 ms a page), peak RSS ${f0(long.rss)} MB.`,
        );
        say();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }

  if (parts.has('seed-batch') && seedDocs.length > 0) {
    const root = mkdtempSync(join(tmpdir(), 'policy-extract-bench-seed-'));
    try {
      say(`Seed-sized batches: copies of the seed (${f0(seedBytes().length / 1024)} KB each), every default output; ${batchRuns} run(s) of each, interleaved, medians`);
      say();
      say('| documents | 1 worker (s) | 2 workers (s) | two 1-worker processes on half each, at once (s) | speed-up of 2 workers | ceiling (1 worker / two processes) | **2 workers / ceiling** (target ≥ 95%) | peak RSS 1 / 2 workers (MB) |');
      say('|---:|---:|---:|---:|---:|---:|---:|---:|');
      const rss: Record<number, [number, number]> = {};
      const cpuRows: Array<{ n: number; one: number; two: number; pair: number }> = [];
      for (const n of seedDocs) {
        const all = makeSeedBatch(root, n);
        const halfA = makeSeedBatch(root, Math.ceil(n / 2), '-a');
        const halfB = makeSeedBatch(root, Math.floor(n / 2), '-b', Math.ceil(n / 2));
        const one: BatchResult[] = [];
        const two: BatchResult[] = [];
        const pair: number[] = [];
        const pairCpu: number[] = [];
        for (let r = 0; r < batchRuns; r++) {
          one.push(child<BatchResult>(['--part', 'batch', all, '1']));
          two.push(child<BatchResult>(['--part', 'batch', all, '2']));
          const both = await Promise.all([childAsync<BatchResult>(['--part', 'batch', halfA, '1']), childAsync<BatchResult>(['--part', 'batch', halfB, '1'])]);
          pair.push(Math.max(...both.map((b) => b.ms)));
          pairCpu.push(both[0].cpu + both[1].cpu);
        }
        cpuRows.push({ n, one: median(one.map((r) => r.cpu)), two: median(two.map((r) => r.cpu)), pair: median(pairCpu) });
        const t1 = median(one.map((r) => r.ms));
        const t2 = median(two.map((r) => r.ms));
        const tp = median(pair);
        rss[n] = [Math.max(...one.map((r) => r.rss)), Math.max(...two.map((r) => r.rss))];
        const runsOf = (xs: number[]) => xs.map((t) => f1(t / 1000)).join(', ');
        say(
          `| ${f0(n)} | ${f1(t1 / 1000)} (${runsOf(one.map((r) => r.ms))}) | ${f1(t2 / 1000)} (${runsOf(two.map((r) => r.ms))}) | ${f1(tp / 1000)} (${runsOf(pair)}) | ` +
            `${f2(t1 / t2)}× | ${f2(t1 / tp)}× | **${f0((100 * tp) / t2)}%** | ${f0(rss[n][0])} / ${f0(rss[n][1])} |`,
        );
      }
      // CPU time says what wall time cannot on a machine shared with other jobs: how much more work the
      // 2-worker run does than the two separate processes for the same pages.
      say();
      say('CPU time (user + system, every thread) of the same runs, medians: what the work costs whatever else runs on the machine.');
      say();
      say('| documents | 1 worker (s) | 2 workers (s) | two 1-worker processes, summed (s) | **two processes / 2 workers** |');
      say('|---:|---:|---:|---:|---:|');
      for (const c of cpuRows) say(`| ${f0(c.n)} | ${f1(c.one / 1000)} | ${f1(c.two / 1000)} | ${f1(c.pair / 1000)} | **${f0((100 * c.pair) / c.two)}%** |`);
      // Memory: 250 pages against the largest batch, once each.
      const largest = Math.max(...seedDocs);
      if (largest > 250) {
        const small = makeSeedBatch(root, 250, '-memory');
        const m1 = child<BatchResult>(['--part', 'batch', small, '1']).rss;
        const m2 = child<BatchResult>(['--part', 'batch', small, '2']).rss;
        say();
        say(`Peak RSS, 250 → ${f0(largest)} seed-sized pages: ${f0(m1)} → ${f0(rss[largest][0])} MB on 1 worker, ${f0(m2)} → ${f0(rss[largest][1])} MB on 2 (flat: the same within noise).`);
      }
      say();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  if (parts.has('batch')) {
    const root = mkdtempSync(join(tmpdir(), 'policy-extract-bench-'));
    try {
      const full = makeBatch(root, docs);
      const quarter = makeBatch(root, Math.round(docs / 4));
      // Runs interleaved (1 worker, all cores, 1 worker, …), so that a slow spell of the machine touches both.
      const configs: [string, number][] = [[full, 1], [full, cores], [quarter, 1], [quarter, cores]];
      const runsOf = configs.map(() => [] as BatchResult[]);
      for (let r = 0; r < batchRuns; r++) configs.forEach(([dir, w], i) => runsOf[i].push(child<BatchResult>(['--part', 'batch', dir, String(w)])));
      // The median run by time; peak RSS is the highest of the runs.
      const rows = runsOf.map((runs) => {
        const byTime = [...runs].sort((a, b) => a.ms - b.ms);
        return { ...byTime[byTime.length >> 1], rss: Math.max(...runs.map((r) => r.rss)), times: runs.map((r) => r.ms) };
      });
      say(`Batch: pages cut from the seed at its unit headings (${f1(rows[0].bytes / rows[0].documents / 1024)} KB each on average); ${batchRuns} run(s) each, interleaved: median time, highest peak RSS`);
      say();
      say('| documents | workers | time (s) | runs (s) | documents/s | KB/s | peak RSS (MB) | heap after GC (MB) | failed |');
      say('|---:|---:|---:|---|---:|---:|---:|---:|---:|');
      for (const r of rows) {
        say(`| ${f0(r.documents)} | ${r.workers} | ${f1(r.ms / 1000)} | ${r.times.map((t) => f1(t / 1000)).join(', ')} | ${f1(r.documents / (r.ms / 1000))} | ${f0(r.bytes / 1024 / (r.ms / 1000))} | ${f0(r.rss)} | ${f0(r.heapAfter)} | ${r.failed} |`);
      }
      say();
      say(`Speed-up on ${cores} workers: **${f2(rows[0].ms / rows[1].ms)}×** (target ≥ 1.7 on 2 cores). Peak memory, ${f0(rows[2].documents)} → ${f0(rows[0].documents)} documents: ${f0(rows[2].rss)} → ${f0(rows[0].rss)} MB on 1 worker, ${f0(rows[3].rss)} → ${f0(rows[1].rss)} MB on ${cores} (target ≤ 300 MB and flat).`);
      if (cores >= 2) {
        // The machine's own ceiling: two independent single-worker runs at once against one alone.
        const halfA = makeBatch(root, Math.round(docs / 2), '-a');
        const halfB = makeBatch(root, Math.round(docs / 2), '-b');
        const alone: number[] = [];
        const pair: number[] = [];
        for (let r = 0; r < batchRuns; r++) {
          alone.push(child<BatchResult>(['--part', 'batch', halfA, '1']).ms);
          const both = await Promise.all([childAsync<BatchResult>(['--part', 'batch', halfA, '1']), childAsync<BatchResult>(['--part', 'batch', halfB, '1'])]);
          pair.push(Math.max(...both.map((b) => b.ms)));
        }
        const ceiling = (2 * median(alone)) / median(pair);
        say();
        say(
          `The machine's ceiling: ${f0(Math.round(docs / 2))} documents on 1 worker took ${f1(median(alone) / 1000)} s alone (${alone.map((t) => f1(t / 1000)).join(', ')}) and ` +
            `${f1(median(pair) / 1000)} s as one of two separate processes at once (${pair.map((t) => f1(t / 1000)).join(', ')}): two processes that share nothing do ` +
            `**${f2(ceiling)}×** the work of one. The speed-up of 2 workers in one process is ${f0((100 * (rows[0].ms / rows[1].ms)) / ceiling)}% of that.`,
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
