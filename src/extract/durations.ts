// duration: a length of time, as an ISO 8601 duration.
//   "10 weeks" → P10W   "6-week course" → P6W   "12 months later" → P12M   "day-long" → P1D
//   "two years" → P2Y   "48 hours" → PT48H
// Frequencies ("a year", "each year", "weekly") are not durations.
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { NUMBER_WORD_PATTERN, numberFromDigits, numberFromWords } from './words.js';

const UNIT = '(?<unit>hour|day|week|fortnight|month|year)s?';
const AMOUNT = String.raw`(?<amount>\d+(?:\.\d+)?|${NUMBER_WORD_PATTERN})`;
const COUNTED = new RegExp(String.raw`(?<![\w.,£$€-])${AMOUNT}(?:\s|-)${UNIT}\b(?!-(?:to|on)\b)`, 'gi');
const LONG = /\b(?<unit>hour|day|week|month|year)-long\b/gi;

function iso(amount: number, unit: string): string {
  switch (unit.toLowerCase()) {
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
    default:
      return `P${amount}Y`;
  }
}

export const durationExtractor: Extractor = {
  name: 'duration',
  extract({ text }) {
    const out: LocalMention[] = [];
    COUNTED.lastIndex = 0;
    for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
      const g = m.groups!;
      const amount = /\d/.test(g.amount) ? numberFromDigits(g.amount) : numberFromWords(g.amount);
      if (amount === null) continue;
      out.push({ type: 'duration', from: m.index, to: m.index + m[0].length, value: iso(amount, g.unit), rule: 'duration.counted' });
    }
    LONG.lastIndex = 0;
    for (let m = LONG.exec(text); m; m = LONG.exec(text)) {
      out.push({ type: 'duration', from: m.index, to: m.index + m[0].length, value: iso(1, m.groups!.unit), rule: 'duration.long' });
    }
    return out;
  },
};
