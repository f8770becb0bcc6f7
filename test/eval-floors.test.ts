// Extraction quality may not drop below the floors recorded in fixtures/<case>/floors.json.
// Raising a floor is a deliberate change: `policy-extract eval --fixtures --write-floors`, reviewed.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { evaluate } from '../src/eval/evaluate.js';
import { belowFloors, floorsFromScore, goldCases, readFloors, type Floors } from '../src/eval/fixtures.js';
import type { Score, TypeScore } from '../src/eval/score.js';
import { ENTITY_TYPES, type EntityType } from '../src/model.js';
import { FIXTURES } from './helpers.js';

// The gold cases: `ls fixtures/*/gold.entities.json`.
const GOLD_CASES = [
  'action-01-digital-leader-excerpt',
  'action-03-digital-capability',
  'dec-2012-action-05-statements',
  'dec-2012-action-07-statements',
  'dec-2012-action-10-statements',
  'dec-2012-action-12-statements',
  'dept-health-actions-excerpt',
  'govuk-overseas-territories',
  'govuk-spring-budget-2017-excerpt',
  'md-assisted-01-executive-summary',
  'md-efficiency-06-shifting-to-digital',
  'md-efficiency-annex5-savings-methodology',
  'md-la-ida-08-perceived-benefits',
  'md-research-04-who-is-online',
  'md-strategy-06-digital-transactions',
];

describe('extraction quality against the gold fixtures', () => {
  const cases = goldCases(FIXTURES);

  it('has gold with floors to guard', () => {
    expect(cases).toEqual(GOLD_CASES);
    expect(cases.length).toBe(15);
    for (const c of cases) expect(readFloors(join(FIXTURES, c)), c).not.toBeNull();
  });

  it.each(GOLD_CASES)('%s records no floor of 0 (a floor that cannot fail)', (name) => {
    const floors = readFloors(join(FIXTURES, name))!;
    for (const [kind, table] of Object.entries(floors)) {
      for (const [type, floor] of Object.entries(table as Record<string, number>)) expect(floor, `${kind} ${type}`).toBeGreaterThan(0);
    }
  });

  it.each(cases)('%s scores at or above every floor', (name) => {
    const dir = join(FIXTURES, name);
    const { score } = evaluate(join(dir, 'gold.entities.json'));
    expect(belowFloors(score, readFloors(dir)!)).toEqual([]);
  });
});

/** A type's score with the given strict F1, lenient F1 and value accuracy (the counts behind them don't matter here). */
function typeScore(strict: number, lenient: number, valueAccuracy: number | null): TypeScore {
  const counts = (f1: number) => ({ tp: 1, fp: 0, fn: 0, precision: f1, recall: f1, f1 });
  return { gold: 10, predicted: 10, strict: counts(strict), lenient: counts(lenient), valueMatches: 0, valueAccuracy };
}

/** A score where every type and "overall" score 1, but for the types given. */
function scoreOf(types: Partial<Record<EntityType | 'overall', TypeScore>>): Score {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, types[t] ?? typeScore(1, 1, 1)])) as Record<EntityType, TypeScore>;
  return { byType, overall: types.overall ?? typeScore(1, 1, 1), misses: [], spurious: [], boundary: [], valueErrors: [] };
}

describe('belowFloors on hand-made scores', () => {
  it.each<[string, Partial<Record<EntityType | 'overall', TypeScore>>, Floors, string[]]>([
    ['a null value accuracy under a floor is reported', { money: typeScore(1, 1, null) }, { strictF1: {}, valueAccuracy: { money: 0.9 } }, ['money value accuracy none < floor 0.9']],
    ['a null value accuracy with no floor for its type is not', { money: typeScore(1, 1, null) }, { strictF1: {}, valueAccuracy: { date: 0.9 } }, []],
    ['a strict F1 at the floor is not reported', { number: typeScore(0.8, 0.9, 1) }, { strictF1: { number: 0.8 } }, []],
    ['a strict F1 below the floor is', { number: typeScore(0.79, 0.9, 1) }, { strictF1: { number: 0.8 } }, ['number strict F1 0.790 < floor 0.8']],
    ['a lenient F1 at the floor is not reported', { overall: typeScore(1, 0.9, 1) }, { strictF1: {}, lenientF1: { overall: 0.9 } }, []],
    ['a lenient F1 and a value accuracy below their floors are both', { place: typeScore(1, 0.5, 0.25) }, { strictF1: { place: 1 }, lenientF1: { place: 0.6 }, valueAccuracy: { place: 0.5 } }, ['place lenient F1 0.500 < floor 0.6', 'place value accuracy 0.250 < floor 0.5']],
  ])('%s', (_, types, floors, expected) => {
    expect(belowFloors(scoreOf(types), floors)).toEqual(expected);
  });

  it('writes no floor of 0 for a score that rounds down to 0', () => {
    const floors = floorsFromScore(scoreOf({ place: typeScore(0, 0.004, null) }));
    expect(floors.strictF1.place).toBeUndefined();
    expect(floors.lenientF1!.place).toBeUndefined();
    expect(floors.valueAccuracy!.place).toBeUndefined();
    expect(floors.strictF1.organisation).toBe(1);
  });
});
