// Property tests: generated strategy pages, random mixes of what real ones hold (unit headings, the
// three families of phase headings, paragraphs, bullets, numbers, money, dates, acronym definitions,
// astral characters, CRLF/LF/CR, blank lines), and the promises the pipeline makes for any of them.
//
// Replaying a failure: the message prints the seed and the path of the shrunk case; run
//   FC_SEED=<seed> FC_PATH=<path> npx vitest run test/properties.test.ts
// to get exactly that case back. FC_RUNS=<n> runs more (or fewer) cases.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processDocument } from '../src/pipeline.js';
import { toDocumentJson } from '../src/emit/document-json.js';
import type { Doc } from '../src/model.js';
import { lineOwners, spanSlices } from './helpers.js';

// ---- Generators ----

/** Upper, lower, title or random-per-letter case, as headings come from hand-edited pages. */
const recase = (text: string) =>
  fc.oneof(
    fc.constant(text),
    fc.constant(text.toUpperCase()),
    fc.constant(text.toLowerCase()),
    fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((flips) =>
      [...text].map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join(''),
    ),
  );

const year = fc.integer({ min: 1999, max: 2031 });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const month = fc.constantFrom(...MONTHS);

const departmentName = fc.oneof(
  fc.constantFrom('Transport', 'Health', 'Education', 'Work and Pensions', 'Business, Innovation & Skills', 'Culture, Media and Sport', 'Energy and Climate Change').map((x) => `Department for ${x}`),
  fc.constantFrom('Defence', 'Justice').map((x) => `Ministry of ${x}`),
  fc.constantFrom('Cabinet Office', 'Home Office', 'HM Treasury', 'HM Revenue & Customs', 'The Attorney General’s Office', 'Foreign & Commonwealth Office', 'Companies House', 'Land Registry', 'Ordnance Survey', 'DVLA', 'Defra'),
);
const actionHeading = fc
  .tuple(fc.integer({ min: 0, max: 120 }), fc.boolean(), fc.constantFrom(':', '.', ' –', ' -', ''), fc.constantFrom('all departments will improve their digital capability', 'redesign services with more than 100,000 transactions a year', 'assisted digital'))
  .map(([n, pad, sep, text]) => `Action ${pad ? String(n).padStart(2, '0') : n}${sep}${sep ? ` ${text}` : ''}`);
const unitHeading = fc.oneof(departmentName, actionHeading);

const phaseHeading = fc.oneof(
  fc.tuple(fc.constantFrom('Progress during', 'Progress in', 'Progress made in', 'Progress for'), year).chain(([p, y]) => recase(`${p} ${y}`)),
  fc.tuple(fc.constantFrom('Planned activities in', 'Planned actions for', 'Plans for', 'Planned activities for'), year).chain(([p, y]) => recase(`${p} ${y}`)),
  fc.tuple(fc.constantFrom('Departmental digital strategy commitments', 'Digital strategy commitments', 'Commitments'), month, year).chain(([p, m, y]) => recase(`${p} (${m} ${y})`)),
  year.map((y) => `Progress (${y})`),
);

const word = fc.constantFrom(
  'we', 'the', 'department', 'digital', 'service', 'users', 'launched', 'trained', 'staff', 'new', 'platform', 'will',
  'across', 'government', 'by', 'and', 'of', 'in', 'our', 'Digital', 'Academy', 'Civil', 'Service', 'Learning', 'GOV.UK',
  'café', 'naïve', 'Zürich', 'Łódź', '😀', '🇬🇧', '𝔘𝔎', '中文', 'e-mail', '‘quoted’', '“Discover Digital”', 'London', 'Smith',
);
const number = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('en-GB')),
  fc.constantFrom('one', 'twelve', 'twenty-five', 'three hundred', 'a dozen', '2.5', '0.75'),
);
const money = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('', ' million', 'm', 'bn', ' billion', 'k')).map(([n, s]) => `£${n}${s}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `€${n}.5 million`),
  fc.integer({ min: 100, max: 999_999 }).map((n) => `£${n.toLocaleString('en-GB')}`),
);
const percent = fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`);
const date = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 31 }), month, year).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(month, year).map(([m, y]) => `${m} ${y}`),
  fc.tuple(fc.constantFrom('spring', 'summer', 'autumn', 'winter', 'early', 'the end of'), year).map(([s, y]) => `${s} ${y}`),
  month,
  year.map(String),
);
const acronymDefinition = fc.constantFrom(
  'Government Digital Service (GDS)',
  'Digital Leaders Network (DLN)',
  'Civil Service Learning (CSL)',
  'Identity Assurance Programme (IDA)',
  'Long Name (LN)',
  'Her Majesty’s Courts and Tribunals Service (HMCTS)',
);
const acronymUse = fc.constantFrom('GDS', 'DLN', 'CSL', 'IDA', 'LN', 'HMCTS');
const token = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: money },
  { weight: 1, arbitrary: percent },
  { weight: 2, arbitrary: date },
  { weight: 1, arbitrary: acronymDefinition },
  { weight: 1, arbitrary: acronymUse },
);
const sentence = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 9 }), fc.constantFrom('.', '.', '!', '?', '', ';', ':'))
  .map(([tokens, end]) => {
    const text = tokens.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + end;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
const bullet = fc.tuple(fc.constantFrom('-', '*', '•', '  -'), sentence).map(([m, s]) => `${m} ${s}`);
const inlineList = fc.tuple(sentence, fc.array(sentence, { minLength: 1, maxLength: 3 })).map(([lead, items]) => `${lead.replace(/[.!?;:]?$/, ':')} * ${items.join(' * ')}`);
const whitespace = fc.constantFrom('', ' ', '\t', '\u00a0', '  \t');
/** A pipe table, with or without outer pipes: header, delimiter row, body rows of words and figures. */
const cellText = fc.oneof(word, number, money, percent, fc.constantFrom('', '2015-16', '(1.2)', '\u22120.3', '+2,590', 'n/a'));
const pipeTable = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.boolean(), fc.integer({ min: 0, max: 4 }))
  .chain(([width, outer, body]) =>
    fc.tuple(fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: body + 1, maxLength: body + 1 }), fc.constant(width), fc.constant(outer)),
  )
  .map(([rows, width, outer]) => {
    const line = (cells: string[]) => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    return [line(rows[0]), line(new Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
  });

const line = fc.oneof(
  { weight: 2, arbitrary: unitHeading },
  { weight: 3, arbitrary: phaseHeading },
  { weight: 5, arbitrary: paragraph },
  { weight: 3, arbitrary: bullet },
  { weight: 1, arbitrary: inlineList },
  { weight: 2, arbitrary: whitespace },
  { weight: 1, arbitrary: pipeTable },
);
/** Lines, each with its own padding, joined by one ending per document or a mix of them. */
const documentText = fc
  .tuple(
    fc.option(fc.constantFrom('Digital strategy progress', 'Government digital strategy: annual report', 'Updated 16 January 2015'), { nil: undefined }),
    fc.array(fc.tuple(whitespace, line, whitespace), { minLength: 0, maxLength: 10 }),
    fc.oneof(fc.constantFrom('\n', '\r\n', '\r'), fc.constant('mixed')),
    fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 12, maxLength: 12 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([title, lines, eol, mixed, bom, finalNewline]) => {
    const all = [...(title ? [title] : []), ...lines.map(([a, l, b]) => a + l + b)];
    const ending = (i: number) => (eol === 'mixed' ? mixed[i % mixed.length] : eol);
    const text = all.map((l, i) => l + (i < all.length - 1 || finalNewline ? ending(i) : '')).join('');
    return (bom ? '\ufeff' : '') + text;
  });

// ---- The properties ----

function check(doc: Doc): void {
  // Every line belongs to exactly one section or to the preamble.
  const owners = lineOwners(doc);
  if (doc.raw.trim().length > 0) {
    const lost = owners.flatMap((o, i) => (o === null ? [i + 1] : []));
    if (lost.length) throw new Error(`lines ${lost.join(', ')} belong to no section and not to the preamble`);
  }
  // Every section, sentence, entity, commitment, table cell and caption slices back to its text by code points.
  for (const { id, slice, text } of spanSlices(doc)) {
    if (slice !== text) throw new Error(`${id}: the source at its offsets is ${JSON.stringify(slice)}, its text is ${JSON.stringify(text)}`);
  }
  // Sentences lie inside their section; entities inside their sentence.
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const sentences = new Map(doc.sentences.map((s) => [s.id, s]));
  for (const s of doc.sentences) {
    const section = sections.get(s.sectionId)!;
    if (s.span.from < section.span.from || s.span.to > section.span.to) throw new Error(`${s.id} lies outside ${section.id}`);
  }
  for (const e of doc.entities) {
    const s = sentences.get(e.sentenceId)!;
    if (e.span.from < s.span.from || e.span.to > s.span.to || e.span.to <= e.span.from) throw new Error(`${e.id} lies outside ${s.id} or is empty`);
  }
  // Entities never overlap.
  const spans = doc.entities.map((e) => [e.start!.offset, e.end!.offset, e.id] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < spans[i - 1][1]) throw new Error(`${spans[i - 1][2]} and ${spans[i][2]} overlap`);
  }
  // No table line is a unit or phase heading.
  const headings = new Set(doc.sections.flatMap((s) => [s.unitLine, s.headingLine]));
  for (const t of doc.tables) {
    for (const c of t.cells) {
      const line = doc.lines.find((l) => l.from <= c.span.from && c.span.from <= l.to);
      if (c.text && line && headings.has(line.number)) throw new Error(`${t.id}: the cell "${c.text}" is on heading line ${line.number}`);
    }
  }
  // A commitment is its sentence, whole.
  for (const c of doc.commitments) {
    const s = sentences.get(c.sentenceId)!;
    if (c.text !== s.text || c.span.from !== s.span.from || c.span.to !== s.span.to) throw new Error(`${c.id} is not its sentence ${s.id}`);
  }
  // Ids are unique.
  const ids = [...doc.sections, ...doc.sentences, ...doc.entities, ...doc.commitments].map((x) => x.id);
  if (new Set(ids).size !== ids.length) throw new Error('ids repeat');
}

const RUNS = Number(process.env.FC_RUNS ?? 1000);

/** Runs a property and, on failure, says how to replay it. */
function assertProperty(property: fc.IProperty<[string]>): void {
  const params: fc.Parameters<[string]> = { numRuns: RUNS };
  if (process.env.FC_SEED !== undefined) {
    params.seed = Number(process.env.FC_SEED);
    if (process.env.FC_PATH !== undefined) params.path = process.env.FC_PATH;
  }
  const details = fc.check(property, params);
  if (details.failed) {
    const replay = `Replay with: FC_SEED=${details.seed} FC_PATH="${details.counterexamplePath}" npx vitest run test/properties.test.ts`;
    throw new Error(`${fc.defaultReportMessage(details)}\n\n${replay}`);
  }
  // Every case ran (a replay of one path runs just that case).
  if (process.env.FC_PATH === undefined) expect(details.numRuns).toBe(RUNS);
}

describe('generated strategy pages', () => {
  it(`never throw, lose no line, slice back exactly, keep entities apart, and give the same JSON twice (${RUNS} cases)`, () => {
    assertProperty(
      fc.property(documentText, (text) => {
        const bytes = new TextEncoder().encode(text);
        const doc = processDocument(bytes, { path: 'generated.txt' });
        check(doc);
        const again = processDocument(bytes, { path: 'generated.txt' });
        const a = JSON.stringify(toDocumentJson(doc));
        const b = JSON.stringify(toDocumentJson(again));
        if (a !== b) throw new Error('two runs over the same bytes gave different JSON');
      }),
    );
  }, 120_000);

  it('the generator makes what it promises: headings of every family, entities, astral characters, every line ending', () => {
    const sample = fc.sample(documentText, { numRuns: 300, seed: 42 });
    const all = sample.join('\n');
    expect(all).toMatch(/Progress (during|in|made in|for) \d{4}/i);
    expect(all).toMatch(/Planned activities in \d{4}/i);
    expect(all).toMatch(/commitments \((January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\)/i);
    expect(all).toMatch(/Action \d+/);
    expect(all).toMatch(/£\d/);
    expect(all).toMatch(/\([A-Z]{2,5}\)/);
    expect(all).toMatch(/\| ---/);
    expect(all).toMatch(/[\u{10000}-\u{10ffff}]/u);
    expect(sample.some((t) => t.includes('\r\n'))).toBe(true);
    expect(sample.some((t) => /\r(?!\n)/.test(t))).toBe(true);
    const docs = sample.slice(0, 60).map((t) => processDocument(new TextEncoder().encode(t), { path: 'g.txt' }));
    expect(docs.some((d) => d.sections.filter((s) => s.phaseKind !== null).length >= 2)).toBe(true);
    expect(new Set(docs.flatMap((d) => d.entities.map((e) => e.type))).size).toBeGreaterThanOrEqual(5);
    expect(docs.some((d) => d.tables.length > 0)).toBe(true);
  }, 60_000);
});
