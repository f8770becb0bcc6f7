// One document's outputs as plain text and records, ready to write: no I/O, and nothing a worker thread
// cannot post to the main thread (a Doc holds a function and much more than its outputs). The writer
// (write-outputs.ts) appends these to the run's files in input order.
import type { Doc } from '../model.js';
import { toDocumentJson } from './document-json.js';
import { documentTables, type Cell, type TableName } from './tables.js';
import { guardRow, toCsv, ESCAPED_COLUMN, type CsvOptions } from './csv.js';
import { DOCUMENT_COLUMN, type InputFacts } from './datapackage.js';
import { documentAnchor, documentChoices, indexEntry, renderDocument, type DocumentChoices, type IndexEntry } from '../report/render.js';

export interface PreparedTable {
  name: TableName;
  /** The per-document CSV file, header and byte order mark (if asked for) included. */
  csv: string;
  /** The same rows for the combined CSV: a leading `document` column, no header, no byte order mark. */
  combinedCsv: string;
  /** The same rows as JSON arrays of typed cells (the `document` column first), one per row, for the workbook. */
  rows: string[];
}

export interface PreparedDocument {
  /** The document's folder name in the output. */
  name: string;
  documentJson: string;
  tables: PreparedTable[];
  /** entities.jsonl lines, each ending in "\n". */
  entitiesJsonl: string;
  input: InputFacts;
  /** Its row in the report's index (the writer sets `anchor` to null past the report's cap). */
  index: IndexEntry;
  /** Its section of report.html; empty for documents past the report's cap. */
  reportHtml: string;
  choices: DocumentChoices;
}

export function prepareDocument(name: string, doc: Doc, csv: CsvOptions, options: { report?: boolean } = {}): PreparedDocument {
  const json = toDocumentJson(doc);
  const tables = documentTables(doc).map((table): PreparedTable => {
    const combinedHeader = [DOCUMENT_COLUMN.name, ...table.header];
    const combinedTypes = [DOCUMENT_COLUMN.type, ...table.types];
    const combinedRows: Cell[][] = table.rows.map((r) => [name, ...r]);
    return {
      name: table.name,
      csv: toCsv([...table.header, ESCAPED_COLUMN], table.rows.map((r) => guardRow(table.header, table.types, r)), csv),
      combinedCsv: toCsv(null, combinedRows.map((r) => guardRow(combinedHeader, combinedTypes, r)), { bom: false }),
      rows: combinedRows.map((r) => JSON.stringify(r)),
    };
  });
  const anchor = documentAnchor(name);
  return {
    name,
    documentJson: JSON.stringify(json, null, 2) + '\n',
    tables,
    entitiesJsonl: json.entities.map((e) => JSON.stringify({ document: name, ...e }) + '\n').join(''),
    input: { document: name, path: doc.source.path, sha256: doc.source.sha256, bytes: doc.source.bytes, format: doc.source.format },
    index: indexEntry(doc, name, anchor),
    reportHtml: options.report === false ? '' : renderDocument(doc, name, anchor),
    choices: documentChoices(doc),
  };
}
