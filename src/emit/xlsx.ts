// <out>/policy-extract.xlsx with write-excel-file: one sheet per table (sections, sentences, entities), the
// header row bold and frozen, numbers as number cells, text as string cells (an xlsx string cell is never
// run as a formula, so text is written as is, without the CSV's apostrophe).
//
// Memory: write-excel-file builds the whole workbook in memory (about 6–7 kB per 25-column row at the peak;
// 200,000 rows took 1.3 GB), so the writer spools rows to a temporary JSON-lines file per table while the
// batch runs (one document in memory at a time) and builds the workbook at the end from at most
// `maxRows` rows per sheet (10,000 by default, DEFAULT_XLSX_MAX_ROWS). The CSVs always hold every row.
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, ColumnSpec } from './tables.js';

/** Excel's cell text limit. */
export const EXCEL_CELL_CHARS = 32767;

export interface SheetInput {
  name: string;
  columns: ColumnSpec[];
  /** Rows in column order, at most the writer's cap. */
  rows: Cell[][];
}

type XlsxCell = null | { value: string | number; type?: StringConstructor | NumberConstructor; fontWeight?: 'bold' };

function cell(value: Cell, type: ColumnSpec['type']): XlsxCell {
  if (value === null) return null;
  if (type === 'string') return { value: String(value), type: String };
  return { value: Number(value), type: Number };
}

/** The workbook's bytes, with every zip entry's time set to 1980-01-01 00:00 so that runs are byte-identical. */
export async function workbookBytes(sheets: SheetInput[]): Promise<Uint8Array> {
  const data = sheets.map((sheet) => ({
    sheet: sheet.name,
    stickyRowsCount: 1,
    columns: sheet.columns.map((c) => ({ width: c.type === 'string' ? (c.name === 'text' ? 60 : 18) : 10 })),
    data: [
      sheet.columns.map((c) => ({ value: c.name, type: String, fontWeight: 'bold' as const })),
      ...sheet.rows.map((row) => row.map((value, i) => cell(value, sheet.columns[i].type))),
    ],
  }));
  // The library's types describe one sheet's options per call signature; the multi-sheet form takes this array.
  const buffer = await (writeXlsxFile as unknown as (s: unknown) => { toBuffer(): Promise<Buffer> })(data).toBuffer();
  const bytes = new Uint8Array(buffer);
  fixZipTimes(bytes);
  return bytes;
}

/**
 * Sets the modification time of every entry of a zip file to 1980-01-01 00:00 (DOS time 0, date 0x21), in the
 * local headers and in the central directory. The zip library stamps the current time otherwise.
 */
export function fixZipTimes(zip: Uint8Array): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // End of central directory: signature 0x06054b50, at least 22 bytes from the end.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`zip central directory entry ${n} is damaged`);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, 0x21, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`zip local header of entry ${n} is damaged`);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, 0x21, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
