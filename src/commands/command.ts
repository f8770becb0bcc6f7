// What every command file declares: its options (once, for node:util parseArgs in strict mode and for
// its help), its usage and help text, and its run function. Commands load their heavy modules (the
// pipeline and its language models, the scorers, the writers) inside `run`, so that `--help`, `--version`
// and option errors answer at once.
import type { TerminalStream } from '../batch/progress.js';

/** Where a command prints: process.stdout and process.stderr, or anything with `write` (tests). */
export interface Io {
  stdout: TerminalStream;
  stderr: TerminalStream;
  /**
   * The folder relative paths are read from (default: the process's). main() changes the process's
   * folder for the duration of the command, so calls with different folders must not overlap.
   */
  cwd?: string;
  /**
   * Given by the program itself (src/cli.ts): `run` then ends the process on Ctrl-C or a kill, after
   * removing its unfinished output. Without it, no signal handler is installed.
   */
  exit?: (code: number) => void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's name in the help ("DIR", "N"); string options only. */
  value?: string;
  /** One line or more of help; the first line is shown beside the option. */
  help: string;
  default?: string | boolean;
}

export type Values = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** Usage lines, without the leading "policy-extract". */
  usage: string[];
  /** What the command does, in a paragraph or two. */
  description: string;
  options: Record<string, OptionSpec>;
  /** Exit codes 0 and 1 as this command uses them (2 and 3 are the same for every command). */
  exitCodes: { 0: string; 1: string };
  examples?: string[];
  run(values: Values, positionals: string[], io: Io): Promise<number>;
}

/** Wrong usage: an unknown option, a bad value, a missing argument. Exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** A file or folder that cannot be used (missing, unreadable, wrong kind), with what to do. Exit code 1 unless given. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const EXIT_USAGE = 'wrong usage: an unknown option, a bad value or a missing argument (the message says which and what to do)';
export const EXIT_INTERNAL = 'internal error: a bug in policy-extract; run again with --debug and report it with the input that caused it';

// ---- Values, checked once at the boundary ----

/** "--workers 2": a whole number from min to max. */
export function wholeNumber(option: string, text: string, min: number, max: number, hint = ''): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${option} takes a whole number from ${min} to ${max}${hint}; got "${text}"`);
  return n;
}

/** "--min-f1 0.8": a number from min to max. */
export function numberIn(option: string, text: string, min: number, max: number, example: string): number {
  const n = /^\s*[+]?(\d+(\.\d*)?|\.\d+)\s*$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`--${option} takes a number from ${min} to ${max}, e.g. ${example}; got "${text}"`);
  return n;
}

/** "--format label-studio": one of a list. */
export function oneOf<T extends string>(option: string, text: string | undefined, choices: readonly T[]): T {
  if (text === undefined) throw new UsageError(`--${option} is needed: ${choices.join(' or ')}`);
  if (!choices.includes(text as T)) throw new UsageError(`--${option} takes ${choices.join(' or ')}; got "${text}"`);
  return text as T;
}

/** "--formats csv,json": some of a list, comma-separated, each once, in the list's order. */
export function someOf<T extends string>(option: string, text: string, choices: readonly T[]): T[] {
  const given = text.split(',').map((s) => s.trim().toLowerCase());
  const unknown = given.filter((g) => !choices.includes(g as T));
  if (given.every((g) => g === '') || unknown.length > 0) {
    throw new UsageError(`--${option} takes one or more of ${choices.join(', ')}, separated by commas (e.g. --${option} ${choices.slice(0, 2).join(',')}); got "${text}"`);
  }
  return choices.filter((c) => given.includes(c));
}
