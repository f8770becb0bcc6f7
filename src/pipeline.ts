// The pipeline: one ordered list of stages over one Doc. The order matters:
//  - read-markup turns HTML/Markdown/JSON into visible text lines (plain text passes through), so every
//    later stage reads lines of text whatever the format was;
//  - find-text-tables finds pipe tables in plain text (the markup readers record their own tables), so
//    that segment-sections and build-outline know which lines are table cells: a cell ("2015-16") is
//    never a heading;
//  - segment-sections needs the lines and reads a progress page as units × phases;
//  - build-outline needs the blocks and that reading (its units and phases become outline records);
//  - project-sections needs the outline: it keeps a progress page's sections or cuts them from the
//    outline; split-sentences needs the sections;
//  - build-tables lays the tables out once the sections are final (each table names its section);
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
import { buildOutline } from './stages/build-outline.js';
import { projectSections } from './stages/project-sections.js';
import { findAcronyms } from './stages/find-acronyms.js';
import { extractEntities } from './stages/extract-entities.js';
import { keyUnits } from './stages/key-units.js';
import { locatePositions } from './stages/locate-positions.js';
import { findTextTables } from './stages/find-text-tables.js';
import { buildTables } from './stages/build-tables.js';
import { convertDocument } from './readers/convert.js';
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
  { name: 'read-markup', requires: ['raw', 'source.format'], assigns: ['text', 'lines', 'blocks', 'sourceMap', 'markupAcronyms', 'markupTables', 'title', 'updated', 'metadata.organisations'], run: readMarkup },
  { name: 'find-text-tables', requires: ['lines', 'source.format'], assigns: ['markupTables'], run: findTextTables },
  { name: 'segment-sections', requires: ['lines'], assigns: ['title', 'updated', 'preamble', 'sections'], run: segmentSections },
  { name: 'build-outline', requires: ['blocks', 'lines', 'sections'], assigns: ['outline'], run: buildOutline },
  { name: 'project-sections', requires: ['outline', 'sections'], assigns: ['sections', 'sections.outlineId', 'sections.headingPath', 'preamble', 'messages'], run: projectSections },
  { name: 'build-tables', requires: ['markupTables', 'lines', 'sections'], assigns: ['tables'], run: buildTables },
  { name: 'split-sentences', requires: ['sections'], assigns: ['sentences'], run: splitSentences },
  { name: 'find-acronyms', requires: ['sentences', 'markupAcronyms'], assigns: ['acronyms'], run: findAcronyms },
  { name: 'extract-entities', requires: ['sentences', 'sections.phaseYear', 'acronyms'], assigns: ['entities'], run: extractEntities },
  { name: 'key-units', requires: ['sections', 'acronyms', 'title'], assigns: ['sections.unitKey', 'metadata.department', 'metadata.departmentKey', 'metadata.action', 'metadata.actionKey', 'messages'], run: keyUnits },
  { name: 'find-commitments', requires: ['sections.unitKey', 'sentences', 'entities'], assigns: ['commitments'], run: findCommitments },
  { name: 'follow-through', requires: ['commitments', 'sections.phaseKind', 'sentences', 'entities'], assigns: ['commitments.status', 'commitments.evidence'], run: followThrough },
  { name: 'locate-positions', requires: ['sections', 'outline', 'sentences', 'entities', 'acronyms', 'tables', 'commitments', 'messages', 'sourceMap'], assigns: ['start', 'end', 'messages.place'], run: locatePositions },
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

/**
 * Runs every stage over the bytes of any file the tool reads, PDF and Word (.docx) included: those are
 * first read into text (source.txt) by their asynchronous readers, then go through the same stages.
 */
export async function processFile(bytes: Uint8Array, options: RunOptions): Promise<Doc> {
  const start = performance.now();
  const converted = await convertDocument(bytes, options.path);
  if (converted) options.onStage?.(`read-${converted.format}`, performance.now() - start);
  return processDocument(bytes, { ...options, converted });
}
