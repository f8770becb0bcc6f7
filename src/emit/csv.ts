// CSV text for a table: RFC 4180 quoting with csv-stringify, a UTF-8 byte order mark by default, and no cell
// that a spreadsheet would run as a formula.
//
// The formula guard (OWASP, "CSV Injection"): a cell of a text column whose first character is one of
// = + - @ TAB CR (and LF, for the same reason as CR) gets an apostrophe in front, so that Excel, LibreOffice
// and Google Sheets show it as text. The row's `escaped` column (always the last) names the columns that
// were escaped, separated by spaces, so the original is recovered by dropping the first character of each
// named cell (`unescapeRow`). Integer and number columns are never escaped: "-5" stays the number -5.
import { stringify } from 'csv-stringify/sync';
import type { Cell, ColumnSpec } from './tables.js';

export type CsvProfile = 'excel' | 'rfc4180';

export const CSV_PROFILES: readonly CsvProfile[] = ['excel', 'rfc4180'];

export interface CsvOptions {
  /** Write a UTF-8 byte order mark first (Excel needs it to read UTF-8). */
  bom: boolean;
}

/** `excel` (the default) writes a byte order mark so that Excel reads UTF-8; `rfc4180` writes none. */
export function csvOptions(profile: CsvProfile): CsvOptions {
  return { bom: profile === 'excel' };
}

export const RECORD_DELIMITER = '\r\n';

/** The name of the column that lists a row's escaped cells. */
export const ESCAPED_COLUMN = 'escaped';

export const ESCAPED_DESCRIPTION =
  'Names of the columns of this row whose text starts with = + - @ tab, CR or LF and was written with a leading apostrophe so that no spreadsheet runs it as a formula; drop that first character to get the text back. Empty when none.';

/** First characters that make a spreadsheet read a cell as a formula (OWASP), plus LF. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export type ColumnType = ColumnSpec['type'];

/** The cell as a CSV writes it: text that could start a formula gets a leading apostrophe. */
export function guardCell(value: Cell, type: ColumnType): { cell: Cell; escaped: boolean } {
  if (type !== 'string' || typeof value !== 'string' || !FORMULA_START.test(value)) return { cell: value, escaped: false };
  return { cell: `'${value}`, escaped: true };
}

/** A row with its formula-starting cells escaped and the `escaped` column appended. */
export function guardRow(header: readonly string[], types: readonly ColumnType[], row: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  const escaped: string[] = [];
  row.forEach((value, i) => {
    const guarded = guardCell(value, types[i]);
    out.push(guarded.cell);
    if (guarded.escaped) escaped.push(header[i]);
  });
  out.push(escaped.join(' '));
  return out;
}

/**
 * The values of a row parsed back from a CSV (every field a string): the escape undone, empty fields as
 * null, integer and number columns as numbers. `header` includes the `escaped` column, which is dropped.
 */
export function unescapeRow(header: readonly string[], types: readonly ColumnType[], fields: readonly string[]): Cell[] {
  const last = header.length - 1;
  if (header[last] !== ESCAPED_COLUMN) throw new Error(`the last column is "${header[last]}", not "${ESCAPED_COLUMN}"`);
  const escaped = new Set(fields[last] ? fields[last].split(' ') : []);
  return fields.slice(0, last).map((field, i) => {
    if (field === '') return null;
    if (types[i] === 'integer' || types[i] === 'number') return Number(field);
    return escaped.has(header[i]) ? field.slice(1) : field;
  });
}

// Numbers as JavaScript prints them: "-5", "0.25", "1500000000"; never a thousands separator.
const numberCell = (n: number) => String(n);

/**
 * CSV text, CRLF between records. Any field holding CR or LF is quoted: csv-stringify leaves a field with a
 * bare "\n" unquoted when the record delimiter is "\r\n" (adaltas/node-csv#467), which readers split into
 * two records.
 */
export function toCsv(header: readonly string[] | null, rows: readonly Cell[][], options: CsvOptions): string {
  const text = stringify(rows as Cell[][], {
    header: header !== null,
    columns: header ? [...header] : undefined,
    record_delimiter: RECORD_DELIMITER,
    quoted_match: /[\r\n]/,
    cast: { number: numberCell },
  });
  return (options.bom ? '\ufeff' : '') + text;
}
