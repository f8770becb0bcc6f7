// Writes the output files of a run: per document <out>/<name>/document.json and
// {sections,sentences,entities}.csv; across documents <out>/sections.csv and <out>/entities.csv with a
// leading `document` column. Documents are appended as they finish, in input order, so a batch never
// holds more than one document's rows.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Doc } from '../model.js';
import { toDocumentJson } from './document-json.js';
import { documentTables } from './tables.js';
import { toCsv, type CsvOptions } from './csv.js';

/** A directory name that cannot leave the output folder: "../../x" → "x", "a b?.txt" → "a-b". */
export function safeName(path: string): string {
  const base = basename(path.replace(/\\/g, '/'), extname(path));
  const cleaned = base
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 100);
  return cleaned || 'document';
}

/** A document's outputs as text, so that a worker thread can serialise and the main thread only writes. */
export interface PreparedDocument {
  /** The document's folder name (from OutputWriter.claimName). */
  name: string;
  /** The files of the document's folder, in writing order: [file name, text]. */
  files: Array<[string, string]>;
  /** Its part of each combined table: the header (written once per run) and its rows, as CSV text. */
  combined: Array<{ name: string; header: string; rows: string }>;
}

/** Serialises a document's outputs exactly as OutputWriter.writeDocument writes them. Pure: no I/O. */
export function prepareDocument(name: string, doc: Doc, csv: CsvOptions): PreparedDocument {
  const files: PreparedDocument['files'] = [['document.json', JSON.stringify(toDocumentJson(doc), null, 2) + '\n']];
  const tables = documentTables(doc);
  for (const table of tables) files.push([`${table.name}.csv`, toCsv(table.header, table.rows, csv)]);
  const combined = tables
    .filter((table) => table.name !== 'sentences')
    .map((table) => ({
      name: table.name,
      header: toCsv(['document', ...table.header], [], csv),
      rows: toCsv(null, table.rows.map((r) => [name, ...r]), { bom: false }),
    }));
  return { name, files, combined };
}

export class OutputWriter {
  private readonly names = new Set<string>();
  private combinedStarted = false;

  constructor(
    readonly outDir: string,
    readonly csv: CsvOptions = { bom: false },
  ) {
    mkdirSync(outDir, { recursive: true });
  }

  /** A name for the document's folder, unique within this run. */
  claimName(path: string): string {
    const base = safeName(path);
    let name = base;
    for (let i = 2; this.names.has(name.toLowerCase()) || name === 'sections' || name === 'entities'; i++) name = `${base}-${i}`;
    this.names.add(name.toLowerCase());
    return name;
  }

  writeDocument(name: string, doc: Doc): void {
    this.writePrepared(prepareDocument(name, doc, this.csv));
  }

  /** Writes a document serialised by prepareDocument (in a worker thread, say); only file I/O here. */
  writePrepared(prepared: PreparedDocument): void {
    const dir = join(this.outDir, prepared.name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of prepared.files) writeFileSync(join(dir, file), text);
    for (const table of prepared.combined) {
      const file = join(this.outDir, `${table.name}.csv`);
      if (!this.combinedStarted) writeFileSync(file, table.header);
      appendFileSync(file, table.rows);
    }
    this.combinedStarted = true;
  }

  /** Makes sure the combined tables exist even when no document could be read. */
  finish(): void {
    if (this.combinedStarted) return;
    // Headers only.
    const empty: Doc = { sections: [], sentences: [], entities: [] } as unknown as Doc;
    for (const table of documentTables(empty)) {
      if (table.name === 'sentences') continue;
      writeFileSync(join(this.outDir, `${table.name}.csv`), toCsv(['document', ...table.header], [], this.csv));
    }
  }
}
