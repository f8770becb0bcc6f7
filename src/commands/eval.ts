// `policy-extract eval <input> --gold <gold.json>` and `policy-extract eval --fixtures [DIR]`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { combineScores, commitmentFloorsFromScore, commitmentsBelowFloors, commitmentTable, type CommitmentFloors } from '../eval/commitments.js';
import { COMMITMENT_FLOORS_FILE, commitmentCases, evaluateCommitments } from '../eval/commitment-fixtures.js';
import { join } from 'node:path';
import { evaluate } from '../eval/evaluate.js';
import { scoreTable, errorList } from '../eval/report.js';
import { belowFloors, floorsFromScore, goldCases, readFloors } from '../eval/fixtures.js';

export interface EvalOptions {
  gold?: string;
  fixtures?: string;
  /** Folder whose cases carry gold.commitments.json: score commitments and follow-through instead of entities. */
  commitments?: string;
  json: boolean;
  errors: boolean;
  writeFloors: boolean;
}

export function runEval(inputs: string[], options: EvalOptions, out: (s: string) => void): number {
  if (options.commitments !== undefined) return runCommitmentEval(options.commitments || 'fixtures', options, out);
  if (options.fixtures !== undefined) {
    const dir = options.fixtures || 'fixtures';
    if (!existsSync(dir)) throw new UsageError(`${dir}: no such folder; give the folder that holds the fixture cases`);
    const results = [];
    let failing = 0;
    for (const name of goldCases(dir)) {
      const caseDir = join(dir, name);
      const evaluation = evaluate(join(caseDir, 'gold.entities.json'));
      const floors = readFloors(caseDir);
      const below = floors ? belowFloors(evaluation.score, floors) : [];
      if (options.writeFloors) writeFileSync(join(caseDir, 'floors.json'), JSON.stringify(floorsFromScore(evaluation.score), null, 2) + '\n');
      failing += below.length;
      results.push({ case: name, ...evaluation, below });
      if (!options.json) {
        out(`\n${name}\n${scoreTable(evaluation.score)}`);
        if (below.length) out(`BELOW FLOOR: ${below.join('; ')}\n`);
        if (options.errors) out(errorList(evaluation.score));
      }
    }
    if (options.json) out(JSON.stringify(results, null, 2) + '\n');
    return failing > 0 ? 1 : 0;
  }
  if (!options.gold) throw new UsageError('eval needs --gold <gold.json> (or --fixtures to score every fixture)');
  for (const path of [options.gold, ...inputs.slice(0, 1)]) {
    if (!existsSync(path)) throw new UsageError(`${path}: no such file; check the path`);
  }
  const evaluation = evaluate(options.gold, inputs[0]);
  if (options.json) out(JSON.stringify(evaluation, null, 2) + '\n');
  else {
    out(scoreTable(evaluation.score));
    if (options.errors) out(errorList(evaluation.score));
  }
  return 0;
}

/** Scores every fixtures/<case>/gold.commitments.json, prints each case and the total, checks <DIR>/commitments.floors.json. */
function runCommitmentEval(dir: string, options: EvalOptions, out: (s: string) => void): number {
  if (!existsSync(dir)) throw new UsageError(`${dir}: no such folder; give the folder that holds the fixture cases`);
  const cases = commitmentCases(dir);
  if (cases.length === 0) throw new UsageError(`${dir}: no case holds gold.commitments.json`);
  const scores = cases.map((name) => ({ case: name, score: evaluateCommitments(join(dir, name)) }));
  const total = combineScores(scores.map((s) => s.score));
  const floorsPath = join(dir, COMMITMENT_FLOORS_FILE);
  const floors = existsSync(floorsPath) ? (JSON.parse(readFileSync(floorsPath, 'utf8')) as CommitmentFloors) : null;
  const below = floors ? commitmentsBelowFloors(total, floors) : [];
  if (options.writeFloors) writeFileSync(floorsPath, JSON.stringify(commitmentFloorsFromScore(total), null, 2) + '\n');
  if (options.json) out(JSON.stringify({ cases: scores, total, below }, null, 2) + '\n');
  else {
    for (const s of scores) {
      out(`\n${s.case}\n${commitmentTable(s.score)}`);
      if (options.errors) out(s.score.errors.map((e) => `  ${e}\n`).join(''));
    }
    out(`\nall cases (in-sample: the thresholds were chosen on these pages)\n${commitmentTable(total)}`);
    if (below.length) out(`BELOW FLOOR: ${below.join('; ')}\n`);
  }
  return below.length > 0 ? 1 : 0;
}

export class UsageError extends Error {}
