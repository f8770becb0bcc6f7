// Runs the pipeline over many documents, in parallel, and writes their outputs in input order.
//
// The flow, for documents 0…n-1 of the sorted (and sharded) input list:
//   read (main thread, at most `readConcurrency` files at once, p-limit)
//   → process, serialise, write the document's own folder and encode the rest to UTF-8 (a worker thread;
//     on the main thread itself with one worker and fewer than ONE_WORKER_THREAD_FROM documents), the
//     bytes handed back without a copy
//   → append to the run's files (main thread, strictly in input order).
// Documents finish out of order; a finished one waits in `finished` until every earlier one is written.
// At most `window` documents (workers × readAhead) are between "read started" and "written" at any
// time, so memory holds a few documents per worker whatever the size of the batch, and a slow document
// holds up reading, not memory.
import { formatDuration } from './progress.js';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { OutputWriter, type WriterOptions } from '../emit/write-outputs.js';
import type { PreparedDocument } from '../emit/prepare.js';
import { expandInputs } from './inputs.js';
import { selectShard, type Shard } from './shard.js';
import { WorkerPool, WorkerThreadsUnavailable, workerThreads } from './pool.js';
import { packageFile } from '../package-files.js';
import type { ResourceLimits } from 'node:worker_threads';
import { describeFailure } from '../describe-failure.js';
import { formatMessage } from '../format-message.js';
import type { Job, JobResult } from './worker.js';
import { OutputFolderError, StagedOutput } from '../emit/output-folder.js';

export interface BatchOptions {
  outDir: string;
  debug?: boolean;
  /** Worker threads (default: the number of cores). 1 runs every document on the calling thread, unless the batch has oneWorkerThreadFrom documents or more. */
  workers?: number;
  /** With one worker, the number of documents from which the pipeline runs on a worker thread of its own rather than on the calling thread (default ONE_WORKER_THREAD_FROM). */
  oneWorkerThreadFrom?: number;
  /** Documents read ahead per worker (default 4). */
  readAhead?: number;
  /** An old-generation heap limit for each worker thread, in MB (default WORKER_OLD_GENERATION_MB); giving one also sends large documents to the main thread. */
  workerHeapMb?: number;
  /** The young generation of each worker thread's heap, in MB (default WORKER_YOUNG_GENERATION_MB); 0 leaves V8's default. */
  workerYoungGenerationMb?: number;
  /** With workerHeapMb, documents larger than this many bytes run on the main thread (default LARGE_DOCUMENT_BYTES). */
  largeDocumentBytes?: number;
  /** Process only this shard of the sorted input list. */
  shard?: Shard | null;
  /** How the output is written (CSV profile, the formats asked for, workbook and report caps); see OutputWriter. */
  writer?: WriterOptions;
  /** Where the line of each document goes; stdout by default. */
  log?: (line: string) => void;
  /** Where failures go; stderr by default. */
  error?: (line: string) => void;
  /** Called when a document is started (its read begins), with its index in the batch. */
  onStart?: (index: number) => void;
  /** Called once before the first document and after each document is written or has failed. */
  onProgress?: (done: number, failed: number, total: number) => void;
  /** Refuse to replace an earlier run's output in outDir. */
  noClobber?: boolean;
}

export interface BatchSummary {
  /** Documents in this run (after --shard). */
  total: number;
  /** Documents processed and written. */
  documents: number;
  sections: number;
  sentences: number;
  entities: number;
  warnings: number;
  /** Documents that failed, plus inputs that named nothing usable. */
  failed: number;
  workers: number;
  /** Whether the pipeline ran on worker threads; false when it ran on the calling thread (one worker, a small batch). */
  workerThreads: boolean;
  /** Documents that outgrew a worker's heap and were processed again on the calling thread. */
  rerunOnMainThread: number;
  ms: number;
  /** Peak resident memory of the process, worker threads included, in bytes. */
  peakRss: number;
  /** No document was processed, so the output folder was left as it was. */
  outputUntouched?: boolean;
  /** Documents of an earlier run that this run's output replaced. */
  removedDocuments?: string[];
}

/**
 * Each worker thread's heap limits. V8 lets a heap grow by a factor of up to 4 between full collections
 * when its old-generation limit is 2,048 MB or more (the calling thread's is 4 GB), and by at most 2
 * below that (V8's MemoryController::MaxGrowingFactor). The heap the pipeline really uses stays far
 * below either limit, so the limit only sets how often V8 collects. At 2,000 MB, just under the line,
 * a worker spent about 10% more CPU time on the same pages than the calling thread did (500 seed-sized
 * pages on one worker thread: 41.3 s against 37.6 s in process), and 2 workers did 91% of what two
 * separate processes do with the same 1,000 pages; at 2,048 MB the worker spends what the calling
 * thread does (37.4 s) and 2 workers reach 98% (CPU time 99%), for a peak RSS of about 520 MB instead
 * of 420 on 2 workers, the same from 250 to 1,000 pages. Smaller limits cost more time still: 1,024 MB
 * 15–20%, 128 MB 25–30% of CPU time.
 * The young generation is left at V8's default (0 here): a 16 MB young generation took about 35 MB off
 * the peak but cost 7–8% more CPU time (200 seed-sized pages on 2 workers, two runs each, alternating:
 * 28.5 s against 26.4 s of CPU, peak 300 against 338 MB; 32 MB: 27.0 s, 335 MB).
 */
export const WORKER_OLD_GENERATION_MB = 2048;
export const WORKER_YOUNG_GENERATION_MB = 0;

/**
 * With workerHeapMb (a tighter limit), a document whose processing outgrows it (a 2 MB page needs more
 * than 128 MB) is processed again on the main thread, which has V8's default limit, and documents over
 * LARGE_DOCUMENT_BYTES go there directly. Under the default limit, a worker that runs out of memory
 * has its document retried on the main thread all the same.
 */
export const LARGE_DOCUMENT_BYTES = 512 * 1024;

/**
 * With one worker, a batch of this many documents or more runs the pipeline on a worker thread of its
 * own, as with more workers, and this thread only reads and writes. On the calling thread, the pipeline
 * and the writer share one heap, whose limit V8 keeps raising over a long run: peak RSS 328 MB at 250
 * seed-sized pages, 463 MB at 1,000, though the heap after a full collection is 27 MB at both. On a
 * thread of its own: 373 and 372 MB, and 1,000 pages in 59.5 s instead of 62.5 s (the writing runs
 * beside the pipeline). A worker's start (about 0.3 s, and from the startup snapshot the command's
 * restart without it) is not worth paying for a handful of documents.
 */
export const ONE_WORKER_THREAD_FROM = 100;

function workerLimits(options: BatchOptions): ResourceLimits {
  const limits: ResourceLimits = { maxOldGenerationSizeMb: options.workerHeapMb ?? WORKER_OLD_GENERATION_MB };
  const young = options.workerYoungGenerationMb ?? WORKER_YOUNG_GENERATION_MB;
  if (young > 0) limits.maxYoungGenerationSizeMb = young;
  return limits;
}

/** The output folder or a file in it cannot be written: the batch stops. */
export class OutputError extends Error {}

export function defaultWorkers(): number {
  return availableParallelism();
}

function outputError(outDir: string, error: unknown): OutputError {
  const err = error as NodeJS.ErrnoException;
  const where = err?.path ?? outDir;
  const why =
    err?.code === 'EACCES' || err?.code === 'EPERM' ? 'permission denied'
    : err?.code === 'ENOSPC' ? 'the disk is full'
    : err?.code === 'ENOTDIR' || err?.code === 'EEXIST' ? 'a file is in the way of the output folder'
    : (err?.message ?? String(error));
  return new OutputError(`cannot write ${where}: ${why}; check --out ${outDir}`);
}

/** "500 of 500 documents processed, 42,500 sections, …, 0 failed; 1:01 (8.2 documents/s, 2 workers, peak memory 180 MB)" */
export function formatSummary(s: BatchSummary): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const seconds = s.ms / 1000;
  const rate = seconds > 0 ? (s.documents / seconds).toFixed(1) : '-';
  const time = seconds < 60 ? `${seconds.toFixed(1)} s` : formatDuration(s.ms);
  return (
    `${n(s.documents)} of ${n(s.total)} documents processed, ${n(s.sections)} sections, ${n(s.sentences)} sentences, ` +
    `${n(s.entities)} entities, ${n(s.warnings)} warnings, ${n(s.failed)} failed; ` +
    `${time} (${rate} documents/s, ${s.workers} worker${s.workers === 1 ? '' : 's'}, peak memory ${Math.round(s.peakRss / 1048576)} MB)`
  );
}

export async function runBatch(inputs: string[], options: BatchOptions): Promise<BatchSummary> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const error = options.error ?? ((line: string) => process.stderr.write(line + '\n'));
  const debug = options.debug ?? false;
  const started = performance.now();

  const { files: all, problems } = expandInputs(inputs);
  const files = selectShard(all, options.shard);
  const total = files.length;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), total));
  const threads = workers > 1 || total >= (options.oneWorkerThreadFrom ?? ONE_WORKER_THREAD_FROM);
  if (threads && !workerThreads.available) throw new WorkerThreadsUnavailable();
  const summary: BatchSummary = { total, documents: 0, sections: 0, sentences: 0, entities: 0, warnings: 0, failed: problems.length, workers, workerThreads: threads, rerunOnMainThread: 0, ms: 0, peakRss: 0 };
  for (const p of problems) error(`${p.path}: ${p.reason}`);

  // With workers, the main thread never loads the pipeline (and its language models): it only reads and
  // writes. Every worker starts loading the pipeline (about 0.3 s) now, while this thread prepares the
  // output folder and reads the first files.
  const pool =
    threads
      ? new WorkerPool<Job, JobResult>(packageFile('dist/batch/worker.js'), workers, workerLimits(options))
      : null;
  pool?.start();

  // Everything is written into a staging folder beside outDir, moved into place only at the end (emit/output-folder.ts).
  let staged: StagedOutput;
  let writer: OutputWriter;
  try {
    staged = new StagedOutput(options.outDir, { noClobber: options.noClobber });
  } catch (e) {
    await pool?.close();
    throw e instanceof OutputFolderError ? new OutputError(e.message) : outputError(options.outDir, e);
  }
  try {
    writer = new OutputWriter(staged.dir, {
      onMessage: (m) => error(formatMessage(options.outDir, m)),
      ...options.writer,
    });
  } catch (e) {
    staged.discard();
    await pool?.close();
    throw outputError(options.outDir, e);
  }
  const large = options.workerHeapMb ? (options.largeDocumentBytes ?? LARGE_DOCUMENT_BYTES) : Infinity;
  // The pipeline on this thread: for every document when there is no worker thread, else for large documents only.
  let inProcess: ((job: Job) => Promise<JobResult>) | null = null;
  const runHere = async (job: Job) => {
    inProcess ??= (await import('./worker.js')).runJob;
    return inProcess(job);
  };
  const window = workers * Math.max(1, options.readAhead ?? 4);
  const read = pLimit(Math.min(window, 16));
  const finished = new Map<number, JobResult>();
  let nextToStart = 0;
  let nextToWrite = 0;
  let failedDocs = 0;

  const write = (file: string, result: JobResult) => {
    if (result.ok === 'output-error') {
      throw outputError(options.outDir, Object.assign(new Error(result.message), { code: result.code, path: result.path }));
    }
    if (!result.ok) {
      failedDocs++;
      summary.failed++;
      error(result.message);
      return;
    }
    const prepared: PreparedDocument = result.prepared;
    try {
      writer.writePrepared(prepared);
    } catch (e) {
      throw outputError(options.outDir, e);
    }
    const c = result.counts;
    summary.documents++;
    summary.sections += c.sections;
    summary.sentences += c.sentences;
    summary.entities += c.entities;
    summary.warnings += c.warnings;
    // The document's own folder is written only with csv or json.
    const folder = writer.wants('csv') || writer.wants('json') ? ` → ${options.outDir}/${prepared.name}/` : '';
    log(`${file}: ${c.units} units, ${c.sections} sections, ${c.sentences} sentences, ${c.entities} entities, ${c.warnings} warnings${folder}`);
  };

  const processOne = async (index: number, file: string, name: string): Promise<JobResult> => {
    try {
      const buffer = await read(() => readFile(file));
      // Hand the worker the bytes without a copy when the buffer owns its memory.
      const owns = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
      const bytes = owns ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);
      const job: Job = {
        index, path: file, name, bytes, csv: writer.csv, formats: writer.formats, report: writer.wantsReport(index),
        workbookRows: writer.workbookRoom(), outDir: staged.dir, debug,
      };
      if (!pool || bytes.byteLength > large) return await runHere(job);
      try {
        return await pool.run(job, [bytes.buffer as ArrayBuffer]);
      } catch (e) {
        if ((e as NodeJS.ErrnoException)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e;
        // Too big for a worker's heap: again on this thread (the bytes went to the worker; read them again).
        summary.rerunOnMainThread++;
        return await runHere({ ...job, bytes: new Uint8Array(await read(() => readFile(file))) });
      }
    } catch (e) {
      return { index, ok: false, message: describeFailure(file, e, debug) };
    }
  };

  try {
    options.onProgress?.(0, 0, total);
    await new Promise<void>((resolve, reject) => {
      let stopped = false;
      const fail = (e: unknown) => {
        stopped = true;
        reject(e);
      };
      const pump = () => {
        if (stopped) return;
        try {
          while (finished.has(nextToWrite)) {
            const result = finished.get(nextToWrite)!;
            finished.delete(nextToWrite);
            write(files[nextToWrite], result);
            nextToWrite++;
            options.onProgress?.(nextToWrite, failedDocs, total);
          }
        } catch (e) {
          fail(e);
          return;
        }
        if (nextToWrite === total) {
          resolve();
          return;
        }
        while (nextToStart < total && nextToStart - nextToWrite < window) {
          const index = nextToStart++;
          // Names are claimed in input order, when a document starts, so a document's folder name
          // does not depend on the number of workers or on whether an earlier document failed.
          const name = writer.claimName(files[index]);
          options.onStart?.(index);
          processOne(index, files[index], name).then((result) => {
            finished.set(index, result);
            pump();
          }, fail);
        }
      };
      pump();
    });
  } catch (e) {
    writer.discard();
    staged.discard();
    await pool?.close();
    throw e;
  }
  // Every document is written: the workers stop (each frees its heap, some tens of ms) while this
  // thread finishes the run's files, instead of before.
  const stopping = pool?.close();
  try {
    if (summary.documents === 0) {
      writer.discard();
      staged.discard();
      summary.outputUntouched = true;
      error(`${options.outDir}: no document was processed, so it was left as it was`);
    } else {
      try {
        await writer.finish();
        const { removed, keptAside } = staged.commit();
        summary.removedDocuments = removed;
        if (removed.length) error(`${options.outDir}: replaced an earlier run's output; removed its ${removed.length} document${removed.length === 1 ? '' : 's'} not in this run: ${removed.join(', ')}`);
        if (keptAside) error(`${options.outDir}: the earlier output held files in the way of this run's; it was kept whole in ${keptAside}`);
      } catch (e) {
        writer.discard();
        staged.discard();
        throw outputError(options.outDir, e);
      }
    }
  } finally {
    await stopping;
  }
  summary.ms = performance.now() - started;
  summary.peakRss = process.resourceUsage().maxRSS * 1024;
  return summary;
}

/** Parses --workers: a whole number from 1 to 256; throws RangeError with a message for the user. */
export function parseWorkers(text: string): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 256) {
    throw new RangeError(`--workers takes a whole number from 1 to 256 (this machine has ${defaultWorkers()} cores); got "${text}"`);
  }
  return n;
}
