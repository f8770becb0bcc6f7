// The outline: one row per heading source (kramdown without a space, setext, bold-only paragraphs in
// Markdown and HTML, numbering, keyword families, captions, attribute lines, table cells), each a small
// page written by hand; then the fixtures whose outline was checked by hand against the authors' markup.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDocument } from '../src/pipeline.js';
import type { Doc } from '../src/model.js';
import { renderDocument } from '../src/report/render.js';
import { fixtureCases, fixtureInput, FIXTURES, runFile } from './helpers.js';

const run = (text: string, path: string) => processDocument(new TextEncoder().encode(text), { path });

/** "  caption: Figure 1: …" — indented by level, with its kind. */
function tree(doc: Doc): string[] {
  return doc.outline.map((o) => `${'  '.repeat(o.level - 1)}${o.kind}: ${o.text}`);
}

const SHAPES: Array<[string, string, string, string[]]> = [
  [
    'kramdown headings without a space after the hashes',
    'page.md',
    '##01 Developing services\n\nIntro text.\n\n###What stops people\n\nMost services fall short.\n\n####Rewarding digital users\n\nPrices differ.\n',
    ['heading: What stops people', '  heading: Rewarding digital users'],
  ],
  [
    'setext headings',
    'page.md',
    'Annual report\n=============\n\nIntro text.\n\nFirst part\n----------\n\nBody text.\n\nSecond part\n-----------\n\nMore body text.\n',
    ['heading: First part', 'heading: Second part'],
  ],
  [
    'bold-only paragraphs in Markdown, one level under the heading they follow',
    'page.md',
    '# Plan\n\n## Objective 1: faster services\n\n**What we are doing**\n\nWe redesign services.\n\n__How we are doing__\n\nWell, by our measures.\n\nA paragraph with **some bold** in it.\n',
    ['heading: Objective 1: faster services', '  heading: What we are doing', '  heading: How we are doing'],
  ],
  [
    'a paragraph holding only <strong> in HTML',
    'page.html',
    '<h1>Plan</h1><h2>Aims</h2><p><strong>What we are doing</strong></p><p>We redesign services.</p><p>We <strong>also</strong> train staff.</p>',
    ['heading: Aims', '  heading: What we are doing'],
  ],
  [
    'HTML levels are relative: h3 under an h1 title is level 1',
    'page.html',
    '<h1>Plan</h1><h3>Scope</h3><p>Text.</p><h4>Detail</h4><p>Text.</p><h3>Costs</h3><p>Text.</p>',
    ['heading: Scope', '  heading: Detail', 'heading: Costs'],
  ],
  [
    'GOV.UK\'s format label above the title is furniture: the h1 is still the title',
    'page.html',
    '<p>Policy paper</p><h1>Adult skills strategy</h1><p>From: Department for Education</p><h2>Foreword</h2><p>Text.</p><h3>Action 1</h3><p>Text.</p>',
    ['heading: Foreword', '  heading: Action 1'],
  ],
  [
    'numbered headings in plain text nest by their numbers',
    'page.txt',
    'Annual report on digital services\n\n1. Introduction\nThis report sets out what we did over the year, at some length.\n1.1 Scope\nIt covers every service the department runs for the public.\n2. Results\nWe finished most of what we planned to do this year.\n',
    ['heading: 1. Introduction', '  heading: 1.1 Scope', 'heading: 2. Results'],
  ],
  [
    'numbered headings in markup at one level nest by their numbers',
    'page.html',
    '<h1>Report</h1><h2>1. Economy</h2><p>Text.</p><h2>1.1 Prices</h2><p>Text.</p><h2>2. Finances</h2><p>Text.</p>',
    ['heading: 1. Economy', '  heading: 1.1 Prices', 'heading: 2. Finances'],
  ],
  [
    'keyword families in plain text, the first family over the later ones',
    'page.txt',
    'Our digital strategy\n\nPrinciple: digital by default\nWe will offer every service online first, and help those who cannot use it.\nAction 01: Digital leaders\nEvery department will appoint a digital leader at board level.\nAction 02: Skills\nWe will hire and train people with the skills we need.\n',
    ['heading: Principle: digital by default', '  heading: Action 01: Digital leaders', '  heading: Action 02: Skills'],
  ],
  [
    'a plain heading after a keyword heading sits under it',
    'page.txt',
    'Quarterly report\n\nAction 1: Digital leaders\nEvery department will appoint a digital leader at board level.\nProgress\nTwelve departments have appointed a leader so far this year.\nAction 2: Skills\nWe will hire and train people with the skills we need.\nProgress\nWe trained staff in agile delivery at several of our centres.\n',
    ['heading: Action 1: Digital leaders', '  heading: Progress', 'heading: Action 2: Skills', '  heading: Progress'],
  ],
  [
    'plain headings after one under a keyword heading are its siblings, and a field line is text',
    'page.txt',
    'Quarterly report\n\nAction 1: Digital leaders\n\nStatus: on track\n\nProgress this quarter\nTwelve departments have appointed a leader so far this year.\n\nNext steps\nThe rest will appoint theirs by the end of March.\n\nAction 2: Skills\n\nStatus: delayed\n\nProgress this quarter\nWe trained staff in agile delivery at several of our centres.\n\nNext steps\nWe will train 200 more staff next quarter.\n\nAnnex A: measures by quarter\nThe measures below are published each quarter by the department.\n',
    ['heading: Action 1: Digital leaders', '  heading: Progress this quarter', '  heading: Next steps', 'heading: Action 2: Skills', '  heading: Progress this quarter', '  heading: Next steps', 'heading: Annex A: measures by quarter'],
  ],
  [
    'a plain heading after a series of keyword headings with none under them ends the series',
    'page.txt',
    'Quarterly report\n\nSummary\nMost departments made progress against the actions this quarter.\nAction 1: Digital leaders\nEvery department now has a digital leader at board level.\nAction 2: Skills\nWe trained staff in agile delivery at several of our centres.\nNext steps\nDepartments will submit their next quarterly returns in September.\n',
    ['heading: Summary', 'heading: Action 1: Digital leaders', 'heading: Action 2: Skills', 'heading: Next steps'],
  ],
  [
    'a plain heading over a plain-text table',
    'page.txt',
    'Quarterly report\n\nSummary\nMost departments made progress against the actions this quarter.\nExemplar progress\nDepartment\tExemplar\tStage\nCabinet Office\tRegister to vote\tPrivate beta\nBIS\tApply for a student loan\tAlpha\n',
    ['heading: Summary', 'heading: Exemplar progress'],
  ],
  [
    'captions are headings of kind caption under the heading they follow; attribute lines are markup',
    'page.md',
    '# Report\n\n## Costs\n\nCosts fell.\n\nFigure 1: Costs by year\n{: .fig #fig-1}\n\n![Figure 1](fig1.png)\n\nChart 1.1: UK real GDP level\n\nMore text.\n',
    ['heading: Costs', '  caption: Figure 1: Costs by year', '  caption: Chart 1.1: UK real GDP level'],
  ],
  [
    'a table caption in an HTML heading is a caption; table cells are never headings',
    'page.html',
    '<h1>Budget</h1><h2>Decisions</h2><p>Text.</p><h4>Table 2.1: Policy decisions (£ million)</h4><table><tr><th>Measure</th><th>2016-17</th></tr><tr><td>Education capital</td><td>-390</td></tr></table><p>Text.</p>',
    ['heading: Decisions', '  caption: Table 2.1: Policy decisions (£ million)'],
  ],
];

describe('the outline of each heading source', () => {
  it.each(SHAPES)('%s', (_name, path, text, expected) => {
    const doc = run(text, path);
    expect(tree(doc)).toEqual(expected);
  });

  it('reads kramdown attribute lists and extensions as markup, never as text or units', () => {
    const doc = run('{::options parse_block_html="true" /}\n\n##04 The approach\n\nWe start small.\n{: .lead}\n\n###Plans\n\nWe plan.\n{: .note #plans-note}\n', 'page.md');
    expect(doc.text).not.toContain('{:');
    // The lines before the first unit are the preamble, read as section u00 under the document's title.
    expect(doc.sections.map((s) => [s.id, s.unit])).toEqual([['u00', '04 The approach'], ['h01', 'Plans']]);
    expect(doc.title).toBe('04 The approach');
  });

  it('reads a one-hash kramdown heading without a space as a heading of level 1, its hash as markup', () => {
    const doc = run('#Government Digital Strategy\n\n##01 Summary\n\nWe start small.\n\n##02 Detail\n\nWe grow.\n', 'page.md');
    expect(doc.title).toBe('Government Digital Strategy');
    expect(doc.text).not.toContain('#');
    expect(tree(doc)).toEqual(['heading: 01 Summary', 'heading: 02 Detail']);
    expect(doc.outline.map((o) => o.number)).toEqual(['01', '02']);
  });

  it('gives numbers as written, and parents by id', () => {
    const doc = run('<h1>R</h1><h2>2. Working with the Territories</h2><p>x.</p><h3>2.1 Flying flags</h3><p>y.</p><h2>Annex A: Sources</h2><p>z.</p>', 'page.html');
    expect(doc.outline.map((o) => [o.id, o.number, o.parentId, o.level])).toEqual([
      ['h01', '2', null, 1],
      ['h01.01', '2.1', 'h01', 2],
      ['h02', 'A', null, 1],
    ]);
  });

  it('cuts sections from the outline on a document that is not a progress page, with their heading paths', () => {
    const doc = run('<h1>R</h1><p>Intro.</p><h2>Aims</h2><p>We aim.</p><h3>Detail</h3><p>In detail.</p>', 'page.html');
    // The title and introduction before the first heading of the body are the preamble, section u00.
    // A section cut from the outline starts at its heading, which is read as its first sentence.
    expect(doc.sections.map((s) => [s.id, s.unit, s.headingPath.join(' › '), s.text])).toEqual([
      ['u00', 'R', '', 'R\nIntro.'],
      ['h01', 'Aims', 'Aims', 'Aims\nWe aim.'],
      ['h01.01', 'Aims', 'Aims › Detail', 'Detail\nIn detail.'],
    ]);
    expect(doc.sentences.filter((s) => s.sectionId !== 'u00').map((s) => `${s.id} ${s.text}`)).toEqual(['h01.s1 Aims', 'h01.s2 We aim.', 'h01.01.s1 Detail', 'h01.01.s2 In detail.']);
    expect(doc.preamble?.text).toBe('R\nIntro.');
  });
});

describe('the review page', () => {
  it('shows the outline as a collapsible table of contents linking each heading to its section', () => {
    const doc = run('<h1>R</h1><h2>Aims</h2><p>We aim.</p><h3>Detail</h3><p>In detail.</p><h2>Costs</h2><p>Less.</p>', 'page.html');
    const html = renderDocument(doc, 'page', 'd1');
    const toc = /<details class="outline" open>[\s\S]*?\n<\/details>/.exec(html)?.[0] ?? '';
    expect(toc).toContain('<summary>Outline (3 headings)</summary>');
    expect(toc).toContain('<li><details open><summary><a href="#d1-h01"><span class="ol-heading">Aims</span></a></summary><ul><li><a href="#d1-h01.01"><span class="ol-heading">Detail</span></a></li></ul></details></li>');
    expect(toc).toContain('<li><a href="#d1-h02"><span class="ol-heading">Costs</span></a></li>');
    expect(html).toContain('id="d1-h01.01"');
  });
});

// Fixtures with an outline written by hand from the authors' markup.
const CHECKED = fixtureCases().filter((name) => existsSync(join(FIXTURES, name, 'outline.expected.json')));

describe('outlines checked by hand against the authors\' markup', () => {
  it('has hand-checked outlines', () => {
    expect(CHECKED.length).toBeGreaterThanOrEqual(2);
  });

  it.each(CHECKED)('%s', (name) => {
    const doc = runFile(fixtureInput(name));
    const byId = new Map(doc.outline.map((o) => [o.id, o]));
    const got = doc.outline.map((o) => ({
      level: o.level,
      kind: o.kind,
      number: o.number,
      parent: o.parentId ? byId.get(o.parentId)!.text : null,
      text: o.text.replace(/\s+/g, ' ').trim(),
    }));
    expect(got).toEqual(JSON.parse(readFileSync(join(FIXTURES, name, 'outline.expected.json'), 'utf8')));
  });
});

describe('where a bold paragraph and a Content API title sit', () => {
  it('puts a heading one level under the current one beside a bold paragraph, a deeper one under it', () => {
    const doc = run('<h1>Plan</h1><h2>Aims</h2><p><strong>What we do</strong></p><p>Text.</p><h4>Detail</h4><p>Text.</p><h3>Costs</h3><p>Text.</p>', 'page.html');
    expect(tree(doc)).toEqual(['heading: Aims', '  heading: What we do', '    heading: Detail', '  heading: Costs']);
  });

  it('leaves a Content API title out of the outline even when the body has an h1', () => {
    const json = JSON.stringify({ title: 'Budget', details: { body: '<h1>Summary</h1><p>Text.</p><h2>Context</h2><p>Text.</p>' } });
    const doc = run(json, 'page.json');
    expect(doc.title).toBe('Budget');
    expect(tree(doc)).toEqual(['heading: Summary', '  heading: Context']);
  });
});
