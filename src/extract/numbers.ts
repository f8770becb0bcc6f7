// number: cardinal amounts in digits or words, and what they count.
//   "45 students" → 45, counts "students"   "Over 1,000 people" → 1000, counts "people"
//   "level 7" → 7 (a label: no counts)      "one of 10 Gold Award winners" → 10
// Numbers inside a date, percent, money or duration lose to that mention when overlaps are resolved.
// compromise merges "£2.5 million and 1,500,000" into one number, so digits are found by rule here.
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { NUMBER_WORD_PATTERN, numberFromDigits, numberFromWords } from './words.js';

const DIGITS = /(?<![\w.,£$€/-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w%]|[.,/]\d|-\w)/g;
// "one" is left out: it is a pronoun ("one of the first departments") far more often than a count.
const WORDS = new RegExp(String.raw`\b(?!one\b)(${NUMBER_WORD_PATTERN})\b(?!-(?:to|on|off)\b)`, 'gi');
const LABEL = /\b(?:level|phase|band|tier|grade|stage|step|version|number|no\.|action|year|key stage)\s*$/i;

// Words that end a counted noun phrase.
const STOP = new Set(
  ('a an the of in on at by for from to with within into across through over under and or but nor ' +
    'who whom which that whose where when while as than then so if because ' +
    'is are was were be been being has have had do does did will would can could should may might must ' +
    'this these those its their our his her it they we he she').split(' '),
);

/** The counted noun phrase after a number: up to four words, ending before a stop word or punctuation. */
export function countedNoun(text: string, from: number): string | undefined {
  const rest = text.slice(from);
  const words: string[] = [];
  const re = /^\s+([\p{L}‘’'-]+)/u;
  let pos = 0;
  while (words.length < 4) {
    const m = re.exec(rest.slice(pos));
    if (!m) break;
    const word = m[1].replace(/^[‘'’]+|[‘'’]+$/g, '');
    if (!word || STOP.has(word.toLowerCase())) break;
    words.push(word);
    pos += m[0].length;
    if (/^[,;:.!?)]/.test(rest.slice(pos))) break;
  }
  // A phrase whose last word is not a plausible noun head (a verb, an adverb) is cut back.
  while (words.length && /(?:ly|ed|ing)$/.test(words[words.length - 1]) && !/(?:ings|eds)$/.test(words[words.length - 1])) {
    words.pop();
  }
  return words.length ? words.join(' ') : undefined;
}

export const numberExtractor: Extractor = {
  name: 'number',
  extract({ text }) {
    const out: LocalMention[] = [];
    const push = (from: number, to: number, value: number, rule: string) => {
      const label = LABEL.test(text.slice(Math.max(0, from - 12), from));
      const counts = label ? undefined : countedNoun(text, to);
      out.push({ type: 'number', from, to, value, rule, ...(counts ? { counts } : {}) });
    };
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
      push(m.index, m.index + m[0].length, numberFromDigits(m[1]), 'number.digits');
    }
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const value = numberFromWords(m[1]);
      if (value !== null) push(m.index, m.index + m[0].length, value, 'number.words');
    }
    return out;
  },
};
