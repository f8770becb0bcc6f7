// Runs the pipeline on a document and scores it against gold (fixtures/*/gold.entities.json, or any format
// src/gold reads). Gold made on another version of the document is placed again by its quotes first.
import { readFileSync } from 'node:fs';
import { processDocument } from '../pipeline.js';
import type { Doc, EntityType } from '../model.js';
import { scoreMentions, type Score, type ScoredMention } from './score.js';
import { goldDocumentPath, loadGold } from '../gold/load.js';
import { readGoldInput } from '../gold/read.js';
import { GoldError, type GoldEntity, type GoldFile } from '../gold/model.js';
import { SourceText } from '../gold/source-text.js';
import type { Anchoring } from '../gold/reanchor.js';

export type { GoldFile } from '../gold/model.js';

export function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

const mention = (e: { type: EntityType; text: string; value: unknown; mod?: string; currency?: string; counts?: string; anchor?: string }, start: number, end: number, line: number, column: number): ScoredMention => {
  const m: ScoredMention = { type: e.type, start, end, text: e.text, value: e.value, line, column };
  for (const k of ['mod', 'currency', 'counts', 'anchor'] as const) if (e[k] !== undefined) m[k] = e[k];
  return m;
};

export function goldMentions(gold: { entities: GoldEntity[] }): ScoredMention[] {
  return gold.entities.map((e) => mention(e, e.start.offset, e.end.offset, e.start.line, e.start.column));
}

export function predictedMentions(doc: Doc): ScoredMention[] {
  return doc.entities.map((e) => mention(e, e.start!.offset, e.end!.offset, e.start!.line, e.start!.column));
}

export interface Evaluation {
  input: string;
  gold: string;
  score: Score;
  /** How the gold was placed: null when the gold's format carries no record of its source (it was placed as imported). */
  anchoring: Anchoring | null;
  /** false when the gold is an uncorrected draft. */
  reviewed: boolean;
}

/** Scores one input against one gold file; the input defaults to the document the gold names. */
export function evaluate(goldPath: string, inputPath?: string): Evaluation {
  let input = inputPath;
  const goldInput = readGoldInput(goldPath);
  if (input === undefined) {
    input = goldDocumentPath(goldPath, goldInput) ?? undefined;
    if (input === undefined) {
      throw new GoldError(goldPath, [
        goldInput.document ? `names its document "${goldInput.document}", which is not there; give the input: policy-extract eval <input> --gold ${goldPath}` : `names no document; give the input: policy-extract eval <input> --gold ${goldPath}`,
      ]);
    }
  }
  const bytes = readFileSync(input);
  const doc = processDocument(bytes, { path: input });
  const loaded = loadGold(goldPath, { path: input, text: new SourceText(doc.raw), sha256: doc.source.sha256, markup: doc.source.format !== 'text' });
  return {
    input,
    gold: goldPath,
    score: scoreMentions(goldMentions(loaded), predictedMentions(doc)),
    anchoring: loaded.anchoring,
    reviewed: loaded.input.reviewed !== false,
  };
}
