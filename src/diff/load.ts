// Reads one side of a diff: a document.json that policy-extract wrote, or any file it reads (text,
// Markdown, HTML, Content API JSON), which runs through the pipeline first.
import { readFileSync } from 'node:fs';
import { processDocument } from '../pipeline.js';
import { toDocumentJson } from '../emit/document-json.js';
import { LoadError } from '../stages/load-document.js';
import type { DiffSide } from './diff.js';

export class DiffInputError extends Error {}

/** A document.json: an object with schemaVersion, source, sections, sentences and entities. */
function isDocumentJson(value: unknown): value is DiffSide {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.schemaVersion === 'number' && typeof v.source === 'object' && Array.isArray(v.sections) && Array.isArray(v.sentences) && Array.isArray(v.entities);
}

export function loadSide(path: string): DiffSide {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DiffInputError(`${path}: no such file; check the path`);
    if (code === 'EISDIR') throw new DiffInputError(`${path}: is a folder; diff compares two files (two versions of one page, or two document.json)`);
    throw new DiffInputError(`${path}: cannot be read (${code ?? (error as Error).message})`);
  }
  if (/\.json$/i.test(path)) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(bytes.toString('utf8').replace(/^\ufeff/, ''));
    } catch {
      parsed = null; // not JSON at all: the pipeline's reader says what is wrong with it
    }
    if (isDocumentJson(parsed)) return parsed;
  }
  try {
    return toDocumentJson(processDocument(bytes, { path }));
  } catch (error) {
    if (error instanceof LoadError) throw new DiffInputError(error.message.startsWith(path) ? error.message : `${path}: ${error.message}`);
    throw error;
  }
}
