// The command line, callable in process: `main(argv, io)` finds the command, parses its options (each
// command declares them once, in its own file), prints help, version and usage errors, runs it, and
// returns the exit code. It never exits the process: src/cli.ts sets the exit code from what it returns.
//
// Exit codes: 0 done; 1 some input or output failed (named on stderr); 2 wrong usage; 3 internal error.
import { parseArgs } from 'node:util';
import { toolInfo } from '../package-files.js';
import { WorkerThreadsUnavailable } from '../batch/pool.js';
import { EXIT_WITHOUT_SNAPSHOT } from '../snapshot-launch.js';
import { EXIT_INTERNAL, EXIT_USAGE, InputError, UsageError, type Command, type Io, type OptionSpec, type Values } from './command.js';
import { runCommand } from './run.js';
import { evalCommand } from './eval.js';
import { explainCommand } from './explain.js';
import { diffCommand } from './diff.js';
import { fixtureCommand } from './fixture.js';
import { exportCommand } from './export.js';

export type { Io } from './command.js';
export { UsageError, InputError } from './command.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [runCommand, evalCommand, explainCommand, diffCommand, fixtureCommand, exportCommand];

const PROGRAM = 'policy-extract';

/** The options every command takes besides its own. */
const COMMON: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', help: 'shows this help' },
};

function version(): string {
  return toolInfo().version;
}

function exitCodeLines(codes: { 0: string; 1: string }): string {
  return [`  0  ${codes[0]}`, `  1  ${codes[1]}`, `  2  ${EXIT_USAGE}`, `  3  ${EXIT_INTERNAL}`].join('\n');
}

function wrap(text: string, indent: number, width = 100): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width - indent) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l)).join('\n');
}

/** `policy-extract <command> --help`. */
export function commandHelp(command: Command): string {
  const options = { ...command.options, ...COMMON };
  const names = Object.entries(options).map(([name, o]) => `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const lines = Object.values(options).map((o, i) => `  ${names[i].padEnd(width)}${wrap(o.help, width + 2)}`);
  return [
    `Usage:\n${command.usage.map((u) => `  ${PROGRAM} ${u}`).join('\n')}`,
    wrap(command.description, 0),
    `Options:\n${lines.join('\n')}\n  ${'    --'.padEnd(width)}ends the options: every argument after it is a file (e.g. one named --help)`,
    ...(command.examples?.length ? [`Examples:\n${command.examples.map((e) => `  ${PROGRAM} ${e}`).join('\n')}`] : []),
    `Exit codes:\n${exitCodeLines(command.exitCodes)}`,
  ].join('\n\n') + '\n';
}

/** `policy-extract --help`. */
export function programHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `${PROGRAM} ${version()}: sections, sentences and entities from strategy progress pages, with exact provenance`,
    `Usage:\n  ${PROGRAM} <command> [options] [--] [arguments]\n  ${PROGRAM} <command> --help     the command's options, examples and exit codes\n  ${PROGRAM} help <command>       the same\n  ${PROGRAM} --version, -V`,
    `Commands:\n${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}`,
    `Exit codes:\n${exitCodeLines({ 0: 'done', 1: 'some input could not be used or some output could not be written (each named on stderr; see each command\'s help)' })}`,
  ].join('\n\n') + '\n';
}

/** Edit distance with a swap of two neighbours counted as one edit ("rnu" → "run"), for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The nearest of `names` to `given`, if it is near enough to be a slip. */
export function nearest(given: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    // "ev" and "evaluate" are near "eval": one is the start of the other.
    const d = given.length >= 2 && (name.startsWith(given) || given.startsWith(name)) ? 0.5 : distance(given.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(1, Math.floor((best?.length ?? 0) / 3)) ? best : null;
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const guess = nearest(name, COMMANDS.map((c) => c.name));
  const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
  throw new UsageError(
    `${what}${guess ? `; did you mean "${guess}"?` : '.'} The commands are ${COMMANDS.map((c) => c.name).join(', ')}; ${name.startsWith('-') ? `--help and --version (-V) come before a command, the other options after it` : `see ${PROGRAM} --help`}`,
  );
}

/** "run does not take --gold; eval and fixture do". */
function unknownOption(command: Command, option: string): string {
  const bare = option.replace(/^-+/, '').replace(/=.*$/, '');
  const isShort = !option.startsWith('--');
  const takes = (c: Command) => Object.entries(c.options).some(([name, o]) => (isShort ? o.short === bare : name === bare));
  const others = COMMANDS.filter((c) => c !== command && takes(c)).map((c) => c.name);
  const shown = isShort ? `-${bare}` : `--${bare}`;
  if (others.length) {
    return `${command.name} does not take ${shown}; ${others.length === 1 ? `${others[0]} does` : `${others.slice(0, -1).join(', ')} and ${others.at(-1)} do`}. See ${PROGRAM} ${command.name} --help`;
  }
  const guess = isShort ? null : nearest(bare, Object.keys({ ...command.options, ...COMMON }));
  return `${command.name} does not take ${shown}${guess ? `; did you mean --${guess}?` : ''} See ${PROGRAM} ${command.name} --help for its options (a file whose name starts with "-" goes after --)`;
}

/** node:util parseArgs' errors in the words of this program. */
function parseError(command: Command, error: Error & { code?: string }, args: string[]): UsageError {
  const message = error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '([^']+)'/.exec(message)?.[1] ?? args.find((a) => a.startsWith('-')) ?? '';
    return new UsageError(unknownOption(command, option));
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /Option '(?:-\w, )?--([\w-]+)/.exec(message)?.[1];
    const spec = option ? command.options[option] : undefined;
    if (spec?.type === 'string') return new UsageError(`--${option} needs a value: --${option} ${spec.value ?? 'VALUE'}`);
    if (spec?.type === 'boolean') return new UsageError(`--${option} takes no value`);
  }
  return new UsageError(message);
}

/** `--help` or `-h` among the options (before any `--`), whatever else is wrong with them. */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Parses a command's arguments with node:util parseArgs (strict): unknown options are errors, `--` ends the options. */
export function parseCommandArgs(command: Command, args: string[]): { values: Values; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries({ ...command.options, ...COMMON }).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.default !== undefined ? { default: o.default } : {}) }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseError(command, error as Error & { code?: string }, args);
  }
  // "--out=" or --out "": a value that names nothing.
  for (const [name, value] of Object.entries(parsed.values)) {
    const spec = command.options[name];
    if (spec?.type === 'string' && typeof value === 'string' && value.trim() === '') throw new UsageError(`--${name} needs a value: --${name} ${spec.value ?? 'VALUE'}`);
  }
  return { values: parsed.values as Values, positionals: parsed.positionals };
}

function write(io: Io, stream: 'stdout' | 'stderr', text: string): void {
  io[stream].write(text);
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    write(io, 'stderr', programHelp());
    return 2;
  }
  if (first === '--help' || first === '-h') {
    write(io, 'stdout', programHelp());
    return 0;
  }
  if (first === 'help') {
    if (rest.length === 0) {
      write(io, 'stdout', programHelp());
      return 0;
    }
    write(io, 'stdout', commandHelp(findCommand(rest[0])));
    return 0;
  }
  if (first === '--version' || first === '-V') {
    write(io, 'stdout', `${version()}\n`);
    return 0;
  }
  if (first === '-v') throw new UsageError(`unknown option -v; the version is -V (or --version)`);
  const command = findCommand(first);
  if (asksForHelp(rest)) {
    write(io, 'stdout', commandHelp(command));
    return 0;
  }
  const { values, positionals } = parseCommandArgs(command, rest);
  return command.run(values, positionals, io);
}

/**
 * Runs the command line over `argv` (the arguments after the program's name) and returns the exit code:
 * 0 done, 1 some input or output failed, 2 wrong usage, 3 internal error. Messages go to io.stderr, each
 * starting "policy-extract:"; an internal error's stack only with --debug.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const home = process.cwd();
  const moved = io.cwd !== undefined && io.cwd !== home;
  try {
    if (moved) process.chdir(io.cwd!);
    return await dispatch(argv, io);
  } catch (error) {
    // Only in a process started from the startup snapshot, before the batch has done anything.
    if (error instanceof WorkerThreadsUnavailable) return EXIT_WITHOUT_SNAPSHOT;
    if (error instanceof UsageError || error instanceof InputError) {
      const command = COMMANDS.find((c) => c.name === argv[0]);
      const hint = error instanceof UsageError && command && !/--help/.test(error.message) ? `\nSee ${PROGRAM} ${command.name} --help` : '';
      write(io, 'stderr', `${PROGRAM}: ${error.message}${hint}\n`);
      return error.exitCode;
    }
    write(io, 'stderr', `${PROGRAM}: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    const debug = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined).includes('--debug');
    if (debug) write(io, 'stderr', `${(error as Error)?.stack ?? ''}\n`);
    else write(io, 'stderr', 'Run again with --debug for details, and report it with the input that caused it.\n');
    return 3;
  } finally {
    if (moved) process.chdir(home);
  }
}
