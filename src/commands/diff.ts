// `policy-extract diff <old> <new>`: what changed between two versions of a page (src/diff/run-diff.ts).
import { CSV_PROFILES, csvOptions } from '../emit/csv.js';
import { InputError, oneOf, UsageError, type Command } from './command.js';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'compares two versions of a page: units, sections and sentences added, removed or changed',
  usage: ['diff <old> <new> [--out DIR] [--csv-profile excel|rfc4180]'],
  description:
    'Compares two versions of a page (any file run reads, or two document.json): units by unit key, sections by phase, sentences aligned. ' +
    'Writes <out>/diff.json, diff.csv and diff.html and prints a one-line summary ("2 units changed, 1 added, order changed").',
  options: {
    out: { type: 'string', value: 'DIR', default: 'diff', help: 'the folder to write diff.json, diff.csv and diff.html in (default: diff)' },
    'csv-profile': { type: 'string', value: 'PROFILE', default: 'excel', help: 'excel (default): UTF-8 CSV with a byte order mark, which Excel needs; rfc4180: no byte order mark' },
  },
  exitCodes: {
    0: 'compared and written',
    1: 'a version cannot be read or used, or --out cannot be written (the message names the file and what to do)',
  },
  examples: ['diff old.txt new.txt --out changes', 'diff output/v1/document.json output/v2/document.json'],
  async run(values, positionals, io) {
    if (positionals.length !== 2) throw new UsageError(`diff needs two files, the old version and the new (got ${positionals.length}): policy-extract diff old.txt new.txt --out changes`);
    const profile = oneOf('csv-profile', values['csv-profile'] as string, CSV_PROFILES);
    const { runDiff, DiffInputError } = await import('../diff/run-diff.js');
    try {
      io.stdout.write(runDiff(positionals[0], positionals[1], { out: values.out as string, csv: csvOptions(profile) }) + '\n');
      return 0;
    } catch (error) {
      if (error instanceof DiffInputError) throw new InputError(error.message);
      throw error;
    }
  },
};
