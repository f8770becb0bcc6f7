// `policy-extract fixture add <document> [--gold FILE] [--dir DIR] [--name NAME]`,
// `policy-extract fixture check [DIR]` and `policy-extract fixture update [DIR]`.
import { existsSync } from 'node:fs';
import { addFixture, FixtureError, updateExpected } from '../fixtures/add.js';
import { checkFixture, fixtureFolders } from '../fixtures/check.js';
import { GoldError } from '../gold/model.js';
import { LoadError } from '../stages/load-document.js';
import { UsageError } from './eval.js';

export interface FixtureOptions {
  gold?: string;
  dir?: string;
  name?: string;
}

export function runFixture(args: string[], options: FixtureOptions, out: (s: string) => void, err: (s: string) => void): number {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    if (rest.length !== 1) throw new UsageError('fixture add takes one document: policy-extract fixture add <document> [--gold <corrected entities.csv | document.json | Label Studio export | W3C annotations>] [--dir fixtures]');
    try {
      const result = addFixture({ document: rest[0], gold: options.gold, dir: options.dir ?? 'fixtures', name: options.name });
      out(`${result.caseDir}: fixture with ${result.mentions} gold mentions${result.reviewed ? '' : ' (DRAFT: the current extraction, marked unreviewed; correct gold.entities.json, or make the fixture again with --gold <your corrected entities.csv>)'}; extraction scores overall strict F1 ${result.f1.toFixed(3)}, recorded as floors\n`);
      for (const file of result.files) out(`  wrote ${file}\n`);
      return 0;
    } catch (error) {
      if (error instanceof FixtureError || error instanceof GoldError) throw new UsageError(error.message);
      if (error instanceof LoadError) throw new UsageError(`${rest[0]}: ${error.message}`);
      throw error;
    }
  }
  if (sub === 'check' || sub === 'update') {
    const dir = rest[0] ?? options.dir ?? 'fixtures';
    if (!existsSync(dir)) throw new UsageError(`${dir}: no such folder; give a fixture folder or the folder that holds them`);
    const cases = fixtureFolders(dir);
    if (cases.length === 0) throw new UsageError(`${dir}: no fixture (a folder with a case.json) in it`);
    if (sub === 'update') {
      for (const c of updateExpected(cases)) out(`${c}: expected outputs written\n`);
      return 0;
    }
    let bad = 0;
    for (const c of cases) {
      const problems = checkFixture(c);
      if (problems.length) {
        bad++;
        for (const p of problems) err(`${p}\n`);
      } else out(`${c}: ok\n`);
    }
    if (bad) err(`${bad} of ${cases.length} fixtures have problems\n`);
    return bad ? 1 : 0;
  }
  throw new UsageError(`fixture takes add, check or update; got ${sub ? `"${sub}"` : 'nothing'}`);
}
