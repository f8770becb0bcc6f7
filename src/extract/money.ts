// money: "£1.2 million" → 1200000 GBP, "£20,000" → 20000, "€3bn", "$4.5m", "2 million pounds".
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';

const CURRENCY: Record<string, string> = { '£': 'GBP', '€': 'EUR', $: 'USD' };
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
};
const SYMBOL = /([£€$])\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(thousand|million|billion|bn|mn|m|k|b)\b)?/gi;
const WORDS = /\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(thousand|million|billion)?\s(pounds(?:\s+sterling)?|euros?|dollars)\b/gi;

function amount(whole: string, fraction: string | undefined, scale: string | undefined): number {
  const n = Number(whole.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
  return Math.round(n * (scale ? SCALE[scale.toLowerCase()] : 1) * 100) / 100;
}

export const moneyExtractor: Extractor = {
  name: 'money',
  extract({ text }) {
    const out: LocalMention[] = [];
    SYMBOL.lastIndex = 0;
    for (let m = SYMBOL.exec(text); m; m = SYMBOL.exec(text)) {
      out.push({
        type: 'money', from: m.index, to: m.index + m[0].length,
        value: amount(m[2], m[3], m[4]), currency: CURRENCY[m[1]], rule: 'money.symbol',
      });
    }
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const unit = m[4].toLowerCase();
      out.push({
        type: 'money', from: m.index, to: m.index + m[0].length,
        value: amount(m[1], m[2], m[3]),
        currency: unit.startsWith('pound') ? 'GBP' : unit.startsWith('euro') ? 'EUR' : 'USD',
        rule: 'money.words',
      });
    }
    return out;
  },
};
