// <out>/policy-extract.xlsx, written as the run goes: one sheet per table (sections, sentences, entities,
// tables, commitments), the header row bold and frozen, numbers as number cells, text as inline string
// cells (an xlsx string cell is never run as a formula, so text is written as is, without the CSV's
// apostrophe).
//
// Each sheet's XML is compressed (node:zlib, raw deflate, off the main thread) into a spool file beside
// the workbook as its rows come, in input order, so memory holds no row once it is written and the end
// of the run only puts the zip file together: the spooled sheets are copied in, a chunk at a time,
// behind a few small parts made at the end. The zip has no time stamps (every entry is dated
// 1980-01-01 00:00), so that runs are byte-identical; rows written in the same order give the same
// compressed bytes whatever the number of workers.
//
// Inline strings (`t="inlineStr"`) rather than a shared string table: a shared table needs every string
// of the workbook before the first sheet can be written. Excel, LibreOffice and read-excel-file read both.
import { createWriteStream, closeSync, openSync, readSync, rmSync, statSync, writeSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw, deflateRawSync, type DeflateRaw } from 'node:zlib';
import type { Cell, ColumnSpec } from './tables.js';

/** Excel's cell text limit. */
export const EXCEL_CELL_CHARS = 32767;

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
}

interface SheetState {
  spec: SheetSpec;
  spool: string;
  deflate: DeflateRaw;
  out: WriteStream;
  done: Promise<void>;
  /** Rows written, the header included. */
  rows: number;
  crc: number;
  size: number;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Writes an xlsx workbook a batch of rows at a time; `finish` puts the zip file together. */
export class WorkbookWriter {
  private readonly sheets: SheetState[];
  private finished = false;

  /** `spoolDir`: where the compressed sheets wait (`<spoolDir>/.<sheet>.xlsx-spool`) until finish removes them. */
  constructor(
    private readonly path: string,
    specs: SheetSpec[],
    spoolDir: string,
  ) {
    this.sheets = specs.map((spec) => {
      const spool = join(spoolDir, `.${spec.name}.xlsx-spool`);
      // Level 6 (zlib's default): a good size for what it costs; the bytes depend on the level only.
      const deflate = createDeflateRaw({ level: 6 });
      // Opened here, so that the file exists (and discard can remove it) before the first write.
      const out = createWriteStream(spool, { fd: openSync(spool, 'w') });
      const done = new Promise<void>((resolve, reject) => {
        out.on('finish', resolve);
        out.on('error', reject);
        deflate.on('error', reject);
      });
      deflate.pipe(out);
      const state: SheetState = { spec, spool, deflate, out, done, rows: 0, crc: 0, size: 0 };
      // Keep a write error for finish to report; without a listener it would be thrown out of the event loop.
      done.catch(() => {});
      this.write(state, sheetStart(spec));
      this.write(state, rowXml(1, spec.columns.map((c) => c.name), spec.columns.map(() => 'string'), true));
      state.rows = 1;
      return state;
    });
  }

  /** Appends rows (cells in column order) to a sheet. Cells must fit EXCEL_CELL_CHARS (see cutCell). */
  addRows(sheet: number, rows: readonly Cell[][]): void {
    if (this.finished) throw new Error('addRows after finish');
    if (rows.length === 0) return;
    const state = this.sheets[sheet];
    const types = state.spec.columns.map((c) => c.type);
    let xml = '';
    for (const row of rows) xml += rowXml(++state.rows, row, types, false);
    this.write(state, xml);
  }

  /** Closes every sheet and writes the workbook's zip file. */
  async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    for (const state of this.sheets) {
      this.write(state, '</sheetData></worksheet>');
      state.deflate.end();
    }
    try {
      await Promise.all(this.sheets.map((s) => s.done));
      const small = (name: string, text: string): ZipEntry => {
        const raw = Buffer.from(text, 'utf8');
        return { name, crc: crc32(0, raw), size: raw.length, data: deflateRawSync(raw, { level: 6 }) };
      };
      const entries: ZipEntry[] = [
        small('[Content_Types].xml', contentTypes(this.sheets.length)),
        small('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
        small('xl/workbook.xml', workbookXml(this.sheets.map((s) => s.spec.name))),
        small('xl/_rels/workbook.xml.rels', workbookRels(this.sheets.length)),
        small('xl/styles.xml', STYLES),
        ...this.sheets.map((s, i): ZipEntry => ({ name: `xl/worksheets/sheet${i + 1}.xml`, crc: s.crc, size: s.size, file: s.spool })),
      ];
      writeZip(this.path, entries);
    } finally {
      this.discard();
    }
  }

  /** Removes the spool files (after finish, or when the run is abandoned). */
  discard(): void {
    for (const state of this.sheets) {
      if (!state.out.closed) {
        state.deflate.destroy();
        state.out.destroy();
      }
      rmSync(state.spool, { force: true });
    }
  }

  private write(state: SheetState, xml: string): void {
    const bytes = Buffer.from(xml, 'utf8');
    state.crc = crc32(state.crc, bytes);
    state.size += bytes.length;
    state.deflate.write(bytes);
  }
}

/** A cell as the workbook may hold it: text longer than Excel's limit is cut to it (the caller counts and warns). */
export function cutCell(cell: Cell): Cell {
  return typeof cell === 'string' && cell.length > EXCEL_CELL_CHARS ? cell.slice(0, EXCEL_CELL_CHARS) : cell;
}

function sheetStart(spec: SheetSpec): string {
  const cols = spec.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.type === 'string' ? (c.name === 'text' ? 60 : 18) : 10}" customWidth="1"/>`)
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`
  );
}

/** "A", "B", …, "Z", "AA", …: the letters of a column, from 0. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
const COLUMN_NAMES = Array.from({ length: 256 }, (_, i) => columnName(i));

function rowXml(r: number, row: readonly Cell[], types: readonly ColumnSpec['type'][], header: boolean): string {
  let xml = `<row r="${r}">`;
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (value === null || value === '') continue;
    const ref = `${COLUMN_NAMES[i] ?? columnName(i)}${r}`;
    if (types[i] !== 'string') {
      const n = Number(value);
      if (Number.isFinite(n)) {
        xml += `<c r="${ref}"><v>${n}</v></c>`;
        continue;
      }
    }
    xml += `<c r="${ref}"${header ? ' s="1"' : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
  }
  return xml + '</row>';
}

// Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
// a surrogate half without its pair): left out of the workbook's copy of the text.
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** Text for an XML element; a carriage return is written as a reference, or XML readers would read it as a line feed. */
function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"\r]/g, (c) => XML_ESCAPES[c]);
}

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`
  );
}

function workbookXml(names: string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  const rels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`;
}

// Style 0: the default; style 1: bold (the header row).
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// ---- The zip container (PKWARE APPNOTE 4.3: local headers, data, central directory; no zip64) ----

interface ZipEntry {
  name: string;
  crc: number;
  /** Uncompressed size. */
  size: number;
  /** Raw deflate data, in memory or in a file. */
  data?: Uint8Array;
  file?: string;
}

/** DOS date 1980-01-01, time 00:00: no time stamp. */
const DOS_DATE = 0x21;
const DOS_TIME = 0;
const CHUNK = 1 << 20;

function writeZip(path: string, entries: ZipEntry[]): void {
  const fd = openSync(path, 'w');
  try {
    let offset = 0;
    const put = (bytes: Uint8Array) => {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      offset += bytes.length;
    };
    const central: Buffer[] = [];
    for (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      const compressed = entry.data?.length ?? statSync(entry.file!).size;
      if (entry.size > 0xffffffff || compressed > 0xffffffff || offset > 0xffffffff) throw new Error(`${entry.name} is too large for a zip file without zip64`);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
      local.writeUInt16LE(0x0800, 6); // the name is UTF-8
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt16LE(DOS_TIME, 10);
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(entry.crc >>> 0, 14);
      local.writeUInt32LE(compressed, 18);
      local.writeUInt32LE(entry.size, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS
      local.copy(header, 6, 4, 30); // version needed … name length, extra length
      header.writeUInt16LE(0, 32); // comment length
      header.writeUInt16LE(0, 34); // disk
      header.writeUInt16LE(0, 36); // internal attributes
      header.writeUInt32LE(0, 38); // external attributes
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      put(local);
      put(name);
      if (entry.data) put(entry.data);
      else copyFile(entry.file!, put);
    }
    const directory = Buffer.concat(central);
    const start = offset;
    put(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    put(end);
  } finally {
    closeSync(fd);
  }
}

function copyFile(path: string, put: (bytes: Uint8Array) => void): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) put(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

// CRC-32 (the zip polynomial, 0xEDB88320), a table a byte at a time.
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC-32 of `bytes` continued from `crc` (0 to start). */
export function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
