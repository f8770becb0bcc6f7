// Writes the output files of a run.
//
// Per document, <out>/<name>/: document.json and {sections,sentences,entities}.csv.
// Across documents, <out>/: {sections,sentences,entities}.csv (a leading `document` column),
// entities.jsonl, policy-extract.xlsx, report.html and datapackage.json.
// Only the formats asked for (WriterOptions.formats, see formats.ts) are built and written: without
// xlsx there is no workbook spool, without html no report is rendered, and so on.
//
// Memory stays bounded however many documents a batch has: each document's rows are appended to the
// combined CSVs and entities.jsonl as it finishes (in input order) and then let go; the workbook's rows
// (at most `xlsxMaxRows` per sheet) are written into it as they come (xlsx.ts), so `finish` only closes
// it; the report's document sections are spooled to a file as they come (at most `reportMaxDocuments`
// documents in full, one index row per document) and copied into report.html at the end, a chunk at a
// time.
//
// The main thread of a batch runs this writer: it only appends bytes the workers prepared, and turns at
// most `xlsxMaxRows` rows a sheet into the workbook's XML. The report renderer is loaded at `finish`.
import type { RuleId } from '../rules.js';
import { createHash, type Hash } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { MESSAGE_SOURCE, type Doc } from '../model.js';
import type { Message } from '../document.js';
import { TABLE_SPECS, type Cell, type TableName } from './tables.js';
import { csvOptions, toCsv, ESCAPED_COLUMN, type CsvOptions } from './csv.js';
import { buildDataPackage, combinedColumns, type InputFacts } from './datapackage.js';
import { EXCEL_CELL_CHARS, WorkbookWriter, cutCell } from './xlsx.js';
import { prepareDocument, writeDocumentFiles, type PreparedDocument } from './prepare.js';
import type { DocumentChoices, IndexEntry } from '../report/render.js';
import { OUTPUT_FORMATS, type OutputFormat } from './formats.js';
import { toolInfo } from '../package-files.js';

export { prepareDocument, writeDocumentFiles, type PreparedDocument } from './prepare.js';

/** Rows Excel opens in one sheet, header included. */
export const EXCEL_MAX_ROWS = 1_048_576;

export const OUTPUT_FILES = {
  datapackage: 'datapackage.json',
  entitiesJsonl: 'entities.jsonl',
  workbook: 'policy-extract.xlsx',
  report: 'report.html',
} as const;

export interface WriterOptions {
  /** Byte order mark or not (see csvOptions); a byte order mark by default (the `excel` profile). */
  csv?: CsvOptions;
  /** A table with more rows than this (header included) gets a warning; Excel's limit by default. */
  rowLimit?: number;
  /** Data rows per sheet of the workbook; the CSVs hold every row. */
  xlsxMaxRows?: number;
  /** Documents the report shows in full; every document gets a row in its index. */
  reportMaxDocuments?: number;
  /** Called with each problem found while writing (as well as recording it in datapackage.json). */
  onMessage?: (message: Message) => void;
  /** The outputs to write (default: all of OUTPUT_FORMATS). */
  formats?: readonly OutputFormat[];
}

/**
 * The workbook holds the first 10,000 rows of each table: a sample to look at in a spreadsheet. It is
 * written as the rows come, so a larger cap costs no memory, but every row in it is XML made and
 * compressed by the main thread of a batch, the thread that should only merge. The CSVs (and
 * entities.jsonl) always hold every row.
 */
export const DEFAULT_XLSX_MAX_ROWS = 10_000;
export const DEFAULT_REPORT_MAX_DOCUMENTS = 50;

/**
 * A directory name that cannot leave the output folder: "../../x" → "x", "a b?.txt" → "a-b".
 * Letters, marks, digits, ".", "_" and "-" only; never starting or ending with "." or "-"; at most
 * 100 bytes of UTF-8, cut between characters (a file system allows 255, and claimName may add "-2");
 * "CON", "nul.txt" and the other names Windows reserves get "-document" added.
 */
export function safeName(path: string): string {
  const unixPath = path.replace(/\\/g, '/');
  const base = basename(unixPath, extname(unixPath));
  let cleaned = base
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  if (Buffer.byteLength(cleaned) > 100) {
    let bytes = 0;
    let cut = '';
    for (const ch of cleaned) {
      bytes += Buffer.byteLength(ch);
      if (bytes > 100) break;
      cut += ch;
    }
    cleaned = cut.replace(/[.-]+$/, '');
  }
  if (/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i.test(cleaned)) cleaned = `${cleaned}-document`;
  return cleaned || 'document';
}


/** Names of the tables, in the order the outputs list them. */
const TABLES: readonly TableName[] = TABLE_SPECS.map((t) => t.name);

interface CombinedTable {
  file: string;
  hash: Hash;
  bytes: number;
  rows: number;
  warned: boolean;
  /** Its sheet in the workbook, and the rows written there. */
  sheet: number;
  spooled: number;
}

export class OutputWriter {
  readonly csv: CsvOptions;
  /** The outputs this writer writes, in OUTPUT_FORMATS order. */
  readonly formats: readonly OutputFormat[];
  readonly messages: Message[] = [];
  private readonly names = new Set<string>();
  private readonly combined = new Map<TableName, CombinedTable>();
  private readonly inputs: InputFacts[] = [];
  private readonly index: IndexEntry[] = [];
  /** report.html's document sections are spooled to this file as they come, and copied in at the end. */
  private readonly reportSpool: string;
  private reportShown = 0;
  /** The filter choices of the documents shown in full (at most reportMaxDocuments). */
  private readonly choices: DocumentChoices[] = [];
  /** The workbook, written as rows come; null without xlsx. */
  private readonly workbook: WorkbookWriter | null;
  /** Cells cut to Excel's limit in the workbook. */
  private longCells = 0;
  private readonly rowLimit: number;
  private readonly xlsxMaxRows: number;
  private readonly reportMaxDocuments: number;
  private finished = false;

  constructor(
    readonly outDir: string,
    private readonly options: WriterOptions = {},
  ) {
    this.csv = options.csv ?? csvOptions('excel');
    this.rowLimit = options.rowLimit ?? EXCEL_MAX_ROWS;
    this.xlsxMaxRows = options.xlsxMaxRows ?? DEFAULT_XLSX_MAX_ROWS;
    this.reportMaxDocuments = options.reportMaxDocuments ?? DEFAULT_REPORT_MAX_DOCUMENTS;
    this.formats = OUTPUT_FORMATS.filter((f) => !options.formats || options.formats.includes(f));
    mkdirSync(outDir, { recursive: true });
    for (const [sheet, table] of TABLES.entries()) {
      const file = join(outDir, `${table}.csv`);
      const state: CombinedTable = { file, hash: createHash('sha256'), bytes: 0, rows: 0, warned: false, sheet, spooled: 0 };
      if (this.wants('csv')) writeFileSync(file, '');
      this.combined.set(table, state);
      this.append(state, toCsv(combinedColumns(table).map((c) => c.name), [], this.csv));
    }
    if (this.wants('jsonl')) writeFileSync(join(outDir, OUTPUT_FILES.entitiesJsonl), '');
    this.reportSpool = join(outDir, '.report-spool.html');
    if (this.wants('html')) writeFileSync(this.reportSpool, '');
    this.workbook = this.wants('xlsx')
      ? new WorkbookWriter(
          join(outDir, OUTPUT_FILES.workbook),
          TABLES.map((table) => ({ name: table, columns: combinedColumns(table).filter((c) => c.name !== ESCAPED_COLUMN) })),
          outDir,
        )
      : null;
  }

  /** Whether this writer writes that output. */
  wants(format: OutputFormat): boolean {
    return this.formats.includes(format);
  }

  /** A name for the document's folder, unique within this run and apart from the run's own files. */
  claimName(path: string): string {
    const base = safeName(path);
    const reserved = new Set([...TABLES.map((t) => `${t}.csv`), ...Object.values(OUTPUT_FILES)]);
    let name = base;
    for (let i = 2; this.names.has(name.toLowerCase()) || reserved.has(name.toLowerCase()) || name.startsWith('.'); i++) name = `${base}-${i}`;
    this.names.add(name.toLowerCase());
    return name;
  }

  /** Writes one document's outputs (see prepareDocument). */
  writeDocument(name: string, doc: Doc): void {
    this.writePrepared(prepareDocument(name, doc, this.csv, { workbookRows: this.workbookRoom(), formats: this.formats, report: this.wants('html') }));
  }

  /** The most rows the workbook can still take in any one sheet: what a document prepared now need carry. */
  workbookRoom(): number {
    if (!this.wants('xlsx')) return 0;
    return Math.max(0, ...TABLES.map((t) => this.xlsxMaxRows - this.combined.get(t)!.spooled));
  }

  /**
   * Writes a document prepared by prepareDocument, possibly in a worker thread (which may have written its
   * own folder already, see writeDocumentFiles). Call in input order.
   */
  writePrepared(prepared: PreparedDocument): void {
    if (this.finished) throw new Error('writePrepared after finish');
    const { name } = prepared;
    writeDocumentFiles(this.outDir, prepared);
    if (this.wants('jsonl')) appendFileSync(join(this.outDir, OUTPUT_FILES.entitiesJsonl), prepared.entitiesJsonl);

    for (const table of prepared.tables) {
      if (this.wants('csv')) this.checkRows(`${name}/${table.name}.csv`, table.rows);

      const state = this.combined.get(table.name)!;
      this.append(state, table.combinedCsv);
      state.rows += table.rows;
      if (this.wants('csv') && !state.warned && state.rows + 1 > this.rowLimit) {
        state.warned = true;
        this.checkRows(`${table.name}.csv`, state.rows);
      }
      if (!this.workbook) continue;
      const room = Math.max(0, Math.min(table.rows, this.xlsxMaxRows - state.spooled));
      if (room > table.workbookRows) throw new Error(`${name}: ${table.name} was prepared with ${table.workbookRows} workbook rows, ${room} are needed`);
      if (room > 0) {
        this.workbook.addRows(state.sheet, workbookRows(table.workbook, room, () => this.longCells++));
        state.spooled += room;
      }
    }

    this.inputs.push(prepared.input);
    const shown = this.wants('html') && prepared.reportHtml !== '' && this.reportShown < this.reportMaxDocuments;
    this.index.push({ ...prepared.index, anchor: shown ? prepared.index.anchor : null });
    if (shown) {
      appendFileSync(this.reportSpool, (this.reportShown > 0 ? '\n' : '') + prepared.reportHtml);
      this.reportShown++;
      this.choices.push(prepared.choices);
    }
  }

  /** Closes and removes what the writer holds open (the workbook's spools) when the run is abandoned. */
  discard(): void {
    this.finished = true;
    this.workbook?.discard();
  }

  /** Whether the document at this position of the batch may be shown in full in report.html. */
  wantsReport(index: number): boolean {
    return this.wants('html') && index < this.reportMaxDocuments;
  }

  /** Writes the run-level files that need every document: the workbook, the report and datapackage.json (each if asked for). */
  async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    const tool = toolInfo();
    if (this.workbook) await this.finishWorkbook(this.workbook);
    if (this.wants('html')) await this.finishReport(tool);

    // datapackage.json describes the combined CSVs: written with them, and only then.
    if (!this.wants('csv')) return;
    const descriptor = buildDataPackage({
      tool,
      csv: this.csv,
      resources: TABLES.map((table) => {
        const state = this.combined.get(table)!;
        return { table, path: `${table}.csv`, bytes: state.bytes, sha256: state.hash.digest('hex'), rows: state.rows };
      }),
      inputs: this.inputs,
      messages: this.messages,
    });
    writeFileSync(join(this.outDir, OUTPUT_FILES.datapackage), JSON.stringify(descriptor, null, 2) + '\n');
  }

  private async finishWorkbook(workbook: WorkbookWriter): Promise<void> {
    await workbook.finish();
    for (const table of TABLES) {
      const state = this.combined.get(table)!;
      if (state.rows > state.spooled) {
        this.report(
          'output.xlsx-truncated',
          `${OUTPUT_FILES.workbook}: sheet "${table}" holds the first ${state.spooled} of ${state.rows} rows (the workbook keeps at most ${this.xlsxMaxRows} rows a sheet, a sample to look at); ${table}.csv holds them all`,
        );
      }
    }
    if (this.longCells > 0) {
      this.report(
        'output.xlsx-cell-cut',
        `${OUTPUT_FILES.workbook}: ${this.longCells} cell(s) hold more than Excel's ${EXCEL_CELL_CHARS} characters and were cut to that length; the CSVs and document.json hold the full text`,
      );
    }
  }

  /** report.html: the page's head and index, the spooled document sections copied in a chunk at a time, its end. */
  private async finishReport(tool: { name: string; version: string }): Promise<void> {
    const { FilterChoices, renderPageEnd, renderPageStart } = await import('../report/render.js');
    const choices = new FilterChoices();
    for (const c of this.choices) choices.add(c);
    const report = join(this.outDir, OUTPUT_FILES.report);
    writeFileSync(report, renderPageStart({ tool, index: this.index, choices, maxDocuments: this.reportMaxDocuments }));
    const out = openSync(report, 'a');
    const spool = openSync(this.reportSpool, 'r');
    try {
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (let n = readSync(spool, buffer); n > 0; n = readSync(spool, buffer)) {
        for (let at = 0; at < n; ) at += writeSync(out, buffer, at, n - at);
      }
      writeSync(out, '\n' + renderPageEnd());
    } finally {
      closeSync(spool);
      closeSync(out);
    }
    rmSync(this.reportSpool, { force: true });
  }

  private append(state: CombinedTable, data: string | Uint8Array): void {
    if (data.length === 0 || !this.wants('csv')) return;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    appendFileSync(state.file, bytes);
    state.hash.update(bytes);
    state.bytes += bytes.length;
  }

  private checkRows(file: string, dataRows: number): void {
    if (dataRows + 1 <= this.rowLimit) return;
    this.report(
      'output.row-limit',
      `${file} has ${dataRows + 1} rows with its header, more than the ${this.rowLimit} rows a spreadsheet sheet holds (Excel: ${EXCEL_MAX_ROWS}); a spreadsheet will open only the first ${this.rowLimit}. Read it with pandas, R or a database instead`,
    );
  }

  private report(ruleId: RuleId, reason: string): void {
    const message: Message = { ruleId, source: MESSAGE_SOURCE, severity: 'warning', reason, place: null };
    this.messages.push(message);
    this.options.onMessage?.(message);
  }
}

/** The first `count` rows of a prepared table's workbook lines (a JSON array of cells a line), cells cut to Excel's limit. */
function workbookRows(lines: Uint8Array, count: number, onCut: () => void): Cell[][] {
  const text = Buffer.from(lines.buffer, lines.byteOffset, lineEnd(lines, count)).toString('utf8');
  const rows: Cell[][] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    rows.push(
      (JSON.parse(line) as Cell[]).map((cell) => {
        const cut = cutCell(cell);
        if (cut !== cell) onCut();
        return cut;
      }),
    );
  }
  return rows;
}

/** The length of the first `lines` lines of UTF-8 text, each ending in "\n". */
function lineEnd(bytes: Uint8Array, lines: number): number {
  let at = 0;
  for (let n = 0; n < lines; n++) {
    const nl = bytes.indexOf(10, at);
    if (nl < 0) return bytes.length;
    at = nl + 1;
  }
  return at;
}

