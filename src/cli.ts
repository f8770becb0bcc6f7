#!/usr/bin/env node
// policy-extract's command line. It parses arguments, prints, and sets the exit code; the work is done
// by the pipeline and the writers.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { runBatch } from './batch.js';
import { explainSentence } from './explain.js';

const USAGE = `policy-extract: sections, sentences and entities from strategy progress pages, with exact provenance

Usage:
  policy-extract run <file|folder|glob>... [--out DIR] [--debug]
  policy-extract explain "<sentence>" [--phase-year YEAR]

run       processes every document and writes <out>/<name>/document.json, <out>/<name>/{sections,
          sentences,entities}.csv, and <out>/sections.csv and <out>/entities.csv across documents.
          --out DIR     output folder (default: output)
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
