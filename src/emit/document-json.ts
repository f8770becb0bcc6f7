// The document.json record: the Doc without its working fields, positions as {line, column, offset}.
import { SCHEMA_VERSION, type Doc, type Point } from '../model.js';

export interface DocumentJson {
  schemaVersion: number;
  source: Doc['source'];
  title: string | null;
  updated: string | null;
  metadata: Doc['metadata'];
  preamble: Doc['preamble'];
  sections: Array<Record<string, unknown>>;
  sentences: Array<Record<string, unknown>>;
  entities: Array<Record<string, unknown>>;
  acronyms: Array<Record<string, unknown>>;
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
    sections: doc.sections.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    sentences: doc.sentences.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    entities: doc.entities.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    acronyms: doc.acronyms.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
    messages: doc.messages,
    commitments: doc.commitments.map(({ span: _span, start, end, ...rest }) => ({ ...rest, start: pos(start), end: pos(end) })),
  };
}
