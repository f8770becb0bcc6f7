// What changed between two versions of a page: the alignment, the diff of real published versions and
// of hand-made pairs (one per kind of change) against expected files checked by hand, and the outputs.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { align, similarity, wordDiff, lcsKept, SENTENCE_SIMILARITY } from '../src/diff/align.js';
import { diffDocuments, mergeOrder, summaryLine, type DiffJson, type DiffSide } from '../src/diff/diff.js';
import { diffCsv, diffHtml, DIFF_COLUMNS } from '../src/diff/outputs.js';
import { toDocumentJson } from '../src/emit/document-json.js';
import { FIXTURES, ROOT, runMain, runFile, runText, STACK_LINE } from './helpers.js';

const VERSIONS = join(FIXTURES, 'versions');
const side = (path: string): DiffSide => toDocumentJson(runFile(path)) as unknown as DiffSide;
const sideOfText = (text: string, path = 'page.txt'): DiffSide => toDocumentJson(runText(text, path)) as unknown as DiffSide;

interface ExpectedUnit {
  unitKey: string;
  change: string;
  moved: boolean;
  sentences: { added: number; removed: number; changed: number };
  entitiesAdded?: string[];
  entitiesRemoved?: string[];
  sections?: Array<{ phaseKind: string; phaseYear: number; change: string; phase: string; oldPhase?: string }>;
}

/** The diff as the expected files write it: the units that changed or moved, with counts. */
function project(diff: DiffJson, expected: ExpectedUnit[]): { summary: string; units: ExpectedUnit[] } {
  const want = new Map(expected.map((u) => [u.unitKey, u]));
  const units = diff.units
    .filter((u) => u.change !== 'unchanged' || u.moved)
    .map((u) => {
      const sentences = u.sections.flatMap((s) => s.sentences);
      const count = (c: string) => sentences.filter((s) => s.change === c).length;
      const out: ExpectedUnit = { unitKey: u.unitKey, change: u.change, moved: u.moved, sentences: { added: count('added'), removed: count('removed'), changed: count('changed') } };
      const w = want.get(u.unitKey);
      const entity = (e: { type: string; value: unknown }) => `${e.type} ${e.value}`;
      if (w?.entitiesAdded) out.entitiesAdded = u.sections.flatMap((s) => s.entities.added.map(entity));
      if (w?.entitiesRemoved) out.entitiesRemoved = u.sections.flatMap((s) => s.entities.removed.map(entity));
      if (w?.sections) {
        out.sections = u.sections
          .filter((s) => s.change !== 'unchanged')
          .map((s) => ({ phaseKind: s.phaseKind!, phaseYear: s.phaseYear!, change: s.change, phase: s.phase!, ...(s.oldPhase !== undefined ? { oldPhase: s.oldPhase! } : {}) }));
      }
      return out;
    });
  return { summary: diff.summary.text, units };
}

describe('alignment', () => {
  it.each([
    ['the same text', 'DfT will train staff.', 'DfT will train staff.', 1],
    ['no word in common', 'Coming soon...', 'Awaiting DCLG confirmation', 0],
    ['one word of four changed', 'train 2,000 staff now', 'train 2,500 staff now', 0.75],
  ])('similarity of %s', (_, a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 5);
  });

  it('pairs a reworded sentence as changed and a new one as added, in order', () => {
    const steps = align(['A plan will be published.', 'We will hire 3 staff.', 'Read more »'], ['A plan was published in May.', 'Read more »', 'A new sentence entirely.'], (s) => s);
    expect(steps.map((s) => s.kind)).toEqual(['changed', 'removed', 'same', 'added']);
    expect(similarity('A plan will be published.', 'A plan was published in May.')).toBeGreaterThanOrEqual(SENTENCE_SIMILARITY);
  });

  it('keeps the longest run in order and marks the rest', () => {
    expect([...lcsKept(['a', 'b', 'c'], ['b', 'a', 'c'])].sort()).toEqual([0, 2]);
    // A key only the old order has goes after the key it followed there: x after a, y after b.
    expect(mergeOrder(['a', 'x', 'b', 'y'], ['b', 'a', 'z'])).toEqual(['b', 'y', 'a', 'x', 'z']);
  });

  it('diffs words so that the pieces join back to each side', () => {
    const pieces = wordDiff('train at least 2,000 staff', 'train at least 2,500 staff');
    expect(pieces.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('train at least 2,000 staff');
    expect(pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('train at least 2,500 staff');
    expect(pieces.filter((p) => p.kind !== 'same').map((p) => `${p.kind} ${p.text}`)).toEqual(['removed 2,000', 'added 2,500']);
  });

  it.each([
    [{ unitsChanged: 2, unitsAdded: 1, unitsRemoved: 0, orderChanged: true }, '2 units changed, 1 added, order changed'],
    [{ unitsChanged: 0, unitsAdded: 0, unitsRemoved: 1, orderChanged: false }, '1 unit removed'],
    [{ unitsChanged: 0, unitsAdded: 0, unitsRemoved: 0, orderChanged: true }, 'order changed'],
    [{ unitsChanged: 0, unitsAdded: 0, unitsRemoved: 0, orderChanged: false }, 'no changes'],
  ])('summary line %#: %s', (counts, line) => {
    const zero = { unitsUnchanged: 0, unitsMoved: 0, sectionsAdded: 0, sectionsRemoved: 0, sentencesAdded: 0, sentencesRemoved: 0, sentencesChanged: 0, entitiesAdded: 0, entitiesRemoved: 0 };
    expect(summaryLine({ ...zero, ...counts })).toBe(line);
  });
});

const real = JSON.parse(readFileSync(join(VERSIONS, 'real-pairs.expected.json'), 'utf8')) as {
  pairs: Array<{ name: string; old: string; new: string; summary: string; units: ExpectedUnit[] }>;
};

describe('published versions of the December 2012 statements (expected changes read by hand)', () => {
  it('covers every consecutive pair of ../shared/corpus/versions', () => {
    expect(real.pairs.length).toBe(19);
  });

  it.each(real.pairs.map((p) => [p.name, p] as const))('%s', (_, pair) => {
    const diff = diffDocuments(side(join(ROOT, pair.old)), side(join(ROOT, pair.new)));
    expect(project(diff, pair.units)).toEqual({ summary: pair.summary, units: pair.units });
  });
});

const MADE = ['unit-added', 'unit-removed', 'renamed-heading', 'phase-added', 'number-changed', 'reordered-only'];

describe('hand-made pairs, one per kind of change', () => {
  it.each(MADE)('%s', (name) => {
    const dir = join(VERSIONS, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { summary: string; units: ExpectedUnit[] };
    const diff = diffDocuments(side(join(dir, 'old.txt')), side(join(dir, 'new.txt')));
    expect(project(diff, expected.units)).toEqual({ summary: expected.summary, units: expected.units });
  });

  it('gives the same diff from two document.json as from the two pages', () => {
    const dir = join(VERSIONS, 'number-changed');
    const fromPages = diffDocuments(side(join(dir, 'old.txt')), side(join(dir, 'new.txt')));
    const viaJson = (p: string) => JSON.parse(JSON.stringify(toDocumentJson(runFile(p)))) as DiffSide;
    expect(diffDocuments(viaJson(join(dir, 'old.txt')), viaJson(join(dir, 'new.txt')))).toEqual(fromPages);
  });

  it('finds no change between a page and itself', () => {
    const page = side(join(VERSIONS, 'unit-added', 'old.txt'));
    const diff = diffDocuments(page, page);
    expect(diff.summary.text).toBe('no changes');
    expect(diff.units.every((u) => u.change === 'unchanged' && !u.moved)).toBe(true);
  });
});

describe('diff outputs', () => {
  const oldText = 'Title\nDepartment for Transport\nCommitments (December 2012)\nDfT will train 2,000 staff.\n=SUM(A1) was here.\n';
  const newText = 'Title\nDepartment for Transport\nCommitments (December 2012)\nDfT will train 2,500 staff <script>alert(1)</script>.\n';
  const diff = diffDocuments(sideOfText(oldText, 'old.txt'), sideOfText(newText, 'new.txt'));

  it('writes one CSV row per changed sentence and entity, both sides located, formulas guarded', () => {
    const rows = parse(diffCsv(diff, { bom: false }), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual([...DIFF_COLUMNS.map((c) => c.name), 'escaped']);
    const sentences = rows.filter((r) => r.kind === 'sentence');
    expect(sentences.map((r) => r.change)).toEqual(['changed', 'removed']);
    expect(sentences[0].old_text).toBe('DfT will train 2,000 staff.');
    expect(sentences[0].old_start_line).toBe('4');
    expect(sentences[0].new_start_line).toBe('4');
    expect(sentences[1].old_text).toBe("'=SUM(A1) was here.");
    expect(sentences[1].escaped).toBe('old_text');
    const entities = rows.filter((r) => r.kind === 'entity').map((r) => `${r.change} ${r.entity_type} ${r.old_value || r.new_value}`);
    expect(entities).toEqual(expect.arrayContaining(['removed number 2000', 'added number 2500']));
  });

  it('escapes every text in the HTML and marks the changed words', () => {
    const html = diffHtml(diff);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&#60;script&#62;alert(1)');
    expect(html).toContain('<del>2,000</del>');
    expect(html).toContain('<ins>2,500</ins>');
  });
});

describe('policy-extract diff on the command line', () => {
  it('writes diff.json, diff.csv and diff.html and prints the summary', async () => {
    const out = mkdtempSync(join(tmpdir(), 'policy-extract-diff-'));
    const dir = join(VERSIONS, 'unit-added');
    const result = await runMain(['diff', join(dir, 'old.txt'), join(dir, 'new.txt'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('1 unit added\n');
    const json = JSON.parse(readFileSync(join(out, 'diff.json'), 'utf8')) as DiffJson;
    expect(Object.keys(json)).toEqual(['schemaVersion', 'old', 'new', 'units', 'summary']);
    expect(json.summary.sentenceSimilarity).toBe(0.5);
    expect(Object.keys(json.old)).toEqual(['path', 'sha256', 'title', 'updated']);
    // The preamble (title and introduction) is read as section u00 and compared like any unit, keyed "document".
    expect(json.units.map((u) => `${u.unitKey} ${u.change}`)).toEqual(['document unchanged', 'dft unchanged', 'hmrc unchanged', 'ho added', 'moj unchanged']);
    expect(readFileSync(join(out, 'diff.csv'), 'utf8').startsWith('\ufeffchange,kind,')).toBe(true);
    expect(readFileSync(join(out, 'diff.html'), 'utf8')).toContain('Home Office');
  });

  it('names a missing file and exits 1 without a stack trace', async () => {
    const out = mkdtempSync(join(tmpdir(), 'policy-extract-diff-'));
    const result = await runMain(['diff', 'no-such-old.txt', join(VERSIONS, 'unit-added', 'new.txt'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('policy-extract: no-such-old.txt: no such file; check the path\n');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('asks for two files', async () => {
    const result = await runMain(['diff', join(VERSIONS, 'unit-added', 'new.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('diff needs two files');
  });

  it('reads a document.json that run wrote', async () => {
    const out = mkdtempSync(join(tmpdir(), 'policy-extract-diff-'));
    const dir = join(VERSIONS, 'reordered-only');
    writeFileSync(join(out, 'old.json'), JSON.stringify(toDocumentJson(runFile(join(dir, 'old.txt')))));
    writeFileSync(join(out, 'new.json'), JSON.stringify(toDocumentJson(runFile(join(dir, 'new.txt')))));
    const result = await runMain(['diff', join(out, 'old.json'), join(out, 'new.json'), '--out', join(out, 'd')]);
    expect(result.stdout).toBe('order changed\n');
  });
});
