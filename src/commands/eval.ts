// `policy-extract eval <input> --gold <gold.json>` and `policy-extract eval --fixtures [DIR]`.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../eval/evaluate.js';
import { scoreTable, errorList } from '../eval/report.js';
import { belowFloors, floorsFromScore, goldCases, readFloors } from '../eval/fixtures.js';

export interface EvalOptions {
  gold?: string;
  fixtures?: string;
  json: boolean;
  errors: boolean;
  writeFloors: boolean;
}

export function runEval(inputs: string[], options: EvalOptions, out: (s: string) => void): number {
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

export class UsageError extends Error {}
