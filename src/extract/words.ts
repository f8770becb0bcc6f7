// Small closed-class word tables the rule-based extractors share.

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const MONTH_PATTERN = `(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)`;

export function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

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

export const NUMBER_WORD_PATTERN = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})(?:[-\\s](?:${Object.keys(UNITS).join('|')}))?(?:\\s(?:${Object.keys(SCALES).join('|')}))?|(?:a\\s)?(?:dozen|hundred|thousand)`;

/** "twenty-five" → 25, "three hundred" → 300, "a dozen" → 12; null when the words are not a number. */
export function numberFromWords(words: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'a' || w === 'and') continue;
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
  return any ? total + current : null;
}

/** "1,000" → 1000, "2.5" → 2.5 */
export function numberFromDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}
