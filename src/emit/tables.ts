// The CSV tables: fixed, documented column order; one row per record, in document order.
// Values are typed: numbers stay numbers, ISO dates are text in their own column.
import type { Box, Commitment, Doc, Entity, Point, Section, Table as DataTable, TableCell } from '../model.js';

export type Cell = string | number | null;

export interface Column<T> {
  name: string;
  type: 'string' | 'integer' | 'number';
  description: string;
  get(row: T, doc: Doc): Cell;
}

// The outline level of each section's heading, by outline id, one map per document.
const outlineLevels = new WeakMap<Doc, Map<string, number>>();
const levelOf = (s: Section, doc: Doc): number | null => {
  let levels = outlineLevels.get(doc);
  if (!levels) outlineLevels.set(doc, (levels = new Map((doc.outline ?? []).map((e) => [e.id, e.level]))));
  return s.outlineId !== null ? levels.get(s.outlineId) ?? null : null;
};

const sectionOf = (doc: Doc) => {
  const map = new Map(doc.sections.map((s) => [s.id, s]));
  return (id: string) => map.get(id) as Section;
};

/**
 * PDF: the page a record starts on and the first box it is printed in (its first line; document.json has
 * one box per line), in PDF points from the page's top-left corner. Empty for the other formats, whose
 * records have no page.
 */
function printedColumns<T extends { start?: Point; boxes?: Box[] }>(record: string): Column<T>[] {
  const box = (r: T) => r.boxes?.[0] ?? null;
  return [
    { name: 'page', type: 'integer', description: `PDF: the page (from 1) the ${record}'s first character is printed on; empty for the other formats (a Word file records no pages)`, get: (r) => r.start?.page ?? null },
    { name: 'box_x', type: 'number', description: `PDF: left edge of the first box the ${record} is printed in (its first line on the page), in points from the page's left edge; document.json has a box per line`, get: (r) => box(r)?.x ?? null },
    { name: 'box_y', type: 'number', description: 'PDF: top edge of that box, in points from the page\'s top edge', get: (r) => box(r)?.y ?? null },
    { name: 'box_width', type: 'number', description: 'PDF: width of that box, in points', get: (r) => box(r)?.width ?? null },
    { name: 'box_height', type: 'number', description: 'PDF: height of that box, in points', get: (r) => box(r)?.height ?? null },
  ];
}

export const SECTION_COLUMNS: Column<Section>[] = [
  { name: 'id', type: 'string', description: 'Section id from structure: u03 (unit 3 before its first phase heading) or u03.p2 (its second phase); u00 is the preamble (title, Updated line, introduction)', get: (s) => s.id },
  { name: 'unit_index', type: 'integer', description: '1-based position of the unit in the document; 0 for the preamble (section u00)', get: (s) => s.unitIndex },
  { name: 'unit', type: 'string', description: 'The unit heading as written', get: (s) => s.unit },
  { name: 'unit_kind', type: 'string', description: 'department, action or other', get: (s) => s.unitKind },
  { name: 'unit_key', type: 'string', description: 'Key that lines up one unit across documents (acronym, normalised name, or action-N)', get: (s) => s.unitKey },
  { name: 'phase', type: 'string', description: 'The phase heading as written; empty for lines before the unit\'s first phase heading', get: (s) => s.phase },
  { name: 'phase_kind', type: 'string', description: 'commitments, progress or planned', get: (s) => s.phaseKind },
  { name: 'phase_year', type: 'integer', description: 'Year of the phase heading', get: (s) => s.phaseYear },
  { name: 'phase_month', type: 'integer', description: 'Month of the phase heading when it gives one (December 2012 → 12)', get: (s) => s.phaseMonth },
  { name: 'level', type: 'integer', description: 'Outline level of the section\'s own heading (1 for the shallowest heading of the body); empty when it has none', get: (s, doc) => levelOf(s, doc) },
  { name: 'heading_path', type: 'string', description: 'The headings from the top of the outline down to the section\'s own, joined with " › "', get: (s) => s.headingPath.join(' › ') },
  { name: 'unit_line', type: 'integer', description: 'Line of the unit heading, on the unit\'s first section', get: (s) => s.unitLine },
  { name: 'heading_line', type: 'integer', description: 'Line of the phase heading', get: (s) => s.headingLine },
  { name: 'first_line', type: 'integer', description: 'First line the section owns, headings included', get: (s) => s.firstLine },
  { name: 'last_line', type: 'integer', description: 'Last line the section owns', get: (s) => s.lastLine },
  { name: 'start_line', type: 'integer', description: 'First body line', get: (s) => s.startLine },
  { name: 'end_line', type: 'integer', description: 'Last body line', get: (s) => s.endLine },
  { name: 'start_offset', type: 'integer', description: 'Offset of the body\'s first character (code points from 0)', get: (s) => s.start?.offset ?? null },
  { name: 'end_offset', type: 'integer', description: 'Offset just after the body\'s last character', get: (s) => s.end?.offset ?? null },
  ...printedColumns<Section>('body'),
  { name: 'text', type: 'string', description: 'The section\'s text, verbatim: on a progress page the body under its unit and phase headings; on a document cut from its outline, from its heading to the end of its body', get: (s) => s.text },
];

export const SENTENCE_COLUMNS: Column<Doc['sentences'][number]>[] = [
  { name: 'id', type: 'string', description: 'Sentence id: <section id>.s<n>', get: (s) => s.id },
  { name: 'section_id', type: 'string', description: 'The section the sentence is in', get: (s) => s.sectionId },
  { name: 'bullet', type: 'string', description: 'The list marker of a bullet item ("-", "*"), kept out of text', get: (s) => s.bullet },
  { name: 'text', type: 'string', description: 'The sentence, verbatim', get: (s) => s.text },
  { name: 'start_line', type: 'integer', description: 'Line of the first character', get: (s) => s.start?.line ?? null },
  { name: 'start_column', type: 'integer', description: 'Column of the first character (code points from 1)', get: (s) => s.start?.column ?? null },
  { name: 'start_offset', type: 'integer', description: 'Offset of the first character (code points from 0)', get: (s) => s.start?.offset ?? null },
  { name: 'end_line', type: 'integer', description: 'Line of the end position', get: (s) => s.end?.line ?? null },
  { name: 'end_column', type: 'integer', description: 'Column just after the last character', get: (s) => s.end?.column ?? null },
  { name: 'end_offset', type: 'integer', description: 'Offset just after the last character (end exclusive)', get: (s) => s.end?.offset ?? null },
  ...printedColumns<Doc['sentences'][number]>('sentence'),
];

const NUMERIC = new Set(['number', 'percent', 'money']);

export function entityColumns(doc: Doc): Column<Entity>[] {
  const section = sectionOf(doc);
  return [
    { name: 'id', type: 'string', description: 'Entity id: <sentence id>.e<n>', get: (e) => e.id },
    { name: 'type', type: 'string', description: 'number, percent, money, date, duration, organisation, person, place or programme', get: (e) => e.type },
    { name: 'text', type: 'string', description: 'The mention, verbatim', get: (e) => e.text },
    { name: 'value_number', type: 'number', description: 'Normalised value of number, percent and money mentions', get: (e) => (NUMERIC.has(e.type) && typeof e.value === 'number' ? e.value : null) },
    { name: 'value_text', type: 'string', description: 'Normalised value of the other types: ISO 8601 date or duration, canonical name', get: (e) => (NUMERIC.has(e.type) ? null : (e.value as string | null)) },
    { name: 'value_end', type: 'number', description: 'number, percent and money: the upper end of a range ("12 to 31 staff" → 31)', get: (e) => e.valueEnd ?? null },
    { name: 'counts', type: 'string', description: 'number: the counted noun phrase', get: (e) => e.counts ?? null },
    { name: 'currency', type: 'string', description: 'money: ISO 4217 currency', get: (e) => e.currency ?? null },
    { name: 'mod', type: 'string', description: 'date: EARLY, MID, LATE, START or END; number, percent and money: APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE or EQUAL_OR_LESS', get: (e) => e.mod ?? null },
    { name: 'anchor', type: 'string', description: 'date: where a missing year or the reference of a relative date came from: phase (the section\'s phase heading), period (the period the document covers) or document (its own date)', get: (e) => e.anchor ?? null },
    { name: 'date_start', type: 'string', description: 'date: first day of the period, ISO 8601 (autumn 2017 → 2017-09-01); also on a duration that ends at the document\'s date ("the past year")', get: (e) => e.dateStart ?? null },
    { name: 'date_end', type: 'string', description: 'date: last day of the period, ISO 8601 (autumn 2017 → 2017-11-30)', get: (e) => e.dateEnd ?? null },
    { name: 'acronym', type: 'string', description: 'The acronym this mention uses or defines', get: (e) => e.acronym ?? null },
    { name: 'rule', type: 'string', description: 'The rule that produced the mention', get: (e) => e.rule },
    { name: 'section_id', type: 'string', description: 'The section the mention is in', get: (e) => e.sectionId },
    { name: 'sentence_id', type: 'string', description: 'The sentence the mention is in', get: (e) => e.sentenceId },
    { name: 'unit', type: 'string', description: 'Unit heading of the section', get: (e) => section(e.sectionId).unit },
    { name: 'unit_key', type: 'string', description: 'Unit key of the section', get: (e) => section(e.sectionId).unitKey },
    { name: 'phase_kind', type: 'string', description: 'Phase kind of the section', get: (e) => section(e.sectionId).phaseKind },
    { name: 'phase_year', type: 'integer', description: 'Phase year of the section', get: (e) => section(e.sectionId).phaseYear },
    { name: 'start_line', type: 'integer', description: 'Line of the first character', get: (e) => e.start?.line ?? null },
    { name: 'start_column', type: 'integer', description: 'Column of the first character (code points from 1)', get: (e) => e.start?.column ?? null },
    { name: 'start_offset', type: 'integer', description: 'Offset of the first character (code points from 0)', get: (e) => e.start?.offset ?? null },
    { name: 'end_line', type: 'integer', description: 'Line of the end position', get: (e) => e.end?.line ?? null },
    { name: 'end_column', type: 'integer', description: 'Column just after the last character', get: (e) => e.end?.column ?? null },
    { name: 'end_offset', type: 'integer', description: 'Offset just after the last character (end exclusive)', get: (e) => e.end?.offset ?? null },
    ...printedColumns<Entity>('mention'),
  ];
}

/** A row of tables.csv: one cell of one table. */
export interface TableCellRow {
  table: DataTable;
  cell: TableCell;
}

export const TABLE_CELL_COLUMNS: Column<TableCellRow>[] = [
  { name: 'table_id', type: 'string', description: 'Table id in document order: t01, t02 …; the table is also written laid out as on the page to <document>/tables/<table_id>.csv', get: (r) => r.table.id },
  { name: 'section_id', type: 'string', description: 'The section the table stands in; empty for a table in the preamble', get: (r) => r.table.sectionId },
  { name: 'caption', type: 'string', description: 'The table\'s <caption>, or the "Table 2.1: …" line just above it, verbatim; empty when none', get: (r) => r.table.caption },
  { name: 'row', type: 'integer', description: 'Row of the cell from 1, in the grid after row and column spans are laid out', get: (r) => r.cell.row },
  { name: 'column', type: 'integer', description: 'Column of the cell from 1, in the grid after row and column spans are laid out', get: (r) => r.cell.column },
  { name: 'row_span', type: 'integer', description: 'Rows the cell spans (rowspan)', get: (r) => r.cell.rowSpan },
  { name: 'col_span', type: 'integer', description: 'Columns the cell spans (colspan)', get: (r) => r.cell.colSpan },
  { name: 'header', type: 'integer', description: '1 for a header cell (<th>, a Markdown header row), else 0', get: (r) => (r.cell.header ? 1 : 0) },
  { name: 'text', type: 'string', description: 'The cell\'s text, verbatim', get: (r) => r.cell.text },
  { name: 'value', type: 'number', description: 'The number written in the cell ("+2,590" → 2590, "−0.3" → -0.3, "12%" → 12, "(1.2)" → -1.2); empty when the cell holds anything but one number', get: (r) => r.cell.value },
  { name: 'column_header', type: 'string', description: 'The header texts above the cell, top down, joined with " › " ("Forecast › 2017")', get: (r) => r.cell.columnHeader },
  { name: 'row_header', type: 'string', description: 'The text of the row\'s header cell(s) to the left of the cell', get: (r) => r.cell.rowHeader },
  { name: 'start_line', type: 'integer', description: 'Line of the first character', get: (r) => r.cell.start?.line ?? null },
  { name: 'start_column', type: 'integer', description: 'Column of the first character (code points from 1)', get: (r) => r.cell.start?.column ?? null },
  { name: 'start_offset', type: 'integer', description: 'Offset of the first character (code points from 0)', get: (r) => r.cell.start?.offset ?? null },
  { name: 'end_line', type: 'integer', description: 'Line of the end position', get: (r) => r.cell.end?.line ?? null },
  { name: 'end_column', type: 'integer', description: 'Column just after the last character', get: (r) => r.cell.end?.column ?? null },
  { name: 'end_offset', type: 'integer', description: 'Offset just after the last character (end exclusive)', get: (r) => r.cell.end?.offset ?? null },
];

/** The cells of every table of the document, table by table, row by row. */
export function tableCellRows(doc: Doc): TableCellRow[] {
  return doc.tables.flatMap((table) => table.cells.map((cell) => ({ table, cell })));
}

/**
 * A table laid out as on the page: one line per grid row, one field per grid column (named c1, c2 …);
 * a spanned cell's text stands in its top-left slot and the slots it also covers stay empty. The cell
 * text is verbatim; `types` says which slots hold a number as written ("-1,545"), which a spreadsheet
 * reads as a number and the formula guard leaves alone, and which hold text, which it guards.
 */
export function wideTable(table: DataTable): { header: string[]; rows: Cell[][]; types: Array<Array<ColumnSpec['type']>> } {
  const header = Array.from({ length: table.columns }, (_, i) => `c${i + 1}`);
  const rows: Cell[][] = Array.from({ length: table.rows }, () => new Array<Cell>(table.columns).fill(null));
  const types: Array<Array<ColumnSpec['type']>> = Array.from({ length: table.rows }, () => new Array<ColumnSpec['type']>(table.columns).fill('string'));
  for (const cell of table.cells) {
    rows[cell.row - 1][cell.column - 1] = cell.text;
    if (cell.value !== null) types[cell.row - 1][cell.column - 1] = 'number';
  }
  return { header, rows, types };
}


export const COMMITMENT_COLUMNS: Column<Commitment>[] = [
  { name: 'id', type: 'string', description: 'Commitment id: <sentence id>.c', get: (c) => c.id },
  { name: 'sentence_id', type: 'string', description: 'The sentence (of a paragraph or a bullet item) that is the commitment', get: (c) => c.sentenceId },
  { name: 'section_id', type: 'string', description: 'The section the commitment is in', get: (c) => c.sectionId },
  { name: 'unit', type: 'string', description: 'Unit heading of the section', get: (c) => c.unit },
  { name: 'unit_key', type: 'string', description: 'Unit key of the section', get: (c) => c.unitKey },
  { name: 'phase_kind', type: 'string', description: 'Phase kind of the section (commitments, planned; progress or empty for a "will" statement elsewhere)', get: (c) => c.phaseKind },
  { name: 'phase_year', type: 'integer', description: 'Phase year of the section', get: (c) => c.phaseYear },
  { name: 'text', type: 'string', description: 'The statement, verbatim', get: (c) => c.text },
  { name: 'actor', type: 'string', description: 'Who will do it, as written; "It", "They", "we" and a lead-in\'s bullets take the name they stand for', get: (c) => c.actor },
  { name: 'deadline', type: 'string', description: 'the date value from the statement\'s own words ("by March 2014" → 2014-03; a financial year "by the end of 2017-18" → FY2017-18), never from the heading', get: (c) => c.deadline },
  { name: 'target_value', type: 'number', description: 'The quantity promised ("at least 2,000 staff" → 2000; "all staff" → 100)', get: (c) => c.target?.value ?? null },
  { name: 'target_unit', type: 'string', description: 'number, percent, or the ISO 4217 currency of a sum of money', get: (c) => c.target?.unit ?? null },
  { name: 'target_counts', type: 'string', description: 'What the target counts ("staff")', get: (c) => c.target?.counts ?? null },
  { name: 'status', type: 'string', description: 'reported, partly, not-reported (no later progress statement of the unit speaks of it) or no-later-report (no later progress phase)', get: (c) => c.status },
  { name: 'evidence', type: 'string', description: 'Ids of the progress sentences that report on it, best first, separated by spaces', get: (c) => (c.evidence.length ? c.evidence.map((e) => e.sentenceId).join(' ') : null) },
  { name: 'evidence_score', type: 'number', description: 'The matcher\'s score (0–1) of the best evidence sentence', get: (c) => c.evidence[0]?.score ?? null },
  { name: 'rule', type: 'string', description: 'Why the statement is a commitment: phase, lead-in-item, cue, deadline or table-row', get: (c) => c.rule },
  { name: 'start_line', type: 'integer', description: 'Line of the first character', get: (c) => c.start?.line ?? null },
  { name: 'start_column', type: 'integer', description: 'Column of the first character (code points from 1)', get: (c) => c.start?.column ?? null },
  { name: 'start_offset', type: 'integer', description: 'Offset of the first character (code points from 0)', get: (c) => c.start?.offset ?? null },
  { name: 'end_line', type: 'integer', description: 'Line of the end position', get: (c) => c.end?.line ?? null },
  { name: 'end_column', type: 'integer', description: 'Column just after the last character', get: (c) => c.end?.column ?? null },
  { name: 'end_offset', type: 'integer', description: 'Offset just after the last character (end exclusive)', get: (c) => c.end?.offset ?? null },
];

export type TableName = 'sections' | 'sentences' | 'entities' | 'tables' | 'commitments';

/** A column as the outputs describe it (CSV header, datapackage.json field, xlsx cell type). */
export interface ColumnSpec {
  name: string;
  type: Column<unknown>['type'];
  description: string;
}

export interface Table {
  name: TableName;
  header: string[];
  /** The type of each column, in header order. */
  types: Array<ColumnSpec['type']>;
  rows: Cell[][];
}

function build<T>(name: TableName, columns: Column<T>[], records: T[], doc: Doc): Table {
  return {
    name,
    header: columns.map((c) => c.name),
    types: columns.map((c) => c.type),
    rows: records.map((r) => columns.map((c) => c.get(r, doc))),
  };
}

export function documentTables(doc: Doc): Table[] {
  return [
    build('sections', SECTION_COLUMNS, doc.sections, doc),
    build('sentences', SENTENCE_COLUMNS, doc.sentences, doc),
    build('entities', entityColumns(doc), doc.entities, doc),
    build('tables', TABLE_CELL_COLUMNS, tableCellRows(doc), doc),
    build('commitments', COMMITMENT_COLUMNS, doc.commitments, doc),
  ];
}

/** What a table is, its columns, and how its rows point at each other: the one description every output reads. */
export interface TableSpec {
  name: TableName;
  title: string;
  description: string;
  columns: ColumnSpec[];
  /** Columns that identify a row within one document. */
  primaryKey: string[];
  /** Columns (within one document) that point at another table's primary key. */
  foreignKeys: Array<{ fields: string[]; table: TableName; references: string[] }>;
}

const NO_DOC = { sections: [], sentences: [], entities: [], tables: [], commitments: [] } as unknown as Doc;
const spec = (columns: Column<never>[]): ColumnSpec[] => columns.map(({ name, type, description }) => ({ name, type, description }));

export const TABLE_SPECS: readonly TableSpec[] = [
  {
    name: 'sections',
    title: 'Sections',
    description: 'One row per section: on a progress page a unit (department or action) under one phase heading (commitments, progress, planned activities); on other documents a heading of the outline. With its outline level, heading path, line range and body text.',
    columns: spec(SECTION_COLUMNS as Column<never>[]),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  {
    name: 'sentences',
    title: 'Sentences',
    description: 'One row per sentence or list item of a section body, with its source position.',
    columns: spec(SENTENCE_COLUMNS as Column<never>[]),
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['section_id'], table: 'sections', references: ['id'] }],
  },
  {
    name: 'entities',
    title: 'Entities',
    description: 'One row per extracted mention (number, percent, money, date, duration, organisation, person, place, programme), with its normalised value, the rule that produced it, and its source position.',
    columns: spec(entityColumns(NO_DOC) as Column<never>[]),
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['section_id'], table: 'sections', references: ['id'] },
      { fields: ['sentence_id'], table: 'sentences', references: ['id'] },
    ],
  },
  {
    name: 'tables',
    title: 'Table cells',
    description: 'One row per cell of every table of the documents (long format, for pandas and R): the table, its section and caption, the cell\'s row and column in the laid-out grid, its spans, whether it is a header, its text, the number it holds, its column and row headers, and its source position.',
    columns: spec(TABLE_CELL_COLUMNS as Column<never>[]),
    primaryKey: ['table_id', 'row', 'column'],
    foreignKeys: [],
  },
  {
    name: 'commitments',
    title: 'Commitments',
    description: 'One row per commitment (a statement of what a unit will do), with its actor, deadline and target, and whether a later progress phase of the unit reports on it.',
    columns: spec(COMMITMENT_COLUMNS as Column<never>[]),
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['section_id'], table: 'sections', references: ['id'] },
      { fields: ['sentence_id'], table: 'sentences', references: ['id'] },
    ],
  },
];

export function tableSpec(name: TableName): TableSpec {
  return TABLE_SPECS.find((t) => t.name === name)!;
}
