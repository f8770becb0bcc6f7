// Table tests for the stages of the pipeline, each on input built by hand.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { loadDocument } from '../src/stages/load-document.js';
import { splitLines } from '../src/text/lines.js';
import { createLocator } from '../src/stages/locate-positions.js';
import { runText, sliceCodePoints } from './helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('load-document', () => {
  it.each([
    ['LF', 'a\nb\nc\n', ['a', 'b', 'c'], 3],
    ['CRLF', 'a\r\nb\r\nc', ['a', 'b', 'c'], 3],
    ['lone CR', 'a\rb\rc\r', ['a', 'b', 'c'], 3],
    ['mixed', 'a\r\nb\nc\rd', ['a', 'b', 'c', 'd'], 4],
    ['blank lines kept', 'a\n\n\nb', ['a', '', '', 'b'], 4],
  ])('splits %s line endings without losing a line', (_name, text, contents, count) => {
    const doc = loadDocument(enc(text), { path: 'x.txt' });
    expect(doc.lines.map((l) => l.content)).toEqual(contents);
    expect(doc.source.lines).toBe(count);
    // Line ranges index into the text itself.
    for (const line of doc.lines) expect(doc.text.slice(line.from, line.to)).toBe(line.content);
  });

  it('skips a UTF-8 byte order mark and records the sha256 of the bytes as given', () => {
    const bytes = enc('\ufeffTitle\nBody');
    const doc = loadDocument(bytes, { path: 'x.txt' });
    expect(doc.raw).toBe('Title\nBody');
    expect(doc.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(doc.source.bytes).toBe(bytes.length);
  });

  it.each([
    ['UTF-8', [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41], '\ufeffA'],
    ['Windows-1252 bytes before it', [0x93, 0x41, 0xef, 0xbb, 0xbf, 0x42], '“A\ufeffB'],
    ['UTF-16LE', [0xff, 0xfe, 0xff, 0xfe, 0x41, 0x00], '\ufeffA'],
  ])('skips the byte order mark once and keeps a later U+FEFF as text (%s)', (_name, bytes, raw) => {
    expect(loadDocument(Uint8Array.from(bytes), { path: 'x.txt' }).raw).toBe(raw);
  });

  it('keeps CRLF in the text so offsets count into the file as decoded', () => {
    const doc = loadDocument(enc('Title\r\nLine two'), { path: 'x.txt' });
    expect(doc.raw).toBe('Title\r\nLine two');
    expect(doc.lines[1].from).toBe(7);
  });
});

describe('splitLines', () => {
  it.each([
    ['', 1],
    ['x', 1],
    ['x\n', 1],
    ['x\ny', 2],
  ])('%j has %i line records', (text, n) => {
    expect(splitLines(text)).toHaveLength(n);
  });
});

describe('split-sentences', () => {
  const page = (body: string) => `Title\nDepartment for Transport\nProgress during 2014\n${body}\n`;

  it.each([
    ['two sentences in a paragraph', 'DfT hired staff. It ran 3 events.', [['DfT hired staff.', null], ['It ran 3 events.', null]]],
    ['a dash bullet, marker kept apart', '- evaluating digital propositions', [['evaluating digital propositions', '-']]],
    ['a star bullet', '* an assessment panel', [['an assessment panel', '*']]],
    [
      'items listed inline after a lead-in',
      'DECC set up: * work streams * an assessment panel',
      [['DECC set up:', null], ['work streams', '*'], ['an assessment panel', '*']],
    ],
    ['a question and an exclamation', 'Why digital? Because users are online!', [['Why digital?', null], ['Because users are online!', null]]],
    ['an indented bullet', '   - user research', [['user research', '-']]],
    // A bullet item of several sentences is cut like a paragraph; each sentence keeps the item's marker.
    [
      'a bullet item of two sentences',
      '- Skills levy – The levy will start in April 2017. It will raise £2.9 billion. (8)',
      [['Skills levy – The levy will start in April 2017.', '-'], ['It will raise £2.9 billion.', '-'], ['(8)', '-']],
    ],
  ])('%s', (_name, body, expected) => {
    const doc = runText(page(body));
    // The title is the preamble's sentence (section u00); the body's follow.
    expect(doc.sentences.map((s) => [s.text, s.bullet])).toEqual([['Title', null], ...expected]);
    for (const s of doc.sentences) expect(doc.text.slice(s.span.from, s.span.to)).toBe(s.text);
  });

  it('numbers sentences within their section', () => {
    const doc = runText(page('One. Two.\n- three'));
    expect(doc.sentences.map((s) => s.id)).toEqual(['u00.s1', 'u01.p1.s1', 'u01.p1.s2', 'u01.p1.s3']);
  });

  it('reads the headings of a document cut from its outline as sentences, and their entities', () => {
    const doc = runText(
      '# Working with the Overseas Territories\n\nIntro text here.\n\n## 1. Department for Communities and Local Government\n\nIt sets policy.\n\n## 2. Working with others\n\n### 2.1 Flying flags\n\nFlags fly.\n',
      'paper.md',
    );
    const headings = doc.sentences.filter((s) => /^\d/.test(s.text)).map((s) => `${s.id} ${s.text}`);
    expect(headings).toEqual(['h01.s1 1. Department for Communities and Local Government', 'h02.s1 2. Working with others', 'h02.01.s1 2.1 Flying flags']);
    const inHeadings = doc.entities.filter((e) => /\.s1$/.test(e.sentenceId) && e.sectionId !== 'u00').map((e) => `${e.type} ${e.text}${e.counts ? ` counts ${e.counts}` : ''}`);
    expect(inHeadings).toEqual(['number 1', 'organisation Department for Communities and Local Government', 'number 2', 'number 2.1']);
    // Each heading lies inside its section, which starts at it.
    for (const s of doc.sentences) {
      const section = doc.sections.find((x) => x.id === s.sectionId)!;
      expect(s.span.from >= section.span.from && s.span.to <= section.span.to).toBe(true);
    }
    expect(doc.sections.find((x) => x.id === 'h02.01')!.text).toBe('2.1 Flying flags\nFlags fly.');
  });

  it('keeps the unit and phase headings of a progress page out of its sentences', () => {
    const doc = runText(page('DfT hired staff.'));
    expect(doc.sentences.map((s) => s.text)).not.toContain('Department for Transport');
    expect(doc.sentences.map((s) => s.text)).not.toContain('Progress during 2014');
  });
});

describe('locate-positions', () => {
  it.each([
    ['ascii', 'ab\ncd', 4, { line: 2, column: 2, offset: 4 }],
    ['after an emoji (one code point, two UTF-16 units)', '😀x\ny', 2, { line: 1, column: 2, offset: 1 }],
    ['on the line after an emoji', '😀\nxy', 4, { line: 2, column: 2, offset: 3 }],
    ['after CRLF', 'a\r\nb', 3, { line: 2, column: 1, offset: 3 }],
    ['after a lone CR', 'a\rb', 2, { line: 2, column: 1, offset: 2 }],
  ])('%s', (_name, text, index, point) => {
    expect(createLocator(text).point(index)).toEqual(point);
  });

  it('places entities after astral characters by code points', () => {
    const doc = runText('Title\nHome Office\nProgress during 2014\n😀 We hired 12 people 😀 in June.\n');
    const entity = doc.entities.find((e) => e.type === 'number')!;
    expect(sliceCodePoints(doc.raw, entity.start!.offset, entity.end!.offset)).toBe('12');
    const date = doc.entities.find((e) => e.type === 'date')!;
    expect(date).toMatchObject({ text: 'June', value: '2014-06', anchor: 'phase' });
    expect(sliceCodePoints(doc.raw, date.start!.offset, date.end!.offset)).toBe('June');
  });
});

describe('extract-entities', () => {
  it('anchors a month without a year to its section\'s phase year', () => {
    const doc = runText('Title\nHome Office\nProgress during 2013\nIt met in June.\nPlanned activities in 2015\nIt will meet in June.\n');
    expect(doc.entities.filter((e) => e.type === 'date').map((e) => e.value)).toEqual(['2013-06', '2015-06']);
  });

  it('resolves every use of a defined acronym to its long form, in every section', () => {
    const doc = runText(
      'Title\nHome Office\nProgress during 2013\nWe worked with the Government Digital Service (GDS).\nPlanned activities in 2014\nGDS will help.\n',
    );
    const uses = doc.entities.filter((e) => e.text === 'GDS');
    expect(uses).toHaveLength(2);
    expect(uses.every((e) => e.value === 'Government Digital Service')).toBe(true);
    expect(doc.acronyms.map((a) => [a.short, a.long])).toEqual([['GDS', 'Government Digital Service']]);
  });

  it('gives each entity an id inside its sentence and the rule that produced it', () => {
    const doc = runText('Title\nHome Office\nProgress during 2013\nWe trained 45 students in 2013.\n');
    expect(doc.entities.map((e) => [e.id, e.type, e.rule.split('.')[0]])).toEqual([
      ['u01.p1.s1.e1', 'number', 'number'],
      ['u01.p1.s1.e2', 'date', 'date'],
    ]);
  });
});

describe('lower-case repeats of a page\'s own names', () => {
  const page = (body: string) => `Title\nHome Office\nProgress during 2014\nThe Home Office ran its Annual Skills Review in May.\n${body}\n`;
  it.each([
    ['a definite repeat is the same name', 'We used the results of the annual skills review.', ['annual skills review']],
    ['a possessive makes it a description', 'HMRC’s annual skills review was shorter.', []],
    ['a pronoun possessive too', 'Its annual skills review was shorter.', []],
    ['a bare phrase is plain words', 'An annual skills review is planned.', []],
  ])('%s', (_name, body, expected) => {
    const doc = runText(page(body));
    const repeats = doc.entities.filter((e) => e.rule.endsWith('lowercase-repeat'));
    expect(repeats.map((e) => e.text)).toEqual(expected);
    for (const e of repeats) expect(e.value).toBe('Annual Skills Review');
  });
});

describe('sentence splitting of enumerated items', () => {
  it.each([
    ['ii. Publish the Plant Biosecurity Strategy by end-2014', ['ii. Publish the Plant Biosecurity Strategy by end-2014']],
    ['Staff were trained in May. iii. Reduce bovine TB by 10%.', ['Staff were trained in May.', 'iii. Reduce bovine TB by 10%.']],
  ])('%s', async (line, expected) => {
    const { sentenceSpans } = await import('../src/stages/split-sentences.js');
    expect(sentenceSpans(line).map(([from, to]) => line.slice(from, to))).toEqual(expected);
  });
});

describe('sentence splitting after a number', () => {
  it.each([
    // A number's full stop before a capital ends a sentence, however many digits it has.
    ['Visits rose to 1,200. Staff agreed.', ['Visits rose to 1,200.', 'Staff agreed.']],
    ['Each receives £300,000. Cornwall Council intends to reach 3,000 residents.', ['Each receives £300,000.', 'Cornwall Council intends to reach 3,000 residents.']],
    ['It was 3.2. The next rose.', ['It was 3.2.', 'The next rose.']],
    ['It fell by 35 per cent. Over the same period it rose.', ['It fell by 35 per cent.', 'Over the same period it rose.']],
    // A reference to a part of the document ends its sentence; a caption's label opens one.
    ['They are listed in Annex A. Together they account for most.', ['They are listed in Annex A.', 'Together they account for most.']],
    ['Figures are in Table 2. We will publish more.', ['Figures are in Table 2.', 'We will publish more.']],
    ['Table A. Spending by year', ['Table A. Spending by year']],
    // Not after a label's number, nor an enumerator opening the sentence, nor inside a decimal.
    ['Figure 3. Adults online by age', ['Figure 3. Adults online by age']],
    ['3. Publish the plan. Then act.', ['3. Publish the plan.', 'Then act.']],
    ['Growth was 1.5 Percent higher.', ['Growth was 1.5 Percent higher.']],
  ])('%s', async (line, expected) => {
    const { sentenceSpans } = await import('../src/stages/split-sentences.js');
    expect(sentenceSpans(line).map(([from, to]) => line.slice(from, to))).toEqual(expected);
  });
});

describe('sentence splitting of very long lines', () => {
  it('cuts a line longer than one parse at sentence ends, losing no sentence', async () => {
    const { sentenceSpans } = await import('../src/stages/split-sentences.js');
    const line = Array.from({ length: 3000 }, (_, i) => `Team ${i} hired 5 people.`).join(' ');
    const spans = sentenceSpans(line);
    expect(spans).toHaveLength(3000);
    spans.forEach(([from, to], i) => expect(line.slice(from, to)).toBe(`Team ${i} hired 5 people.`));
  });

  it('does not overflow the parser on a megabyte of "a.a.a."', async () => {
    const { sentenceSpans } = await import('../src/stages/split-sentences.js');
    const line = 'a.'.repeat(500_000);
    const spans = sentenceSpans(line);
    expect(spans.map(([from, to]) => line.slice(from, to)).join('')).toBe(line);
  });
});
