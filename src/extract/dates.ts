// date: calendar points and periods, normalised to ISO 8601 with a TIMEX3 `mod`.
//   "16 January 2015", "1st April 2014", "12/03/2014" → 2015-01-16, 2014-04-01, 2014-03-12
//   "mid-September 2013" → 2013-09, MID           "early 2014" / "early in 2014" → 2014, EARLY
//   "the end of October" under "Progress during 2014" → 2014-10, END, anchor phase
//   "summer 2013" → 2013-SU      "in the spring" under a 2013 phase → "spring" 2013-SP, anchor phase
//   "2013/14", "2013-14", "2013 to 2014" → FY2013-14 (a UK financial year, April to March)
//   "2014 to 2016" → 2014/2016 (a range of years)
// Every date gets its interval of days (date-intervals.ts); a date without a year takes the phase
// year, else the year of the period the document covers, else the year of its own date (`anchor`).
//   "Q3 2014", "2014 Q3", "third quarter of 2014" → 2014-Q3   "first half of 2015" → 2015-H1 (TIMEX3)
// Not dates: "may" and "March" as verbs, years inside names ("Awards 2014"), relative expressions
// ("this year", "next spring": relative-dates.ts reads those), seasons naming a kind of thing
// ("a summer school").
// compromise-dates is accurate but slow (about 0.8 s more on one page); these rules are precise for
// this genre and cost microseconds a sentence.
import type { DateAnchor, EntityExtras, LocalMention, SentenceContext } from '../model.js';
import type { Extractor } from './types.js';
import { MONTH_PATTERN, SEASON_CODE, monthNumber, yearFollowsName } from './words.js';
import { dateInterval, financialYear } from './date-intervals.js';
import { financialYearOf, periodMonths } from './document-time.js';

// "end-2014", "end-March 2015", "by end 2014", "from start-2015": an end written without "the … of";
// "End 2014" opening a table cell or a line.
const MOD = String.raw`(?:(?<mod>early|mid|late|Early|Mid|Late)(?:-|\s+)|(?:[Tt]he\s+)?(?<modOf>start|beginning|end|middle|Start|Beginning|End|Middle)\s+of\s+(?:the\s+(?!\d))?|(?<modEnd>end|start|End|Start)(?:-|(?<=\b(?:[Bb]y|[Ff]rom|[Uu]ntil|[Bb]efore|[Aa]t|[Tt]o)\s(?:end|start|End|Start))\s+|(?<=^\s*(?:End|Start))\s+))?`;
const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
const MONTH = String.raw`\b(?<month>${MONTH_PATTERN})`;
const DAY = String.raw`(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const SEASON = String.raw`\b(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)`;
const ORDINAL = String.raw`(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)`;
// Not followed by more digits, a letter, a percent or a decimal part ("2013.5", "2014%", "1990s").
const NOT_AFTER = String.raw`(?![\d%A-Za-z]|[,.]\d|\s?per\s?cent)`;
const NOT_BEFORE = String.raw`(?<![\d£$€.,/\-\w])`;

interface Found {
  value: string;
  /** Where a missing year came from; absent when the text gives it. */
  anchor?: DateAnchor;
}

interface DateRule {
  rule: string;
  re: RegExp;
  /** False for rules that can match without a digit ("in June", "late summer", "in Q1" has one). */
  digits?: false;
  /** The normalised value, or null when the match is not a date after all. */
  value(g: Record<string, string | undefined>, ctx: SentenceContext, text: string, m: RegExpExecArray): Found | null;
}

const pad = (n: number) => String(n).padStart(2, '0');


/** A quarter of a financial year, "Q3 2013/14" → FY2013-14-Q3; null when the years are not consecutive. */
function financialQuarter(g: Record<string, string | undefined>): Found | null {
  const start = Number(g.year);
  return fullYear(g.end!, start) === start + 1 ? { value: `${financialYear(start)}-Q${g.n}` } : null;
}

/** "14" → 2014 (or the century of `near`), "2014" → 2014. */
function fullYear(written: string, near = 2000): number {
  return written.length === 4 ? Number(written) : Math.floor(near / 100) * 100 + Number(written);
}
// A year or financial year written before "the year" in the same sentence: "In 2014-15 we will … by the
// end of the year" → FY2014-15; "In 2016 growth was stronger in the second half of the year" → 2016.
const WRITTEN_YEAR_OR_FY = /(?<![\d£$€.,/\-])((?:19[5-9]|20[0-4])\d)(?:[-–/](\d{2})(?![\d%]))?(?![\d%]|[-–/]\d)/g;

/** The last year or financial year written in `before`: "2016", "FY2014-15", or null. */
function lastWrittenYear(before: string): string | null {
  const m = [...before.matchAll(WRITTEN_YEAR_OR_FY)].pop();
  if (!m) return null;
  if (m[2] === undefined) return m[1];
  const start = Number(m[1]);
  return (start + 1) % 100 === Number(m[2]) ? financialYear(start) : null;
}
const QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const HALF: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, final: 2, last: 2 };

/** "third" + "quarter" → "Q3", "second" + "half" → "H2"; null for a half there is none of ("third half"). */
function partOfYear(ordinal: string, part: string): string | null {
  const o = ordinal.toLowerCase();
  if (part.toLowerCase() === 'quarter') return `Q${QUARTER[o]}`;
  return HALF[o] ? `H${HALF[o]}` : null;
}

/**
 * A value without a year takes the phase year ("in June" under "Progress during 2014" → 2014-06),
 * else the year of the period the document covers, else the year of the document's own date.
 */
function phaseYear(ctx: SentenceContext, rest: string): Found {
  const anchor = anchorYear(ctx);
  // A month or season of a period over two calendar years takes the year that puts it inside the
  // period: "in October" in an annual report of 2013-14 → 2013-10, "in February" → 2014-02.
  if (anchor?.anchor === 'period' && ctx.period && ctx.period.start.slice(0, 4) !== ctx.period.end.slice(0, 4)) {
    const candidate = `${ctx.period.start.slice(0, 4)}${rest}`;
    const interval = dateInterval(candidate);
    if (interval && interval.start >= ctx.period.start && interval.start <= ctx.period.end) return { value: candidate, anchor: 'period' };
  }
  return anchor ? { value: `${anchor.year}${rest}`, anchor: anchor.anchor } : { value: `XXXX${rest}` };
}

/** The year a date without one takes, and where it came from; null when the document gives none. */
export function anchorYear(ctx: SentenceContext): { year: number; anchor: DateAnchor } | null {
  if (ctx.phaseYear !== null) return { year: ctx.phaseYear, anchor: 'phase' };
  if (ctx.period) return { year: Number(ctx.period.end.slice(0, 4)), anchor: 'period' };
  if (ctx.documentDate) return { year: Number(ctx.documentDate.slice(0, 4)), anchor: 'document' };
  return null;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// A month or day-month without a year is a date after a preposition or in a list of months:
// "in June", "by 14 May", "from March to May", "November/early December 2013", "(July to September 2013)".
const DATE_CONTEXT = /(?:\b(?:in|on|by|during|since|until|till|from|before|after|to|and|or|through|throughout|of|between|for|around)\s+|\/\s*|\(\s*)$/i;
// Occasions a month names before them: "the May meeting", "the June figures", "its October release".
const MONTH_OCCASION_AFTER = /^\s+(?:meetings?|board|conference|event|update|release|deadline|returns?|figures?|results?|totals?|estimates?|data|statistics|edition|issue|publication|report|bulletin|newsletter|round|session|workshop|survey|snapshot|intake|cohort|payment|payroll|count|census)\b/;
// "May" alone is a modal verb far more often than a month: only after these, or in a list of months.
const MAY_CONTEXT = new RegExp(String.raw`(?:\b(?:in|on|by|during|since|until|till|from|before|after|through|throughout)\s+|${MONTH_PATTERN}\s*(?:to|and|or|-|–|/)\s*)$`, 'i');
// Relative expressions are read by relative-dates.ts ("last June"), not as calendar dates; "next spring",
// "this summer" are not dates.
const RELATIVE = /\b(?:next|last|this|that|every|each|following|previous|coming)\s+$/i;
// After a month, words that make it recur: "in April each year", "in March every year".
const RECURRING = /^,?\s+(?:each|every)\s+year\b/i;
// A year later in the same phrase: "November/early December 2013", "April to June 2014".
const FOLLOWING_YEAR = new RegExp(
  String.raw`\s*(?:/|-|–|—|and|or|to|until|till)\s*(?:(?:early|mid|late)[-\s]+)?(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+)?${MONTH_PATTERN}\s+(${YEAR})(?!\d)`,
  'y',
);
// Another month after a month, in a span or list: "July to September", "March and April", "May–June".
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:to|and|or|until|till|-|–|—|/)\s*(?:(?:early|mid|late)[-\s]+)?(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+)?${MONTH_PATTERN}\b`, 'i');
// A time that labels a line or list item ("April: private beta", "Q1 – discovery"): nothing before it
// in the sentence, a colon or dash after it.
const LINE_LABEL_BEFORE = /^\s*$/;
const LABEL_AFTER = /^\s*(?::|\s[-–—]\s)/;
// Nouns that a bare season modifies instead of naming a time: "a summer school", "the winter budget".
const SEASON_COMPOUND = /^\s+(?:schools?|terms?|recess|internships?|placements?|camps?|budgets?|statements?|editions?|conferences?|fairs?|festivals?|receptions?|party|parties|breaks?|holidays?|vacations?|exhibitions?|series|programmes?|sessions?)\b/i;

// The tense of the clause before a month: "than forecast in November", "was published in October"
// (past); "will report in March" (future).
// "by" or "until" right before the date looks forward too ("a target of 50 by March", "delayed until
// January").
// ("expected" after "than" or "as" compares with the past: "slower than we expected".)
const FUTURE = /\b(?:will|shall|would|going\s+to|plans?\s+to|intends?\s+to|expects?\s+(?:\S+\s+){0,4}?to|(?<!\b(?:than|as)\s+(?:\p{L}+\s+)?)expected|is\s+to|are\s+to|due\s+to|on\s+track\s+to|set\s+(?:to|for)|likely\s+to|scheduled|planned\s+for|aims?\s+to)\b/iu;
// A deadline's "by" looks ahead unless its clause is in the past: "will be done by the end of
// September", not "5,000 events were registered by the end of September".
const BY_PAST = /\b(?:was|were|had|did|rose|fell|grew|reached|went|came|took|made|met|ran|won|paid|spent|sold|began|led|sent|brought|built|held|kept|left|lost)\b|\b(?:has|have)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en)\b|\b\p{Ll}{3,}ed\s+(?:\S+\s+){0,3}?by\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$/u;
// (A comparison opens a clause of its own, the figure it compares with: "we aim to have 80% by March
// 2015, compared with about 55% in January" is the January before.)
// (A full stop inside a word is none: "published on GOV.UK in the summer".)
const CLAUSE_END = /[.;:!?](?![\p{L}\p{N}])|,\s*(?:and|but|while|whilst|so|which|who|where)\s|\bcompared\s+(?:with|to)\s/u;
const BY_BEFORE = /\b(?:by|until|till)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$/i;
const PAST = /\b(?:was|were|had|did|since|ago|\p{Ll}{2,}ed|forecast|set|made|took|taken|gave|given|saw|seen|showed|shown|put|cut|held|paid|spent|said|began|begun|rose|risen|fell|fallen|grew|grown|met|led|sent|won|brought|built|found|wrote|written)\b/iu;

/**
 * A month or day without a year: the year of a following month in the phrase, else the phase year,
 * else the period's or the document's. Reckoned from the document's own date or the end of its period,
 * a month after it in a clause in the past is the one before ("than forecast in November" in a budget
 * of March 2017 → 2016-11; "launched in December" in an undated report on April to June 2014 →
 * 2013-12), and a month before it in a clause in the future the one after ("will report in February"
 * → 2018-02).
 */
function monthValue(ctx: SentenceContext, text: string, start: number, end: number, rest: string): Found {
  FOLLOWING_YEAR.lastIndex = end;
  const following = FOLLOWING_YEAR.exec(text);
  if (following) return { value: `${following[1]}${rest}` };
  const found = phaseYear(ctx, rest);
  // The time of writing: the document's own date, else the last day of the period it covers.
  const day = found.anchor === 'document' || found.anchor === 'period' ? (ctx.documentDate ?? ctx.period?.end) : null;
  if (!day) return found;
  const month = Number(found.value.slice(0, 4)) * 12 + (Number(rest.slice(1, 3)) || SEASON_FIRST_MONTH[rest.slice(1)] || 1);
  const reference = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  // The clause before the date says its tense; when it says nothing ("From 1 April, controls will …"),
  // the clause after it.
  // (A clause ends at a sentence's punctuation, or at a comma and a conjunction or relative pronoun:
  // "Take-up was slower than we expected, and in October we launched …", "In October we launched the
  // fund, which is expected to …" are past.)
  let clause = text.slice(Math.max(0, start - 200), start).split(CLAUSE_END).pop()!;
  const after = text.slice(end, end + 80).replace(/^\s*,/, '').split(CLAUSE_END)[0];
  const by = BY_BEFORE.test(clause);
  // "until" looks ahead from a past verb: "In March the trial was extended until the end of July" (the
  // July after March).
  const until = /\b(?:until|till)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$/i.test(clause);
  // (After the date, the first verb says the tense: "In January, ministers said the scheme would open"
  // is past.)
  if (!FUTURE.test(clause) && !PAST.test(clause)) clause = firstTense(after);
  // (The past that turns a "by" back is a finite one: "were registered by", "had reached … by", "finished
  // by"; not an adjective in -ed: "will publish a revised code by the end of June".)
  const future = ctx.future === true || FUTURE.test(clause) || (by && !BY_PAST.test(clause) && !BY_PAST.test(after));
  // In the past, the last such month up to the time of writing: "Returns were submitted in January" in a
  // report on October to December 2013 published on 30 January 2014 → 2014-01 (not a January before the
  // period began).
  const past = !future && !until && PAST.test(clause);
  // (A season still under way looks ahead to itself: "in the spring" written on 4 April 2014 → 2014-SP.)
  const lastMonth = SEASON_FIRST_MONTH[rest.slice(1)] ? month + 2 : month;
  // (Not out of a year-long period the document reports on, where the month already lies: "we agreed
  // Growth Deals in July" in an annual report of 2014-15 published in July 2015 is July 2014.)
  const inYearLongPeriod = found.anchor === 'period' && ctx.period != null && periodMonths(ctx.period) >= 12;
  const shift = past && month > reference ? -1 : past && month + 12 <= reference && found.anchor === 'period' && !inYearLongPeriod ? 1 : future && lastMonth < reference ? 1 : 0;
  return shift ? { ...found, value: `${Number(found.value.slice(0, 4)) + shift}${rest}` } : found;
}
/** The words of a clause up to the end of its first verb of tense, past or future. */
function firstTense(clause: string): string {
  const future = FUTURE.exec(clause);
  const past = PAST.exec(clause);
  const first = [future, past].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  return first ? clause.slice(0, first.index + first[0].length) : clause;
}

// The first month of a season, for reckoning it from the time of writing as a month is.
const SEASON_FIRST_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function before(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index);
}

const RULES: DateRule[] = [
  {
    // "16 January 2015", "1st April 2014", "the 3rd of March 2014"
    rule: 'date.day-month-year',
    re: new RegExp(String.raw`${NOT_BEFORE}${MOD}${DAY}(?:\s+of)?\s+${MONTH}\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => {
      const [y, mo, d] = [Number(g.year), monthNumber(g.month!), Number(g.day)];
      return validDay(y, mo, d) ? { value: `${y}-${pad(mo)}-${pad(d)}` } : null;
    },
  },
  {
    // "September 22, 2014"
    rule: 'date.month-day-year',
    re: new RegExp(String.raw`${MOD}${MONTH}\s+${DAY},?\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => {
      const [y, mo, d] = [Number(g.year), monthNumber(g.month!), Number(g.day)];
      return validDay(y, mo, d) ? { value: `${y}-${pad(mo)}-${pad(d)}` } : null;
    },
  },
  {
    // "12/03/2014", "31.03.2015" (day first, as written in the UK), "2014-03-12" (ISO)
    rule: 'date.numeric',
    re: new RegExp(String.raw`${NOT_BEFORE}(?:(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>${YEAR})|(?<dotDay>\d{1,2})\.(?<dotMonth>\d{2})\.(?<dotYear>${YEAR})|(?<isoYear>${YEAR})-(?<isoMonth>\d{2})-(?<isoDay>\d{2}))(?![\d/-]|\.\d)`, 'g'),
    value: (g) => {
      const y = Number(g.year ?? g.dotYear ?? g.isoYear);
      const mo = Number(g.month ?? g.dotMonth ?? g.isoMonth);
      const d = Number(g.day ?? g.dotDay ?? g.isoDay);
      return validDay(y, mo, d) ? { value: `${y}-${pad(mo)}-${pad(d)}` } : null;
    },
  },
  {
    // "2013/14", "2013-14", "2013–14", "2013 to 2014": one range of years.
    rule: 'date.year-range',
    re: new RegExp(String.raw`${NOT_BEFORE}${MOD}(?<year>${YEAR})(?:\s*[/\-–—]\s*|\s+to\s+)(?<end>${YEAR}|\d{2})${NOT_AFTER}`, 'g'),
    value: (g, _ctx, text, m) => {
      const start = Number(g.year);
      const end = fullYear(g.end!, start);
      if (end <= start || end - start > 10) return null;
      // A name carries a year or a financial year written as one ("Spending Review 2015-16"); a period
      // written with "to" after a title is the title's period: "Government Transformation Strategy 2017
      // to 2020" → 2017/2020.
      if (!modOf(g) && !/\sto\s/.test(m[0]) && yearFollowsName(text, m.index)) return null;
      // Two years in a row are a UK financial year (April to March): "2015-16" → FY2015-16.
      if (end === start + 1) return { value: financialYear(start) };
      return { value: `${start}/${end}` };
    },
  },
  {
    // "December 2012", "mid-September 2013", "the end of March 2015", "October of 2013"
    rule: 'date.month-year',
    re: new RegExp(String.raw`${MOD}${MONTH}(?:\s+of)?\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: `${g.year}-${pad(monthNumber(g.month!))}` }),
  },
  {
    // "summer 2013", "late summer 2013", "spring of 2013"
    rule: 'date.season-year',
    re: new RegExp(String.raw`${MOD}${SEASON}(?:\s+of)?\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: `${g.year}-${SEASON_CODE[g.season!.toLowerCase()]}` }),
  },
  {
    // A financial year written with "FY": "FY 2014-15", "FY2014/15", "FY14/15" → FY2014-15.
    rule: 'date.financial-year',
    re: /\bFY\s?(?<year>(?:19|20)?\d{2})\s*[/\-–]\s*(?<end>(?:19|20)?\d{2})(?![\d%A-Za-z])/g,
    value: (g) => {
      const start = fullYear(g.year!);
      return fullYear(g.end!, start) === start + 1 ? { value: financialYear(start) } : null;
    },
  },
  {
    // A quarter of a UK financial year: "Q3 2013/14", "quarter 3 of 2013-14" → FY2013-14-Q3 (its third
    // quarter, October to December 2013).
    rule: 'date.financial-quarter',
    re: new RegExp(String.raw`\b(?:Q|[Qq]uarter\s+)(?<n>[1-4])(?:\s+of)?\s+(?:the\s+)?(?:FY\s?|financial\s+year\s+)?(?<year>${YEAR})\s*[/\-–]\s*(?<end>\d{2}|${YEAR})(?:\s+financial\s+year\b)?(?![\d%A-Za-z])`, 'g'),
    value: financialQuarter,
  },
  {
    // By its ordinal: "the first quarter of 2014/15", "the final quarter of 2013-14" → FY2014-15-Q1;
    // "the first half of 2013-14" → FY2013-14-H1 (April to September 2013).
    rule: 'date.financial-quarter',
    // So is "the third quarter of the 2014-15 financial year", "the first half of financial year 2013-14".
    re: new RegExp(String.raw`\b${ORDINAL}\s+(?<part>quarter|half)\s+of\s+(?:the\s+)?(?:FY\s?|financial\s+year\s+)?(?<year>${YEAR})\s*[/\-–]\s*(?<end>\d{2}|${YEAR})(?:\s+financial\s+year\b)?(?![\d%A-Za-z])`, 'gi'),
    value: (g) => {
      const part = partOfYear(g.ordinal!, g.part!);
      const start = Number(g.year);
      return part && fullYear(g.end!, start) === start + 1 ? { value: `${financialYear(start)}-${part}` } : null;
    },
  },
  {
    // The same written year first: "2013/14 Q3", "2013-14 quarter 3" (one space between: a wider gap sets
    // table cells apart, "Q1 2013-14   Q2 2013-14").
    rule: 'date.financial-quarter',
    re: new RegExp(String.raw`${NOT_BEFORE}(?:FY\s?)?(?<year>${YEAR})\s*[/\-–]\s*(?<end>\d{2}|${YEAR})[ \u00a0](?:Q|[Qq]uarter\s+)(?<n>[1-4])(?![\d%A-Za-z])`, 'g'),
    value: financialQuarter,
  },
  {
    // A quarter by its number: "quarter 3", "Quarter 2 2013", "quarter 4 of 2013"; without a year it
    // takes the phase year, else the period's, else the document's.
    rule: 'date.quarter-number',
    re: new RegExp(String.raw`\b[Qq]uarter\s+(?<n>[1-4])(?:(?:\s+of)?\s+(?<year>${YEAR}))?${NOT_AFTER}`, 'g'),
    value: (g, ctx) => (g.year ? { value: `${g.year}-Q${g.n}` } : phaseYear(ctx, `-Q${g.n}`)),
  },
  {
    // The year first, as the ONS writes quarters: "2016 Q4", "2016Q3" → 2016-Q4.
    rule: 'date.year-quarter',
    re: new RegExp(String.raw`${NOT_BEFORE}(?<year>${YEAR})\s?Q(?<n>[1-4])(?![\d%A-Za-z])`, 'g'),
    value: (g) => ({ value: `${g.year}-Q${g.n}` }),
  },
  {
    // "Q3 2014", "Q1 2015"
    rule: 'date.quarter-year',
    re: new RegExp(String.raw`\b(?<q>[QH])(?<n>[1-4])\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => (g.q === 'H' && Number(g.n) > 2 ? null : { value: `${g.year}-${g.q}${g.n}` }),
  },
  {
    // "third quarter of 2014" → 2014-Q3, "first half of 2015" → 2015-H1
    rule: 'date.part-of-year',
    re: new RegExp(String.raw`\b${ORDINAL}\s+(?<part>quarter|half)\s+of\s+(?<year>${YEAR})${NOT_AFTER}`, 'gi'),
    value: (g) => {
      const part = partOfYear(g.ordinal!, g.part!);
      return part ? { value: `${g.year}-${part}` } : null;
    },
  },
  {
    // A quarter or half by its ordinal without a year: "in the first quarter" → the phase year's, else the
    // period's or the document's ("the last quarter" is read as relative; "first half of 2015" above).
    rule: 'date.part-of-year',
    digits: false,
    re: /\b(?<=\bthe\s)(?<ordinal>first|second|third|fourth|final)\s+(?<part>quarter|half)\b(?!\s+(?:of|to|ending)\b|\s+\d)/gi,
    value: (g, ctx) => {
      const part = partOfYear(g.ordinal!, g.part!);
      return part ? phaseYear(ctx, `-${part}`) : null;
    },
  },
  {
    // The months at one end of a year, as "early 2017" is: "the early months of 2017" → 2017 EARLY,
    // "the final months of 2016" → 2016 LATE.
    rule: 'date.months-of-year',
    re: new RegExp(String.raw`\b(?<mod>early|earlier|first|opening|middle|late|later|last|final|closing)\s+months\s+of\s+(?<year>${YEAR})${NOT_AFTER}`, 'gi'),
    value: (g) => ({ value: g.year! }),
  },
  {
    // A part of "the year", "this year", "last year" or "next year": "the second half of the year" is
    // a half of the year the sentence names before it ("In 2016 … the second half of the year"), else of
    // the reference year (phase, period, document), as "this year" is.
    rule: 'date.part-of-relative-year',
    digits: false,
    re: /\b(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?<part>quarter|half)\s+of\s+(?<which>the|this|last|next)\s+year\b(?!\s+(?:to|ending)\b|\s+(?:19|20)\d\d\b)/gi,
    value: (g, ctx, text, m) => {
      const part = partOfYear(g.ordinal!, g.part!);
      if (!part) return null;
      const which = g.which!.toLowerCase();
      const written = which === 'the' ? lastWrittenYear(text.slice(0, m.index)) : null;
      if (written) return { value: `${written}-${part}` };
      const anchor = anchorYear(ctx);
      if (!anchor) return { value: `XXXX-${part}` };
      const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      // The year of an annual report of 2013-14 is its financial year: "the second half of the year" → FY2013-14-H2.
      const financial = anchor.anchor === 'period' ? financialYearOf(ctx.period) : null;
      if (financial !== null) return { value: `${financialYear(financial + shift)}-${part}`, anchor: 'period' };
      return { value: `${anchor.year + shift}-${part}`, anchor: anchor.anchor };
    },
  },
  {
    // An end of "the year", "this year" …, read as that year is: "by the end of the year" in a report on
    // July to September 2013 → 2013, END, anchor period; "the start of next year" → the year after.
    rule: 'date.part-of-relative-year',
    digits: false,
    re: /(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(?<modOf>start|beginning|end|middle)\s+of\s+(?<which>the|this|last|next)\s+(?<fin>financial\s+)?year\b(?!\s+(?:to|ending)\b|\s+(?:19|20)\d\d\b)/giu,
    value: (g, ctx, text, m) => {
      if (g.fin) return null;
      const which = g.which!.toLowerCase();
      const written = which === 'the' ? lastWrittenYear(text.slice(0, m.index)) : null;
      if (written) return { value: written };
      const anchor = anchorYear(ctx);
      if (!anchor) return { value: 'XXXX' };
      const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const financial = anchor.anchor === 'period' ? financialYearOf(ctx.period) : null;
      if (financial !== null) return { value: financialYear(financial + shift), anchor: 'period' };
      return { value: String(anchor.year + shift), anchor: anchor.anchor };
    },
  },
  {
    // "early in 2014", "late in 2013"
    rule: 'date.mod-in-year',
    re: new RegExp(String.raw`\b(?<mod>[Ee]arly|[Ll]ate)\s+in\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: `${g.year}` }),
  },
  {
    // "2013", "early 2014", "the start of 2015"; not "Awards 2014" (a year inside a name).
    rule: 'date.year',
    re: new RegExp(String.raw`${NOT_BEFORE}${MOD}(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g, _ctx, text, m) => {
      if (!modOf(g) && yearFollowsName(text, m.index)) return null;
      // "more than 2000 people": a count, not a year.
      if (!modOf(g) && /\b(?:than|nearly|almost|approximately|least)\s+$/i.test(before(text, m.index))) return null;
      return { value: g.year! };
    },
  },
  {
    // The first day of a range of days in one month: "from 12 to 18 October 2015" → 2015-10-12 (the
    // month and year of its end); "between 3 and 5 May", "on 12 and 13 September" too.
    rule: 'date.day-range-start',
    re: new RegExp(String.raw`${NOT_BEFORE}${DAY}(?=\s*(?<join>to|-|–|and|until)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+${MONTH}\b(?:\s+(?<year>${YEAR})(?!\d))?)`, 'g'),
    value: (g, ctx, text, m) => {
      // ("and" after "between", or after a preposition of a day: "on 12 and 13 September".)
      if (g.join === 'and' && !/\b(?:between|on|by|of)\s+$/i.test(before(text, m.index))) return null;
      const mo = monthNumber(g.month!);
      const d = Number(g.day);
      if (!validDay(g.year ? Number(g.year) : 2000, mo, d)) return null;
      return g.year ? { value: `${g.year}-${pad(mo)}-${pad(d)}` } : monthValue(ctx, text, m.index, m.index + m[0].length, `-${pad(mo)}-${pad(d)}`);
    },
  },
  {
    // Its end after a hyphen, which the other rules leave to the number before it: "2-3 June 2014" → 2014-06-03.
    rule: 'date.day-range-end',
    re: new RegExp(String.raw`(?<=(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s?[-–]\s?)${DAY}\s+${MONTH}(?:\s+(?<year>${YEAR})(?!\d))?\b`, 'g'),
    value: (g, ctx, text, m) => {
      const mo = monthNumber(g.month!);
      const d = Number(g.day);
      if (!validDay(g.year ? Number(g.year) : 2000, mo, d)) return null;
      return g.year ? { value: `${g.year}-${pad(mo)}-${pad(d)}` } : monthValue(ctx, text, m.index, m.index + m[0].length, `-${pad(mo)}-${pad(d)}`);
    },
  },
  {
    // A day and month without a year: "on 14 May", "the 30 June deadline" → the phase year. A number
    // before a month name is a day wherever it stands, so no preposition is needed.
    rule: 'date.day-month',
    re: new RegExp(String.raw`${NOT_BEFORE}${MOD}${DAY}(?:\s+of)?\s+${MONTH}\b(?![ \u00a0]+(?:of\s+)?\d)`, 'g'),
    value: (g, ctx, text, m) => {
      const mo = monthNumber(g.month!);
      const d = Number(g.day);
      if (!validDay(2000, mo, d)) return null;
      return monthValue(ctx, text, m.index, m.index + m[0].length, `-${pad(mo)}-${pad(d)}`);
    },
  },
  {
    // A month without a year: "in June", "by the end of October", "November/early December 2013".
    rule: 'date.month',
    digits: false,
    re: new RegExp(String.raw`${MOD}${MONTH}\b(?![ \u00a0]+(?:of\s+)?\d)`, 'g'),
    value: (g, ctx, text, m) => {
      const prior = before(text, m.index);
      const modified = Boolean(modOf(g));
      if (RELATIVE.test(prior)) return null;
      // A month that recurs is no date: "published in April each year", "every year in March" reads
      // no one April.
      if (RECURRING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) || /\b(?:each|every)\s+year\s+in\s+$/i.test(prior)) return null;
      // A month that opens a span of months ending in a year is a date wherever it stands: "Quarterly
      // report: July to September 2013".
      FOLLOWING_YEAR.lastIndex = m.index + m[0].length;
      const spanToYear = FOLLOWING_YEAR.test(text);
      // So does one that opens a span or list of months, "covering July to September", "in March and
      // April", and one that labels a line: "April: private beta opens".
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 32);
      // And one that names an occasion by its month: "chaired the May meeting", "the June figures".
      const occasion = /\b(?:the|its|our|their|this)\s+$/i.test(prior) && MONTH_OCCASION_AFTER.test(after);
      const listed = spanToYear || occasion || MONTH_AFTER.test(after) || (LINE_LABEL_BEFORE.test(prior) && LABEL_AFTER.test(after));
      if (!modified && !listed && !DATE_CONTEXT.test(prior)) return null;
      if (g.month === 'May' && !modified && !listed && !MAY_CONTEXT.test(prior)) return null;
      // "March" and "May" are verbs after "to" unless a month came before ("from March to May").
      return monthValue(ctx, text, m.index, m.index + m[0].length, `-${pad(monthNumber(g.month!))}`);
    },
  },
  {
    // A season without a year: "in the spring" → "spring", "late summer", "over the summer".
    rule: 'date.season',
    digits: false,
    re: new RegExp(String.raw`${MOD}${SEASON}\b(?!\s+(?:of\s+)?\d)`, 'g'),
    value: (g, ctx, text, m) => {
      const prior = before(text, m.index);
      const modified = Boolean(modOf(g));
      if (RELATIVE.test(prior)) return null;
      if (!modified && !/\b(?:in|during|over|by|until|till|since|through|throughout|before|after|from|of|the|to|and|or)\s+$/i.test(prior)) return null;
      if (!modified && SEASON_COMPOUND.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      // A season before a capitalised word is part of a name: "the Autumn Statement", "Spring Budget".
      if (/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      // Reckoned from the time of writing as a month is: "with the remaining 2 following in the spring"
      // in a report on October to December 2014 → 2015-SP.
      return monthValue(ctx, text, m.index, m.index + m[0].length, `-${SEASON_CODE[g.season!.toLowerCase()]}`);
    },
  },
  {
    // A quarter without a year after a preposition, "in Q1", or labelling a line, "Q1: private beta" →
    // the phase year.
    rule: 'date.quarter',
    re: /\bQ(?<n>[1-4])\b(?!\s+\d)/g,
    value: (g, ctx, text, m) => {
      const prior = before(text, m.index);
      const label = LINE_LABEL_BEFORE.test(prior) && LABEL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
      return label || /\b(?:in|by|during|until|from|before|after|to|and|or|of)\s+$/i.test(prior) ? phaseYear(ctx, `-Q${g.n}`) : null;
    },
  },
];

function modOf(g: Record<string, string | undefined>): EntityExtras['mod'] | undefined {
  switch ((g.mod ?? g.modOf ?? g.modEnd)?.toLowerCase()) {
    case 'early':
    case 'earlier':
    case 'first':
    case 'opening':
      return 'EARLY';
    case 'mid':
    case 'middle':
      return 'MID';
    case 'late':
    case 'later':
    case 'last':
    case 'final':
    case 'closing':
      return 'LATE';
    case 'start':
    case 'beginning':
      return 'START';
    case 'end':
      return 'END';
    default:
      return undefined;
  }
}

const WRAPPED_FROM = new RegExp(String.raw`\bfrom\s+(${MONTH_PATTERN})\s+(?:to|until|till)\s+$`, 'i');

export const dateExtractor: Extractor = {
  name: 'date',
  extract(ctx) {
    const { text } = ctx;
    const out: LocalMention[] = [];
    const hasDigit = /\d/.test(text);
    for (const rule of RULES) {
      if (!hasDigit && rule.digits !== false) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const g = m.groups ?? {};
        const found = rule.value(g, ctx, text, m);
        if (!found) continue;
        const mod = modOf(g);
        // A month after "from <month> to" that comes before it in the year is the next year's: "slipped
        // from October to February" in a report on October to December 2013 → February 2014.
        const from = rule.rule === 'date.month' ? WRAPPED_FROM.exec(text.slice(Math.max(0, m.index - 30), m.index)) : null;
        if (from && /^\d{4}-\d{2}$/.test(found.value) && monthNumber(from[1]) > Number(found.value.slice(5, 7))) {
          const earlier = out.find((d) => d.type === 'date' && d.to <= m!.index && text.slice(d.from, d.to).endsWith(from[1]) && typeof d.value === 'string' && /^\d{4}-\d{2}$/.test(d.value));
          if (earlier) found.value = `${Number((earlier.value as string).slice(0, 4)) + 1}${found.value.slice(4)}`;
        }
        out.push({
          type: 'date',
          from: m.index,
          to: m.index + m[0].length,
          value: found.value,
          rule: rule.rule,
          ...(mod ? { mod } : {}),
          ...(found.anchor ? { anchor: found.anchor } : {}),
        });
      }
    }
    return out;
  },
};

// "the year before", "the previous year", "the following year": a year reckoned from another.
const THE_YEAR_AROUND = /^(?:the|a)\s+(?:year\s+(before|after|earlier|later)|(previous|preceding|following)\s+year)$/i;
/** A date now reckoned from one the text wrote: its value and interval, and no anchor. */
function reckonFromWritten(m: LocalMention, value: string): void {
  m.value = value;
  delete m.anchor;
  const interval = dateInterval(value, m.mod);
  if (interval) Object.assign(m, { dateStart: interval.start, dateEnd: interval.end });
}

const THE_PERIOD_AROUND = /^(?:the\s+)?(previous|preceding|following|next)\s+(?:quarter|month)$/i;

/** A calendar quarter ("2014-Q3") or month ("2014-03") moved by `step` of its own unit. */
function shiftPeriod(value: string, step: number): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) {
    const q = Number(quarter[1]) * 4 + Number(quarter[2]) - 1 + step;
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  }
  const m = Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1 + step;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/**
 * "The year" in "the second half of the year" is the year the text is discussing: where the sentence
 * names none, the last year written in an earlier sentence of the same section ("GDP grew 1.8% in
 * 2016. … Growth was stronger in the second half of the year." → 2016-H2), else the reference year the
 * rule gave it (phase, period or document). Likewise "the year before" and "the following year" are
 * reckoned from the last year or financial year the section wrote ("£426 million in 2012-13, up from
 * £240m the year before" → FY2011-12). `mentions` are per sentence, in document order; they are
 * changed in place.
 */
export function resolveTheYear(mentions: LocalMention[][], texts: readonly string[], sectionIds: readonly string[]): void {
  const lastYear = new Map<string, string>();
  // The last year or financial year the section wrote, for "the year before" and "the following year".
  const lastWritten = new Map<string, { year: number; financial: boolean }>();
  mentions.forEach((list, i) => {
    // The quarter or month the sentence wrote, for "the previous quarter": "In the third quarter of 2014
    // … a 25% rise on the previous quarter" → 2014-Q2.
    let sentencePeriod: string | null = null;
    for (const m of [...list].sort((a, b) => a.from - b.from)) {
      if (m.type !== 'date' || typeof m.value !== 'string') continue;
      const around = m.rule === 'date.relative' && sentencePeriod ? THE_PERIOD_AROUND.exec(texts[i].slice(m.from, m.to)) : null;
      if (around && sentencePeriod) {
        const step = /^(?:previous|preceding|last)$/i.test(around[1]) ? -1 : 1;
        reckonFromWritten(m, shiftPeriod(sentencePeriod, step));
        continue;
      }
      if (!m.anchor && /^\d{4}-(?:Q[1-4]|\d{2})$/.test(m.value)) sentencePeriod = m.value;
      const shift = m.rule === 'date.relative' ? THE_YEAR_AROUND.exec(texts[i].slice(m.from, m.to)) : null;
      const written = lastWritten.get(sectionIds[i]);
      if (shift && written) {
        // "saved £426 million in 2012-13, up from £240m the year before" → FY2011-12.
        const year = written.year + (/^(?:before|previous|preceding|earlier)$/i.test(shift[1] ?? shift[2]) ? -1 : 1);
        reckonFromWritten(m, written.financial ? financialYear(year) : String(year));
        continue;
      }
      if (!m.anchor && /^\d{4}(?:$|-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)$)/.test(m.value)) lastWritten.set(sectionIds[i], { year: Number(m.value.slice(0, 4)), financial: false });
      else if (!m.anchor && /^FY\d{4}-\d{2}$/.test(m.value)) lastWritten.set(sectionIds[i], { year: Number(m.value.slice(2, 6)), financial: true });
      // (A promise's "by the end of the year" is the year of writing, not one an earlier sentence wrote:
      // "The index was first published in 2014. … will publish guidance by the end of the year".)
      const promised = /\b(?:will|shall)\b/.test(texts[i].slice(0, m.from)) && m.anchor !== undefined;
      if (!promised && m.rule === 'date.part-of-relative-year' && (m.anchor ? m.anchor !== 'phase' : m.value.startsWith('XXXX')) && /\bof\s+the\s+year$/i.test(texts[i].slice(m.from, m.to))) {
        const year = lastYear.get(sectionIds[i]);
        if (!year) continue;
        // (Its part kept: "XXXX-H1" → "2013-H1"; a financial year's part is read in the calendar year
        // written: "FY2013-14-H1" → "2013-H1", "FY2013-14" → "2013".)
        reckonFromWritten(m, `${year}${m.value.replace(/^(?:FY\d{4}-\d{2}|\d{4}|XXXX)/, '')}`);
      } else if (!m.anchor && /^\d{4}(?:$|-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))/.test(m.value)) {
        // A year the text writes (not a financial year, not one resolved from elsewhere).
        lastYear.set(sectionIds[i], m.value.slice(0, 4));
      }
    }
  });
}
