// Extraction quality may not drop below the floors recorded in fixtures/<case>/floors.json.
// Raising a floor is a deliberate change: `policy-extract eval --fixtures --write-floors`, reviewed.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { evaluate } from '../src/eval/evaluate.js';
import { belowFloors, goldCases, readFloors } from '../src/eval/fixtures.js';
import { FIXTURES } from './helpers.js';

describe('extraction quality against the gold fixtures', () => {
  const cases = goldCases(FIXTURES);

  it('has gold with floors to guard', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
    for (const c of cases) expect(readFloors(join(FIXTURES, c)), c).not.toBeNull();
  });

  it.each(cases)('%s scores at or above every floor', (name) => {
    const dir = join(FIXTURES, name);
    const { score } = evaluate(join(dir, 'gold.entities.json'));
    expect(belowFloors(score, readFloors(dir)!)).toEqual([]);
  });
});
