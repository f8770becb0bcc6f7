// The fixture cases that carry commitment gold, and the run that scores one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDocument } from '../pipeline.js';
import { scoreCommitments, type CommitmentGold, type CommitmentScore } from './commitments.js';

/** The floors of the combined commitment score, beside the cases. */
export const COMMITMENT_FLOORS_FILE = 'commitments.floors.json';

export function commitmentCases(fixturesDir: string): string[] {
  return readdirSync(fixturesDir)
    .filter((d) => existsSync(join(fixturesDir, d, 'gold.commitments.json')) && existsSync(join(fixturesDir, d, 'case.json')))
    .sort();
}

/** Runs the pipeline on the case's input and scores its commitments against the case's gold. */
export function evaluateCommitments(caseDir: string): CommitmentScore {
  const { input } = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as { input: string };
  const path = join(caseDir, input);
  const doc = processDocument(readFileSync(path), { path });
  const gold = JSON.parse(readFileSync(join(caseDir, 'gold.commitments.json'), 'utf8')) as CommitmentGold;
  return scoreCommitments(doc, gold);
}
