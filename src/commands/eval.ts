// `policy-extract eval`: scores extraction against hand-annotated gold (src/eval/run-eval.ts does it).
import { numberIn, UsageError, type Command } from './command.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'scores extraction against hand-annotated gold, and checks the recorded floors',
  usage: [
    'eval <input> --gold <gold.json> [--json] [--errors] [--min-f1 X]',
    'eval --fixtures [DIR] [--min-f1 X] [--write-floors [--lower-floors "<reason>"]] [--json] [--errors]',
    'eval --commitments [DIR] [--json] [--errors] [--write-floors]',
  ],
  description:
    'Scores extraction against hand-annotated gold: precision, recall and F1 per type, strict (same span) and lenient (overlapping span), and value accuracy. ' +
    'Gold made on an earlier version of the input is placed again by its quotes; eval says how many mentions moved and lists those it could not place.',
  options: {
    gold: { type: 'string', value: 'FILE', help: 'the gold file (gold.entities.json) to score one document against; the document is <input>, or the one the gold names' },
    fixtures: { type: 'boolean', default: false, help: 'scores every <DIR>/<case>/gold.entities.json (DIR: fixtures by default) and checks each case\'s floors.json' },
    commitments: { type: 'boolean', default: false, help: 'scores commitments and follow-through against every <DIR>/<case>/gold.commitments.json and checks <DIR>/commitments.floors.json' },
    json: { type: 'boolean', default: false, help: 'prints the scores as JSON' },
    errors: { type: 'boolean', default: false, help: 'lists misses, spurious mentions, boundary and value errors with their lines' },
    'min-f1': { type: 'string', value: 'X', help: "fails when a case's overall strict F1 is under X (a number from 0 to 1)" },
    'write-floors': { type: 'boolean', default: false, help: 'records the current scores as the new floors (a reviewed change); refuses to lower a floor unless --lower-floors' },
    'lower-floors': { type: 'string', value: '"REASON"', help: 'with --write-floors: lets floors fall, for this reason (kept in floors.json)' },
  },
  exitCodes: {
    0: 'every score at or above its floors (and --min-f1)',
    1: 'a score below its floor or --min-f1, or floors not written because they would fall (gold or input that cannot be used is wrong usage: 2, with the file, row and problem named)',
  },
  examples: ['eval --fixtures', 'eval page.txt --gold page.gold.json --errors', 'eval --fixtures --write-floors --lower-floors "the date rule now reads ranges"'],
  async run(values, positionals, io) {
    if (values.fixtures && values.commitments) throw new UsageError('--fixtures and --commitments score different gold: give one');
    if ((values.fixtures || values.commitments) && values.gold !== undefined) throw new UsageError(`--gold scores one document; --${values.fixtures ? 'fixtures' : 'commitments'} scores a folder of them: give one`);
    const folder = values.fixtures || values.commitments;
    if (positionals.length > 1) throw new UsageError(`eval takes ${folder ? 'one folder' : 'one input'}; got ${positionals.length}: ${positionals.join(' ')}`);
    const minF1 = values['min-f1'] === undefined ? undefined : numberIn('min-f1', values['min-f1'] as string, 0, 1, '0.8');
    const { runEval } = await import('../eval/run-eval.js');
    return runEval(
      positionals,
      {
        gold: values.gold as string | undefined,
        fixtures: values.fixtures ? (positionals[0] ?? 'fixtures') : undefined,
        commitments: values.commitments ? (positionals[0] ?? 'fixtures') : undefined,
        json: values.json as boolean,
        errors: values.errors as boolean,
        writeFloors: values['write-floors'] as boolean,
        lowerFloors: values['lower-floors'] as string | undefined,
        minF1,
      },
      (s) => io.stdout.write(s),
    );
  },
};
