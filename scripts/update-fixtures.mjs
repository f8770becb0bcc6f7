#!/usr/bin/env node
// Rewrites fixtures/<case>/expected/ from the current pipeline: the per-document outputs of
// `policy-extract run` on the case's input. Run it deliberately (npm run fixtures:update) and review
// the diff: it shows exactly what a change did to the extraction.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures');
const only = process.argv.slice(2);

for (const name of readdirSync(fixtures).sort()) {
  const caseFile = join(fixtures, name, 'case.json');
  if (!existsSync(caseFile) || (only.length && !only.includes(name))) continue;
  const { input } = JSON.parse(readFileSync(caseFile, 'utf8'));
  const out = mkdtempSync(join(tmpdir(), 'policy-extract-fixture-'));
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'run', join('fixtures', name, input), '--out', out], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${name}: run failed\n${result.stderr}`);
    process.exitCode = 1;
    continue;
  }
  const expected = join(fixtures, name, 'expected');
  rmSync(expected, { recursive: true, force: true });
  cpSync(join(out, basename(input, extname(input))), expected, { recursive: true });
  rmSync(out, { recursive: true, force: true });
  console.log(`${name}: expected outputs written`);
}
