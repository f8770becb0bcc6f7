// percent: a percentage, valued as the number of percent.
//   "63%", "95% of HMRC", "87 %" → 63, 95, 87    "10 per cent", "2.5 percent" → 10, 2.5
//   "1,200%" → 1200                             "Ten per cent", "twenty percent" → 10, 20
//   "1½ per cent", "¾%" → 1.5, 0.75
//   "from 14% to 36%" → two mentions.  "5 percentage points" is not a percentage.
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { NUMBER_WORD_PATTERN, numberFromDigits, numberFromWords } from './words.js';

const SIGN = String.raw`\s?(?:%|per\s?cent\b|percent\b)`;
// A vulgar fraction after the digits or alone, as the Bank of England and the OBR write rates:
// "1½ per cent", "¾%".
const DIGITS = new RegExp(String.raw`(?<![\p{L}\p{N}_.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?<fraction>[½¼¾])?|(?<alone>[½¼¾]))${SIGN}`, 'giu');
const FRACTION: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };
const ANY_SIGN = /%|per\s?cent/i;
const WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${NUMBER_WORD_PATTERN})\s(?:per\s?cent|percent)\b`, 'giu');

export const percentExtractor: Extractor = {
  name: 'percent',
  extract({ text }) {
    const out: LocalMention[] = [];
    if (!ANY_SIGN.test(text)) return out;
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
      const fraction = m.groups?.fraction ?? m.groups?.alone;
      const value = m.groups?.alone ? FRACTION[m.groups.alone] : fraction ? numberFromDigits(m[1].slice(0, -1)) + FRACTION[fraction] : numberFromDigits(m[1]);
      out.push({ type: 'percent', from: m.index, to: m.index + m[0].length, value, rule: 'percent.digits' });
    }
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const value = numberFromWords(m[1]);
      if (value !== null) out.push({ type: 'percent', from: m.index, to: m.index + m[0].length, value, rule: 'percent.words' });
    }
    return out;
  },
};
