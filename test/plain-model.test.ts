// The Doc is plain data: every fixture's document, after every stage, survives structuredClone (which
// throws on a function or a class instance it cannot copy) and comes back equal, so it crosses worker
// threads as it is.
import { describe, expect, it } from 'vitest';
import { fixtureCases, fixtureInput, runFile, runText } from './helpers.js';
import { sourceEnd, sourceRange, sourceStart } from '../src/text/source-map.js';
import { processFile } from '../src/pipeline.js';
import { writePdf } from './pdf-writer.js';

describe('the document model is plain data', () => {
  const cases = fixtureCases();
  it('finds the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('structuredClone copies the processed document of %s whole', (name) => {
    const doc = runFile(fixtureInput(name));
    const copy = structuredClone(doc);
    expect(copy).toEqual(doc);
    expect(copy.sourceMap === null).toBe(doc.sourceMap === null);
  });

  it('a PDF, with its layout and the boxes of every record, is plain data too', async () => {
    const pdf = writePdf({
      pages: [
        {
          lines: [
            { text: 'Digital strategy progress', x: 72, y: 770, size: 18, bold: true },
            { text: 'Department for Transport', x: 72, y: 730, size: 14, bold: true },
            { text: 'Progress during 2013', x: 72, y: 700, size: 12, bold: true },
            { text: 'We hired 5 people in June 2013.', x: 72, y: 680 },
          ],
        },
      ],
    });
    const doc = await processFile(pdf, { path: 'page.pdf' });
    expect(doc.layout?.fragments.length).toBeGreaterThan(0);
    expect(doc.sentences.some((s) => (s.boxes?.length ?? 0) > 0)).toBe(true);
    expect(structuredClone(doc)).toEqual(doc);
  });

  it('places a character reference by its whole source, and a span from its first to its last character', () => {
    const doc = runText('<p>caf&eacute; R&amp;D</p>\n', 'page.html');
    expect(doc.text).toBe('café R&D');
    const map = doc.sourceMap;
    expect(map).not.toBeNull();
    const e = doc.text.indexOf('é');
    expect(doc.raw.slice(sourceStart(map, e), sourceEnd(map, e))).toBe('&eacute;');
    const all = sourceRange(map, 0, doc.text.length);
    expect(doc.raw.slice(all.from, all.to)).toBe('caf&eacute; R&amp;D');
    // An empty span at the very end of the text sits just after the last character's source.
    expect(sourceStart(map, doc.text.length)).toBe(all.to);
  });

  it('maps plain text to itself', () => {
    const doc = runText('Title\nLine two\n');
    expect(doc.sourceMap).toBeNull();
    expect([sourceStart(null, 3), sourceEnd(null, 3)]).toEqual([3, 4]);
    expect(sourceRange(null, 2, 5)).toEqual({ from: 2, to: 5 });
  });
});
