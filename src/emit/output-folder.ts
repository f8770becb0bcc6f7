// Output folders that never lose work. A run writes into a staging folder beside --out
// (".<out>.partial-<pid>") and moves it into place only when it has finished: a run that fails, is
// interrupted (Ctrl-C) or killed leaves the previous results whole, and the next run clears what it left.
// Moving into place is two renames (the previous output aside, the staging folder in), so the folder is
// always either the previous run's or this run's; files in --out that no run wrote are carried over.
// The previous run's documents are replaced, not mixed in: the combined tables describe this run only.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TABLE_SPECS } from './tables.js';
import { OUTPUT_FILES } from './write-outputs.js';

const RUN_FILES = new Set([...TABLE_SPECS.map((t) => `${t.name}.csv`), ...Object.values(OUTPUT_FILES)]);

const active = new Set<StagedOutput>();

/** Removes every staging folder this process has open (for Ctrl-C and kill handlers). */
export function discardActiveStaging(): void {
  for (const s of [...active]) s.discard();
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Entries of an output folder that a run wrote: the run-level files and the document folders (with a document.json). */
export function runEntries(outDir: string): { files: string[]; documents: string[]; foreign: string[] } {
  const result = { files: [] as string[], documents: [] as string[], foreign: [] as string[] };
  if (!existsSync(outDir)) return result;
  for (const name of readdirSync(outDir).sort()) {
    const path = join(outDir, name);
    if (RUN_FILES.has(name) || /^\.[a-z]+\.xlsx-spool(?:\.jsonl)?$|^\.report-spool\.html$/.test(name)) result.files.push(name);
    else if (statSync(path).isDirectory() && existsSync(join(path, 'document.json'))) result.documents.push(name);
    else result.foreign.push(name);
  }
  return result;
}

export class OutputFolderError extends Error {}

export class StagedOutput {
  readonly outDir: string;
  readonly dir: string;
  private readonly aside: string;
  private done = false;

  /** Opens a staging folder for `outDir`, clearing what interrupted runs left; refuses early under noClobber. */
  constructor(outDir: string, options: { noClobber?: boolean } = {}) {
    this.outDir = resolve(outDir);
    if (existsSync(this.outDir) && !statSync(this.outDir).isDirectory()) {
      throw Object.assign(new Error(`${outDir} is a file`), { code: 'ENOTDIR', path: outDir });
    }
    const parent = dirname(this.outDir);
    const base = basename(this.outDir);
    mkdirSync(parent, { recursive: true });
    for (const name of readdirSync(parent)) {
      const m = name.match(/^\.(.+)\.(partial|previous)-(\d+)$/);
      if (!m || m[1] !== base || alive(Number(m[3]))) continue;
      // A run killed between its two renames left the previous output aside: put it back.
      if (m[2] === 'previous' && !existsSync(this.outDir)) renameSync(join(parent, name), this.outDir);
      else rmSync(join(parent, name), { recursive: true, force: true });
    }
    if (options.noClobber) this.refuseClobber([]);
    this.dir = join(parent, `.${base}.partial-${process.pid}`);
    this.aside = join(parent, `.${base}.previous-${process.pid}`);
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir);
    active.add(this);
  }

  private refuseClobber(keep: string[]): void {
    const previous = runEntries(this.outDir).documents.filter((d) => !keep.includes(d));
    if (previous.length) {
      throw new OutputFolderError(
        `${this.outDir} holds the output of an earlier run (${previous.length} document${previous.length === 1 ? '' : 's'}: ${previous.slice(0, 5).join(', ')}${previous.length > 5 ? ', …' : ''}); --no-clobber leaves it alone: give another --out`,
      );
    }
  }

  discard(): void {
    if (this.done) return;
    this.done = true;
    active.delete(this);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Moves the staged run into place; returns the earlier run's documents that it removed. */
  commit(): { removed: string[]; keptAside: string | null } {
    if (this.done) throw new Error('commit after discard or commit');
    const before = runEntries(this.outDir);
    const now = runEntries(this.dir).documents;
    const removed = before.documents.filter((d) => !now.includes(d));
    if (existsSync(this.outDir)) {
      // Files no run wrote stay with the output; one in the way of this run's files is kept aside, not deleted.
      let clash = false;
      for (const name of before.foreign) {
        if (existsSync(join(this.dir, name))) clash = true;
        else renameSync(join(this.outDir, name), join(this.dir, name));
      }
      renameSync(this.outDir, this.aside);
      renameSync(this.dir, this.outDir);
      this.done = true;
      active.delete(this);
      if (clash) {
        const kept = `${this.outDir}.before-${process.pid}`;
        renameSync(this.aside, kept);
        return { removed, keptAside: kept };
      }
      rmSync(this.aside, { recursive: true, force: true });
      return { removed, keptAside: null };
    }
    renameSync(this.dir, this.outDir);
    this.done = true;
    active.delete(this);
    return { removed, keptAside: null };
  }
}
