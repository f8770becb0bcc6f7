// The command line's startup snapshot (src/cli-snapshot.ts, built by scripts/build-snapshot.mjs, started
// by src/snapshot-launch.ts). `npm run build` makes one for this Node.js, and a command started from it
// writes, byte for byte, what the module graph writes: for every fixture, for PDF and Word, and for a
// batch on worker threads (which a snapshot's process cannot start, so that batch runs without it).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, ROOT, fixtureCases, fixtureInput, runMain } from './helpers.js';
import { wordParagraphsFromHtml, writeDocx } from './print-documents.js';
import { writePdf } from './pdf-writer.js';

type Launch = typeof import('../src/snapshot-launch.js');
const launch = (await import(pathToFileURL(join(ROOT, 'dist', 'snapshot-launch.js')).href)) as Launch;

const work = mkdtempSync(join(tmpdir(), 'policy-extract-snapshot-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `policy-extract <args>` started from the snapshot directly, as the launcher starts it. */
function fromSnapshot(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--snapshot-blob', launch.SNAPSHOT_BLOB, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir`, by its path inside it, with its bytes. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/** A folder with the given files copied or written into it. */
function inputs(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    if (typeof content === 'string' && existsSync(content)) copyFileSync(content, join(dir, file));
    else writeFileSync(join(dir, file), content);
  }
  return dir;
}

/** The output of `run <dir> --out <out> <more>` from the snapshot and in this process, side by side. */
async function bothWays(dir: string, more: string[]) {
  const snap = fromSnapshot(['run', dir, '--out', join(work, `${relative(work, dir)}-snapshot`), ...more], work);
  const here = await runMain(['run', dir, '--out', join(work, `${relative(work, dir)}-modules`), ...more], work);
  return { snap, here, snapTree: existsSync(join(work, `${relative(work, dir)}-snapshot`)) ? tree(join(work, `${relative(work, dir)}-snapshot`)) : null, hereTree: tree(join(work, `${relative(work, dir)}-modules`)) };
}

/** The summary's time and memory vary from run to run; the rest of stderr must not. */
const steady = (stderr: string) => stderr.replace(/; [\d.:]+ s? ?\(.*\)$/m, '; (time)');

describe('the startup snapshot', () => {
  it('was built for this Node.js and this dist/, and the command line will start from it', () => {
    expect(existsSync(launch.SNAPSHOT_BLOB)).toBe(true);
    expect(launch.snapshotUsable()).toBe(true);
  });

  it('is not used when its stamp names another Node.js, another place or an older compile', () => {
    const now = launch.currentStamp();
    expect(launch.stampMatches({ ...now })).toBe(true);
    expect(launch.stampMatches({ ...now, node: 'v20.0.0' })).toBe(false);
    expect(launch.stampMatches({ ...now, blob: '/elsewhere/dist/snapshot/cli.blob' })).toBe(false);
    expect(launch.stampMatches({ ...now, compiled: now.compiled - 1 })).toBe(false);
    expect(launch.stampMatches({ node: now.node })).toBe(false);
  });

  // The tables and document.json of every fixture; the workbook and the report are compared below.
  it('writes byte-identical output to the module graph for every fixture', async () => {
    const dir = inputs('fixtures', Object.fromEntries(fixtureCases().map((c) => [`${c}${fixtureInput(c).replace(/^.*(\.[a-z]+)$/, '$1')}`, fixtureInput(c)])));
    const { snap, here, snapTree, hereTree } = await bothWays(dir, ['--workers', '1', '--formats', 'csv,json']);
    expect(snap.status).toBe(0);
    expect(here.status).toBe(0);
    expect(snap.stdout).toBe(here.stdout.replaceAll('fixtures-modules', 'fixtures-snapshot'));
    expect(steady(snap.stderr)).toBe(steady(here.stderr));
    expect(Object.keys(hereTree).length).toBeGreaterThan(fixtureCases().length * 4);
    expect(Object.keys(hereTree).filter((f) => f.endsWith('document.json'))).toHaveLength(fixtureCases().length);
    expect(snapTree).toEqual(hereTree);
  }, 120_000);

  it('reads PDF and Word as the module graph does, every output alike, with no warning printed', async () => {
    const html = readFileSync(join(ROOT, 'fixtures', 'action-03-html', 'input.html'), 'utf8');
    const pdf = writePdf({
      pages: [
        {
          lines: [
            { text: 'Department for Education', x: 72, y: 760, size: 18, bold: true },
            { text: 'Progress during 2014', x: 72, y: 720, size: 14, bold: true },
            { text: 'The department spent £2.5 million on 40 new services in Leeds by March 2014.', x: 72, y: 690 },
          ],
        },
      ],
    });
    const dir = inputs('printed', { 'page.pdf': pdf, 'seed.docx': await writeDocx(wordParagraphsFromHtml(html)) });
    const { snap, here, snapTree, hereTree } = await bothWays(dir, ['--workers', '1']);
    expect(snap.status).toBe(0);
    expect(here.status).toBe(0);
    expect(snap.stderr).not.toMatch(/Warning/);
    expect(steady(snap.stderr)).toBe(steady(here.stderr));
    expect(snapTree).toEqual(hereTree);
  }, 60_000);

  it('hands a batch on worker threads back, having written nothing, and the command line runs it without the snapshot', async () => {
    const dir = inputs('pair', { 'a.txt': fixtureInput('action-03-digital-capability'), 'b.txt': fixtureInput('dept-health-actions-excerpt') });
    const out = join(work, 'pair-direct');
    const direct = fromSnapshot(['run', dir, '--out', out, '--workers', '2'], work);
    expect(direct.status).toBe(launch.EXIT_WITHOUT_SNAPSHOT);
    expect(direct.stdout + direct.stderr).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((n) => n.includes('partial'))).toEqual([]);

    const launched = spawnSync(process.execPath, [CLI, 'run', dir, '--out', join(work, 'pair-launched'), '--workers', '2'], { cwd: work, encoding: 'utf8' });
    const here = await runMain(['run', dir, '--out', join(work, 'pair-modules'), '--workers', '2'], work);
    expect(launched.status).toBe(0);
    expect(launched.stderr).toMatch(/2 of 2 documents processed.*2 workers/);
    expect(tree(join(work, 'pair-launched'))).toEqual(tree(join(work, 'pair-modules')));
    expect(here.status).toBe(0);
  }, 60_000);
});
