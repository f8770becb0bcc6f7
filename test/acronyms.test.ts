// Acronym definitions (Schwartz–Hearst pairing), uses resolved for the whole document, and whole
// documents written in the genre's style, read through the pipeline so that tests see final behaviour.
import { describe, expect, it } from 'vitest';
import { acronymType, findAcronymDefinitions } from '../src/stages/find-acronyms.js';
import { runText } from './helpers.js';
import type { Doc } from '../src/model.js';

function definitions(text: string): string[] {
  return findAcronymDefinitions(text)
    .map((d) => ({ short: d.short, long: text.slice(d.long[0], d.long[1]) }))
    .filter((d) => acronymType(d.long) !== null)
    .map((d) => `${d.short}=${d.long}/${acronymType(d.long)}`);
}

describe('Schwartz–Hearst definitions', () => {
  it.each([
    ['It will work with the Government Digital Service (GDS) on the redesign.', ['GDS=Government Digital Service/organisation']],
    ['It will work with the ‘Government Digital Service’ (GDS) on the redesign.', ['GDS=Government Digital Service/organisation']],
    ['It will work with the Government Digital Service, (GDS) on the redesign.', ['GDS=Government Digital Service/organisation']],
    ['Help came from (Government Digital Service (GDS)) staff.', ['GDS=Government Digital Service/organisation']],
    ['The Department for Education (DfE) will create a digital culture.', ['DfE=Department for Education/organisation']],
    ['Her Majesty’s Revenue and Customs (HMRC) will create a team.', ['HMRC=Her Majesty’s Revenue and Customs/organisation']],
    ['The Valuation Office Agency (VOA) moved its services online.', ['VOA=Valuation Office Agency/organisation']],
    ['Department for Culture, Media and Sport (DCMS) recognises the need.', ['DCMS=Department for Culture, Media and Sport/organisation']],
    ['Department for Business, Innovation and Skills (BIS) will audit demand.', ['BIS=Department for Business, Innovation and Skills/organisation']],
    ['It will implement the Digital Transformation Framework (DTF) in 2015.', ['DTF=Digital Transformation Framework/programme']],
    ['Cabinet Office’s Executive Management Committee (EMC) leads on digital.', ['EMC=Executive Management Committee/organisation']],
    ['The Department for Environment, Food and Rural Affairs (Defra) published a plan.', ['Defra=Department for Environment, Food and Rural Affairs/organisation']],
    // Words whose initials spell the short form win over letters found inside a word ("Commer-c-ial").
    ['The Crown Commercial Service (CCS) manages the frameworks.', ['CCS=Crown Commercial Service/organisation']],
    ['The Office for National Statistics (ONS) published the figures.', ['ONS=Office for National Statistics/organisation']],
    ['It set key performance indicators (KPIs) for the teams.', []],
    ['It consulted its arm’s length bodies (ALBs) on the plan.', []],
    ['A cross-arm’s length body (ALB) board meets monthly.', []],
    ['Each programme has a Senior Responsible Owner (SRO) at director level.', []],
    ['Costs fell (see Annex A) this year.', []],
    // Sentence case names a kind of thing; a measure is no entity.
    ['Personal video recorder (PVR) ownership rose.', []],
    ['Personal digital assistant (PDA)', []],
    ['Growth in Gross Domestic Product (GDP) slowed.', []],
    ['Total Managed Expenditure (TME) is forecast to rise.', []],
  ])('%s', (sentence, expected) => {
    expect(definitions(sentence)).toEqual(expected);
  });
});

const NAME_TYPES = new Set(['organisation', 'person', 'place', 'programme']);

/** "line type text = value" for each name mention of a document. */
function mentions(doc: Doc): string[] {
  return doc.entities.filter((e) => NAME_TYPES.has(e.type)).map((e) => `${e.start!.line} ${e.type} ${e.text} = ${e.value}`);
}

const HEAD = 'Action 9: departments will publish their digital plans\nUpdated 16 January 2015\nHere’s how departments are responding to this action:\n';

describe('acronyms through the pipeline', () => {
  it('resolves a use that comes before the definition', () => {
    const doc = runText(`${HEAD}Department for Work and Pensions\nProgress during 2013\nDWP launched a new service.\nProgress during 2014\nThe Department for Work and Pensions (DWP) grew its digital team.\n`);
    expect(mentions(doc)).toEqual([
      '6 organisation DWP = Department for Work and Pensions',
      '8 organisation Department for Work and Pensions = Department for Work and Pensions',
      '8 organisation DWP = Department for Work and Pensions',
    ]);
  });

  it('keeps a leading "The" out of the long form and of the acronyms table', () => {
    const doc = runText(`${HEAD}Attorney General’s Office\nProgress during 2014\nThe Attorney General’s Office (AGO) has a digital lead. AGO will report in 2015.\n`);
    expect(doc.acronyms.map((a) => `${a.short}=${a.long}/${a.type}`)).toEqual(['AGO=Attorney General’s Office/organisation']);
    expect(mentions(doc)).toEqual([
      '6 organisation Attorney General’s Office = Attorney General’s Office',
      '6 organisation AGO = Attorney General’s Office',
      '6 organisation AGO = Attorney General’s Office',
    ]);
  });

  it('makes no mention of a generic acronym or its definition', () => {
    const doc = runText(`${HEAD}Department of Health\nProgress during 2014\nDH worked with its arm’s length bodies (ALBs). Several ALBs set key performance indicators (KPIs).\n`);
    expect(doc.acronyms).toEqual([]);
    expect(mentions(doc)).toEqual(['6 organisation DH = DH']);
  });

  it('types a programme acronym as a programme everywhere', () => {
    const doc = runText(`${HEAD}Department for Transport\nProgress during 2014\nIt adopted the Digital Transformation Framework (DTF). The DTF will guide every exemplar.\n`);
    expect(mentions(doc)).toEqual([
      '6 programme Digital Transformation Framework = Digital Transformation Framework',
      '6 programme DTF = Digital Transformation Framework',
      '6 programme DTF = Digital Transformation Framework',
    ]);
  });

  // A place or group of states known by its initials, and a system named for what it holds.
  it('types a place acronym as a place, and a system as a programme, everywhere', () => {
    const doc = runText(`${HEAD}Department for Transport\nProgress during 2014\nStaff from the European Economic Area (EEA) rose. Real Time Information (RTI) went live, and EEA staff used RTI.\n`);
    expect(mentions(doc)).toEqual([
      '6 place European Economic Area = European Economic Area',
      '6 place EEA = European Economic Area',
      '6 programme Real Time Information = Real Time Information',
      '6 programme RTI = Real Time Information',
      '6 place EEA = European Economic Area',
      '6 programme RTI = Real Time Information',
    ]);
    expect(doc.acronyms.map((a) => `${a.short} ${a.type}`)).toEqual(['EEA place', 'RTI programme']);
  });
});

// Three short pages written for these tests, with departments, programmes, people and places that the
// gold fixtures do not contain; every name mention below is annotated by hand following
// docs/annotation.md.
const PAGE_A = `Action 9: departments will publish their digital plans
Updated 16 January 2015
This action forms part of the Government Digital Strategy. Here’s how departments are responding to this action:
Department for Communities and Local Government
Departmental digital strategy commitments (December 2012)
The Department for Communities and Local Government (DCLG) will publish a digital plan and work with the Planning Inspectorate (PINS) to move planning appeals online.
Progress during 2013
DCLG launched the Planning Portal Review with PINS in March. Sarah Whitfield, the digital leader, briefed the Executive Team on the Local Digital Programme.
DCLG ran 3 ‘Digital Tuesday’ sessions for staff in Bristol and Hastings.
Progress during 2014
The Local Digital Programme reached 40 councils across England and Wales. DCLG also worked with the Local Government Association and GDS on the Digital Inclusion Charter.
Planned activities in 2015
DCLG will extend its digital mentors scheme and join the One Public Estate initiative.
Department for Business, Innovation and Skills
Progress during 2014
BIS worked with UK Space Agency and the Skills Funding Agency to build the Apprenticeship Vacancies service. Companies House launched its Find Company Information beta in Cardiff.
The Insolvency Service redesigned Redundancy Payments Online, and the Intellectual Property Office opened a new office in Newport.
Home Office
Progress during 2014
UK Visas and Immigration (UKVI) completed its Immigration Platform Technologies programme. The Home Office worked with Mike Bracken from the Government Digital Service (GDS) in Croydon and Sheffield.
HMPO and the Disclosure and Barring Service joined the Digital Academy cohort in October.
`;

const PAGE_B = `Action 4: departments will improve digital skills
Updated 16 January 2015
Here’s how departments are responding to this action:
Ministry of Justice
Progress during 2013
The Ministry of Justice (MOJ) and HM Courts & Tribunals Service (HMCTS) set up the Digital Services Division. MOJ Digital now has 90 staff in London and Manchester.
Our Legal Aid Agency colleagues used the Civil Legal Advice service with users in Leeds.
Progress during 2014
HMCTS started the Reform Programme with the Judicial Office. The Office of the Public Guardian made Lasting Power of Attorney digital, and the National Offender Management Service piloted Prison Visits Booking in Birmingham.
Department for Work and Pensions
Progress during 2014
Universal Credit went live in Hammersmith. DWP expanded its Digital Academy to Newcastle, Sheffield and Blackpool and started a Code Club for staff.
DWP’s Jobcentre Plus offices used Universal Jobmatch, and the Carer’s Allowance digital service reached 70% take-up.
Kevin Cunnington, DWP’s Director General for Digital Transformation, chairs the Digital Transformation Board.
`;

const PAGE_C = `Action 14: departments will share best practice
Updated 16 January 2015
Here’s how departments are responding to this action:
Department for Environment, Food and Rural Affairs
Progress during 2014
Defra and the Rural Payments Agency (RPA) worked on the Common Agricultural Policy Delivery Programme. The Environment Agency ran a ‘Flood Aware’ campaign in Cumbria.
Natural England, the Marine Management Organisation and Kew Gardens joined the Defra digital network.
Department of Health
Progress during 2014
The Department of Health worked with NHS England and Public Health England. Public Health England’s Change4Life campaign ran in Birmingham and Leicester.
The Care Quality Commission (CQC) adopted the Digital by Default Service Standard and the CQC board approved a new Digital Strategy.
Foreign and Commonwealth Office
Progress during 2014
FCO posts in Kenya, India and the Philippines used the Consular Digital Transformation programme. The Crisis Centre team trained 50 staff and the FCO Services team moved to GOV.UK.
Helen Ghosh met the FCO digital leader in Nairobi.
`;

const DCLG = 'Department for Communities and Local Government';
const GOLD: Array<[string, string, string[]]> = [
  ['page A', PAGE_A, [
    // The preamble is read like any section.
    '3 programme Government Digital Strategy = Government Digital Strategy',
    `6 organisation ${DCLG} = ${DCLG}`, `6 organisation DCLG = ${DCLG}`, '6 organisation Planning Inspectorate = Planning Inspectorate', '6 organisation PINS = Planning Inspectorate',
    `8 organisation DCLG = ${DCLG}`, '8 programme Planning Portal Review = Planning Portal Review', '8 organisation PINS = Planning Inspectorate', '8 person Sarah Whitfield = Sarah Whitfield', '8 organisation Executive Team = Executive Team', '8 programme Local Digital Programme = Local Digital Programme',
    `9 organisation DCLG = ${DCLG}`, '9 programme Digital Tuesday = Digital Tuesday', '9 place Bristol = Bristol', '9 place Hastings = Hastings',
    '11 programme Local Digital Programme = Local Digital Programme', '11 place England = England', '11 place Wales = Wales', `11 organisation DCLG = ${DCLG}`, '11 organisation Local Government Association = Local Government Association', '11 organisation GDS = Government Digital Service', '11 programme Digital Inclusion Charter = Digital Inclusion Charter',
    `13 organisation DCLG = ${DCLG}`, '13 programme digital mentors scheme = digital mentors scheme', '13 programme One Public Estate = One Public Estate',
    '16 organisation BIS = BIS', '16 organisation UK Space Agency = UK Space Agency', '16 organisation Skills Funding Agency = Skills Funding Agency', '16 programme Apprenticeship Vacancies = Apprenticeship Vacancies', '16 organisation Companies House = Companies House', '16 programme Find Company Information = Find Company Information', '16 place Cardiff = Cardiff',
    '17 organisation Insolvency Service = Insolvency Service', '17 programme Redundancy Payments Online = Redundancy Payments Online', '17 organisation Intellectual Property Office = Intellectual Property Office', '17 place Newport = Newport',
    '20 organisation UK Visas and Immigration = UK Visas and Immigration', '20 organisation UKVI = UK Visas and Immigration', '20 programme Immigration Platform Technologies programme = Immigration Platform Technologies programme', '20 organisation Home Office = Home Office', '20 person Mike Bracken = Mike Bracken', '20 organisation Government Digital Service = Government Digital Service', '20 organisation GDS = Government Digital Service', '20 place Croydon = Croydon', '20 place Sheffield = Sheffield',
    '21 organisation HMPO = HMPO', '21 organisation Disclosure and Barring Service = Disclosure and Barring Service', '21 programme Digital Academy = Digital Academy',
  ]],
  ['page B', PAGE_B, [
    '6 organisation Ministry of Justice = Ministry of Justice', '6 organisation MOJ = Ministry of Justice', '6 organisation HM Courts & Tribunals Service = HM Courts & Tribunals Service', '6 organisation HMCTS = HM Courts & Tribunals Service', '6 organisation Digital Services Division = Digital Services Division', '6 organisation MOJ Digital = MOJ Digital', '6 place London = London', '6 place Manchester = Manchester',
    '7 organisation Legal Aid Agency = Legal Aid Agency', '7 programme Civil Legal Advice = Civil Legal Advice', '7 place Leeds = Leeds',
    '9 organisation HMCTS = HM Courts & Tribunals Service', '9 programme Reform Programme = Reform Programme', '9 organisation Judicial Office = Judicial Office', '9 organisation Office of the Public Guardian = Office of the Public Guardian', '9 programme Lasting Power of Attorney = Lasting Power of Attorney', '9 organisation National Offender Management Service = National Offender Management Service', '9 programme Prison Visits Booking = Prison Visits Booking', '9 place Birmingham = Birmingham',
    '12 programme Universal Credit = Universal Credit', '12 place Hammersmith = Hammersmith', '12 organisation DWP = DWP', '12 programme Digital Academy = Digital Academy', '12 place Newcastle = Newcastle', '12 place Sheffield = Sheffield', '12 place Blackpool = Blackpool', '12 organisation Code Club = Code Club',
    '13 organisation DWP = DWP', '13 organisation Jobcentre Plus = Jobcentre Plus', '13 programme Universal Jobmatch = Universal Jobmatch', '13 programme Carer’s Allowance = Carer’s Allowance',
    '14 person Kevin Cunnington = Kevin Cunnington', '14 organisation DWP = DWP', '14 organisation Digital Transformation Board = Digital Transformation Board',
  ]],
  ['page C', PAGE_C, [
    '6 organisation Defra = Defra', '6 organisation Rural Payments Agency = Rural Payments Agency', '6 organisation RPA = Rural Payments Agency', '6 programme Common Agricultural Policy Delivery Programme = Common Agricultural Policy Delivery Programme', '6 organisation Environment Agency = Environment Agency', '6 programme Flood Aware = Flood Aware', '6 place Cumbria = Cumbria',
    '7 organisation Natural England = Natural England', '7 organisation Marine Management Organisation = Marine Management Organisation', '7 organisation Kew Gardens = Kew Gardens', '7 organisation Defra = Defra',
    '10 organisation Department of Health = Department of Health', '10 organisation NHS England = NHS England', '10 organisation Public Health England = Public Health England', '10 organisation Public Health England = Public Health England', '10 programme Change4Life = Change4Life', '10 place Birmingham = Birmingham', '10 place Leicester = Leicester',
    '11 organisation Care Quality Commission = Care Quality Commission', '11 organisation CQC = Care Quality Commission', '11 programme Digital by Default Service Standard = Digital by Default Service Standard', '11 organisation CQC = Care Quality Commission', '11 programme Digital Strategy = Digital Strategy',
    '14 organisation FCO = FCO', '14 place Kenya = Kenya', '14 place India = India', '14 place Philippines = Philippines', '14 programme Consular Digital Transformation programme = Consular Digital Transformation programme', '14 organisation Crisis Centre team = Crisis Centre team', '14 organisation FCO Services team = FCO Services team', '14 programme GOV.UK = GOV.UK',
    '15 person Helen Ghosh = Helen Ghosh', '15 organisation FCO = FCO', '15 place Nairobi = Nairobi',
  ]],
];

describe.each(GOLD)('%s, hand-annotated', (_name, page, gold) => {
  const found = mentions(runText(page));
  it.each(gold.map((g) => [g]))('finds %s', (mention) => {
    expect(found).toContain(mention);
  });
  it('finds no name mention that is not in the annotation', () => {
    expect(found.filter((m) => !gold.includes(m))).toEqual([]);
  });
});

// An acronym defined for a generic term, a kind of device or a measure is no entity anywhere in the
// document: neither its definition nor its later uses, nor a code built on it ("SEG C1").
describe('acronyms of generic terms and measures', () => {
  it.each([
    ['For the socio-economic groups (SEGs) see the survey. SEG A and SEG C1 are most often online.', []],
    ['Personal video recorder (PVR) ownership rose. A PVR is in most homes.', []],
    // A long form in lower case after a capitalised name is a term of its own, not the name's.
    ['It follows the Shakespeare Review of public sector information (PSI). PSI is valuable.', ['6 programme Shakespeare Review = Shakespeare Review']],
    ['Growth in Gross Domestic Product (GDP) slowed. GDP will grow by 2% in 2017.', []],
    // A measure's head: what a budget must finance or what is left is no body.
    ['The Net Financing Requirement (NFR) fell. The NFR is met by gilt sales.', []],
    ['The Current Balance (CB) improved. The CB will be in surplus by 2019.', []],
    // Two capitalised fields joined by "and" or "&" name a kind, not a body; with a head they name one.
    ['Waits in Accident & Emergency (A&E) fell. A&E staff rose.', []],
    ['Spending on Research and Development (R&D) rose. R&D tax credits help.', []],
    ['The Health and Safety Executive (HSE) agreed. The HSE met.', [
      '6 organisation Health and Safety Executive = Health and Safety Executive', '6 organisation HSE = Health and Safety Executive', '6 organisation HSE = Health and Safety Executive',
    ]],
    ['The Government Digital Service (GDS) helped. GDS staff trained 30 teams.', [
      '6 organisation Government Digital Service = Government Digital Service', '6 organisation GDS = Government Digital Service', '6 organisation GDS = Government Digital Service',
    ]],
    // An unknown acronym before a noun of what it abbreviates (a test, a tax, a scheme, a named
    // service) is no body; before a unit it is one.
    ['Drivers use the MOT history service and pay VED rates; the CAP scheme opened. The CODATT unit met.', ['6 organisation CODATT = CODATT']],
    ['Employers use PAYE for employers online.', []],
  ])('%s', (sentences, expected) => {
    expect(mentions(runText(`${HEAD}Department for Transport\nProgress during 2014\n${sentences}\n`))).toEqual(expected);
  });

  it('resolves a defined acronym written in another case, and leaves a mixed-case term after a modifier alone', () => {
    const doc = runText(`${HEAD}Department for Transport\nProgress during 2014\nThe Department for Environment, Food and Rural Affairs (Defra) helped. DEFRA staff came. Councils want online IdA for citizens.\n`);
    expect(mentions(doc)).toEqual([
      '6 organisation Department for Environment, Food and Rural Affairs = Department for Environment, Food and Rural Affairs',
      '6 organisation Defra = Department for Environment, Food and Rural Affairs',
      '6 organisation DEFRA = Department for Environment, Food and Rural Affairs',
    ]);
  });

  it('finds every use of a defined short form written with "&" ("NS&I"), and no part of it', () => {
    const doc = runText(`${HEAD}Department for Transport\nProgress during 2014\nNational Savings and Investments (NS&I) raised funds. NS&I will publish its plan; NS&Ix is a code.\n`);
    expect(mentions(doc)).toEqual([
      '6 organisation National Savings and Investments = National Savings and Investments',
      '6 organisation NS&I = National Savings and Investments',
      '6 organisation NS&I = National Savings and Investments',
    ]);
  });

  it('reads a code after a generic acronym as no mention ("SEG ABC")', () => {
    const doc = runText(`${HEAD}Department for Transport\nProgress during 2014\nFor the socio-economic groups (SEGs) see the survey. SEG ABC and SEG C2DE differ most.\n`);
    expect(mentions(doc)).toEqual([]);
  });

  it('keeps a short form the text defines for a lowercase term generic, whatever case the markup gives it', () => {
    const doc = runText('<h1>Budget</h1><p>The net cash position (<abbr title="Net Cash Position">NCP</abbr>) fell; the <abbr title="Net Cash Position">NCP</abbr> will rise.</p>', 'test.html');
    expect(doc.entities.filter((e) => e.text.includes('NCP') || e.text.includes('Position'))).toEqual([]);
    expect(doc.acronyms).toEqual([]);
  });

  it('keeps a company’s legal suffix with an acronym no definition expands: "BT plc"', () => {
    const doc = runText('The contract went to BT plc and the helpdesk to NRAM plc.', 'test.txt');
    expect(doc.entities.map((e) => `${e.text} = ${e.value}`)).toEqual(['BT plc = BT plc', 'NRAM plc = NRAM plc']);
  });

  it('keeps a company’s legal suffix with its acronym: "NRAM plc"', () => {
    const doc = runText('<h1>Budget</h1><p>The forecast excludes <abbr title="Northern Rock Asset Management">NRAM</abbr> plc and Network Rail.</p>', 'test.html');
    expect(doc.entities.filter((e) => e.type === 'organisation').map((e) => `${e.text} = ${e.value}`)).toEqual([
      'NRAM plc = Northern Rock Asset Management plc',
      'Network Rail = Network Rail',
    ]);
  });

  it('reads the long form of a defined body used on its own as that body, legal suffix left out', () => {
    const doc = runText('<h1>Budget</h1><p>It excludes <abbr title="Bradford and Bingley plc">B&amp;B</abbr>.</p><p>The figure excludes Bradford and Bingley and Network Rail.</p>', 'test.html');
    expect(doc.entities.filter((e) => e.type === 'organisation').map((e) => `${e.text} = ${e.value}`)).toEqual([
      'B&B = Bradford and Bingley plc',
      'Bradford and Bingley = Bradford and Bingley',
      'Network Rail = Network Rail',
    ]);
  });

  it('leaves a possessive out of the long form: "Office for Budget Responsibility’s (OBR)"', () => {
    const doc = runText(`${HEAD}Department for Transport\nProgress during 2014\nThe Office for Budget Responsibility’s (OBR) March forecast was published. OBR staff briefed the team.\n`);
    expect(doc.acronyms.map((a) => `${a.short}=${a.long}/${a.type}`)).toEqual(['OBR=Office for Budget Responsibility/organisation']);
    expect(mentions(doc)).toEqual([
      '6 organisation Office for Budget Responsibility = Office for Budget Responsibility',
      '6 organisation OBR = Office for Budget Responsibility',
      '6 organisation OBR = Office for Budget Responsibility',
    ]);
  });

  it('reads a short form the markup expands in lower case, <abbr title="small and medium-sized enterprises">SMEs</abbr>, as no entity', () => {
    const doc = runText('<h1>Skills</h1><p>Most <abbr title="small and medium-sized enterprises">SMEs</abbr> lack skills; one <abbr title="small and medium-sized enterprise">SME</abbr> in four agreed.</p>', 'test.html');
    expect(doc.entities.filter((e) => e.type === 'organisation')).toEqual([]);
  });

  it('reads a measure the markup expands, <abbr title="Gross Domestic Product">GDP</abbr>, as no entity', () => {
    const doc = runText('<h1>Budget</h1><p>Growth in <abbr title="Gross Domestic Product">GDP</abbr> slowed; GDP will grow in 2017.</p>', 'test.html');
    expect(doc.entities.filter((e) => e.text === 'GDP')).toEqual([]);
    expect(doc.acronyms).toEqual([]);
  });
});

// A sentence-case service name, once a known limit, is read since GOV.UK's verb-led names are.
describe('sentence-case service names', () => {
  it.each([
    ['Users tested the new Check if you can get Legal Aid tool.', '6 programme Check if you can get Legal Aid = Check if you can get Legal Aid'],
  ])('%s', (sentence, mention) => {
    expect(mentions(runText(`${HEAD}Department for Transport\nProgress during 2014\n${sentence}\n`))).toContain(mention);
  });
});

// Known limits, kept as failing cases so that a fix shows up: a head word that names both bodies and
// services ("Service").
describe('known limits', () => {
  it.fails.each([
    ['The Environment Agency ran the Flood Information Service beta.', '6 programme Flood Information Service = Flood Information Service'],
  ])('%s', (sentence, mention) => {
    expect(mentions(runText(`${HEAD}Department for Transport\nProgress during 2014\n${sentence}\n`))).toContain(mention);
  });
});
