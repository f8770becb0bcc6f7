// The scorer, on small hand-made cases.
import { describe, expect, it } from 'vitest';
import { scoreMentions, type ScoredMention } from '../src/eval/score.js';

const m = (type: ScoredMention['type'], start: number, end: number, value: unknown = 'x', extra: Partial<ScoredMention> = {}): ScoredMention => ({
  type, start, end, text: 'x'.repeat(end - start), value, ...extra,
});

describe('scoreMentions', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const gold = [m('date', 0, 4, '2014'), m('number', 10, 12, 45)];
    const s = scoreMentions(gold, gold.map((g) => ({ ...g })));
    expect(s.overall.strict).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(s.overall.valueAccuracy).toBe(1);
  });

  it('lowers recall, not precision, for a known miss', () => {
    const gold = [m('place', 0, 5), m('place', 10, 15)];
    const s = scoreMentions(gold, [m('place', 0, 5)]);
    expect(s.byType.place.strict.precision).toBe(1);
    expect(s.byType.place.strict.recall).toBe(0.5);
    expect(s.misses).toHaveLength(1);
  });

  it('lowers precision, not recall, for a spurious mention', () => {
    const gold = [m('person', 0, 5)];
    const s = scoreMentions(gold, [m('person', 0, 5), m('person', 20, 25)]);
    expect(s.byType.person.strict.recall).toBe(1);
    expect(s.byType.person.strict.precision).toBe(0.5);
    expect(s.spurious).toHaveLength(1);
  });

  it('counts an overlap with a different span only as lenient', () => {
    const s = scoreMentions([m('programme', 0, 20)], [m('programme', 5, 20)]);
    expect(s.byType.programme.strict.f1).toBe(0);
    expect(s.byType.programme.lenient.f1).toBe(1);
    expect(s.boundary).toHaveLength(1);
  });

  it('does not match across types', () => {
    const s = scoreMentions([m('organisation', 0, 3)], [m('programme', 0, 3)]);
    expect(s.overall.strict.tp).toBe(0);
    expect(s.misses).toHaveLength(1);
    expect(s.spurious).toHaveLength(1);
  });

  it('matches leniently one to one', () => {
    const s = scoreMentions([m('date', 0, 10)], [m('date', 0, 4), m('date', 6, 10)]);
    expect(s.byType.date.lenient.tp).toBe(1);
    expect(s.byType.date.lenient.precision).toBe(0.5);
  });

  it.each([
    ['a different number', m('number', 0, 2, 45), m('number', 0, 2, 46), false],
    ['the same number as text and number', m('number', 0, 2, 45), m('number', 0, 2, '45'), true],
    ['a date with a different mod', m('date', 0, 4, '2014', { mod: 'EARLY' }), m('date', 0, 4, '2014'), false],
    ['money in another currency', m('money', 0, 4, 100, { currency: 'GBP' }), m('money', 0, 4, 100, { currency: 'EUR' }), false],
  ])('value accuracy: %s', (_name, gold, predicted, same) => {
    const s = scoreMentions([gold], [predicted]);
    expect(s.overall.strict.tp).toBe(1);
    expect(s.overall.valueAccuracy).toBe(same ? 1 : 0);
    expect(s.valueErrors).toHaveLength(same ? 0 : 1);
  });
});

describe('the error list places each mention by line and column', () => {
  it('in a Content API file, where the body is one line, the column tells mentions apart', async () => {
    const { evaluate } = await import('../src/eval/evaluate.js');
    const { errorList } = await import('../src/eval/report.js');
    const dir = 'fixtures/heldout-govuk-spring-budget-2017-ch4-ch5';
    const listed = errorList(evaluate(`${dir}/gold.entities.json`, `${dir}/input.json`).score)
      .split('\n')
      .filter((line) => /^\s+[-+~]/.test(line));
    expect(listed.length).toBeGreaterThan(0);
    for (const line of listed) expect(line).toMatch(/line \d+:\d+\s/);
    // One long line: the columns differ where the lines do not.
    const columns = new Set(listed.map((line) => /line \d+:(\d+)/.exec(line)![1]));
    expect(columns.size).toBeGreaterThan(listed.length / 2);
  });
});
