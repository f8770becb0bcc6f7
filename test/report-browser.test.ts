// report.html in a real browser: Debian's chromium, driven by playwright-core, opens the seed's report from a
// file:// URL and checks the highlights per type, the type filter, the unit × phase matrix against
// document.json, the entity detail on click, and saves a screenshot to test/artifacts/report.png.
//
// Without /usr/bin/chromium the test fails when CI or REQUIRE_CHROMIUM is set (.ci/run installs Debian's
// chromium package and sets REQUIRE_CHROMIUM=1), and is skipped with a loud reason otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runBatch } from '../src/batch/batch.js';
import { ENTITY_TYPES } from '../src/model.js';
import { ROOT, SEED_FILE } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const required = Boolean(process.env.CI || process.env.REQUIRE_CHROMIUM);
const present = existsSync(CHROMIUM);
const MISSING = `${CHROMIUM} is missing: install Debian's chromium package (apt-get update && apt-get install -y chromium) to run the report's browser test`;

if (!present && !required) {
  process.stderr.write(`\n*** report-browser.test.ts SKIPPED: ${MISSING} ***\n\n`);
}

describe.skipIf(!present && !required)('report.html in Chromium', () => {
  let browser: BrowserContext;
  let page: Page;
  let doc: any;

  beforeAll(async () => {
    if (!present) throw new Error(MISSING);
    const out = mkdtempSync(join(tmpdir(), 'policy-extract-browser-'));
    await runBatch([join(ROOT, 'input')], { outDir: out, workers: 1, log: () => {}, error: () => {} });
    doc = JSON.parse(readFileSync(join(out, 'action-03-digital-capability-in-house', 'document.json'), 'utf8'));
    const userDataDir = mkdtempSync(join(tmpdir(), 'policy-extract-chromium-'));
    // A fresh profile each run (playwright passes it to Chromium as --user-data-dir).
    browser = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1400, height: 1000 } });
    page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request: ${r.url()}`));
    await page.goto(pathToFileURL(join(out, 'report.html')).href);
    await page.waitForLoadState('load');
    expect(problems).toEqual([]);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('highlights every entity, with its type label, as many per type as document.json has', async () => {
    for (const type of ENTITY_TYPES) {
      const expected = doc.entities.filter((e: any) => e.type === type).length;
      expect(await page.locator(`.text mark.ent[data-type="${type}"]`).count(), type).toBe(expected);
    }
    const first = page.locator('.text mark.ent').first();
    expect(await first.locator('.lbl').textContent()).toBe(doc.entities[0].type);
    expect(await first.evaluate((el) => el.firstChild?.textContent)).toBe(doc.entities[0].text);
  });

  it('shows a matrix of 17 units × 5 phases whose counts match document.json and link to the sections', async () => {
    const matrix = page.locator('table.matrix').first();
    expect(await matrix.locator('thead th[data-phase]').count()).toBe(5);
    expect(await matrix.locator('tbody tr').count()).toBe(17);
    const cells = await matrix.locator('td[data-count]').evaluateAll((tds) =>
      tds.map((td) => ({ count: Number(td.getAttribute('data-count')), text: td.textContent, href: td.querySelector('a')!.getAttribute('href') })),
    );
    const perSection = new Map<string, number>();
    for (const e of doc.entities) perSection.set(e.sectionId, (perSection.get(e.sectionId) ?? 0) + 1);
    expect(cells).toHaveLength(doc.sections.length - 1); // one section per unit and phase in the seed, and the preamble (u00) outside the matrix
    for (const cell of cells) {
      const id = cell.href!.replace('#doc-action-03-digital-capability-in-house-', '');
      expect(cell.count, id).toBe(perSection.get(id) ?? 0);
      expect(cell.text).toBe(String(cell.count));
      expect(await page.locator(`[id="${cell.href!.slice(1)}"]`).count(), id).toBe(1);
    }
  });

  it('a type filter leaves only that type highlighted', async () => {
    await page.click('#types-none');
    await page.check('#type-filter input[data-type="date"]');
    const background = (type: string) =>
      page.locator(`.text mark.ent[data-type="${type}"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('date')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await background('organisation')).toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('.text mark.ent[data-type="organisation"] .lbl').first().isVisible()).toBe(false);
    expect(await page.locator('.text mark.ent[data-type="date"] .lbl').first().isVisible()).toBe(true);
    await page.click('#types-all');
    expect(await background('organisation')).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('the unit and phase filters hide the other sections', async () => {
    const unitKey = doc.sections[1].unitKey;
    await page.selectOption('#unit-filter', unitKey);
    const visible = await page.locator('.sec').evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute('data-unit')));
    expect(new Set(visible)).toEqual(new Set([unitKey]));
    await page.selectOption('#phase-filter', 'progress-2014');
    // The seed has one section per unit and phase: the first unit's "Progress during 2014".
    const expected = doc.sections.filter((s: any) => s.unitKey === unitKey && s.phaseKind === 'progress' && s.phaseYear === 2014).length;
    expect(expected).toBe(1);
    expect(await page.locator('.sec:not([hidden])').count()).toBe(expected);
    await page.selectOption('#unit-filter', '');
    await page.selectOption('#phase-filter', '');
    // Every section but the preamble (u00), which has its own region.
    expect(await page.locator('.sec:not([hidden])').count()).toBe(doc.sections.length - 1);
  });

  it('clicking an entity shows its source line, column and offsets', async () => {
    const entity = doc.entities.find((e: any) => e.type === 'percent');
    expect(entity?.type).toBe('percent');
    await page.locator(`.text mark.ent[data-id="${entity.id}"]`).click();
    const detail = page.locator('#detail');
    expect(await detail.isVisible()).toBe(true);
    const text = await detail.innerText();
    expect(text).toContain(`line ${entity.start.line}, column ${entity.start.column}, offset ${entity.start.offset}`);
    expect(text).toContain(`line ${entity.end.line}, column ${entity.end.column}, offset ${entity.end.offset}`);
    const sourceLine = readFileSync(SEED_FILE, 'utf8').split(/\r?\n/)[entity.start.line - 1];
    expect(await detail.locator('pre.source-line').textContent()).toBe(sourceLine);
    expect(await detail.locator('pre.source-line .hit').textContent()).toBe(entity.text);
  });

  it('clicking a row of the entity table shows the same detail', async () => {
    await page.locator('details.entities summary').first().click();
    const entity = doc.entities[3];
    await page.locator(`tr.ent-row[data-id="${entity.id}"]`).click();
    expect(await page.locator('#detail').innerText()).toContain(`offset ${entity.start.offset}`);
    await page.locator('details.entities summary').first().click();
  });

  it('saves a screenshot of the highlighted seed', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.sec').nth(5).scrollIntoViewIfNeeded();
    await page.locator('.text mark.ent').nth(30).click();
    mkdirSync(join(ROOT, 'test', 'artifacts'), { recursive: true });
    const path = join(ROOT, 'test', 'artifacts', 'report.png');
    await page.screenshot({ path });
    expect(readFileSync(path).length).toBeGreaterThan(10_000);
  });
});
