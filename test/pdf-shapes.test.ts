// Shapes of PDF pages, one row each: two columns, a heading split over two lines, a hyphenated word at a
// line end, a footer with page numbers, a page with only a table, an empty page, a turned page; and bad
// PDFs and Word files, each with its rule id and message. The pages are made by Chromium from HTML and
// CSS; what Chromium does not make (a /Rotate page, an encrypted file, no pages, a broken page object)
// by the minimal writer in pdf-writer.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { processDocument, processFile } from '../src/pipeline.js';
import { LoadError } from '../src/stages/load-document.js';
import { describeFailure } from '../src/describe-failure.js';
import { PREAMBLE_SECTION_ID, type Doc } from '../src/model.js';

/** Sentences after the preamble (section u00 reads the title like any section). */
const bodySentences = (doc: Doc) => doc.sentences.filter((s) => s.sectionId !== PREAMBLE_SECTION_ID);
import { spanSlices } from './helpers.js';
import { CHROMIUM, launch, printPdf, writeDocx } from './print-documents.js';
import { writePdf } from './pdf-writer.js';

const required = Boolean(process.env.CI || process.env.REQUIRE_CHROMIUM);
const present = existsSync(CHROMIUM);

const LONG = (word: string) => `${word} one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.`;
const page = (body: string, style = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shapes</title><style>body { font-family: serif; font-size: 12pt } ${style}</style></head><body>${body}</body></html>`;

const SHAPES = {
  'two columns': page(
    `<h1>Digital capability</h1><div style="column-count: 2; column-gap: 2em">${['Alpha', 'Bravo', 'Charlie', 'Delta'].map((w) => `<p>${LONG(w)}</p>`).join('')}</div>`,
  ),
  'a heading split over two lines': page(
    '<h1>Digital capability</h1><h2 style="width: 220px">Department for Environment, Food and Rural Affairs</h2><p>The department hired 12 specialists in 2014.</p>',
  ),
  'a hyphenated word at a line end': page(
    '<h1>Digital capability</h1>' +
      '<p style="width: 150px">The department has built its digital capa&shy;bility with care.</p>' +
      '<p>The capability grew.</p>' +
      '<p style="width: 175px">The department kept the whole team in-house for the year.</p>',
  ),
  'a footer with page numbers': page(
    `<h1>Digital capability</h1>${['Alpha', 'Bravo', 'Charlie'].map((w) => `<p style="break-after: page">${LONG(w)}</p>`).join('')}`,
  ),
  'a page with only a table': page(
    '<h1>Digital capability</h1><p style="break-after: page">Staff by department.</p>' +
      '<table><tr><th>Department</th><th>Staff</th></tr><tr><td>Cabinet Office</td><td>120</td></tr><tr><td>Home Office</td><td>75</td></tr></table>',
    // GOV.UK's table style: cells padded 10px on the right and 20px apart.
    'table { border-collapse: collapse } td, th { padding: 10px 20px 10px 0; text-align: left }',
  ),
  'a bulleted list, nested': page(
    `<h1>Digital capability</h1><p>The department will:</p><ul><li>${LONG('Alpha').slice(0, -1)} and more words to fill the line to its end</li><li>${LONG('Bravo')}<ul><li>${LONG('Charlie')}</li></ul></li></ul><p>${LONG('Delta')}</p>`,
  ),
  'an empty page': page('<h1>Digital capability</h1><p style="break-after: page">Before the empty page.</p><div style="break-after: page"></div><p>After the empty page.</p>'),
} as const;
type Shape = keyof typeof SHAPES;

const lines = (doc: Doc) => doc.text.split('\n');
const blockTexts = (doc: Doc, type: string) => doc.layout!.blocks.filter((b) => b.type === type).map((b) => doc.text.slice(b.from, b.to));

describe.skipIf(!present && !required)('PDF shapes printed by Chromium', () => {
  let dir: string;
  let browser: Browser;
  const docs = new Map<Shape, Doc>();
  const html = new Map<Shape, Doc>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policy-extract-shapes-'));
    browser = await launch();
    for (const [name, source] of Object.entries(SHAPES) as Array<[Shape, string]>) {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.pdf`);
      await printPdf(browser, source, file, { pageNumbers: name === 'a footer with page numbers' });
      docs.set(name, await processFile(readFileSync(file), { path: file }));
      html.set(name, processDocument(new TextEncoder().encode(source), { path: 'page.html' }));
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(SHAPES) as Shape[])('%s: every record slices source.txt exactly and has boxes on its pages', (name) => {
    const doc = docs.get(name)!;
    for (const { id, slice, text } of spanSlices(doc)) expect(slice, id).toBe(text);
    for (const s of doc.sentences) expect(s.boxes!.length, s.text).toBeGreaterThan(0);
  });

  it('two columns: read column by column, each paragraph whole on a line, as the HTML reads', () => {
    const doc = docs.get('two columns')!;
    expect(lines(doc)).toEqual(['Digital capability', LONG('Alpha'), LONG('Bravo'), LONG('Charlie'), LONG('Delta')]);
    expect(lines(doc)).toEqual(lines(html.get('two columns')!));
    // The boxes of the third paragraph lie right of those of the first.
    const [alpha, , charlie] = bodySentences(doc);
    expect(Math.min(...charlie.boxes!.map((b) => b.x))).toBeGreaterThan(Math.max(...alpha.boxes!.map((b) => b.x + b.width)));
  });

  it('a heading split over lines: one heading block, one line of source.txt, a box per printed line', () => {
    const doc = docs.get('a heading split over two lines')!;
    expect(blockTexts(doc, 'heading')).toEqual(['Digital capability', 'Department for Environment, Food and Rural Affairs']);
    expect(doc.layout!.blocks.filter((b) => b.type === 'heading').map((b) => b.level)).toEqual([1, 2]);
    expect(lines(doc)).toEqual(lines(html.get('a heading split over two lines')!));
    const heading = doc.layout!.blocks[1];
    const boxes = doc.layout!.fragments.filter((f) => f.from >= heading.from && f.to <= heading.to);
    expect(new Set(boxes.map((f) => f.line)).size).toBeGreaterThan(1);
  });

  it('a hyphenated word at a line end: a printer\'s hyphen is left out, a compound\'s kept; the word\'s boxes are on both lines', () => {
    const doc = docs.get('a hyphenated word at a line end')!;
    expect(lines(doc)).toEqual(['Digital capability', 'The department has built its digital capability with care.', 'The capability grew.', 'The department kept the whole team in-house for the year.']);
    const word = doc.text.indexOf('capability with');
    const boxes = doc.layout!.fragments.filter((f) => f.from < word + 'capability'.length && f.to > word);
    expect(new Set(boxes.map((f) => f.line)).size).toBe(2);
  });

  it('a footer with page numbers: the numbers are left out and counted', () => {
    const doc = docs.get('a footer with page numbers')!;
    expect(doc.layout!.pages.length).toBe(3);
    expect(doc.messages.map((m) => m.ruleId)).toContain('running-lines-dropped');
    expect(doc.messages.find((m) => m.ruleId === 'running-lines-dropped')!.reason).toMatch(/^3 running header or footer lines/);
    expect(lines(doc).filter((l) => /^\d+$/.test(l))).toEqual([]);
    expect(bodySentences(doc).map((s) => [s.text, s.start!.page])).toEqual([[LONG('Alpha'), 1], [LONG('Bravo'), 2], [LONG('Charlie'), 3]]);
  });

  it('a page with only a table: each cell a line, as the HTML reads, and no cell a heading', () => {
    const doc = docs.get('a page with only a table')!;
    expect(lines(doc)).toEqual(lines(html.get('a page with only a table')!));
    expect(blockTexts(doc, 'table-cell')).toEqual(['Department', 'Staff', 'Cabinet Office', '120', 'Home Office', '75']);
    expect(blockTexts(doc, 'heading')).toEqual(['Digital capability']);
    expect(doc.layout!.blocks.filter((b) => b.type === 'table-cell').every((b) => b.page === 2)).toBe(true);
  });

  it('a bulleted list, nested: each item a list item with its depth, as the HTML reads', () => {
    const doc = docs.get('a bulleted list, nested')!;
    expect(lines(doc)).toEqual(lines(html.get('a bulleted list, nested')!));
    expect(doc.layout!.blocks.filter((b) => b.type === 'list-item').map((b) => [doc.text.slice(b.from, b.from + 9), b.depth])).toEqual([
      ['- Alpha o', 1],
      ['- Bravo o', 1],
      ['- Charlie', 2],
    ]);
    expect(doc.blocks.filter((b) => b.type === 'listItem').map((b) => b.depth)).toEqual([1, 1, 2]);
  });

  it('an empty page: counted among the pages, nothing read from it, no PDF warning', () => {
    const doc = docs.get('an empty page')!;
    expect(doc.layout!.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(bodySentences(doc).map((s) => [s.text, s.start!.page])).toEqual([['Before the empty page.', 1], ['After the empty page.', 3]]);
    expect(doc.messages.filter((m) => m.ruleId.startsWith('pdf-') || m.ruleId === 'running-lines-dropped')).toEqual([]);
  });
});

const TEXT_LINES = [
  { text: 'Department for Transport', size: 18 },
  { text: 'Progress during 2013', size: 14, bold: true },
  { text: 'We hired 5 people in June 2013.', size: 12 },
];

describe('PDF pages the minimal writer makes', () => {
  it('a landscape page (/Rotate 90, its text drawn turned) reads upright, boxes on the displayed page', async () => {
    const bytes = writePdf({ pages: [{ rotate: 90, lines: TEXT_LINES.map((l, i) => ({ ...l, x: 100 + 30 * i, y: 72, turned: true })) }] });
    const doc = await processFile(bytes, { path: 'landscape.pdf' });
    expect(doc.layout!.pages).toEqual([{ number: 1, width: 842, height: 595, rotation: 90 }]);
    expect(lines(doc)).toEqual(TEXT_LINES.map((l) => l.text));
    expect(doc.sections.map((s) => [s.unit, s.phase])).toEqual([['Department for Transport', 'Progress during 2013']]);
    const [box] = doc.sentences[0].boxes!;
    expect(box.page).toBe(1);
    expect(box.x).toBeCloseTo(72, 0);
    // The third line, drawn 100 + 60 points from the left edge of the unturned page, is that far from the top.
    expect(box.y + box.height).toBeGreaterThan(160 - 12);
    expect(box.y + box.height).toBeLessThan(160 + 12);
    expect(box.width).toBeGreaterThan(box.height);
  });

  it('a page whose text runs sideways (/Rotate 90 of upright text): read in the order drawn, boxes upright', async () => {
    const bytes = writePdf({ pages: [{ rotate: 90, lines: TEXT_LINES.map((l, i) => ({ ...l, x: 72, y: 700 - 30 * i })) }] });
    const doc = await processFile(bytes, { path: 'sideways.pdf' });
    expect(lines(doc)).toEqual(TEXT_LINES.map((l) => l.text));
    const [box] = doc.sentences[0].boxes!;
    expect(box.height).toBeGreaterThan(box.width);
    expect(box.x + box.width).toBeLessThanOrEqual(842);
    expect(box.y + box.height).toBeLessThanOrEqual(595);
  });

  it('a page that fails alone: the others come out, with a warning naming it', async () => {
    const good = { lines: TEXT_LINES.map((l, i) => ({ ...l, x: 72, y: 700 - 30 * i })) };
    // A page object that is not a dictionary.
    const bytes = writePdf({ pages: [good, good, good], brokenPage: { page: 3, body: '42' } });
    const doc = await processFile(bytes, { path: 'broken-page.pdf' });
    expect(doc.messages.map((m) => [m.ruleId, m.severity, m.reason])).toContainEqual([
      'pdf-page-failed',
      'warning',
      'page 3 of 3 could not be read and is missing from the text; the other pages were read. Open the PDF in a reader to check that page',
    ]);
    expect(doc.sentences.map((s) => s.start!.page)).toEqual([1, 2]);
  });
});

describe('bad PDF and Word files: a LoadError with a rule id and a message naming what to do', () => {
  const good = { lines: TEXT_LINES.map((l, i) => ({ ...l, x: 72, y: 700 - 30 * i })) };
  const rows: Array<[string, () => Uint8Array, string, string, RegExp]> = [
    ['an encrypted PDF', () => writePdf({ pages: [good], encrypted: true }), 'doc.pdf', 'pdf-encrypted', /encrypted and needs a password/],
    ['a scan (no text layer)', () => writePdf({ pages: [{ drawing: '0 0 1 rg 100 100 300 300 re f' }] }), 'scan.pdf', 'pdf-no-text', /no text layer, only images \(a scan\); run OCR/],
    ['a PDF cut off after 300 bytes', () => writePdf({ pages: [good] }).slice(0, 300), 'cut.pdf', 'pdf-damaged', /damaged or cut off/],
    ['a PDF of garbage after its header', () => new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(2000)}`), 'junk.pdf', 'pdf-damaged', /damaged or cut off/],
    ['a PDF with no pages', () => writePdf({ pages: [] }), 'empty.pdf', 'pdf-no-pages', /has no pages/],
    ['a PDF whose every page fails', () => writePdf({ pages: [good], brokenPage: { page: 1, body: '42' } }), 'broken.pdf', 'pdf-damaged', /none of the PDF's 1 pages could be read/],
    ['a damaged .docx (a zip naming word/document.xml, cut off)', () => new TextEncoder().encode('PK\u0003\u0004 word/document.xml and then nothing'), 'draft.docx', 'docx-damaged', /damaged or not a Word document.*save it as PDF/],
    ['an old Word .doc', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'draft.doc', 'binary-input', /old Word \(\.doc\).*save it from Word as \.docx or PDF/],
    ['an OpenDocument .odt', () => new TextEncoder().encode('PK\u0003\u0004\u0014\u0000\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.text'), 'draft.odt', 'binary-input', /OpenDocument file \(\.odt.*save it as Word \(\.docx\) or PDF/],
    ['an RTF file', () => new TextEncoder().encode('{\\rtf1\\ansi Hello}'), 'draft.rtf', 'rtf-input', /Rich Text \(RTF\).*save it from Word as \.docx or PDF/],
  ];

  it.each(rows)('%s', async (_name, make, path, ruleId, message) => {
    let error: unknown = null;
    try {
      await processFile(make(), { path });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).ruleId).toBe(ruleId);
    expect((error as LoadError).message).toMatch(message);
    // As the command line prints it: the file named, no stack.
    const line = describeFailure(path, error, false);
    expect(line.startsWith(`${path}: cannot be read: `)).toBe(true);
    expect(line).not.toMatch(/\n\s+at /);
  });

  it('a .docx with headings, nested lists and a table reads as its HTML would', async () => {
    const bytes = await writeDocx([
      { style: 'Title', runs: [{ text: 'Digital capability' }] },
      { style: 'Heading1', runs: [{ text: 'Department for Transport' }] },
      { style: 'Heading2', runs: [{ text: 'Progress during 2013' }] },
      { style: 'ListBullet', depth: 1, runs: [{ text: 'hired 5 people' }] },
      { style: 'ListBullet', depth: 2, runs: [{ text: 'in June 2013' }] },
      { style: 'Normal', runs: [{ text: 'Staff by department:' }] },
      { style: 'Normal', runs: [], cells: ['Cabinet Office', '120'] },
    ]);
    const doc = await processFile(bytes, { path: 'plan.docx' });
    expect(doc.source.format).toBe('docx');
    expect(lines(doc)).toEqual(['Digital capability', 'Department for Transport', 'Progress during 2013', '- hired 5 people', '- in June 2013', 'Staff by department:', 'Cabinet Office', '120']);
    expect(doc.layout!.blocks.map((b) => [b.type, b.level ?? b.depth ?? null])).toEqual([
      ['heading', 1], ['heading', 2], ['heading', 3], ['list-item', 1], ['list-item', 2], ['paragraph', null], ['table-cell', null], ['table-cell', null],
    ]);
    // The title is the preamble, section u00; then the one unit and phase.
    expect(doc.sections.map((s) => [s.id, s.unit, s.phase])).toEqual([[PREAMBLE_SECTION_ID, 'Digital capability', null], ['u01.p1', 'Department for Transport', 'Progress during 2013']]);
    for (const { id, slice, text } of spanSlices(doc)) expect(slice, id).toBe(text);
  });
});
