// Expands command-line inputs (files, folders, globs) into one sorted list of files, each once.
//
// - A file is taken as named, whatever its extension.
// - A folder is walked recursively for .txt, .text, .md, .markdown, .htm, .html, .json, .pdf and .docx files;
//   names starting with "." are skipped, symbolic links to folders are followed once.
// - A glob is matched as a shell would match it, so `'pages/**/*.html'` in quotes gives what
//   `pages/**/*.html` gives with bash's globstar: `*` and `?` within one path segment, `**` for any
//   number of folders (none included), `[abc]`/`[!abc]` classes and `{a,b}` alternatives. Like the shell,
//   a wildcard does not match a leading "."; a folder that matches is walked as a folder argument.
//   An input that exists as a file is never read as a glob ("report[1].txt" is a file name).
// - The list is sorted by path, segment by segment in code-unit order ("a/b.txt" before "a-b.txt"),
//   so it is the same on every machine and for every order of the arguments; `--shard` depends on it.
//   Two spellings of one file ("a.txt", "./a.txt", "dir/../a.txt") count once.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, normalize, resolve } from 'node:path';

export const INPUT_EXTENSIONS = /\.(?:txt|text|md|markdown|html?|json|pdf|docx)$/i;

export interface InputProblem {
  path: string;
  reason: string;
}

export interface ExpandedInputs {
  files: string[];
  problems: InputProblem[];
}

const MAGIC = /[*?[{]/;

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'error';
}

function folderProblem(path: string, error: unknown): InputProblem {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return { path, reason: `cannot read the folder: permission denied; check its permissions` };
  return { path, reason: `cannot read the folder (${code})` };
}

function realPathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Walks a folder for input files in name order; `seen` holds real paths, so a link loop ends. */
function walk(dir: string, out: string[], problems: InputProblem[], seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    problems.push(folderProblem(dir, error));
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    problems.push(folderProblem(dir, error));
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith('.')) continue;
    const path = join(dir, entry);
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      // A dangling link or a file removed while walking.
      problems.push({ path, reason: `cannot read (${errorCode(error)})` });
      continue;
    }
    if (stat.isDirectory()) walk(path, out, problems, seen);
    else if (!INPUT_EXTENSIONS.test(entry)) continue;
    else if (stat.isFile()) out.push(path);
    // A named pipe, socket or device would block or never end: named, never read.
    else problems.push({ path, reason: notAFile(stat) });
  }
}

function notAFile(stat: Stats): string {
  const kind = stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
  return `is ${kind}, not a file; it is skipped (reading it could wait for ever)`;
}

/** "{a,b}/x{1,2}" → ["a/x1", "a/x2", "b/x1", "b/x2"]; an unclosed brace is literal. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = pattern.slice(open + 1, i);
        const parts: string[] = [];
        let d = 0;
        let from = 0;
        for (let k = 0; k < inner.length; k++) {
          if (inner[k] === '\\') k++;
          else if (inner[k] === '{') d++;
          else if (inner[k] === '}') d--;
          else if (inner[k] === ',' && d === 0) {
            parts.push(inner.slice(from, k));
            from = k + 1;
          }
        }
        parts.push(inner.slice(from));
        if (parts.length < 2) continue; // "{a}" stays literal, as in bash
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        return parts.flatMap((p) => expandBraces(head + p + tail));
      }
    }
  }
  return [pattern];
}

/** A regular expression for one path segment of a glob ("*.htm?", "[!_]*"). */
export function segmentToRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      re += segment[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else {
      re += c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
    }
  }
  // As in the shell, a wildcard never matches a leading dot.
  return new RegExp(segment.startsWith('.') ? `^${re}$` : `^(?!\\.)${re}$`);
}

/** Paths (files or folders) that one brace-free glob matches, in name order. */
function matchGlob(pattern: string, problems: InputProblem[]): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  if (absolute) segments.shift();
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  const fixed = segments.slice(0, firstMagic);
  const base = (absolute ? '/' : '') + fixed.join('/');
  const rest = segments.slice(firstMagic);
  const found: string[] = [];
  const visit = (dir: string, display: string, i: number): void => {
    if (i === rest.length) {
      found.push(display);
      return;
    }
    const segment = rest[i];
    if (segment === '**') {
      visit(dir, display, i + 1);
      for (const entry of listDir(dir, display)) {
        if (entry.startsWith('.')) continue;
        const path = join(dir, entry);
        if (statOrNull(path)?.isDirectory()) visit(path, join(display, entry), i);
      }
      return;
    }
    if (!MAGIC.test(segment)) {
      const path = join(dir, segment.replace(/\\(.)/g, '$1'));
      if (statOrNull(path)) visit(path, join(display, segment.replace(/\\(.)/g, '$1')), i + 1);
      return;
    }
    const re = segmentToRegExp(segment);
    for (const entry of listDir(dir, display)) {
      if (re.test(entry)) visit(join(dir, entry), join(display, entry), i + 1);
    }
  };
  const listDir = (dir: string, display: string): string[] => {
    if (!statOrNull(dir)?.isDirectory()) return [];
    try {
      return readdirSync(dir).sort();
    } catch (error) {
      problems.push(folderProblem(display, error));
      return [];
    }
  };
  visit(base || '.', base, 0);
  // "**" reached through two routes ("a/**/**/b") gives a path twice.
  return [...new Set(found.map((p) => (p === '' ? '.' : p)))];
}

/** Orders paths segment by segment in code-unit order: "a/b.txt" < "a-b.txt" < "a0". */
export function comparePaths(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

/** The files the inputs name, each once, sorted by path; and what could not be used, by name. */
export function expandInputs(inputs: string[]): ExpandedInputs {
  const collected: string[] = [];
  const problems: InputProblem[] = [];
  const addPath = (path: string, stat: Stats) => {
    // Each folder argument is walked on its own (its `seen` only ends link loops), so what is listed
    // never depends on the order of the arguments; files reached twice are merged below.
    if (stat.isDirectory()) walk(path, collected, problems, new Set());
    else if (stat.isFile()) collected.push(path);
    else problems.push({ path, reason: notAFile(stat) });
  };
  for (const input of inputs) {
    const given = input.replace(/\\/g, '/');
    const stat = statOrNull(input);
    if (stat) {
      addPath(input, stat);
      continue;
    }
    if (MAGIC.test(given)) {
      const matches = expandBraces(given).flatMap((p) => matchGlob(p, problems));
      if (matches.length === 0) problems.push({ path: input, reason: 'no file matches this pattern; check the pattern and quote it so the shell leaves it to policy-extract' });
      for (const match of matches) {
        const s = statOrNull(match);
        if (s) addPath(match, s);
      }
      continue;
    }
    problems.push({ path: input, reason: 'no such file or folder; check the path' });
  }
  // One entry per file (by its real path: "a/x.txt" and "b/x.txt" through a link to a/ are one file):
  // the spelling that sorts first stands for the others.
  const byFile = new Map<string, string>();
  for (const path of collected) {
    const display = normalize(path).replace(/\\/g, '/').replace(/(.)\/$/, '$1');
    const key = realPathOr(display);
    const current = byFile.get(key);
    if (current === undefined || comparePaths(display, current) < 0) byFile.set(key, display);
  }
  const files = [...byFile.values()].sort(comparePaths);
  return { files, problems };
}
