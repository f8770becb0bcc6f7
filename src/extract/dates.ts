// date: calendar points and periods, normalised to ISO 8601 with a TIMEX3 `mod`.
//   "16 January 2015" → 2015-01-16          "mid-September 2013" → 2013-09, MID
//   "early 2014" / "early in 2014" → 2014, EARLY
//   "the end of October" under "Progress during 2014" → 2014-10, END, anchor phase
//   "summer 2013" → 2013-SU                 "2013/14", "2013 to 2014" → 2013/2014
// compromise-dates is accurate but slow (about 0.8 s more on one page); these rules are precise for
// this genre and cost microseconds a sentence.
import type { EntityExtras, LocalMention, SentenceContext } from '../model.js';
import type { Extractor } from './types.js';
import { MONTH_PATTERN, SEASON_CODE, monthNumber } from './words.js';

const MOD = String.raw`(?:(?<mod>early|mid|late|Early|Mid|Late)(?:-|\s+)|(?:[Tt]he\s+)?(?<modOf>start|beginning|end|middle|Start|Beginning|End|Middle)\s+of\s+(?:the\s+)?)?`;
const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
const SEASON = String.raw`(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)`;
const NOT_AFTER = String.raw`(?![\d%,.]\d|\d|%|\s?per\s?cent)`;
const NOT_BEFORE = String.raw`(?<![\d£$€.,/\-\w])`;

interface DateRule {
  rule: string;
  re: RegExp;
  value(g: Record<string, string | undefined>, ctx: SentenceContext): { value: string; anchored: boolean } | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function withYear(year: string | undefined, ctx: SentenceContext, rest: string): { value: string; anchored: boolean } {
  if (year) return { value: `${year}${rest}`, anchored: false };
  if (ctx.phaseYear !== null) return { value: `${ctx.phaseYear}${rest}`, anchored: true };
  return { value: `XXXX${rest}`, anchored: false };
}

const RULES: DateRule[] = [
  {
    rule: 'date.day-month-year',
    re: new RegExp(String.raw`${NOT_BEFORE}${MOD}(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<month>${MONTH_PATTERN})\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: `${g.year}-${pad(monthNumber(g.month!))}-${pad(Number(g.day))}`, anchored: false }),
  },
  {
    rule: 'date.month-day-year',
    re: new RegExp(String.raw`${MOD}(?<month>${MONTH_PATTERN})\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: `${g.year}-${pad(monthNumber(g.month!))}-${pad(Number(g.day))}`, anchored: false }),
  },
  {
    rule: 'date.year-range',
    re: new RegExp(String.raw`${NOT_BEFORE}${MOD}(?<year>${YEAR})\s*(?:/|-|–|—|\s+to\s+)\s*(?<end>${YEAR}|\d{2})${NOT_AFTER}(?!\s*(?:%|per))`, 'g'),
    value: (g) => {
      const start = Number(g.year);
      const end = g.end!.length === 2 ? Math.floor(start / 100) * 100 + Number(g.end) : Number(g.end);
      if (end <= start || end - start > 10) return null;
      return { value: `${start}/${end}`, anchored: false };
    },
  },
  {
    rule: 'date.month-year',
    re: new RegExp(String.raw`${MOD}(?<month>${MONTH_PATTERN})(?:\s+of)?\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: `${g.year}-${pad(monthNumber(g.month!))}`, anchored: false }),
  },
  {
    rule: 'date.season-year',
    re: new RegExp(String.raw`${MOD}(?<season>${SEASON})(?:\s+of)?\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: `${g.year}-${SEASON_CODE[g.season!.toLowerCase()]}`, anchored: false }),
  },
  {
    // "early in 2014", "late in 2013"
    rule: 'date.mod-in-year',
    re: new RegExp(String.raw`(?<mod>[Ee]arly|[Ll]ate|[Mm]id)\s+in\s+(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: `${g.year}`, anchored: false }),
  },
  {
    rule: 'date.year',
    re: new RegExp(String.raw`${NOT_BEFORE}${MOD}(?<year>${YEAR})${NOT_AFTER}`, 'g'),
    value: (g) => ({ value: g.year!, anchored: false }),
  },
  {
    // A month without a year: "in June", "by the end of October", "November/early December 2013".
    rule: 'date.month',
    re: new RegExp(String.raw`${MOD}(?<month>${MONTH_PATTERN})\b(?!\s+(?:of\s+)?\d)`, 'g'),
    value: () => null, // filled in by extractMonth
  },
  {
    // A season without a year: "in the spring", "late summer".
    rule: 'date.season',
    re: new RegExp(String.raw`${MOD}(?<season>${SEASON})\b(?!\s+(?:of\s+)?\d)`, 'g'),
    value: (g, ctx) => withYear(undefined, ctx, `-${SEASON_CODE[g.season!.toLowerCase()]}`),
  },
];

function modOf(g: Record<string, string | undefined>): EntityExtras['mod'] | undefined {
  const word = (g.mod ?? g.modOf)?.toLowerCase();
  switch (word) {
    case 'early':
      return 'EARLY';
    case 'mid':
    case 'middle':
      return 'MID';
    case 'late':
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

// A month standing alone is a date after a preposition or a slash: "in June", "November/early …".
const MONTH_CONTEXT = /(?:\b(?:in|by|during|since|until|from|before|after|to|and|or|through|of|between)\s+|\/\s*)$/i;

// A year that follows a month in the same phrase: "November/early December 2013".
const FOLLOWING_YEAR = new RegExp(String.raw`^\s*(?:/|-|–|and|or|to)\s*(?:(?:early|mid|late)[-\s]+)?${MONTH_PATTERN}\s+(${YEAR})`);

export const dateExtractor: Extractor = {
  name: 'date',
  extract(ctx) {
    const { text } = ctx;
    const out: LocalMention[] = [];
    for (const rule of RULES) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const g = m.groups ?? {};
        let result: { value: string; anchored: boolean } | null;
        if (rule.rule === 'date.month') {
          const month = g.month!;
          const before = text.slice(Math.max(0, m.index - 12), m.index);
          if (!modOf(g) && !MONTH_CONTEXT.test(before)) continue;
          const following = FOLLOWING_YEAR.exec(text.slice(m.index + m[0].length));
          result = following
            ? { value: `${following[1]}-${pad(monthNumber(month))}`, anchored: false }
            : withYear(undefined, ctx, `-${pad(monthNumber(month))}`);
          // "May" alone is a modal verb far more often than a month.
          if (month === 'May' && !modOf(g) && !/\b(?:in|by|during|since|until|from)\s+$/i.test(before)) continue;
        } else {
          result = rule.value(g, ctx);
        }
        if (!result) continue;
        out.push({
          type: 'date',
          from: m.index,
          to: m.index + m[0].length,
          value: result.value,
          rule: rule.rule,
          ...(modOf(g) ? { mod: modOf(g) } : {}),
          ...(result.anchored ? { anchor: 'phase' as const } : {}),
        });
      }
    }
    return out;
  },
};
