// date: calendar points and periods through the whole extractor chain, with ISO values, TIMEX3 `mod`
// and phase-year anchoring. Sentences are written in the style of the progress pages.
import { describe, expect, it } from 'vitest';
import { numericMentions, runText, type SeenMention } from './helpers.js';
import { extractSentence } from '../src/extract/index.js';

const numeric = numericMentions;
type Seen = SeenMention;

type Mod = 'EARLY' | 'MID' | 'LATE' | 'START' | 'END';
const d = (text: string, value: string, mod?: Mod): Seen => ({ type: 'date', text, value, ...(mod ? { mod } : {}) });
/** A date whose year came from the section's phase heading. */
const anchored = (text: string, value: string, mod?: Mod): Seen => ({ ...d(text, value, mod), anchor: 'phase' });

describe('date: full dates, months and years', () => {
  it.each<[string, Seen[]]>([
    ['The strategy was published on 16 January 2015.', [d('16 January 2015', '2015-01-16')]],
    ['The service went live on 1st April 2014.', [d('1st April 2014', '2014-04-01')]],
    ['The board met on the 3rd of March 2014.', [d('3rd of March 2014', '2014-03-03')]],
    ['Work began on Monday 7 July 2014 with a kick-off.', [d('7 July 2014', '2014-07-07')]],
    ['The beta opened on September 22, 2014.', [d('September 22, 2014', '2014-09-22')]],
    // A range of days in one month: the first day takes the month and year of the last.
    ['It will take place from 12 to 18 October 2015.', [d('12', '2015-10-12'), d('18 October 2015', '2015-10-18')]],
    ['Supplier days will be held on 12 and 13 September 2014.', [d('12', '2014-09-12'), d('13 September 2014', '2014-09-13')]],
    ['Workshops ran 2-3 June 2014, for 5-10 staff.', [d('2', '2014-06-02'), d('3 June 2014', '2014-06-03'), { type: 'number', text: '5-10', value: 5, valueEnd: 10, counts: 'staff' }]],
    ['The plan was agreed in December 2012.', [d('December 2012', '2012-12')]],
    ['The pilot ran until Sept 2013.', [d('Sept 2013', '2013-09')]],
    // A tab after a day and month ends them: a table cell, not a year.
    ['Claims were paid by 31 March\t14%', [anchored('31 March', '2014-03-31'), { type: 'percent', text: '14%', value: 14 }]],
    ['Training started in the spring of 2013 and ended in October of 2013.', [d('spring of 2013', '2013-SP'), d('October of 2013', '2013-10')]],
    ['A review will be completed by 2015.', [d('2015', '2015')]],
    ['In 2013 the survey was run for the first time.', [d('2013', '2013')]],
    ['Staff were surveyed in 2013 and again in 2014.', [d('2013', '2013'), d('2014', '2014')]],
    ['It led the response to the 2013 typhoon in the Philippines.', [d('2013', '2013')]],
    ['Unlike 2013, the survey was run online.', [d('2013', '2013')]],
    ['Forms received on 12/03/2014 were processed first.', [d('12/03/2014', '2014-03-12')]],
    ['The contract ends on 31.03.2015 and version 1.2.2015 ships.', [d('31.03.2015', '2015-03-31')]],
    ['The data were extracted on 2014-03-12.', [d('2014-03-12', '2014-03-12')]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('date: modifiers (TIMEX3 mod)', () => {
  it.each<[string, Seen[]]>([
    ['Recruitment began in mid-September 2013.', [d('mid-September 2013', '2013-09', 'MID')]],
    ['The new system will launch in early 2014.', [d('early 2014', '2014', 'EARLY')]],
    ['The headcount will rise early in 2014.', [d('early in 2014', '2014', 'EARLY')]],
    ['A second cohort starts late in 2015.', [d('late in 2015', '2015', 'LATE')]],
    ['Results are due at the end of March 2015.', [d('the end of March 2015', '2015-03', 'END')]],
    ['The team will be in place by the start of 2015.', [d('the start of 2015', '2015', 'START')]],
    ['The review closes at the beginning of June 2014.', [d('the beginning of June 2014', '2014-06', 'START')]],
    ['The campaign ran in late summer 2013.', [d('late summer 2013', '2013-SU', 'LATE')]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('date: a month or season without a year takes the phase year', () => {
  it.each<[string, number | null, Seen[]]>([
    ['All teams will be trained by the end of October.', 2014, [anchored('the end of October', '2014-10', 'END')]],
    ['In June the department launched its academy.', 2014, [anchored('June', '2014-06')]],
    ['The first cohort graduated in June.', 2013, [anchored('June', '2013-06')]],
    ['A skills audit was carried out in the spring.', 2013, [anchored('spring', '2013-SP')]],
    ['An update was published in late summer.', 2014, [anchored('late summer', '2014-SU', 'LATE')]],
    ['Roadshows ran in December in four offices.', 2014, [anchored('December', '2014-12'), { type: 'number', text: 'four', value: 4, counts: 'offices' }]],
    ['The pilot will run from March to May.', 2014, [anchored('March', '2014-03'), anchored('May', '2014-05')]],
    ['Workshops were held in April and May.', 2014, [anchored('April', '2014-04'), anchored('May', '2014-05')]],
    ['Interviews took place on 14 May.', 2014, [anchored('14 May', '2014-05-14')]],
    ['Over the summer the team ran user research.', 2014, [anchored('summer', '2014-SU')]],
    ['A month without a phase year stays open: in June.', null, [d('June', 'XXXX-06')]],
    // A quarter or half by its ordinal without a year.
    ['It opened to farmers in the first quarter and grew in the second half.', 2014, [anchored('first quarter', '2014-Q1'), anchored('second half', '2014-H2')]],
    // A month that opens a span or list of months is a date without a preposition before it.
    ['The next report, covering July to September, will follow.', 2014, [anchored('July', '2014-07'), anchored('September', '2014-09')]],
    ['Reviews covered March and April.', 2014, [anchored('March', '2014-03'), anchored('April', '2014-04')]],
    // A month that names an occasion after "the": "the May meeting", "the June figures".
    ['The board chaired the May meeting, and the June figures rose.', 2013, [anchored('May', '2013-05'), anchored('June', '2013-06')]],
    ['The December figure was late, and the March results were early.', 2013, [anchored('December', '2013-12'), anchored('March', '2013-03')]],
    ['Figures will appear in the April report.', 2014, [anchored('April', '2014-04')]],
    // So is a month or quarter that labels a line.
    ['April: the private beta opens to 500 users.', 2015, [anchored('April', '2015-04'), { type: 'number', text: '500', value: 500, counts: 'users' }]],
    ['Q1: private beta for the Share Driving Licence service', 2015, [anchored('Q1', '2015-Q1')]],
    // Not a verb or a modal: "May" stays a verb; a month inside a sentence with no context stays out.
    ['May: we may publish later.', 2015, [anchored('May', '2015-05')]],
    ['Officials may march on.', 2015, []],
  ])('%s (phase %s)', (sentence, phaseYear, expected) => {
    expect(numeric(sentence, phaseYear)).toEqual(expected);
  });
});

describe('date: a month followed in the same phrase by a year takes that year', () => {
  it.each<[string, Seen[]]>([
    // Wherever it stands, with no preposition before it.
    ['Quarterly Progress Report: July to September 2013', [d('July', '2013-07'), d('September 2013', '2013-09')]],
    ['May to July 2014 saw growth.', [d('May', '2014-05'), d('July 2014', '2014-07')]],
    ['Interviews were held in November/early December 2013.', [d('November', '2013-11'), d('early December 2013', '2013-12', 'EARLY')]],
    ['The pilot ran from April to June 2014.', [d('April', '2014-04'), d('June 2014', '2014-06')]],
    ['Courses ran in September and October 2013.', [d('September', '2013-09'), d('October 2013', '2013-10')]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence, 2015)).toEqual(expected);
  });
});

describe('date: two years in a row are a UK financial year, longer ranges a range of years', () => {
  it.each<[string, Seen[]]>([
    ['The budget for 2013/14 was agreed.', [d('2013/14', 'FY2013-14')]],
    ['Savings in 2013-14 exceeded the target.', [d('2013-14', 'FY2013-14')]],
    ['Savings in 2013–14 exceeded the target.', [d('2013–14', 'FY2013-14')]],
    ['The plan covers 2013 to 2014.', [d('2013 to 2014', 'FY2013-14')]],
    ['Funding is agreed for 2016 to 2017.', [d('2016 to 2017', 'FY2016-17')]],
    ['The 2014/2015 business plan sets the targets.', [d('2014/2015', 'FY2014-15')]],
    ['The plan runs from 2015 to 2020.', [d('2015 to 2020', '2015/2020')]],
    // Written with "FY", the letters belong to the date.
    ['The pilot ends in FY 2014-15.', [d('FY 2014-15', 'FY2014-15')]],
    ['Savings in FY14/15 were higher.', [d('FY14/15', 'FY2014-15')]],
    ['Savings in FY2013/14 were higher.', [d('FY2013/14', 'FY2013-14')]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('date: quarters and halves of a year (TIMEX3 2014-Q3, 2014-H1)', () => {
  it.each<[string, Seen[]]>([
    ['The service will move to beta in Q3 2014.', [d('Q3 2014', '2014-Q3')]],
    // The year first, as the ONS writes quarters.
    ['GDP grew by 0.7% in 2016 Q4 and by 0.6% in 2016Q3.', [{ type: 'percent', text: '0.7%', value: 0.7 }, d('2016 Q4', '2016-Q4'), { type: 'percent', text: '0.6%', value: 0.6 }, d('2016Q3', '2016-Q3')]],
    ['The service will move to beta in the third quarter of 2014.', [d('third quarter of 2014', '2014-Q3')]],
    ['The first half of 2015 will see a new pilot.', [d('first half of 2015', '2015-H1')]],
    ['The review ends in Q1.', [anchored('Q1', '2014-Q1')]],
    // A quarter by its number, as quarterly reports write it.
    ['In quarter 3 the board met twice.', [anchored('quarter 3', '2014-Q3')]],
    ['In Quarter 2 2013 the team grew.', [d('Quarter 2 2013', '2013-Q2')]],
    ['Costs fell in quarter 4 of 2013.', [d('quarter 4 of 2013', '2013-Q4')]],
    // A quarter of a financial year: the year as written, the quarter counted from April.
    ['Spending fell in Q3 2013/14.', [d('Q3 2013/14', 'FY2013-14-Q3')]],
    ['Costs for 2013-14 Q4 fell.', [d('2013-14 Q4', 'FY2013-14-Q4')]],
    ['Costs fell in quarter 1 of 2014-15.', [d('quarter 1 of 2014-15', 'FY2014-15-Q1')]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('date: what is not a date', () => {
  it.each<[string, Seen[]]>([
    ['Departments may publish their own plans.', []],
    ['The department may meeting its targets.', []],
    // A month that recurs names no one month.
    ['Prior to the outturn in April each year, the item is an estimate.', []],
    ['Every year in March the figures are revised.', []],
    ['May we suggest a different approach.', []],
    ['Teams will march ahead with the roll-out.', []],
    ['The department won two Public Sector Communications Awards 2014.', []],
    ['The team ran a summer school for graduates.', []],
    ['It will report back next spring.', []],
    ['The Chancellor confirmed the funding in the Autumn Statement.', []],
    ['Legacy systems from the 1990s were replaced.', []],
    ['The award was presented at the Civil Service Awards 2013 ceremony.', []],
    ['The phone line is 0300 123 4567.', []],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence).filter((m) => m.type === 'date')).toEqual(expected.filter((m) => m.type === 'date'));
  });
});

/** What the interval rows show: the date, its value and its first and last day. */
function intervals(sentence: string, phaseYear: number | null = null, time = {}): Array<[string, unknown, string | undefined, string | undefined]> {
  return extractSentence({ text: sentence, phaseYear, acronyms: new Map(), ...time })
    .filter((m) => m.type === 'date' || m.type === 'duration')
    .map((m) => [sentence.slice(m.from, m.to), m.value, m.dateStart, m.dateEnd]);
}

describe('date: every date has an interval of ISO days (dateStart, dateEnd)', () => {
  it.each<[string, Array<[string, unknown, string | undefined, string | undefined]>]>([
    ['The service opened on 16 January 2015.', [['16 January 2015', '2015-01-16', '2015-01-16', '2015-01-16']]],
    ['The pilot ran in February 2016.', [['February 2016', '2016-02', '2016-02-01', '2016-02-29']]],
    ['The review ends in 2014.', [['2014', '2014', '2014-01-01', '2014-12-31']]],
    ['The portal launches in autumn 2017.', [['autumn 2017', '2017-FA', '2017-09-01', '2017-11-30']]],
    ['Work starts in winter 2013.', [['winter 2013', '2013-WI', '2013-12-01', '2014-02-28']]],
    ['Results come in Q1 2017.', [['Q1 2017', '2017-Q1', '2017-01-01', '2017-03-31']]],
    ['The second half of 2015 brings the rollout.', [['second half of 2015', '2015-H2', '2015-07-01', '2015-12-31']]],
    ['Spending in 2015-16 fell.', [['2015-16', 'FY2015-16', '2015-04-01', '2016-03-31']]],
    ['Spending fell in Q3 2013/14.', [['Q3 2013/14', 'FY2013-14-Q3', '2013-10-01', '2013-12-31']]],
    // A period written with "to" after a title is the title's period, not part of its name.
    ['The Government Transformation Strategy 2017 to 2020 sets out the plan.', [['2017 to 2020', '2017/2020', '2017-01-01', '2020-12-31']]],
    ['Claims rose in the first quarter of 2014/15.', [['first quarter of 2014/15', 'FY2014-15-Q1', '2014-04-01', '2014-06-30']]],
    ['Claims fell in the final quarter of 2013-14.', [['final quarter of 2013-14', 'FY2013-14-Q4', '2014-01-01', '2014-03-31']]],
    ['It covers the third quarter of the 2014-15 financial year.', [['third quarter of the 2014-15 financial year', 'FY2014-15-Q3', '2014-10-01', '2014-12-31']]],
    // A wider gap than a space sets table cells apart: each cell's quarter is its own.
    ['Measure          Q1 2013-14   Q2 2013-14', [['Q1 2013-14', 'FY2013-14-Q1', '2013-04-01', '2013-06-30'], ['Q2 2013-14', 'FY2013-14-Q2', '2013-07-01', '2013-09-30']]],
    ['Spending fell in Q4 2013/14.', [['Q4 2013/14', 'FY2013-14-Q4', '2014-01-01', '2014-03-31']]],
    // A half of a financial year, counted from April as its quarters are.
    ['Around 12,500 staff completed it in the first half of 2013-14.', [['first half of 2013-14', 'FY2013-14-H1', '2013-04-01', '2013-09-30']]],
    ['Take-up rose in the second half of 2014/15.', [['second half of 2014/15', 'FY2014-15-H2', '2014-10-01', '2015-03-31']]],
    ['Funding is agreed for 2015 to 2016.', [['2015 to 2016', 'FY2015-16', '2015-04-01', '2016-03-31']]],
    ['The plan runs from 2015 to 2020.', [['2015 to 2020', '2015/2020', '2015-01-01', '2020-12-31']]],
    ['The beta opens in early 2014.', [['early 2014', '2014', '2014-01-01', '2014-04-30']]],
    ['The beta opens in mid-2014.', [['mid-2014', '2014', '2014-05-01', '2014-08-31']]],
    ['The beta opens by the end of 2014.', [['the end of 2014', '2014', '2014-09-01', '2014-12-31']]],
    // An end written without "the … of", as plans and milestone tables write it.
    ['Publish the strategy end-2014 and the review by end-March 2015.', [['end-2014', '2014', '2014-09-01', '2014-12-31'], ['end-March 2015', '2015-03', '2015-03-21', '2015-03-31']]],
    // Capitalised, opening a table cell or a line, or after "by".
    ['End 2014', [['End 2014', '2014', '2014-09-01', '2014-12-31']]],
    ['Publish the review by End March 2015.', [['End March 2015', '2015-03', '2015-03-21', '2015-03-31']]],
    ['By end 2014 all staff move; the pilot runs from start-2015.', [['end 2014', '2014', '2014-09-01', '2014-12-31'], ['start-2015', '2015', '2015-01-01', '2015-04-30']]],
    ['The beta opens in late September 2014.', [['late September 2014', '2014-09', '2014-09-21', '2014-09-30']]],
    ['The beta opens in early March 2014.', [['early March 2014', '2014-03', '2014-03-01', '2014-03-10']]],
    // "The early months of 2017" is early 2017: the modifier's third of the year.
    ['Inflation rose in the early months of 2017.', [['early months of 2017', '2017', '2017-01-01', '2017-04-30']]],
    ['Prices fell in the final months of 2016.', [['final months of 2016', '2016', '2016-09-01', '2016-12-31']]],
  ])('%s', (sentence, expected) => {
    expect(intervals(sentence)).toEqual(expected);
  });
});

describe('date: without a year or relative, anchored to the phase year, else the period the document covers, else its own date', () => {
  const period = { period: { start: '2013-07-01', end: '2013-09-30' } };
  const dated = { documentDate: '2015-01-16' };
  it.each<[string, number | null, object, Array<[string, unknown, string | undefined, string | undefined]>, string[]]>([
    ['The review ends in October.', 2014, {}, [['October', '2014-10', '2014-10-01', '2014-10-31']], ['phase']],
    ['The review ends in October.', null, period, [['October', '2013-10', '2013-10-01', '2013-10-31']], ['period']],
    ['The review ends in October.', null, dated, [['October', '2015-10', '2015-10-01', '2015-10-31']], ['document']],
    ['The review ends in October.', null, {}, [['October', 'XXXX-10', undefined, undefined]], []],
    ['Applications rose this quarter.', null, period, [['this quarter', '2013-Q3', '2013-07-01', '2013-09-30']], ['period']],
    ['Applications fell last quarter.', null, period, [['last quarter', '2013-Q2', '2013-04-01', '2013-06-30']], ['period']],
    // "the quarter" after "in", "during": the current one; the same one a year before.
    ['In the quarter claims rose 12% on the same quarter last year.', null, period, [['the quarter', '2013-Q3', '2013-07-01', '2013-09-30'], ['the same quarter last year', '2012-Q3', '2012-07-01', '2012-09-30']], ['period', 'period']],
    ['The quarter ended well, as did the quarter to June.', null, period, [['June', '2013-06', '2013-06-01', '2013-06-30']], ['period']],
    // "the same period last year" in a report on a quarter is that quarter a year before.
    ['Claims rose 5% on the same period last year.', null, period, [['the same period last year', '2012-Q3', '2012-07-01', '2012-09-30']], ['period']],
    // Not "a year earlier", and not where the sentence names the time the period is.
    ['Spending in the first half of 2013-14 was £18.6m, against £9.2m in the same period a year earlier.', null, period, [['first half of 2013-14', 'FY2013-14-H1', '2013-04-01', '2013-09-30']], []],
    // After "for" too, and before "to" and the total it went to (not a date it ended on).
    ['Spend for the quarter was £2m, and headcount fell over the quarter to 409,700.', null, period, [['the quarter', '2013-Q3', '2013-07-01', '2013-09-30'], ['the quarter', '2013-Q3', '2013-07-01', '2013-09-30']], ['period', 'period']],
    ['Applications fell in the previous quarter.', null, dated, [['the previous quarter', '2014-Q4', '2014-10-01', '2014-12-31']], ['document']],
    ['More will follow next quarter.', null, { period: { start: '2013-10-01', end: '2013-12-31' } }, [['next quarter', '2014-Q1', '2014-01-01', '2014-03-31']], ['period']],
    ['Progress this year has been good.', 2014, {}, [['this year', '2014', '2014-01-01', '2014-12-31']], ['phase']],
    // Capitalised at the start of a sentence.
    ['This year the agency will consult.', null, dated, [['This year', '2015', '2015-01-01', '2015-12-31']], ['document']],
    ['Last quarter applications fell.', null, period, [['Last quarter', '2013-Q2', '2013-04-01', '2013-06-30']], ['period']],
    ['Fewer claims were made than the year before.', null, dated, [['the year before', '2014', '2014-01-01', '2014-12-31']], ['document']],
    ['Take-up reached 95%, up from 91% a year earlier.', 2014, {}, [['a year earlier', '2013', '2013-01-01', '2013-12-31']], ['phase']],
    ['A year ago the service had no users.', null, dated, [['A year ago', '2014', '2014-01-01', '2014-12-31']], ['document']],
    // A modifier before a relative year is the date's, as in "early 2015".
    ['We will publish a plan early next year.', null, dated, [['early next year', '2016', '2016-01-01', '2016-04-30']], ['document']],
    // Not the base of a comparison, nor a time another noun names.
    ['Pay rose 2.6% compared with the same period a year earlier, and prices 1.8% on a year earlier.', null, dated, [], []],
    // Reckoned from the end of the period a report covers as from the document's date.
    ['Use has grown since it was launched in December.', null, { period: { start: '2014-04-01', end: '2014-06-30' } }, [['December', '2013-12', '2013-12-01', '2013-12-31']], ['period']],
    // Future meaning without "will", a date whose tense follows it, and a season, in a report written in January.
    ['Departments are on track to have 23 in beta by the end of March.', null, { period: { start: '2014-10-01', end: '2014-12-31' }, documentDate: '2015-01-29' }, [['the end of March', '2015-03', '2015-03-21', '2015-03-31']], ['period']],
    ['From 1 April, controls will also cover contracts.', null, { period: { start: '2014-10-01', end: '2014-12-31' }, documentDate: '2015-01-29' }, [['1 April', '2015-04-01', '2015-04-01', '2015-04-01']], ['period']],
    ['We will keep that pace through the spring.', null, { period: { start: '2014-10-01', end: '2014-12-31' }, documentDate: '2015-01-29' }, [['spring', '2015-SP', '2015-03-01', '2015-05-31']], ['period']],
    // A season still under way when the document was written is this one.
    ['We will publish guidance in the spring.', null, { documentDate: '2014-04-04' }, [['spring', '2014-SP', '2014-03-01', '2014-05-31']], ['document']],
    // A deadline's "by" in a clause in the past looks back; "expected" after "than" compares with the
    // past; a clause ends at a comma and a conjunction before the date, or a comma after it.
    ['Some 5,000 events were registered by the end of September.', null, { period: { start: '2014-07-01', end: '2014-09-30' }, documentDate: '2014-10-23' }, [['the end of September', '2014-09', '2014-09-21', '2014-09-30']], ['period']],
    ['Take-up was slower than we expected, and in March we launched the fund.', null, { period: { start: '2013-04-01', end: '2014-03-31' }, documentDate: '2014-07-03' }, [['March', '2014-03', '2014-03-01', '2014-03-31']], ['period']],
    ['In March we launched the fund, which is expected to help 5,000 homes.', null, { period: { start: '2013-04-01', end: '2014-03-31' }, documentDate: '2014-07-03' }, [['March', '2014-03', '2014-03-01', '2014-03-31']], ['period']],
    // A comparison is a clause of its own: the figure compared with is no promise's.
    ['By March 2015, we aim to have 80% of claims online, compared with about 55% in January.', null, { period: { start: '2013-04-01', end: '2013-06-30' }, documentDate: '2013-07-24' }, [['March 2015', '2015-03', '2015-03-01', '2015-03-31'], ['January', '2013-01', '2013-01-01', '2013-01-31']], ['period']],
    // "until" looks ahead from a past verb; after the date, the first verb says the tense.
    ['In March the trial was extended until the end of July.', null, { period: { start: '2014-01-01', end: '2014-03-31' }, documentDate: '2014-04-24' }, [['March', '2014-03', '2014-03-01', '2014-03-31'], ['the end of July', '2014-07', '2014-07-21', '2014-07-31']], ['period', 'period']],
    ['In January, ministers said the scheme would open in April.', null, { period: { start: '2014-01-01', end: '2014-03-31' }, documentDate: '2014-04-24' }, [['January', '2014-01', '2014-01-01', '2014-01-31'], ['April', '2014-04', '2014-04-01', '2014-04-30']], ['period', 'period']],
    // A past verb without an auxiliary turns a "by" back; in the past, the last such month up to the
    // time of writing, even after the period ends.
    ['Spend rose to £5m by the end of December, and returns were submitted in early January.', null, { period: { start: '2013-10-01', end: '2013-12-31' }, documentDate: '2014-01-30' }, [['the end of December', '2013-12', '2013-12-21', '2013-12-31'], ['early January', '2014-01', '2014-01-01', '2014-01-10']], ['period', 'period']],
    // A "will" far before the date still says its tense; an adjective in -ed is no past.
    ['NHS Employers will publish a revised Code of Practice for International Recruitment by the end of June.', null, { documentDate: '2017-12-14' }, [['the end of June', '2018-06', '2018-06-21', '2018-06-30']], ['document']],
    ['The Home Office and HM Courts & Tribunals Service will each put 2 assessors through the assessor training course by August.', null, { documentDate: '2013-07-18' }, [['August', '2013-08', '2013-08-01', '2013-08-31']], ['document']],
    ['Contract award is now expected in October, and the beta date is set for the autumn.', null, { period: { start: '2013-10-01', end: '2013-12-31' }, documentDate: '2014-07-24' }, [['October', '2014-10', '2014-10-01', '2014-10-31'], ['autumn', '2014-FA', '2014-09-01', '2014-11-30']], ['period', 'period']],
    ['Against a target of 50 by March.', null, { period: { start: '2013-10-01', end: '2013-12-31' }, documentDate: '2014-02-14' }, [['March', '2014-03', '2014-03-01', '2014-03-31']], ['period']],
    // A modifier before a year that names a noun's year is no part of the date.
    ['Claims run until the end of the 2015 claim window.', null, {}, [['2015', '2015', '2015-01-01', '2015-12-31']], []],
    ['Staff said the past year had been a success.', null, dated, [['the past year', 'P1Y', '2014-01-17', '2015-01-16']], ['document']],
    ['Visits doubled over the last 12 months.', null, period, [['the last 12 months', 'P12M', '2012-10-01', '2013-09-30']], ['period']],
    ['Consultancy costs fell over the last two financial years.', null, dated, [['the last two financial years', 'P2Y', '2013-01-17', '2015-01-16']], ['document']],
    ['Take-up has doubled since last October.', null, { documentDate: '2013-11-20' }, [['last October', '2013-10', '2013-10-01', '2013-10-31']], ['document']],
    ['Take-up has doubled since last October.', null, { documentDate: '2014-03-05' }, [['last October', '2013-10', '2013-10-01', '2013-10-31']], ['document']],
    ['The service opens next March.', null, { documentDate: '2014-03-05' }, [['next March', '2015-03', '2015-03-01', '2015-03-31']], ['document']],
    // Under a phase whose year is not the document's, a quarter, a month or a financial year is reckoned
    // from the document's date, a year from the phase.
    ['DfE will report next quarter, start next month and finish by the end of the financial year, as planned this year.', 2014, { documentDate: '2013-12-12' }, [['next quarter', '2014-Q1', '2014-01-01', '2014-03-31'], ['next month', '2014-01', '2014-01-01', '2014-01-31'], ['the end of the financial year', 'FY2013-14', '2013-12-01', '2014-03-31'], ['this year', '2014', '2014-01-01', '2014-12-31']], ['document', 'document', 'document', 'phase']],
    ['The plan for the last quarter of 2014 is set.', null, dated, [['last quarter of 2014', '2014-Q4', '2014-10-01', '2014-12-31']], []],
    // A financial year named relatively: April to March around the reference day.
    ['Savings reached £4.5m this financial year, against £3m last financial year.', null, { documentDate: '2017-03-08' }, [['this financial year', 'FY2016-17', '2016-04-01', '2017-03-31'], ['last financial year', 'FY2015-16', '2015-04-01', '2016-03-31']], ['document', 'document']],
    ['Spending in the current financial year rose.', null, { documentDate: '2013-11-20' }, [['the current financial year', 'FY2013-14', '2013-04-01', '2014-03-31']], ['document']],
    // A relative year followed by "to" and a verb is the year itself; before a date it opens a period.
    ['Go ON UK will receive £250k this financial year to train staff.', null, { documentDate: '2014-07-24' }, [['this financial year', 'FY2014-15', '2014-04-01', '2015-03-31']], ['document']],
    ['Sales in the year to March 2014 rose.', null, dated, [['March 2014', '2014-03', '2014-03-01', '2014-03-31']], []],
    // "to" and an amount after a relative year is where a total went, not the year's end.
    // (A day and month after "to" still ends the period: no relative year.)
    ['Sales last year to 31 March 2014 rose.', null, { documentDate: '2014-07-24' }, [['31 March 2014', '2014-03-31', '2014-03-31', '2014-03-31']], []],
    ['Since it opened last year to 412 people have trained.', null, { documentDate: '2013-07-24' }, [['last year', '2012', '2012-01-01', '2012-12-31']], ['document']],
    // Reckoned from the document's date, a later month in a past clause is last year's, an earlier
    // month in a future clause next year's.
    ['Borrowing is lower than forecast in November.', null, { documentDate: '2017-03-08' }, [['November', '2016-11', '2016-11-01', '2016-11-30']], ['document']],
    ['The government will publish the review in February.', null, { documentDate: '2017-03-08' }, [['February', '2018-02', '2018-02-01', '2018-02-28']], ['document']],
    ['The OBR will publish its next forecast in November.', null, { documentDate: '2017-03-08' }, [['November', '2017-11', '2017-11-01', '2017-11-30']], ['document']],
    // A half of "the year" is a half of the year the sentence names, else of the reference year.
    ['Growth slowed in the second half of the year.', null, dated, [['second half of the year', '2015-H2', '2015-07-01', '2015-12-31']], ['document']],
    ['In 2016 growth was stronger in the second half of the year.', null, dated, [['2016', '2016', '2016-01-01', '2016-12-31'], ['second half of the year', '2016-H2', '2016-07-01', '2016-12-31']], []],
    ['Spending rose in the first half of this year.', 2014, {}, [['first half of this year', '2014-H1', '2014-01-01', '2014-06-30']], ['phase']],
    // An end of "the year" is read as that year is, with its modifier's third of it.
    ['Departments will publish their workforce plans by the end of the year.', null, period, [['the end of the year', '2013', '2013-09-01', '2013-12-31']], ['period']],
    ['The start of next year brings the second phase.', null, dated, [['The start of next year', '2016', '2016-01-01', '2016-04-30']], ['document']],
    // So is an end of the current quarter, month or financial year.
    ['Staff will transfer to Newport by the end of the quarter.', null, period, [['the end of the quarter', '2013-Q3', '2013-09-01', '2013-09-30']], ['period']],
    ['Savings of 5% are due by the end of the financial year.', null, period, [['the end of the financial year', 'FY2013-14', '2013-12-01', '2014-03-31']], ['period']],
    ['The form closes at the end of this month.', null, dated, [['the end of this month', '2015-01', '2015-01-21', '2015-01-31']], ['document']],
  ])('%s (phase %s, %j)', (sentence, phaseYear, time, expected, anchors) => {
    expect(intervals(sentence, phaseYear, time)).toEqual(expected);
    expect(extractSentence({ text: sentence, phaseYear, acronyms: new Map(), ...time }).flatMap((m) => (m.anchor ? [m.anchor] : []))).toEqual(anchors);
  });
});

describe('date: "the year" is the year the section was last discussing', () => {
  const datesOf = (text: string, path?: string) => runText(text, path).entities.filter((e) => e.type === 'date').map((e) => `${e.text} ${e.value}${e.anchor ? ` ${e.anchor}` : ''}`);
  it.each<[string, string[]]>([
    ['# Growth\n\nGDP grew by 1.8% in 2016.\n\nGrowth was stronger in the second half of the year.\n', ['2016 2016', 'second half of the year 2016-H2']],
    ['# Growth\n\nGDP grew by 1.8% in 2016.\n\nBy the end of the year it had recovered.\n', ['2016 2016', 'the end of the year 2016']],
    // "The year before", "the following year": reckoned from the last year or financial year written.
    ['# Savings\n\nCentral buying saved £426 million in 2012-13, up from £240m the year before.\n', ['2012-13 FY2012-13', 'the year before FY2011-12']],
    ['# Spending\n\nSpending rose in March 2011 and again in the following year.\n', ['March 2011 2011-03', 'the following year 2012']],
    ['# Take-up\n\nTake-up reached 95% in 2014, up from 91% a year earlier.\n', ['2014 2014', 'a year earlier 2013']],
    // "The previous quarter", "the previous month" after one the sentence writes.
    ['# Claims\n\nIn the third quarter of 2014 claims rose 25% on the previous quarter, and in March 2014 fell on the previous month.\n', ['third quarter of 2014 2014-Q3', 'the previous quarter 2014-Q2', 'March 2014 2014-03', 'the previous month 2014-02']],
    // In an annual report, after a calendar year: that year, its part kept ("2013-H1", not a financial
    // year's part glued on); "in the year" alone is the report's financial year.
    ['# Annual Report and Accounts 2013-14\n\nPublished 3 July 2014\n\n## Overview\n\nIn 2013 we installed 300 meters, and 400 by the end of the year. We ran 20 pilots in the first half of the year.\n\nSpending in the year was £4m.\n', ['3 July 2014 2014-07-03', '2013 2013', 'the end of the year 2013', 'first half of the year 2013-H1', 'the year FY2013-14 period']],
    // A promise's end of the year is the year of writing, not one an earlier sentence wrote.
    ['# Strategy\n\nPublished 14 March 2017\n\n## Skills\n\nThe index was first published in 2014.\n\nWe will publish guidance by the end of the year.\n', ['14 March 2017 2017-03-14', '2014 2014', 'the end of the year 2017 document']],
    // A year named in another section is not the one this section discusses.
    ['# Growth\n\nGDP grew by 1.8% in 2016.\n\n# Prices\n\nInflation rose in the second half of the year.\n', ['2016 2016', 'second half of the year XXXX-H2']],
  ])('%j', (text, expected) => {
    expect(datesOf(text, 'test.md')).toEqual(expected);
  });

  it('keeps the modifier in the interval of the year it takes', () => {
    const end = runText('# Growth\n\nGDP grew by 1.8% in 2016.\n\nBy the end of the year it had recovered.\n', 'test.md').entities.find((e) => e.text === 'the end of the year')!;
    expect([end.mod, end.dateStart, end.dateEnd]).toEqual(['END', '2016-09-01', '2016-12-31']);
  });
});

describe('date: a year in a column of its own after a name', () => {
  it('is a date, not the year the name carries', () => {
    const doc = runText('Business plan\n\nCreate 12 Nature Improvement Areas        2014–15\nPublish the Digital Strategy 2014\n', 'plan.txt');
    expect(doc.entities.filter((e) => e.type === 'date').map((e) => `${e.text} ${e.value}`)).toEqual(['2014–15 FY2014-15']);
  });

  // A plain-text table's head cell after a tab opens its cell as a sentence opens: "Outturn 2012-13".
  it('is a date in a plain-text table head after a word that opens its cell', () => {
    const doc = runText('Report\n\nWe met most targets.\nIndicator\tTarget\tOutturn 2012-13\tOutturn 2013-14\nHomes insulated\t100\t90\t95\n', 'report.txt');
    expect(doc.entities.filter((e) => e.type === 'date').map((e) => `${e.text} ${e.value}`)).toEqual(['2012-13 FY2012-13', '2013-14 FY2013-14']);
  });
});

describe("the document's own date and period, read from its opening lines", () => {
  it.each<[string, string, Array<[string, unknown, string | undefined]>]>([
    ['a date alone on a line of front matter', 'Spring Statement\n8 March 2017\nIncome tax will fall next month and again this year.\n', [['8 March 2017', '2017-03-08', undefined], ['next month', '2017-04', 'document'], ['this year', '2017', 'document']]],
    ['the "Updated" line', 'Digital progress\nUpdated 16 January 2015\nThe review ends in October.\n', [['16 January 2015', '2015-01-16', undefined], ['October', '2015-10', 'document']]],
    ['the period a report says it covers', 'Quarterly report: quarter 3 (July to September 2013)\nApplications rose this quarter and fell last quarter.\n', [['quarter 3', '2013-Q3', 'period'], ['July', '2013-07', undefined], ['September 2013', '2013-09', undefined], ['this quarter', '2013-Q3', 'period'], ['last quarter', '2013-Q2', 'period']]],
    // A report whose introduction is its first section says there what it covers.
    [
      'the period its introduction says it covers',
      '# Quarterly progress report\n\nPublished 12 December 2013\n\n## Introduction\n\nThis report covers progress in quarter 3 (July to September 2013).\n\n## Services\n\nTake-up rose this quarter, and in October.\n',
      [['12 December 2013', '2013-12-12', undefined], ['quarter 3', '2013-Q3', 'period'], ['July', '2013-07', undefined], ['September 2013', '2013-09', undefined], ['this quarter', '2013-Q3', 'period'], ['October', '2013-10', 'period']],
    ],
    // The items of a lead-in that promises speak of the future.
    [
      'an item of a lead-in that promises',
      '# Quarterly progress report: October to December 2013\n\nPublished 14 February 2014\n\n## Next steps\n\nIn the next quarter, GDS will:\n\n- run a second induction programme in February\n',
      [['October', '2013-10', undefined], ['December 2013', '2013-12', undefined], ['14 February 2014', '2014-02-14', undefined], ['the next quarter', '2014-Q1', 'period'], ['February', '2014-02', 'period']],
    ],
    // A date line that names the publisher before the day dates the document.
    [
      "a publisher's date line",
      '---\nlayout: chapter\n---\n\nCabinet Office, 6 November 2012\n\n##04 Costs of transactions\n\nMore will be added next quarter.\n',
      [['6 November 2012', '2012-11-06', undefined], ['next quarter', '2013-Q1', 'document']],
    ],
    // A title that names a range of months names the period the report covers, with no quarter word.
    [
      'a range of months in the title',
      '# Government Digital Strategy: progress report, January to March 2014\n\n## DWP\n\nDWP grew this quarter. In February it launched.\n',
      [['January', '2014-01', undefined], ['March 2014', '2014-03', undefined], ['this quarter', '2014-Q1', 'period'], ['February', '2014-02', 'period']],
    ],
    // An annual report covers the financial year its title names: its years are financial ones, and a
    // month or season takes the year that puts it inside the period.
    [
      'the financial year of an annual report',
      '# Annual Report and Accounts 2013-14\n\nPublished 15 July 2014\n\n## Performance\n\nA pilot ran during the summer. Waiting fell from 9.4 days in the previous year. Take-up rose from 38% at the start of the year. Forms were withdrawn during the year. Services launched in October and in February. In 2014-15 we will move 3 more by the end of the year.\n',
      [
        ['15 July 2014', '2014-07-15', undefined], ['summer', '2013-SU', 'period'], ['the previous year', 'FY2012-13', 'period'],
        ['the start of the year', 'FY2013-14', 'period'], ['the year', 'FY2013-14', 'period'], ['October', '2013-10', 'period'], ['February', '2014-02', 'period'],
        ['2014-15', 'FY2014-15', undefined], ['the end of the year', 'FY2014-15', undefined],
      ],
    ],
    // Its title may stand under the department's name; a month in the past is the one in its year, even
    // when the same month came again before the report was published.
    [
      'the financial year of an annual report titled on its second line',
      'Department for Regional Growth\nAnnual Report and Accounts 2014-15\nHC 123, published 16 July 2015\n\nWe agreed Growth Deals in July, and the first payments were made in February. Spending in the year was £4m, less than the previous year.\n',
      [
        ['16 July 2015', '2015-07-16', undefined], ['July', '2014-07', 'period'], ['February', '2015-02', 'period'],
        ['the year', 'FY2014-15', 'period'], ['the previous year', 'FY2013-14', 'period'],
      ],
    ],
    // A full stop inside a word ends no clause ("GOV.UK"); a month after "from <month> to" that comes
    // before it in the year is the next year's.
    [
      'a clause through "GOV.UK", and a slip into the next year',
      'Quarterly report\nPublished 30 January 2014\n\nThis report covers October to December 2013.\n\nMigration slipped from October to February. The dashboard will be published on GOV.UK in the summer, once the Statistics Authority has reviewed it.\n',
      [
        ['30 January 2014', '2014-01-30', undefined], ['October', '2013-10', undefined], ['December 2013', '2013-12', undefined],
        ['October', '2013-10', 'period'], ['February', '2014-02', 'period'], ['summer', '2014-SU', 'period'],
      ],
    ],
    // A report dated by its month alone; the period its summary says it covers, a range of months.
    [
      'a month alone as the date, a range of months as the period',
      'Reform plan: progress report\nJuly 2013\nSummary\nThis report sets out progress during the period April to June 2013.\nNext quarter\nThe board met in May and will report in October.\n',
      [['July 2013', '2013-07', undefined], ['April', '2013-04', undefined], ['June 2013', '2013-06', undefined], ['Next quarter', '2013-Q3', 'period'], ['May', '2013-05', 'period'], ['October', '2013-10', 'period']],
    ],
    // A front-matter line that ends with the day the document was published.
    [
      'the day a line of front matter says it was published',
      'Chapter 3: Spending\nAnnual Report and Accounts, HC 14, published 10 July 2014\nSpending rose in the previous year and will be reviewed in the autumn.\n',
      [['10 July 2014', '2014-07-10', undefined], ['the previous year', '2013', 'document'], ['autumn', '2014-FA', 'document']],
    ],
    // A quarter the opening only mentions is no period of the document.
    [
      'a quarter mentioned in the opening',
      '# Spring Budget\n\nPublished 8 March 2017\n\n## Economy\n\nGDP grew by 0.7% in Q4 2016. This quarter the outlook is brighter.\n',
      [['8 March 2017', '2017-03-08', undefined], ['Q4 2016', '2016-Q4', undefined], ['This quarter', '2017-Q1', 'document']],
    ],
  ])('%s', (_name, text, expected) => {
    const doc = runText(text, text.startsWith('#') ? 'report.md' : undefined);
    expect(doc.entities.filter((e) => e.type === 'date').map((e) => [e.text, e.value, e.anchor])).toEqual(expected);
  });
});
