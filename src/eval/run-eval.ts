// What `policy-extract eval` does (its options are checked in src/commands/eval.ts): score one document
// against --gold, every fixture (--fixtures [DIR]) or the commitments of every fixture (--commitments [DIR]).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { combineScores, commitmentFloorsFromScore, commitmentsBelowFloors, commitmentTable, type CommitmentFloors } from './commitments.js';
import { COMMITMENT_FLOORS_FILE, commitmentCases, evaluateCommitments } from './commitment-fixtures.js';
import { join } from 'node:path';
import { evaluate, type Evaluation } from './evaluate.js';
import { scoreTable, errorList, typeFailures } from './report.js';
import { belowFloors, goldCases, nextFloors, readFloors } from './fixtures.js';
import { describeAnchoring } from '../gold/reanchor.js';
import { GoldError } from '../gold/model.js';
import { LoadError } from '../stages/load-document.js';
import { UsageError } from '../commands/command.js';

export { UsageError };

export interface EvalOptions {
  gold?: string;
  fixtures?: string;
  /** Folder whose cases carry gold.commitments.json: score commitments and follow-through instead of entities. */
  commitments?: string;
  json: boolean;
  errors: boolean;
  writeFloors: boolean;
  /** With writeFloors: lower floors, for this reason (recorded in floors.json). */
  lowerFloors?: string;
  /** Fail when a case's overall strict F1 is under this. */
  minF1?: number;
}

/** The score lines under --min-f1. */
function belowMinF1(evaluation: Evaluation, minF1: number | undefined): string[] {
  if (minF1 === undefined) return [];
  const f1 = evaluation.score.overall.strict.f1;
  return f1 + 1e-9 < minF1 ? [`overall strict F1 ${f1.toFixed(3)} < --min-f1 ${minF1}`] : [];
}

function evaluateOrExplain(goldPath: string, input?: string): Evaluation {
  try {
    return evaluate(goldPath, input);
  } catch (error) {
    if (error instanceof GoldError) throw new UsageError(error.message);
    if (error instanceof LoadError) throw new UsageError(`${error.path}: ${error.message}`);
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new UsageError(`${(error as NodeJS.ErrnoException).path ?? input}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder; give a file' : 'permission denied'}`);
    }
    throw error;
  }
}

export function runEval(inputs: string[], options: EvalOptions, out: (s: string) => void): number {
  if (options.lowerFloors !== undefined && !options.writeFloors) throw new UsageError('--lower-floors "<reason>" goes with --write-floors');
  if (options.lowerFloors !== undefined && !options.lowerFloors.trim()) throw new UsageError('--lower-floors needs a reason in quotes: why may the scores fall?');
  if (options.minF1 !== undefined && !(options.minF1 >= 0 && options.minF1 <= 1)) throw new UsageError('--min-f1 takes a number from 0 to 1, e.g. 0.8');
  if (options.commitments !== undefined) return runCommitmentEval(options.commitments || 'fixtures', options, out);
  if (options.fixtures !== undefined) {
    const dir = options.fixtures || 'fixtures';
    if (!existsSync(dir)) throw new UsageError(`${dir}: no such folder; give the folder that holds the fixture cases`);
    const cases = goldCases(dir);
    if (cases.length === 0) throw new UsageError(`${dir}: no fixture with a gold.entities.json in it; make one with policy-extract fixture add <document> --dir ${dir}`);
    const results = [];
    let failing = 0;
    for (const name of cases) {
      const caseDir = join(dir, name);
      const label = name === '.' ? dir : name;
      const evaluation = evaluateOrExplain(join(caseDir, 'gold.entities.json'));
      const floors = readFloors(caseDir);
      const below = [...(floors ? belowFloors(evaluation.score, floors) : []), ...belowMinF1(evaluation, options.minF1)];
      let floorsNote = '';
      let refused: string[] = [];
      if (options.writeFloors) {
        const next = nextFloors(floors, evaluation.score, options.lowerFloors);
        if (next.refused) {
          refused = next.lowered;
          floorsNote = `floors NOT written: they would fall (${next.lowered.join('; ')}); if that is intended, run again with --lower-floors "<reason>"\n`;
          failing++;
        } else {
          writeFileSync(join(caseDir, 'floors.json'), JSON.stringify(next.floors, null, 2) + '\n');
          floorsNote = next.lowered.length ? `floors lowered (${next.lowered.join('; ')}), reason recorded in floors.json\n` : 'floors written\n';
        }
      }
      failing += below.length;
      results.push({ case: label, ...evaluation, below, ...(options.writeFloors ? { floorsRefused: refused } : {}) });
      if (!options.json) {
        out(`\n${label}${evaluation.reviewed ? '' : ' (draft gold, not yet reviewed)'}\n`);
        out(describeAnchoring(evaluation.anchoring));
        out(scoreTable(evaluation.score));
        if (below.length) out(`FAIL ${label}: ${below.join('; ')}\n${typeFailures(evaluation.score, below)}`);
        if (options.errors) out(errorList(evaluation.score));
        out(floorsNote);
      }
    }
    if (options.json) out(JSON.stringify(results, null, 2) + '\n');
    else if (failing) out(`\n${results.filter((r) => r.below.length || (r as { floorsRefused?: string[] }).floorsRefused?.length).length} of ${results.length} fixtures failed\n`);
    return failing > 0 ? 1 : 0;
  }
  if (options.writeFloors) throw new UsageError('--write-floors goes with --fixtures DIR: floors live in fixture folders');
  if (!options.gold) throw new UsageError('eval needs --gold <file> (or --fixtures DIR to score every fixture)');
  const evaluation = evaluateOrExplain(options.gold, inputs[0]);
  const below = belowMinF1(evaluation, options.minF1);
  if (options.json) out(JSON.stringify({ ...evaluation, below }, null, 2) + '\n');
  else {
    out(describeAnchoring(evaluation.anchoring));
    out(scoreTable(evaluation.score));
    if (below.length) out(`FAIL: ${below.join('; ')}\n`);
    if (options.errors) out(errorList(evaluation.score));
  }
  return below.length ? 1 : 0;
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

