// Sequence alignment for diffs: sentences of two versions of a section, and words of two versions of a
// sentence. Pure functions; no I/O.

/** Lower-cased word tokens ("2,000", "GOV.UK" kept whole), for similarity. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,’'-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Dice coefficient of two word multisets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = wordTokens(a);
  const y = wordTokens(b);
  if (x.length === 0 && y.length === 0) return a.trim() === b.trim() ? 1 : 0;
  const bag = new Map<string, number>();
  for (const w of x) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/**
 * Two sentences at or above this similarity are one sentence changed; below it, one removed and one
 * added. 0.5: "Coming soon..." → a full statement is removed + added; a reworded statement keeping
 * half its words ("will be identified by April 2013" → "was identified in March 2013") is changed.
 */
export const SENTENCE_SIMILARITY = 0.5;

export type Step<T> = { kind: 'same' | 'changed'; old: T; new: T } | { kind: 'removed'; old: T } | { kind: 'added'; new: T };

/**
 * Aligns two sequences, keeping their order: the pairing with the greatest total score, where an
 * identical pair scores 2, a similar pair (similarity ≥ threshold) its similarity, and a gap 0.
 * Ties prefer pairing earlier elements (deterministic). O(n·m).
 */
export function align<T>(a: readonly T[], b: readonly T[], textOf: (x: T) => string, threshold = SENTENCE_SIMILARITY): Step<T>[] {
  const n = a.length;
  const m = b.length;
  const pair = (i: number, j: number): number => {
    const x = textOf(a[i]);
    const y = textOf(b[j]);
    if (x === y) return 2;
    const s = similarity(x, y);
    return s >= threshold ? s : -Infinity;
  };
  // best[i][j]: the best score aligning a[i..] with b[j..].
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const pairs: Float64Array[] = Array.from({ length: n }, () => new Float64Array(m));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const p = pair(i, j);
      pairs[i][j] = p;
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], p + best[i + 1][j + 1]);
    }
  }
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const p = pairs[i][j];
    if (p > -Infinity && best[i][j] === p + best[i + 1][j + 1]) {
      steps.push({ kind: p === 2 ? 'same' : 'changed', old: a[i], new: b[j] });
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) {
      steps.push({ kind: 'removed', old: a[i] });
      i++;
    } else {
      steps.push({ kind: 'added', new: b[j] });
      j++;
    }
  }
  for (; i < n; i++) steps.push({ kind: 'removed', old: a[i] });
  for (; j < m; j++) steps.push({ kind: 'added', new: b[j] });
  return steps;
}

/** The longest common subsequence of two lists of keys, as the set of indices of `b` it keeps. */
export function lcsKept(a: readonly string[], b: readonly string[]): Set<number> {
  const n = a.length;
  const m = b.length;
  const len: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i][j] = a[i] === b[j] ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
  const kept = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      kept.add(j);
      i++;
      j++;
    } else if (len[i + 1][j] >= len[i][j + 1]) i++;
    else j++;
  }
  return kept;
}

export interface WordPiece {
  text: string;
  /** same: in both; removed: old only; added: new only. */
  kind: 'same' | 'removed' | 'added';
}

/** Words and the spaces between them, kept so that the pieces join back to the text. */
function pieces(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** A word diff of two sentences: pieces of both, in reading order, each same, removed or added. */
export function wordDiff(oldText: string, newText: string): WordPiece[] {
  const a = pieces(oldText);
  const b = pieces(newText);
  const n = a.length;
  const m = b.length;
  const len: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i][j] = a[i] === b[j] ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
  const out: WordPiece[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ text: a[i], kind: 'same' });
      i++;
      j++;
    } else if (len[i + 1][j] >= len[i][j + 1]) out.push({ text: a[i++], kind: 'removed' });
    else out.push({ text: b[j++], kind: 'added' });
  }
  while (i < n) out.push({ text: a[i++], kind: 'removed' });
  while (j < m) out.push({ text: b[j++], kind: 'added' });
  return out;
}
