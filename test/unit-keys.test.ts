// One unit key across documents: a department's rows from different pages, in different spellings, line
// up under one key; action pages carry their department as metadata under the same key.
import { describe, expect, it } from 'vitest';
import { unitKey } from '../src/units/unit-key.js';
import { knownDepartmentKey } from '../src/units/departments.js';
import { fixtureInput, runFile, runText, SEED_FILE } from './helpers.js';

describe('the key of a unit heading', () => {
  it.each([
    ["Attorney General's Office", 'ago'],
    ['The Attorney General’s Office', 'ago'],
    ['Attorney General’s Office (AGO)', 'ago'],
    ['Department for Business Innovation & Skills', 'bis'],
    ['Department for Business, Innovation and Skills', 'bis'],
    ['Her Majesty’s Revenue and Customs', 'hmrc'],
    ['HM Revenue & Customs', 'hmrc'],
    ["Her Majesty's Revenue & Customs", 'hmrc'],
    ['HMRC', 'hmrc'],
    ['Department for Transport (DfT)', 'dft'],
    ['Department for Environment Food & Rural Affairs', 'defra'],
    ['Action 05: All departments will redesign services handling over 100,000 transactions each year', 'action-5'],
    ['Action 1: ensure there is an active digital leader', 'action-1'],
    // Not in the general table: the heading's own acronym, then the normalised name.
    ['Crown Commercial Service (CCS)', 'ccs'],
    ['Government Procurement Service', 'government-procurement-service'],
    ['The Government Procurement Service', 'government-procurement-service'],
    ['GDS', 'gds'],
  ])('"%s" → %s', (heading, key) => {
    expect(unitKey(heading)).toBe(key);
  });

  it.each([
    ['its whole name', 'Crown Commercial Service', [['crown-commercial-service', 'CCS']], 'ccs'],
    ['the end of its name, with the name’s initials', 'Crown Commercial Service', [['commercial-service', 'CCS']], 'ccs'],
    ['the end of its name, not with its initials', 'Government Procurement Service', [['procurement-service', 'PS']], 'government-procurement-service'],
    ['another name', 'Government Procurement Service', [['crown-commercial-service', 'CCS']], 'government-procurement-service'],
  ])('uses an acronym the document defines for %s', (_name, heading, defined, key) => {
    expect(unitKey(heading, new Map(defined as Array<[string, string]>))).toBe(key);
  });

  it('prefers the general table to a document’s own spelling of the acronym, so pages agree', () => {
    expect(unitKey('Ministry of Justice', new Map([['ministry-of-justice', 'MoJ']]))).toBe('moj');
    expect(knownDepartmentKey('MoJ')).toBe('moj');
  });
});

describe('keys set by the pipeline', () => {
  it.each([
    [
      'a department defined by an acronym in the body',
      'Action 3: build skills\nCrown Commercial Service\nProgress during 2013\nCrown Commercial Service (CCS) hired 5 people.\n',
      ['ccs'],
    ],
    ['actions by number', 'Title\nAction 05: redesign\nProgress during 2013\nWe did.\nAction 6: publish\nProgress during 2013\nWe did.\n', ['action-5', 'action-6']],
    ['a page without structure', 'We hired 12 people.\nWe trained 40.\n', ['document']],
  ])('%s', (_name, text, keys) => {
    // The units' keys; the preamble (section u00) belongs to the document as a whole.
    expect([...new Set(runText(text).sections.filter((s) => s.id !== 'u00').map((s) => s.unitKey))]).toEqual(keys);
  });

  it.each([
    [
      'an action page names its department in the title',
      "Department of Health's actions in response to the Government Digital Strategy\nAction 1: lead\nProgress during 2013\nWe did.\n",
      { department: 'Department of Health', departmentKey: 'dh' },
    ],
    [
      'a department page keyed by the acronym its title defines',
      'HM Revenue & Customs’ actions in response to the Government Digital Strategy\nAction 1: lead\nProgress during 2013\nWe did.\n',
      { department: 'HM Revenue & Customs', departmentKey: 'hmrc' },
    ],
    [
      'a page about one action names the action',
      'Action 05: All departments will redesign services\nHome Office\nProgress during 2013\nWe did.\n',
      { action: 'Action 05: All departments will redesign services', actionKey: 'action-5' },
    ],
  ])('%s', (_name, text, metadata) => {
    expect(runText(text).metadata).toMatchObject(metadata);
  });

  it.each([
    ['the same department twice, spelt differently', 'Action 1: lead\nHM Treasury\nProgress during 2013\nWe did.\nHer Majesty’s Treasury\nProgress during 2013\nWe did.\n', ['duplicate-unit']],
    ['two departments', 'Action 1: lead\nHM Treasury\nProgress during 2013\nWe did.\nHome Office\nProgress during 2013\nWe did.\n', []],
  ])('%s: %j', (_name, text, ruleIds) => {
    expect(runText(text).messages.map((m) => m.ruleId).filter((r) => r === 'duplicate-unit')).toEqual(ruleIds);
  });

  it('lines up a department from its own action page with its sections on a department-organised page', () => {
    const actionPage = runText(
      "Department of Health's actions in response to the Government Digital Strategy\nAction 1: lead\nProgress during 2013\nWe did.\n",
    );
    const departmentPage = runText('Action 1: lead\nCabinet Office\nProgress during 2013\nWe did.\nDepartment of Health\nProgress during 2013\nDH did.\n');
    expect(departmentPage.sections.map((s) => s.unitKey)).toContain(actionPage.metadata.departmentKey);
  });
});

// Headings of the departments both pages report on, as written in each (read from the files).
const SHARED_DEPARTMENTS: Array<[string, string, string]> = [
  ['The Attorney General’s Office', "Attorney General's Office", 'ago'],
  ['Cabinet Office', 'Cabinet Office', 'co'],
  ['Department for Business, Innovation and Skills', 'Department for Business Innovation & Skills', 'bis'],
  ['Department for Culture, Media and Sport', 'Department for Culture Media & Sport', 'dcms'],
  ['Department for Education', 'Department for Education', 'dfe'],
  ['Department for Environment, Food and Rural Affairs', 'Department for Environment Food & Rural Affairs', 'defra'],
  ['Department for International Development', 'Department for International Development', 'dfid'],
  ['Department for Transport', 'Department for Transport', 'dft'],
  ['Department for Work and Pensions', 'Department for Work and Pensions', 'dwp'],
  ['Department of Energy and Climate Change', 'Department of Energy and Climate Change', 'decc'],
  ['Department of Health', 'Department of Health', 'dh'],
  ['Foreign and Commonwealth Office', 'Foreign and Commonwealth Office', 'fco'],
  ['Her Majesty’s Revenue and Customs', "Her Majesty's Revenue & Customs", 'hmrc'],
  ['Her Majesty’s Treasury', "Her Majesty's Treasury", 'hmt'],
  ['Home Office', 'Home Office', 'ho'],
  ['Ministry of Defence', 'Ministry of Defence', 'mod'],
  ['Ministry of Justice', 'Ministry of Justice', 'moj'],
];

describe('the seed page and the December 2012 statements line up by department', () => {
  const seed = runFile(SEED_FILE);
  const statements = runFile(fixtureInput('dec-2012-action-05-statements'));
  const keyOf = (doc: typeof seed, heading: string) => doc.sections.find((s) => s.unit === heading)?.unitKey;

  it.each(SHARED_DEPARTMENTS)('"%s" and "%s" are both %s', (seedHeading, statementHeading, key) => {
    expect(keyOf(seed, seedHeading)).toBe(key);
    expect(keyOf(statements, statementHeading)).toBe(key);
  });

  it('shares exactly the departments both pages report on', () => {
    const units = (doc: typeof seed) => doc.sections.filter((s) => s.id !== 'u00');
    const seedKeys = new Set(units(seed).map((s) => s.unitKey));
    const statementKeys = new Set(units(statements).map((s) => s.unitKey));
    const shared = [...seedKeys].filter((k) => statementKeys.has(k)).sort();
    expect(shared).toEqual(SHARED_DEPARTMENTS.map(([, , k]) => k).sort());
    // The statements also report on the Department for Communities and Local Government.
    expect([...statementKeys].filter((k) => !seedKeys.has(k))).toEqual(['dclg']);
  });
});
