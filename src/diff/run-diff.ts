// `policy-extract diff <old> <new> [--out DIR]`: what changed between two versions of a page. Writes
// <out>/diff.json, diff.csv and diff.html, and returns the one-line summary to print.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffDocuments } from './diff.js';
import { loadSide, DiffInputError } from './load.js';
import { diffCsv, diffHtml } from './outputs.js';
import type { CsvOptions } from '../emit/csv.js';

export { DiffInputError };

export interface DiffOptions {
  out: string;
  csv: CsvOptions;
}

export function runDiff(oldPath: string, newPath: string, options: DiffOptions): string {
  const diff = diffDocuments(loadSide(oldPath), loadSide(newPath));
  try {
    if (statSync(options.out, { throwIfNoEntry: false })?.isFile()) throw new DiffInputError(`--out ${options.out}: is a file; give a folder to write diff.json, diff.csv and diff.html in`);
    mkdirSync(options.out, { recursive: true });
    writeFileSync(join(options.out, 'diff.json'), JSON.stringify(diff, null, 2) + '\n');
    writeFileSync(join(options.out, 'diff.csv'), diffCsv(diff, options.csv));
    writeFileSync(join(options.out, 'diff.html'), diffHtml(diff));
  } catch (error) {
    if (error instanceof DiffInputError) throw error;
    throw new DiffInputError(`--out ${options.out}: cannot write there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return diff.summary.text;
}
