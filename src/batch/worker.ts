// One document's CPU work, off the main thread: bytes in, serialised outputs out.
//
// The main thread reads files and appends to the run's files in input order; a worker runs the pipeline,
// serialises the document, writes the document's own folder (document.json, its CSVs) and encodes the
// rest to UTF-8, which it hands to the main thread without a copy (transferred ArrayBuffers; a Doc is
// much larger than its outputs). With `--workers 1` and a small batch the batch runner calls
// `runJob` itself, on the main thread, so both paths produce the same bytes.
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { processFile } from '../pipeline.js';
import { describeFailure } from '../describe-failure.js';
import { prepareDocument, preparedBuffers, writeDocumentFiles, type PreparedDocument } from '../emit/prepare.js';
import type { CsvOptions } from '../emit/csv.js';
import type { OutputFormat } from '../emit/formats.js';
import { READY } from './pool.js';

export interface Job {
  /** Position of the document in the batch. */
  index: number;
  /** The path as the user gave it: recorded in the output and used in messages. */
  path: string;
  /** Its output folder name, claimed by the main thread in input order. */
  name: string;
  bytes: Uint8Array;
  csv: CsvOptions;
  /** The outputs the run writes (`--formats`): what is not asked for is not built. */
  formats: readonly OutputFormat[];
  /** Whether to render the document's section of report.html (only the first documents are shown in full). */
  report: boolean;
  /** The most rows of each table the workbook may still take (see OutputWriter.workbookRoom). */
  workbookRows: number;
  /** Where to write the document's own folder; null leaves it to the writer. */
  outDir: string | null;
  debug: boolean;
}

export interface DocumentCounts {
  units: number;
  sections: number;
  sentences: number;
  entities: number;
  warnings: number;
}

export type JobResult =
  | { index: number; ok: true; prepared: PreparedDocument; counts: DocumentCounts }
  | { index: number; ok: false; message: string }
  /** The document's folder could not be written: the batch stops, as for any output error. */
  | { index: number; ok: 'output-error'; code: string | undefined; path: string | undefined; message: string };

/** Runs the pipeline over one document and serialises its outputs. Never throws. */
export async function runJob(job: Job): Promise<JobResult> {
  try {
    const doc = await processFile(job.bytes, { path: job.path });
    const counts: DocumentCounts = {
      units: new Set(doc.sections.filter((s) => s.unitIndex > 0).map((s) => s.unitIndex)).size,
      sections: doc.sections.length,
      sentences: doc.sentences.length,
      entities: doc.entities.length,
      warnings: doc.messages.filter((m) => m.severity !== 'info').length,
    };
    const prepared = prepareDocument(job.name, doc, job.csv, { report: job.report, workbookRows: job.workbookRows, formats: job.formats });
    if (job.outDir !== null) {
      try {
        writeDocumentFiles(job.outDir, prepared);
      } catch (error) {
        const err = error as NodeJS.ErrnoException;
        return { index: job.index, ok: 'output-error', code: err?.code, path: err?.path, message: err?.message ?? String(error) };
      }
    }
    return { index: job.index, ok: true, prepared, counts };
  } catch (error) {
    return { index: job.index, ok: false, message: describeFailure(job.path, error, job.debug) };
  }
}

/** What to transfer rather than copy when posting a result to another thread. */
export function resultBuffers(result: JobResult): ArrayBuffer[] {
  return result.ok === true ? preparedBuffers(result.prepared) : [];
}

// In a worker thread: answer each job with its result, one job at a time, in the order they came (the
// pool sends the next job while this one runs). Imported on the main thread, this does nothing.
if (parentPort) {
  const port = parentPort;
  const waiting: Job[] = [];
  let running = false;
  // A result that cannot be posted rejects this, unhandled, and stops the worker, as it always did.
  const runWaiting = async () => {
    running = true;
    // The next job may have arrived while this one ran: taken from the port at once, without a turn of the event loop.
    const next = () => waiting.shift() ?? (receiveMessageOnPort(port)?.message as Job | undefined);
    for (let job = next(); job; job = next()) {
      const result = await runJob(job);
      port.postMessage(result, resultBuffers(result));
    }
    running = false;
  };
  port.on('message', (job: Job) => {
    waiting.push(job);
    if (!running) void runWaiting();
  });
  port.postMessage(READY);
}
