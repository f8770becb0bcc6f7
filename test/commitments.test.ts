// Commitments: the statement rules (cue, lead-in, context, subject, deadline, target), the stage over
// hand-built pages, the follow-through matcher and its decision, and the review page's block.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { deadlineOf, findCue, isContext, isLeadIn, subjectOf, targetOf } from '../src/commitments/statement.js';
import { decide, THRESHOLDS, type Candidate } from '../src/commitments/match.js';
import { renderCommitments } from '../src/report/commitments.js';
import { FIXTURES, runFile, runText } from './helpers.js';

describe('statement rules', () => {
  it.each([
    ['DfT will train 2,000 staff.', 'will'],
    ['HMRC aims to close 3 contact centres.', 'aims to'],
    ['The department plans to hire a chief technology officer.', 'plans to'],
    ['The Department of Health (DH) is committed to stewarding a digital first system.', 'is committed to'],
    ['By March 2014 a digital leader appointed.', 'By March 2014'],
    ['As well as these, our ambition is to digitalise as much as possible.', 'ambition is to'],
    ['Will Cavendish replaced Rachel Neaman as the DH digital leader in July.', null],
    ['DfT appointed a head of digital learning in March 2013.', null],
  ])('cue of %j is %j', (text, cue) => {
    expect(findCue(text)?.cue ?? null).toBe(cue);
  });

  it.each([
    ['DH will:', true],
    ['These include:', true],
    ['DH will publish guidance.', false],
  ])('lead-in %j: %s', (text, expected) => {
    expect(isLeadIn(text)).toBe(expected);
  });

  it.each([
    ['This will build on the work it is testing now.', true],
    ['This will also support greater collaboration.', true],
    ['These include a review of hosting.', true],
    ['This process will be completed by March 2013.', false],
    // A demonstrative and a noun of what was done, when what it will do is support it; not a body.
    ['These steps will build on the research from this year.', true],
    ['This work will help departments plan.', true],
    ['This team will ensure that new services meet the standard.', false],
    ['Those of its arm’s length bodies that are scheduled to move will do so at the same time.', false],
  ])('context %j: %s', (text, expected) => {
    expect(isContext(text)).toBe(expected);
  });

  it('takes no heading worded as a question, no document describing itself, no forecast someone reports and no quantity changing by itself as a promise', () => {
    const text = '# Channel shift\n\n## 3.4 What we will do\n\n## How we will measure it\n\n' + [
      'This strategy sets out how we will change that.',
      'The Office for National Statistics estimates that the number of jobs needing a degree will grow by 1.8 million by 2022.',
      'Costs will fall, and demand for face-to-face services will rise sharply.',
      'Take-up will grow to 60% by March 2015.',
      'DWP will cut costs by 20%.',
      'When the service launches, DWP will train 40 staff.',
      'Demand for face-to-face services will remain high, and we will not close a channel until its replacement works.',
      'Spending in the next period will depend on the outcome of the review.',
    ].join('\n\n') + '\n';
    expect(runText(text, 'chapter.md').commitments.map((c) => c.text)).toEqual([
      'Take-up will grow to 60% by March 2015.',
      'DWP will cut costs by 20%.',
      'When the service launches, DWP will train 40 staff.',
      'Demand for face-to-face services will remain high, and we will not close a channel until its replacement works.',
    ]);
  });

  it.each([
    ['DfT will train at least 2,000 staff.', 'DfT'],
    ['By March 2013 HMRC will publish a plan.', 'HMRC'],
    ['In light of the experiences from these developments, we will review our transactions.', 'we'],
    ['Based on this analysis it will ensure the right resources are in place.', 'it'],
    ['The Ministry of Justice (MoJ) is committed to making prison visit booking digital.', 'The Ministry of Justice (MoJ)'],
    // A date opening the sentence without a comma, before a lower-case subject; a capitalised name's
    // words are no verbs ("Work"); a long subject with examples is its head.
    ['By 2020 the government will have transformed public services.', 'the government'],
    ['The Department for Work and Pensions will publish its plan.', 'The Department for Work and Pensions'],
    ['Departments such as the Department for Work and Pensions (DWP) and HM Revenue and Customs (HMRC) will publish plans by March 2018.', 'Departments'],
    // A time reckoned from now, without a comma, before the subject.
    ['Next quarter we will publish the capabilities plan.', 'we'],
    ['Between January and March we will:', 'we'],
    ['By the end of next year every one of our major services will meet the standard.', 'every one of our major services'],
    ['This year the department will close two offices.', 'the department'],
    ['Over the next two years DWP will move claims online.', 'DWP'],
    // A part of a year opening the sentence without a comma.
    ['In the third quarter of 2014 the programme will move 3 services.', 'the programme'],
    ['By early 2015 DWP will close the old system.', 'DWP'],
    // An appositive set off by commas is no part of the actor; a list is the actor whole.
    ['Mike Bracken, Executive Director of GDS, will report progress in October.', 'Mike Bracken'],
    ['GOV.UK Verify, the identity assurance service, will be available to all departments.', 'GOV.UK Verify'],
    ['Departments, agencies and the Cabinet Office will publish their plans.', 'Departments, agencies and the Cabinet Office'],
    // A "will" in a reported clause has that clause's subject.
    ['The Chancellor of the Exchequer confirmed in Budget 2015 that this work will continue.', 'this work'],
    ['This strategy sets out how the Government Digital Service, working with departments, will change that.', 'the Government Digital Service'],
    // So does a "will" in a quotation, or in the last of coordinated clauses.
    ['Jane Okafor, Chief Digital Officer at DWP, said: “We will recruit another 60 by autumn 2014.”', 'We'],
    // A participle or purpose opening the sentence before a comma, or a date without one.
    ['Working with Go ON UK, we will double the number of champions.', 'we'],
    ['To get there, the Local Government Association will select 10 areas.', 'the Local Government Association'],
    ['Between 2015 and 2018 we will share data with Ofcom.', 'we'],
    ['Housing benefit, council tax and pensions will move online by 2016.', 'Housing benefit, council tax and pensions'],
    // An opening phrase holds no modal of the statement; a season's year opens it; a preposition's phrase
    // before a pronoun.
    ['By March 2013 we will appoint a Digital Leader at director general level, reporting to the Permanent Secretary.', 'we'],
    ['By summer 2013 the Department will publish its plan.', 'the Department'],
    ['For them we will provide assisted digital support.', 'we'],
    ['As legislation can take time to change, in the interim we will deliver partial solutions.', 'we'],
    ['In order to scale up its capacity the department will work with partners, small firms and academia.', 'the department'],
    // A paragraph's number, a label before a colon, a reported clause after "what"; an appositive of a
    // participle; a long subject with a relative clause is its head; a noun before a modal is the subject's.
    ['5.1 The Cabinet Office will publish a progress report every 6 months.', 'The Cabinet Office'],
    ['Usable: data will be released in open formats.', 'data'],
    ['This strategy sets out what the Cabinet Office, every department and our partners will do.', 'the Cabinet Office, every department and our partners'],
    ['The Public Sector Transparency Board, chaired by Sir Martin Ellery, will review each plan.', 'The Public Sector Transparency Board'],
    ['A department that scores below 60% in the league table for 2 quarters in a row will agree a plan.', 'A department'],
    ['Later reports will follow in July 2015 and January 2016.', 'Later reports'],
    // A reported clause after "estimates that"; an appositive of "worth".
    ['Sarah Whitfield, Director of Assisted Digital at DWP, estimates that between 15% and 20% of claimants will need help.', null],
    ['An assisted digital framework, worth up to £3m, will be let in spring 2014.', 'An assisted digital framework'],
    ['Lord Gardiner of Kimble, Parliamentary Under Secretary of State, will lead the review.', 'Lord Gardiner of Kimble'],
    // A number and what it counts are the subject as written.
    ['23 major services will become digital by default by March 2015.', '23 major services'],
    ['On launch of GOV.UK, the department moved some content to the new site, but work will continue with GDS.', 'work'],
    // A share of something is what is done, not who does it.
    ['By March 2016, 90% of the datasets each department publishes will meet the standard.', null],
    // A label before a dash, and openings one after another; a subject of -ing words stays whole.
    ['Full-fibre broadband – Starting in 2017, the government will invest £200 million.', 'the government'],
    ['To achieve this, and to ensure the UK lives within its means, the government will act.', 'the government'],
    ['Investing in education and skills will help young people succeed, and raise pay.', 'Investing in education and skills'],
    ['We doubled the team to 300, and we will recruit 60 more.', 'we'],
    ['Departments, agencies and the Cabinet Office will publish their plans.', 'Departments, agencies and the Cabinet Office'],
    // In the passive, who will do it follows "by"; a date there is a deadline.
    ['The shared HR helpdesk will be run by Arvato Government Services Ltd from April.', 'Arvato Government Services Ltd'],
    ['The review will be led by the Cabinet Office and HM Treasury.', 'the Cabinet Office and HM Treasury'],
    ['The paper counterpart will be abolished by June 2015.', 'The paper counterpart'],
    // An amount is what is done, not who does it.
    ['Up to £8m will be made available to councils over two years.', null],
    ['A further £6 billion will be invested in road maintenance.', null],
  ])('subject of %j is %j', (text, subject) => {
    expect(subjectOf(text)?.text ?? null).toBe(subject);
  });

  it.each([
    ['DfT will train staff by March 2014.', [['March 2014', '2014-03']], '2014-03'],
    ['HMRC aims to close 3 legacy contact centres during 2013.', [['2013', '2013']], '2013'],
    ['Since April 2013 DH will publish data monthly.', [['April 2013', '2013-04']], null],
    ['Between November 2012 and March 2013, the corporate publishing activities of HMRC will move.', [['November 2012', '2012-11'], ['March 2013', '2013-03']], '2013-03'],
    ['The department plans to hire a chief technology officer after the 2013 competition failed.', [['2013', '2013']], null],
    // A financial year is a deadline; the year of a baseline is not.
    ['Around 20% of civil servants will have an assessment by the end of 2017-18.', [['the end of 2017-18', 'FY2017-18']], 'FY2017-18'],
    ['GDS will train 3,000 specialists a year, up from 1,500 in 2016.', [['2016', '2016']], null],
    // Nor is when a continuing activity starts; a date it is due by still is.
    ['The pilot will run in 5 areas, starting in Q1 2013.', [['Q1 2013', '2013-Q1']], null],
    ['Departments will report every 3 months from April 2014, and the board will meet quarterly from January 2015.', [['April 2014', '2014-04'], ['January 2015', '2015-01']], null],
    ['Every adult will be entitled to a free course from September 2016.', [['September 2016', '2016-09']], '2016-09'],
    ['DWP will run the trial, beginning in May 2013, and finish it by March 2014.', [['May 2013', '2013-05'], ['March 2014', '2014-03']], '2014-03'],
    // The end of "the year", resolved by the date extractor against the period or the document's date.
    ['Departments will publish their workforce plans by the end of the year.', [['the end of the year', '2013']], '2013'],
  ])('deadline of %j', (text, dates, expected) => {
    const spans = (dates as string[][]).map(([mention, value]) => ({ from: text.indexOf(mention), value }));
    const cue = findCue(text);
    expect(deadlineOf(text, spans, cue?.index ?? null)).toBe(expected);
  });

  const entity = (text: string, mention: string, type: 'number' | 'percent' | 'money', value: number, counts?: string) => ({
    type,
    value,
    counts,
    text: mention,
    currency: type === 'money' ? 'GBP' : undefined,
    from: text.indexOf(mention),
    to: text.indexOf(mention) + mention.length,
  });

  it.each([
    ['DfT will train at least 2,000 staff.', [['2,000', 'number', 2000, 'staff']], 3, { value: 2000, unit: 'number', counts: 'staff' }],
    ['HMRC will move 80% of its tax credit renewals online.', [['80%', 'percent', 80]], 4, { value: 80, unit: 'percent', counts: 'tax credit renewals' }],
    ['DfT will extend the course to all staff in the agency.', [], 3, { value: 100, unit: 'percent', counts: 'staff' }],
    ['We will redesign services handling over 100,000 transactions each year, starting with 3 exemplar services.', [['100,000', 'number', 100000, 'transactions'], ['3', 'number', 3, 'exemplar services']], 2, { value: 3, unit: 'number', counts: 'exemplar services' }],
    ['All departments will publish a strategy.', [], 15, null],
    ['DH will save £2 million.', [['£2 million', 'money', 2000000]], 2, { value: 2000000, unit: 'GBP', counts: null }],
    // With no subject (an amount opens the statement) the amount is the target.
    ['Up to £8m will be made available to councils.', [['£8m', 'money', 8000000]], 0, { value: 8000000, unit: 'GBP', counts: null }],
  ])('target of %j', (text, mentions, subjectEnd, expected) => {
    const list = (mentions as Array<[string, 'number' | 'percent' | 'money', number, string?]>).map(([m, t, v, c]) => entity(text, m, t, v, c));
    expect(targetOf(text, list, subjectEnd as number)).toEqual(expected);
  });
});

const PAGE = `Action 8: departments will improve digital skills
Updated 16 January 2015
Department for Transport
Planned activities in 2014
DfT will run 4 open days for suppliers.
DfT will:
- publish new guidance on agile contracts
- review how agencies buy hosting
This will build on the work the department is testing now.
It will also introduce a mentoring scheme.
Progress in 2014
DfT held 4 open days for suppliers in May and June.
New guidance on agile contracts was published in October 2014.
Planned activities in 2015
DfT will evaluate the mentoring scheme by June 2015.
Home Office
Planned activities in 2014
The Home Office will publish its digital strategy.
Progress in 2014
The Home Office moved its offices to Croydon.
`;

describe('"we" in a document organised by headings', () => {
  it('stays "We" under a heading that names no body, and is the organisation a GOV.UK publication belongs to', () => {
    const markdown = runText('# Transformation strategy\n\n## Actions\n\nWe will deliver 25 services by 2020.\n', 'strategy.md');
    expect(markdown.commitments.map((c) => c.actor)).toEqual(['We']);
    // An action's heading names no body either.
    const report = runText('Quarterly report\n\nCabinet Office\n\nAction 7: Strengthen commercial skills\n\nNext steps\nWe will launch the Commercial Fast Track scheme in April.\n', 'report.txt');
    expect(report.commitments.map((c) => c.actor)).toEqual(['We']);
    const json = JSON.stringify({ title: 'Transformation strategy', details: { body: '<h2>Actions</h2><p>We will deliver 25 services by 2020.</p>' }, links: { organisations: [{ title: 'Cabinet Office' }] } });
    expect(runText(json, 'strategy.json').commitments.map((c) => c.actor)).toEqual(['Cabinet Office']);
  });

  it('is the body a saved GOV.UK page\'s "From:" line names, when it names one body and nothing else', () => {
    const page = (from: string) => `<h1>Adult skills strategy</h1>\n<p>From: ${from}</p>\n<p>Published 14 March 2016</p>\n<h2>Actions</h2>\n<p>We will publish a plan by June.</p>\n<p>Our ambition is that 95% of adults can use the internet by 2020.</p>\n`;
    expect(runText(page('Department for Transport'), 'strategy.html').commitments.map((c) => c.actor)).toEqual(['Department for Transport', 'Department for Transport']);
    expect(runText(page('Department for Transport and HM Treasury'), 'strategy.html').commitments.map((c) => c.actor)).toEqual(['We', 'Our ambition']);
  });

  it('takes a passive\'s agent as the actor only where a body or a person stands there', () => {
    const text = '# Plan\n\n## Department for Work and Pensions\n\nThe shared helpdesk will be run by Arvato Government Services Ltd.\n\nJobseeker\'s Allowance will be replaced by Universal Credit.\n';
    expect(runText(text, 'plan.md').commitments.map((c) => c.actor)).toEqual(['Arvato Government Services Ltd', "Jobseeker's Allowance"]);
  });

  it('stays "We" whatever body or subject the section named before', () => {
    const text = '# Assisted digital\n\n## Summary\n\nThis document sets out the plan. The Skills Funding Agency ran a pilot in 2014.\n\nWe will extend the pilot to the Intellectual Property Office by 2016.\n';
    expect(runText(text, 'strategy.md').commitments.map((c) => c.actor)).toEqual(['We']);
  });
});

describe('the counted noun of "all"', () => {
  it('keeps its case as written', () => {
    expect(targetOf('HSE will put all of its RIDDOR reporting forms online.', [], 3)).toEqual({ value: 100, unit: 'percent', counts: 'RIDDOR reporting forms' });
  });
});

describe('a plan cut from its outline', () => {
  it("reads the items of a lead-in that promises nothing as statements, for the body the plan is of, and no past deed by a date", () => {
    const doc = runText('# Defra single departmental plan\n\n## 1. A cleaner environment\n\nActions:\n\n- publish the 25 Year Environment Plan by the end of 2016\n\nAt least 9,500 km of river will be enhanced by 2021.\n\nDefra will raise the recycling rate from 44.9% in 2015 to 50% by 2020.\n\nThe RPA paid 86% of claims by the end of March 2016.\n\nDefra is already engaged in moving its publishing to GOV.UK by 31 March 2013.\n', 'plan.md');
    expect(doc.commitments.map((c) => [c.actor, c.deadline, c.target?.value ?? null])).toEqual([
      // (A number of things a passive says will be done is the target, the plan's body the actor.)
      ['Defra', '2016', null], ['Defra', '2021', 9500], ['Defra', '2020', 50], ['Defra', '2013-03-31', null],
    ]);
  });
});

describe('the clause of the cue', () => {
  it('takes no target from a later clause with a subject of its own, and the last of two months after "in"', () => {
    const doc = runText('# Plan\n\n## Next steps\n\nGDS will draft a strategy in 2014, and DCMS plans to fund 20 local pilots.\n\nGDS will add dashboards for another 10 services in January and February 2015.\n', 'plan.md');
    expect(doc.commitments.map((c) => [c.target?.value ?? null, c.deadline])).toEqual([[null, '2014'], [10, '2015-02']]);
  });
});

describe('a date opening a statement, and label numbers', () => {
  it('takes the date a statement opens with as its deadline when its subject and cue follow at once', () => {
    const doc = runText('# Strategy\n\n## Actions\n\nIn 2013/14 Jobcentre Plus will pilot the service in 10 districts.\n\nIn 2013 DH launched the service, and will extend it.\n\nIan Pollard will own actions 1, 8 and 9.\n', 'strategy.md');
    expect(doc.commitments.map((c) => [c.deadline, c.target?.value ?? null])).toEqual([['FY2013-14', 10], [null, null], [null, null]]);
  });

  // The opening date with its comma, or a time reckoned from the report's period, alone: the deadline,
  // and no part of the actor.
  it('takes an opening date closed by a comma as the deadline', () => {
    const doc = runText('Quarterly progress report: April to June 2013\n\n## Action 1: Skills\n\nNext quarter, GDS will run 6 workshops.\n\nIn July, DWP will publish guidance.\n\nIn 2013/14 Q3, HMRC will move 5 services.\n\nIn 2013, DH launched the service, and will extend it.\n', 'report.md');
    expect(doc.commitments.map((c) => [c.actor, c.deadline])).toEqual([['GDS', '2013-Q3'], ['DWP', '2013-07'], ['HMRC', 'FY2013-14-Q3'], ['DH', null]]);
  });
});

describe('the rows of a table of actions', () => {
  it('takes each row\'s action as a commitment due by its end date, for the body the plan is of', () => {
    const html = '<h1>Department for Transport Business Plan 2013-2015</h1><p>Published 31 May 2013</p><h2>1. Improve the railways</h2>'
      + '<table><thead><tr><th>Action</th><th>Start</th><th>End</th><th>Status</th></tr></thead><tbody>'
      + '<tr><td>1.1 Launch Help to Buy equity loans</td><td>Apr 2013</td><td>Mar 2014</td><td>Started</td></tr>'
      + '<tr><td>1.2 Publish the rail investment strategy</td><td>Jun 2013</td><td>End 2014</td><td>Not started</td></tr>'
      + '<tr><td>1.3 Review fares</td><td>Ongoing</td><td>Ongoing</td><td>Started</td></tr></tbody></table>';
    const doc = runText(html, 'plan.html');
    expect(doc.commitments.map((c) => [c.text, c.actor, c.deadline, c.target, c.rule])).toEqual([
      ['1.1 Launch Help to Buy equity loans', 'Department for Transport', '2014-03', null, 'table-row'],
      ['1.2 Publish the rail investment strategy', 'Department for Transport', '2014', null, 'table-row'],
      ['1.3 Review fares', 'Department for Transport', null, null, 'table-row'],
    ]);
  });

  it('takes the body a Lead column names as the actor, and the organisation a publication belongs to without one', () => {
    const table = '<table><caption>Table 1: Milestones</caption><thead><tr><th>Milestone</th><th>Lead</th><th>Due</th></tr></thead><tbody>'
      + '<tr><td>List of 50 priority datasets published</td><td>ODUG</td><td>September 2014</td></tr>'
      + '<tr><td>Departmental strategies refreshed</td><td>All departments</td><td>2015-16</td></tr></tbody></table>';
    const json = JSON.stringify({ title: 'Open Data Strategy', details: { body: `<h2>4. Our commitments</h2>${table}<h2>5. Monitoring</h2>${table.replace('<th>Lead</th>', '<th>Notes</th>')}` }, links: { organisations: [{ title: 'Cabinet Office' }] } });
    const doc = runText(json, 'strategy.json');
    expect(doc.commitments.map((c) => [c.actor, c.deadline])).toEqual([['ODUG', '2014-09'], ['All departments', 'FY2015-16'], ['Cabinet Office', '2014-09'], ['Cabinet Office', 'FY2015-16']]);
  });

  it('takes nothing from a table without an end column', () => {
    const doc = runText('<h1>Spending</h1><table><thead><tr><th>Programme</th><th>2013-14</th></tr></thead><tbody><tr><td>Rail</td><td>45</td></tr></tbody></table>', 'plan.html');
    expect(doc.commitments).toEqual([]);
  });
});

describe('the quantity promised is the one after the cue', () => {
  it('takes the amount after "will", not one the sentence reports before it', () => {
    const doc = runText('# Report\n\n## Skills\n\nHMRC has trained 500 staff and will train 1,000 more by 2015.\n\nUp to £8m will be made available to councils.\n', 'report.md');
    expect(doc.commitments.map((c) => c.target?.value)).toEqual([1000, 8000000]);
  });

  // Where things stand today is no quantity promised.
  it('takes no target from the figure a sentence gives for today', () => {
    const doc = runText('# Report\n\n## Skills\n\nHMRC will double online filings, now 40%, by March 2014.\n\nDWP will cut costs (currently £4m) to £2m.\n', 'report.md');
    expect(doc.commitments.map((c) => c.target?.value ?? null)).toEqual([null, 2000000]);
  });
});

describe('what a report says was done by a date, and dates of a relative clause', () => {
  const doc = runText('# Annual report 2013-14\n\nPublished 3 July 2014\n\n## Performance\n\nBy the end of March 2014 more than 171,000 assessments had been lodged.\n\nBy March 2014 we had trained 2,000 staff.\n\nBy March 2015 we will train 3,000 staff.\n\nNext quarter the programme will confirm the start date, which is due in autumn 2015.\n\nWe will publish the plan, which was agreed in 2013, by March 2015.\n', 'report.md');
  it('takes no statement opening with a date whose verb is in the past', () => {
    expect(doc.commitments.map((c) => c.text)).not.toContain('By the end of March 2014 more than 171,000 assessments had been lodged.');
    expect(doc.commitments.map((c) => c.text)).not.toContain('By March 2014 we had trained 2,000 staff.');
  });
  it("takes no deadline from a relative clause's date", () => {
    expect(doc.commitments.map((c) => c.deadline)).toEqual(['2015-03', '2014-Q2', '2015-03']);
  });
  it("takes a relative clause's date when the statement has none of its own", () => {
    const fund = runText('# Plan\n\n## Funds\n\nWe will set up a fund, which will open by March 2016.\n', 'plan.md');
    expect(fund.commitments.map((c) => c.deadline)).toEqual(['2016-03']);
  });
});

describe('a number of things a passive statement says will be done', () => {
  // With no agent, the things done are the target, not the actor: the body the section speaks of is.
  it('takes the quantity as the target and the body named before as the actor', () => {
    const doc = runText('# Strategy\n\n## Access\n\nDCMS leads the access work.\n\nUp to 25 further libraries in Wales will be connected by March 2015.\n\nA further 150 digital champions will be recruited in 2015.\n\n300 staff will be trained by the Cabinet Office.\n', 'strategy.md');
    expect(doc.commitments.map((c) => [c.actor, c.target?.value ?? null])).toEqual([['DCMS', 25], ['DCMS', 150], ['the Cabinet Office', null]]);
  });
});

describe('what a pronoun stands for', () => {
  // A number of things is no name "It" stands for; the body named before is.
  it('skips a subject that counts things', () => {
    const doc = runText('# Plan\n\n## Data\n\nDfE leads the work.\n\n8 departments will publish the data monthly.\n\nIt will next be refreshed in March 2014.\n', 'plan.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['8 departments', 'DfE']);
  });
});

describe('the subject of the clause that promises', () => {
  // After a semicolon, after ", and a …", after ", and <Name>" that follows a clause with its own verb,
  // and after a verb of estimating in its base form (in a planned phase: elsewhere what someone
  // estimates will happen is a forecast, no promise).
  it('is the subject of the clause of the cue, not of the sentence', () => {
    const doc = runText('# Report\n\n## Action\n\nTable 1 shows take-up; cost per transaction will follow in April.\n\nA second site opened in November, and a third will follow in March.\n\nSome 2,300 branches could provide it, and Go ON UK will train 1,000 volunteers.\n\nDWP, HMRC, and the Home Office will publish plans.\n\n## Department for Education\n\nPlanned activities in 2014\n\nDepartments estimate that digital by default will save £1.2 billion by 2015.\n', 'report.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['cost per transaction', 'a third', 'Go ON UK', 'DWP, HMRC, and the Home Office', 'digital by default']);
  });

  // A first clause that promises keeps the sentence's commitment, its actor and target.
  it("keeps the first clause's promise when it makes one", () => {
    const doc = runText('# Report\n\n## Action\n\nMoJ will train at least 200 members of staff, and HMCTS will roll out the service by September.\n', 'report.md');
    expect(doc.commitments.map((c) => [c.actor, c.target?.value ?? null])).toEqual([['MoJ', 200]]);
  });
});

describe("a later clause's date", () => {
  // A later clause with a subject of its own ("the programme", "Jobcentre Plus") gives its own deadline.
  it('is no deadline of the first clause', () => {
    const doc = runText('# Report\n\nPublished 24 April 2014\n\n## Plans\n\nThe LGA will publish a toolkit in early May, and the programme aims to recruit 15 councils by the end of September.\n\nNext quarter, BIS will extend the scheme to 200 more employers, and Jobcentre Plus will refer 20,000 jobseekers by March 2015.\n', 'report.md');
    expect(doc.commitments.map((c) => [c.actor, c.deadline, c.target?.value ?? null])).toEqual([['The LGA', '2014-05', null], ['BIS', '2014-Q3', 200]]);
  });
});

describe('a date the output covers and the date it is due', () => {
  it('takes the date after "in", not the one after "for"', () => {
    const doc = runText('# Report\n\nPublished 30 January 2014\n\n## Action\n\nGDS will publish a full savings figure for 2013-14 in the summer.\n\nGDS will publish accounts for 2013-14.\n', 'report.md');
    expect(doc.commitments.map((c) => c.deadline)).toEqual(['2014-SU', 'FY2013-14']);
  });
});

describe('"want to", and a clause set off after the subject', () => {
  it('reads "want to" as a verb after the subject, and takes no target from the set-off clause', () => {
    const doc = runText('# Strategy\n\nPublished 4 April 2014\n\n## Aims\n\nBy 2020 we want to reduce the number of adults offline by 25%.\n\nThe Digital Inclusion Charter, signed by 40 organisations in April, will be reviewed in June.\n', 'strategy.md');
    expect(doc.commitments.map((c) => [c.actor, c.target?.value ?? null])).toEqual([['we', 25], ['The Digital Inclusion Charter', null]]);
  });
});

describe('an action label opening a statement', () => {
  it('is no part of the actor', () => {
    const doc = runText('# Strategy\n\n## Principle 1\n\nAction 1.1 GDS will publish a plan by June 2014.\n\nAction 1.2: DCMS will fund 20 pilots in 2015.\n', 'strategy.md');
    expect(doc.commitments.map((c) => [c.actor, c.deadline])).toEqual([['GDS', '2014-06'], ['DCMS', '2015']]);
  });
});

describe('a long subject of bodies, and a paragraph number', () => {
  // Bracketed acronyms do not make a subject too long to be one; the paragraph's number is no target.
  it('keeps two bodies defined with their acronyms as the actor, and no paragraph number as the target', () => {
    const doc = runText('# Plan\n\n## Workforce\n\n3.10 The Local Government Association (LGA) and the Association of Directors of Adult Social Services (ADASS) will launch a campaign in 2018.\n\n3.9 Councils, care providers, colleges, universities and the voluntary sector across every region of England together will recruit staff.\n', 'plan.md');
    expect(doc.commitments.map((c) => [c.actor, c.target?.value ?? null])).toEqual([
      ['The Local Government Association (LGA) and the Association of Directors of Adult Social Services (ADASS)', null],
      [expect.anything(), null],
    ]);
  });
});

describe('an actor with a post set off by commas', () => {
  // After an opening time without its comma, the appositive after the subject is no actor.
  it('is the subject after an opening time, not the clause set off after it', () => {
    const doc = runText('# Plan\n\n## Work\n\nOver the next quarter the programme board, chaired by Francis Maude, will meet twice.\n\nIn November the board, led by DCMS, will meet twice.\n', 'plan.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['the programme board', 'the board']);
  });

  it('is the person, not the post', () => {
    const doc = runText('# Report\n\n## Skills\n\nLiam Maxwell, Government Chief Technology Officer, will publish the plan.\n\nJane Smith, Chief Executive, will report in May 2014.\n', 'report.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['Liam Maxwell', 'Jane Smith']);
  });

  it('is "we" after a clause with a verb of its own and ", and"', () => {
    const doc = runText('# Strategy\n\n## Department for Education\n\nSkills policy is devolved, and we will continue to work with the Scottish Government.\n', 'strategy.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['Department for Education']);
  });

  it('is the subject of a later clause that promises, after a quantity that will change by itself', () => {
    const doc = runText('# Report\n\n## Channels\n\nDemand for face-to-face services will remain high, and DWP will not close a channel until its replacement works.\n', 'report.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['DWP']);
  });

  it('reads "Its target is that …" as a promise of the body named before', () => {
    const doc = runText('# Strategy\n\n## Older people\n\nThe Later Life Network supports 4,000 people a year. Its target is that 7 in 10 of them are still online 6 months later.\n', 'strategy.md');
    expect(doc.commitments.map((c) => [c.actor, c.target?.value])).toEqual([['The Later Life Network', 0.7]]);
  });

  it('is the department for "our focus", as for "our ambition"', () => {
    const doc = runText('# Plan\n\n## Department for Transport\n\nOver the next 12 months our focus will be on delivering the Local Growth Fund.\n', 'plan.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['Department for Transport']);
  });

  it('is the pronoun after an opening adverb, resolved to the body named before', () => {
    const doc = runText('# Report\n\n## Skills\n\nGo ON UK and DCMS signed the charter in May.\n\nTogether they will fund up to 300 digital champions.\n', 'report.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['DCMS']);
  });

  it('is the person when the post is written before the name, and a list whole', () => {
    const doc = runText('# Report\n\n## Skills\n\nProduct owner Tom Ashdown will present the findings.\n\nMinister for Farming Lord Thornbury will open the centre.\n\nDWP and Jane Smith will publish the plan.\n', 'report.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['Tom Ashdown', 'Thornbury', 'DWP and Jane Smith']);
  });
});

describe('deadlines and actors of lead-in items and later sections', () => {
  const page = [
    'Action 8: departments will redesign services',
    'Department for Transport',
    'Progress during 2014',
    'The Transport Digital Programme Board met monthly.',
    'Planned activities in 2015',
    '- publish its digital strategy',
    'By the end of September, DfT will:',
    '- move 3 more services to GOV.UK',
    '- early in 2015, start a 10 week private beta',
    'DfT will hold the second Sprint event in London on 17 September.',
    '',
  ].join('\n');
  const doc = runText(page);
  const of = (start: string) => doc.commitments.find((c) => c.text.startsWith(start))!;

  it("gives an item the lead-in's deadline unless it writes its own, anywhere in it", () => {
    expect(of('move 3 more').deadline).toBe('2015-09');
    expect(of('early in 2015').deadline).toBe('2015');
  });

  it('reads a day after "on" following the cue as a deadline, not a period reported on', () => {
    expect(of('DfT will hold').deadline).toBe('2015-09-17');
    const report = runText('Quarterly progress report: July to September 2013\n\n## Next steps\n\nNext quarter we will:\n\n- open the public beta\n\nWe will report on October to December 2013 in January 2014.\n', 'report.md');
    expect(report.commitments.map((c) => c.deadline)).toEqual(['2013-Q4', '2014-01']);
  });

  it('takes an item with its own subject and cue as a statement of its own, whatever the lead-in', () => {
    const doc = runText('# Strategy\n\n## Actions\n\nIn addition:\n\n- Citizens Advice will run 200 sessions by March 2015\n- the Royal National Institute of Blind People will audit 50 websites\n- run a campaign\n', 'strategy.md');
    expect(doc.commitments.map((c) => c.actor)).toEqual(['Citizens Advice', 'the Royal National Institute of Blind People']);
  });

  // A bullet item of two sentences: the lead-in speaks through the first; the second is read as any
  // statement is, with its own deadline, and the lead-in holds for the items after it.
  it('reads the later sentence of a lead-in item as a statement of its own', () => {
    const doc = runText('# Strategy\n\n## Actions\n\nDCMS will:\n\n- connect public buildings to fibre by 2016. This will bring fibre closer to homes.\n- reach schools by 2017. Around 85% will be in towns.\n- offer vouchers to businesses\n', 'strategy.md');
    // ("This will bring …" says what the item does, as it would in a paragraph: no commitment.)
    expect(doc.commitments.map((c) => [c.text, c.actor, c.deadline, c.rule])).toEqual([
      ['connect public buildings to fibre by 2016.', 'DCMS', '2016', 'lead-in-item'],
      ['reach schools by 2017.', 'DCMS', '2017', 'lead-in-item'],
      ['Around 85% will be in towns.', 'DCMS', null, 'cue'],
      ['offer vouchers to businesses', 'DCMS', null, 'lead-in-item'],
    ]);
  });

  it('takes no actor from an earlier section of the unit for an item with no subject: the unit is its actor', () => {
    expect(of('publish its digital strategy').actor).toBe('Department for Transport');
  });
});

describe('the find-commitments and follow-through stages on a hand-built page', () => {
  const doc = runText(PAGE);
  const byText = (start: string) => doc.commitments.find((c) => c.text.startsWith(start))!;

  it('takes each statement and bullet, not the lead-in or the context sentence', () => {
    expect(doc.commitments.map((c) => c.text)).toEqual([
      'DfT will run 4 open days for suppliers.',
      'publish new guidance on agile contracts',
      'review how agencies buy hosting',
      'It will also introduce a mentoring scheme.',
      'DfT will evaluate the mentoring scheme by June 2015.',
      'The Home Office will publish its digital strategy.',
    ]);
    expect(doc.commitments.map((c) => c.rule)).toEqual(['phase', 'lead-in-item', 'lead-in-item', 'phase', 'phase', 'phase']);
  });

  it("gives bullets the lead-in's actor and a pronoun the name before it", () => {
    expect(byText('publish new guidance').actor).toBe('DfT');
    expect(byText('It will also').actor).toBe('DfT');
  });

  it('finds what later progress reports, what it does not, and where nothing later reports', () => {
    expect(byText('DfT will run 4 open days').status).toBe('reported');
    expect(doc.sentences.find((s) => s.id === byText('DfT will run 4 open days').evidence[0].sentenceId)!.text).toBe('DfT held 4 open days for suppliers in May and June.');
    expect(byText('publish new guidance').status).toBe('reported');
    expect(byText('review how agencies buy hosting').status).toBe('not-reported');
    expect(byText('review how agencies buy hosting').evidence).toEqual([]);
    expect(byText('DfT will evaluate').status).toBe('no-later-report');
    expect(byText('DfT will evaluate').deadline).toBe('2015-06');
    expect(byText('The Home Office will publish').status).toBe('not-reported');
  });

  it('renders the matrix counts and each commitment beside its evidence on the review page', () => {
    const html = renderCommitments(doc, 'd1');
    expect(html).toContain('Commitments (6) and follow-through');
    expect(html.match(/<tr class="commitment /g)!.length).toBe(6);
    expect(html).toContain('<span class="st st-reported" title="reported">reported 2</span>');
    expect(html).toContain('<span class="st st-not-reported" title="not reported">not reported 2</span>');
    expect(html).toContain('DfT held 4 open days for suppliers in May and June.');
  });

  it('escapes the statements it shows', () => {
    const html = renderCommitments(runText('Title\nDepartment for Transport\nPlanned activities in 2014\nDfT will publish <b>a plan</b> & more.\nHome Office\nPlanned activities in 2014\nHO will too.\n'), 'd');
    expect(html).toContain('DfT will publish &#60;b&#62;a plan&#60;/b&#62; &#38; more.');
  });
});

describe('the follow-through decision', () => {
  const candidate = (score: number, text: string): Candidate => ({ sentenceId: 's', text, score, lemma: score, bm25: score, entities: 0, sharedLemmas: [], sharedEntities: [] });

  it.each([
    ['nothing searched', [], 0, null, 'no-later-report'],
    ['below the mention threshold', [candidate(THRESHOLDS.mention - 0.01, 'DfT published guidance.')], 1, null, 'not-reported'],
    ['at the threshold, done', [candidate(THRESHOLDS.mention, 'DfT published guidance.')], 1, null, 'reported'],
    ['at the threshold, under way', [candidate(0.5, 'The framework is being drafted with the agencies.')], 1, null, 'partly'],
    ['short of a numeric target', [candidate(0.5, 'Over 900 staff completed the course.')], 1, { value: 2000, unit: 'number', counts: 'staff' }, 'partly'],
    ['past a numeric target', [candidate(0.5, '2,100 staff completed the course.')], 1, { value: 2000, unit: 'number', counts: 'staff' }, 'reported'],
  ] as const)('%s', (_, candidates, searched, target, status) => {
    expect(decide([...candidates], searched, target).status).toBe(status);
  });
});

describe('commitments of the fixture pages', () => {
  it('every commitment of a December 2012 statements page has no later report', () => {
    const doc = runFile(join(FIXTURES, 'dec-2012-action-05-statements', 'input.txt'));
    expect(doc.commitments.length).toBe(22);
    expect(new Set(doc.commitments.map((c) => c.status))).toEqual(new Set(['no-later-report']));
  });
});
