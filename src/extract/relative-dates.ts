// date (and duration): relative expressions, resolved against the section's phase year, else the period
// the document says it covers, else the document's own date; `anchor` says which.
//   "this quarter" in a report on "quarter 3 (July to September 2013)" → 2013-Q3, anchor period
//   "by the end of the quarter" there → 2013-Q3, mod END; "the end of the financial year" → FY2013-14, END
//   "in the quarter" there → 2013-Q3; "the same quarter last year" → 2012-Q3
//   "last quarter", "the previous quarter" → 2013-Q2       "next quarter" → 2013-Q4
//   "this year" under "Progress during 2014" → 2014, anchor phase; "early next year" → 2015, EARLY
//   "last year", "the year before",
//   "a year earlier" → 2013
//   "this month", "last month" → a month of the reference day
//   in an annual report of 2013-14 (its period a financial year): "this year", "during the year" →
//   FY2013-14, "the previous year" → FY2012-13
//   "this financial year" on 8 March 2017 → FY2016-17 (April to March), "last financial year" → FY2015-16
//   "the past year", "the last year", "the past 12 months", "the last two financial years" → a duration P1Y / P12M / P2Y ending on the
//   reference day (its interval in dateStart/dateEnd)
// The span includes the word that makes it relative and its article ("the year before"). Without a
// reference point the value keeps an unknown year (XXXX) and has no interval.
import type { DateAnchor, DateMod, LocalMention, SentenceContext } from '../model.js';
import type { Extractor } from './types.js';
import { dateInterval, financialYear } from './date-intervals.js';
import { MONTH_PATTERN, monthNumber } from './words.js';
import { financialYearOf, periodMonths } from './document-time.js';

const pad = (n: number) => String(n).padStart(2, '0');

// "this quarter", "last year", "the previous month", "the year before", "the following year".
// Not a period ending on a date: "the year to March 2014", "the quarter to the end of June" ("this
// financial year to train staff" is the year itself).
const SHIFTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<early>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+(?=(?:next|last|this)\s+year\b))?(?:(?<the>[Tt]he\s+)?(?<which>[Tt]his|[Ll]ast|[Nn]ext|[Pp]revious|[Pp]receding|[Ff]ollowing|[Cc]oming|[Cc]urrent)\s+(?<fin>financial\s+)?(?<unit>quarter|year|month)|(?<the2>[Tt]he\s+|[Aa]\s+)(?<unit2>quarter|year|month)\s+(?<which2>before|after|earlier|later|ago))(?![\p{L}\p{N}-])(?!\s+(?:of|ending|end)\b)(?!\s+to\s+(?:the\s+)?(?:end|start|date|(?:19|20)\d\d(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_PATTERN})\b|(?:${MONTH_PATTERN})\b))`,
  'gu',
);
const COMPARED_TIME = /\b(?:on|period|time|point|stage|date|quarter|month|week|day)\s+$/i;
// "the past year", "the last 12 months", "over the past two years": a length of time up to the reference day.
const PAST = /(?<![\p{L}\p{N}])(?<the>[Tt]he\s+)(?:past|last)\s+(?:(?<n>\d{1,2}|two|three|four|five|six|twelve|eighteen)\s+(?:financial\s+)?)?(?<unit>years?|months?|quarters?)(?![\p{L}\p{N}-])(?!\s+of\b)/gu;

// "last October", "next March", "this June": a month reckoned from the reference day.
const SHIFTED_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<which>[Ll]ast|[Nn]ext|[Tt]his)\s+(?<month>${MONTH_PATTERN})(?![\p{L}\p{N}])(?!\s+\d)`, 'gu');

// An end of the current quarter, month or financial year: "by the end of the quarter", "before the end of
// this month", "by the end of the financial year" (that of "the year" is read by the date extractor).
const END_OF = /(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(?<mod>start|beginning|end|middle|Start|Beginning|End|Middle)\s+of\s+(?:the|this)\s+(?:(?<fin>financial)\s+year|(?<unit>quarter|month))(?![\p{L}\p{N}-])(?!\s+(?:of|to|ending)\b|\s+\d)/gu;
// "in the quarter", "during the month", "for the quarter": the current one, in a report on a period.
// "in the year", "during the year", "throughout the year": the year a report covers (not "in the year
// to March", "the year ending …", "the year 2000").
// (A total it went to is no end of it: "fell by 1.8% over the quarter to 409,700".)
const THE_CURRENT = new RegExp(
  String.raw`(?<=\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout|[Aa]cross|[Ff]or)\s)the\s+(?<unit>quarter|month)(?![\p{L}\p{N}-])(?!\s+(?:of|ending|end|before|after)\b)(?!\s+to\s+(?:the\s+)?(?:end|start|date|(?:19|20)\d\d(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_PATTERN})\b|(?:${MONTH_PATTERN})\b))|(?<=\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s)the\s+(?<unit2>year)(?![\p{L}\p{N}-])(?!\s+(?:of|to|ending|end|before|after|ahead|from|since|when|in\s+which)\b|\s+\d)`,
  'gu',
);
// "the same quarter last year", "the same month a year earlier": a year before the current one.
// ("the same period last year" in a report on a quarter or a month is that quarter or month.)
const OTHER_TIME = new RegExp(String.raw`\b(?:(?:19|20)\d\d|quarter|half|month|week|(?:${MONTH_PATTERN}))\b`, 'i');
const SAME_LAST_YEAR = /(?<![\p{L}\p{N}])(?:[Tt]he\s+)?same\s+(?<unit>quarter|month|period)\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|of\s+the\s+previous\s+year)(?![\p{L}\p{N}-])/gu;
const EARLY_MOD: Record<string, 'EARLY' | 'MID' | 'LATE'> = { early: 'EARLY', mid: 'MID', late: 'LATE' };
const MOD: Record<string, 'START' | 'MID' | 'END'> = { start: 'START', beginning: 'START', middle: 'MID', end: 'END' };

const SMALL: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12, eighteen: 18 };

interface Reference {
  /** The reference day, ISO, or null when only a year is known. */
  day: string | null;
  year: number;
  anchor: DateAnchor;
  /** The first year of the financial year the document covers, whose years are financial ones. */
  financial?: number;
}

function referenceOf(ctx: SentenceContext): Reference | null {
  if (ctx.phaseYear !== null) {
    // A phase heading gives a year; a day of it only when the document's own date falls in that year.
    const day = ctx.documentDate && Number(ctx.documentDate.slice(0, 4)) === ctx.phaseYear ? ctx.documentDate : null;
    return { day, year: ctx.phaseYear, anchor: 'phase' };
  }
  if (ctx.period) {
    const financial = financialYearOf(ctx.period);
    return { day: ctx.period.end, year: Number(ctx.period.end.slice(0, 4)), anchor: 'period', ...(financial !== null ? { financial } : {}) };
  }
  if (ctx.documentDate) return { day: ctx.documentDate, year: Number(ctx.documentDate.slice(0, 4)), anchor: 'document' };
  return null;
}

function shiftOf(which: string): number {
  switch (which.toLowerCase()) {
    case 'last':
    case 'previous':
    case 'preceding':
    case 'before':
    case 'earlier':
    case 'ago':
      return -1;
    case 'next':
    case 'following':
    case 'coming':
    case 'after':
    case 'later':
      return 1;
    default:
      return 0;
  }
}

/** The value of a shifted unit from the reference, or an unknown year. */
function shifted(unit: string, shift: number, ref: Reference | null): string {
  // In an annual report of 2013-14, "this year" is that financial year, "the previous year" the one before.
  if (unit === 'year' && ref?.financial !== undefined) return financialYear(ref.financial + shift);
  if (unit === 'year') return ref ? String(ref.year + shift) : 'XXXX';
  if (!ref?.day) return unit === 'quarter' ? 'XXXX-QX' : 'XXXX-XX';
  const year = Number(ref.day.slice(0, 4));
  const month = Number(ref.day.slice(5, 7));
  if (unit === 'quarter') {
    const q = Math.floor((month - 1) / 3) + shift; // 0-based, may run out of the year
    const y = year + Math.floor(q / 4);
    return `${y}-Q${(((q % 4) + 4) % 4) + 1}`;
  }
  const index = year * 12 + (month - 1) + shift;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * "this financial year", "last financial year": the UK financial year (April to March) of the reference
 * day, shifted; a reference of a year alone does not say which financial year it falls in.
 */
function shiftedFinancialYear(shift: number, ref: Reference | null): string {
  if (!ref?.day) return 'FYXXXX-XX';
  const year = Number(ref.day.slice(0, 4));
  return financialYear((Number(ref.day.slice(5, 7)) >= 4 ? year : year - 1) + shift);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function minusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** A relative date's mention: its interval and anchor when the reference point gave it a known year. */
function relativeDate(from: number, to: number, value: string, ref: Reference | null, mod?: DateMod): LocalMention {
  const known = !value.includes('XXXX');
  const interval = known ? dateInterval(value, mod) : null;
  return {
    type: 'date', from, to, value, rule: 'date.relative',
    ...(mod ? { mod } : {}),
    ...(known && ref ? { anchor: ref.anchor } : {}),
    ...(interval ? { dateStart: interval.start, dateEnd: interval.end } : {}),
  };
}

export const relativeDateExtractor: Extractor = {
  name: 'relative-date',
  extract(ctx) {
    const { text } = ctx;
    const out: LocalMention[] = [];
    if (!/\b(?:quarter|year|month|last|next|this)/i.test(text)) return out;
    const ref = referenceOf(ctx);
    // A quarter, a month or a financial year is reckoned from a day: under a phase heading whose year is
    // not the document's ("Planned activities in 2014" on a page updated 12 December 2013), from the
    // document's own date ("next quarter" → 2014-Q1, anchor document).
    const dayRef: Reference | null = ref && !ref.day && ctx.documentDate ? { day: ctx.documentDate, year: Number(ctx.documentDate.slice(0, 4)), anchor: 'document' } : ref;
    const refFor = (unit: string) => (unit === 'year' ? ref : dayRef);
    SHIFTED.lastIndex = 0;
    for (let m = SHIFTED.exec(text); m; m = SHIFTED.exec(text)) {
      const g = m.groups!;
      const unit = (g.unit ?? g.unit2)!.toLowerCase();
      const which = (g.which ?? g.which2)!;
      // "a year earlier" dates a clause ("up from 91% a year earlier"); after "on" it is the base of a
      // comparison ("change on a year earlier"), and after a noun of time it only says which one ("the
      // same period a year earlier"): no date of its own.
      if (/^a\s/i.test(m[0]) && COMPARED_TIME.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // So is "on the year before" ("a fall of 4 per cent on the year before").
      if (g.which2 && /\bon\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      // "last year" at the start of a phrase is a relative year; "the last quarter" likewise.
      const value = g.fin ? (unit === 'year' ? shiftedFinancialYear(shiftOf(which), dayRef) : null) : shifted(unit, shiftOf(which), refFor(unit));
      // "early next year" → the year with its modifier, as "early 2015" is.
      const mod = g.early ? EARLY_MOD[g.early.toLowerCase()] : undefined;
      if (value !== null) out.push(relativeDate(m.index, m.index + m[0].length, value, g.fin ? dayRef : refFor(unit), mod));
    }
    SHIFTED_MONTH.lastIndex = 0;
    for (let m = SHIFTED_MONTH.exec(text); m; m = SHIFTED_MONTH.exec(text)) {
      const g = m.groups!;
      const month = monthNumber(g.month!);
      const which = g.which!.toLowerCase();
      let value = `XXXX-${pad(month)}`;
      // "this October": the month of the reference year; "last October", "next March": reckoned from a day.
      const used = which === 'this' && ref && !ref.day ? ref : dayRef;
      if (used?.day) {
        const year = Number(used.day.slice(0, 4));
        const refMonth = Number(used.day.slice(5, 7));
        // "last October" in November 2013 → 2013-10; in March 2014 → 2013-10. "next March" → the next one.
        const y = which === 'last' ? (month < refMonth ? year : year - 1) : which === 'next' ? (month > refMonth ? year : year + 1) : year;
        value = `${y}-${pad(month)}`;
      } else if (used && which === 'this') value = `${used.year}-${pad(month)}`;
      const interval = value.startsWith('XXXX') ? null : dateInterval(value);
      out.push({
        type: 'date', from: m.index, to: m.index + m[0].length, value, rule: 'date.relative-month',
        ...(interval && used ? { anchor: used.anchor, dateStart: interval.start, dateEnd: interval.end } : {}),
      });
    }
    END_OF.lastIndex = 0;
    for (let m = END_OF.exec(text); m; m = END_OF.exec(text)) {
      const g = m.groups!;
      const value = g.fin ? shiftedFinancialYear(0, dayRef) : shifted(g.unit!, 0, dayRef);
      out.push(relativeDate(m.index, m.index + m[0].length, value, dayRef, MOD[g.mod!.toLowerCase()]));
    }
    for (const re of [THE_CURRENT, SAME_LAST_YEAR]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        let unit = (m.groups!.unit ?? m.groups!.unit2)!;
        if (unit === 'period') {
          // (Only "last year", and only where the sentence names no other time the period could be: "in
          // the first half of 2013-14 …, compared with … the same period a year earlier" is no date.)
          if (!/last\s+year$/i.test(m[0]) || OTHER_TIME.test(text.slice(0, m.index))) continue;
          const p = ctx.period;
          const months = p ? periodMonths(p) : 0;
          if (months !== 3 && months !== 1) continue;
          unit = months === 3 ? 'quarter' : 'month';
        }
        const value = shifted(unit, re === SAME_LAST_YEAR ? (unit === 'quarter' ? -4 : -12) : 0, refFor(unit));
        out.push(relativeDate(m.index, m.index + m[0].length, value, refFor(unit)));
      }
    }
    PAST.lastIndex = 0;
    for (let m = PAST.exec(text); m; m = PAST.exec(text)) {
      const g = m.groups!;
      const n = g.n ? (/\d/.test(g.n) ? Number(g.n) : SMALL[g.n.toLowerCase()]) : 1;
      const unit = g.unit!.toLowerCase().replace(/s$/, '');
      // "the last year" with no number and a plural unit ("the last years") is not a length.
      if (!g.n && /s$/i.test(g.unit!)) continue;
      const months = unit === 'year' ? n * 12 : unit === 'quarter' ? n * 3 : n;
      const value = unit === 'year' ? `P${n}Y` : unit === 'quarter' ? `P${n * 3}M` : `P${n}M`;
      const day = ref?.day ?? null;
      out.push({
        type: 'duration', from: m.index, to: m.index + m[0].length, value, rule: 'duration.past',
        ...(day && ref ? { anchor: ref.anchor, dateStart: addDays(minusMonths(day, months), 1), dateEnd: day } : {}),
      });
    }
    return out;
  },
};
