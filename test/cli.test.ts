// The command line as a researcher uses it: run, its output files, exit codes and messages, help and
// option errors. Calls the built main() in this process (npm test builds first); the last block runs the
// built program in processes of its own, for what only a process shows (its exit code, a closed pipe).
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, ROOT, STACK_LINE, fixtureCases, fixtureInput, runCli, runMain } from './helpers.js';

const cli = (...args: string[]) => runMain(args);
const tmp = () => mkdtempSync(join(tmpdir(), 'policy-extract-'));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

describe('policy-extract run', () => {
  it('writes per-document and combined outputs and prints one line per document', async () => {
    const out = tmp();
    const result = await cli('run', 'input', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/action-03-digital-capability-in-house\.txt: 17 units, 86 sections, \d+ sentences, \d+ entities, \d+ warnings/);
    const files = listFiles(out);
    for (const f of ['sections.csv', 'entities.csv', 'action-03-digital-capability-in-house/document.json', 'action-03-digital-capability-in-house/sections.csv', 'action-03-digital-capability-in-house/sentences.csv', 'action-03-digital-capability-in-house/entities.csv']) {
      expect(files).toContain(f);
    }
    const doc = JSON.parse(readFileSync(join(out, 'action-03-digital-capability-in-house', 'document.json'), 'utf8'));
    // Version 2 added the outline: the seed's 17 units, each over its 5 phase headings.
    expect(doc.schemaVersion).toBe(3);
    expect(doc.outline.filter((o: { kind: string }) => o.kind === 'unit')).toHaveLength(17);
    expect(doc.outline.filter((o: { kind: string; level: number }) => o.kind === 'phase' && o.level === 2)).toHaveLength(85);
    expect(doc.source.lines).toBe(296);
    expect(doc.sections).toHaveLength(86); // the preamble (u00) and 85 phase sections
  });

  it('gives byte-identical output on two runs over every fixture, on one thread and on two workers', async () => {
    const inputs = fixtureCases().map((c) => relative(ROOT, fixtureInput(c)));
    const [a, b] = [tmp(), tmp()];
    expect((await cli('run', ...inputs, '--out', a, '--workers', '1')).status).toBe(0);
    expect((await cli('run', ...inputs, '--out', b, '--workers', '2')).status).toBe(0);
    const files = listFiles(a);
    expect(files).toEqual(listFiles(b));
    expect(files.length).toBeGreaterThan(inputs.length * 4);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('names a missing file, finishes the others and exits 1', async () => {
    const out = tmp();
    const result = await cli('run', 'no/such/file.txt', 'input', '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no/such/file.txt');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(listFiles(out)).toContain('action-03-digital-capability-in-house/document.json');
  });

  it('names a binary file and says what to do, without a stack trace', async () => {
    const dir = tmp();
    const file = join(dir, 'scan.txt');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0x00]));
    const result = await cli('run', file, '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('scan.txt');
    expect(result.stderr).toMatch(/binary/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.each([[[]], [['frobnicate']], [['run']]])('exits 2 with usage for wrong usage %j', async (args) => {
    const result = await cli(...args);
    expect(result.status).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/Usage|needs|unknown/);
  });
});

describe('policy-extract eval', () => {
  it('prints a table per type with strict and lenient scores for one gold file', async () => {
    const result = await cli('eval', '--gold', 'fixtures/dept-health-actions-excerpt/gold.entities.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/strict P\s+strict R\s+strict F1\s+lenient P/);
    expect(result.stdout).toMatch(/^overall\s+\d+\s+\d+\s+[01]\.\d{3}/m);
  });

  it('lists misses and spurious mentions with their lines on --errors', async () => {
    const result = await cli('eval', '--gold', 'fixtures/dec-2012-action-07-statements/gold.entities.json', '--errors');
    expect(result.stdout).toMatch(/misses \(in gold, not predicted\): \d+/);
    expect(result.stdout).toMatch(/spurious \(predicted, not in gold\): \d+/);
    expect(result.stdout).toMatch(/line \d+:\d+\s+\w+\s+"/);
  });

  it.each([
    [['eval', '--gold', 'no/such/gold.json'], /no\/such\/gold\.json: no such file/],
    [['eval', '--fixtures', 'no/such/folder'], /no\/such\/folder: no such folder/],
    [['eval'], /eval needs --gold/],
  ])('names what is missing and exits 2: %j', async (args, message) => {
    const result = await cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error/);
  });
});

describe('policy-extract explain', () => {
  it('prints each entity of a sentence with the rule that produced it', async () => {
    const result = await cli('explain', 'In October around 10% of staff took part in a 6-week course.', '--phase-year', '2014');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/date\s+"October"\s+\S+\s+"2014-10"\s+date\.month/);
    expect(result.stdout).toMatch(/percent\s+"10%"\s+\S+\s+10\s+percent\./);
    expect(result.stdout).toMatch(/duration\s+"6-week"\s+\S+\s+"P6W"\s+duration\./);
  });
});

describe('help and version', () => {
  const COMMANDS = ['run', 'eval', 'explain', 'diff', 'fixture', 'export'];

  it.each(COMMANDS)('%s --help, -h and help %s print the same help, with every option and exit code, and exit 0', async (command) => {
    const long = await cli(command, '--help');
    expect(long.status).toBe(0);
    expect(long.stderr).toBe('');
    expect(long.stdout).toMatch(new RegExp(`^Usage:\\n  policy-extract ${command} `));
    for (const code of ['0', '1', '2', '3']) expect(long.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    expect(long.stdout).toMatch(/^  3  internal error/m);
    expect(long.stdout).toMatch(/^  -h, --help/m);
    expect(long.stdout).toMatch(/^      --\s+ends the options/m);
    expect((await cli(command, '-h')).stdout).toBe(long.stdout);
    expect((await cli('help', command)).stdout).toBe(long.stdout);
  });

  it('lists each option of run, with its value, in run --help', async () => {
    const help = (await cli('run', '--help')).stdout;
    for (const option of ['--out DIR', '--formats LIST', '--workers N', '--shard i/N', '--csv-profile PROFILE', '--no-clobber', '--debug']) expect(help).toContain(option);
  });

  it('shows help for --help after other options, even wrong ones', async () => {
    const result = await cli('run', '--gold', 'x', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage:\n  policy-extract run /);
  });

  it('lists every command and exit code in --help, help and -h', async () => {
    const help = await cli('--help');
    expect(help.status).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\s+\\S`, 'm'));
    for (const code of ['0', '1', '2', '3']) expect(help.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    expect((await cli('help')).stdout).toBe(help.stdout);
    expect((await cli('-h')).stdout).toBe(help.stdout);
  });

  it('prints the help on stderr and exits 2 when no command is given', async () => {
    const result = await cli();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Commands:/m);
  });

  it.each(['--version', '-V'])('prints the version of package.json for %s', async (flag) => {
    const result = await cli(flag);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('points -v to -V', async () => {
    const result = await cli('-v');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/-V \(or --version\)/);
  });
});

describe('option errors', () => {
  it.each([
    [['run', 'input', '--gold', 'x'], /^policy-extract: run does not take --gold; eval and fixture do\. See policy-extract run --help$/m],
    [['eval', '--workers', '2'], /eval does not take --workers; run does/],
    [['explain', 'x', '--out', 'y'], /explain does not take --out; run, diff and export do/],
    [['run', 'input', '--otu', 'o'], /run does not take --otu; did you mean --out\?/],
    [['run', 'input', '-x'], /run does not take -x/],
    [['rnu', 'input'], /unknown command "rnu"; did you mean "run"\? The commands are run, eval, explain, diff, fixture, export/],
    [['evaluate'], /unknown command "evaluate"; did you mean "eval"\?/],
    [['frobnicate'], /^policy-extract: unknown command "frobnicate"\. The commands are/m],
    [['explain', 'In October we met.', '--phase-year', 'abc'], /--phase-year takes a whole number from 1900 to 2100, e\.g\. --phase-year 2014; got "abc"/],
    [['explain', 'x', '--phase-year', '2014.5'], /--phase-year takes a whole number/],
    [['run', 'input', '--workers', 'two'], /--workers takes a whole number from 1 to 256 \(this machine has \d+ cores\); got "two"/],
    [['run', 'input', '--csv-profile', 'tsv'], /--csv-profile takes excel or rfc4180; got "tsv"/],
    [['run', 'input', '--formats', 'csv,pdf'], /--formats takes one or more of csv, json, xlsx, html, jsonl, separated by commas \(e\.g\. --formats csv,json\); got "csv,pdf"/],
    [['run', 'input', '--formats', ''], /--formats needs a value: --formats LIST/],
    [['run', 'input', '--formats', ' ,'], /--formats takes one or more of/],
    [['run', 'input', '--out='], /--out needs a value: --out DIR/],
    [['run', 'input', '--out'], /--out needs a value: --out DIR/],
    [['run', 'input', '--debug=yes'], /--debug takes no value/],
    [['eval', '--fixtures', '--min-f1', 'high'], /--min-f1 takes a number from 0 to 1, e\.g\. 0\.8; got "high"/],
    [['eval', '--fixtures', '--min-f1', '1.5'], /--min-f1 takes a number from 0 to 1/],
    [['eval', '--fixtures', '--commitments'], /--fixtures and --commitments score different gold: give one/],
    [['export', 'input/action-03-digital-capability-in-house.txt', '--format', 'csv'], /--format takes label-studio or web-annotation; got "csv"/],
    [['export', 'input/action-03-digital-capability-in-house.txt'], /--format is needed: label-studio or web-annotation/],
    [['diff', 'a.txt'], /diff needs two files, the old version and the new \(got 1\)/],
    [['diff', 'a.txt', 'b.txt', '--csv-profile', 'x'], /--csv-profile takes excel or rfc4180/],
    [['fixture', 'remove'], /fixture takes add, check or update; got "remove"/],
    [['fixture', 'check', '--gold', 'g.csv'], /--gold goes with fixture add, not fixture check/],
    [['explain', 'page.txt', '--commitment', 'all', '--phase-year', '2014'], /--phase-year goes with a sentence/],
  ])('%j: a message that says what to do, exit 2', async (args, message) => {
    const result = await cli(...args);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^policy-extract: /);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/internal error|TypeError|ERR_PARSE_ARGS/);
  });

  it('dates "in October" from a whole --phase-year, never "NaN"', async () => {
    const result = await cli('explain', 'In October we met.', '--phase-year', '2014');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"2014-10"');
    expect(result.stdout).not.toContain('NaN');
  });
});

describe('-- and paths that look like options', () => {
  it('reads a file named --help after --, and a path with --help inside it without --', async () => {
    const dir = tmp();
    const page = readFileSync(join(ROOT, 'input', 'action-03-digital-capability-in-house.txt'));
    writeFileSync(join(dir, '--help'), page);
    mkdirSync(join(dir, 'fixtures', '--help'), { recursive: true });
    writeFileSync(join(dir, 'fixtures', '--help', 'case.txt'), page);
    const named = await runMain(['run', '--out', 'a', '--workers', '1', '--', '--help'], dir);
    expect(named.status, named.stderr).toBe(0);
    expect(named.stdout).toMatch(/^--help: 17 units/);
    expect(existsSync(join(dir, 'a', 'help', 'document.json'))).toBe(true);
    const inside = await runMain(['run', 'fixtures/--help/case.txt', '--out', 'b', '--workers', '1'], dir);
    expect(inside.status, inside.stderr).toBe(0);
    expect(inside.stdout).toMatch(/^fixtures\/--help\/case\.txt: 17 units/);
  });

  it('reads arguments after -- as files, not options', async () => {
    const result = await cli('run', '--out', tmp(), '--', '--workers');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--workers: no such file or folder');
  });
});

describe('run --formats', () => {
  const SEED = 'input/action-03-digital-capability-in-house.txt';
  const DOC = 'action-03-digital-capability-in-house';

  it('writes every output by default, and datapackage.json lists the combined tables', async () => {
    const out = tmp();
    expect((await cli('run', SEED, '--out', out, '--workers', '1')).status).toBe(0);
    const files = listFiles(out);
    for (const f of ['policy-extract.xlsx', 'report.html', 'entities.jsonl', 'datapackage.json', 'sections.csv', `${DOC}/document.json`, `${DOC}/entities.csv`]) expect(files).toContain(f);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    for (const r of descriptor.resources) expect(files).toContain(r.path);
  });

  it.each([
    ['csv', [`${DOC}/sections.csv`, `${DOC}/sentences.csv`, `${DOC}/entities.csv`, 'sections.csv', 'entities.csv', 'datapackage.json'], ['document.json', '.xlsx', '.html', '.jsonl']],
    ['json', [`${DOC}/document.json`], ['.csv', '.xlsx', '.html', '.jsonl', 'datapackage.json']],
    ['xlsx', ['policy-extract.xlsx'], ['.csv', '.json', '.html', '.jsonl']],
    ['html', ['report.html'], ['.csv', '.json', '.xlsx', '.jsonl']],
    ['jsonl', ['entities.jsonl'], ['.csv', '.json', '.xlsx', '.html']],
    ['json,jsonl', [`${DOC}/document.json`, 'entities.jsonl'], ['.csv', '.xlsx', '.html']],
  ])('--formats %s writes only what it names', async (formats, written, absent) => {
    const out = tmp();
    const result = await cli('run', SEED, '--out', out, '--workers', '1', '--formats', formats);
    expect(result.status, result.stderr).toBe(0);
    const files = listFiles(out);
    for (const f of written) expect(files).toContain(f);
    for (const ending of absent) expect(files.filter((f) => f.endsWith(ending))).toEqual([]);
    // No spool or partial file is left behind.
    expect(files.filter((f) => f.split('/').some((part) => part.startsWith('.')))).toEqual([]);
    // The document's line names its folder only when one was written.
    const folder = files.some((f) => f.startsWith(`${DOC}/`));
    expect(result.stdout).toMatch(/^\S+: \d+ units, .* warnings/);
    expect(result.stdout.includes(`→ ${out}/${DOC}/`)).toBe(folder);
  });

  it('writes the same bytes for a format whether or not the others are asked for', async () => {
    const [all, some] = [tmp(), tmp()];
    expect((await cli('run', SEED, '--out', all, '--workers', '1')).status).toBe(0);
    expect((await cli('run', SEED, '--out', some, '--workers', '1', '--formats', 'csv,jsonl')).status).toBe(0);
    const files = listFiles(some);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(readFileSync(join(some, f)).equals(readFileSync(join(all, f))), f).toBe(true);
  });
});

describe('internal errors', () => {
  // A stdout that fails as no user error can make it fail: the one line, and exit code 3.
  const failingOut = { write: () => { throw new TypeError('the terminal went away'); } };

  it.each([[['--version']], [['explain', 'We met in June.']]])('%j: one line, "Run again with --debug", exit 3', async (args) => {
    const { main } = await import(pathToFileURL(join(ROOT, 'dist', 'commands', 'main.js')).href);
    let stderr = '';
    const status = await main(args, { stdout: failingOut, stderr: { write: (t: string) => (stderr += t) } });
    expect(status).toBe(3);
    expect(stderr).toMatch(/^policy-extract: internal error: the terminal went away\n/);
    expect(stderr).toContain('Run again with --debug for details');
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('prints the stack with --debug on run', async () => {
    const { main } = await import(pathToFileURL(join(ROOT, 'dist', 'commands', 'main.js')).href);
    let stderr = '';
    const status = await main(['run', 'input', '--out', tmp(), '--workers', '1', '--debug'], { stdout: failingOut, stderr: { write: (t: string) => (stderr += t) } });
    expect(status).toBe(3);
    expect(stderr).toMatch(/^policy-extract: internal error: the terminal went away$/m);
    expect(stderr).toMatch(STACK_LINE);
  });
});

// What only a process of its own shows: its exit code, its worker threads, a closed pipe.
describe('the built program, in a process of its own', () => {
  it('runs documents on two worker threads and exits 0, with the summary on stderr', () => {
    const out = tmp();
    // The three smallest fixtures: starting the process and its two workers is what this test is about.
    const inputs = fixtureCases()
      .map((c) => relative(ROOT, fixtureInput(c)))
      .sort((x, y) => statSync(join(ROOT, x)).size - statSync(join(ROOT, y)).size)
      .slice(0, 3);
    const result = runCli(['run', ...inputs, '--out', out, '--workers', '2']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/3 of 3 documents processed.*2 workers/);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });

  it.each([
    [['run', 'input', '--gold', 'x'], 2, /run does not take --gold; eval and fixture do/],
    [['run', 'no/such/file.txt', '--out', 'unused-output'], 1, /no\/such\/file\.txt: no such file or folder/],
    [['--version'], 0, /^$/],
  ])('exits with the code main() returns: %j', (args, status, stderr) => {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: tmp(), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(status);
    expect(result.stderr).toMatch(stderr);
  });

  it('stops quietly with exit 0 when the reader of its output goes away (| head -1)', async () => {
    const child = spawn(process.execPath, [CLI, 'help', 'run'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Close the pipe before the help is written.
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
