// The CSV tables: fixed, documented column order; one row per record, in document order.
// Values are typed: numbers stay numbers, ISO dates are text in their own column.
import type { Doc, Entity, Section } from '../model.js';

export type Cell = string | number | null;

export interface Column<T> {
  name: string;
  type: 'string' | 'integer' | 'number';
  description: string;
  get(row: T, doc: Doc): Cell;
}

const sectionOf = (doc: Doc) => {
  const map = new Map(doc.sections.map((s) => [s.id, s]));
  return (id: string) => map.get(id) as Section;
};

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
  { name: 'unit_line', type: 'integer', description: 'Line of the unit heading, on the unit\'s first section', get: (s) => s.unitLine },
  { name: 'heading_line', type: 'integer', description: 'Line of the phase heading', get: (s) => s.headingLine },
  { name: 'first_line', type: 'integer', description: 'First line the section owns, headings included', get: (s) => s.firstLine },
  { name: 'last_line', type: 'integer', description: 'Last line the section owns', get: (s) => s.lastLine },
  { name: 'start_line', type: 'integer', description: 'First body line', get: (s) => s.startLine },
  { name: 'end_line', type: 'integer', description: 'Last body line', get: (s) => s.endLine },
  { name: 'start_offset', type: 'integer', description: 'Offset of the body\'s first character (code points from 0)', get: (s) => s.start?.offset ?? null },
  { name: 'end_offset', type: 'integer', description: 'Offset just after the body\'s last character', get: (s) => s.end?.offset ?? null },
  { name: 'text', type: 'string', description: 'The body text, verbatim', get: (s) => s.text },
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
  ];
}

export type TableName = 'sections' | 'sentences' | 'entities';

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

const NO_DOC = { sections: [], sentences: [], entities: [] } as unknown as Doc;
const spec = (columns: Column<never>[]): ColumnSpec[] => columns.map(({ name, type, description }) => ({ name, type, description }));

export const TABLE_SPECS: readonly TableSpec[] = [
  {
    name: 'sections',
    title: 'Sections',
    description: 'One row per section: a unit (department or action) under one phase heading (commitments, progress, planned activities), with its line range and body text.',
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
];

export function tableSpec(name: TableName): TableSpec {
  return TABLE_SPECS.find((t) => t.name === name)!;
}
