// Scores commitments and their follow-through against hand-annotated gold (fixtures/<case>/gold.commitments.json).
// Pure: takes the processed Doc and the gold, returns counts and accuracies.
//
// Gold names each commitment by the start of its text (unique in the page; `occurrence` picks the nth
// when a statement repeats), so the gold follows the text rather than sentence ids. Measures:
//  - found: gold commitments the pipeline takes as commitments (recall); taken: predicted commitments
//    that gold does not list (non-commitments taken);
//  - status: mentioned (reported or partly) vs not (not-reported), over gold commitments with a later
//    progress phase that were found; the baseline answers "mentioned" always;
//  - noLaterReport: gold no-later-report commitments found that are given no-later-report;
//  - evidence@1: found gold commitments that gold says are mentioned, whose first evidence sentence is
//    one of gold's evidence sentences (no evidence counts as wrong);
//  - actor, deadline: found gold commitments whose value is one of gold's accepted answers (actor
//    compared without case, a leading "the" and trailing punctuation);
//  - target: found gold commitments whose target has gold's value and unit (both null counts right).
import type { Commitment, CommitmentStatus, Doc, Target } from '../model.js';

export interface GoldCommitment {
  text: string;
  occurrence?: number;
  status: CommitmentStatus;
  evidence: string[];
  actor: string | string[] | null;
  deadline: string | string[] | null;
  target: Target | null;
}

export interface CommitmentGold {
  annotator?: string;
  note?: string;
  commitments: GoldCommitment[];
}

export interface Ratio {
  right: number;
  total: number;
  /** right / total, or null when there is nothing to score. */
  value: number | null;
}

export interface CommitmentScore {
  gold: number;
  found: Ratio;
  /** Predicted commitments gold does not list. */
  taken: number;
  status: Ratio;
  /** Accuracy of always answering "mentioned" on the same commitments. */
  statusBaseline: Ratio;
  /** The four statuses told apart (reported vs partly too), over the same commitments as `status`. */
  statusExact: Ratio;
  noLaterReport: Ratio;
  evidenceAt1: Ratio;
  actor: Ratio;
  deadline: Ratio;
  target: Ratio;
  errors: string[];
}

const ratio = (right: number, total: number): Ratio => ({ right, total, value: total ? right / total : null });

/** The sentence of `doc` a gold prefix names, or an error. */
function locate(texts: string[], prefix: string, occurrence = 1): number {
  let seen = 0;
  for (let i = 0; i < texts.length; i++) {
    if (texts[i].startsWith(prefix) && ++seen === occurrence) return i;
  }
  return -1;
}

const normActor = (s: string) => s.trim().toLowerCase().replace(/^the\s+/, '').replace(/[.,;:]+$/, '').replace(/[‘’']/g, "'");
const list = <T>(x: T | T[] | null): T[] => (x === null ? [] : Array.isArray(x) ? x : [x]);
const mentioned = (s: CommitmentStatus) => s === 'reported' || s === 'partly';

export function scoreCommitments(doc: Doc, gold: CommitmentGold): CommitmentScore {
  const texts = doc.sentences.map((s) => s.text);
  const byText = new Map(doc.sentences.map((s, i) => [s.id, i]));
  const predicted = new Map<number, Commitment>();
  for (const c of doc.commitments) predicted.set(byText.get(c.sentenceId)!, c);
  const matched = new Set<number>();
  const errors: string[] = [];
  let exactRight = 0;
  let found = 0, statusRight = 0, statusTotal = 0, baseline = 0, nlrRight = 0, nlrTotal = 0, evRight = 0, evTotal = 0;
  let actorRight = 0, deadlineRight = 0, targetRight = 0;
  for (const g of gold.commitments) {
    const at = locate(texts, g.text, g.occurrence);
    if (at < 0) {
      errors.push(`gold statement not in the page: "${g.text}"`);
      continue;
    }
    const c = predicted.get(at);
    if (!c) {
      errors.push(`missed commitment: "${g.text}"`);
      continue;
    }
    matched.add(at);
    found++;
    if (g.status === 'no-later-report') {
      nlrTotal++;
      if (c.status === 'no-later-report') nlrRight++;
      else errors.push(`no-later-report given ${c.status}: "${g.text}"`);
    } else {
      statusTotal++;
      if (mentioned(g.status)) baseline++;
      if (c.status === g.status) exactRight++;
      if (c.status !== 'no-later-report' && mentioned(c.status) === mentioned(g.status)) statusRight++;
      else errors.push(`status ${c.status}, gold ${g.status}: "${g.text}"`);
    }
    if (mentioned(g.status)) {
      evTotal++;
      const first = c.evidence[0] ? texts[byText.get(c.evidence[0].sentenceId)!] : null;
      if (first !== null && g.evidence.some((e) => first.startsWith(e))) evRight++;
      else errors.push(`evidence ${first === null ? 'none' : `"${first.slice(0, 60)}"`}, gold "${g.evidence[0]}": "${g.text}"`);
    }
    const actors = list(g.actor).map(normActor);
    if ((actors.length === 0 && c.actor === null) || (c.actor !== null && actors.includes(normActor(c.actor)))) actorRight++;
    else errors.push(`actor "${c.actor}", gold ${JSON.stringify(g.actor)}: "${g.text}"`);
    const deadlines = list(g.deadline);
    if ((deadlines.length === 0 && c.deadline === null) || (c.deadline !== null && deadlines.includes(c.deadline))) deadlineRight++;
    else errors.push(`deadline ${c.deadline}, gold ${JSON.stringify(g.deadline)}: "${g.text}"`);
    const t = c.target;
    if ((g.target === null && t === null) || (g.target !== null && t !== null && g.target.value === t.value && g.target.unit === t.unit)) targetRight++;
    else errors.push(`target ${JSON.stringify(t)}, gold ${JSON.stringify(g.target)}: "${g.text}"`);
  }
  let taken = 0;
  for (const [at, c] of predicted) {
    if (matched.has(at)) continue;
    taken++;
    errors.push(`not a commitment in gold: "${c.text.slice(0, 80)}"`);
  }
  return {
    gold: gold.commitments.length,
    found: ratio(found, gold.commitments.length),
    taken,
    status: ratio(statusRight, statusTotal),
    statusBaseline: ratio(baseline, statusTotal),
    statusExact: ratio(exactRight, statusTotal),
    noLaterReport: ratio(nlrRight, nlrTotal),
    evidenceAt1: ratio(evRight, evTotal),
    actor: ratio(actorRight, found),
    deadline: ratio(deadlineRight, found),
    target: ratio(targetRight, found),
    errors,
  };
}

export const COMMITMENT_MEASURES = ['found', 'status', 'noLaterReport', 'evidenceAt1', 'actor', 'deadline', 'target'] as const;
export type CommitmentMeasure = (typeof COMMITMENT_MEASURES)[number];

/** Sums the counts of several cases into one score. */
export function combineScores(scores: CommitmentScore[]): CommitmentScore {
  const sum = (key: CommitmentMeasure | 'statusBaseline' | 'statusExact') => ratio(scores.reduce((n, s) => n + s[key].right, 0), scores.reduce((n, s) => n + s[key].total, 0));
  return {
    gold: scores.reduce((n, s) => n + s.gold, 0),
    found: sum('found'),
    taken: scores.reduce((n, s) => n + s.taken, 0),
    status: sum('status'),
    statusBaseline: sum('statusBaseline'),
    statusExact: sum('statusExact'),
    noLaterReport: sum('noLaterReport'),
    evidenceAt1: sum('evidenceAt1'),
    actor: sum('actor'),
    deadline: sum('deadline'),
    target: sum('target'),
    errors: scores.flatMap((s) => s.errors),
  };
}

/** Floors on the combined score: a minimum for each measure, and a maximum of non-commitments taken. */
export interface CommitmentFloors {
  min: Partial<Record<CommitmentMeasure, number>>;
  maxTaken: number;
}

export function commitmentsBelowFloors(score: CommitmentScore, floors: CommitmentFloors): string[] {
  const out: string[] = [];
  for (const [measure, floor] of Object.entries(floors.min)) {
    const value = score[measure as CommitmentMeasure].value;
    if (value === null) out.push(`${measure} none < floor ${floor}`);
    else if (value + 1e-9 < (floor as number)) out.push(`${measure} ${value.toFixed(3)} < floor ${floor}`);
  }
  if (score.taken > floors.maxTaken) out.push(`non-commitments taken ${score.taken} > ${floors.maxTaken}`);
  return out;
}

/** Floors from a score: each measure rounded down to two decimals (no floor of 0), and the number taken. */
export function commitmentFloorsFromScore(score: CommitmentScore): CommitmentFloors {
  const min: CommitmentFloors['min'] = {};
  for (const m of COMMITMENT_MEASURES) {
    const v = score[m].value;
    if (v !== null && Math.floor(v * 100) > 0) min[m] = Math.floor(v * 100) / 100;
  }
  return { min, maxTaken: score.taken };
}

export function commitmentTable(score: CommitmentScore): string {
  const row = (name: string, r: Ratio) => `${name.padEnd(28)}${r.value === null ? '   -  ' : r.value.toFixed(3)}  (${r.right}/${r.total})`;
  return [
    row('commitments found', score.found),
    `${'non-commitments taken'.padEnd(28)}${score.taken}`,
    row('status mentioned-vs-not', score.status),
    row('  always "mentioned"', score.statusBaseline),
    row('  reported/partly/not apart', score.statusExact),
    row('no-later-report', score.noLaterReport),
    row('best evidence right', score.evidenceAt1),
    row('actor', score.actor),
    row('deadline', score.deadline),
    row('target', score.target),
  ].join('\n') + '\n';
}
