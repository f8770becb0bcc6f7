// number: a ratio, as one mention valued as the fraction it states, counting the noun after it.
//   "4 in 5 appeals" → "4 in 5", 0.8, counts "appeals"     "1 in 3" → 0.333333
//   "one in four adults" → 0.25, counts "adults"           "9 out of 10 users" → 0.9
// Not ratios: "3 in 2013" (a count and a year), "14 in Newcastle", "5 in 5" (not a part of a whole).
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { countedNoun } from './numbers.js';
import { compromiseLexicon } from './compromise.js';

// Words the lexicon files as verbs only (not one in -s, which may be a plural noun: "4 in 5 appeals").
const VERB_TAGS = /^(?:Infinitive|PresentTense|PastTense|Modal|Copula|Auxiliary)$/;
import { isYearLike, numberFromDigits, numberFromWords } from './words.js';

const SMALL_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|thousand)';
const PART = String.raw`(\d{1,3}(?:,\d{3})*|${SMALL_WORD})`;
const RATIO = new RegExp(String.raw`(?<![\p{L}\p{N}_.,£$€-])${PART}\s+(?:in|out\s+of)\s+(?:every\s+)?(\d{1,3}(?:,\d{3})*|${SMALL_WORD}|a\s+(?:hundred|thousand))(?![\p{L}\p{N}%]|[.,]\d)`, 'giu');

function valueOf(part: string): number | null {
  if (/\d/.test(part)) return numberFromDigits(part);
  return numberFromWords(part.replace(/^a\s+/i, 'one '));
}

export const ratioExtractor: Extractor = {
  name: 'ratio',
  extract({ text }) {
    const out: LocalMention[] = [];
    if (!/\s(?:in|out of)\s/i.test(text)) return out;
    RATIO.lastIndex = 0;
    for (let m = RATIO.exec(text); m; m = RATIO.exec(text)) {
      if (isYearLike(m[2])) continue;
      const part = valueOf(m[1]);
      const whole = valueOf(m[2]);
      if (part === null || whole === null || part <= 0 || part >= whole) continue;
      const value = Math.round((part / whole) * 1e6) / 1e6;
      const to = m.index + m[0].length;
      // (A verb right after it makes the ratio the subject, counting nothing written: "1 in 10 cite monthly
      // charges", "9 in 10 use the service".)
      const next = /^\s+(\p{Ll}+)/u.exec(text.slice(to))?.[1];
      const counts = next && VERB_TAGS.test(String(compromiseLexicon()[next] ?? '')) && !/s$/.test(next) ? undefined : countedNoun(text, to, 2);
      out.push({ type: 'number', from: m.index, to, value, rule: 'number.ratio', ...(counts ? { counts } : {}) });
    }
    return out;
  },
};
