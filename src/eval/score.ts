// Scoring predicted mentions against gold, per type, as docs/annotation.md defines it:
// strict = same type and same span; lenient = same type and overlapping spans (matched one to one);
// value accuracy over strict matches.
import { ENTITY_TYPES, type EntityType } from '../model.js';

export interface ScoredMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  value: unknown;
  mod?: string;
  currency?: string;
  counts?: string;
  anchor?: string;
  line?: number;
  /** The column of the start in its line: what places a mention in a file of one long line (Content API JSON). */
  column?: number;
}

/** The value fields value accuracy compares: the value and every extra normalised field. */
export const VALUE_FIELDS = ['value', 'counts', 'currency', 'mod', 'anchor'] as const;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  strict: Counts;
  lenient: Counts;
  /** Strict matches whose value (and date mod, money currency) agree. */
  valueMatches: number;
  valueAccuracy: number | null;
}

export interface Score {
  byType: Record<EntityType, TypeScore>;
  overall: TypeScore;
  misses: ScoredMention[];
  spurious: ScoredMention[];
  /** Lenient-only matches: same type, overlapping, different span. */
  boundary: Array<{ gold: ScoredMention; predicted: ScoredMention }>;
  valueErrors: Array<{ gold: ScoredMention; predicted: ScoredMention }>;
}

function counts(tp: number, predicted: number, gold: number): Counts {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp: predicted - tp, fn: gold - tp, precision, recall, f1 };
}

/** The value fields on which a strict match disagrees (a gold value of null, not annotated, agrees with any). */
export function valueDifferences(gold: ScoredMention, predicted: ScoredMention): string[] {
  const out: string[] = [];
  for (const field of VALUE_FIELDS) {
    const a = gold[field] ?? null;
    const b = predicted[field] ?? null;
    if (field === 'value' && a === null) continue;
    const equal = typeof a === 'number' || typeof b === 'number' ? a !== null && b !== null && Number(a) === Number(b) : a === b;
    if (!equal) out.push(field);
  }
  return out;
}

export function sameValue(gold: ScoredMention, predicted: ScoredMention): boolean {
  return valueDifferences(gold, predicted).length === 0;
}

function scoreType(gold: ScoredMention[], predicted: ScoredMention[], score: Score): TypeScore {
  const key = (m: ScoredMention) => `${m.start}:${m.end}`;
  const predictedBySpan = new Map(predicted.map((m) => [key(m), m]));
  const strictGold = new Set<ScoredMention>();
  const strictPredicted = new Set<ScoredMention>();
  let valueMatches = 0;
  for (const g of gold) {
    const p = predictedBySpan.get(key(g));
    if (p && !strictPredicted.has(p)) {
      strictGold.add(g);
      strictPredicted.add(p);
      if (sameValue(g, p)) valueMatches++;
      else score.valueErrors.push({ gold: g, predicted: p });
    }
  }
  // Lenient: strict pairs, then remaining overlaps, one to one, in text order.
  const lenientPredicted = new Set(strictPredicted);
  let lenientTp = strictGold.size;
  for (const g of gold) {
    if (strictGold.has(g)) continue;
    const p = predicted.find((q) => !lenientPredicted.has(q) && q.start < g.end && g.start < q.end);
    if (p) {
      lenientPredicted.add(p);
      lenientTp++;
      score.boundary.push({ gold: g, predicted: p });
    } else {
      score.misses.push(g);
    }
  }
  for (const p of predicted) if (!lenientPredicted.has(p)) score.spurious.push(p);
  const strictTp = strictGold.size;
  return {
    gold: gold.length,
    predicted: predicted.length,
    strict: counts(strictTp, predicted.length, gold.length),
    lenient: counts(lenientTp, predicted.length, gold.length),
    valueMatches,
    valueAccuracy: strictTp === 0 ? null : valueMatches / strictTp,
  };
}

export function scoreMentions(gold: ScoredMention[], predicted: ScoredMention[]): Score {
  const score: Score = {
    byType: {} as Record<EntityType, TypeScore>,
    overall: undefined as unknown as TypeScore,
    misses: [],
    spurious: [],
    boundary: [],
    valueErrors: [],
  };
  let g = 0, p = 0, st = 0, lt = 0, vm = 0;
  for (const type of ENTITY_TYPES) {
    const t = scoreType(gold.filter((m) => m.type === type), predicted.filter((m) => m.type === type), score);
    score.byType[type] = t;
    g += t.gold;
    p += t.predicted;
    st += t.strict.tp;
    lt += t.lenient.tp;
    vm += t.valueMatches;
  }
  score.overall = {
    gold: g,
    predicted: p,
    strict: counts(st, p, g),
    lenient: counts(lt, p, g),
    valueMatches: vm,
    valueAccuracy: st === 0 ? null : vm / st,
  };
  const byStart = (a: ScoredMention, b: ScoredMention) => a.start - b.start;
  score.misses.sort(byStart);
  score.spurious.sort(byStart);
  score.boundary.sort((a, b) => a.gold.start - b.gold.start);
  score.valueErrors.sort((a, b) => a.gold.start - b.gold.start);
  return score;
}
