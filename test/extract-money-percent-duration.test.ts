// money, percent and duration through the whole extractor chain (overlaps resolved).
// Sentences are written in the style of the progress pages.
import { describe, expect, it } from 'vitest';
import { extractSentence } from '../src/extract/index.js';
import { numericMentions, type SeenMention } from './helpers.js';

const numeric = numericMentions;
type Seen = SeenMention;

const money = (text: string, value: number, currency = 'GBP'): Seen => ({ type: 'money', text, value, currency });
const pct = (text: string, value: number): Seen => ({ type: 'percent', text, value });
const dur = (text: string, value: string): Seen => ({ type: 'duration', text, value });

describe('money', () => {
  it.each<[string, Seen[]]>([
    ['The department invested £1.2 million in the academy.', [money('£1.2 million', 1200000)]],
    ['A grant of £20,000 was awarded to the charity.', [money('£20,000', 20000)]],
    // A minimum or maximum with its noun qualifies the amount as "a minimum of" does.
    ['It has a minimum investment limit of £100 and a maximum investment limit of £3,000.', [
      { ...money('£100', 100), mod: 'EQUAL_OR_MORE' }, { ...money('£3,000', 3000), mod: 'EQUAL_OR_LESS' },
    ]],
    ['The project saved £2.5m over the year.', [money('£2.5m', 2500000)]],
    ['The programme is worth £3bn.', [money('£3bn', 3000000000)]],
    ['The contract, worth £3 bn, was let in the spring.', [money('£3 bn', 3000000000), { type: 'date', text: 'spring', value: '2014-SP', anchor: 'phase' }]],
    ['The partnership drew €4 million of European funding.', [money('€4 million', 4000000, 'EUR')]],
    ['The fund holds 2 million pounds for local projects.', [money('2 million pounds', 2000000)]],
    ['Each pilot received £450k from the fund.', [money('£450k', 450000)]],
    ['Each pilot received £350K from the fund.', [money('£350K', 350000)]],
    ['The supplier charged $4.5m for the licence.', [money('$4.5m', 4500000, 'USD')]],
    ['The new platform cost £12.5million to build.', [money('£12.5million', 12500000)]],
    ['Running costs fell to £1,234.56 a month.', [money('£1,234.56', 1234.56)]],
    ['The fee was cut from £10 to £7.50.', [money('£10', 10), money('£7.50', 7.5)]],
    ['Transactions cost 50 pence each online.', [money('50 pence', 0.5)]],
    ['Savings of £10-15 million a year are expected.', [{ ...money('£10-15 million', 10000000), valueEnd: 15000000 }]],
    ['Going digital could save between £1.2 and £1.4 billion a year.', [{ ...money('£1.2 and £1.4 billion', 1200000000), valueEnd: 1400000000 }]],
    ['The contract is worth between £2m and £3m.', [{ ...money('£2m and £3m', 2000000), valueEnd: 3000000 }]],
    // The scale after a range is shared only where it keeps the range rising.
    ['Grants of between £50,000 and £1.5m were made.', [{ ...money('£50,000 and £1.5m', 50000), valueEnd: 1500000 }]],
    ['Transaction costs are £720m-870m a year.', [{ ...money('£720m-870m', 720000000), valueEnd: 870000000 }]],
    ['Costs are estimated at £750m-£1bn.', [{ ...money('£750m-£1bn', 750000000), valueEnd: 1000000000 }]],
    ['Savings of £2m to £3m are expected.', [{ ...money('£2m to £3m', 2000000), valueEnd: 3000000 }]],
    ['Savings of £1.2-1.5bn are expected.', [{ ...money('£1.2-1.5bn', 1200000000), valueEnd: 1500000000 }]],
    ['The fee rose from £5m to £8m.', [money('£5m', 5000000), money('£8m', 8000000)]],
    ['Savings are approximately £0.6 billion in 2014/15 and £1.0 billion in 2016/17.', [
      { ...money('£0.6 billion', 600000000), mod: 'APPROX' },
      { type: 'date', text: '2014/15', value: 'FY2014-15' },
      { ...money('£1.0 billion', 1000000000), mod: 'APPROX' },
      { type: 'date', text: '2016/17', value: 'FY2016-17' },
    ]],
    // Not across a comma, which sets off a clause with an amount of its own.
    ['Around 85% will be in STEM, and 40% will help industry.', [{ ...pct('85%', 85), mod: 'APPROX' }, pct('40%', 40)]],
    ['Grants of up to £750,000 are available.', [{ ...money('£750,000', 750000), mod: 'EQUAL_OR_LESS' }]],
    ['The scheme costs no more than £5 million.', [{ ...money('£5 million', 5000000), mod: 'EQUAL_OR_LESS' }]],
    ['Each region gets a maximum of £40,000.', [{ ...money('£40,000', 40000), mod: 'EQUAL_OR_LESS' }]],
    ['Each region gets a minimum of £10,000.', [{ ...money('£10,000', 10000), mod: 'EQUAL_OR_MORE' }]],
    ['The fund holds about £2 million.', [{ ...money('£2 million', 2000000), mod: 'APPROX' }]],
    ['It opened at an estimated cost of £85,000.', [{ ...money('£85,000', 85000), mod: 'APPROX' }]],
    ['It spent £5 and £10 million on separate pilots.', [money('£5', 5), money('£10 million', 10000000)]],
    // ("in the year" is the current year, here the phase's: docs/annotation.md.)
    ['Net financing fell to -£14.3 billion in the year.', [money('-£14.3 billion', -14300000000), { type: 'date', text: 'the year', value: '2014', anchor: 'phase' }]],
    ['The balance moved by −£9.5bn (from £1bn).', [money('−£9.5bn', -9500000000), money('£1bn', 1000000000)]],
    ['Prices of £10-£15 were charged.', [{ ...money('£10-£15', 10), valueEnd: 15 }]],
    // A change by an amount to a level is no range: two amounts (as "from 14% to 36%" is).
    ['The allowance rises by £500 to £11,500.', [money('£500', 500), money('£11,500', 11500)]],
    ['The rate was cut by 2% to 17%.', [{ type: 'percent', text: '2%', value: 2 }, { type: 'percent', text: '17%', value: 17 }]],
    // An amount in words before the currency.
    ['It saves half a million pounds a week and two million euros.', [money('half a million pounds', 500000), money('two million euros', 2000000, 'EUR')]],
    // After a verb of change, "by X to Y" is a change and a level whatever their units; without one, a range.
    ['Online centres fell by 1,200 to 5,000; fees may rise by 5 to 10%.', [{ type: 'number', text: '1,200', value: 1200 }, { type: 'number', text: '5,000', value: 5000 }, { type: 'percent', text: '5 to 10%', value: 5, valueEnd: 10 }]],
    // A range of changes stays one mention.
    ['Spending grows by £1 to £2 billion a year.', [{ ...money('£1 to £2 billion', 1000000000), valueEnd: 2000000000 }]],
    ['Costs will rise by 5 to 10%.', [{ type: 'percent', text: '5 to 10%', value: 5, valueEnd: 10 }]],
    ['Forms cost GBP 20,000 to print.', [money('GBP 20,000', 20000)]],
    // A currency's ISO code before the amount, and no name made of it.
    ['Savings of EUR 3 million were made, at NOK 80 a transaction.', [money('EUR 3 million', 3000000, 'EUR'), money('NOK 80', 80, 'NOK')]],
    ['The licence cost US$2m.', [money('US$2m', 2000000, 'USD')]],
    ['The scheme returned 1.5 billion euros to taxpayers.', [money('1.5 billion euros', 1500000000, 'EUR')]],
    ['Savings of £2.5 million and 1,500,000 users were reported.', [
      money('£2.5 million', 2500000),
      { type: 'number', text: '1,500,000', value: 1500000, counts: 'users' },
    ]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('percent', () => {
  it.each<[string, Seen[]]>([
    // Vulgar fractions, as the Bank of England and the OBR write rates.
    ['Growth settles at 1½ per cent, and Bank Rate at ¾%.', [{ type: 'percent', text: '1½ per cent', value: 1.5 }, { type: 'percent', text: '¾%', value: 0.75 }]],
    ['In the survey 63% had never heard of digital by default.', [pct('63%', 63)]],
    ['Take-up rose by 10 per cent.', [pct('10 per cent', 10)]],
    ['Costs fell by 2.5 percent.', [pct('2.5 percent', 2.5)]],
    ['Awareness moved from 14% to 36%.', [pct('14%', 14), pct('36%', 36)]],
    // A change and the level it reaches are two mentions; a range after "by" stays one.
    ['Spending will fall by £3.5 billion to £41.2 billion.', [money('£3.5 billion', 3500000000), money('£41.2 billion', 41200000000)]],
    ['Prices will rise by 10 to 15%.', [{ type: 'percent', text: '10 to 15%', value: 10, valueEnd: 15 }]],
    ['Take-up is expected to rise by 10-15%.', [{ ...pct('10-15%', 10), valueEnd: 15 }]],
    ['Take-up is between 20 and 30 per cent.', [{ ...pct('20 and 30 per cent', 20), valueEnd: 30 }]],
    ['Nearly 40% of claims are made online.', [{ ...pct('40%', 40), mod: 'APPROX' }]],
    ['Fewer than 5% of users needed help.', [{ ...pct('5%', 5), mod: 'LESS_THAN' }]],
    ['Error rates are below 2%.', [{ ...pct('2%', 2), mod: 'LESS_THAN' }]],
    ['At least 80% of users must succeed first time.', [{ ...pct('80%', 80), mod: 'EQUAL_OR_MORE' }]],
    ['95% of staff completed the course.', [pct('95%', 95)]],
    ['Satisfaction stands at 87 %.', [pct('87 %', 87)]],
    ['Ten per cent of services are digital.', [pct('Ten per cent', 10)]],
    ['Use grew by twenty percent.', [pct('twenty percent', 20)]],
    ['Usage rose 1,200% in a year.', [pct('1,200%', 1200)]],
    ['The share fell by 5 percentage points.', [{ type: 'number', text: '5', value: 5, counts: 'percentage points' }]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('duration', () => {
  it.each<[string, Seen[]]>([
    ['New recruits receive 10 weeks’ intensive training.', [dur('10 weeks', 'P10W')]],
    // A range of durations stays two mentions; the start takes the unit of the end.
    ['The offer will double, from 15 to 30 hours a week.', [dur('15', 'PT15H'), dur('30 hours', 'PT30H')]],
    // Joined by a hyphen too; a financial year before "years" is no range of durations.
    ['Claims take 3-5 working days and projects 2-3 years.', [dur('3', 'P3D'), dur('5 working days', 'P5D'), dur('2', 'P2Y'), dur('3 years', 'P3Y')]],
    ['The shift should happen within 3 to 5 years.', [dur('3', 'P3Y'), dur('5 years', 'P5Y')]],
    // "between … and …" is a range too.
    ['The pilot will last between 6 and 8 weeks.', [dur('6', 'P6W'), dur('8 weeks', 'P8W')]],
    // The start written in words takes the unit too.
    ['It will take a further six to nine months.', [dur('six', 'P6M'), dur('nine months', 'P9M')]],
    // The end of a change written without its unit takes the start's; not where another unit follows.
    ['Processing fell from 40 days to 12, and staff rose from 5 years to 10 teams.', [dur('40 days', 'P40D'), dur('12', 'P12D'), dur('5 years', 'P5Y'), { type: 'number', text: '10', value: 10, counts: 'teams' }]],
    // Half of one unit.
    ['Staff attend a half-day workshop and a half hour call.', [dur('half-day', 'P0.5D'), dur('half hour', 'PT0.5H')]],
    ['Residents over 30 years old are eligible.', [dur('30 years', 'P30Y')]],
    ['Students follow a 6-week course.', [dur('6-week', 'P6W')]],
    ['12 months later most employees were aware of it.', [dur('12 months', 'P12M')]],
    ['The department held a day-long event for managers.', [dur('day-long', 'P1D')]],
    ['The team ran a week-long sprint.', [dur('week-long', 'P1W')]],
    ['The pilot ran for two years.', [dur('two years', 'P2Y')]],
    ['Savings will be made within 5 years.', [dur('5 years', 'P5Y')]],
    ['Incidents are resolved within 48 hours.', [dur('48 hours', 'PT48H')]],
    ['Each session lasts 90 minutes.', [dur('90 minutes', 'PT90M')]],
    // With thousands commas.
    ['Volunteers gave 2,500 hours and 1,000 days of support.', [dur('2,500 hours', 'PT2500H'), dur('1,000 days', 'P1000D')]],
    ['A two-year programme will train analysts.', [dur('two-year', 'P2Y')]],
    ['The 18-month pilot has ended.', [dur('18-month', 'P18M')]],
    ['Claims are paid within 5 working days.', [dur('5 working days', 'P5D')]],
    ['The review took a fortnight.', []],
    // No length of time: a kind of contract, and "one" after "any".
    ['Staff on zero-hours contracts fell, and on any one day 30 of them work.', [{ type: 'number', text: '30', value: 30 }]],
    ['The board meets four times a year.', [{ type: 'number', text: 'four', value: 4, counts: 'times' }]],
    ['The survey is repeated each year.', []],
    ['Reports are published weekly.', []],
    // The period of a frequency is a duration: how often stays in the spreadsheet.
    ['Plans are reviewed every 6 months.', [dur('6 months', 'P6M')]],
    ['Each department will report every six months, and the board every 2 weeks.', [dur('six months', 'P6M'), dur('2 weeks', 'P2W')]],
    ['Each 2-day workshop had a facilitator.', [dur('2-day', 'P2D')]],
    ['Work on the service will take two and a half years.', [dur('two and a half years', 'P2.5Y')]],
    ['The review took 3 decades to arrive.', [dur('3 decades', 'P30Y')]],
    ['A 30-second video explains the service.', [dur('30-second', 'PT30S')]],
    ['The budget of £2 million covers two years.', [money('£2 million', 2000000), dur('two years', 'P2Y')]],
  ])('%s', (sentence, expected) => {
    expect(numeric(sentence)).toEqual(expected);
  });
});

describe('each mention keeps the rule that produced it', () => {
  it.each<[string, string, string]>([
    ['The plan was agreed in December 2012.', 'December 2012', 'date.month-year'],
    ['The plan covers 2013 to 2014.', '2013 to 2014', 'date.year-range'],
    ['A grant of £20,000 was awarded.', '£20,000', 'money.symbol'],
    ['The fund holds 2 million pounds.', '2 million pounds', 'money.words'],
    ['Take-up rose by 10 per cent.', '10 per cent', 'percent.digits'],
    ['Students follow a 6-week course.', '6-week', 'duration.counted'],
    ['The academy has trained 45 students.', '45', 'number.digits'],
    ['Twenty-five staff completed it.', 'Twenty-five', 'number.words'],
  ])('%s → %s by %s', (sentence, text, rule) => {
    const found = extractSentence({ text: sentence, phaseYear: 2014, acronyms: new Map() }).find(
      (m) => sentence.slice(m.from, m.to) === text,
    );
    expect(found?.rule).toBe(rule);
  });
});
