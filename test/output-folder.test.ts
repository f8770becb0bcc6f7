// Output folders that never lose work: a run moves its files into --out only when it has finished; a run
// that processed nothing, failed, or was interrupted (SIGINT) or killed (SIGKILL) leaves the previous
// output byte for byte; a run into a folder of another run replaces its documents (naming them) or, with
// --no-clobber, refuses; datapackage.json lists exactly the documents and tables present.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runBatch, OutputError } from '../src/batch/batch.js';
import { CLI, fixtureInput } from './helpers.js';

/** Every file under a folder, with the sha256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const PAGES = ['dec-2012-action-05-statements', 'dec-2012-action-07-statements', 'dept-health-actions-excerpt'].map(fixtureInput);

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'policy-extract-out-'));
  const inputs = PAGES.map((p, i) => {
    const path = join(dir, `page-${i + 1}.txt`);
    copyFileSync(p, path);
    return path;
  });
  return { dir, inputs, out: join(dir, 'out') };
}

const quiet = { log: () => {}, error: () => {}, workers: 1 };
const staging = (dir: string) => readdirSync(dir).filter((n) => /\.partial-|\.previous-/.test(n));

describe('output folders in process', () => {
  it('a second run into the folder replaces the first run\'s documents, names them, and keeps files no run wrote', async () => {
    const { dir, inputs, out } = workspace();
    await runBatch(inputs.slice(0, 2), { outDir: out, ...quiet });
    writeFileSync(join(out, 'notes.txt'), 'my notes');
    const errors: string[] = [];
    const summary = await runBatch(inputs.slice(2), { outDir: out, ...quiet, error: (l) => errors.push(l) });
    expect(summary.removedDocuments).toEqual(['page-1', 'page-2']);
    expect(errors.join('\n')).toMatch(/removed its 2 documents not in this run: page-1, page-2/);
    const folders = readdirSync(out).filter((n) => statSync(join(out, n)).isDirectory());
    expect(folders).toEqual(['page-3']);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('my notes');
    const documents = new Set(readFileSync(join(out, 'entities.csv'), 'utf8').split('\r\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]));
    expect([...documents]).toEqual(['page-3']);
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.provenance.inputs.map((i: { document: string }) => i.document)).toEqual(folders);
    for (const r of pkg.resources) expect(existsSync(join(out, r.path)), r.path).toBe(true);
    expect(staging(dir)).toEqual([]);
  });

  it('--no-clobber refuses a folder holding an earlier run, before processing, and leaves it whole', async () => {
    const { dir, inputs, out } = workspace();
    await runBatch(inputs.slice(0, 1), { outDir: out, ...quiet });
    const before = snapshot(out);
    await expect(runBatch(inputs.slice(1), { outDir: out, ...quiet, noClobber: true })).rejects.toThrow(/holds the output of an earlier run \(1 document: page-1\); --no-clobber/);
    expect(snapshot(out)).toEqual(before);
    expect(staging(dir)).toEqual([]);
  });

  it('a run that processed no document (a missing input) leaves the folder as it was and says so', async () => {
    const { dir, inputs, out } = workspace();
    await runBatch(inputs.slice(0, 2), { outDir: out, ...quiet });
    const before = snapshot(out);
    const errors: string[] = [];
    const summary = await runBatch([join(dir, 'missing.txt')], { outDir: out, ...quiet, error: (l) => errors.push(l) });
    expect(summary.outputUntouched).toBe(true);
    expect(errors.join('\n')).toMatch(/no document was processed, so it was left as it was/);
    expect(snapshot(out)).toEqual(before);
    expect(staging(dir)).toEqual([]);
  });

  it('a run that crashes midway leaves the previous output whole and no staging folder', async () => {
    const { dir, inputs, out } = workspace();
    await runBatch(inputs.slice(0, 1), { outDir: out, ...quiet });
    const before = snapshot(out);
    const crash = (index: number) => {
      if (index === 2) throw new Error('crash');
    };
    await expect(runBatch(inputs, { outDir: out, ...quiet, onStart: crash })).rejects.toThrow('crash');
    expect(snapshot(out)).toEqual(before);
    expect(staging(dir)).toEqual([]);
  });

  it('a file in the way of the output folder is an OutputError, before any work', async () => {
    const { dir, inputs } = workspace();
    writeFileSync(join(dir, 'file'), 'x');
    await expect(runBatch(inputs, { outDir: join(dir, 'file'), ...quiet })).rejects.toThrow(OutputError);
  });
});

describe('output folders when the command is interrupted', () => {
  // Enough documents that the run is still going when the first is written.
  function manyInputs(dir: string): string {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 30; i++) copyFileSync(PAGES[i % PAGES.length], join(folder, `doc-${String(i).padStart(2, '0')}.txt`));
    return folder;
  }

  /** Starts a run and sends `signal` once its first document is written; resolves with the exit. */
  function interrupt(args: string[], cwd: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd });
      let stderr = '';
      let sent = false;
      child.stdout.on('data', () => {
        if (!sent) {
          sent = true;
          child.kill(signal);
        }
      });
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (code, sig) => resolve({ code, signal: sig, stderr }));
    });
  }

  async function ended(pid: number): Promise<void> {
    for (let i = 0; i < 200; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`process ${pid} did not end within 5 s of its parent`);
  }

  it.each(['SIGINT', 'SIGKILL'] as const)('%s midway leaves the earlier output byte-identical', async (signal) => {
    const { dir, inputs, out } = workspace();
    await runBatch(inputs.slice(0, 2), { outDir: out, ...quiet });
    const before = snapshot(out);
    const many = manyInputs(dir);
    const r = await interrupt(['run', many, '--out', 'out', '--workers', '1'], dir, signal);
    if (signal === 'SIGINT') {
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/interrupted; out was left as it was/);
      expect(staging(dir)).toEqual([]);
    } else {
      expect(r.signal).toBe('SIGKILL');
      // Started from the startup snapshot, the run is two processes: the one killed here, and the one it
      // started, which ends when its parent's pipe closes a moment later. The next run clears only what
      // a process that has ended left, so wait for the one that owns the staging folder.
      for (const name of staging(dir)) await ended(Number(name.replace(/^.*-/, '')));
    }
    expect(snapshot(out)).toEqual(before);
    // The next run clears what a killed run left, and writes its own output.
    await runBatch(inputs.slice(2), { outDir: out, ...quiet });
    expect(staging(dir)).toEqual([]);
    expect(readdirSync(out).filter((n) => statSync(join(out, n)).isDirectory())).toEqual(['page-3']);
  }, 60_000);
});
