// Small closed-class word tables the numeric extractors share: month and season names, number words,
// and the test that tells a year inside a name ("Public Sector Communications Awards 2014") from a
// year standing as a date ("the 2013 typhoon").

import { MONTH_PATTERN } from '../text/months.js';

// Month names: the one list, in text/months.ts.
export { MONTHS, MONTH_PATTERN, monthNumber } from '../text/months.js';

/** Seasons as TIMEX3 writes them: "summer 2013" → 2013-SU, "autumn" → FA. */
export const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

// Longest names first, so that "fourteen" is tried before "four" (the \b after each keeps it exact).
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
const SMALL = `(?:(?:${byLength(Object.keys(TENS))})(?:[-\\s](?:${byLength(Object.keys(UNITS).filter((w) => UNITS[w] > 0 && UNITS[w] < 10))}))?|(?:${byLength(Object.keys(UNITS))}))\\b`;
const SCALE = `(?:hundred|thousand|million|billion|dozen)\\b`;

/**
 * A cardinal in words: "twenty-five", "three hundred", "one hundred and fifty", "two dozen",
 * "a dozen", "a thousand", "half a million". At most three scale words ("two hundred and fifty thousand" has two), so a
 * failed match costs a bounded number of steps wherever it starts, even in a megabyte of number words.
 * Use with the `i` flag ("Twenty-five staff …").
 */
export const NUMBER_WORD_PATTERN = `(?:${SMALL}|(?:half\\s+)?a(?=\\s+${SCALE}))(?:\\s+${SCALE}(?:(?:\\s+and)?\\s+${SMALL})?){0,3}`;

/** Whether a text holds any word a cardinal in words is made of (use before NUMBER_WORD_PATTERN, `i` and `u` as there): a text without one has no such number. */
export const NUMBER_WORD_ANY = new RegExp([...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand', 'million', 'billion', 'dozen'].join('|'), 'iu');

/** "twenty-five" → 25, "three hundred" → 300, "a dozen" → 12, "half a million" → 500000; null when the words are not a number. */
export function numberFromWords(words: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  // "half a million" → 500000: the half multiplies the whole.
  let factor = 1;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'a' || w === 'and') continue;
    if (w === 'half' && !any) {
      factor = 0.5;
      continue;
    }
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w in SCALES) {
      current = (current || 1) * SCALES[w];
      if (SCALES[w] >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
    any = true;
  }
  return any ? (total + current) * factor : null;
}

/** "1,000" → 1000, "2.5" → 2.5 */
export function numberFromDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** Scale words after digits: "2 million people", "£3bn", "£450k". */
export const SCALE_VALUE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
};

// Capitalised words that may stand before a year without making it part of a name: prepositions and
// other words capitalised at the start of a sentence ("In 2013 …", "By 2015 …", "The 2013 typhoon"),
// modifiers, months and seasons ("Early 2014", "December 2012", "Spring 2014").
const NOT_A_NAME = new Set(
  ('in by since during from until till to before after of for and or through throughout between at around ' +
    'about circa up the this that these those early late mid also then both only even again over under ' +
    'within across beyond towards toward on as than while when where if but so yet spring summer autumn ' +
    'fall winter').split(' '),
);
const MONTH_WORD = new RegExp(`^${MONTH_PATTERN}$`);
const SENTENCE_START = /^[\s"“‘'(•*-]*$/;
// One space: a year set apart by a tab or a run of spaces is a column of its own ("Create 12 Nature
// Improvement Areas      2014–15"), not the name's.
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}’'&.-])([\p{Lu}][\p{L}\p{N}’'&.-]*)[ \u00a0]$/u;

/**
 * True when the characters before `index` end in a capitalised word that makes a following year part
 * of a name: "Public Sector Communications Awards 2014", "Spending Review 2013". False after a
 * sentence-initial preposition ("In 2013"), a month ("December 2012") or a quarter ("Q3 2014").
 */
export function yearFollowsName(text: string, index: number): boolean {
  const sliceStart = Math.max(0, index - 40);
  const m = WORD_BEFORE.exec(text.slice(sliceStart, index));
  if (!m) return false;
  const word = m[1];
  // The first word of a sentence is capitalised whatever it is ("Unlike 2013, …").
  const wordStart = sliceStart + m.index + (m[0].startsWith(word) ? 0 : 1);
  if (wordStart < 8 && SENTENCE_START.test(text.slice(0, wordStart))) return false;
  // So is the first word of a plain-text table's cell, after a tab: "Indicator<tab>Outturn 2012-13".
  if (text[wordStart - 1] === '\t') return false;
  const lower = word.toLowerCase();
  if (NOT_A_NAME.has(lower)) return false;
  if (MONTH_WORD.test(word)) return false;
  if (/^[QH][1-4]$/.test(word)) return false;
  return true;
}

/** A year written as four digits, 1950–2049: what the date rules accept as a year. */
export function isYearLike(digits: string): boolean {
  return /^(?:19[5-9]\d|20[0-4]\d)$/.test(digits);
}

/** The number or letter that labels an item: "2.2", "2.3.i", "ii)", "b.". */
export const ITEM_LABEL = String.raw`(?:\d{1,2}(?:\.\d{1,2}){0,3}(?:\.[ivx]{1,4})?|[ivx]{1,4}|[a-z])[.)]?`;
