// One document's outputs as UTF-8 bytes and small records, ready to write: no I/O, and nothing a worker
// thread cannot post to the main thread (a Doc holds much more than its outputs). The
// text is encoded here, in the worker, and each Uint8Array owns its ArrayBuffer, so the worker can hand the
// bytes to the main thread without a copy (`transferables`). The document's own files are written by
// writeDocumentFiles, in the worker; the writer (write-outputs.ts) appends the rest to the run's files in
// input order.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Doc } from '../model.js';
import { toDocumentJson } from './document-json.js';
import { documentTables, wideTable, type Cell, type TableName } from './tables.js';
import { guardRow, toCsv, ESCAPED_COLUMN, type CsvOptions } from './csv.js';
import { DOCUMENT_COLUMN, type InputFacts } from './datapackage.js';
import { documentAnchor, documentChoices, indexEntry, renderDocument, type DocumentChoices, type IndexEntry } from '../report/render.js';
import type { OutputFormat } from './formats.js';

export interface PreparedTable {
  name: TableName;
  /** Data rows of the table. */
  rows: number;
  /** The rows for the combined CSV: a leading `document` column, no header, no byte order mark (empty without csv). */
  combinedCsv: Uint8Array;
  /** The first `workbookRows` rows as JSON arrays of typed cells (the `document` column first), a line each (none without xlsx). */
  workbook: Uint8Array;
  workbookRows: number;
}

/** A file of the document's own folder: its path under the output folder and its bytes. */
export interface PreparedFile {
  path: string;
  bytes: Uint8Array;
}

export interface PreparedDocument {
  /** The document's folder name in the output. */
  name: string;
  /** document.json and the per-document CSVs (header and byte order mark, if asked for, included); empty once written. */
  files: PreparedFile[];
  tables: PreparedTable[];
  /** entities.jsonl lines, each ending in "\n" (empty without jsonl). */
  entitiesJsonl: Uint8Array;
  input: InputFacts;
  /** Its row in the report's index (the writer sets `anchor` to null past the report's cap). */
  index: IndexEntry;
  /** Its section of report.html; empty for documents past the report's cap. */
  reportHtml: string;
  choices: DocumentChoices;
}

export interface PrepareOptions {
  /** Render the document's section of report.html (default true). */
  report?: boolean;
  /** The most rows of each table the workbook may still take (default: all; 0 leaves the workbook out). */
  workbookRows?: number;
  /** The outputs to prepare (default: all); the report's section follows `report`, the workbook's rows `workbookRows`. */
  formats?: readonly OutputFormat[];
}

const encoder = new TextEncoder();
/** UTF-8 in an ArrayBuffer of its own (Buffer.from may share a pooled one, which cannot be transferred alone). */
const utf8 = (text: string): Uint8Array => encoder.encode(text);

const NONE = new Uint8Array(0);

export function prepareDocument(name: string, doc: Doc, csv: CsvOptions, options: PrepareOptions = {}): PreparedDocument {
  const wants = (format: OutputFormat) => !options.formats || options.formats.includes(format);
  const json = wants('json') || wants('jsonl') ? toDocumentJson(doc) : null;
  const files: PreparedFile[] = [];
  if (wants('json')) files.push({ path: `${name}/document.json`, bytes: utf8(JSON.stringify(json, null, 2) + '\n') });
  // PDF and Word: the text every position points into, and the blocks and pages the reader found.
  if (doc.layout && wants('json')) {
    files.push({ path: `${name}/source.txt`, bytes: utf8(doc.text) });
    files.push({ path: `${name}/layout.json`, bytes: utf8(layoutJson(doc.layout)) });
  }
  const workbookRows = options.workbookRows ?? Infinity;
  const tables = documentTables(doc).map((table): PreparedTable => {
    const combinedHeader = [DOCUMENT_COLUMN.name, ...table.header];
    const combinedTypes = [DOCUMENT_COLUMN.type, ...table.types];
    const combinedRows: Cell[][] = table.rows.map((r) => [name, ...r]);
    if (wants('csv')) files.push({ path: `${name}/${table.name}.csv`, bytes: utf8(toCsv([...table.header, ESCAPED_COLUMN], table.rows.map((r) => guardRow(table.header, table.types, r)), csv)) });
    const workbook = wants('xlsx') ? combinedRows.slice(0, Math.max(0, workbookRows)) : [];
    return {
      name: table.name,
      rows: table.rows.length,
      combinedCsv: wants('csv') ? utf8(toCsv(null, combinedRows.map((r) => guardRow(combinedHeader, combinedTypes, r)), { bom: false })) : NONE,
      workbook: workbook.length ? utf8(workbook.map((r) => JSON.stringify(r) + '\n').join('')) : NONE,
      workbookRows: workbook.length,
    };
  });
  // Each table laid out as on the page: <name>/tables/t01.csv.
  for (const table of wants('csv') ? doc.tables : []) {
    const wide = wideTable(table);
    const rows = wide.rows.map((row, r) => guardRow(wide.header, wide.types[r], row));
    files.push({ path: `${name}/tables/${table.id}.csv`, bytes: utf8(toCsv([...wide.header, ESCAPED_COLUMN], rows, csv)) });
  }
  const anchor = documentAnchor(name);
  return {
    name,
    files,
    tables,
    entitiesJsonl: json && wants('jsonl') ? utf8(json.entities.map((e) => JSON.stringify({ document: name, ...e }) + '\n').join('')) : NONE,
    input: { document: name, path: doc.source.path, sha256: doc.source.sha256, bytes: doc.source.bytes, format: doc.source.format },
    index: indexEntry(doc, name, anchor),
    reportHtml: options.report === false || !wants('html') ? '' : renderDocument(doc, name, anchor),
    choices: documentChoices(doc),
  };
}

/** layout.json: pages, blocks and fragments (where each piece of source.txt is printed), a record a line. */
function layoutJson(layout: NonNullable<Doc['layout']>): string {
  const list = (items: unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`);
  return `{\n  "pages": ${list(layout.pages)},\n  "blocks": ${list(layout.blocks)},\n  "fragments": ${list(layout.fragments)}\n}\n`;
}

/** Writes the document's own folder (document.json, the per-document CSVs) under `outDir`, and lets go of the bytes. */
export function writeDocumentFiles(outDir: string, prepared: PreparedDocument): void {
  if (prepared.files.length === 0) return;
  mkdirSync(join(outDir, prepared.name), { recursive: true });
  for (const file of prepared.files) {
    mkdirSync(dirname(join(outDir, file.path)), { recursive: true });
    writeFileSync(join(outDir, file.path), file.bytes);
  }
  prepared.files = [];
}

/** The ArrayBuffers of a prepared document, to transfer rather than copy to another thread. */
export function preparedBuffers(prepared: PreparedDocument): ArrayBuffer[] {
  const views = [prepared.entitiesJsonl, ...prepared.files.map((f) => f.bytes), ...prepared.tables.flatMap((t) => [t.combinedCsv, t.workbook])];
  return [...new Set(views.map((v) => v.buffer as ArrayBuffer))].filter((b) => b.byteLength > 0);
}
