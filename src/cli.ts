#!/usr/bin/env node
// policy-extract's command line. It parses arguments, prints, and sets the exit code; the work is done
// by the pipeline and the writers.
import { parseArgs } from 'node:util';
import { runBatch, formatSummary, parseWorkers, defaultWorkers, OutputError } from './batch/batch.js';
import { CSV_PROFILES, csvOptions, type CsvProfile } from './emit/csv.js';
import { toolInfo } from './emit/write-outputs.js';
import { parseShard, ShardError, type Shard } from './batch/shard.js';
import { ProgressBar, wantsProgress } from './batch/progress.js';
// eval and explain are loaded when asked for: they load the language models, which `run` leaves to
// its worker threads (so the main thread of a batch stays small).

const USAGE = `policy-extract: sections, sentences and entities from strategy progress pages, with exact provenance

Usage:
  policy-extract run <file|folder|glob>... [--out DIR] [--workers N] [--shard i/N] [--csv-profile excel|rfc4180] [--debug]
  policy-extract eval <input> --gold <gold.json> [--json] [--errors]
  policy-extract eval --commitments [DIR] [--json] [--errors] [--write-floors]
  policy-extract eval --fixtures DIR [--min-f1 X] [--write-floors [--lower-floors "<reason>"]]
  policy-extract fixture add <document> [--gold <entities.csv|document.json|Label Studio export|W3C annotations>] [--dir fixtures] [--name NAME]
  policy-extract fixture check [DIR]
  policy-extract fixture update [DIR]
  policy-extract export <input|document.json> --format label-studio|web-annotation [--out FILE]
  policy-extract explain "<sentence>" [--phase-year YEAR]
  policy-extract explain <file> --commitment <id|all>
  policy-extract diff <old> <new> [--out DIR] [--csv-profile excel|rfc4180]

run       processes every document and writes <out>/<name>/document.json, <out>/<name>/{sections,
          sentences,entities}.csv, and across documents <out>/{sections,sentences,entities}.csv,
          entities.jsonl, policy-extract.xlsx, datapackage.json and report.html (open it in a browser).
          Folders are walked for .txt .md .html .json files; quote a glob so that policy-extract
          expands it ('pages/**/*.html'). Documents run in the sorted order of their paths, each once.
          One line per document on stdout; failures, the progress bar (on a terminal only) and a
          summary on stderr.
          --out DIR     output folder (default: output). A run writes beside it and moves its files
                        in only when it has finished: an interrupted or failed run, or one that
                        processed no document, leaves the folder as it was. The run replaces an
                        earlier run's documents there (naming those it removed).
          --no-clobber  refuses to replace an earlier run's output in --out
          --csv-profile excel (default): UTF-8 CSV with a byte order mark, which Excel needs;
                        rfc4180: no byte order mark
          --workers N   worker threads (default: the number of cores); 1 runs on the main thread
          --shard i/N   processes only documents i, i+N, i+2N… of the sorted list (i from 1), so N
                        machines or jobs can share one run, each with its own --out
eval      scores extraction against hand-annotated gold: precision, recall and F1 per type,
          strict (same span) and lenient (overlapping span), and value accuracy.
          --errors        lists misses, spurious mentions, boundary and value errors with lines
          --json          prints the scores as JSON
          --fixtures DIR  scores every fixtures/<case>/gold.entities.json and checks floors.json
          --write-floors  records the current scores as the new floors (a reviewed change); refuses
                          to lower a floor unless --lower-floors "<reason>" (kept in floors.json)
          --min-f1 X      fails when a case's overall strict F1 is under X
          Gold made on an earlier version of the input is placed again by its quotes; eval says how
          many mentions moved and lists those it could not place.
          --commitments DIR  scores commitments and follow-through against every
                        fixtures/<case>/gold.commitments.json and checks commitments.floors.json
fixture   add: makes <dir>/<name>/ (input copy, gold.entities.json, floors.json, expected/) from a
          document and the corrected entities.csv (or document.json, Label Studio or W3C export);
          without --gold, the current extraction is the draft gold, marked unreviewed.
          check: validates fixture folders. update: rewrites their expected/ outputs.
export    writes the entities for correction in Label Studio (tasks with pre-annotations, and a
          .label-config.xml beside --out) or as W3C Web Annotations (JSON-LD).
explain   prints the entities of one sentence and the rule that produced each; with --commitment,
          why a commitment of <file> got its status: the progress sentences searched, their scores
          and the words and entities they share.
diff      compares two versions of a page (any file run reads, or two document.json): units by unit
          key, sections by phase, sentences aligned; writes <out>/diff.json, diff.csv and diff.html
          (default --out: diff) and prints a one-line summary ("2 units changed, 1 added, order changed").

Exit codes: 0 all documents processed; 1 some documents or inputs failed (each named on stderr; the
others are written) or the output could not be written; 2 wrong usage.
eval: 0 every score at or above its floors (and --min-f1); 1 a score below, or floors not written
because they would fall; 2 wrong usage, or gold or input that cannot be used (the message names the
file, row and problem). fixture check: 1 when a fixture has problems.`;

function fail(message: string, code = 2): never {
  process.stderr.write(`policy-extract: ${message}\n`);
  process.exit(code);
}

// Output piped into a command that stops reading (`| head`) ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version') {
    process.stdout.write(`${toolInfo().version}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        workers: { type: 'string' },
        'csv-profile': { type: 'string', default: 'excel' },
        shard: { type: 'string' },
        debug: { type: 'boolean', default: false },
        'phase-year': { type: 'string' },
        gold: { type: 'string' },
        fixtures: { type: 'boolean', default: false },
        commitments: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        errors: { type: 'boolean', default: false },
        'write-floors': { type: 'boolean', default: false },
        commitment: { type: 'string' },
        'lower-floors': { type: 'string' },
        'min-f1': { type: 'string' },
        'no-clobber': { type: 'boolean', default: false },
        dir: { type: 'string' },
        name: { type: 'string' },
        format: { type: 'string' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  switch (command) {
    case 'run': {
      if (positionals.length === 0) fail('run needs at least one file or folder, e.g. policy-extract run input');
      let workers = defaultWorkers();
      let shard: Shard | null = null;
      try {
        if (values.workers !== undefined) workers = parseWorkers(values.workers);
        if (values.shard !== undefined) shard = parseShard(values.shard);
        if (!CSV_PROFILES.includes(values['csv-profile'] as CsvProfile)) {
          fail(`--csv-profile takes ${CSV_PROFILES.join(' or ')}; got "${values['csv-profile']}"`);
        }
      } catch (error) {
        if (error instanceof RangeError || error instanceof ShardError) fail(error.message);
        throw error;
      }
      const bar = wantsProgress(process.stderr) ? new ProgressBar(process.stderr) : null;
      // Ctrl-C or a kill: the staging folder goes, the previous output stays whole.
      const { discardActiveStaging } = await import('./emit/output-folder.js');
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.once(signal, () => {
          bar?.stop();
          discardActiveStaging();
          process.stderr.write(`\npolicy-extract: interrupted; ${values.out ?? 'output'} was left as it was\n`);
          process.exit(130);
        });
      }
      const print = (stream: NodeJS.WriteStream) => (line: string) =>
        bar && stream.isTTY ? bar.around(() => stream.write(line + '\n')) : stream.write(line + '\n');
      try {
        const summary = await runBatch(positionals, {
          outDir: values.out ?? 'output',
          debug: values.debug!,
          workers,
          writer: { csv: csvOptions(values['csv-profile'] as CsvProfile) },
          shard,
          noClobber: values['no-clobber'],
          log: print(process.stdout),
          error: print(process.stderr),
          onProgress: bar ? (done, failed, total) => bar.update(done, failed, total) : undefined,
        });
        bar?.stop();
        process.stderr.write(`policy-extract: ${formatSummary(summary)}\n`);
        return summary.failed > 0 ? 1 : 0;
      } catch (error) {
        bar?.stop();
        if (error instanceof OutputError) {
          process.stderr.write(`policy-extract: ${error.message}\n`);
          return 1;
        }
        throw error;
      }
    }
    case 'eval': {
      const { runEval, UsageError } = await import('./commands/eval.js');
      try {
        return runEval(
          positionals,
          {
            gold: values.gold,
            fixtures: values.fixtures ? (positionals[0] ?? 'fixtures') : undefined,
            commitments: values.commitments ? (positionals[0] ?? 'fixtures') : undefined,
            json: values.json!,
            errors: values.errors!,
            writeFloors: values['write-floors']!,
            lowerFloors: values['lower-floors'],
            minF1: values['min-f1'] === undefined ? undefined : Number(values['min-f1']),
          },
          (s) => process.stdout.write(s),
        );
      } catch (error) {
        if (error instanceof UsageError) fail(error.message);
        throw error;
      }
    }
    case 'diff': {
      if (positionals.length !== 2) fail('diff needs two files, the old version and the new: policy-extract diff old.txt new.txt --out changes');
      if (!CSV_PROFILES.includes(values['csv-profile'] as CsvProfile)) fail(`--csv-profile takes ${CSV_PROFILES.join(' or ')}; got "${values['csv-profile']}"`);
      const { runDiff, DiffInputError } = await import('./commands/diff.js');
      const out = rest.some((a) => a === '--out' || a.startsWith('--out=')) ? values.out! : 'diff';
      try {
        process.stdout.write(runDiff(positionals[0], positionals[1], { out, csv: csvOptions(values['csv-profile'] as CsvProfile) }) + '\n');
        return 0;
      } catch (error) {
        if (error instanceof DiffInputError) fail(error.message, 1);
        throw error;
      }
    }
    case 'fixture': {
      const { runFixture } = await import('./commands/fixture.js');
      const { UsageError } = await import('./commands/eval.js');
      try {
        return runFixture(positionals, { gold: values.gold, dir: values.dir, name: values.name }, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
      } catch (error) {
        if (error instanceof UsageError) fail(error.message);
        throw error;
      }
    }
    case 'export': {
      const { runExport } = await import('./commands/export.js');
      const { UsageError } = await import('./commands/eval.js');
      try {
        return runExport(positionals, { format: values.format, out: values.out }, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
      } catch (error) {
        if (error instanceof UsageError) fail(error.message);
        throw error;
      }
    }
    case 'explain': {
      if (values.commitment !== undefined) {
        if (positionals.length !== 1) fail('explain --commitment needs one file: policy-extract explain page.txt --commitment u03.p1.s2.c');
        const { explainCommitments, ExplainError } = await import('./commands/explain-commitment.js');
        try {
          process.stdout.write(explainCommitments(positionals[0], values.commitment));
          return 0;
        } catch (error) {
          if (error instanceof ExplainError) fail(error.message, 1);
          throw error;
        }
      }
      if (positionals.length === 0) fail('explain needs a sentence in quotes');
      const year = values['phase-year'] ? Number(values['phase-year']) : null;
      const { explainSentence } = await import('./explain.js');
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
