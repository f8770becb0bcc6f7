// policy-extract as a library: what the command line does, callable from code.
//
//   import { extract } from 'policy-extract';
//   const doc = await extract('Title\nDepartment for Transport\n…', { path: 'page.txt' });
//
// extract() returns the document.json object exactly as `policy-extract run` writes it; its types
// (Document and its records) are exported below, and schema/document.schema.json is tested against them.
import { readFile } from 'node:fs/promises';
import { processFile } from './pipeline.js';
import { toDocumentJson } from './emit/document-json.js';
import { LoadError, type TextFormat } from './stages/load-document.js';
import { describeFailure } from './describe-failure.js';
import type { Document } from './document.js';
import type { RuleId } from './rules.js';

export type * from './document.js';
export type { TextFormat } from './stages/load-document.js';
export { runBatch, type BatchOptions, type BatchSummary } from './batch/batch.js';
export { diffDocuments as diff } from './diff/diff.js';
export { formatMessage } from './format-message.js';
export type { DiffJson, DiffSide, UnitDiff, SectionDiff, SentenceDiff, EntityRef, DiffSummary, Change } from './diff/diff.js';

export interface ExtractOptions {
  /** The path recorded in `source.path`; its extension helps tell the format (default "input"). */
  path?: string;
  /** Read a text input as this format instead of telling it from its content and extension. */
  format?: TextFormat;
}

/** The input cannot be read at all (binary data, a damaged PDF): the message names the path and what to do. */
export class ExtractError extends Error {
  constructor(
    readonly path: string,
    readonly ruleId: RuleId,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

/**
 * Extracts one document: text, Markdown, HTML or GOV.UK Content API JSON given as a string, or the
 * bytes of any of those or of a PDF or Word (.docx) file. Resolves to its document.json; content
 * problems are `messages` in it. Rejects with ExtractError only when the input cannot be read at all.
 */
export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<Document> {
  const path = options.path ?? 'input';
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  try {
    return toDocumentJson(await processFile(bytes, { path, format: options.format }));
  } catch (error) {
    if (error instanceof LoadError) throw new ExtractError(path, error.ruleId, describeFailure(path, error, false));
    throw error;
  }
}

/** Extracts the document in a file; `source.path` is the path as given. */
export async function extractFile(path: string, options: Omit<ExtractOptions, 'path'> = {}): Promise<Document> {
  return extract(await readFile(path), { ...options, path });
}
