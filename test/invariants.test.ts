// The invariants every output keeps, over every fixture, the default input and generated text:
// every line in exactly one section or the preamble, and every span slicing back to its text.
import { describe, expect, it } from 'vitest';
import { checkOutline, CORPUS_FILES, FIXTURES, fixtureCases, fixtureInput, runFile, runText, SEED_FILE, sliceCodePoints } from './helpers.js';
import { existsSync, readFileSync } from 'node:fs';
import { PREAMBLE_SECTION_ID, type Doc } from '../src/model.js';
import { checkTableInvariants } from './table-checks.js';
import { basename, dirname, join } from 'node:path';

export function checkInvariants(doc: Doc): void {
  // Coverage: each line of the text is owned once.
  const owner = new Array<string | null>(doc.lines.length).fill(null);
  const claim = (line: number, who: string) => {
    expect(owner[line - 1], `line ${line} claimed by ${owner[line - 1]} and ${who}`).toBeNull();
    owner[line - 1] = who;
  };
  if (doc.preamble) for (let l = doc.preamble.firstLine; l <= doc.preamble.lastLine; l++) claim(l, 'preamble');
  // Section u00 is the preamble read as a section: exactly its lines, and there only when it is.
  const preambleSection = doc.sections.find((s) => s.id === PREAMBLE_SECTION_ID);
  expect(preambleSection ? [preambleSection.firstLine, preambleSection.lastLine] : null).toEqual(doc.preamble ? [doc.preamble.firstLine, doc.preamble.lastLine] : null);
  for (const s of doc.sections) if (s !== preambleSection) for (let l = s.firstLine; l <= s.lastLine; l++) claim(l, s.id);
  const source = doc.raw;
  const visible = source.trim().length > 0;
  if (visible) {
    owner.forEach((o, i) => expect(o, `line ${i + 1} ("${doc.lines[i].content.slice(0, 40)}") belongs nowhere`).not.toBeNull());
  }
  // Provenance. Plain text: the source sliced at the code-point offsets is the text. HTML/Markdown:
  // the visible text sliced at the working span is the text, and the source positions run forwards.
  for (const item of [...doc.sections, ...doc.sentences, ...doc.entities, ...doc.commitments]) {
    expect(item.start!.offset, item.id).toBeLessThanOrEqual(item.end!.offset);
    if (doc.sourceMap === null) {
      expect(sliceCodePoints(source, item.start!.offset, item.end!.offset), item.id).toBe(item.text);
      const lineStart = doc.lines[item.start!.line - 1];
      // Line and column agree with the offset.
      expect(item.start!.offset, item.id).toBe(Array.from(source.slice(0, lineStart.from)).length + item.start!.column - 1);
    } else {
      expect(doc.text.slice(item.span.from, item.span.to), item.id).toBe(item.text);
    }
  }
  checkTableInvariants(doc);
  checkOutline(doc);
  // Ids are unique.
  const ids = [...doc.sections, ...doc.sentences, ...doc.entities, ...doc.tables, ...doc.commitments].map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  // A commitment is its sentence, whole; its evidence lies in later progress sections of its unit.
  const sentences = new Map(doc.sentences.map((s) => [s.id, s]));
  const sectionIndex = new Map(doc.sections.map((s, i) => [s.id, i]));
  for (const c of doc.commitments) {
    const sentence = sentences.get(c.sentenceId)!;
    expect(sentence.text, c.id).toBe(c.text);
    expect([c.start!.offset, c.end!.offset], c.id).toEqual([sentence.start!.offset, sentence.end!.offset]);
    expect(sentence.sectionId, c.id).toBe(c.sectionId);
    if (c.status === 'no-later-report' || c.status === 'not-reported') expect(c.evidence, c.id).toEqual([]);
    else expect(c.evidence.length, c.id).toBeGreaterThan(0);
    for (const e of c.evidence) {
      const evidence = doc.sections[sectionIndex.get(sentences.get(e.sentenceId)!.sectionId)!];
      expect(evidence.phaseKind, `${c.id} → ${e.sentenceId}`).toBe('progress');
      expect(evidence.unitKey, `${c.id} → ${e.sentenceId}`).toBe(c.unitKey);
      expect(sectionIndex.get(evidence.id)!, `${c.id} → ${e.sentenceId}`).toBeGreaterThan(sectionIndex.get(c.sectionId)!);
    }
    const scores = c.evidence.map((e) => e.score);
    expect(scores, c.id).toEqual([...scores].sort((a, b) => b - a));
  }
  // Entities do not overlap.
  const spans = doc.entities.map((e) => [e.start!.offset, e.end!.offset]).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
}

// Sections each page has by its structure: the seed (and its HTML and Markdown renderings) 17 departments
// × 5 phases; the December 2012 statements one per department (18); the excerpts one per phase heading;
// pages cut from the outline one per heading that is not a caption (the policy paper's 8 numbered
// headings, "1." to "4."; the kramdown chapter's 7). A fixture not named here (one a researcher added)
// is checked against its expected/document.json.
// Each page, besides, has its preamble read as section u00 where it has a preamble (counted apart).
/** Sections other than the preamble's. */
function bodySections(doc: Doc): number {
  return doc.sections.filter((s) => s.id !== PREAMBLE_SECTION_ID).length;
}

const SECTIONS: Record<string, number> = {
  'action-01-digital-leader-excerpt': 7,
  'action-03-digital-capability': 85,
  'action-03-html': 85,
  'action-03-markdown': 85,
  'dec-2012-action-05-statements': 18,
  'dec-2012-action-07-statements': 18,
  'dec-2012-action-10-statements': 18,
  'dec-2012-action-12-statements': 18,
  'dept-health-actions-excerpt': 4,
  // Cut from the outline: one section per heading that is not a caption.
  'efficiency-06-how-long-will-shifting-to-digital-take': 7,
  'md-efficiency-06-shifting-to-digital': 7,
  'overseas-territories': 8,
  'govuk-overseas-territories': 8,
  // Test pages of tables, written for the project: two units, one with two phases.
  'tables-html': 3,
  'tables-markdown': 3,
  'tables-text': 3,
  'plans-progress-by-action': 10,
  'plans-progress-by-department': 13,
};

describe('invariants over every fixture', () => {
  it.each(fixtureCases())('%s: every line is owned once and every span slices back to its text', (name) => {
    const doc = runFile(fixtureInput(name));
    const expected = join(FIXTURES, name, 'expected', 'document.json');
    const recorded = existsSync(expected) ? (JSON.parse(readFileSync(expected, 'utf8')) as Doc).sections.filter((s) => s.id !== PREAMBLE_SECTION_ID).length : undefined;
    const sections = SECTIONS[name] ?? recorded;
    expect(sections, `${name}: no known section count and no expected/document.json`).toBeDefined();
    expect(bodySections(doc)).toBe(sections);
    expect(doc.sentences.length).toBeGreaterThan(0);
    expect(doc.entities.length).toBeGreaterThan(0);
    checkInvariants(doc);
  });

  it('reads the HTML and Markdown renderings of the seed into the same sentences and entities as its plain text', () => {
    const [plain, html, markdown] = ['action-03-digital-capability', 'action-03-html', 'action-03-markdown'].map((n) => runFile(fixtureInput(n)));
    for (const doc of [html, markdown]) {
      expect(doc.sourceMap).not.toBeNull();
      expect(doc.sentences.map((s) => s.text)).toEqual(plain.sentences.map((s) => s.text));
      expect(doc.entities.map((e) => `${e.type} ${e.text}`)).toEqual(plain.entities.map((e) => `${e.type} ${e.text}`));
    }
  });
});

describe('invariants over the default input and the corpus pages', () => {
  const files = [SEED_FILE, ...CORPUS_FILES.filter((f) => SECTIONS[basename(dirname(f))] !== undefined)];
  it.each(files)('%s', (file) => {
    const doc = runFile(file);
    expect(bodySections(doc)).toBe(file === SEED_FILE ? 85 : SECTIONS[basename(dirname(file))]);
    expect(doc.sentences.length).toBeGreaterThan(0);
    expect(doc.entities.length).toBeGreaterThan(0);
    checkInvariants(doc);
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
