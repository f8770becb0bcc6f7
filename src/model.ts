// The one data model of policy-extract. Every stage reads and writes these records; nothing else
// crosses a stage boundary.
//
// Positions: stages work on JavaScript strings, whose indices count UTF-16 code units. Records carry
// those indices as `from`/`to` while the pipeline runs (the "working span"); the `locate` stage turns
// them, in exactly one place, into `Position`s whose line/column/offset count Unicode code points in the
// source file, as Python and the W3C Web Annotation model count.

import { RULES, type RuleId } from './rules.js';
import type { SourceMap } from './text/source-map.js';

/** A point in the source file: line and column from 1, offset from 0, in Unicode code points. */
export interface Point {
  line: number;
  column: number;
  offset: number;
  /** PDF only: the page (from 1) the character at this point is printed on. */
  page?: number;
}

/**
 * PDF only: where a record's words are printed, one box per line fragment, in PDF points from the
 * top-left corner of the (rotated, as displayed) page.
 */
export interface Box {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A working span into `Doc.text`, in UTF-16 code units, end exclusive. */
export interface Span {
  from: number;
  to: number;
}

export type SourceFormat = 'text' | 'markdown' | 'html' | 'govuk-json' | 'pdf' | 'docx';

export interface SourceInfo {
  path: string;
  sha256: string;
  /** Number of lines of the source file. */
  lines: number;
  /** Number of bytes of the source file. */
  bytes: number;
  format: SourceFormat;
  /** The encoding the file was decoded with. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export type UnitKind = 'department' | 'action' | 'other';
export type PhaseKind = 'commitments' | 'progress' | 'planned';

/** A line of the text the pipeline reads, with its ending kept apart. */
export interface Line {
  /** 1-based line number in the text. */
  number: number;
  /** Index of the first character, UTF-16. */
  from: number;
  /** Index just after the last content character (before the line ending), UTF-16. */
  to: number;
  /** The content without its line ending. */
  content: string;
}

/** The id of the section that holds the preamble's lines (title, "Updated" line, introduction). */
export const PREAMBLE_SECTION_ID = 'u00';

export interface Section {
  /**
   * Stable id from structure: `u03` (unit 3, before its first phase heading) or `u03.p2`; `u00` is the
   * preamble (the lines before the first unit or phase heading), read like any section.
   */
  id: string;
  /** 1-based index of the unit in the document. */
  unitIndex: number;
  /** The unit heading as written ("Department for Transport", "Action 1: …"). */
  unit: string;
  unitKind: UnitKind;
  /** A key that lines up the same unit across documents ("dft", "action-1"). */
  unitKey: string;
  /** The phase heading as written, or null for lines before a unit's first phase heading. */
  phase: string | null;
  phaseKind: PhaseKind | null;
  phaseYear: number | null;
  phaseMonth: number | null;
  /** Line of the unit heading when this section is the unit's first, else null. */
  unitLine: number | null;
  /** Line of the phase heading, or null. */
  headingLine: number | null;
  /** First and last line the section owns (headings included). */
  firstLine: number;
  lastLine: number;
  /** First and last body line; null when the section has no body. */
  startLine: number | null;
  endLine: number | null;
  /** The body text (from its first to its last body character); on a document cut from its outline, from its heading on. */
  text: string;
  span: Span;
  start?: Point;
  end?: Point;
  /** PDF only: where the record is printed (see Box). */
  boxes?: Box[];
  /** PDF only: where its unit and phase headings are printed. */
  headingBoxes?: Box[];
  /** The outline record of the section's own heading (its phase heading, else its unit heading); null when it has none. */
  outlineId: string | null;
  /** The heading texts from the top of the outline down, the section's own heading last; empty when it has none. */
  headingPath: string[];
}

/**
 * A typed block of the document, as its reader saw it: a stand-off record over `Doc.text`.
 * Markup readers (HTML, Markdown, Content API JSON) emit one per heading, paragraph, list item,
 * caption and table; the plain-text reader one per non-blank line (a paragraph or a list item), its
 * headings being found by form later.
 */
export type BlockType = 'heading' | 'paragraph' | 'listItem' | 'caption' | 'table';

export interface Block {
  type: BlockType;
  /** heading: the level as marked up (h2 → 2, "###" → 3, setext "===" → 1); null otherwise. */
  level: number | null;
  /** listItem: nesting depth from 1; null otherwise. */
  depth: number | null;
  /** paragraph: its whole text is strong ("**…**", "__…__", <p><strong>…</strong></p>). */
  bold: boolean;
  /** The visible text of the block (for a table, all its cells, one per line). */
  text: string;
  span: Span;
}

export type OutlineKind = 'heading' | 'unit' | 'phase' | 'caption';

/** One heading of the document's outline, in document order. */
export interface OutlineEntry {
  /** Id from the tree: `h02` (second top-level heading), `h02.03` (its third child). */
  id: string;
  /** 1 for the shallowest heading of the body; the document title is not in the outline. */
  level: number;
  /** The heading as written. */
  text: string;
  /** Its number as written ("1.1", "04", "A" of "Annex A"), or null. */
  number: string | null;
  /** unit and phase: the typed reading of a progress page; caption: "Figure 1: …", "Table 2.1: …". */
  kind: OutlineKind;
  /** The heading this one sits under; null at the top. */
  parentId: string | null;
  /** What made it a heading and gave its level: markup, setext, bold, numbered, keyword, form, caption, unit, phase. */
  rule: string;
  span: Span;
  start?: Point;
  end?: Point;
  /** PDF only: where the heading is printed (see Box). */
  boxes?: Box[];
}

export interface Sentence {
  /** `<sectionId>.s<n>` */
  id: string;
  sectionId: string;
  text: string;
  /** The bullet marker of a list item ("-", "*", "•"), kept out of `text`; null otherwise. */
  bullet: string | null;
  span: Span;
  start?: Point;
  end?: Point;
  /** PDF only: where the record is printed (see Box). */
  boxes?: Box[];
}

export type EntityType =
  | 'number'
  | 'percent'
  | 'money'
  | 'date'
  | 'duration'
  | 'organisation'
  | 'person'
  | 'place'
  | 'programme';

export const ENTITY_TYPES: readonly EntityType[] = [
  'number',
  'percent',
  'money',
  'date',
  'duration',
  'organisation',
  'person',
  'place',
  'programme',
];

export type DateMod = 'EARLY' | 'MID' | 'LATE' | 'START' | 'END';
export type ValueMod = 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS';
/**
 * Where a date's missing year or reference point came from: `phase` (the section's phase heading),
 * `period` (the period the document says it covers: "quarter 3 (July to September 2013)"),
 * `document` (the document's own date: its "Updated" line or publication date).
 */
export type DateAnchor = 'phase' | 'period' | 'document';

/** Extra normalised fields some types carry. */
export interface EntityExtras {
  /** number: the counted noun phrase ("students"). */
  counts?: string;
  /** money: ISO 4217 currency. */
  currency?: string;
  /**
   * date: TIMEX3 modifier (EARLY, MID, LATE, START, END). number, percent, money: the qualifier before
   * the value, as Recognizers-Text names it ("around 40,000" → APPROX, "up to £750,000" → EQUAL_OR_LESS).
   */
  mod?: DateMod | ValueMod;
  /** date (and a relative duration): where the year or the reference point came from. */
  anchor?: DateAnchor;
  /** number, percent, money: the upper end of a range ("12 to 31 staff" → value 12, valueEnd 31). */
  valueEnd?: number;
  /** date (and a relative duration): the first and last day of the period, ISO 8601 days. */
  dateStart?: string;
  dateEnd?: string;
  /** organisation/programme: the acronym this mention is, or defines. */
  acronym?: string;
}

/** What an extractor returns: a span local to the sentence text. */
export interface LocalMention extends EntityExtras {
  type: EntityType;
  /** UTF-16 indices into the sentence text, end exclusive. */
  from: number;
  to: number;
  value: string | number | null;
  rule: string;
}

export interface Entity extends EntityExtras {
  /** `<sentenceId>.e<n>` */
  id: string;
  type: EntityType;
  text: string;
  value: string | number | null;
  sectionId: string;
  sentenceId: string;
  rule: string;
  span: Span;
  start?: Point;
  end?: Point;
  /** PDF only: where the record is printed (see Box). */
  boxes?: Box[];
}

export interface Acronym {
  short: string;
  long: string;
  /** Type of the long form's mention. */
  type: EntityType;
  rule: string;
  span: Span;
  start?: Point;
  end?: Point;
  /** PDF only: where the record is printed (see Box). */
  boxes?: Box[];
}

export type Severity = 'info' | 'warning' | 'error';

/** A range of the source file: from `start` to just before `end` (unist's Position). */
export interface Place {
  start: Point;
  end: Point;
}

/** What every message names as its `source`, as vfile does: the tool that raised it. */
export const MESSAGE_SOURCE = 'policy-extract';

/**
 * A problem in the document, shaped as a vfile message: `{ ruleId, source, severity, reason, place }`.
 * Stages raise it with a working span (addMessage); locate-positions turns the span into `place`, with
 * every other position.
 */
export interface Message {
  /** A stable id from rules.ts ("duplicate-phase"). */
  ruleId: RuleId;
  source: typeof MESSAGE_SOURCE;
  severity: Severity;
  reason: string;
  /** Where in the source file the problem is; null when it concerns the file as a whole ("the file is empty"). */
  place: Place | null;
  /** Working span of the problem (UTF-16, end exclusive), or null; see `inSource`. */
  span: Span | null;
  /**
   * Whether `span` counts in `raw` rather than `text`: true for a message raised while the file was
   * decoded or parsed, before read-markup made the text, and whenever the text is the source itself.
   */
  inSource: boolean;
}

/** Metadata a format gives (Content API) or the title names. */
export interface Metadata {
  /** Content API: the titles of the organisations the document is linked to. */
  organisations?: string[];
  /** Content API: public_updated_at, as given. */
  publicUpdatedAt?: string;
  /** Content API: first_published_at, as given (the date relative dates in the text are read from). */
  firstPublishedAt?: string;
  /** Content API: base_path, as given ("/government/publications/…"). */
  basePath?: string;
  /** The department the title names ("… : Department for Work and Pensions"). */
  department?: string;
  /** Its unit key ("dwp"). */
  departmentKey?: string;
  /** The title, when it names an action ("Action 3: …"). */
  action?: string;
  /** Its unit key ("action-3"). */
  actionKey?: string;
}

/** Sentence-level context handed to extractors. */
export interface SentenceContext {
  text: string;
  /** The section's phase year, for anchoring dates without a year. */
  phaseYear: number | null;
  /** The period the document says it covers, ISO days, for anchoring "this quarter", "in October". */
  period?: { start: string; end: string } | null;
  /** The document's own date (its "Updated" line or publication date), ISO day. */
  documentDate?: string | null;
  /** Acronyms the document defines anywhere (short form → definition): a use before the definition resolves too. */
  acronyms: ReadonlyMap<string, Acronym>;
  /** Short forms the document defines for a generic term or a measure ("SEGs", "PVR", "GDP"): their uses are no mention. */
  genericAcronyms?: ReadonlySet<string>;
  /** Footnote numbers the document both marks ("(1)" after a word) and opens a note with ("1 Central …"): no amounts. */
  notes?: ReadonlySet<number>;
  /** The sentence is an item of a lead-in that promises ("In the next quarter, GDS will:"): it speaks of the future. */
  future?: boolean;
  /** The sentence is an item of a lead-in that lists services ("The exemplars that changed phase were:"): it opens with one's name. */
  namesService?: boolean;
}

/**
 * The document the stages fill in: plain data only (no functions, no class instances), so it crosses
 * worker threads and structuredClone as it is. `text` is what the pipeline reads: the file as decoded
 * for plain text, or the visible text for HTML/Markdown, where `sourceMap` places each text character
 * in the source (read with sourceStart/sourceEnd from text/source-map.ts).
 */
export interface Doc {
  source: SourceInfo;
  /** The decoded source file, BOM removed. */
  raw: string;
  /** The text the stages read (equal to `raw` for plain text). */
  text: string;
  /**
   * Where each UTF-16 code unit of `text` comes from in `raw` (its first index, and the index just
   * after its source: after the ";" of "&amp;"); null when `text` is `raw` (plain text, PDF, Word).
   */
  sourceMap: SourceMap | null;
  lines: Line[];
  title: string | null;
  updated: string | null;
  /** Lines before the first unit heading (title, updated line, introduction); section u00 holds the same lines. */
  preamble: { firstLine: number; lastLine: number; text: string } | null;
  /** Metadata a format gives (Content API organisations) or the title names. */
  metadata: Metadata;
  /** Typed blocks the reader saw, in document order (stand-off over `text`). */
  blocks: Block[];
  /** Every heading of the body in document order, each pointing at its parent. */
  outline: OutlineEntry[];
  sections: Section[];
  sentences: Sentence[];
  entities: Entity[];
  acronyms: Acronym[];
  /** Acronyms the markup defines: `<abbr title="Government Digital Service">GDS</abbr>`. */
  markupAcronyms: MarkupAcronym[];
  /** Short forms the document defines for a generic term or a measure (find-acronyms); not an output. */
  genericAcronyms: string[];
  /**
   * Note references the markup sets as such (`<sup>12</sup>`, a link to a footnote), as spans of
   * `text`: markers, no amounts or parts of names; the extractors read them as blanks. Not an output.
   */
  noteMarks: Span[];
  messages: Message[];
  /** Tables as the reader found them (cells as spans of `text`); see the tables block below. */
  markupTables: MarkupTable[];
  /** Tables as data: cells laid out in a grid, with values and headers. */
  tables: Table[];
  /** Statements of what a unit will do, with their follow-through in later progress phases. */
  commitments: Commitment[];
  /**
   * PDF and Word: the layout the reader found (pages, where each piece of `text` is printed, typed
   * blocks). For these formats `raw` and `text` are both the text written to source.txt.
   */
  layout?: Layout;
}

/** A piece of source.txt and where it is printed: the characters from…to spread evenly over the box's width. */
export interface Fragment {
  from: number;
  to: number;
  /** Index of the printed line the fragment belongs to (one box per line). */
  line: number;
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A block of source.txt as the reader saw it: the shape of the outline's typed blocks. */
export interface LayoutBlock {
  type: 'heading' | 'paragraph' | 'list-item' | 'table-cell';
  /** heading: 1 for the largest type on the page set, 2 for the next …; bold text of body size comes last. */
  level?: number;
  /** list-item: 1 for the outermost list. */
  depth?: number;
  /** UTF-16 indices into source.txt, end exclusive. */
  from: number;
  to: number;
  /** PDF: the page the block starts on. */
  page?: number;
}

export interface Layout {
  /** Pages of a PDF as displayed (rotation applied), in points. Empty for Word. */
  pages: Array<{ number: number; width: number; height: number; rotation: number }>;
  /** Sorted by `from`, not overlapping. Empty for Word. */
  fragments: Fragment[];
  blocks: LayoutBlock[];
}

/** An acronym defined by markup; `span` covers its visible short form in `text`. */
export interface MarkupAcronym {
  short: string;
  long: string;
  span: Span;
}

export function createDoc(source: SourceInfo, raw: string): Doc {
  return {
    source,
    raw,
    text: raw,
    sourceMap: null,
    lines: [],
    title: null,
    updated: null,
    preamble: null,
    metadata: {},
    blocks: [],
    outline: [],
    sections: [],
    sentences: [],
    entities: [],
    acronyms: [],
    markupAcronyms: [],
    genericAcronyms: [],
    noteMarks: [],
    messages: [],
    markupTables: [],
    tables: [],
    commitments: [],
  };
}

/**
 * Records a content problem on the document; never throws. `span` is where the problem is in the text
 * the stages read at the time (before read-markup that is the source itself), or null for the file as a
 * whole. The severity is the rule's own unless given.
 */
export function addMessage(doc: Doc, ruleId: RuleId, reason: string, span: Span | null = null, severity: Severity = RULES[ruleId][0]): void {
  doc.messages.push({ ruleId, source: MESSAGE_SOURCE, severity, reason, place: null, span, inSource: doc.sourceMap === null });
}

/** The span of a line's content (1-based line number of `doc.text`), its surrounding white space left out. */
export function lineSpan(doc: Doc, lineNumber: number): Span | null {
  const line = doc.lines[lineNumber - 1];
  if (!line) return null;
  const lead = line.content.length - line.content.trimStart().length;
  const trail = line.content.length - line.content.trimEnd().length;
  return lead === line.content.length ? { from: line.from, to: line.from } : { from: line.from + lead, to: line.to - trail };
}

// ---- Tables ------------------------------------------------------------------------------------------
// A reader records each table as rows of cells, each cell a span of `Doc.text` (every cell is a line of
// the text as well, so its sentences and entities come out as before). The build-tables stage lays the
// cells out in a grid (rowspan and colspan honoured, as the HTML table model does) and reads each cell's
// number and headers.

/** A cell as the markup gives it. */
export interface MarkupCell {
  /** <th>, or a cell of a Markdown table's header row. */
  header: boolean;
  rowSpan: number;
  colSpan: number;
  /** The cell's visible text in `Doc.text`, trimmed of surrounding white space. */
  span: Span;
}

export interface MarkupRow {
  /** A row of <thead>, or a Markdown table's header row. */
  head: boolean;
  cells: MarkupCell[];
}

export interface MarkupTable {
  /** From the table's first to its last visible character in `Doc.text`. */
  span: Span;
  /** <caption>, trimmed; null when the markup has none. */
  caption: Span | null;
  rows: MarkupRow[];
  /** table-html, table-markdown or table-text. */
  rule: string;
}

export interface TableCell {
  /** Row and column from 1 in the grid after spans are laid out: the top-left slot the cell covers. */
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  /** A header cell (<th>, a Markdown header row). */
  header: boolean;
  /** The cell's text, verbatim. */
  text: string;
  /** The number written in the cell ("+2,590" → 2590, "−0.3" → -0.3, "12%" → 12, "(1.2)" → -1.2), or null. */
  value: number | null;
  /** The header texts above the cell, top down, joined with " › " ("£ million › 2016-17"), or null. */
  columnHeader: string | null;
  /** The text of the row's header cell, or null. */
  rowHeader: string | null;
  span: Span;
  start?: Point;
  end?: Point;
  /** PDF only: where the cell's text is printed. */
  boxes?: Box[];
}

export interface Table {
  /** `t01`, `t02` … in document order. */
  id: string;
  /** The section the table's first line is in; null in the preamble. */
  sectionId: string | null;
  /** The table's caption: its <caption>, or a "Table 2.1: …" line just above it; null when none. */
  caption: string | null;
  captionSpan: Span | null;
  captionStart?: Point;
  captionEnd?: Point;
  /** Rows and columns of the grid. */
  rows: number;
  columns: number;
  /** The rule that found the table: table-html, table-markdown or table-text. */
  rule: string;
  span: Span;
  start?: Point;
  end?: Point;
  cells: TableCell[];
}
// ---- end of tables ------------------------------------------------------------------------------------

export const SCHEMA_VERSION = 3;

/**
 * What a later progress phase says of a commitment: `reported` (done), `partly` (mentioned, but under
 * way or only part of it), `not-reported` (no later progress statement of the unit speaks of it),
 * `no-later-report` (the page has no later progress phase of the unit).
 */
export type CommitmentStatus = 'reported' | 'partly' | 'not-reported' | 'no-later-report';

/** A progress sentence that reports on a commitment, with the matcher's score (0–1). */
export interface Evidence {
  sentenceId: string;
  score: number;
}

/** The quantity a commitment promises: "at least 2,000 staff" → { value: 2000, unit: 'number', counts: 'staff' }. */
export interface Target {
  value: number;
  /** 'number', 'percent', or the ISO 4217 currency of a sum of money. */
  unit: string;
  /** The counted noun phrase ("staff"), or null. */
  counts: string | null;
}

/** A statement of what a unit will do: one sentence (of a paragraph or a bullet item), whole. */
export interface Commitment {
  /** `<sentenceId>.c` */
  id: string;
  sentenceId: string;
  sectionId: string;
  unit: string;
  unitKey: string;
  phaseKind: PhaseKind | null;
  phaseYear: number | null;
  /** The sentence, verbatim. */
  text: string;
  /** Who will do it, as written; a pronoun or a lead-in's bullet takes the name it stands for. */
  actor: string | null;
  /** ISO 8601 date from the statement's own words ("by March 2014" → "2014-03"), or a table row's end
   * column ("Mar 2014" → "2014-03"), or null. */
  deadline: string | null;
  target: Target | null;
  status: CommitmentStatus;
  /** Progress sentences of the same unit that report on it, best first. */
  evidence: Evidence[];
  /** The rule that made the sentence a commitment (`phase`, `cue`, `lead-in-item`, `deadline`, `table-row`). */
  rule: string;
  span: Span;
  start?: Point;
  end?: Point;
  /** PDF only: where the statement is printed. */
  boxes?: Box[];
}
