// The one data model of policy-extract. Every stage reads and writes these records; nothing else
// crosses a stage boundary.
//
// Positions: stages work on JavaScript strings, whose indices count UTF-16 code units. Records carry
// those indices as `from`/`to` while the pipeline runs (the "working span"); the `locate` stage turns
// them, in exactly one place, into `Position`s whose line/column/offset count Unicode code points in the
// source file, as Python and the W3C Web Annotation model count.

import { RULES, type RuleId } from './rules.js';

/** A point in the source file: line and column from 1, offset from 0, in Unicode code points. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A working span into `Doc.text`, in UTF-16 code units, end exclusive. */
export interface Span {
  from: number;
  to: number;
}

export type SourceFormat = 'text' | 'markdown' | 'html' | 'govuk-json';

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
  /** The body text (from its first to its last body character). */
  text: string;
  span: Span;
  start?: Point;
  end?: Point;
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
}

export type Severity = 'info' | 'warning' | 'error';

export interface Message {
  ruleId: string;
  severity: Severity;
  reason: string;
  line: number | null;
  column: number | null;
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
}

/**
 * The document the stages fill in. `text` is what the pipeline reads: the file as decoded for plain
 * text, or the visible text for HTML/Markdown, where `toSource` maps a text index to a source index.
 */
export interface Doc {
  source: SourceInfo;
  /** The decoded source file, BOM removed. */
  raw: string;
  /** The text the stages read (equal to `raw` for plain text). */
  text: string;
  /** Maps a UTF-16 index of `text` to a UTF-16 index of `raw`; identity for plain text. */
  toSource: ((index: number) => number) | null;
  /**
   * Maps a UTF-16 index of `text` to the index of `raw` just after that character's source: after the
   * ";" of "&amp;", so a span ending in "&" ends after the whole reference. Null when `toSource` is.
   */
  toSourceEnd: ((index: number) => number) | null;
  lines: Line[];
  title: string | null;
  updated: string | null;
  /** Lines before the first unit heading (title, updated line, introduction); section u00 holds the same lines. */
  preamble: { firstLine: number; lastLine: number; text: string } | null;
  /** Metadata a format gives (Content API organisations) or the title names. */
  metadata: Record<string, string | string[] | null>;
  sections: Section[];
  sentences: Sentence[];
  entities: Entity[];
  acronyms: Acronym[];
  /** Acronyms the markup defines: `<abbr title="Government Digital Service">GDS</abbr>`. */
  markupAcronyms: MarkupAcronym[];
  messages: Message[];
  /**
   * For HTML, Markdown and JSON: messages from this index on name lines of `text` (the stages after
   * read-markup count those); locate-positions turns them into lines of the file.
   */
  messagesInText?: number;
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
    toSource: null,
    toSourceEnd: null,
    lines: [],
    title: null,
    updated: null,
    preamble: null,
    metadata: {},
    sections: [],
    sentences: [],
    entities: [],
    acronyms: [],
    markupAcronyms: [],
    messages: [],
  };
}

/** Records a content problem on the document; never throws. The severity is the rule's own unless given. */
export function addMessage(
  doc: Doc,
  ruleId: RuleId,
  reason: string,
  line: number | null = null,
  column: number | null = null,
  severity: Severity = RULES[ruleId][0],
): void {
  doc.messages.push({ ruleId, severity, reason, line, column });
}

export const SCHEMA_VERSION = 1;
