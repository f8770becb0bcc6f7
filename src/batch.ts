// Runs the pipeline over many documents and writes their outputs in input order.
import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { processDocument } from './pipeline.js';
import { LoadError } from './stages/load-document.js';
import { OutputWriter } from './emit/write-outputs.js';
import { expandInputs } from './inputs.js';
import type { Doc } from './model.js';

export interface BatchOptions {
  outDir: string;
  debug?: boolean;
  /** Where lines go; stdout/stderr by default. */
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export interface BatchSummary {
  documents: number;
  sections: number;
  entities: number;
  warnings: number;
  failed: number;
  ms: number;
}

function describeFailure(path: string, error: unknown, debug: boolean): string {
  if (error instanceof LoadError) {
    return `${path}${error.line ? `:${error.line}` : ''}: cannot be read: ${error.message} [${error.ruleId}]`;
  }
  const err = error as NodeJS.ErrnoException;
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return `${path}: cannot be read: permission denied; check the file's permissions`;
  if (err?.code === 'ENOENT') return `${path}: cannot be read: the file no longer exists`;
  if (err?.code === 'EISDIR') return `${path}: is a folder, not a file`;
  const base = `${path}: failed: ${err?.message ?? String(error)}`;
  return debug && err?.stack ? `${base}\n${err.stack}` : base;
}

export async function runBatch(inputs: string[], options: BatchOptions): Promise<BatchSummary> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const error = options.error ?? ((line: string) => process.stderr.write(line + '\n'));
  const started = performance.now();
  const { files, problems } = expandInputs(inputs);
  const summary: BatchSummary = { documents: 0, sections: 0, entities: 0, warnings: 0, failed: problems.length, ms: 0 };
  for (const p of problems) error(`${p.path}: ${p.reason}`);
  const writer = new OutputWriter(options.outDir);
  const limit = pLimit(8);
  // Reads run ahead a few files at a time; documents are processed and written strictly in input order.
  const reads = files.map((file) => limit(() => readFile(file)));
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    let doc: Doc;
    try {
      doc = processDocument(await reads[i], { path: file });
    } catch (e) {
      summary.failed++;
      error(describeFailure(file, e, options.debug ?? false));
      continue;
    }
    const name = writer.claimName(file);
    writer.writeDocument(name, doc);
    const units = new Set(doc.sections.map((s) => s.unitIndex)).size;
    const warnings = doc.messages.filter((m) => m.severity !== 'info').length;
    summary.documents++;
    summary.sections += doc.sections.length;
    summary.entities += doc.entities.length;
    summary.warnings += warnings;
    log(`${file}: ${units} units, ${doc.sections.length} sections, ${doc.sentences.length} sentences, ${doc.entities.length} entities, ${warnings} warnings → ${options.outDir}/${name}/`);
  }
  writer.finish();
  summary.ms = performance.now() - started;
  return summary;
}
