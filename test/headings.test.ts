// The heading grammar, line by line: phase headings, action headings, chrome, heading form, names.
import { describe, expect, it } from 'vitest';
import {
  isChrome,
  isTitleCase,
  looksLikeHeading,
  parseActionHeading,
  parsePhaseHeading,
  parseTitleDepartment,
  parseUpdatedLine,
  splitDefinedAcronym,
} from '../src/headings.js';
import { nameKey } from '../src/units/name-key.js';

describe('phase headings in any year, capitalisation and spacing', () => {
  it.each([
    ['Departmental digital strategy commitments (December 2012)', 'commitments', 2012, 12],
    ['Digital strategy commitments 2012', 'commitments', 2012, null],
    ['Progress during 2013', 'progress', 2013, null],
    ['Progress in 2014', 'progress', 2014, null],
    ['Progress in 2014:', 'progress', 2014, null],
    ['progress  in 2014', 'progress', 2014, null],
    ['PROGRESS DURING 2015', 'progress', 2015, null],
    ['  Progress during 2015  ', 'progress', 2015, null],
    ['Progress\u00a0during\t2013', 'progress', 2013, null],
    ['Planned activities in 2014', 'planned', 2014, null],
    ['Planned Activities in 2015', 'planned', 2015, null],
    ['Planned activities in 2016', 'planned', 2016, null],
  ])('"%s" is %s %s', (line, kind, year, month) => {
    expect(parsePhaseHeading(line)).toEqual({ kind, year, month });
  });

  it.each([
    ['a sentence about progress', 'Progress during 2013 was slow.'],
    ['a sentence starting with a phase word', 'Planned activities in 2014 include a skills audit and a review'],
    ['a bare "Commitments"', 'Commitments'],
    ['a department name', 'Department for Transport'],
    ['a blank line', '   '],
    ['a very long line', 'Progress during 2013 '.repeat(50_000)],
  ])('%s is not a phase heading', (_name, line) => {
    expect(parsePhaseHeading(line)).toBeNull();
  });
});

describe('action headings', () => {
  it.each([
    ['Action 1: ensure there is an active digital leader', 1],
    ['Action 05: All departments will redesign services', 5],
    ['Action 12 – publish the data', 12],
    ['action 3. build capability', 3],
    ['Action 7', 7],
  ])('"%s" is action %i', (line, n) => {
    expect(parseActionHeading(line)).toBe(n);
  });

  it.each([['Actions taken in 2013'], ['Action on skills was slow'], ['This action forms part of the Government Digital Strategy.']])(
    '"%s" is not an action heading',
    (line) => {
      expect(parseActionHeading(line)).toBeNull();
    },
  );
});

describe('page chrome', () => {
  it.each([
    ['Policy paper', true],
    ['This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government', true],
    ['Read more »', true],
    ['Is this page useful?', true],
    ['Cabinet Office', false],
    ['The policy paper was published in 2013.', false],
  ])('"%s" → %s', (line, chrome) => {
    expect(isChrome(line)).toBe(chrome);
  });
});

describe('the form of a unit heading', () => {
  it.each([
    ['The Attorney General’s Office', true],
    ['Department for Business Innovation & Skills', true],
    ['Her Majesty’s Revenue and Customs', true],
    ['Attorney General’s Office (AGO)', true],
    ['Awaiting DCLG confirmation', true], // the form alone cannot tell it from a heading; structure does
    ['DH will:', false],
    ['AGO used internal digital platforms as a way of raising specialist digital skills.', false],
    ['- evaluating digital propositions', false],
    ['the department increased capability', false],
    ['x'.repeat(1_000_000), false],
  ])('"%s" → %s', (line, heading) => {
    expect(looksLikeHeading(line)).toBe(heading);
  });

  it.each([
    ['Office of the Advocate General for Scotland', true],
    ['Department for Culture, Media and Sport', true],
    ['Some of the department’s larger ALBs also app', false],
    ['Awaiting DCLG confirmation', false],
  ])('"%s" in title case → %s', (line, titleCase) => {
    expect(isTitleCase(line)).toBe(titleCase);
  });
});

describe('date lines', () => {
  it.each([
    ['Updated 16 January 2015', { kind: 'updated', iso: '2015-01-16' }],
    ['Last updated 3 March 2014', { kind: 'updated', iso: '2014-03-03' }],
    ['Published 1 December 2012', { kind: 'published', iso: '2012-12-01' }],
    ['Updated in January', null],
  ])('"%s"', (line, expected) => {
    expect(parseUpdatedLine(line)).toEqual(expected);
  });
});

describe('names of units', () => {
  it.each([
    ['Attorney General’s Office (AGO)', 'Attorney General’s Office', 'AGO'],
    ['Department for Transport (DfT)', 'Department for Transport', 'DfT'],
    ['Department for Transport', 'Department for Transport', null],
    ['Digital by default (2013 onwards)', 'Digital by default (2013 onwards)', null],
  ])('"%s" names "%s" and defines %s', (heading, name, acronym) => {
    expect(splitDefinedAcronym(heading)).toEqual({ name, acronym });
  });

  it.each([
    ['The Attorney General’s Office', 'attorney-generals-office'],
    ["Attorney General's Office", 'attorney-generals-office'],
    ['Department for Business Innovation & Skills', 'department-for-business-innovation-and-skills'],
    ['Department for Business, Innovation and Skills', 'department-for-business-innovation-and-skills'],
    ['Her Majesty’s Revenue and Customs', 'hm-revenue-and-customs'],
    ['HM Revenue & Customs', 'hm-revenue-and-customs'],
    ['  Home   Office ', 'home-office'],
  ])('"%s" → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it.each([
    ["Department of Health's actions in response to the Government Digital Strategy", 'Department of Health'],
    ['Department of Health’s actions in response to the Government Digital Strategy', 'Department of Health'],
    ['HM Treasury’s response to the Government Digital Strategy', 'HM Treasury'],
    ['Ministry of Justice: actions in response to the Government Digital Strategy', 'Ministry of Justice'],
    ['Action 1: ensure there is an active digital leader', null],
    ['Government Digital Strategy: December 2013', null],
    ["Here's how departments are responding to this action:", null],
  ])('the title "%s" names the department %s', (title, department) => {
    expect(parseTitleDepartment(title)).toBe(department);
  });
});
