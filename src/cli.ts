#!/usr/bin/env node
// policy-extract's command line. It parses arguments, prints, and sets the exit code; the work is done
// by the pipeline and the writers.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { runBatch } from './batch.js';
import { explainSentence } from './explain.js';
import { runEval, UsageError } from './commands/eval.js';

const USAGE = `policy-extract: sections, sentences and entities from strategy progress pages, with exact provenance

Usage:
  policy-extract run <file|folder|glob>... [--out DIR] [--debug]
  policy-extract eval <input> --gold <gold.json> [--json] [--errors]
  policy-extract eval --fixtures [DIR] [--json] [--errors] [--write-floors]
  policy-extract explain "<sentence>" [--phase-year YEAR]

run       processes every document and writes <out>/<name>/document.json, <out>/<name>/{sections,
          sentences,entities}.csv, and <out>/sections.csv and <out>/entities.csv across documents.
          --out DIR     output folder (default: output)
eval      scores extraction against hand-annotated gold: precision, recall and F1 per type,
          strict (same span) and lenient (overlapping span), and value accuracy.
          --errors        lists misses, spurious mentions, boundary and value errors with lines
          --json          prints the scores as JSON
          --fixtures DIR  scores every fixtures/<case>/gold.entities.json and checks floors.json
          --write-floors  records the current scores as the new floors (a reviewed change)
explain   prints the entities of one sentence and the rule that produced each.

Exit codes: 0 all documents processed; 1 some documents could not be read; 2 wrong usage.`;

function fail(message: string, code = 2): never {
  process.stderr.write(`policy-extract: ${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'output' },
        debug: { type: 'boolean', default: false },
        'phase-year': { type: 'string' },
        gold: { type: 'string' },
        fixtures: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        errors: { type: 'boolean', default: false },
        'write-floors': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  switch (command) {
    case 'run': {
      if (positionals.length === 0) fail('run needs at least one file or folder, e.g. policy-extract run input');
      const summary = await runBatch(positionals, { outDir: values.out!, debug: values.debug! });
      return summary.failed > 0 ? 1 : 0;
    }
    case 'eval': {
      try {
        return runEval(
          positionals,
          {
            gold: values.gold,
            fixtures: values.fixtures ? (positionals[0] ?? 'fixtures') : undefined,
            json: values.json!,
            errors: values.errors!,
            writeFloors: values['write-floors']!,
          },
          (s) => process.stdout.write(s),
        );
      } catch (error) {
        if (error instanceof UsageError) fail(error.message);
        throw error;
      }
    }
    case 'explain': {
      if (positionals.length === 0) fail('explain needs a sentence in quotes');
      const year = values['phase-year'] ? Number(values['phase-year']) : null;
      process.stdout.write(explainSentence(positionals.join(' '), year));
      return 0;
    }
    default:
      fail(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`policy-extract: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    else process.stderr.write('Run again with --debug for details, and report it with the input that caused it.\n');
    process.exitCode = 3;
  },
);
