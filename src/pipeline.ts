// The pipeline: one ordered list of stages over one Doc. The order matters:
//  - read-markup turns HTML/Markdown/JSON into visible text lines (plain text passes through), so every
//    later stage reads lines of text whatever the format was;
//  - segment-sections needs the lines; split-sentences needs the sections;
//  - find-acronyms runs over all sentences before extraction, so that a use of "GDS" anywhere resolves
//    to its long form;
//  - extract-entities needs sentences, section phase years (for anchoring dates) and acronyms;
//  - find-commitments needs entities (deadlines and targets reuse their values) and unit keys;
//    follow-through needs the commitments and every section's phase;
//  - locate-positions runs last: it turns every working span into source positions in one place.
import type { Doc } from './model.js';
import { loadDocument, type LoadOptions } from './stages/load-document.js';
import { readMarkup } from './stages/read-markup.js';
import { segmentSections } from './stages/segment-sections.js';
import { splitSentences } from './stages/split-sentences.js';
import { findAcronyms } from './stages/find-acronyms.js';
import { extractEntities } from './stages/extract-entities.js';
import { keyUnits } from './stages/key-units.js';
import { locatePositions } from './stages/locate-positions.js';
import { findCommitments } from './stages/find-commitments.js';
import { followThrough } from './stages/follow-through.js';

export interface Stage {
  name: string;
  /** What the stage needs on the Doc, and what it fills in. */
  requires: string[];
  assigns: string[];
  run(doc: Doc): void;
}

export const STAGES: readonly Stage[] = [
  { name: 'read-markup', requires: ['raw', 'source.format'], assigns: ['text', 'lines', 'toSource', 'toSourceEnd', 'markupAcronyms', 'messagesInText', 'title', 'updated', 'metadata.organisations'], run: readMarkup },
  { name: 'segment-sections', requires: ['lines'], assigns: ['title', 'updated', 'preamble', 'sections'], run: segmentSections },
  { name: 'split-sentences', requires: ['sections'], assigns: ['sentences'], run: splitSentences },
  { name: 'find-acronyms', requires: ['sentences', 'markupAcronyms'], assigns: ['acronyms'], run: findAcronyms },
  { name: 'extract-entities', requires: ['sentences', 'sections.phaseYear', 'acronyms'], assigns: ['entities'], run: extractEntities },
  { name: 'key-units', requires: ['sections', 'acronyms', 'title'], assigns: ['sections.unitKey', 'metadata.department', 'metadata.departmentKey', 'metadata.action', 'metadata.actionKey', 'messages'], run: keyUnits },
  { name: 'find-commitments', requires: ['sections.unitKey', 'sentences', 'entities'], assigns: ['commitments'], run: findCommitments },
  { name: 'follow-through', requires: ['commitments', 'sections.phaseKind', 'sentences', 'entities'], assigns: ['commitments.status', 'commitments.evidence'], run: followThrough },
  { name: 'locate-positions', requires: ['sections', 'sentences', 'entities', 'acronyms', 'commitments', 'toSource', 'toSourceEnd'], assigns: ['start', 'end', 'messages.line'], run: locatePositions },
];

export interface RunOptions extends LoadOptions {
  /** Called with each stage's wall time in milliseconds. */
  onStage?: (name: string, ms: number) => void;
}

/** Runs every stage over the bytes of one file. Throws LoadError only when the file cannot be read as text. */
export function processDocument(bytes: Uint8Array, options: RunOptions): Doc {
  let start = performance.now();
  const doc = loadDocument(bytes, options);
  options.onStage?.('load-document', performance.now() - start);
  for (const stage of STAGES) {
    start = performance.now();
    stage.run(doc);
    options.onStage?.(stage.name, performance.now() - start);
  }
  return doc;
}
