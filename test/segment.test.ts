// The seed page, segmented as a reader sees it: 17 departments, each with five dated phases.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runFile, SEED_FILE } from './helpers.js';

const SEED = SEED_FILE;
const seedLines = readFileSync(SEED, 'utf8').split(/\r\n|\r|\n/);

// Unit headings as a reader finds them in the page (line number, text).
const UNITS: Array<[number, string]> = [
  [5, 'The Attorney General’s Office'],
  [17, 'Cabinet Office'],
  [38, 'Department for Business, Innovation and Skills'],
  [59, 'Department for Culture, Media and Sport'],
  [75, 'Department for Education'],
  [86, 'Department for Environment, Food and Rural Affairs'],
  [97, 'Department for International Development'],
  [112, 'Department for Transport'],
  [128, 'Department for Work and Pensions'],
  [143, 'Department of Energy and Climate Change'],
  [162, 'Department of Health'],
  [195, 'Foreign and Commonwealth Office'],
  [207, 'Her Majesty’s Revenue and Customs'],
  [224, 'Her Majesty’s Treasury'],
  [236, 'Home Office'],
  [255, 'Ministry of Defence'],
  [272, 'Ministry of Justice'],
];

// The phase headings the page uses, written out; the test finds their lines by exact comparison,
// independently of the heading grammar under test.
const PHASES: Record<string, [string, number]> = {
  'Departmental digital strategy commitments (December 2012)': ['commitments', 2012],
  'Progress during 2013': ['progress', 2013],
  'Planned activities in 2014': ['planned', 2014],
  'Progress during 2014': ['progress', 2014],
  'Progress in 2014': ['progress', 2014],
  'Planned activities in 2015': ['planned', 2015],
  'Planned Activities in 2015': ['planned', 2015],
};
const phaseLines = seedLines.flatMap((text, i) => (text in PHASES ? [i + 1] : []));

describe('segmenting the seed page', () => {
  const doc = runFile(SEED);

  it('finds 17 units and 85 phase sections, after the preamble read as section u00', () => {
    expect(new Set(doc.sections.map((s) => s.unitIndex))).toEqual(new Set(Array.from({ length: 18 }, (_, i) => i)));
    expect(doc.sections.filter((s) => s.phase !== null)).toHaveLength(85);
    expect(doc.sections).toHaveLength(86);
    expect(doc.sections[0]).toMatchObject({ id: 'u00', unitIndex: 0, unitKey: 'document', firstLine: 1, lastLine: 4, phase: null });
    expect(phaseLines).toHaveLength(85);
  });

  it.each(UNITS.map(([line, text], i) => [i + 1, line, text] as const))('unit %i is "%s" on line %i', (index, line, text) => {
    const sections = doc.sections.filter((s) => s.unitIndex === index);
    expect(sections[0].unit).toBe(text);
    expect(sections[0].unitLine).toBe(line);
    expect(sections[0].firstLine).toBe(line);
    expect(sections.map((s) => [s.phaseKind, s.phaseYear])).toEqual([
      ['commitments', 2012],
      ['progress', 2013],
      ['planned', 2014],
      ['progress', 2014],
      ['planned', 2015],
    ]);
    expect(sections.every((s) => s.unitKind === 'department')).toBe(true);
  });

  it('gives every phase section exactly the lines from its heading to the next heading', () => {
    const headingLines = [...UNITS.map(([l]) => l), ...phaseLines].sort((a, b) => a - b);
    const phased = doc.sections.filter((s) => s.phase !== null);
    expect(phased.map((s) => s.headingLine)).toEqual(phaseLines);
    for (const section of phased) {
      const next = headingLines.find((l) => l > section.headingLine!) ?? seedLines.length + 1;
      const lastLine = seedLines[seedLines.length - 1] === '' ? seedLines.length - 1 : seedLines.length;
      expect(section.startLine).toBe(section.headingLine! + 1);
      expect(section.endLine).toBe(Math.min(next - 1, lastLine));
      expect(PHASES[section.phase!]).toEqual([section.phaseKind, section.phaseYear]);
      expect(section.text).toBe(seedLines.slice(section.startLine! - 1, section.endLine!).join('\n'));
    }
  });

  it('keeps the title, the updated date and the introduction in the preamble', () => {
    expect(doc.preamble).toMatchObject({ firstLine: 1, lastLine: 4 });
    expect(doc.title).toBe(seedLines[0]);
    expect(doc.updated).toBe('2015-01-16');
  });

  it('gives sections ids from structure', () => {
    expect(doc.sections.slice(0, 7).map((s) => s.id)).toEqual(['u00', 'u01.p1', 'u01.p2', 'u01.p3', 'u01.p4', 'u01.p5', 'u02.p1']);
  });
});
