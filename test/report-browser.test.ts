// report.html in a real browser: Debian's chromium, driven by playwright-core, opens the seed's report from a
// file:// URL and checks the highlights per type (colours told apart, text readable on them), the type
// filter (hidden highlights take no room), the unit × phase matrix against document.json under every
// filter, the entity detail on click (and closed when a filter changes), and saves a screenshot to
// test/artifacts/report.png.
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
import { ciede2000, contrastRatio, over, parseCssColour, toLab } from './colour.js';

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

  it('the matrix counts only the types the type filter keeps, and shows only the unit and phase chosen', async () => {
    const matrix = page.locator('table.matrix').first();
    const kept = new Set(['date', 'organisation']);
    await page.click('#types-none');
    for (const type of kept) await page.check(`#type-filter input[data-type="${type}"]`);
    const cells = await matrix.locator('td[data-count]').evaluateAll((tds) =>
      tds.map((td) => ({ text: td.textContent, title: td.getAttribute('title'), href: td.querySelector('a')!.getAttribute('href')! })),
    );
    const perSection = new Map<string, number>();
    for (const e of doc.entities) if (kept.has(e.type)) perSection.set(e.sectionId, (perSection.get(e.sectionId) ?? 0) + 1);
    expect(cells).toHaveLength(doc.sections.length - 1);
    let differs = 0;
    for (const cell of cells) {
      const id = cell.href.replace('#doc-action-03-digital-capability-in-house-', '');
      const all = doc.entities.filter((e: any) => e.sectionId === id).length;
      const expected = perSection.get(id) ?? 0;
      if (expected !== all) differs++;
      expect(cell.text, id).toBe(String(expected));
      expect(cell.title, id).toContain(`: ${expected} of ${all} entities`);
    }
    // Cells where the kept types are not all the entities, so that a matrix still showing the totals fails.
    expect(differs).toBeGreaterThan(0);

    // The unit and phase filters leave one row and one column, still counted for the kept types.
    const section = doc.sections.find((s: any) => s.phaseKind === 'progress' && s.phaseYear === 2014);
    await page.selectOption('#unit-filter', section.unitKey);
    await page.selectOption('#phase-filter', 'progress-2014');
    const visibleRows = await matrix.locator('tbody tr').evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-unit')));
    expect(visibleRows).toEqual([section.unitKey]);
    const visibleHeads = await matrix.locator('thead th[data-phase]').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => th.getAttribute('data-phase')));
    expect(visibleHeads).toEqual(['progress-2014']);
    const visibleCells = await matrix.locator('tbody td').evaluateAll((tds) => tds.filter((td) => (td as HTMLElement).offsetParent !== null).map((td) => td.textContent));
    expect(visibleCells).toEqual([String(perSection.get(section.id) ?? 0)]);

    await page.selectOption('#unit-filter', '');
    await page.selectOption('#phase-filter', '');
    await page.click('#types-all');
    const totals = await matrix.locator('td[data-count]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-count'), td.textContent]));
    for (const [count, text] of totals) expect(text).toBe(count);
  });

  it('a hidden type leaves no room around its mention: "(DWP)" and "Leeds." read as written', async () => {
    await page.click('#types-none');
    // Every hidden mark with a character on both sides in the same line: from the character before it to
    // the one after it, "(DWP)" must be as wide as the same characters set in a plain <span> in the same
    // place (the character after next kept too, so that kerning is the same in both).
    const checks = await page.locator('.text mark.ent').evaluateAll((marks) =>
      marks.flatMap((mark) => {
        const before = mark.previousSibling;
        const after = mark.nextSibling;
        if (!(before instanceof Text) || !(after instanceof Text) || !before.data || !after.data) return [];
        const left = (node: Text, at: number) => {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect();
        };
        const first = left(before, before.data.length - 1);
        const next = left(after, 0);
        if (Math.abs(first.top - next.top) > 1) return []; // the run wraps onto two lines
        const text = before.data.slice(-1) + mark.firstChild!.textContent + after.data[0];
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'pre';
        const probeBefore = document.createTextNode(before.data.slice(-1));
        const probeAfter = document.createTextNode(after.data.slice(0, 2));
        probe.append(probeBefore, Object.assign(document.createElement('span'), { textContent: mark.firstChild!.textContent }), probeAfter);
        mark.parentElement!.insertBefore(probe, mark);
        const plain = left(probeAfter, 0).left - left(probeBefore, 0).left;
        probe.remove();
        return [{ text, width: next.left - first.left, plain }];
      }),
    );
    await page.click('#types-all');
    expect(checks.length).toBeGreaterThan(100);
    // The two the issue names: an acronym in brackets and a place before a full stop.
    expect(checks.some((c) => c.text === '(DWP)')).toBe(true);
    expect(checks.some((c) => c.text === 'Leeds.')).toBe(false); // "Leeds." has a space before it: see below
    expect(checks.some((c) => c.text === ' Leeds.')).toBe(true);
    const off = checks.filter((c) => Math.abs(c.width - c.plain) > 0.5);
    expect(off.map((c) => `${JSON.stringify(c.text)}: ${c.width.toFixed(2)}px, plain ${c.plain.toFixed(2)}px`).slice(0, 5)).toEqual([]);
  });

  it('type colours are told apart at a glance, and the text on each passes WCAG AA (4.5:1)', async () => {
    // A mark of every type (the seed has no money), set in the text with the page's own stylesheet.
    const styles = await page.evaluate((types) => {
      const host = document.querySelector('.text .sec')!;
      return types.map((type) => {
        const mark = document.createElement('mark');
        mark.className = `ent t-${type}`;
        mark.innerHTML = 'Department for Work and Pensions<span class="lbl"></span>';
        mark.lastElementChild!.textContent = type;
        host.appendChild(mark);
        const style = getComputedStyle(mark);
        const label = getComputedStyle(mark.lastElementChild!);
        const out = { type, background: style.backgroundColor, color: style.color, opacity: style.opacity, labelColor: label.color, labelOpacity: label.opacity };
        mark.remove();
        return out;
      });
    }, [...ENTITY_TYPES]);
    // And every mark of the seed as it stands.
    const marks = await page.locator('.text mark.ent').evaluateAll((els) =>
      els.map((el) => {
        const label = el.querySelector('.lbl')!;
        return { type: el.getAttribute('data-type')!, background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color, opacity: getComputedStyle(el).opacity, labelColor: getComputedStyle(label).color, labelOpacity: getComputedStyle(label).opacity };
      }),
    );
    expect(marks.length).toBe(doc.entities.length);
    const white = parseCssColour('rgb(255, 255, 255)');
    for (const m of [...styles, ...marks]) {
      const background = over(parseCssColour(m.background), white);
      expect(parseCssColour(m.background).a, m.type).toBe(1);
      for (const [color, opacity] of [[m.color, m.opacity], [m.labelColor, m.labelOpacity]]) {
        const ink = parseCssColour(color);
        const seen = over({ ...ink, a: ink.a * Number(opacity) * Number(m.opacity === opacity ? 1 : m.opacity) }, background);
        expect(contrastRatio(seen, background), `${m.type}: ${color} on ${m.background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    // Every mark of a type has that type's colour.
    for (const m of marks) expect(m.background, m.type).toBe(styles.find((s) => s.type === m.type)!.background);
    // Every two types at least 20 apart in CIEDE2000 (about 1 is a difference seen side by side; the old
    // teals of date and duration were 6 apart).
    const close: string[] = [];
    for (let i = 0; i < styles.length; i++) {
      for (let j = i + 1; j < styles.length; j++) {
        const d = ciede2000(toLab(parseCssColour(styles[i].background)), toLab(parseCssColour(styles[j].background)));
        if (d < 20) close.push(`${styles[i].type}/${styles[j].type}: ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('the entity detail closes when the type, unit or phase filter changes', async () => {
    const detail = page.locator('#detail');
    const open = async () => {
      await page.locator('.text mark.ent[data-type="organisation"]').first().click();
      expect(await detail.isVisible()).toBe(true);
    };
    await open();
    await page.uncheck('#type-filter input[data-type="number"]');
    expect(await detail.isVisible()).toBe(false);
    await page.check('#type-filter input[data-type="number"]');
    await open();
    await page.click('#types-all');
    expect(await detail.isVisible()).toBe(false);
    await open();
    await page.selectOption('#unit-filter', doc.sections[1].unitKey);
    expect(await detail.isVisible()).toBe(false);
    await open();
    await page.selectOption('#phase-filter', 'progress-2014');
    expect(await detail.isVisible()).toBe(false);
    await page.selectOption('#unit-filter', '');
    await page.selectOption('#phase-filter', '');
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
