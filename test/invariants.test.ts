// The invariants every output keeps, over every fixture, the default input and generated text:
// every line in exactly one section or the preamble, and every span slicing back to its text.
import { describe, expect, it } from 'vitest';
import { CORPUS_FILES, fixtureCases, fixtureInput, runFile, runText, SEED_FILE, sliceCodePoints } from './helpers.js';
import type { Doc } from '../src/model.js';

export function checkInvariants(doc: Doc): void {
  // Coverage: each line of the text is owned once.
  const owner = new Array<string | null>(doc.lines.length).fill(null);
  const claim = (line: number, who: string) => {
    expect(owner[line - 1], `line ${line} claimed by ${owner[line - 1]} and ${who}`).toBeNull();
    owner[line - 1] = who;
  };
  if (doc.preamble) for (let l = doc.preamble.firstLine; l <= doc.preamble.lastLine; l++) claim(l, 'preamble');
  for (const s of doc.sections) for (let l = s.firstLine; l <= s.lastLine; l++) claim(l, s.id);
  const source = doc.raw;
  const visible = source.trim().length > 0;
  if (visible) {
    owner.forEach((o, i) => expect(o, `line ${i + 1} ("${doc.lines[i].content.slice(0, 40)}") belongs nowhere`).not.toBeNull());
  }
  // Provenance: source sliced at the code-point offsets is the text (plain text input).
  if (doc.toSource === null) {
    for (const item of [...doc.sections, ...doc.sentences, ...doc.entities]) {
      expect(sliceCodePoints(source, item.start!.offset, item.end!.offset)).toBe(item.text);
      const lineStart = doc.lines[item.start!.line - 1];
      // Line and column agree with the offset.
      expect(item.start!.offset).toBe(Array.from(source.slice(0, lineStart.from)).length + item.start!.column - 1);
    }
  }
  // Ids are unique.
  const ids = [...doc.sections, ...doc.sentences, ...doc.entities].map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  // Entities do not overlap.
  const spans = doc.entities.map((e) => [e.start!.offset, e.end!.offset]).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
}

describe('invariants over every fixture', () => {
  it.each(fixtureCases())('%s: every line is owned once and every span slices back to its text', (name) => {
    const doc = runFile(fixtureInput(name));
    expect(doc.sections.length).toBeGreaterThan(0);
    expect(doc.entities.length).toBeGreaterThan(0);
    checkInvariants(doc);
  });
});

describe('invariants over the default input and the corpus pages', () => {
  const files = [SEED_FILE, ...CORPUS_FILES];
  it.each(files)('%s', (file) => {
    checkInvariants(runFile(file));
  });
});

describe('invariants over awkward text', () => {
  it.each([
    ['CRLF line endings', 'Title\r\nUnit A\r\nProgress during 2013\r\nWe hired 5 people in June.\r\n'],
    ['lone CR line endings', 'Title\rUnit A\rProgress during 2013\rWe hired 5 people in June.\r'],
    ['astral characters before entities', 'Title 😀\nUnit 😀 A\nProgress during 2013\n😀😀 We hired 5 people 😀 in June 2013.\n'],
    ['a byte order mark', '\ufeffTitle\nUnit A\nProgress during 2013\nWe hired 5 people.\n'],
    ['tabs and no-break spaces', 'Title\nUnit\u00a0A\nProgress\u00a0during 2013\n\tWe hired\u00a05 people.\n'],
    ['no final newline', 'Title\nUnit A\nProgress during 2013\nWe hired 5 people'],
  ])('%s', (_name, text) => {
    const doc = runText(text);
    checkInvariants(doc);
    expect(doc.entities.some((e) => e.type === 'number' && e.value === 5)).toBe(true);
  });
});
