// The document.json record: the Doc without its working fields, every position a source Point.
import { SCHEMA_VERSION, type Doc, type Point, type Span } from '../model.js';
import type { Document, Message } from '../document.js';

/** A record's start or end; locate-positions sets every one, so a missing one is a bug, not a null. */
function placed(point: Point | undefined, what: string): Point {
  if (!point) throw new Error(`internal error: ${what} has no source position (locate-positions did not run)`);
  return point;
}

/** A working record as written: `span` dropped, start and end required. */
function located<T extends { span: Span; start?: Point; end?: Point; id?: string }>(record: T) {
  const { span: _span, start, end, ...rest } = record;
  const what = record.id ?? 'a record';
  return { ...rest, start: placed(start, what), end: placed(end, what) };
}

export function toDocumentJson(doc: Doc): Document {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: doc.source,
    title: doc.title,
    updated: doc.updated,
    metadata: doc.metadata,
    preamble: doc.preamble,
    outline: doc.outline.map(located),
    sections: doc.sections.map(located),
    sentences: doc.sentences.map(located),
    entities: doc.entities.map(located),
    acronyms: doc.acronyms.map(located),
    tables: doc.tables.map(({ span: _span, captionSpan: _captionSpan, captionStart, captionEnd, start, end, cells, ...rest }) => ({
      ...rest,
      captionStart: captionStart ?? null,
      captionEnd: captionEnd ?? null,
      start: placed(start, rest.id),
      end: placed(end, rest.id),
      cells: cells.map(located),
    })),
    messages: doc.messages.map(documentMessage),
    commitments: doc.commitments.map(located),
  };
}

/** A message as written: vfile's fields, the working span dropped. */
export function documentMessage({ ruleId, source, severity, reason, place }: Doc['messages'][number]): Message {
  return { ruleId, source, severity, reason, place };
}
