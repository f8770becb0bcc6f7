// CSV text for a table, RFC 4180 quoting, with csv-stringify.
import { stringify } from 'csv-stringify/sync';
import type { Cell } from './tables.js';

export interface CsvOptions {
  /** Write a UTF-8 byte order mark first (Excel needs it to read UTF-8). */
  bom: boolean;
}

export function toCsv(header: string[] | null, rows: Cell[][], options: CsvOptions): string {
  const text = stringify(rows, {
    header: header !== null,
    columns: header ?? undefined,
    record_delimiter: '\r\n',
    quoted_match: /[\r\n]/,
    cast: { number: (n: number) => String(n) },
  });
  return (options.bom ? '\ufeff' : '') + text;
}
