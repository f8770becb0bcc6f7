// One document's CPU work, off the main thread: bytes in, serialised outputs out.
//
// The main thread reads files and writes outputs; a worker runs the pipeline and serialises the
// document (document.json text, CSV text), so that only plain strings cross between threads (a Doc
// holds a function, `toSource`, and is much larger than its outputs). With `--workers 1` the batch
// runner calls `runJob` itself, on the main thread, so both paths produce the same bytes.
import { parentPort } from 'node:worker_threads';
import { processDocument } from './pipeline.js';
import { describeFailure } from './describe-failure.js';
import { prepareDocument, type PreparedDocument } from './emit/prepare.js';
import type { CsvOptions } from './emit/csv.js';
import { READY } from './worker-pool.js';

export interface Job {
  /** Position of the document in the batch. */
  index: number;
  /** The path as the user gave it: recorded in the output and used in messages. */
  path: string;
  /** Its output folder name, claimed by the main thread in input order. */
  name: string;
  bytes: Uint8Array;
  csv: CsvOptions;
  /** Whether to render the document's section of report.html (only the first documents are shown in full). */
  report: boolean;
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
  | { index: number; ok: false; message: string };

/** Runs the pipeline over one document and serialises its outputs. Never throws. */
export function runJob(job: Job): JobResult {
  try {
    const doc = processDocument(job.bytes, { path: job.path });
    const counts: DocumentCounts = {
      units: new Set(doc.sections.map((s) => s.unitIndex)).size,
      sections: doc.sections.length,
      sentences: doc.sentences.length,
      entities: doc.entities.length,
      warnings: doc.messages.filter((m) => m.severity !== 'info').length,
    };
    return { index: job.index, ok: true, prepared: prepareDocument(job.name, doc, job.csv, { report: job.report }), counts };
  } catch (error) {
    return { index: job.index, ok: false, message: describeFailure(job.path, error, job.debug) };
  }
}

// In a worker thread: answer each job with its result. Imported on the main thread, this does nothing.
if (parentPort) {
  const port = parentPort;
  port.on('message', (job: Job) => port.postMessage(runJob(job)));
  port.postMessage(READY);
}
