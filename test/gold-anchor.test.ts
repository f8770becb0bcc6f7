// Gold that follows the text: quotes placed again in a changed document (hand-made cases, then real
// successive versions of one page from ../shared/corpus/versions).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorQuote, approximateMatches, quoteSelector } from '../src/gold/anchor.js';
import { SourceText } from '../src/gold/source-text.js';
import { describeAnchoring, reanchorGold } from '../src/gold/reanchor.js';
import { makeGoldFile } from '../src/gold/write.js';
import { draftGold } from '../src/fixtures/add.js';
import { runText } from './helpers.js';
import { processDocument } from '../src/pipeline.js';

const VERSIONS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'versions');

describe('anchorQuote', () => {
  const old = new SourceText('Title\nDWP hired 45 people in June 2014. GDS hired 45 people in May 2014.\n');
  const sel = (text: string, n = 1) => {
    let at = -1;
    for (let i = 0; i < n; i++) at = old.text.indexOf(text, at + 1);
    return quoteSelector(old, at, at + text.length);
  };
  // [case, new text, selector taken from the old text, the words just before the place expected, the text expected there]
  it.each([
    ['the same text: the same place', old.text, sel('45', 2), 'GDS hired ', '45'],
    ['a paragraph inserted before: the second "45" by its context', 'Title\nA new paragraph.\nDWP hired 45 people in June 2014. GDS hired 45 people in May 2014.\n', sel('45', 2), 'GDS hired ', '45'],
    ['sentences swapped: each "45" follows its own context', 'Title\nGDS hired 45 people in May 2014. DWP hired 45 people in June 2014.\n', sel('45', 1), 'DWP hired ', '45'],
    ['a letter of the quote changed: an approximate place', 'Title\nDWP hired 45 people in June 2014. The Government Digital Services hired 45.\n', quoteSelector(new SourceText('2014. The Government Digital Service hired'), 10, 36), 'The ', 'Government Digital Service'],
  ])('%s', (_name, text, selector, before, placed) => {
    const source = new SourceText(text);
    const anchor = anchorQuote(source, selector, 0)!;
    expect(anchor).not.toBeNull();
    expect(source.slice(anchor.start, anchor.end)).toBe(placed);
    expect(source.slice(anchor.start - before.length, anchor.start)).toBe(before);
  });

  it('places no short quote whose characters changed ("45" is not "46")', () => {
    expect(anchorQuote(new SourceText('DWP hired 46 people.'), { exact: '45', prefix: 'DWP hired ', suffix: ' people.' })).toBeNull();
  });

  it('places no approximate quote whose context is gone', () => {
    expect(anchorQuote(new SourceText('Something else entirely: Government Digitál Servic.'), { exact: 'Government Digital Service', prefix: 'In March 2013 the ', suffix: ' launched GOV.UK' })).toBeNull();
  });

  it('counts code points: a quote after an emoji keeps its offsets', () => {
    const source = new SourceText('😀 DWP hired 45 people.');
    const anchor = anchorQuote(source, { exact: '45', prefix: 'hired ', suffix: ' people' })!;
    expect([anchor.start, anchor.end]).toEqual([12, 14]);
    expect(Array.from(source.text).slice(12, 14).join('')).toBe('45');
  });

  it('finds approximate matches with their edit counts', () => {
    expect(approximateMatches('the Digital Servic team', 'Digital Service', 2)).toEqual([{ start: 4, end: 18, errors: 1 }]);
  });
});

describe('reanchorGold on hand-made versions', () => {
  const v1 = 'Title\nUnit A\nDWP hired 45 people in June 2014.\nGDS opened in 2011.\n';
  const doc1 = runText(v1);
  const src1 = new SourceText(doc1.raw);
  const gold = makeGoldFile({ document: 'input.txt', sha256: doc1.source.sha256, annotator: 'hand', reviewed: true, source: src1, entities: draftGold(doc1) });

  it('uses the offsets as they are when the text is the same', () => {
    const { entities, anchoring } = reanchorGold(gold, src1, doc1.source.sha256);
    expect(anchoring.sourceChanged).toBe(false);
    expect(entities).toBe(gold.entities);
    expect(anchoring.unchanged).toBe(gold.entities.length);
  });

  it('moves every mention after an inserted line, and lists the one whose sentence was deleted', () => {
    const v2 = 'Title\nUnit A\nA new first line.\nDWP hired 45 people in June 2014.\n';
    const doc2 = runText(v2);
    const { entities, anchoring } = reanchorGold(gold, new SourceText(doc2.raw), doc2.source.sha256);
    expect(anchoring.sourceChanged).toBe(true);
    // The draft gold: the five mentions of the two body lines (the heading lines hold none).
    const texts = gold.entities.map((e) => e.text);
    expect(texts).toEqual(['DWP', '45', 'June 2014', 'GDS', '2011']);
    expect(anchoring.moved.map((m) => m.text)).toEqual(['DWP', '45', 'June 2014']);
    expect(anchoring.moved.every((m) => m.to.line === m.from.line + 1)).toBe(true);
    expect(anchoring.unplaced.map((u) => u.text)).toEqual(['GDS', '2011']);
    for (const e of entities) expect(Array.from(v2).slice(e.start.offset, e.end.offset).join('')).toBe(e.text);
    expect(describeAnchoring(anchoring)).toBe(
      [
        'the document has changed since the gold was made; 3 of 5 gold mentions placed again by their quotes: 0 where they were, 3 moved, 0 approximately (their words changed)',
        '  moved        organisation "DWP" line 3 → 4',
        '  moved        number       "45" line 3 → 4',
        '  moved        date         "June 2014" line 3 → 4',
        '2 gold mention(s) not found in the changed document (left out of the score):',
        '  not found    organisation "GDS" (was line 4)',
        '  not found    date         "2011" (was line 4)',
        '',
      ].join('\n'),
    );
    expect(describeAnchoring(reanchorGold(gold, src1, doc1.source.sha256).anchoring)).toBe('');
  });
});

describe('reanchorGold on real successive versions of a page', () => {
  // Gold made on the oldest version of each page (its extraction, as fixture add makes a draft), placed in the newest.
  it.each([
    ['dec-2012-action-01-v1-2a3362d.txt', 'dec-2012-action-01-v9-8e72a83.txt'],
    ['dec-2012-action-02-v1-2a3362d.txt', 'dec-2012-action-02-v6-4326ff0.txt'],
    ['dec-2012-action-06-v1-2a3362d.txt', 'dec-2012-action-06-v6-0aa4469.txt'],
  ])('%s → %s', (older, newer) => {
    const [a, b] = [older, newer].map((f) => processDocument(readFileSync(join(VERSIONS, f)), { path: f }));
    const gold = makeGoldFile({ document: older, sha256: a.source.sha256, annotator: 'hand', reviewed: true, source: new SourceText(a.raw), entities: draftGold(a) });
    const source = new SourceText(b.raw);
    const { entities, anchoring } = reanchorGold(gold, source, b.source.sha256);
    expect(anchoring.sourceChanged).toBe(true);
    expect(anchoring.unchanged + anchoring.moved.length + anchoring.approximate.length + anchoring.unplaced.length).toBe(gold.entities.length);
    // The pages grew: most mentions moved, and each one placed reads its text in the new version, in the new version's context.
    expect(anchoring.moved.length).toBeGreaterThan(0);
    for (const e of entities) {
      expect(source.slice(e.start.offset, e.end.offset)).toBe(e.text);
      expect(source.point(e.start.offset)).toEqual(e.start);
    }
    // A mention that could not be placed has no exact occurrence left that another mention did not take.
    for (const u of anchoring.unplaced) {
      const free = [...b.raw.matchAll(new RegExp(u.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].filter(
        (m) => !entities.some((e) => source.toUtf16(e.start.offset) <= m.index! && m.index! < source.toUtf16(e.end.offset)),
      );
      expect(free.length <= 1 || u.text.length < 5, u.text).toBe(true);
    }
    // Offsets as they were would have scored against the wrong characters: at least one stale offset no longer reads its text.
    expect(gold.entities.some((e) => source.slice(e.start.offset, e.end.offset) !== e.text)).toBe(true);
  });
});
