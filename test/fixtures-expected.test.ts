// Each fixture's outputs must equal its expected/ folder, byte for byte. A change that alters
// extraction fails here and shows the difference; `npm run fixtures:update` rewrites expected/ when
// the change is intended, and the diff is reviewed like code.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { FIXTURES, ROOT, fixtureCases, fixtureInput, runMain } from './helpers.js';

const cases = fixtureCases().filter((c) => existsSync(join(FIXTURES, c, 'expected')));

/** The files under `dir`, sub-folders included (a document's tables/t01.csv), as relative paths. */
const filesUnder = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();

describe('fixture outputs', () => {
  it('has expected outputs for the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s matches expected/ (update with npm run fixtures:update)', async (name) => {
    const input = fixtureInput(name);
    const out = mkdtempSync(join(tmpdir(), 'policy-extract-expected-'));
    // expected/ holds the document's own folder: its tables (csv) and document.json (json).
    const result = await runMain(['run', relative(ROOT, input), '--out', out, '--workers', '1', '--formats', 'csv,json']);
    expect(result.status, result.stderr).toBe(0);
    const produced = join(out, basename(input, extname(input)));
    const expectedDir = join(FIXTURES, name, 'expected');
    expect(filesUnder(produced)).toEqual(filesUnder(expectedDir));
    for (const file of filesUnder(expectedDir)) {
      const actual = readFileSync(join(produced, file), 'utf8');
      const expected = readFileSync(join(expectedDir, file), 'utf8');
      if (file.endsWith('.json')) expect(JSON.parse(actual), file).toEqual(JSON.parse(expected));
      expect(actual, file).toBe(expected);
    }
  });
});
