// How an evaluation is shown: a table per type, and the list of what went wrong.
import { ENTITY_TYPES } from '../model.js';
import type { Score, ScoredMention, TypeScore } from './score.js';

const f = (n: number | null) => (n === null ? '   - ' : n.toFixed(3));

export function scoreTable(score: Score): string {
  const header = ['type', 'gold', 'pred', 'strict P', 'strict R', 'strict F1', 'lenient P', 'lenient R', 'lenient F1', 'value acc'];
  const row = (name: string, t: TypeScore) => [
    name, String(t.gold), String(t.predicted),
    f(t.strict.precision), f(t.strict.recall), f(t.strict.f1),
    f(t.lenient.precision), f(t.lenient.recall), f(t.lenient.f1), f(t.valueAccuracy),
  ];
  const rows = [
    ...ENTITY_TYPES.filter((t) => score.byType[t].gold + score.byType[t].predicted > 0).map((t) => row(t, score.byType[t])),
    row('overall', score.overall),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

const extras = (m: ScoredMention) => (['counts', 'currency', 'mod', 'anchor'] as const).map((k) => (m[k] !== undefined ? ` ${k}=${m[k]}` : '')).join('');
const show = (m: ScoredMention) => `line ${m.line ?? '?'}${m.column !== undefined ? `:${m.column}` : ''}  ${m.type.padEnd(12)} ${JSON.stringify(m.text)}  value=${JSON.stringify(m.value)}${extras(m)}`;

/**
 * For each type named in failing floor lines ("number strict F1 0.900 < floor 1"), what changed: the
 * misses, spurious mentions, boundary and value errors of that type (at most five of each).
 */
export function typeFailures(score: Score, below: string[]): string {
  const types = new Set(below.map((b) => b.split(' ')[0]));
  const out: string[] = [];
  for (const type of types) {
    const of = <T>(list: T[], get: (x: T) => ScoredMention) => list.filter((x) => type === 'overall' || get(x).type === type);
    const groups: Array<[string, string[]]> = [
      ['missed', of(score.misses, (m) => m).map(show)],
      ['spurious', of(score.spurious, (m) => m).map(show)],
      ['boundary', of(score.boundary, (b) => b.gold).map((b) => `${show(b.gold)} → predicted ${JSON.stringify(b.predicted.text)}`)],
      ['value', of(score.valueErrors, (v) => v.gold).map((v) => `${show(v.gold)} → predicted value=${JSON.stringify(v.predicted.value)}${extras(v.predicted)}`)],
    ];
    out.push(`  ${type}:`);
    for (const [name, lines] of groups) {
      if (!lines.length) continue;
      out.push(`    ${lines.length} ${name}`);
      for (const l of lines.slice(0, 5)) out.push(`      ${l}`);
      if (lines.length > 5) out.push(`      … (--errors lists them all)`);
    }
  }
  return out.join('\n') + '\n';
}

export function errorList(score: Score): string {
  const out: string[] = [];
  out.push(`misses (in gold, not predicted): ${score.misses.length}`);
  for (const m of score.misses) out.push(`  - ${show(m)}`);
  out.push(`spurious (predicted, not in gold): ${score.spurious.length}`);
  for (const m of score.spurious) out.push(`  + ${show(m)}`);
  out.push(`boundary (overlap, different span): ${score.boundary.length}`);
  for (const b of score.boundary) out.push(`  ~ ${show(b.gold)}\n      predicted ${JSON.stringify(b.predicted.text)}`);
  out.push(`value errors (same span, different value): ${score.valueErrors.length}`);
  for (const v of score.valueErrors) out.push(`  ≠ ${show(v.gold)}\n      predicted value=${JSON.stringify(v.predicted.value)}${extras(v.predicted)}`);
  return out.join('\n') + '\n';
}
