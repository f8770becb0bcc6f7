// The installed package, not the repository: `npm pack` once, install the tarball into a temporary
// project, and follow the README's steps for one's own fixtures with the installed command only:
// correct entities.csv, fixture add --gold, eval on a later version of the page (moved annotations,
// changed scores), export to Label Studio and import the corrections; and the README's "Use from code"
// example, compiled with TypeScript against the installed types and run. The installed program runs in
// a process of its own for the first step; the later steps call the installed package's main() in this
// process (the same code, without starting node and loading the language models each time).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ROOT } from './helpers.js';

const VERSIONS = join(ROOT, '..', 'shared', 'corpus', 'versions');
let project: string;
let bin: string;

/** The installed command, in a process of its own. */
function spawnCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The installed package's main(), in this process, run in the project's folder. */
async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const { main } = await import(pathToFileURL(join(project, 'node_modules', 'policy-extract', 'dist', 'commands', 'main.js')).href);
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: project });
  return { status, stdout, stderr };
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-extract-package-'));
  // dist/ is built by `npm test`; pack it as npm publishes it.
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  project = join(dir, 'project');
  execFileSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-research', private: true, type: 'module' }));
  const install = (extra: string[]) => execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...extra, join(dir, tarball)], { cwd: project, stdio: 'pipe' });
  try {
    install(['--offline']);
  } catch {
    install(['--prefer-offline']);
  }
  bin = join(project, 'node_modules', 'policy-extract', 'dist', 'cli.js');
  copyFileSync(join(VERSIONS, 'dec-2012-action-01-v1-2a3362d.txt'), join(project, 'page.txt'));
  copyFileSync(join(VERSIONS, 'dec-2012-action-01-v9-8e72a83.txt'), join(project, 'page-2015.txt'));
}, 180_000);

describe('the packed package, following the README', () => {
  it('holds dist, schema and README only, with the gold schema', () => {
    const pkg = join(project, 'node_modules', 'policy-extract');
    expect(readdirSync(pkg).sort()).toEqual(['README.md', 'dist', 'package.json', 'schema']);
    expect(existsSync(join(pkg, 'schema', 'gold.schema.json'))).toBe(true);
    expect(existsSync(join(project, 'node_modules', '.bin', 'policy-extract'))).toBe(true);
  });

  it('corrected entities.csv → fixture add → eval on a later version → Label Studio and back', async () => {
    // 1. Extract (the installed program) and correct in a spreadsheet: a row deleted, a type changed, a row added with type, text and line.
    const run = spawnCli(['run', 'page.txt', '--out', 'out']);
    expect(run.status, run.stderr).toBe(0);
    const rows = parse(readFileSync(join(project, 'out', 'page', 'entities.csv'), 'utf8'), { bom: true }) as string[][];
    const h = rows[0];
    const c = (n: string) => h.indexOf(n);
    const names = rows.slice(1).filter((r) => r[c('type')] === 'organisation');
    const [deleted, retyped] = names;
    retyped[c('type')] = 'programme';
    const added = h.map(() => '');
    const line = readFileSync(join(project, 'page.txt'), 'utf8').split('\n').findIndex((l) => l.includes('digital leader')) + 1;
    expect(line).toBeGreaterThan(0);
    [added[c('type')], added[c('text')], added[c('start_line')]] = ['programme', 'digital leader', String(line)];
    const corrected = [h, ...rows.slice(1).filter((r) => r !== deleted), added];
    writeFileSync(join(project, 'corrected.csv'), '\ufeff' + stringify(corrected, { record_delimiter: '\r\n' }));

    // 2. Make it a fixture.
    const add = await cli(['fixture', 'add', 'page.txt', '--gold', 'corrected.csv', '--dir', 'fixtures']);
    expect(add.status, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/wrote fixtures\/page\/gold\.entities\.json/);

    // 3. Check it: floors at the current scores hold; the JSON shape per case.
    const check = await cli(['eval', '--fixtures', 'fixtures', '--json']);
    expect(check.status, check.stdout).toBe(0);
    const [before] = JSON.parse(check.stdout);
    expect(before.case).toBe('page');
    expect(before.score.byType.programme.strict.fn).toBeGreaterThan(0);
    expect((await cli(['fixture', 'check', 'fixtures'])).status).toBe(0);

    // 4. A later version of the page: the gold follows the text.
    const later = await cli(['eval', 'page-2015.txt', '--gold', 'fixtures/page/gold.entities.json', '--json']);
    expect(later.status, later.stderr).toBe(0);
    const laterJson = JSON.parse(later.stdout);
    expect(laterJson.anchoring.sourceChanged).toBe(true);
    expect(laterJson.anchoring.moved.length).toBeGreaterThan(0);
    expect(laterJson.score.overall.predicted).not.toBe(before.score.overall.predicted);

    // 5. Label Studio: export, a person deletes one region and submits, import.
    const exported = await cli(['export', 'page.txt', '--format', 'label-studio', '--out', 'page.label-studio.json']);
    expect(exported.status, exported.stderr).toBe(0);
    expect(existsSync(join(project, 'page.label-studio.label-config.xml'))).toBe(true);
    const tasks = JSON.parse(readFileSync(join(project, 'page.label-studio.json'), 'utf8'));
    const result = tasks[0].predictions[0].result as Array<{ id: string; type: string; value: { text: string; labels?: string[] } }>;
    const gone = result.find((r) => r.type === 'labels')!;
    tasks[0].annotations = [{ id: 1, was_cancelled: false, result: result.filter((r) => r.id !== gone.id) }];
    writeFileSync(join(project, 'project-export.json'), JSON.stringify(tasks));
    expect((await cli(['fixture', 'add', 'page.txt', '--gold', 'project-export.json', '--name', 'page-label-studio', '--dir', 'fixtures'])).status).toBe(0);
    const scored = JSON.parse((await cli(['eval', '--fixtures', 'fixtures', '--json'])).stdout);
    const ls = scored.find((r: { case: string }) => r.case === 'page-label-studio');
    expect(ls.score.spurious.map((m: { type: string; text: string }) => `${m.type} ${m.text}`)).toEqual([`${gone.value.labels![0]} ${gone.value.text}`]);
    expect(ls.score.misses).toEqual([]);

    // W3C Web Annotations, exported and read back unchanged, agree with the extraction everywhere.
    expect((await cli(['export', 'page.txt', '--format', 'web-annotation', '--out', 'page.jsonld'])).status).toBe(0);
    expect((await cli(['fixture', 'add', 'page.txt', '--gold', 'page.jsonld', '--name', 'page-w3c', '--dir', 'fixtures'])).status).toBe(0);

    // 6. Floors only rise: writing floors at the current scores lowers none, so it is not refused.
    const floors = await cli(['eval', '--fixtures', 'fixtures', '--write-floors']);
    expect(floors.status, floors.stdout).toBe(0);
    expect(floors.stdout).toMatch(/page-w3c\n[\s\S]*overall +\d+ +\d+ +1\.000/);
    expect(floors.stdout).not.toMatch(/NOT written/);
  });

  it('the README\'s "Use from code" example compiles against the installed types (strict, nodenext) and prints what the README shows', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Use from code\n'));
    const [, code, printed] = section.match(/```ts\n([\s\S]*?)```\s*\nprints\s*\n\n```\n([\s\S]*?)```/) ?? [];
    expect(code, 'a ts block, then "prints" and a plain block').toBeTruthy();
    expect(code).toContain("from 'policy-extract'");
    writeFileSync(join(project, 'example.ts'), code);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const types = join(ROOT, 'node_modules', '@types');
    const compiled = spawnSync(
      process.execPath,
      [tsc, '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--typeRoots', types, '--types', 'node', 'example.ts'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(compiled.status, compiled.stdout + compiled.stderr).toBe(0);
    const run = spawnSync(process.execPath, ['example.js'], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(printed);
  }, 60_000);

  it('unusable gold gets a message naming the file and row, never an internal error (the installed program)', () => {
    writeFileSync(join(project, 'bad.csv'), 'type,text,start_line\norganisation,Nowhere Office,3\n');
    const r = spawnCli(['eval', 'page.txt', '--gold', 'bad.csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^policy-extract: bad\.csv: row 2: "Nowhere Office" is not on line 3/);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});
