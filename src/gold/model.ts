// The gold file (gold.entities.json): hand-checked entity mentions of one document, each with its exact
// position in the source and a W3C Web Annotation TextQuoteSelector, so that it can be placed again when
// the document changes. The JSON Schema is schema/gold.schema.json; the README describes the format.
import type { EntityExtras, EntityType, Point } from '../model.js';
import type { TextQuoteSelector } from './anchor.js';

export const GOLD_SCHEMA_ID = 'https://policy-extract.invalid/schema/gold.schema.json';

/** A mention as the annotation exporters take it: its type, verbatim text, value, extras and place. */
export interface ExportEntity extends EntityExtras {
  type: EntityType;
  text: string;
  value: string | number | null;
  start: Point;
  end: Point;
}

export interface GoldEntity extends EntityExtras {
  type: EntityType;
  /** The exact characters of the mention in the source. */
  text: string;
  start: Point;
  end: Point;
  /** The normalised value (docs: value conventions); null when not annotated (value accuracy skips it). */
  value: string | number | null;
  /** The mention and the 32 code points around it, to place it again in a changed document. */
  selector?: TextQuoteSelector;
}

export interface GoldAcronym {
  short: string;
  long: string;
  type: EntityType;
  start: Point;
  end: Point;
}

export interface GoldFile {
  /** The source file, relative to the gold file. */
  document: string;
  /** sha256 of the source file's bytes when the gold was made: another value means the document changed. */
  sha256?: string;
  annotator?: string;
  /** false: a draft taken from the extraction, not yet corrected by a person. */
  reviewed?: boolean;
  guide?: string;
  entities: GoldEntity[];
  acronyms?: GoldAcronym[];
}

/** A mention as an importer finds it, before it is placed in the source and checked. */
export interface DraftMention {
  /** Where it came from, for messages: "row 7", "annotation 3", "entity 12". */
  where: string;
  type?: string;
  text?: string;
  /** The value as the file gives it (a string from a CSV); undefined or "" when not given. */
  value?: unknown;
  extras: Record<string, unknown>;
  /** Code-point offsets as the file gives them (a hint when the text has changed). */
  start?: number;
  end?: number;
  line?: number;
  column?: number;
  prefix?: string;
  suffix?: string;
}

/** A gold file that cannot be used: names the file and, for each problem, where it is. */
export class GoldError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
  }
}
