// The types of document.json, exactly as written to disk and as `extract()` returns it: the working
// records of model.ts without their working fields (`span`, the message's working span), every
// position a source Point (line and column from 1, offset from 0, in Unicode code points; end
// exclusive). Derived from model.ts, so a field added to a record there is a field of document.json;
// test/schema-types.test.ts holds schema/document.schema.json to these types, field by field.
import type * as Model from './model.js';
import type { SCHEMA_VERSION } from './model.js';

export type {
  Point,
  Box,
  Place,
  SourceInfo,
  SourceFormat,
  Metadata,
  Severity,
  UnitKind,
  PhaseKind,
  OutlineKind,
  EntityType,
  DateMod,
  ValueMod,
  DateAnchor,
  CommitmentStatus,
  Evidence,
  Target,
} from './model.js';
export type { RuleId } from './rules.js';

/** Spells out an object type's fields (an editor shows them, not the mapped types that made them). */
type Fields<T> = { [K in keyof T]: T[K] } & {};

/** A working record as written: its working span gone, its start and end in the source file. */
type Placed<T> = Fields<Omit<T, 'span' | 'start' | 'end'> & { start: Model.Point; end: Model.Point }>;

/** One heading of the document's outline (`outline`), pointing at its parent. */
export type Heading = Placed<Model.OutlineEntry>;
/** A section: a unit × phase of a progress page, or a part of the outline; `u00` is the preamble. */
export type Section = Placed<Model.Section>;
export type Sentence = Placed<Model.Sentence>;
/** A mention (number, percent, money, date, duration, organisation, person, place, programme) with its normalised value. */
export type Entity = Placed<Model.Entity>;
export type Acronym = Placed<Model.Acronym>;
/** A cell of a table, placed in the grid after row and column spans are laid out. */
export type TableCell = Placed<Model.TableCell>;
/** A table of the document as data; `captionStart`/`captionEnd` are null when it has no caption. */
export type Table = Fields<
  Omit<Model.Table, 'span' | 'start' | 'end' | 'captionSpan' | 'captionStart' | 'captionEnd' | 'cells'> & {
    captionStart: Model.Point | null;
    captionEnd: Model.Point | null;
    start: Model.Point;
    end: Model.Point;
    cells: TableCell[];
  }
>;
/** A statement of what a unit will do, with its follow-through. */
export type Commitment = Placed<Model.Commitment>;
/** A problem in the text, shaped as a vfile message: `place` is null when it concerns the file as a whole. */
export type Message = Fields<Omit<Model.Message, 'span' | 'inSource'>>;
/** The lines before the first unit or phase heading (title, "Updated" line, introduction). */
export type Preamble = Fields<NonNullable<Model.Doc['preamble']>>;

/** document.json: one document's extraction. */
export interface Document {
  schemaVersion: typeof SCHEMA_VERSION;
  source: Model.SourceInfo;
  title: string | null;
  /** The page's "Updated" date, ISO 8601. */
  updated: string | null;
  metadata: Model.Metadata;
  preamble: Preamble | null;
  outline: Heading[];
  sections: Section[];
  sentences: Sentence[];
  entities: Entity[];
  acronyms: Acronym[];
  tables: Table[];
  messages: Message[];
  commitments: Commitment[];
}
