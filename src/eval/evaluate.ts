// Runs the pipeline on a document and scores it against a gold file (fixtures/*/gold.entities.json).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { processDocument } from '../pipeline.js';
import type { Doc, EntityType } from '../model.js';
import { scoreMentions, type Score, type ScoredMention } from './score.js';

export interface GoldFile {
  document: string;
  entities: Array<{
    type: EntityType;
    text: string;
    start: { line: number; column: number; offset: number };
    end: { line: number; column: number; offset: number };
    value: unknown;
    mod?: string;
    currency?: string;
  }>;
}

export function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

export function goldMentions(gold: GoldFile): ScoredMention[] {
  return gold.entities.map((e) => ({
    type: e.type, start: e.start.offset, end: e.end.offset, text: e.text, value: e.value,
    mod: e.mod, currency: e.currency, line: e.start.line,
  }));
}

export function predictedMentions(doc: Doc): ScoredMention[] {
  return doc.entities.map((e) => ({
    type: e.type, start: e.start!.offset, end: e.end!.offset, text: e.text, value: e.value,
    mod: e.mod, currency: e.currency, line: e.start!.line,
  }));
}

export interface Evaluation {
  input: string;
  gold: string;
  score: Score;
}

/** Scores one input against one gold file; the input defaults to the document the gold names. */
export function evaluate(goldPath: string, inputPath?: string): Evaluation {
  const gold = readGold(goldPath);
  const input = inputPath ?? resolve(dirname(goldPath), gold.document);
  const doc = processDocument(readFileSync(input), { path: input });
  return { input, gold: goldPath, score: scoreMentions(goldMentions(gold), predictedMentions(doc)) };
}
