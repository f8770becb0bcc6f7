// Gold from what researchers already have: entities.csv corrected in a spreadsheet, document.json, Label
// Studio and W3C Web Annotation exports; the round trip export → a person's edits → import → eval sees
// exactly those edits; and every unusable gold file gets a message naming the file, the row and the problem.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { processDocument } from '../src/pipeline.js';
import type { Doc } from '../src/model.js';
import { prepareDocument } from '../src/emit/prepare.js';
import { csvOptions } from '../src/emit/csv.js';
import { evaluate } from '../src/eval/evaluate.js';
import { runEval, UsageError } from '../src/eval/run-eval.js';
import { exportAnnotations } from '../src/export/annotations.js';
import { addFixture } from '../src/fixtures/add.js';
import { toDocumentJson } from '../src/emit/document-json.js';

// A test page of our own, in the genre: units, phase headings, numbers, money, dates, names.
const PAGE = [
  'Digital progress report',
  'Department for Work and Pensions',
  'Progress during 2014',
  'DWP hired 45 digital specialists in June 2014 and spent £1.5 million on the Universal Credit programme.',
  'HM Revenue and Customs',
  'Progress during 2014',
  'HMRC moved 20% of its services online by March 2015, working with the Government Digital Service (GDS).',
  '',
].join('\n');

let dir: string;
let input: string;
let doc: Doc;
const show = (m: { type: string; text: string }) => `${m.type} ${m.text}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-extract-gold-'));
  input = join(dir, 'page.txt');
  writeFileSync(input, PAGE);
  doc = processDocument(readFileSync(input), { path: input });
});

/** entities.csv as policy-extract writes it for the page. */
function entitiesCsv(): string {
  const prepared = prepareDocument('page', doc, csvOptions('excel'), { report: false });
  return new TextDecoder().decode(prepared.files.find((f) => f.path === 'page/entities.csv')!.bytes);
}

/** The CSV as a spreadsheet saves it after a person's edits: rows as arrays of cells, header first. */
function saveCsv(rows: string[][], delimiter = ','): string {
  return '\ufeff' + stringify(rows, { delimiter, record_delimiter: '\r\n' });
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('entities.csv corrected in a spreadsheet', () => {
  it('scores exactly the edits: a deleted row, a changed type, a changed value, a row added with type, text and line', () => {
    const rows = parse(entitiesCsv(), { bom: true }) as string[][];
    const h = rows[0];
    const c = (name: string) => h.indexOf(name);
    expect(doc.entities.length).toBeGreaterThan(5);
    const body = rows.slice(1);
    const revalued = body.find((r) => r[c('type')] === 'number')!;
    const [deleted, retyped] = body.filter((r) => r !== revalued && ['organisation', 'programme', 'date'].includes(r[c('type')]));
    expect(new Set([deleted, retyped, revalued]).size).toBe(3);
    const oldType = retyped[c('type')];
    retyped[c('type')] = oldType === 'place' ? 'person' : 'place';
    retyped[c('value_text')] = retyped[c('text')];
    retyped[c('value_number')] = '';
    revalued[c('value_number')] = String(Number(revalued[c('value_number')]) + 1);
    const added = h.map(() => '');
    added[c('type')] = 'programme';
    added[c('text')] = 'digital specialists';
    added[c('start_line')] = '4';
    const edited = [h, ...body.filter((r) => r !== deleted), added];
    for (const [name, delimiter] of [['comma.csv', ','], ['semicolon.csv', ';']] as const) {
      const { score } = evaluate(write(name, saveCsv(edited, delimiter)), input);
      expect(score.spurious.map(show).sort(), name).toEqual([`${deleted[c('type')]} ${deleted[c('text')]}`, `${oldType} ${retyped[c('text')]}`].sort());
      expect(score.misses.map(show).sort(), name).toEqual([`${retyped[c('type')]} ${retyped[c('text')]}`, 'programme digital specialists'].sort());
      expect(score.valueErrors.map((v) => show(v.gold)), name).toEqual([`number ${revalued[c('text')]}`]);
      expect(score.boundary, name).toEqual([]);
    }
  });

  it('undoes the formula guard named in the escaped column', () => {
    const page = write('signs.txt', 'Title\nUnit A\nThe score moved by +45 points.\n');
    const csv = saveCsv([
      ['type', 'text', 'value_number', 'start_line', 'escaped'],
      ['number', "'+45", '45', '3', 'text'],
    ]);
    const { score } = evaluate(write('signs.csv', csv), page);
    expect(score.overall.gold).toBe(1);
  });

  it('reads the run-level entities.csv when it holds one document', () => {
    const rows = parse(entitiesCsv(), { bom: true }) as string[][];
    const combined = [['document', ...rows[0]], ...rows.slice(1).map((r) => ['page', ...r])];
    const { score } = evaluate(write('combined.csv', saveCsv(combined)), input);
    expect(score.overall.strict.f1).toBe(1);
  });

  it.each([
    ['an unknown type', [['type', 'text', 'start_line'], ['agency', 'DWP', '4']], /bad\.csv: row 2: unknown type "agency"; the types are number, percent/],
    ['text not on its line', [['type', 'text', 'start_line'], ['organisation', 'DWP', '7']], /bad\.csv: row 2: "DWP" is not on line 7 \("HMRC moved/],
    ['a date a spreadsheet reformatted', [['type', 'text', 'value_text', 'start_line'], ['date', 'June 2014', 'Jun-14', '4']], /bad\.csv: row 2: value "Jun-14" of a date is not an ISO 8601 date.*format the column as Text/],
    ['a number with a decimal comma', [['type', 'text', 'value_number', 'start_line'], ['number', '45', '45,5', '4']], /bad\.csv: row 2: value "45,5" of a number is not a number/],
    ['no type', [['type', 'text', 'start_line'], ['', 'DWP', '4']], /bad\.csv: row 2: no type/],
    ['no type column', [['kind', 'text'], ['organisation', 'DWP']], /bad\.csv: row 1: no type column/],
    ['a line past the end', [['type', 'text', 'start_line'], ['organisation', 'DWP', '99']], /bad\.csv: row 2: there is no line 99/],
    ['the same mention twice', [['type', 'text', 'start_line'], ['organisation', 'DWP', '4'], ['organisation', 'DWP', '4']], /bad\.csv: row 3: "DWP" \(line 4\) is the same mention as row 2/],
    ['money without a currency', [['type', 'text', 'value_number', 'start_line'], ['money', '£1.5 million', '1500000', '4']], /bad\.csv: row 2: a money mention needs a currency/],
    ['rows of two documents', [['document', 'type', 'text', 'start_line'], ['a', 'organisation', 'DWP', '4'], ['b', 'organisation', 'HMRC', '7']], /bad\.csv: holds rows of 2 documents/],
  ])('names the file, the row and the problem: %s', (_name, rows, message) => {
    const path = write('bad.csv', saveCsv(rows as string[][]));
    expect(() => runEval([input], { gold: path, json: false, errors: false, writeFloors: false }, () => {})).toThrow(UsageError);
    expect(() => evaluate(path, input)).toThrow(message);
  });

  it('names a gold file that is not there, or not a format it reads', () => {
    expect(() => runEval([input], { gold: join(dir, 'nothing.csv'), json: false, errors: false, writeFloors: false }, () => {})).toThrow(/nothing\.csv: no such file/);
    const other = write('other.json', JSON.stringify({ hello: 'world' }));
    expect(() => runEval([input], { gold: other, json: false, errors: false, writeFloors: false }, () => {})).toThrow(/other\.json: is JSON but not a format policy-extract reads as gold/);
  });
});

describe('document.json as gold', () => {
  it('scores a corrected document.json: one entity removed is one spurious mention', () => {
    const json = toDocumentJson(doc);
    const removed = json.entities.splice(2, 1)[0] as { type: string; text: string };
    const { score } = evaluate(write('document.json', JSON.stringify(json)), input);
    expect(score.spurious.map(show)).toEqual([show(removed)]);
    expect(score.misses).toEqual([]);
  });
});

interface LsResult {
  id: string;
  type: string;
  from_name: string;
  to_name: string;
  value: { start: number; end: number; text: unknown; labels?: string[] };
}

describe('Label Studio round trip', () => {
  it('exports one task with the source text and pre-annotations, and imports a person\'s corrections exactly', () => {
    const tasks = JSON.parse(exportAnnotations(input, 'label-studio'));
    expect(tasks).toHaveLength(1);
    const [task] = tasks;
    expect(task.data.text).toBe(PAGE);
    const results = task.predictions[0].result as LsResult[];
    const labels = results.filter((r) => r.type === 'labels');
    expect(labels).toHaveLength(doc.entities.length);
    for (const r of labels) expect(Array.from(PAGE).slice(r.value.start, r.value.end).join('')).toBe(r.value.text);
    // A person submits an annotation: the predictions, one region deleted, one relabelled, one value corrected, one region added.
    const revalued = labels.find((r) => r.value.labels![0] === 'number')!;
    const [gone, relabelled] = labels.filter((r) => r !== revalued && ['organisation', 'programme', 'date'].includes(r.value.labels![0]));
    const result = structuredClone(results).filter((r) => r.id !== gone.id);
    const relabel = result.find((r) => r.id === relabelled.id && r.type === 'labels')!;
    const oldLabel = relabel.value.labels![0];
    relabel.value.labels = [oldLabel === 'place' ? 'person' : 'place'];
    result.find((r) => r.id === relabelled.id && r.type === 'textarea')!.value.text = [relabelled.value.text as string];
    const valueRegion = result.find((r) => r.id === revalued.id && r.type === 'textarea')!;
    valueRegion.value.text = [(valueRegion.value.text as string[])[0].replace(/^\d+/, (n) => String(Number(n) + 1))];
    const start = PAGE.indexOf('digital specialists');
    result.push({ id: 'added1', type: 'labels', from_name: 'label', to_name: 'text', value: { start, end: start + 19, text: 'digital specialists', labels: ['programme'] } });
    task.annotations = [{ id: 1, completed_by: 1, was_cancelled: false, result }];
    const exported = write('label-studio.json', JSON.stringify(tasks));
    const fixtures = mkdtempSync(join(tmpdir(), 'policy-extract-ls-fixtures-'));
    const added = addFixture({ document: input, gold: exported, dir: fixtures, name: 'page' });
    expect(added.reviewed).toBe(true);
    const { score } = evaluate(join(fixtures, 'page', 'gold.entities.json'));
    expect(score.spurious.map(show).sort()).toEqual([show({ type: gone.value.labels![0], text: gone.value.text as string }), `${oldLabel} ${relabelled.value.text}`].sort());
    expect(score.misses.map(show).sort()).toEqual([`${relabel.value.labels[0]} ${relabelled.value.text}`, 'programme digital specialists'].sort());
    expect(score.valueErrors.map((v) => show(v.gold))).toEqual([`number ${revalued.value.text}`]);
  });
});

describe('W3C Web Annotation round trip', () => {
  it('exports TextPosition and TextQuote selectors per entity, and imports edits exactly', () => {
    const collection = JSON.parse(exportAnnotations(input, 'web-annotation'));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const items = collection.first.items;
    expect(items).toHaveLength(doc.entities.length);
    for (const a of items) {
      const [position, quote] = a.target.selector;
      expect(position.type).toBe('TextPositionSelector');
      expect(quote.type).toBe('TextQuoteSelector');
      expect(Array.from(PAGE).slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    const gone = items.shift();
    const relabelled = items.find((a: any) => a.body[0].value === 'organisation');
    relabelled.body[0].value = 'programme';
    const fixtures = mkdtempSync(join(tmpdir(), 'policy-extract-wa-fixtures-'));
    addFixture({ document: input, gold: write('annotations.jsonld', JSON.stringify(collection)), dir: fixtures, name: 'page' });
    const { score } = evaluate(join(fixtures, 'page', 'gold.entities.json'));
    const quoteOf = (a: any) => a.target.selector[1].exact;
    expect(score.spurious.map(show).sort()).toEqual([`${gone.body[0].value} ${quoteOf(gone)}`, `${doc.entities.find((e) => e.text === quoteOf(relabelled))!.type} ${quoteOf(relabelled)}`].sort());
    expect(score.misses.map(show)).toEqual([`programme ${quoteOf(relabelled)}`]);
    expect(score.valueErrors).toEqual([]);
  });
});

describe('Label Studio in other shapes', () => {
  it('reads the JSON-MIN export ({ text, label: [{ start, end, text, labels }] })', () => {
    const start = PAGE.indexOf('DWP');
    const min = [{ id: 1, text: PAGE, label: [{ start, end: start + 3, text: 'DWP', labels: ['organisation'] }] }];
    const { score } = evaluate(write('min.json', JSON.stringify(min)), input);
    expect(score.overall.gold).toBe(1);
    expect(score.overall.strict.tp).toBe(1);
  });

  it('places annotations made on an earlier version of the page by their context', () => {
    // The line the older page has more holds no mention: the preamble is read like any section, so a line
    // such as "Updated 1 May 2015" would be a mention of its own, one the newer page does not have.
    const older = PAGE.replace('Digital progress report\n', 'Digital progress report\nThis report is revised as the work goes on.\n');
    const tasks = JSON.parse(exportAnnotations(write('older.txt', older), 'label-studio'));
    tasks[0].annotations = [{ id: 1, was_cancelled: false, result: tasks[0].predictions[0].result }];
    const { score } = evaluate(write('older-ls.json', JSON.stringify(tasks)), input);
    // The older page has one line more before every mention: each annotation lands on the same words of the page.
    expect(tasks[0].predictions[0].result.filter((r: LsResult) => r.type === 'labels')).toHaveLength(doc.entities.length);
    expect(score.misses).toEqual([]);
    expect(score.overall.strict.tp).toBe(doc.entities.length);
  });
});
