// percent: "63%", "95% of HMRC", "10 per cent", "2.5 percent" → the number of percent.
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';

const PERCENT = /\b(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)/gi;

export const percentExtractor: Extractor = {
  name: 'percent',
  extract({ text }) {
    const out: LocalMention[] = [];
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
      out.push({ type: 'percent', from: m.index, to: m.index + m[0].length, value: Number(m[1]), rule: 'percent.pattern' });
    }
    return out;
  },
};
