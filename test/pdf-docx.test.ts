// PDF and Word: the seed and the corpus pages printed to PDF by Chromium (with and without its running
// header and footer) and written as .docx give the sections of their text version and at least 98% of
// its entity texts; no running header or footer line reaches a section or sentence; every PDF record
// has a page and boxes inside it; every record slices source.txt exactly.
//
// Without /usr/bin/chromium the test fails when CI or REQUIRE_CHROMIUM is set, and is skipped with a
// loud reason otherwise (as test/report-browser.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { processDocument, processFile } from '../src/pipeline.js';
import { runBatch } from '../src/batch/batch.js';
import { PREAMBLE_SECTION_ID, type Doc } from '../src/model.js';
import { CORPUS_FILES, FIXTURES, ROOT, lineOwners, spanSlices, sliceCodePoints } from './helpers.js';
import { CHROMIUM, launch, printPdf, renderHtml, wordParagraphsFromHtml, writeDocx } from './print-documents.js';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { expectedRows } from './emit-expected.js';

/** The columns that say where a PDF record is printed. */
const PRINTED = ['page', 'box_x', 'box_y', 'box_width', 'box_height'];

const required = Boolean(process.env.CI || process.env.REQUIRE_CHROMIUM);
const present = existsSync(CHROMIUM);
const MISSING = `${CHROMIUM} is missing: install Debian's chromium package to run the PDF tests`;
if (!present && !required) process.stderr.write(`\n*** pdf-docx.test.ts SKIPPED: ${MISSING} ***\n\n`);

const FORMATS = ['html', 'pdf', 'pdf-header-footer', 'docx'] as const;
type Format = (typeof FORMATS)[number];

interface Page {
  name: string;
  text: Doc;
  versions: Record<Format, Doc>;
  /** The running header and footer texts Chromium printed on the first page (title, URL). */
  running: string[];
}

const PAGES = [
  { name: 'seed', text: join(FIXTURES, 'action-03-digital-capability', 'input.txt'), html: join(FIXTURES, 'action-03-html', 'input.html') },
  ...CORPUS_FILES.map((text) => ({ name: text.split('/').at(-2)!, text, html: null as string | null })),
];

/** Section identity and body: list markers and line breaks aside, a PDF's paragraph is the text's. */
const sectionsOf = (doc: Doc) =>
  doc.sections.map((s) => ({
    id: s.id,
    unit: s.unit,
    phase: s.phase,
    unitKind: s.unitKind,
    phaseKind: s.phaseKind,
    body: s.text.replace(/^[-*•‣◦–] /gm, '').replace(/\s+/g, ' ').trim(),
  }));

/** Share of the text version's entity (type, text) pairs that the other version has too, counted with multiplicity. */
function entityRecall(text: Doc, other: Doc): { recall: number; missing: string[] } {
  const pool = new Map<string, number>();
  for (const e of other.entities) pool.set(`${e.type}:${e.text}`, (pool.get(`${e.type}:${e.text}`) ?? 0) + 1);
  const missing: string[] = [];
  // A name read from its table's column ("Service" over "Student finance") needs the table, which the
  // renderings do not carry when they have none (the page renderer writes a text table's rows as
  // paragraphs): such a reading is compared only where the other version has a table to read.
  const comparable = other.tables.length > 0 ? text.entities : text.entities.filter((e) => e.rule !== 'programme.table-column');
  for (const e of comparable) {
    const key = `${e.type}:${e.text}`;
    if ((pool.get(key) ?? 0) > 0) pool.set(key, pool.get(key)! - 1);
    else missing.push(key);
  }
  return { recall: 1 - missing.length / Math.max(1, comparable.length), missing };
}

describe.skipIf(!present && !required)('PDF and Word versions of the seed and the corpus pages', () => {
  let dir: string;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    if (!present) throw new Error(MISSING);
    dir = mkdtempSync(join(tmpdir(), 'policy-extract-pdf-'));
    browser = await launch();
    await Promise.all(
      PAGES.map(async (p) => {
        const html = p.html ?? (await renderHtml(p.text, join(dir, p.name)));
        const htmlText = readFileSync(html, 'utf8');
        const withRunning = await printPdf(browser, html, join(dir, `${p.name}.running.pdf`), { headerFooter: true });
        const plain = await printPdf(browser, html, join(dir, `${p.name}.pdf`));
        const docx = await writeDocx(wordParagraphsFromHtml(htmlText));
        writeFileSync(join(dir, `${p.name}.docx`), docx);
        const title = /<title>([^<]*)<\/title>/.exec(htmlText)![1].replace(/&amp;/g, '&').replace(/&rsquo;/g, '’');
        pages.push({
          name: p.name,
          text: processDocument(readFileSync(p.text), { path: p.text }),
          versions: {
            html: processDocument(new TextEncoder().encode(htmlText), { path: html }),
            pdf: await processFile(readFileSync(plain), { path: plain }),
            'pdf-header-footer': await processFile(readFileSync(withRunning), { path: withRunning }),
            docx: await processFile(docx, { path: `${p.name}.docx` }),
          },
          running: [title, `file://${html}`],
        });
      }),
    );
    pages.sort((a, b) => PAGES.findIndex((p) => p.name === a.name) - PAGES.findIndex((p) => p.name === b.name));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const rows = PAGES.flatMap((p) => FORMATS.map((f) => [p.name, f] as const));
  const page = (name: string) => pages.find((p) => p.name === name)!;

  it.each(rows)('%s as %s: the sections of the text version, exactly', (name, format) => {
    const p = page(name);
    expect(p.text.sections.length).toBeGreaterThan(3);
    expect(sectionsOf(p.versions[format])).toEqual(sectionsOf(p.text));
  });

  it.each(rows)('%s as %s: at least 98 percent of the text version\'s entity texts', (name, format) => {
    const p = page(name);
    const { recall, missing } = entityRecall(p.text, p.versions[format]);
    expect(recall, `missing: ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.98);
  });

  it.each(rows)('%s as %s: every record slices source.txt exactly, every line in one section or the preamble', (name, format) => {
    const doc = page(name).versions[format];
    // HTML positions point into the markup (test/invariants.test.ts checks them); the others into source.txt.
    if (format !== 'html') {
      expect(doc.raw).toBe(doc.text);
      for (const { id, slice, text } of spanSlices(doc)) expect(slice, id).toBe(text);
    }
    expect(lineOwners(doc).flatMap((o, i) => (o === null ? [i + 1] : []))).toEqual([]);
  });

  it.each(PAGES.map((p) => p.name))('%s: no running header or footer line reaches a section or sentence, and the message counts them', (name) => {
    const p = page(name);
    const doc = p.versions['pdf-header-footer'];
    const pageCount = doc.layout!.pages.length;
    const message = doc.messages.find((m) => m.ruleId === 'running-lines-dropped');
    // Four to six per page, the same on every page: title, date, URL and "Page N of M"; a title too long
    // for the header's line (the December 2012 statements' action titles) wraps onto a second line there,
    // or a third: the header's date is the time of printing ("12/3/26, 9:59 AM", "12/3/26, 10:07 AM"),
    // and one more character in it narrows the title's column. Which it is depends on the clock.
    const dropped = Number(/^(\d+) running header or footer lines/.exec(message?.reason ?? '')?.[1]);
    expect(dropped % pageCount, message?.reason).toBe(0);
    expect([4, 5, 6]).toContain(dropped / pageCount);
    const records = [...doc.sections.map((s) => s.text), ...doc.sentences.map((s) => s.text)];
    for (const running of [...p.running, 'Page 1 of', /\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2}/]) {
      expect(records.filter((t) => (typeof running === 'string' ? t.includes(running) : running.test(t)))).toEqual([]);
    }
    // Without them, the same page prints the same text.
    expect(doc.text).toBe(p.versions.pdf.text);
    expect(p.versions.pdf.messages.filter((m) => m.ruleId === 'running-lines-dropped')).toEqual([]);
  });

  it.each(PAGES.map((p) => p.name))('%s: every PDF record has a start and end page and boxes inside its page', (name) => {
    const doc = page(name).versions['pdf-header-footer'];
    const size = new Map(doc.layout!.pages.map((p) => [p.number, p]));
    const records = [...doc.sections.filter((s) => s.text.length > 0), ...doc.sentences, ...doc.entities, ...doc.acronyms];
    expect(records.length).toBeGreaterThan(20);
    for (const r of records) {
      expect(r.start!.page, r.text).toBeGreaterThanOrEqual(1);
      expect(r.end!.page).toBeGreaterThanOrEqual(r.start!.page!);
      expect(r.boxes!.length, r.text).toBeGreaterThan(0);
      expect(r.boxes![0].page).toBe(r.start!.page);
      expect(r.boxes!.at(-1)!.page).toBe(r.end!.page);
      for (const b of r.boxes!) {
        const p = size.get(b.page)!;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.width).toBeGreaterThan(0);
        expect(b.height).toBeGreaterThan(0);
        expect(b.x + b.width).toBeLessThanOrEqual(p.width);
        expect(b.y + b.height).toBeLessThanOrEqual(p.height);
      }
    }
    // Headings carry boxes too.
    for (const s of doc.sections) expect(s.headingBoxes!.length, s.id).toBeGreaterThan(s.unitLine === null && s.headingLine === null ? -1 : 0);
  });

  it.each(rows.filter(([, f]) => f !== 'html'))('%s as %s: the layout\'s blocks are the lines of source.txt, its fragments in order inside them', (name, format) => {
    const doc = page(name).versions[format];
    const { blocks, fragments } = doc.layout!;
    // One block per non-empty line, exactly covering it.
    expect(blocks.map((b) => doc.text.slice(b.from, b.to))).toEqual(doc.text.split('\n').filter((l) => l !== ''));
    for (const b of blocks) expect(doc.text[b.from - 1] ?? '\n').toBe('\n');
    let at = 0;
    for (const f of fragments) {
      expect(f.from).toBeGreaterThanOrEqual(at);
      expect(f.to).toBeGreaterThan(f.from);
      expect(doc.text.slice(f.from, f.to)).not.toMatch(/\n/);
      at = f.to;
    }
    // Every character of a PDF's text but the spaces, line breaks and list markers it added comes from the page.
    if (format !== 'docx') {
      const covered = new Uint8Array(doc.text.length);
      for (const f of fragments) covered.fill(1, f.from, f.to);
      const uncovered = [...doc.text].filter((c, i) => !covered[i] && c !== ' ' && c !== '\n' && !(c === '-' && doc.text[i + 1] === ' ' && (i === 0 || doc.text[i - 1] === '\n')));
      expect(uncovered).toEqual([]);
    }
  });

  // A caption line ("Table 3: …") over a plain-text pipe table: the PDF and Word versions draw the table
  // as a grid, so its caption line stands over cells the outline does not see as a table; a known limit.
  const CAPTION_OVER_GRID = new Set(['tables-text']);
  it.each(rows.filter(([n, f]) => f !== 'html' && CAPTION_OVER_GRID.has(n)))('%s as %s: the caption over a drawn table is not yet in the outline (known limit)', (name, format) => {
    const p = page(name);
    const captions = (doc: Doc) => doc.outline.filter((o) => o.kind === 'caption').map((o) => o.text);
    expect(captions(p.versions.html).length).toBeGreaterThan(0);
    expect(captions(p.versions[format])).toEqual([]);
  });

  it.each(rows.filter(([n, f]) => f !== 'html' && !CAPTION_OVER_GRID.has(n)))('%s as %s: the outline of the HTML version, headings with their levels', (name, format) => {
    const p = page(name);
    const outline = (doc: Doc) => doc.outline.map((o) => [o.level, o.kind, o.text, o.parentId]);
    expect(p.versions.html.outline.length).toBeGreaterThan(3);
    expect(outline(p.versions[format])).toEqual(outline(p.versions.html));
    if (format.startsWith('pdf')) for (const o of p.versions[format].outline) expect(o.boxes!.length, o.text).toBeGreaterThan(0);
  });

  it('the PDF reader finds headings by size with levels, and list items with their depth', () => {
    const doc = page('seed').versions.pdf;
    const blocks = doc.layout!.blocks;
    const text = (b: { from: number; to: number }) => doc.text.slice(b.from, b.to);
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 1).map(text)).toEqual([doc.sections.length ? doc.title : '']);
    // Unit headings: the units of the sections after the preamble (section u00, whose unit is the title).
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 2).map(text)).toEqual([...new Set(doc.sections.filter((s) => s.id !== PREAMBLE_SECTION_ID).map((s) => s.unit))]);
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 3).map(text)).toEqual(doc.sections.flatMap((s) => (s.phase ? [s.phase] : [])));
    const items = blocks.filter((b) => b.type === 'list-item');
    expect(items.length).toBeGreaterThan(10);
    expect(new Set(items.map((b) => b.depth))).toEqual(new Set([1]));
    // Chromium draws the bullets as discs: each found, so each item is the text version's bullet line.
    expect(items.map(text)).toEqual(page('seed').text.text.split('\n').filter((l) => l.startsWith('- ')));
    // The whole text is the text version's, line for line.
    expect(doc.text.split('\n')).toEqual(page('seed').text.text.trimEnd().split('\n'));
  });

  it('the Word reader gives Title, Heading 1 and Heading 2 as heading levels 1–3 and bulleted paragraphs as list items', () => {
    const doc = page('seed').versions.docx;
    const blocks = doc.layout!.blocks;
    const text = (b: { from: number; to: number }) => doc.text.slice(b.from, b.to);
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 1).map(text)).toEqual([doc.title]);
    // Unit headings: the units of the sections after the preamble (section u00, whose unit is the title).
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 2).map(text)).toEqual([...new Set(doc.sections.filter((s) => s.id !== PREAMBLE_SECTION_ID).map((s) => s.unit))]);
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 3).map(text)).toEqual(doc.sections.flatMap((s) => (s.phase ? [s.phase] : [])));
    expect(blocks.filter((b) => b.type === 'list-item').map(text)).toEqual(doc.text.split('\n').filter((l) => l.startsWith('- ')));
  });

  it('a note reference printed as a superscript stays on its line, as a note mark: no line, list item or number of its own', async () => {
    const html = join(dir, 'notes.html');
    writeFileSync(
      html,
      '<!doctype html><html><head><title>Notes</title></head><body><main><h1>Digital inclusion</h1>' +
        '<p>Some 11 million people in France lack basic digital skills.<sup>12</sup> Of these, 4 million have never been online, the rate falling since 2010.<sup>13</sup></p>' +
        '<p>The area is 40 km<sup>2</sup> and trade with Germany<sup>7</sup> rose.</p></main></body></html>',
    );
    const pdf = await printPdf(browser, html, join(dir, 'notes.pdf'));
    const doc = await processFile(readFileSync(pdf), { path: pdf });
    expect(doc.text).toBe('Digital inclusion\nSome 11 million people in France lack basic digital skills.12 Of these, 4 million have never been online, the rate falling since 2010.13\nThe area is 40 km2 and trade with Germany7 rose.');
    expect(doc.noteMarks.map((m) => doc.text.slice(m.from, m.to))).toEqual(['12', '13', '2', '7']);
    expect(doc.entities.map((e) => `${e.type} ${e.text}`)).toEqual(['number 11 million', 'place France', 'number 4 million', 'date 2010', 'number 40', 'place Germany']);
    // The same page as a Word file, the superscripts as Word writes them (vertical alignment).
    const docx = await writeDocx(wordParagraphsFromHtml(readFileSync(html, 'utf8')));
    const word = await processFile(docx, { path: 'notes.docx' });
    expect(word.noteMarks.map((m) => word.text.slice(m.from, m.to))).toEqual(['12', '13', '2', '7']);
    expect(word.entities.map((e) => `${e.type} ${e.text}`)).toEqual(['number 11 million', 'place France', 'number 4 million', 'date 2010', 'number 40', 'place Germany']);
  });

  it('a batch run writes source.txt, every offset in document.json slices it, document.json fits its schema, the review page shows pages', async () => {
    const out = join(dir, 'out');
    const input = join(dir, 'seed.running.pdf');
    await runBatch([input, join(dir, 'seed.docx')], { outDir: out, workers: 1, log: () => {}, error: () => {} });
    const source = readFileSync(join(out, 'seed.running', 'source.txt'), 'utf8');
    const json = JSON.parse(readFileSync(join(out, 'seed.running', 'document.json'), 'utf8'));
    expect(json.source.format).toBe('pdf');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(source).toBe(page('seed').versions['pdf-header-footer'].text);
    for (const list of ['sections', 'sentences', 'entities']) {
      for (const r of json[list]) {
        expect(sliceCodePoints(source, r.start.offset, r.end.offset), r.id).toBe(r.text);
        expect(r.start.page).toBeGreaterThanOrEqual(1);
      }
    }
    const layout = JSON.parse(readFileSync(join(out, 'seed.running', 'layout.json'), 'utf8'));
    expect(layout.pages.length).toBe(json.sentences.at(-1).end.page);
    expect(layout.fragments).toEqual(page('seed').versions['pdf-header-footer'].layout!.fragments);
    for (const f of layout.fragments) expect(source.slice(f.from, f.to).length).toBe(f.to - f.from);
    // The review page shows each entity's page.
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    expect(report).toContain(`pdf · ${layout.pages.length} pages`);
    expect(report).toContain('<th>rule</th><th>page</th><th>line:column</th>');
    const last = json.entities.at(-1);
    expect(report).toContain(`<td>${last.rule}</td><td>${last.start.page}</td><td>${last.start.line}:${last.start.column}</td>`);

    // The CSVs and the workbook: a PDF record's page and first box, as document.json has them; a Word
    // file's records have no page, and neither do their rows.
    const csvRows = (path: string): Array<Record<string, string>> => parse(readFileSync(path), { bom: true, columns: true });
    const word = JSON.parse(readFileSync(join(out, 'seed', 'document.json'), 'utf8'));
    expect(word.source.format).toBe('docx');
    for (const [folder, doc] of [['seed.running', json], ['seed', word]] as const) {
      for (const table of ['sections', 'sentences', 'entities'] as const) {
        const rows = csvRows(join(out, folder, `${table}.csv`));
        expect(rows.map((r) => r.id), `${folder}/${table}`).toEqual(doc[table].map((r: any) => r.id));
        const expected = expectedRows(doc, table, PRINTED).map((r) => r.map((v) => (v === null ? '' : String(v))));
        expect(rows.map((r) => PRINTED.map((c) => r[c])), `${folder}/${table}`).toEqual(expected);
      }
    }
    const pdfEntities = csvRows(join(out, 'seed.running', 'entities.csv'));
    expect(pdfEntities.map((r) => Number(r.page))).toEqual(json.entities.map((e: any) => e.start.page));
    expect(new Set(pdfEntities.map((r) => r.page)).size).toBe(layout.pages.length); // mentions on every page
    for (const r of pdfEntities) expect(Number(r.box_width) * Number(r.box_height), r.id).toBeGreaterThan(0);
    expect(csvRows(join(out, 'seed', 'entities.csv')).every((r) => r.page === '' && r.box_x === '')).toBe(true);
    // The run's combined entities.csv and the workbook's entities sheet, pages as integers.
    const combined = csvRows(join(out, 'entities.csv')).filter((r) => r.document === 'seed.running');
    expect(combined.map((r) => Number(r.page))).toEqual(json.entities.map((e: any) => e.start.page));
    const sheet = (await readXlsxFile(readFileSync(join(out, 'policy-extract.xlsx')))).find((s) => s.sheet === 'entities')!.data as unknown[][];
    const pageColumn = (sheet[0] as string[]).indexOf('page');
    const sheetPages = sheet.slice(1).filter((r) => r[0] === 'seed.running').map((r) => r[pageColumn]);
    expect(sheetPages).toEqual(json.entities.map((e: any) => e.start.page));
  });
});
