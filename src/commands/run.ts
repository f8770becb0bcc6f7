// `policy-extract run <file|folder|glob>...`: every document through the pipeline, its outputs written.
import { defaultWorkers, formatSummary, OutputError, runBatch } from '../batch/batch.js';
import { parseShard, ShardError, type Shard } from '../batch/shard.js';
import { ProgressBar, wantsProgress, type TerminalStream } from '../batch/progress.js';
import { CSV_PROFILES, csvOptions } from '../emit/csv.js';
import { OUTPUT_FORMATS } from '../emit/formats.js';
import { oneOf, someOf, UsageError, wholeNumber, type Command } from './command.js';

export const runCommand: Command = {
  name: 'run',
  summary: 'extracts every document and writes CSV, JSON, a workbook and a report',
  usage: ['run <file|folder|glob>... [--out DIR] [--formats LIST] [--workers N] [--shard i/N] [--csv-profile excel|rfc4180] [--no-clobber] [--debug]'],
  description:
    'Processes every document and writes <out>/<name>/document.json, <out>/<name>/{sections,sentences,entities}.csv, and across documents <out>/{sections,sentences,entities}.csv, entities.jsonl, policy-extract.xlsx, datapackage.json and report.html (open it in a browser). ' +
    "Folders are walked for .txt .md .html .json .pdf .docx files; quote a glob so that policy-extract expands it ('pages/**/*.html'). Documents run in the sorted order of their paths, each once. " +
    'One line per document on stdout; failures, the progress bar (on a terminal only) and a summary on stderr.',
  options: {
    out: {
      type: 'string',
      value: 'DIR',
      default: 'output',
      help: 'output folder (default: output). A run writes beside it and moves its files in only when it has finished: an interrupted or failed run, or one that processed no document, leaves the folder as it was. The run replaces an earlier run\'s documents there (naming those it removed)',
    },
    formats: {
      type: 'string',
      value: 'LIST',
      help: `the outputs to write, comma-separated (default: all): csv (the tables, per document and combined, with datapackage.json), json (document.json), xlsx (policy-extract.xlsx), html (report.html), jsonl (entities.jsonl); e.g. --formats csv,json`,
    },
    'no-clobber': { type: 'boolean', default: false, help: "refuses to replace an earlier run's output in --out" },
    'csv-profile': { type: 'string', value: 'PROFILE', default: 'excel', help: 'excel (default): UTF-8 CSV with a byte order mark, which Excel needs; rfc4180: no byte order mark' },
    workers: { type: 'string', value: 'N', help: 'worker threads (default: the number of cores); 1 runs on the main thread' },
    shard: { type: 'string', value: 'i/N', help: 'processes only documents i, i+N, i+2N… of the sorted list (i from 1), so N machines or jobs can share one run, each with its own --out' },
    debug: { type: 'boolean', default: false, help: 'prints the stack of a failure (for a bug report)' },
  },
  exitCodes: {
    0: 'every document processed',
    1: 'some documents or inputs failed (each named on stderr; the others are written), or the output could not be written',
  },
  examples: ['run input --out output', "run 'pages/**/*.html' --out results --formats csv,json", 'run pages --shard 1/4 --out part-1', 'run -- --odd-name.txt'],
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError("run needs at least one file or folder (or a quoted glob), e.g. policy-extract run input, or policy-extract run 'pages/**/*.html'");
    const workers = values.workers === undefined ? defaultWorkers() : wholeNumber('workers', values.workers as string, 1, 256, ` (this machine has ${defaultWorkers()} cores)`);
    let shard: Shard | null = null;
    try {
      if (values.shard !== undefined) shard = parseShard(values.shard as string);
    } catch (error) {
      if (error instanceof ShardError) throw new UsageError(error.message);
      throw error;
    }
    const profile = oneOf('csv-profile', values['csv-profile'] as string, CSV_PROFILES);
    const formats = values.formats === undefined ? [...OUTPUT_FORMATS] : someOf('formats', values.formats as string, OUTPUT_FORMATS);
    const out = values.out as string;

    const bar = wantsProgress(io.stderr) ? new ProgressBar(io.stderr) : null;
    const print = (stream: TerminalStream) => (line: string) => (bar && stream.isTTY ? bar.around(() => stream.write(line + '\n')) : stream.write(line + '\n'));
    const stopOnSignal = io.exit ? await interruptHandlers(out, io.stderr, io.exit, bar) : () => {};
    try {
      const summary = await runBatch(positionals, {
        outDir: out,
        debug: values.debug as boolean,
        workers,
        writer: { csv: csvOptions(profile), formats },
        shard,
        noClobber: values['no-clobber'] as boolean,
        log: print(io.stdout),
        error: print(io.stderr),
        onProgress: bar ? (done, failed, total) => bar.update(done, failed, total) : undefined,
      });
      bar?.stop();
      io.stderr.write(`policy-extract: ${formatSummary(summary)}\n`);
      return summary.failed > 0 ? 1 : 0;
    } catch (error) {
      bar?.stop();
      if (error instanceof OutputError) {
        io.stderr.write(`policy-extract: ${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      stopOnSignal();
    }
  },
};

/** Ctrl-C or a kill: the staging folder goes, the previous output stays whole. Returns a function that removes the handlers. */
async function interruptHandlers(out: string, stderr: TerminalStream, exit: (code: number) => void, bar: ProgressBar | null): Promise<() => void> {
  const { discardActiveStaging } = await import('../emit/output-folder.js');
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  // The same signal can come twice (a terminal's Ctrl-C reaches both the command and the process that
  // started it from the startup snapshot, which passes it on): the first one ends the run.
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    bar?.stop();
    discardActiveStaging();
    stderr.write(`\npolicy-extract: interrupted; ${out} was left as it was\n`);
    exit(130);
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
