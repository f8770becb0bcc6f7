// duration: a length of time, as an ISO 8601 duration. The span is the amount and unit only.
//   "10 weeks’ intensive training" → "10 weeks" P10W     "6-week course" → "6-week" P6W
//   "12 months later" → "12 months" P12M                "day-long event" → "day-long" P1D
//   "within 5 years" → "5 years" P5Y                    "48 hours" → PT48H    "90 minutes" → PT90M
//   "two and a half years" → P2.5Y                      "5 working days" → P5D
//   "from 15 to 30 hours" → "15" PT15H and "30 hours" PT30H (a range of durations stays two mentions);
//   so "between 6 and 8 weeks" → "6" P6W and "8 weeks" P8W
//   "every 6 months" → "6 months" P6M, rule duration.frequency: the period of a frequency (TIMEX3's SET
//   with quant EVERY), so that "report every 6 months" keeps how often
// Not durations: ages ("16-19 year olds", "3 and 4 year olds": numbers), frequencies without an amount
// ("twice a year", "each year", "weekly") and "a year", "a fortnight", whose article reads as a
// frequency as often as a length.
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { NUMBER_WORD_PATTERN, isYearLike, numberFromDigits, numberFromWords } from './words.js';

const UNIT_WORDS = 'minute|hour|day|week|fortnight|month|year|decade|second';
const UNIT = `(?<unit>${UNIT_WORDS})(?<plural>s)?`;
// Every counted duration names its unit: a sentence with none is not searched.
const ANY_UNIT = new RegExp(UNIT_WORDS, 'iu');
// (With thousands commas too: "2,500 hours".)
const AMOUNT = String.raw`(?<amount>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|${NUMBER_WORD_PATTERN})(?<half>\s+and\s+a\s+half)?`;
const COUNTED = new RegExp(
  // A hyphen before the amount only as the join of a range of digits: "3-5 years" (not "COVID-19 days").
  String.raw`(?<![\p{L}\p{N}_.,£$€])(?<![^\d]-)(?<!^-)(?<!(?:19|20)\d\d-)${AMOUNT}(?:\s|-)(?:(?:working|business|calendar|full)\s+)?${UNIT}(?![\p{L}\p{N}])(?!-(?:to|on)\b)`,
  'giu',
);
// "day-long", "week-long", "year-long"
// "every 6 months", "each 2 weeks": the period of a frequency (a TIMEX3 SET).
const FREQUENCY = /\b(?:every|each)\s+$/i;
const AGE_AFTER = /^[\s-]olds?\b/i;
// "15 to " before "30 hours", "six to " before "nine months", "between 6 and " before "8 weeks": the
// first amount of a range.
const RANGE_START = new RegExp(String.raw`(?<![\p{L}\p{N}_.,£$€-])(\d+(?:\.\d+)?|${NUMBER_WORD_PATTERN})(?:\s?(?:to|-|–)\s?|(?<=\bbetween\s+\S+)\s+and\s+)$`, 'iu');
const LONG = /(?<![\p{L}\p{N}-])(?<unit>hour|day|week|month|year)-long(?![\p{L}\p{N}])/giu;
// "a half-day workshop", "a half-hour call": half of one unit.
const HALF = /(?<![\p{L}\p{N}-])half[-\s](?<unit>hour|day|week|year)(?![\p{L}\p{N}-])/giu;
// "from 40 days to 12": the end of a change written without its unit takes the unit of its start.
const FROM_BEFORE = /\bfrom\s+$/i;
const BARE_END = /^\s+to\s+(\d+(?:\.\d+)?)(?![\p{L}\p{N}%£$€]|[.,]\d|\s*(?:per\s?cent|[\p{L}£$€]))/u;

function iso(amount: number, unit: string): string {
  switch (unit.toLowerCase()) {
    case 'second':
      return `PT${amount}S`;
    case 'minute':
      return `PT${amount}M`;
    case 'hour':
      return `PT${amount}H`;
    case 'day':
      return `P${amount}D`;
    case 'week':
      return `P${amount}W`;
    case 'fortnight':
      return `P${amount * 2}W`;
    case 'month':
      return `P${amount}M`;
    case 'decade':
      return `P${amount * 10}Y`;
    default:
      return `P${amount}Y`;
  }
}

export const durationExtractor: Extractor = {
  name: 'duration',
  extract({ text }) {
    const out: LocalMention[] = [];
    COUNTED.lastIndex = 0;
    for (let m = ANY_UNIT.test(text) ? COUNTED.exec(text) : null; m; m = COUNTED.exec(text)) {
      const g = m.groups!;
      // "the 2014 year end": a year, not an amount of years.
      if (isYearLike(g.amount) && !g.plural) continue;
      const frequency = g.plural !== undefined && FREQUENCY.test(text.slice(Math.max(0, m.index - 8), m.index));
      // "3 and 4 year olds", "a 4-year-old": an age, a number; "over 30 years old" stays a duration.
      if (!g.plural && AGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      const whole = /\d/.test(g.amount) ? numberFromDigits(g.amount) : numberFromWords(g.amount);
      if (whole === null) continue;
      // No length of time: a kind of contract ("zero-hours contracts"), or "one" after "any" ("on any one
      // day": a day, whichever).
      if (whole === 0 || (whole === 1 && /\bany\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)))) continue;
      const amount = whole + (g.half ? 0.5 : 0);
      out.push({ type: 'duration', from: m.index, to: m.index + m[0].length, value: iso(amount, g.unit), rule: frequency ? 'duration.frequency' : 'duration.counted' });
    }
    // The start of a range of durations takes the unit of its end: "from 15 to 30 hours", "within 3 to
    // 5 years".
    for (const end of [...out]) {
      const before = RANGE_START.exec(text.slice(Math.max(0, end.from - 24), end.from));
      if (!before) continue;
      const amount = /\d/.test(before[1]) ? numberFromDigits(before[1]) : numberFromWords(before[1]);
      if (amount === null) continue;
      const from = end.from - before[0].length;
      out.push({ type: 'duration', from, to: from + before[1].length, value: String(end.value).replace(/\d+(?:\.\d+)?/, String(amount)), rule: 'duration.range-start' });
    }
    for (const start of [...out]) {
      if (start.rule !== 'duration.counted' || !FROM_BEFORE.test(text.slice(Math.max(0, start.from - 8), start.from))) continue;
      const end = BARE_END.exec(text.slice(start.to, start.to + 24));
      if (!end) continue;
      const from = start.to + end[0].length - end[1].length;
      out.push({ type: 'duration', from, to: from + end[1].length, value: String(start.value).replace(/\d+(?:\.\d+)?/, end[1]), rule: 'duration.range-end' });
    }
    HALF.lastIndex = 0;
    for (let m = HALF.exec(text); m; m = HALF.exec(text)) {
      out.push({ type: 'duration', from: m.index, to: m.index + m[0].length, value: iso(0.5, m.groups!.unit), rule: 'duration.half' });
    }
    LONG.lastIndex = 0;
    for (let m = LONG.exec(text); m; m = LONG.exec(text)) {
      out.push({ type: 'duration', from: m.index, to: m.index + m[0].length, value: iso(1, m.groups!.unit), rule: 'duration.long' });
    }
    return out;
  },
};
