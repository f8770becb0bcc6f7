// The fixture cases that carry gold, and the score floors recorded beside them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../model.js';
import type { Score } from './score.js';

export interface Floors {
  /** Minimum strict F1 per type and "overall". */
  strictF1: Partial<Record<EntityType | 'overall', number>>;
  /** Minimum lenient F1 per type and "overall". */
  lenientF1?: Partial<Record<EntityType | 'overall', number>>;
  /** Minimum value accuracy per type and "overall". */
  valueAccuracy?: Partial<Record<EntityType | 'overall', number>>;
}

export function goldCases(fixturesDir: string): string[] {
  return readdirSync(fixturesDir)
    .filter((d) => existsSync(join(fixturesDir, d, 'gold.entities.json')))
    .sort();
}

export function readFloors(caseDir: string): Floors | null {
  const path = join(caseDir, 'floors.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Floors) : null;
}

/** Every score below its floor, as readable lines; empty when all floors hold. */
export function belowFloors(score: Score, floors: Floors): string[] {
  const out: string[] = [];
  const check = (kind: string, table: Floors['strictF1'] | undefined, get: (t: EntityType | 'overall') => number | null) => {
    for (const [type, floor] of Object.entries(table ?? {})) {
      const value = get(type as EntityType | 'overall');
      // No score where a floor is recorded (value accuracy with no strict match) fails the floor: the
      // floor was written when there was a score to hold.
      if (value === null) out.push(`${type} ${kind} none < floor ${floor}`);
      else if (value + 1e-9 < (floor as number)) out.push(`${type} ${kind} ${value.toFixed(3)} < floor ${floor}`);
    }
  };
  const pick = (t: EntityType | 'overall') => (t === 'overall' ? score.overall : score.byType[t]);
  check('strict F1', floors.strictF1, (t) => pick(t).strict.f1);
  check('lenient F1', floors.lenientF1, (t) => pick(t).lenient.f1);
  check('value accuracy', floors.valueAccuracy, (t) => pick(t).valueAccuracy);
  return out;
}

/**
 * Floors at the current scores, rounded down to two decimals: what `eval --write-floors` records. A score
 * that rounds down to 0 gets no floor, since a floor of 0 cannot fail.
 */
export function floorsFromScore(score: Score): Floors {
  const down = (n: number) => Math.floor(n * 100) / 100;
  const floors: Floors = { strictF1: {}, lenientF1: {}, valueAccuracy: {} };
  for (const type of [...ENTITY_TYPES, 'overall'] as const) {
    const t = type === 'overall' ? score.overall : score.byType[type];
    if (t.gold === 0) continue;
    if (down(t.strict.f1) > 0) floors.strictF1[type] = down(t.strict.f1);
    if (down(t.lenient.f1) > 0) floors.lenientF1![type] = down(t.lenient.f1);
    if (t.valueAccuracy !== null && down(t.valueAccuracy) > 0) floors.valueAccuracy![type] = down(t.valueAccuracy);
  }
  return floors;
}
