// `policy-extract fixture add|check|update`: test cases made from a document and its corrected
// entities (src/fixtures/run-fixture.ts).
import { UsageError, type Command } from './command.js';

const SUBCOMMANDS = ['add', 'check', 'update'];

export const fixtureCommand: Command = {
  name: 'fixture',
  summary: 'makes a test case from a document and its corrected entities; checks or updates test cases',
  usage: [
    'fixture add <document> [--gold <entities.csv|document.json|Label Studio export|W3C annotations>] [--dir DIR] [--name NAME]',
    'fixture check [DIR]',
    'fixture update [DIR]',
  ],
  description:
    'add: makes <dir>/<name>/ (input copy, gold.entities.json, floors.json, expected/) from a document and the corrected entities.csv (or document.json, Label Studio or W3C export); without --gold, the current extraction is the draft gold, marked unreviewed. ' +
    'check: validates fixture folders. update: rewrites their expected/ outputs.',
  options: {
    gold: { type: 'string', value: 'FILE', help: 'add: the corrected entities (entities.csv, document.json, a Label Studio export or W3C annotations)' },
    dir: { type: 'string', value: 'DIR', help: 'add: the folder the case is made in; check, update: the folder of cases (default: fixtures)' },
    name: { type: 'string', value: 'NAME', help: "add: the case's folder name (default: from the document's name)" },
  },
  exitCodes: {
    0: 'made, valid, or updated',
    1: 'check: a fixture has problems (each named on stderr)',
  },
  examples: ['fixture add page.txt --gold page/entities.csv', 'fixture check', 'fixture update fixtures/dft'],
  async run(values, positionals, io) {
    const [sub, ...rest] = positionals;
    if (!SUBCOMMANDS.includes(sub)) throw new UsageError(`fixture takes add, check or update; got ${sub ? `"${sub}"` : 'nothing'}`);
    if (sub !== 'add') {
      for (const option of ['gold', 'name'] as const) if (values[option] !== undefined) throw new UsageError(`--${option} goes with fixture add, not fixture ${sub}`);
      if (rest.length > 1) throw new UsageError(`fixture ${sub} takes one folder; got ${rest.length}: ${rest.join(' ')}`);
    }
    const { runFixture } = await import('../fixtures/run-fixture.js');
    return runFixture(
      positionals,
      { gold: values.gold as string | undefined, dir: values.dir as string | undefined, name: values.name as string | undefined },
      (s) => io.stdout.write(s),
      (s) => io.stderr.write(s),
    );
  },
};
