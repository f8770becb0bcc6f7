// Every shape of the strategy series, segmented as a reader would: small documents written by hand,
// one row per shape, each with the sections a reader sees (unit, phase, first and last line owned).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../src/stages/load-document.js';
import { readMarkup } from '../src/stages/read-markup.js';
import { segmentSections } from '../src/stages/segment-sections.js';
import { buildOutline } from '../src/stages/build-outline.js';
import { projectSections } from '../src/stages/project-sections.js';
import { findTextTables } from '../src/stages/find-text-tables.js';
import type { Doc } from '../src/model.js';
import { FIXTURES } from './helpers.js';

/**
 * Load, segment, and project the sections from the outline: on every shape of the series the sections
 * stay those segmentation cut, on text built by hand.
 */
function segment(text: string): Doc {
  const doc = loadDocument(new TextEncoder().encode(text), { path: 'shape.txt' });
  readMarkup(doc);
  findTextTables(doc);
  segmentSections(doc);
  buildOutline(doc);
  projectSections(doc);
  return doc;
}

/** What a reader sees: "pre 1-3" for the preamble, then "unit | phase kind year | first-last" per section. */
function outline(doc: Doc): string[] {
  const rows = doc.preamble ? [`pre ${doc.preamble.firstLine}-${doc.preamble.lastLine}`] : [];
  for (const s of doc.sections) {
    // Section u00 is the preamble read as a section ("pre" above).
    if (s.id === 'u00') continue;
    const phase = s.phaseKind ? `${s.phaseKind} ${s.phaseYear}` : '-';
    rows.push(`${s.unit} | ${phase} | ${s.firstLine}-${s.lastLine}`);
  }
  return rows;
}

const lines = (...xs: string[]) => xs.join('\n') + '\n';

// Department-organised page: the unit headings are departments, each over dated phase headings.
const DEPARTMENTS = lines(
  'Action 9: departments will publish their plans', // 1
  'Updated 16 January 2015',
  'Here’s how departments are responding to this action:',
  'Department for Transport', // 4
  'Departmental digital strategy commitments (December 2012)',
  'DfT will publish a plan.',
  'Progress during 2013', // 7
  'DfT published a plan.',
  'Home Office', // 9
  'Progress during 2013',
  'The Home Office hired 4 people.',
  'Planned activities in 2014', // 12
  'It will hire more.',
);
const DEPARTMENTS_OUTLINE = [
  'pre 1-3',
  'Department for Transport | commitments 2012 | 4-6',
  'Department for Transport | progress 2013 | 7-8',
  'Home Office | progress 2013 | 9-11',
  'Home Office | planned 2014 | 12-13',
];

// The December 2012 statements: a department name over one paragraph, no phase headings.
const STATEMENTS = lines(
  'Action 05: All departments will redesign services handling over 100,000 transactions each year',
  'Here\'s how departments are responding to this action:',
  'Attorney General\'s Office', // 3
  'The Law Officers’ departments do not have any such services. Read more »',
  'Department for Communities and Local Government', // 5
  'Awaiting DCLG confirmation',
  'Department for Culture Media & Sport', // 7
  'This is not directly applicable to DCMS. Read more »',
);
const STATEMENTS_OUTLINE = [
  'pre 1-2',
  'Attorney General\'s Office | - | 3-4',
  'Department for Communities and Local Government | - | 5-6',
  'Department for Culture Media & Sport | - | 7-8',
];

const withBlankLines = (text: string) => text.replace(/\n/g, '\n\n');
/** The outline of a text after every line break was doubled: line n becomes 2n-1, its blank 2n. */
const doubled = (rows: string[]) =>
  rows.map((row) => row.replace(/(\d+)-(\d+)$/, (_, a, b) => `${2 * Number(a) - 1}-${2 * Number(b)}`));

const SHAPES: Array<[string, string, string[], string[]]> = [
  ['a department-organised page with phase headings', DEPARTMENTS, DEPARTMENTS_OUTLINE, []],
  [
    'a pipe table without outer pipes under a phase heading: its lines ("Department for Transport", "2015-16") are cells, not units',
    lines(
      'Digital spending by department',
      'Cabinet Office', // 2
      'Progress during 2016',
      'Spending rose in every department.',
      'Department               | 2015-16 | 2016-17', // 5
      '------------------------ | ------- | -------',
      'Department for Transport | 1,250   | 1,400',
      'Home Office              | 640     | 700',
      'Planned activities in 2017', // 9
      'Spending will rise again.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2016 | 2-8', 'Cabinet Office | planned 2017 | 9-10'],
    [],
  ],
  [
    'an action-organised page: "Action N:" lines are the units',
    lines(
      'Department of Health\'s actions in response to the Government Digital Strategy',
      'Updated 16 January 2015',
      'Action 1: Departmental and transactional agency boards will include an active digital leader', // 3
      'Departmental digital strategy commitments (December 2012)',
      'DH is committed to a digital first health system.',
      'Progress during 2013', // 6
      'The digital leader is responsible for the strategy.',
      'Action 2: Departments will build digital capability', // 8
      'Departmental digital strategy commitments (December 2012)',
      'DH will audit its skills.',
    ),
    [
      'pre 1-2',
      'Action 1: Departmental and transactional agency boards will include an active digital leader | commitments 2012 | 3-5',
      'Action 1: Departmental and transactional agency boards will include an active digital leader | progress 2013 | 6-7',
      'Action 2: Departments will build digital capability | commitments 2012 | 8-10',
    ],
    [],
  ],
  [
    'actions with only some phases (a new action need not start the phase run again)',
    lines(
      'Department for Transport\'s actions in response to the Government Digital Strategy',
      'Action 1: Boards will include a digital leader', // 2
      'Progress during 2014',
      'DfT named its leader.',
      'Planned activities in 2015', // 5
      'The leader will report monthly.',
      'Action 2: Departments will redesign services', // 7
      'Progress during 2014',
      'DfT redesigned 3 services.',
      'Action 3: Departments will publish data', // 10
      'Planned activities in 2015',
      'DfT will publish data.',
    ),
    [
      'pre 1-1',
      'Action 1: Boards will include a digital leader | progress 2014 | 2-4',
      'Action 1: Boards will include a digital leader | planned 2015 | 5-6',
      'Action 2: Departments will redesign services | progress 2014 | 7-9',
      'Action 3: Departments will publish data | planned 2015 | 10-12',
    ],
    [],
  ],
  [
    'departments with only some phases, the second starting later in the year than the first ended',
    lines(
      'Action 2: departments will redesign services',
      'Cabinet Office', // 2
      'Progress during 2014',
      'The office redesigned 2 services.',
      'Home Office', // 5
      'Planned activities in 2015',
      'It will redesign 3 more.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2014 | 2-4', 'Home Office | planned 2015 | 5-7'],
    [],
  ],
  [
    'an introduction line between an action heading and its first phase heading',
    lines(
      'Department of Health\'s actions in response to the Government Digital Strategy',
      'Action 4: Departments will build skills', // 2
      'This action asks departments to build digital skills.',
      'Departmental digital strategy commitments (December 2012)', // 4
      'DH will train its staff.',
    ),
    [
      'pre 1-1',
      'Action 4: Departments will build skills | - | 2-3',
      'Action 4: Departments will build skills | commitments 2012 | 4-5',
    ],
    [],
  ],
  [
    'introduction lines between department headings and their first phase headings',
    lines(
      'Action 3: departments will build digital capability',
      'Updated 16 January 2015',
      'Ministry of Justice', // 3
      'The ministry reports for its agencies as well.',
      'Progress during 2013', // 5
      'MOJ hired 12 people.',
      'Ministry of Defence', // 7
      'MOD answered for the whole defence estate.',
      'It also answered for its agencies.',
      'Progress during 2013', // 10
      'MOD trained 300 staff.',
    ),
    [
      'pre 1-2',
      'Ministry of Justice | - | 3-4',
      'Ministry of Justice | progress 2013 | 5-6',
      'Ministry of Defence | - | 7-9',
      'Ministry of Defence | progress 2013 | 10-11',
    ],
    [],
  ],
  ['units with no phase headings, one with a short unpunctuated body line', STATEMENTS, STATEMENTS_OUTLINE, []],
  [
    'units with no phase headings, two short body lines in a row of headings',
    lines(
      'Action 05: All departments will redesign services',
      'Department for Communities and Local Government', // 2
      'Awaiting DCLG confirmation',
      'Department for Education', // 4
      'Awaiting DfE confirmation',
      'Department for Transport', // 6
      'We will re-design 3 exemplar transactions by 2015. Read more »',
    ),
    [
      'pre 1-1',
      'Department for Communities and Local Government | - | 2-3',
      'Department for Education | - | 4-5',
      'Department for Transport | - | 6-7',
    ],
    [],
  ],
  [
    'units with no phase headings after an introduction line without a colon',
    lines(
      'Action 05: All departments will redesign services',
      'Here’s how departments are responding to this action',
      'Home Office', // 3
      'Home Office is one of government’s 7 major transactional departments. Read more »',
      'Ministry of Defence', // 5
      'We will report against the criteria. Read more »',
    ),
    ['pre 1-2', 'Home Office | - | 3-4', 'Ministry of Defence | - | 5-6'],
    [],
  ],
  [
    'a title that names its action after the series, and an introduction that repeats it',
    lines(
      'Government Digital Strategy: December 2013 — Action 12: Broaden the range of suppliers',
      'Action 12: Broaden the range of those capable of supplying digital services, including SMEs.',
      'Here’s how departments are responding to this action:',
      'Department for Environment, Food and Rural Affairs', // 4
      'Progress during 2013',
      'Defra let 14 contracts.',
      'Ministry of Defence', // 7
      'Progress during 2013',
      'MOD let 38 contracts.',
    ),
    [
      'pre 1-3',
      'Department for Environment, Food and Rural Affairs | progress 2013 | 4-6',
      'Ministry of Defence | progress 2013 | 7-9',
    ],
    [],
  ],
  [
    'names spelt differently are unit headings all the same',
    lines(
      'Action 1: ensure there is an active digital leader',
      'The Attorney General’s Office', // 2
      'Progress during 2013',
      'AGO has a digital leader.',
      'Department for Business Innovation & Skills', // 5
      'Progress during 2013',
      'BIS has a digital leader.',
      'Her Majesty\'s Revenue & Customs', // 8
      'Progress during 2013',
      'HMRC has a digital leader.',
    ),
    [
      'pre 1-1',
      'The Attorney General’s Office | progress 2013 | 2-4',
      'Department for Business Innovation & Skills | progress 2013 | 5-7',
      'Her Majesty\'s Revenue & Customs | progress 2013 | 8-10',
    ],
    [],
  ],
  [
    '"Action 05:" with a leading zero is an action heading',
    lines(
      'Ministry of Justice: actions in response to the Government Digital Strategy',
      'Action 05: All departments will redesign services handling over 100,000 transactions each year', // 2
      'Progress during 2013',
      'MOJ redesigned 4 services.',
      'Action 06: All departments will publish their plans', // 5
      'Progress during 2013',
      'MOJ published its plan.',
    ),
    [
      'pre 1-1',
      'Action 05: All departments will redesign services handling over 100,000 transactions each year | progress 2013 | 2-4',
      'Action 06: All departments will publish their plans | progress 2013 | 5-7',
    ],
    [],
  ],
  [
    'page chrome at the top belongs to the preamble and is never a unit',
    lines(
      'Policy paper',
      'Action 1: ensure there is an active digital leader',
      'This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government',
      'Updated 16 January 2015',
      'Cabinet Office', // 5
      'Progress during 2013',
      'EMC has committed to carrying out the digital strategy.',
    ),
    ['pre 1-4', 'Cabinet Office | progress 2013 | 5-7'],
    [],
  ],
  [
    'a page cut off in mid-line keeps its last section and says so',
    lines(
      'Action 1: ensure there is an active digital leader',
      'Cabinet Office',
      'Progress during 2013',
      'EMC has committed to carrying out the digital strategy as a standing item. The cre',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2013 | 2-4'],
    ['text-cut-off'],
  ],
  [
    'a page cut off right after a unit heading ends with that unit, empty',
    lines(
      'Action 1: ensure there is an active digital leader',
      'Cabinet Office',
      'Progress during 2013',
      'EMC has committed to carrying out the digital strategy.',
      'Home Office', // 5
    ),
    ['pre 1-1', 'Cabinet Office | progress 2013 | 2-4', 'Home Office | - | 5-5'],
    ['empty-section'],
  ],
  [
    'later years: "Progress during 2015" and "Planned activities in 2016"',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2015',
      'The office hired 10 people.',
      'Planned activities in 2016', // 5
      'It will hire 10 more.',
      'Home Office', // 7
      'Progress during 2015',
      'The Home Office trained its staff.',
    ),
    [
      'pre 1-1',
      'Cabinet Office | progress 2015 | 2-4',
      'Cabinet Office | planned 2016 | 5-6',
      'Home Office | progress 2015 | 7-9',
    ],
    [],
  ],
  [
    'phase heading variants in capitalisation, spacing and a final colon',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'progress  in 2014',
      'The office hired 10 people.',
      'Planned Activities in 2015', // 5
      'It will hire 10 more.',
      'Home Office', // 7
      'Progress in 2014:',
      'The Home Office trained its staff.',
    ),
    [
      'pre 1-1',
      'Cabinet Office | progress 2014 | 2-4',
      'Cabinet Office | planned 2015 | 5-6',
      'Home Office | progress 2014 | 7-9',
    ],
    [],
  ],
  [
    'the same phase heading twice in one unit keeps both sections and says so',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2013',
      'The office hired 10 people.',
      'Progress during 2013', // 5
      'It trained 40 more.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2013 | 2-4', 'Cabinet Office | progress 2013 | 5-6'],
    ['duplicate-phase'],
  ],
  [
    'phases going back in time with no unit heading between them stay in the unit and say so',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2014',
      'The office hired 10 people.',
      'Progress during 2013', // 5
      'It trained 40 more.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2014 | 2-4', 'Cabinet Office | progress 2013 | 5-6'],
    ['phase-out-of-order'],
  ],
  [
    'a line naming a body after a lead-in ending in a colon is body text, not a unit',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2013',
      'The office set up a new team, called:',
      'Cabinet Office Digital and Technology Team',
      'Planned activities in 2014', // 6
      'The team will grow.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2013 | 2-5', 'Cabinet Office | planned 2014 | 6-7'],
    [],
  ],
  [
    'a short unpunctuated body line above the next phase of the same unit is body text',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Departmental digital strategy commitments (December 2012)',
      'Awaiting confirmation',
      'Progress during 2013', // 5
      'The office hired 10 people.',
    ),
    ['pre 1-1', 'Cabinet Office | commitments 2012 | 2-4', 'Cabinet Office | progress 2013 | 5-6'],
    [],
  ],
  [
    'a unit whose introduction line has no final punctuation: the line naming a body is the unit',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2013',
      'The office hired 10 people.',
      'Home Office', // 5
      'Awaiting confirmation',
      'Progress during 2013',
      'The Home Office trained its staff.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2013 | 2-4', 'Home Office | - | 5-6', 'Home Office | progress 2013 | 7-8'],
    [],
  ],
  [
    'a unit without phase headings between two units with them',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2013',
      'The office hired 10 people.',
      'Wales Office', // 5
      'No update was given this year.',
      'Home Office', // 7
      'Progress during 2013',
      'The Home Office trained its staff.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2013 | 2-4', 'Wales Office | - | 5-6', 'Home Office | progress 2013 | 7-9'],
    [],
  ],
  [
    'a unit without phase headings, its body a short note, between two units with them',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2013',
      'The office hired 10 people.',
      'Wales Office', // 5
      'Awaiting confirmation',
      'Home Office', // 7
      'Progress during 2013',
      'The Home Office trained its staff.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2013 | 2-4', 'Wales Office | - | 5-6', 'Home Office | progress 2013 | 7-9'],
    [],
  ],
  [
    'a phase heading with nothing under it is a section and says so',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2013',
      'Planned activities in 2014', // 4
      'The office will hire 10 people.',
    ),
    ['pre 1-1', 'Cabinet Office | progress 2013 | 2-3', 'Cabinet Office | planned 2014 | 4-5'],
    ['empty-section'],
  ],
  [
    'a document with no headings at all is one section with a warning',
    lines('We will redesign 3 services by 2015.', 'We hired 12 people in June.'),
    [' | - | 1-2'],
    ['no-headings'],
  ],
  [
    'a document of headings only gives empty sections, each said',
    lines(
      'Action 3: departments will build digital capability',
      'Cabinet Office',
      'Progress during 2013',
      'Planned activities in 2014', // 4
      'Home Office', // 5
      'Progress during 2013',
    ),
    [
      'pre 1-1',
      'Cabinet Office | progress 2013 | 2-3',
      'Cabinet Office | planned 2014 | 4-4',
      'Home Office | progress 2013 | 5-6',
    ],
    ['empty-section', 'empty-section', 'empty-section'],
  ],
  ['blank lines everywhere (department page)', withBlankLines(DEPARTMENTS), doubled(DEPARTMENTS_OUTLINE), []],
  ['blank lines everywhere (statements without phases)', withBlankLines(STATEMENTS), doubled(STATEMENTS_OUTLINE), []],
  ['CRLF line endings (department page)', DEPARTMENTS.replace(/\n/g, '\r\n'), DEPARTMENTS_OUTLINE, []],
  ['CRLF line endings (statements without phases)', STATEMENTS.replace(/\n/g, '\r\n'), STATEMENTS_OUTLINE, []],
];

describe('segmenting every shape of the series', () => {
  it.each(SHAPES)('%s', (_name, text, expected, ruleIds) => {
    const doc = segment(text);
    expect(outline(doc)).toEqual(expected);
    expect(doc.messages.map((m) => m.ruleId).sort()).toEqual([...ruleIds].sort());
  });
});

describe('what segmentation records beside the sections', () => {
  it.each([
    ['the title under page chrome', 'Policy paper\nAction 1: lead\nUpdated 16 January 2015\nCabinet Office\nProgress during 2013\nWe did.\n', 'Action 1: lead', '2015-01-16'],
    ['the title of an action-organised page', 'Department of Health\'s actions in response to the Government Digital Strategy\nUpdated 3 March 2014\nAction 1: lead\nProgress during 2013\nWe did.\n', 'Department of Health\'s actions in response to the Government Digital Strategy', '2014-03-03'],
    ['no title when the page starts with a unit', 'Cabinet Office\nProgress during 2013\nWe did.\n', null, null],
    ['no title when a page without headings starts with a sentence', 'We hired 12 people.\nWe trained 40.\n', null, null],
  ])('%s', (_name, text, title, updated) => {
    const doc = segment(text);
    expect(doc.title).toBe(title);
    expect(doc.updated).toBe(updated);
  });

  it.each([
    ['an "Action N:" unit', 'Title\nAction 2: redesign\nProgress during 2013\nWe did.\n', 'action'],
    ['a department unit', 'Title\nMinistry of Justice\nProgress during 2013\nWe did.\n', 'department'],
    ['a department written as its acronym', 'Title\nHMRC\nProgress during 2013\nWe did.\n', 'department'],
    ['a unit of another kind', 'Title\nDigital skills\nProgress during 2013\nWe did.\n', 'other'],
  ])('classifies %s', (_name, text, kind) => {
    expect(segment(text).sections.find((s) => s.id === 'u01.p1')!.unitKind).toBe(kind);
  });
});

// The corpus pages (fixtures/<case>/input.txt), read by a person: unit headings by line, and the phases under each in order.
const CORPUS: Array<[string, number, Array<[number, string, string[]]>, string[]]> = [
  [
    'action-01-digital-leader-excerpt',
    4,
    [
      [5, 'The Attorney General’s Office', ['commitments 2012', 'progress 2013', 'planned 2014', 'progress 2014', 'planned 2015']],
      [16, 'Cabinet Office', ['commitments 2012', 'progress 2013']],
    ],
    ['text-cut-off'],
  ],
  [
    'dept-health-actions-excerpt',
    2,
    [
      [3, 'Action 1: Departmental and transactional agency boards will include an active digital leader', ['commitments 2012', 'progress 2013', 'planned 2014', 'progress 2014']],
    ],
    ['text-cut-off'],
  ],
  [
    'dec-2012-action-05-statements',
    2,
    [
      [3, 'Attorney General\'s Office', ['-']],
      [5, 'Cabinet Office', ['-']],
      [7, 'Department for Business Innovation & Skills', ['-']],
      [9, 'Department for Communities and Local Government', ['-']],
      [11, 'Department for Culture Media & Sport', ['-']],
      [13, 'Department for Education', ['-']],
      [15, 'Department of Energy and Climate Change', ['-']],
      [17, 'Department for Environment Food & Rural Affairs', ['-']],
      [19, 'Department of Health', ['-']],
      [21, 'Department for International Development', ['-']],
      [23, 'Department for Transport', ['-']],
      [25, 'Department for Work and Pensions', ['-']],
      [27, 'Foreign and Commonwealth Office', ['-']],
      [29, 'Her Majesty\'s Revenue & Customs', ['-']],
      [31, 'Her Majesty\'s Treasury', ['-']],
      [33, 'Home Office', ['-']],
      [35, 'Ministry of Defence', ['-']],
      [37, 'Ministry of Justice', ['-']],
    ],
    [],
  ],
];

describe('the corpus pages, as a reader sees them', () => {
  it.each(CORPUS)('%s', (file, preambleEnd, units, ruleIds) => {
    const doc = segment(readFileSync(join(FIXTURES, file, 'input.txt'), 'utf8'));
    expect(doc.preamble).toMatchObject({ firstLine: 1, lastLine: preambleEnd });
    const seen: Array<[number, string, string[]]> = [];
    for (const s of doc.sections) {
      if (s.id === 'u00') continue;
      const phase = s.phaseKind ? `${s.phaseKind} ${s.phaseYear}` : '-';
      if (s.unitLine !== null) seen.push([s.unitLine, s.unit, [phase]]);
      else seen[seen.length - 1][2].push(phase);
    }
    expect(seen).toEqual(units);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(ruleIds);
  });
});

describe('segmentation stays linear on large input', () => {
  it.each([
    ['a 1 MB single line', 'x'.repeat(1_000_000)],
    ['a 1 MB line of spaces and words', 'Progress during '.repeat(65_000)],
    ['100,000 short lines', lines(...Array.from({ length: 25_000 }, (_, i) => [`Unit ${i}`, 'Progress during 2013', 'We did.', ''].join('\n')))],
  ])('%s segments and finishes (a scan quadratic in lines or characters would outlast the timeout)', (_name, text) => {
    const doc = segment(text);
    const owned = doc.sections.filter((s) => s.id !== 'u00').reduce((n, s) => n + s.lastLine - s.firstLine + 1, doc.preamble ? doc.preamble.lastLine : 0);
    expect(owned).toBe(doc.lines.length);
  }, 60_000);
});
