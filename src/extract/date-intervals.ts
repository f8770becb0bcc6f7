// The interval of days a date value stands for, so that a spreadsheet can filter dates by range:
//   2014 → 2014-01-01…2014-12-31         2014-10 → 2014-10-01…2014-10-31    2015-01-16 → that day
//   2017-FA (autumn) → 2017-09-01…2017-11-30   2013-WI (winter) → 2013-12-01…2014-02-28
//   2017-Q1 → 2017-01-01…2017-03-31       2015-H2 → 2015-07-01…2015-12-31
//   FY2015-16 → 2015-04-01…2016-03-31 (UK financial year)     2014/2016 → 2014-01-01…2016-12-31
//   FY2013-14-Q3 → 2013-10-01…2013-12-31 (a quarter of a financial year, counted from April)
//   FY2013-14-H2 → 2013-10-01…2014-03-31 (a half of a financial year)
// A TIMEX3 modifier takes a third of the period: early 2014 → 2014-01-01…2014-04-30, mid → May to
// August, late → September to December; "the start of" reads as early, "the end of" as late; in a
// month the thirds are days 1-10, 11-20 and 21 to the end. A value with an unknown year (XXXX) has no
// interval.
import type { LocalMention } from '../model.js';

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in month `month` (1-12) of `year`. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO day `n` months after January of `year` (month may run past 12). */
function day(year: number, month: number, d: number | 'last'): string {
  const y = year + Math.floor((month - 1) / 12);
  const mo = ((month - 1) % 12) + 1;
  return `${y}-${pad(mo)}-${pad(d === 'last' ? daysIn(y, mo) : d)}`;
}

/** A span of whole months, from month `first` to month `last` of `year` (last may run past 12). */
type Months = { year: number; first: number; last: number };

function monthsOf(value: string): Months | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { year: Number(m[1]), first: 1, last: 12 };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { year: Number(m[1]), first: Number(m[2]), last: Number(m[2]) };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { year: Number(m[1]), first: SEASON_MONTHS[m[2]][0], last: SEASON_MONTHS[m[2]][1] };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { year: Number(m[1]), first: Number(m[2]) * 3 - 2, last: Number(m[2]) * 3 };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { year: Number(m[1]), first: Number(m[2]) * 6 - 5, last: Number(m[2]) * 6 };
  m = /^FY(\d{4})-\d{2}$/.exec(value);
  if (m) return { year: Number(m[1]), first: 4, last: 15 };
  // A quarter of a financial year: Q1 April to June … Q4 January to March of the next year.
  m = /^FY(\d{4})-\d{2}-Q([1-4])$/.exec(value);
  if (m) return { year: Number(m[1]), first: 3 * Number(m[2]) + 1, last: 3 * Number(m[2]) + 3 };
  // A half: H1 April to September, H2 October to March of the next year.
  m = /^FY(\d{4})-\d{2}-H([12])$/.exec(value);
  if (m) return { year: Number(m[1]), first: 6 * Number(m[2]) - 2, last: 6 * Number(m[2]) + 3 };
  m = /^(\d{4})\/(\d{4})$/.exec(value);
  if (m) return { year: Number(m[1]), first: 1, last: (Number(m[2]) - Number(m[1]) + 1) * 12 };
  return null;
}

/** FY2015-16: the value of the UK financial year that starts in April of `start`. */
export function financialYear(start: number): string {
  return `FY${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The first and last day of a date value with its modifier; null when the value has no known year. */
export function dateInterval(value: string, mod?: string): { start: string; end: string } | null {
  const third = mod === 'EARLY' || mod === 'START' ? 0 : mod === 'MID' ? 1 : mod === 'LATE' || mod === 'END' ? 2 : -1;
  const exact = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (exact) return { start: value, end: value };
  const months = monthsOf(value);
  if (!months) return null;
  const { year, first, last } = months;
  const count = last - first + 1;
  if (third < 0) return { start: day(year, first, 1), end: day(year, last, 'last') };
  if (count >= 3) {
    // Whole months where the period divides into them: a year into four-month thirds.
    const size = Math.floor(count / 3);
    const a = first + third * size;
    const b = third === 2 ? last : a + size - 1;
    return { start: day(year, a, 1), end: day(year, b, 'last') };
  }
  // A month: days 1-10, 11-20, 21 to the end.
  const lastDay = daysIn(year + Math.floor((first - 1) / 12), ((first - 1) % 12) + 1);
  const from = [1, 11, 21][third];
  return { start: day(year, first, from), end: third === 2 ? day(year, last, lastDay) : day(year, first, from + 9) };
}

/** A date mention with its interval; other mentions, and dates that already have one, pass through. */
export function withInterval(m: LocalMention): LocalMention {
  if (m.type !== 'date' || m.dateStart || typeof m.value !== 'string') return m;
  const interval = dateInterval(m.value, m.mod);
  return interval ? { ...m, dateStart: interval.start, dateEnd: interval.end } : m;
}
