// report.html without a browser: all document text escaped, the JSON blocks unable to close their script
// element, the unit × phase matrix counting what document.json holds, and nothing loaded from anywhere.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputWriter } from '../src/emit/write-outputs.js';
import { escapeHtml, jsonForScript, phaseKey, unitPhaseMatrix } from '../src/report/render.js';
import { runFile, runText, SEED_FILE } from './helpers.js';

const HOSTILE = [
  'Department for Transport',
  'Progress during 2014',
  'DfT wrote <script>alert("x")</script> and </script><img src=x onerror=alert(1)> in 2014.',
  '- a bullet with <b>bold</b> & "quotes" and \u2028 a line separator',
  '',
].join('\n');

async function report(text: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'policy-extract-report-'));
  const writer = new OutputWriter(out);
  writer.writeDocument('hostile', runText(text, 'hostile<x>.txt'));
  await writer.finish();
  return readFileSync(join(out, 'report.html'), 'utf8');
}

describe('escaping', () => {
  it.each([
    ['<script>', '&#60;script&#62;'],
    ['a & b', 'a &#38; b'],
    ['"q" \'s\'', '&#34;q&#34; &#39;s&#39;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j) is %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });

  it('JSON for a script element holds no "<" and parses back', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '\u2028\u2029' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('a page holding <script> shows it as text: the report has only its own script elements', async () => {
    const html = await report(HOSTILE);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script type="application/json" class="doc-data">', '<script>']);
    expect(html).not.toMatch(/<img\b/);
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).toContain('hostile&#60;x&#62;.txt');
  });

  it('loads nothing: no URL in src or href but in-page anchors, and a Content-Security-Policy', async () => {
    const html = await report(HOSTILE);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)=(?!["']?#)/i);
    expect(html).toMatch(/<a href="#doc-hostile-u01\.p1">/);
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).not.toMatch(/@import|url\(/);
  });
});

describe('unit × phase matrix', () => {
  const doc = runFile(SEED_FILE);
  const matrix = unitPhaseMatrix(doc);

  it('has a row per unit and a column per phase of the seed', () => {
    expect(matrix.units).toHaveLength(17);
    expect(matrix.phases.map((p) => p.key)).toEqual(['commitments-2012', 'progress-2013', 'planned-2014', 'progress-2014', 'planned-2015']);
  });

  it('counts in each cell the entities of its sections; the preamble (u00) stands outside the matrix', () => {
    const expected = new Map<string, number>();
    const body = doc.sections.filter((s) => s.id !== 'u00');
    const sectionOf = new Map(body.map((s) => [s.id, s]));
    for (const s of body) expected.set(`${s.unitIndex}/${phaseKey(s)}`, expected.get(`${s.unitIndex}/${phaseKey(s)}`) ?? 0);
    const bodyEntities = doc.entities.filter((e) => e.sectionId !== 'u00');
    expect(bodyEntities.length).toBeLessThan(doc.entities.length);
    for (const e of bodyEntities) {
      const s = sectionOf.get(e.sectionId)!;
      const key = `${s.unitIndex}/${phaseKey(s)}`;
      expected.set(key, expected.get(key)! + 1);
    }
    const actual = new Map(matrix.units.flatMap((u) => [...u.cells].map(([phase, cell]) => [`${u.index}/${phase}`, cell.count] as const)));
    expect(actual).toEqual(expected);
    expect([...actual.values()].reduce((a, b) => a + b, 0)).toBe(bodyEntities.length);
  });

  it('splits each cell\'s count by type, for the page to recount when the type filter changes', () => {
    const expected = new Map<string, number>();
    for (const e of doc.entities.filter((e) => e.sectionId !== 'u00')) {
      const s = doc.sections.find((s) => s.id === e.sectionId)!;
      const key = `${s.unitIndex}/${phaseKey(s)}/${e.type}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const actual = new Map(matrix.units.flatMap((u) => [...u.cells].flatMap(([phase, cell]) => [...cell.byType].map(([type, n]) => [`${u.index}/${phase}/${type}`, n] as const))));
    expect(actual).toEqual(expected);
    for (const u of matrix.units) for (const cell of u.cells.values()) expect([...cell.byType.values()].reduce((a, b) => a + b, 0)).toBe(cell.count);
  });
});

describe('the preamble in the report', () => {
  it('shows the title, "Updated" line and introduction with their entities marked', async () => {
    const html = await report('Digital strategy progress\nUpdated 16 January 2015\nThis action forms part of the Government Digital Strategy.\nDepartment for Transport\nProgress during 2014\nDfT hired 5 people.\n');
    const preamble = /<div class="preamble" id="[^"]*-u00">([\s\S]*?)<\/div>/.exec(html);
    expect(preamble).not.toBeNull();
    const marked = [...preamble![1].matchAll(/<mark class="ent t-(\w+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(marked).toEqual([
      ['date', '16 January 2015'],
      ['programme', 'Government Digital Strategy'],
    ]);
  });
});

describe('section regions', () => {
  it('each section has one element whose id the matrix links to', async () => {
    const html = await report('Digital strategy progress\nDepartment for Transport\nProgress during 2014\nDfT hired 5 people.\n');
    expect(html).toMatch(/<div class="sec" id="[^"]+-u01\.p1" data-unit="dft" data-phase="progress-2014">/);
    expect(html).not.toContain('id=""');
  });
});
