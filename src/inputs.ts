// Expands command-line inputs (files, folders, globs) into a sorted list of files.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const INPUT_EXTENSIONS = /\.(?:txt|text|md|markdown|html?|json)$/i;

export interface InputProblem {
  path: string;
  reason: string;
}

function walk(dir: string, out: string[], problems: InputProblem[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    problems.push({ path: dir, reason: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith('.')) continue;
    const path = join(dir, entry);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      problems.push({ path, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (stat.isDirectory()) walk(path, out, problems);
    else if (INPUT_EXTENSIONS.test(entry)) out.push(path);
  }
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files named by the inputs, each once, folders walked in name order, globs matched under their fixed prefix. */
export function expandInputs(inputs: string[]): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const fixed = input.split('/').findIndex((part) => /[*?]/.test(part));
      const base = input.split('/').slice(0, fixed).join('/') || '.';
      const re = globToRegExp(input.replace(/^\.\//, ''));
      const found: string[] = [];
      walk(base, found, problems);
      const matched = found.filter((f) => re.test(relative('.', f).split('\\').join('/')) || re.test(f));
      if (matched.length === 0) problems.push({ path: input, reason: 'no file matches this pattern' });
      files.push(...matched);
      continue;
    }
    let stat;
    try {
      stat = statSync(input);
    } catch {
      problems.push({ path: input, reason: 'no such file or folder; check the path' });
      continue;
    }
    if (stat.isDirectory()) walk(input, files, problems);
    else files.push(input);
  }
  return { files: [...new Set(files)], problems };
}
