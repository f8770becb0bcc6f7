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
  /** Every time floors were lowered: when, why, and which ("strictF1.number 0.9 → 0.85"). */
  history?: FloorChange[];
}

export interface FloorChange {
  date: string;
  reason: string;
  lowered: string[];
}

export const FLOOR_KINDS = ['strictF1', 'lenientF1', 'valueAccuracy'] as const;

/** The fixture cases (folders with a gold.entities.json) of a folder; a fixture folder itself is its own one case, named "." */
export function goldCases(fixturesDir: string): string[] {
  if (existsSync(join(fixturesDir, 'gold.entities.json'))) return ['.'];
  return readdirSync(fixturesDir)
    .filter((d) => existsSync(join(fixturesDir, d, 'gold.entities.json')))
    .sort();
}

/** Each floor of `before` that is lower or gone in `after`, as "strictF1.number 0.9 → 0.85" ("→ none" when gone). */
export function loweredFloors(before: Floors | null, after: Floors): string[] {
  const out: string[] = [];
  for (const kind of FLOOR_KINDS) {
    for (const [type, floor] of Object.entries(before?.[kind] ?? {})) {
      const now = after[kind]?.[type as EntityType | 'overall'];
      if (now === undefined || now < (floor as number)) out.push(`${kind}.${type} ${floor} → ${now ?? 'none'}`);
    }
  }
  return out;
}

/**
 * The floors `eval --write-floors` records for a score: the current scores when none falls below a recorded
 * floor; when some would, nothing changes (`refused`) unless a reason is given, which is kept in `history`.
 */
export function nextFloors(before: Floors | null, score: Score, reason?: string, date = new Date().toISOString().slice(0, 10)): { floors: Floors; lowered: string[]; refused: boolean } {
  const floors = floorsFromScore(score);
  const lowered = loweredFloors(before, floors);
  const history = [...(before?.history ?? [])];
  if (lowered.length && !reason) return { floors: before!, lowered, refused: true };
  if (lowered.length) history.push({ date, reason: reason!, lowered });
  if (history.length) floors.history = history;
  return { floors, lowered, refused: false };
}

/**
 * Floors lowered between two versions of a floors.json that no history entry with a reason names. `recorded`
 * is the history as kept now (history is only appended to, so a lowering recorded later still counts).
 * A floor of 0 going away is no lowering: such a floor could not fail.
 */
export function silentlyLowered(before: Floors, after: Floors, recorded: FloorChange[] = after.history ?? []): string[] {
  const named = recorded.flatMap((h) => (h.reason?.trim() ? h.lowered : []));
  return loweredFloors(before, after).filter((l) => !named.includes(l) && !/ 0 → none$/.test(l));
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
