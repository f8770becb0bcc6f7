// Extraction quality may not drop below the floors recorded in fixtures/<case>/floors.json.
// Raising a floor is a deliberate change: `policy-extract eval --fixtures --write-floors`, reviewed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { combineScores, commitmentsBelowFloors, type CommitmentFloors, type CommitmentGold, type CommitmentScore } from '../src/eval/commitments.js';
import { COMMITMENT_FLOORS_FILE, commitmentCases, evaluateCommitments } from '../src/eval/commitment-fixtures.js';
import { evaluate } from '../src/eval/evaluate.js';
import { belowFloors, floorsFromScore, FLOOR_KINDS, goldCases, readFloors, silentlyLowered, type Floors } from '../src/eval/fixtures.js';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import type { Score, TypeScore } from '../src/eval/score.js';
import { ENTITY_TYPES, type EntityType } from '../src/model.js';
import { FIXTURES, ROOT } from './helpers.js';

describe('extraction quality against the gold fixtures', () => {
  const cases = goldCases(FIXTURES);

  it('finds every fixture with gold, and each has floors to guard', () => {
    // Found, not listed: every folder of fixtures/ with a gold.entities.json is a case.
    expect(cases).toEqual(readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'gold.entities.json'))).sort());
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(readFloors(join(FIXTURES, c)), c).not.toBeNull();
  });

  it.each(cases)('%s records no floor of 0 (a floor that cannot fail)', (name) => {
    const floors = readFloors(join(FIXTURES, name))!;
    for (const kind of FLOOR_KINDS) {
      for (const [type, floor] of Object.entries(floors[kind] ?? {})) expect(floor, `${kind} ${type}`).toBeGreaterThan(0);
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

describe('commitments and follow-through against the commitment gold', () => {
  // The cases with commitment gold, found as every other fixture is: `ls fixtures/*/gold.commitments.json`.
  const COMMITMENT_CASES = commitmentCases(FIXTURES);

  it('has commitment gold for at least 40 commitments of pages other than the seed, and floors', () => {
    expect(COMMITMENT_CASES).not.toContain('action-03-digital-capability');
    const total = COMMITMENT_CASES.reduce((n, c) => n + (JSON.parse(readFileSync(join(FIXTURES, c, 'gold.commitments.json'), 'utf8')) as CommitmentGold).commitments.length, 0);
    expect(total).toBeGreaterThanOrEqual(40);
    const floors = JSON.parse(readFileSync(join(FIXTURES, COMMITMENT_FLOORS_FILE), 'utf8')) as CommitmentFloors;
    for (const [measure, floor] of Object.entries(floors.min)) expect(floor, measure).toBeGreaterThan(0);
  });

  it('scores at or above every floor, taking no more non-commitments than recorded', () => {
    const total = combineScores(COMMITMENT_CASES.map((c) => evaluateCommitments(join(FIXTURES, c))));
    const floors = JSON.parse(readFileSync(join(FIXTURES, COMMITMENT_FLOORS_FILE), 'utf8')) as CommitmentFloors;
    expect(commitmentsBelowFloors(total, floors)).toEqual([]);
    // Telling mentioned from not beats always answering "mentioned".
    expect(total.status.value!).toBeGreaterThan(total.statusBaseline.value!);
  });

  it.each<[string, Partial<CommitmentScore>, CommitmentFloors, string[]]>([
    ['a measure below its floor is reported', { found: { right: 9, total: 10, value: 0.9 } }, { min: { found: 0.95 }, maxTaken: 4 }, ['found 0.900 < floor 0.95']],
    ['a measure at its floor is not', { found: { right: 19, total: 20, value: 0.95 } }, { min: { found: 0.95 }, maxTaken: 4 }, []],
    ['too many non-commitments taken are reported', { taken: 5 }, { min: {}, maxTaken: 4 }, ['non-commitments taken 5 > 4']],
    ['a measure with nothing to score under a floor is reported', { deadline: { right: 0, total: 0, value: null } }, { min: { deadline: 0.85 }, maxTaken: 4 }, ['deadline none < floor 0.85']],
  ])('%s', (_, part, floors, expected) => {
    const one = { right: 1, total: 1, value: 1 };
    const score: CommitmentScore = { gold: 1, found: one, taken: 0, status: one, statusBaseline: one, statusExact: one, noLaterReport: one, evidenceAt1: one, actor: one, deadline: one, target: one, errors: [], ...part };
    expect(commitmentsBelowFloors(score, floors)).toEqual(expected);
  });
});

// Floors only rise: every version of every floors.json in the project's history (and the working copy)
// is compared with the one before; a floor that fell must come with a new `history` entry naming it and
// giving a reason (what `eval --write-floors --lower-floors "<reason>"` records).
const git = (args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const inGit = (() => {
  try {
    return git(['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
})();

describe('floors never fall silently', () => {
  it.skipIf(!inGit).each(goldCases(FIXTURES))('%s: each lowering in its history has a recorded reason', (name) => {
    const path = `fixtures/${name}/floors.json`;
    // The line of the branch itself (first parents): a branch merged into it is seen at its merge, so a
    // floor two lines of work raised in parallel does not read as a fall from one to the other.
    const commits = git(['log', '--first-parent', '--format=%H', '--', path]).split('\n').filter(Boolean).reverse();
    const versions: Array<[string, Floors]> = commits.map((c) => [c.slice(0, 7), JSON.parse(git(['show', `${c}:${path}`])) as Floors]);
    const now = readFloors(join(FIXTURES, name))!;
    versions.push(['working copy', now]);
    for (let i = 1; i < versions.length; i++) {
      expect(silentlyLowered(versions[i - 1][1], versions[i][1], now.history ?? []), `${versions[i][0]}`).toEqual([]);
      // History is only appended to.
      expect(now.history?.slice(0, versions[i - 1][1].history?.length ?? 0) ?? [], `${versions[i][0]}`).toEqual(versions[i - 1][1].history ?? []);
    }
  });

  it.each<[string, Floors, Floors, string[]]>([
    ['a lowered floor without a history entry', { strictF1: { number: 0.9 } }, { strictF1: { number: 0.8 } }, ['strictF1.number 0.9 → 0.8']],
    ['a floor removed', { strictF1: { number: 0.9 }, valueAccuracy: { date: 1 } }, { strictF1: { number: 0.9 } }, ['valueAccuracy.date 1 → none']],
    ['a lowering with its reason', { strictF1: { number: 0.9 } }, { strictF1: { number: 0.8 }, history: [{ date: '2026-01-01', reason: 'a harder guide', lowered: ['strictF1.number 0.9 → 0.8'] }] }, []],
    ['a reason that names another floor', { strictF1: { number: 0.9, date: 1 } }, { strictF1: { number: 0.8, date: 1 }, history: [{ date: '2026-01-01', reason: 'x', lowered: ['strictF1.date 1 → 0.9'] }] }, ['strictF1.number 0.9 → 0.8']],
    ['an empty reason', { strictF1: { number: 0.9 } }, { strictF1: { number: 0.8 }, history: [{ date: '2026-01-01', reason: ' ', lowered: ['strictF1.number 0.9 → 0.8'] }] }, ['strictF1.number 0.9 → 0.8']],
    ['a raised floor', { strictF1: { number: 0.8 } }, { strictF1: { number: 0.9 } }, []],
    ['a floor of 0 (one that could not fail) removed', { strictF1: { place: 0 } }, { strictF1: {} }, []],
  ])('silentlyLowered: %s', (_name, before, after, expected) => {
    expect(silentlyLowered(before, after)).toEqual(expected);
  });
});
