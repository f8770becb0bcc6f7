// Anchoring a W3C Web Annotation TextQuoteSelector (exact, prefix, suffix) in a text that may have
// changed since the quote was taken, the way annotation tools re-attach notes to a changed web page
// (Hypothesis, dom-anchor-text-quote): every exact occurrence of the quote is scored by how well the text
// around it agrees with the stored prefix and suffix, and by its distance from where the quote used to be;
// when the quote itself no longer occurs, an approximate match with few edits is sought, and accepted
// only when its context agrees too. Pure; positions in code points (SourceText).
import { SourceText } from './source-text.js';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context (code points) kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

export function quoteSelector(source: SourceText, start: number, end: number, context = QUOTE_CONTEXT): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: source.slice(start, end),
    prefix: source.slice(Math.max(0, start - context), start),
    suffix: source.slice(end, Math.min(source.length, end + context)),
  };
}

export interface Anchor {
  /** Code points, end exclusive. */
  start: number;
  end: number;
  /** 0–1: how well quote and context agree (1: the quote and its whole context are unchanged). */
  score: number;
  /** `exact`: the quote occurs as it was; `approximate`: a few characters of it changed. */
  how: 'exact' | 'approximate';
}

/** Levenshtein distance between two strings (UTF-16 units; enough for scoring). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Approximate occurrences of `pattern` in `text` with at most `maxErrors` edits (Sellers' algorithm), UTF-16 indices. */
export function approximateMatches(text: string, pattern: string, maxErrors: number): Array<{ start: number; end: number; errors: number }> {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const ends: Array<{ end: number; errors: number }> = [];
  for (let j = 0; j < text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) cur[i] = Math.min(prev[i - 1] + (pattern[i - 1] === text[j] ? 0 : 1), prev[i] + 1, cur[i - 1] + 1);
    if (cur[m] <= maxErrors) ends.push({ end: j + 1, errors: cur[m] });
    prev = cur;
  }
  // Keep the best end of each run of neighbouring ends, find the start that costs fewest edits, and keep the better of overlapping matches.
  const best: Array<{ end: number; errors: number }> = [];
  let lastEnd = -Infinity;
  for (const e of ends) {
    const last = best[best.length - 1];
    if (last && e.end - lastEnd <= 1) {
      if (e.errors < last.errors) best[best.length - 1] = e;
    } else best.push(e);
    lastEnd = e.end;
  }
  const found = best.map(({ end }) => {
    let choice = { start: Math.max(0, end - m), errors: Infinity };
    for (let s = Math.max(0, end - m - maxErrors); s <= Math.min(end, end - m + maxErrors); s++) {
      const errors = editDistance(pattern, text.slice(s, end));
      if (errors < choice.errors) choice = { start: s, errors };
    }
    return { start: choice.start, end, errors: choice.errors };
  });
  const kept: typeof found = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.errors < last.errors) kept[kept.length - 1] = f;
    } else kept.push(f);
  }
  return kept;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/**
 * The best place for the quote in `source`, or null when it cannot be placed. `hint` is where the quote
 * started before (code points), used to break ties between equally good occurrences.
 */
export function anchorQuote(source: SourceText, selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>, hint?: number): Anchor | null {
  const { exact } = selector;
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  if (!exact) return null;
  const text = source.text;
  const candidates: Array<{ start: number; end: number; errors: number }> = [];
  for (let k = text.indexOf(exact); k >= 0; k = text.indexOf(exact, k + 1)) candidates.push({ start: k, end: k + exact.length, errors: 0 });
  let how: Anchor['how'] = 'exact';
  if (candidates.length === 0) {
    // One edit in five characters at most, and none in a quote under five characters ("BIS" must not become "DIS").
    const maxErrors = Math.min(32, Math.floor(exact.length / 5));
    if (maxErrors === 0) return null;
    candidates.push(...approximateMatches(text, exact, maxErrors));
    how = 'approximate';
  }
  if (candidates.length === 0) return null;
  // Half how few edits the context needs, half how many characters right next to the quote agree: the
  // nearest words tell two equal quotes apart best ("DWP hired 45" and "GDS hired 45").
  const adjacent = (a: string, b: string, fromEnd: boolean) => {
    let n = 0;
    while (n < a.length && n < b.length && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
    return n;
  };
  const contextScore = (expected: string, actual: string, fromEnd: boolean) =>
    expected.length === 0 ? 1 : 0.5 * (1 - Math.min(1, editDistance(expected, actual) / expected.length)) + 0.5 * (adjacent(expected, actual, fromEnd) / expected.length);
  const hintAt = hint === undefined ? undefined : source.toUtf16(hint);
  let best: (Anchor & { context: number }) | null = null;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / exact.length;
    const prefixScore = contextScore(prefix, text.slice(Math.max(0, c.start - prefix.length), c.start), true);
    const suffixScore = contextScore(suffix, text.slice(c.end, c.end + suffix.length), false);
    const positionScore = hintAt === undefined ? 1 : 1 - Math.abs(c.start - hintAt) / Math.max(1, text.length);
    const score =
      (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) /
      (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
    if (!best || score > best.score) {
      best = { start: source.toCodePoint(c.start), end: source.toCodePoint(c.end), score, how, context: Math.max(prefixScore, suffixScore) };
    }
  }
  // An approximate quote is trusted only where its surroundings are recognisably the same.
  if (!best || (how === 'approximate' && best.context < 0.4)) return null;
  return { start: best.start, end: best.end, score: best.score, how: best.how };
}
