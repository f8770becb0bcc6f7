// datapackage.json: a Frictionless Tabular Data Package (v1 profile) describing the run's combined CSV
// tables, built from the same table descriptions (tables.ts) that write the CSVs, plus the run's provenance.
// Pure: the writer hands in what it measured (bytes, sha256, row counts) and writes the result.
import { ESCAPED_COLUMN, ESCAPED_DESCRIPTION, RECORD_DELIMITER, type CsvOptions } from './csv.js';
import { TABLE_SPECS, type ColumnSpec, type TableName } from './tables.js';
import type { Message } from '../document.js';

export const DOCUMENT_COLUMN: ColumnSpec = {
  name: 'document',
  type: 'string',
  description: 'The document the row comes from: the name of its folder in the output (<out>/<document>/document.json)',
};

/** The columns of a combined (run-level) CSV, in file order. */
export function combinedColumns(table: TableName): ColumnSpec[] {
  const spec = TABLE_SPECS.find((t) => t.name === table)!;
  return [DOCUMENT_COLUMN, ...spec.columns, { name: ESCAPED_COLUMN, type: 'string', description: ESCAPED_DESCRIPTION }];
}

/** The columns of a per-document CSV, in file order. */
export function documentColumns(table: TableName): ColumnSpec[] {
  const spec = TABLE_SPECS.find((t) => t.name === table)!;
  return [...spec.columns, { name: ESCAPED_COLUMN, type: 'string', description: ESCAPED_DESCRIPTION }];
}

export interface ResourceFacts {
  table: TableName;
  /** Path relative to the output folder. */
  path: string;
  bytes: number;
  sha256: string;
  /** Data rows, header excluded. */
  rows: number;
}

export interface InputFacts {
  /** The document's folder name in the output. */
  document: string;
  path: string;
  sha256: string;
  bytes: number;
  format: string;
}

export interface PackageFacts {
  tool: { name: string; version: string };
  csv: CsvOptions;
  resources: ResourceFacts[];
  inputs: InputFacts[];
  /** Problems found while writing (a table past a spreadsheet's row limit), as document.json's messages, with no place. */
  messages: Message[];
}

const FIELD_TYPE: Record<ColumnSpec['type'], string> = { string: 'string', integer: 'integer', number: 'number' };

export function buildDataPackage(facts: PackageFacts): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'policy-extract-output',
    title: 'Sections, sentences, entities and table cells extracted by policy-extract',
    description:
      'Tables extracted from strategy progress pages: sections (unit × phase), sentences, entities, and the cells of the documents\' own tables (one row per cell), with their source positions (line and column from 1, offset from 0 in Unicode code points, end exclusive). Each table holds the rows of every document of the run; the `document` column names the document, and each document also has its own folder with document.json and the same tables without that column. A text cell that starts with = + - @, tab, CR or LF is written with a leading apostrophe and named in the row\'s `escaped` column.',
    resources: facts.resources.map((r) => resource(r, facts.csv)),
    provenance: {
      tool: facts.tool,
      inputs: facts.inputs,
      messages: facts.messages,
    },
  };
}

function resource(r: ResourceFacts, csv: CsvOptions): Record<string, unknown> {
  const spec = TABLE_SPECS.find((t) => t.name === r.table)!;
  const columns = combinedColumns(r.table);
  return {
    profile: 'tabular-data-resource',
    name: r.table,
    path: r.path,
    title: spec.title,
    description: spec.description,
    format: 'csv',
    mediatype: 'text/csv',
    // The byte order mark (the default "excel" profile) is not part of the data; readers that follow the
    // Data Package spec skip it in UTF-8.
    encoding: 'utf-8',
    bytes: r.bytes,
    hash: `sha256:${r.sha256}`,
    rows: r.rows,
    dialect: {
      delimiter: ',',
      doubleQuote: true,
      quoteChar: '"',
      lineTerminator: RECORD_DELIMITER,
      header: true,
      skipInitialSpace: false,
      caseSensitiveHeader: true,
    },
    csvByteOrderMark: csv.bom,
    schema: {
      fields: columns.map((c) => ({
        name: c.name,
        type: FIELD_TYPE[c.type],
        description: c.description,
        ...(c.name === 'document' || spec.primaryKey.includes(c.name) ? { constraints: { required: true } } : {}),
      })),
      missingValues: [''],
      primaryKey: ['document', ...spec.primaryKey],
      ...(spec.foreignKeys.length > 0
        ? {
            foreignKeys: spec.foreignKeys.map((fk) => ({
              fields: ['document', ...fk.fields],
              reference: { resource: fk.table, fields: ['document', ...fk.references] },
            })),
          }
        : {}),
    },
  };
}
