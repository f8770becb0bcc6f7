// The document.json record: the Doc without its working fields, positions as {line, column, offset}.
import { SCHEMA_VERSION, type Doc, type Point } from '../model.js';

export interface DocumentJson {
  schemaVersion: number;
  source: Doc['source'];
  title: string | null;
  updated: string | null;
  metadata: Doc['metadata'];
  preamble: Doc['preamble'];
  outline: Array<Record<string, unknown>>;
  sections: Array<Record<string, unknown>>;
  sentences: Array<Record<string, unknown>>;
  entities: Array<Record<string, unknown>>;
  acronyms: Array<Record<string, unknown>>;
  tables: Array<Record<string, unknown>>;
  messages: Doc['messages'];
  commitments: Array<Record<string, unknown>>;
}

const pos = (p: Point | undefined) => p ?? null;

export function toDocumentJson(doc: Doc): DocumentJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: doc.source,
    title: doc.title,
    updated: doc.updated,
    metadata: doc.metadata,
    preamble: doc.preamble,
    outline: doc.outline.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    sections: doc.sections.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    sentences: doc.sentences.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    entities: doc.entities.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    acronyms: doc.acronyms.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    tables: doc.tables.map(({ span: _span, captionSpan: _captionSpan, captionStart, captionEnd, start, end, cells, ...rest }) => ({
      ...rest,
      captionStart: pos(captionStart),
      captionEnd: pos(captionEnd),
      start: pos(start),
      end: pos(end),
      cells: cells.map(({ span: _cellSpan, start: cellStart, end: cellEnd, ...cell }) => ({ ...cell, start: pos(cellStart), end: pos(cellEnd) })),
    })),
    messages: doc.messages,
    commitments: doc.commitments.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
  };
}
