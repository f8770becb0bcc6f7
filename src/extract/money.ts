// money: an amount with its currency, in units.
//   "£1.2 million" → 1200000 GBP   "£20,000" → 20000   "£2.5m", "£3bn", "£450k"   "€4 million" → EUR
//   "$4.5m", "US$2m" → USD         "2 million pounds", "1.5 billion euros", "half a million pounds"
//   "50 pence", "50p" → 0.5
//   "£10-15 million" → "£10" 10000000 and "15 million" 15000000: the scale after a range is shared,
//   as in "between £1.7 and £1.8 billion" → 1700000000 and 1800000000; "£720m-870m" → "£720m" and
//   "870m", each with its own scale (joined into one range afterwards).
// The span runs from the currency sign to the last word of the amount; "£2.5 million and 1,500,000
// users" stays two mentions (money, then a number).
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { NUMBER_WORD_PATTERN, SCALE_VALUE, numberFromWords } from './words.js';

/** ISO 4217 code of a currency sign or a code as written in any case: '£' → GBP, 'eur' → EUR. */
/** The ISO 4217 codes an amount may be written after: "EUR 3 million", "USD 4m". */
export const CURRENCY_CODES: readonly string[] = ['GBP', 'EUR', 'USD', 'CHF', 'JPY', 'CNY', 'INR', 'AUD', 'CAD', 'NZD', 'NOK', 'SEK', 'DKK'];
export const CURRENCY: Readonly<Record<string, string>> = {
  '£': 'GBP', '€': 'EUR', $: 'USD',
  ...Object.fromEntries(CURRENCY_CODES.map((code) => [code.toLowerCase(), code])),
};
const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
// A scale word; a single letter only glued to the digits ("£2.5m", not "£5 m").
const SCALE = String.raw`(?:\s?(thousand|million|billion|bn|mn)|(m|k|K|b))(?![\p{L}\p{N}])`;
const SIGN = String.raw`(?:US)?([£€$])\s?|\b(${CURRENCY_CODES.join('|')})\s?`;

// "£1.2 million", "€4 million", "US$2m", "GBP 20,000"
const SYMBOL = new RegExp(String.raw`(?:${SIGN})${AMOUNT}(?:${SCALE})?(?![\p{N}]|\.\d)`, 'gu');
// "£10-15 million", "£10 to £15 million": the first amount borrows the scale of the second.
const RANGE = new RegExp(
  String.raw`(?:${SIGN})${AMOUNT}(?=\s?(?:-|–|to|and)\s?[£€$]?\d+(?:\.\d+)?\s?(?:thousand|million|billion|bn|mn|m|k|b)(?![\p{L}\p{N}]))`,
  'gu',
);
// The end of a range, read from where its start stops: "-15 million", " to £15 million".
const RANGE_END = new RegExp(String.raw`\s?(-|–|to|and)\s?([£€$])?${AMOUNT}(?:${SCALE})`, 'uy');
// "and" joins the two ends of a range only after "between": "between £1.7 and £1.8 billion".
const BETWEEN = /\bbetween\s+$/i;
// "2 million pounds", "1.5 billion euros", "300 dollars"
const WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,£€$])${AMOUNT}(?:\s?(thousand|million|billion))?\s(pounds(?:\s+sterling)?|euros?|dollars)\b`,
  'giu',
);
// "half a million pounds", "two million euros": the amount in words.
const NUMBER_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}_.,£€$-])(${NUMBER_WORD_PATTERN})\s(pounds(?:\s+sterling)?|euros?|dollars)\b`, 'giu');
// "50 pence", "50p"
const PENCE = /(?<![\p{L}\p{N}_.,£€$])(\d+)(?:\s(pence)\b|(p)(?![\p{L}\p{N}]))/gu;

function amount(whole: string, fraction: string | undefined, scale: string | undefined): number {
  const n = Number(whole.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
  return Math.round(n * (scale ? SCALE_VALUE[scale.toLowerCase()] : 1) * 100) / 100;
}

function currencyOf(symbol: string | undefined, code: string | undefined): string {
  return CURRENCY[symbol ?? code!.toLowerCase()];
}

export const moneyExtractor: Extractor = {
  name: 'money',
  extract({ text }) {
    const out: LocalMention[] = [];
    // Ranges first: the start of "£10-15 million" is ten million, not ten pounds.
    const inRange = new Set<number>();
    RANGE.lastIndex = 0;
    for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
      const to = m.index + m[0].length;
      RANGE_END.lastIndex = to;
      const end = RANGE_END.exec(text);
      if (!end) continue;
      if (end[1] === 'and' && !BETWEEN.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      const scale = end[5] ?? end[6];
      const currency = currencyOf(m[1], m[2]);
      inRange.add(m.index);
      // (The scale is shared only where it keeps the range rising: "between £50,000 and £1.5m" starts at
      // fifty thousand pounds, not fifty billion.)
      const shared = amount(m[3], m[4], scale);
      const start = shared > amount(end[3], end[4], scale) ? amount(m[3], m[4], undefined) : shared;
      out.push({ type: 'money', from: m.index, to, value: start, currency, rule: 'money.range' });
      const endFrom = to + end[0].search(/[£€$\d]/);
      inRange.add(endFrom);
      out.push({ type: 'money', from: endFrom, to: RANGE_END.lastIndex, value: amount(end[3], end[4], scale), currency, rule: 'money.range' });
    }
    SYMBOL.lastIndex = 0;
    for (let m = SYMBOL.exec(text); m; m = SYMBOL.exec(text)) {
      if (inRange.has(m.index)) continue;
      // "£000", "(£'000)": a table's unit, thousands of pounds, no amount.
      if (/^0{3}$/.test(m[3]) && !m[4] && !(m[5] ?? m[6])) continue;
      const to = m.index + m[0].length;
      const currency = currencyOf(m[1], m[2]);
      // A minus written before the sign is the amount's: "-£14.3 billion", "−£9.5bn" (not the hyphen of
      // a range, "£10-£15m", which follows an amount).
      const minus = m[1] !== undefined && /[-−]/.test(text[m.index - 1] ?? '') && !/[\p{L}\p{N}.,%)]/u.test(text[m.index - 2] ?? '');
      const value = amount(m[3], m[4], m[5] ?? m[6]);
      out.push({ type: 'money', from: minus ? m.index - 1 : m.index, to, value: minus ? -value : value, currency, rule: 'money.symbol' });
      // A start with its own scale: "£720m-870m", "£750m-£1bn". The end, with its own scale, is money
      // of the same currency; qualifiers.ts joins the two into one range.
      if (!(m[5] ?? m[6])) continue;
      RANGE_END.lastIndex = to;
      const end = RANGE_END.exec(text);
      if (!end || end[1] === 'and') continue;
      const endFrom = to + end[0].search(/[£€$\d]/);
      inRange.add(endFrom);
      out.push({
        type: 'money', from: endFrom, to: RANGE_END.lastIndex, value: amount(end[3], end[4], end[5] ?? end[6]),
        currency: end[2] ? currencyOf(end[2], undefined) : currency, rule: 'money.range',
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
    NUMBER_WORDS.lastIndex = 0;
    for (let m = /pounds|euro|dollars/i.test(text) ? NUMBER_WORDS.exec(text) : null; m; m = NUMBER_WORDS.exec(text)) {
      const value = numberFromWords(m[1]);
      if (value === null || value < 1000) continue;
      const unit = m[2].toLowerCase();
      out.push({
        type: 'money', from: m.index, to: m.index + m[0].length, value,
        currency: unit.startsWith('pound') ? 'GBP' : unit.startsWith('euro') ? 'EUR' : 'USD',
        rule: 'money.words',
      });
    }
    PENCE.lastIndex = 0;
    for (let m = PENCE.exec(text); m; m = PENCE.exec(text)) {
      out.push({ type: 'money', from: m.index, to: m.index + m[0].length, value: Number(m[1]) / 100, currency: 'GBP', rule: 'money.pence' });
    }
    return out;
  },
};
