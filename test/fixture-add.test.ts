// `fixture add`, `fixture check` and `eval --fixtures` on a researcher's own folder: a fixture from a
// document with or without gold, floors that only rise, --min-f1, and eval --json keeping its shape.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addFixture, FixtureError } from '../src/fixtures/add.js';
import { checkFixture } from '../src/fixtures/check.js';
import { runEval, UsageError } from '../src/eval/run-eval.js';
import { runFixture } from '../src/fixtures/run-fixture.js';
import type { Floors } from '../src/eval/fixtures.js';

const PAGE = 'Digital progress report\nDepartment for Work and Pensions\nProgress during 2014\nDWP hired 45 digital specialists in June 2014 and spent £1.5 million.\nHM Revenue and Customs\nProgress during 2014\nHMRC moved 20% of its services online by March 2015.\n';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'policy-extract-fixture-'));
  const page = join(dir, 'page.txt');
  writeFileSync(page, PAGE);
  return { dir, page, fixtures: join(dir, 'fixtures') };
}

const evalFixtures = (fixtures: string, extra: Partial<Parameters<typeof runEval>[1]> = {}) => {
  let text = '';
  const code = runEval([], { fixtures, json: false, errors: false, writeFloors: false, ...extra }, (s) => (text += s));
  return { code, text };
};

describe('fixture add', () => {
  it('without gold: the extraction is the draft gold, marked unreviewed, with floors, expected outputs, and a folder that checks', () => {
    const { page, fixtures } = setup();
    const result = addFixture({ document: page, dir: fixtures });
    const caseDir = join(fixtures, 'page');
    expect(result.caseDir).toBe(caseDir);
    expect(result.reviewed).toBe(false);
    for (const f of ['input.txt', 'case.json', 'gold.entities.json', 'floors.json', 'expected/document.json', 'expected/entities.csv']) expect(existsSync(join(caseDir, f)), f).toBe(true);
    expect(readFileSync(join(caseDir, 'input.txt'), 'utf8')).toBe(PAGE);
    const gold = JSON.parse(readFileSync(join(caseDir, 'gold.entities.json'), 'utf8'));
    expect(gold.reviewed).toBe(false);
    expect(gold.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(gold.entities.length).toBe(result.mentions);
    for (const e of gold.entities) expect(e.selector).toMatchObject({ type: 'TextQuoteSelector', exact: e.text });
    expect(JSON.parse(readFileSync(join(caseDir, 'floors.json'), 'utf8')).strictF1.overall).toBe(1);
    expect(checkFixture(caseDir)).toEqual([]);
    const { code, text } = evalFixtures(fixtures);
    expect(code).toBe(0);
    expect(text).toMatch(/page \(draft gold, not yet reviewed\)/);
  });

  it('an HTML page: gold in markup offsets, its entities.csv read back, the folder checks', () => {
    const { dir, fixtures } = setup();
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><body><main><h1>Report</h1><h2>Department for Work &amp; Pensions</h2><h3>Progress during 2014</h3><p>DWP hired 45 people in June 2014 with the Government Digital Service &amp; HMRC.</p></main></body></html>\n');
    const result = addFixture({ document: page, dir: fixtures });
    expect(result.mentions).toBeGreaterThan(2);
    expect(checkFixture(join(fixtures, 'page'))).toEqual([]);
    expect(evalFixtures(fixtures).code).toBe(0);
    const csv = join(fixtures, 'page', 'expected', 'entities.csv');
    const again = addFixture({ document: page, gold: csv, dir: fixtures, name: 'page-from-csv' });
    expect(again.f1).toBe(1);
    expect(again.mentions).toBe(result.mentions);
  });

  it('refuses a folder that exists, and a document that does not', () => {
    const { page, fixtures } = setup();
    addFixture({ document: page, dir: fixtures });
    expect(() => addFixture({ document: page, dir: fixtures })).toThrow(/fixtures\/page already exists; give another --name/);
    expect(() => addFixture({ document: join(fixtures, 'nothing.txt'), dir: fixtures })).toThrow(FixtureError);
  });

  it('leaves no half-made folder when the gold is unusable', () => {
    const { dir, page, fixtures } = setup();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'type,text,start_line\nagency,DWP,4\n');
    expect(() => runFixture(['add', page], { gold: bad, dir: fixtures }, () => {}, () => {})).toThrow(/bad\.csv: row 2: unknown type "agency"/);
    expect(existsSync(join(fixtures, 'page'))).toBe(false);
  });
});

describe('fixture check', () => {
  it.each([
    ['a gold offset that no longer reads its text', (g: any) => (g.entities[0].start.offset += 1), /gold\.entities\.json: entity 1 .*: the input at offsets/],
    ['an unknown type', (g: any) => (g.entities[0].type = 'agency'), /gold\.entities\.json: entity 1 .*unknown type "agency"/],
    ['a selector that quotes other text', (g: any) => (g.entities[0].selector.exact = 'x'), /its selector quotes "x"/],
    ['gold made on another version', (g: any) => (g.sha256 = '0'.repeat(64)), /was made on another version of input\.txt/],
  ])('names the file and the problem: %s', (_name, change, message) => {
    const { page, fixtures } = setup();
    addFixture({ document: page, dir: fixtures });
    const path = join(fixtures, 'page', 'gold.entities.json');
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    change(gold);
    writeFileSync(path, JSON.stringify(gold));
    expect(checkFixture(join(fixtures, 'page')).join('\n')).toMatch(message);
  });
});

describe('eval --fixtures on a folder of ones own', () => {
  /** A fixture whose gold has one more mention than the extraction finds: recall below 1. */
  function withExtraGold() {
    const s = setup();
    addFixture({ document: s.page, dir: s.fixtures });
    const caseDir = join(s.fixtures, 'page');
    const path = join(caseDir, 'gold.entities.json');
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    const at = PAGE.indexOf('digital specialists');
    const line = PAGE.slice(0, at).split('\n').length;
    const column = at - PAGE.lastIndexOf('\n', at - 1);
    gold.entities.push({ type: 'programme', text: 'digital specialists', start: { line, column, offset: at }, end: { line, column: column + 19, offset: at + 19 }, value: 'digital specialists', selector: { type: 'TextQuoteSelector', exact: 'digital specialists', prefix: '', suffix: '' } });
    gold.entities.sort((a: any, b: any) => a.start.offset - b.start.offset);
    writeFileSync(path, JSON.stringify(gold));
    return { ...s, caseDir };
  }

  it('fails under a floor, naming the fixture, the type and what changed', () => {
    const { fixtures } = withExtraGold();
    const { code, text } = evalFixtures(fixtures);
    expect(code).toBe(1);
    expect(text).toMatch(/FAIL page: overall strict F1 0\.933 < floor 1; overall lenient F1 0\.933 < floor 1/);
    expect(text).toMatch(/overall:\n\s+1 missed\n\s+line 4:\d+ +programme +"digital specialists"/);
  });

  it('--write-floors refuses to lower a floor; --lower-floors records the reason', () => {
    const { fixtures, caseDir } = withExtraGold();
    const before = readFileSync(join(caseDir, 'floors.json'), 'utf8');
    const refused = evalFixtures(fixtures, { writeFloors: true });
    expect(refused.code).toBe(1);
    expect(refused.text).toMatch(/floors NOT written: they would fall \(strictF1\.overall 1 → 0\.9\d/);
    expect(readFileSync(join(caseDir, 'floors.json'), 'utf8')).toBe(before);
    const lowered = evalFixtures(fixtures, { writeFloors: true, lowerFloors: 'a programme the rules do not find yet' });
    expect(lowered.text).toMatch(/floors lowered/);
    const floors = JSON.parse(readFileSync(join(caseDir, 'floors.json'), 'utf8')) as Floors;
    expect(floors.history).toHaveLength(1);
    expect(floors.history![0].reason).toBe('a programme the rules do not find yet');
    expect(floors.history![0].lowered).toContain(`strictF1.overall 1 → ${floors.strictF1.overall}`);
    expect(evalFixtures(fixtures).code).toBe(0);
    expect(() => evalFixtures(fixtures, { lowerFloors: 'why' })).toThrow(UsageError);
  });

  it('--min-f1 fails a case under it', () => {
    const { fixtures } = withExtraGold();
    cpSync(join(fixtures, 'page', 'floors.json'), join(fixtures, 'page', 'floors.old'));
    writeFileSync(join(fixtures, 'page', 'floors.json'), '{"strictF1":{}}');
    expect(evalFixtures(fixtures, { minF1: 0.5 }).code).toBe(0);
    const high = evalFixtures(fixtures, { minF1: 0.99 });
    expect(high.code).toBe(1);
    expect(high.text).toMatch(/overall strict F1 0\.9\d\d < --min-f1 0\.99/);
  });

  it('--json keeps the shape: per case score.overall and score.byType.<type>, strict and lenient counts', () => {
    const { fixtures } = withExtraGold();
    let text = '';
    runEval([], { fixtures, json: true, errors: false, writeFloors: false }, (s) => (text += s));
    const [result] = JSON.parse(text);
    expect(result.case).toBe('page');
    for (const t of [result.score.overall, result.score.byType.programme]) {
      for (const kind of ['strict', 'lenient']) expect(Object.keys(t[kind]).sort()).toEqual(['f1', 'fn', 'fp', 'precision', 'recall', 'tp']);
    }
    expect(result.score.byType.programme.strict.fn).toBe(1);
    expect(result.anchoring).toMatchObject({ sourceChanged: false });
    expect(result.below.length).toBeGreaterThan(0);
  });
});
