// number: cardinal amounts and what they count, seen through the whole extractor chain (overlaps
// resolved), so a number inside a date, percent, money or duration span must not appear on its own.
// Sentences are written in the style of the progress pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { numericMentions, runText, type SeenMention } from './helpers.js';

const numeric = numericMentions;
type Seen = SeenMention;

const n = (text: string, value: number, counts?: string): Seen => ({ type: 'number', text, value, ...(counts ? { counts } : {}) });

describe('number: digits and what they count', () => {
  it.each<[string, Seen[]]>([
    ['The academy has trained 45 students since it opened.', [n('45', 45, 'students')]],
    ['Over 1,000 people attended the roadshows.', [{ ...n('1,000', 1000, 'people'), mod: 'MORE_THAN' }]],
    ['The helpline handled 250,000 calls.', [n('250,000', 250000, 'calls')]],
    ['Each team has 4.5 developers on average.', [n('4.5', 4.5, 'developers')]],
    ['The department recruited 7 internal candidates to the new roles.', [n('7', 7, 'internal candidates')]],
    ['30 staff have signed up to the scheme.', [n('30', 30, 'staff')]],
    // A plural without -s modifying the head after it; not a verb after it.
    ['It covers 42 police force areas with 40 staff members, and 300 people attended events.', [n('42', 42, 'police force areas'), n('40', 40, 'staff members'), n('300', 300, 'people')]],
    // A plural noun modifying the plural head after it; not a verb or a relative clause's subject after it.
    ['We run 45 overseas posts, 4 arts centres and 200 customer services staff; the 5 services people use moved.', [n('45', 45, 'overseas posts'), n('4', 4, 'arts centres'), n('200', 200, 'customer services staff'), n('5', 5, 'services')]],
    // Modifiers joined by "and" before one head; two counts joined by "and" stay two.
    ['It moved all of its 11 exemplar and high-volume services, in 4 events and 3 workshops.', [n('11', 11, 'exemplar and high-volume services'), n('4', 4, 'events'), n('3', 3, 'workshops')]],
    // A plural right after is the head even where it may be a verb.
    ['In all 8000 staff volunteers helped, and 300 people use services.', [n('8000', 8000, 'staff volunteers'), n('300', 300, 'people')]],
    ['There are 5 digital exemplar organisations within the department.', [n('5', 5, 'digital exemplar organisations')]],
    ['It now runs 13 sprint teams in Leeds and 14 in Newcastle.', [n('13', 13, 'sprint teams'), n('14', 14)]],
    ['The team grew from fewer than 40 people to more than 140, almost all of them specialists.', [{ ...n('40', 40, 'people'), mod: 'LESS_THAN' }, { ...n('140', 140), mod: 'MORE_THAN' }]],
    ['The agency was one of 10 Gold Award winners this year.', [n('10', 10, 'Gold Award winners'), { type: 'date', text: 'this year', value: '2014', anchor: 'phase' }]],
    ['2 director general board members sponsor the work.', [n('2', 2, 'director general board members')]],
    ['100 staff took part in the pilot.', [n('100', 100, 'staff')]],
    ['200 volunteers attend the monthly sessions.', [n('200', 200, 'volunteers')]],
    ['The service processes 100,000 transactions a year.', [n('100,000', 100000, 'transactions')]],
    ['The headcount is expected to rise to 27 by the spring.', [n('27', 27), { type: 'date', text: 'spring', value: '2014-SP', anchor: 'phase' }]],
    ['Around 2 million people use the service.', [{ ...n('2 million', 2000000, 'people'), mod: 'APPROX' }]],
    ['The site had 1.5 million visits.', [n('1.5 million', 1500000, 'visits')]],
    ['Between 10-12 analysts will join the team.', [{ ...n('10-12', 10, 'analysts'), valueEnd: 12 }]],
    ['The portal now has 300+ registered users.', [{ ...n('300', 300, 'registered users'), mod: 'EQUAL_OR_MORE' }]],
    ['A pilot group of 40 members of staff tested the tool.', [n('40', 40, 'members of staff')]],
    // "the" kept where the phrase names one group; a name there ends with its capitalised words.
    ['We met 70 members of the public and all 4,000 members of the Senior Civil Service took part.', [n('70', 70, 'members of the public'), n('4,000', 4000, 'members of the Senior Civil Service')]],
    ['The team finished 12 pieces of work, then stopped.', [n('12', 12, 'pieces of work')]],
    ['Our 3 ‘pathfinder’ digital services are live.', [n('3', 3, 'pathfinder digital services')]],
    ['Over 20 teams of developers joined.', [{ ...n('20', 20, 'teams'), mod: 'MORE_THAN' }]],
    ['The review covered 4 business cases.', [n('4', 4, 'business cases')]],
    ['The agency handled 1.2m applications online.', [n('1.2m', 1200000, 'applications')]],
    ['Each department appointed 1 digital leader.', [n('1', 1, 'digital leader')]],
    ['Of the 25 exemplars, 8 are live.', [n('25', 25, 'exemplars'), n('8', 8)]],
    ['Services will be redesigned, with 8 live.', [n('8', 8)]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('number: a sign standing before the number is part of it', () => {
  it.each<[string, Seen[]]>([
    ['Study | +450 | 12%', [n('+450', 450), { type: 'percent', text: '12%', value: 12 }]],
    ['Vehicle tax \u221214', [n('\u221214', -14)]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('number: labels carry a number but count nothing', () => {
  it.each<[string, Seen[]]>([
    ['2.1 Flying flags', [n('2.1', 2.1)]],
    ['4.4 “People tell us the problem is cost,” said an adviser.', [n('4.4', 4.4)]],
    ['Chart 1 shows public spending by main function.', [n('1', 1)]],
    // Ages are numbers without counts, an age band one range.
    ['Childcare is free for working families with 3 and 4 year olds.', [n('3', 3), n('4', 4)]],
    ['It will transform technical education for 16-19 year olds.', [{ ...n('16-19', 16), valueEnd: 19 }]],
    ['1. Department for Communities and Local Government', [n('1', 1)]],
    ['All staff will reach at least level 7 on the digital inclusion scale.', [n('7', 7)]],
    ['All staff will achieve level 7 capability against the scale.', [n('7', 7)]],
    ['Phase 1 of the capability programme focuses on leadership.', [n('1', 1)]],
    ['This supports action 7 of the strategy.', [n('7', 7)]],
    ['Version 2.1 of the toolkit was published.', [n('2.1', 2.1)]],
    ['Pupils at key stage 3 used the materials.', [n('3', 3)]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('number: words', () => {
  it.each<[string, Seen[]]>([
    ['Twenty-five staff completed the course.', [n('Twenty-five', 25, 'staff')]],
    ['The board appointed twenty-five staff to the new unit.', [n('twenty-five', 25, 'staff')]],
    ['A dozen teams now use agile methods.', [n('A dozen', 12, 'teams')]],
    ['The department set up three hundred accounts.', [n('three hundred', 300, 'accounts')]],
    ['Two universities are partners in the scheme.', [n('Two', 2, 'universities')]],
    ['The department ran eleven workshops for managers.', [n('eleven', 11, 'workshops')]],
    ['One hundred and fifty managers attended.', [n('One hundred and fifty', 150, 'managers')]],
    // "half a" before a scale word halves it.
    ['Half a million people and half a dozen teams will benefit.', [n('Half a million', 500000, 'people'), n('half a dozen', 6, 'teams')]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('number: what is not a number', () => {
  it.each<[string, Seen[]]>([
    ['The department opened a second academy in Leeds.', []],
    ['The estimates come from departmental accounts.[^22]', []],
    ['HC 1025', []],
    ['Table 1: Policy decisions (1)', [n('1', 1)]],
    ['The third pulse survey showed progress.', []],
    ['Coaching is offered one-to-one to every director.', []],
    ['It was one of the first departments to publish a plan.', []],
    ['Staff can call the helpline 24/7.', []],
    ['The 3rd cohort started training.', []],
    ['Results were shared with the G8 partners.', []],
    ['Hundreds of staff attended.', []],
    ['Call 0300 123 4567 or +44 20 7946 0000 for help.', []],
    // The number of a frequency is no number; its period is a duration.
    ['Plans are reviewed every 6 months.', [{ type: 'duration', text: '6 months', value: 'P6M' }]],
    ['Two-thirds of respondents felt confident.', []],
    ['The unit set up a two-way channel and a three-tier model.', []],
    ['Around three quarters of staff completed it.', []],
    ['We cut costs by one third, and one quarter of managers agreed.', []],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('number: enumerators label items and count nothing', () => {
  it.each<[string, Seen[]]>([
    ['Evidence for all who: 1) have an interest in the trust; or 2) have control over it; or 3) belong to a class of person.', []],
    ['The evidence covers (1) the beneficiaries; (2) those who control the structure.', []],
    ['Evidence for 1) the lead partner and 2) all other partners.', []],
    // A number closed by a bracket that the sentence opened is an amount: "(of 12)".
    ['The board (of 12) met twice.', [n('12', 12)]],
    ['The review covered 4 business cases (of 12) in detail.', [n('4', 4, 'business cases'), n('12', 12)]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('number: "one" before the noun it quantifies, and a qualifier after the amount', () => {
  it.each<[string, Seen[]]>([
    ['You cannot use one form of identification for both.', [n('one', 1, 'form of identification')]],
    ['Evidence for the lead partner and one other partner.', [n('one', 1, 'partner')]],
    // Rounds and sessions of an activity count the activity.
    ['Staff ran 30 rounds of user research.', [n('30', 30, 'rounds of user research')]],
    // A label word used as a verb labels nothing.
    ['They will each release 10 further datasets.', [n('10', 10, 'datasets')]],
    // Nor does a time reckoned from now: "Last year 41 councils …".
    ['In the last round 41 councils shared data, and Year 7 pupils study it.', [n('41', 41, 'councils'), n('7', 7)]],
    // The number of a building in an address is no count.
    ['Write to Nobel House, 17 Smith Square, or to 102 Petty France Road.', []],
    // So is one between "at" and a place that closes the phrase, not a count of a place's things.
    ['The board met at 70 Whitehall, and staff work at 3 London sites.', [n('3', 3, 'London sites')]],
    // So are "further", "more", "additional": "2 further areas" counts "areas".
    ['Badger control will roll out in 2 further areas and 3 more sites.', [n('2', 2, 'areas'), n('3', 3, 'sites')]],
    // A capitalised plural before the capitalised plural head of a name is a modifier.
    ['We will open 12 Employer Skills Hubs.', [n('12', 12, 'Employer Skills Hubs')]],
    // A plural before a determiner is the verb, not a modifier of a head: "volunteers staff each centre".
    ['Between 10 and 15 volunteers staff each of the 6 centres.', [{ type: 'number', text: '10 and 15', value: 10, valueEnd: 15, counts: 'volunteers' }, n('6', 6, 'centres')]],
    // So is "such"; a superlative is an adjective of the phrase; an acronym ending in S modifies the head.
    ['We let 38 such contracts, tested the 3 most common screen readers and met 40 NHS trusts.', [n('38', 38, 'contracts'), n('3', 3, 'most common screen readers'), n('40', 40, 'NHS trusts')]],
    // ("Further education" is a kind of college, not a determiner.)
    ['There are 18 further education colleges in the region.', [n('18', 18, 'further education colleges')]],
    ['It avoids the failure of one component breaking the transaction.', [n('one', 1, 'component')]],
    ['No one attended the second session.', []],
    ['Teams help one another.', []],
    ['Convert from one form to the other.', []],
    // A participle or a manner after "one" makes it a pronoun, whatever the comparison before it.
    ['Online it costs 20 times less than one done by telephone and 50 times less than one face to face.', [n('20', 20), n('50', 50)]],
    ['A web claim is cheaper than one made by phone, and one sent by post costs most.', []],
    ['More than one department agreed.', [{ ...n('one', 1, 'department'), mod: 'MORE_THAN' }]],
    ['A partnership with six or more partners.', [{ ...n('six', 6, 'partners'), mod: 'EQUAL_OR_MORE' }]],
    ['A partnership with five or less partners.', [{ ...n('five', 5, 'partners'), mod: 'EQUAL_OR_LESS' }]],
    ['Teams of 40 or fewer staff.', [{ ...n('40', 40, 'staff'), mod: 'EQUAL_OR_LESS' }]],
    // The qualifier after the counted noun: "5 grams or more".
    ['Drinks with 5 grams or more per 100 millilitres pay the higher rate.', [{ ...n('5', 5, 'grams'), mod: 'EQUAL_OR_MORE' }, n('100', 100, 'millilitres')]],
    ['Firms with 250 employees or fewer are exempt.', [{ ...n('250', 250, 'employees'), mod: 'EQUAL_OR_LESS' }]],
    ['It serves 40 councils, or more than half.', [n('40', 40, 'councils')]],
    // A multiplier counts nothing; a frequency counts its occasions.
    ['Costs are 4 times as high online, 20 times more people use it, and the board meets 6 times a year.', [n('4', 4), n('20', 20), n('6', 6, 'times')]],
    // Before any comparative.
    ['Digital is 20 times cheaper and 30 times quicker than post.', [n('20', 20), n('30', 30)]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('number: digits inside another numeric mention are not separate numbers', () => {
  it.each<[string, Seen[]]>([
    ['A grant of £2.5 million reached 1,500,000 users.', [
      { type: 'money', text: '£2.5 million', value: 2500000, currency: 'GBP' },
      n('1,500,000', 1500000, 'users'),
    ]],
    ['The score rose to 63% in 2013.', [{ type: 'percent', text: '63%', value: 63 }, { type: 'date', text: '2013', value: '2013' }]],
    ['The course lasts 10 weeks and trains 20 apprentices.', [
      { type: 'duration', text: '10 weeks', value: 'P10W' },
      n('20', 20, 'apprentices'),
    ]],
    ['The plan was published on 16 January 2015.', [{ type: 'date', text: '16 January 2015', value: '2015-01-16' }]],
    ['The winners of the Public Sector Communications Awards 2014 were announced.', []],
    // A financial year after a name belongs to it, and its end is no number.
    ['The Spending Review 2015-16 allocations were set.', []],
    ['The report (HC 1059, Session 2016-17) found gaps.', []],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('number: qualifiers (mod), ranges (valueEnd) and ratios', () => {
  const q = (text: string, value: number, mod: string, counts?: string): Seen => ({ ...n(text, value, counts), mod });
  const range = (text: string, value: number, valueEnd: number, counts?: string): Seen => ({ ...n(text, value, counts), valueEnd });
  it.each<[string, Seen[]]>([
    ['Around 40,000 people applied.', [q('40,000', 40000, 'APPROX', 'people')]],
    ['Internet use is lowest among those aged 65 & over.', [q('65', 65, 'EQUAL_OR_MORE')]],
    ['This number rises to nearer 1.5 billion when all are counted.', [q('1.5 billion', 1500000000, 'APPROX')]],
    ['Take-up was over 40 staff and 20 contractors.', [q('40', 40, 'MORE_THAN', 'staff'), n('20', 20, 'contractors')]],
    ['About 300 firms took part.', [q('300', 300, 'APPROX', 'firms')]],
    ['Some 2,500 claims were settled.', [q('2,500', 2500, 'APPROX', 'claims')]],
    ['Approximately 70 teams use it.', [q('70', 70, 'APPROX', 'teams')]],
    ['Roughly 12 pilots ran.', [q('12', 12, 'APPROX', 'pilots')]],
    ['Almost 30 staff have signed up.', [q('30', 30, 'APPROX', 'staff')]],
    ['There are fewer than 40 vacancies.', [q('40', 40, 'LESS_THAN', 'vacancies')]],
    ['Under 15 councils replied.', [q('15', 15, 'LESS_THAN', 'councils')]],
    ['More than 100 individuals were trained.', [q('100', 100, 'MORE_THAN', 'individuals')]],
    ['At least 2,500 apprentices will start.', [q('2,500', 2500, 'EQUAL_OR_MORE', 'apprentices')]],
    ['A minimum of 8 sites will open.', [q('8', 8, 'EQUAL_OR_MORE', 'sites')]],
    ['The board has 650-plus members.', [q('650', 650, 'EQUAL_OR_MORE', 'members')]],
    ['Up to 20 teams can join.', [q('20', 20, 'EQUAL_OR_LESS', 'teams')]],
    ['No more than 5 suppliers may bid.', [q('5', 5, 'EQUAL_OR_LESS', 'suppliers')]],
    ['The office employs 12 to 31 staff.', [range('12 to 31', 12, 31, 'staff')]],
    ['Between 5 and 10 departments will pilot it.', [range('5 and 10', 5, 10, 'departments')]],
    ['Teams of 6–8 people run each service.', [range('6–8', 6, 8, 'people')]],
    // A scale written once, after the end, is the start's too.
    ['Between 2.5 and 3 million people and 2-3 million adults are offline.', [range('2.5 and 3 million', 2500000, 3000000, 'people'), range('2-3 million', 2000000, 3000000, 'adults')]],
    // "or so" after the amount approximates it; a qualifier written after one amount is that amount's alone.
    ['Their 14,000 or so counter staff help.', [q('14,000', 14000, 'APPROX', 'counter staff')]],
    ['Many are aged 65 or over, and 3 out of 10 live alone.', [q('65', 65, 'EQUAL_OR_MORE'), { type: 'number', text: '3 out of 10', value: 0.3 }]],
    ['Headcount went from 12 to 31 staff.', [n('12', 12), n('31', 31, 'staff')]],
    ['ISBN 978-1-4741-4098-0 is a code.', []],
    ['Call 0300 123 4567 or quote 12-345-678.', []],
    ['Call the helpline on 03459 33 55 77.', []],
    ['4 in 5 appeals are decided on paper.', [{ type: 'number', text: '4 in 5', value: 0.8, counts: 'appeals' }]],
    // A verb right after a ratio makes it the subject: it counts nothing written.
    ['About 1 in 10 cite monthly charges, and 9 in 10 use it.', [{ type: 'number', text: '1 in 10', value: 0.1, mod: 'APPROX' }, { type: 'number', text: '9 in 10', value: 0.9 }]],
    ['1 in 3 adults has never used the service.', [{ type: 'number', text: '1 in 3', value: 0.333333, counts: 'adults' }]],
    // An adverb opening the sentence qualifies it, no name with a numeral.
    ['Nearly 1 in 4 applications now arrives online.', [{ type: 'number', text: '1 in 4', value: 0.25, counts: 'applications', mod: 'APPROX' }]],
    ['One in four claimants applies online.', [{ type: 'number', text: 'One in four', value: 0.25, counts: 'claimants' }]],
    ['9 out of 10 users succeed first time.', [{ type: 'number', text: '9 out of 10', value: 0.9, counts: 'users' }]],
    ['The unit opened 3 in 2013 and 14 in Newcastle.', [n('3', 3), { type: 'date', text: '2013', value: '2013' }, n('14', 14)]],
    ['Action 05: All departments will redesign services.', [{ type: 'number', text: '05', value: 5 }]],
    ['04 Digital by default services', [{ type: 'number', text: '04', value: 4 }]],
    ['##08 Perceived Benefits', [{ type: 'number', text: '08', value: 8 }]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

// A footnote marker and the note it points to: neither is an amount, but only when the document writes
// both (a "(2)" after a word, and a sentence opening with "2"); either alone may be a count.
describe('number: footnote markers and the notes they point to', () => {
  const numbersOf = (markdown: string) =>
    runText(markdown, 'test.md').entities.filter((e) => e.type === 'number').map((e) => `${e.text}${e.counts ? ` ${e.counts}` : ''}`);
  const table = '| Item | 2016-17 |\n|---|---|\n| Gilt redemptions (1) | 69.9 |\n| Other financing (2) | 0.2 |\n\n';
  it.each<[string, string, string[]]>([
    ['markers in row heads and the notes they open', `${table}1 Central government net cash requirement.\n\n2 Prior to the outturn, this item is estimated.\n`, ['69.9', '0.2']],
    ['a marker after a word in running text', 'Borrowing rose (1) in the year.\n\n1 Excluding the banks.\n', []],
    ['a marker with no note is left as it is', `${table}Figures may not sum due to rounding.\n`, ['1', '69.9', '2', '0.2']],
    ['a sentence opening with a number that nothing marks counts', '12 Departments signed up in 2014.\n', ['12 Departments']],
    // A bracketed number standing alone as a paragraph refers to a numbered item elsewhere (a row of a
    // costings table): a marker, not an amount; a bracketed cell of a table in units stays an amount.
    ['a bracketed number alone on its paragraph', 'The dividend allowance will be reduced to £2,000.\n\n(16)\n\nThe rate rises in 2018.\n', []],
    ['a bracketed number in a sentence', 'The teams (16) met twice.\n', ['16']],
    // One closing a bullet item after its full stop is the same marker.
    ['a bracketed number closing a bullet item', '- The relief will be extended for 12 months, at a cost of £360 million. (15)\n- It covers 40 councils. (16)\n', ['40 councils']],

  ])('%s', (_name, markdown, expected) => {
    expect(numbersOf(markdown)).toEqual(expected);
  });
});
