// organisation (and programme): uses of acronyms. A use of an acronym the document defines
// ("GDS" after "Government Digital Service (GDS)") takes the long form as its value; the long form and
// the short form of a definition are mentions too. An undefined all-capitals token ("HMRC", "DVLA") is
// an organisation named as written.
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';

const TOKEN = /(?<![\w.&-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]{2,5})(?![\w&]|\.\w|-[A-Z])/g;
// Capitals that are not organisations in this genre.
const NOT_ORGANISATIONS = new Set(['IT', 'UK', 'PR', 'OK', 'TV', 'HR', 'ICT', 'CEO', 'CIO', 'CDO', 'CTO', 'FAQ', 'PDF', 'URL', 'API', 'AI', 'EU', 'US', 'USA', 'KPI', 'KPIs', 'SMEs', 'SME', 'ALB', 'ALBs', 'NDPB', 'NDPBs']);

export const acronymUsesExtractor: Extractor = {
  name: 'acronyms',
  extract({ text, acronyms }) {
    const out: LocalMention[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const token = m[1];
      const defined = acronyms.get(token) ?? (token.endsWith('s') ? acronyms.get(token.slice(0, -1)) : undefined);
      if (defined) {
        out.push({ type: defined.type, from: m.index, to: m.index + token.length, value: defined.long, acronym: defined.short, rule: 'acronym.defined' });
      } else if (/^[A-Z]{2,6}$|^[A-Z][a-z]?[A-Z]{1,4}$/.test(token) && !NOT_ORGANISATIONS.has(token)) {
        out.push({ type: 'organisation', from: m.index, to: m.index + token.length, value: token, acronym: token, rule: 'acronym.capitals' });
      }
    }
    // The long forms of definitions made in this sentence: "Government Digital Service (GDS)".
    for (const acronym of acronyms.values()) {
      if (!text.includes(acronym.short) || !text.includes(acronym.long)) continue;
      const re = new RegExp(`${escape(acronym.long)}(?=\\s*\\(\\s*${escape(acronym.short)}\\s*\\))`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({ type: acronym.type, from: m.index, to: m.index + acronym.long.length, value: acronym.long, acronym: acronym.short, rule: 'acronym.long-form' });
      }
    }
    return out;
  },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
