// organisation (and programme): acronyms.
//   - A use of an acronym the document defines anywhere, before or after ("GDS" and "Government Digital
//     Service (GDS)"), takes the long form as its value and the long form's type. A plural use of a
//     defined body ("DWPs") resolves to it too.
//   - The long form of a definition is a mention of its own: "Government Digital Service" in
//     "Government Digital Service (GDS)".
//   - An undefined acronym that looks like one ("HMRC", "DVLA", "DfE", "MoJ") or that the gazetteer
//     knows ("Defra", "Ofsted") is an organisation named as written; one the gazetteer does not know,
//     before a noun of what it abbreviates ("the MOT test", "VED rates", "the CAP scheme"), is none.
//   - Generic acronyms are no mention: "IT", "KPIs", "SMEs", and a plural of an undefined acronym
//     ("ALBs", "NDPBs"), which names a kind of body, not one body; nor is an acronym the document
//     defines for a generic term or a measure ("socio-economic groups (SEGs)", "Personal video
//     recorder (PVR)", <abbr title="Gross Domestic Product">GDP</abbr>).
import type { Acronym, LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { GENERIC_ACRONYMS, isShouted } from './name-chunks.js';
import { compromiseLexicon } from './compromise.js';

let lexicon: Record<string, string | string[] | undefined> | null = null;
const NAME_TAGS = /Organization|Place|Country|City|Region|Person|Name/;
/** Whether the word in lower case is a word of the language: a small word, a part label, or a word compromise's lexicon files as no name ("AGENCIES", "ANNEX"; not "NHS"). */
function isWordOfLanguage(token: string): boolean {
  lexicon ??= compromiseLexicon();
  const lower = token.toLowerCase();
  if (/^(?:and|of|the|for|to|in|on|annex|appendix|chapter|section|part|table|figure|box)$/.test(lower)) return true;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/s$/, '');
  const tag = lexicon[lower] ?? lexicon[singular];
  return tag !== undefined && !NAME_TAGS.test(String(tag));
}
import { isKnownBodyAcronym, isKnownOrganisation } from './gazetteer-organisations.js';
import { isGenericAcronym } from './names.js';
import { isKnownPlace } from './gazetteer-places.js';

// A word with two capitals, or a capitalised word of up to six letters that may be a defined short form
// ("Defra"); not a part of "GOV.UK" or "HMCTS.net", and not a prefix joined by a hyphen to a capital
// ("G-Cloud"). "EMC-level" still counts: the acronym is glued to a modifier.
const TOKEN = /(?<![\p{L}\p{N}.&-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]{2,6})(?![\p{L}\p{N}&]|\.[\p{L}\p{N}]|-[A-Z])/gu;
// What stands between a long form and its short form: "Government Digital Service (GDS)".
const OPEN_PAREN = /^\s*\(\s*/;
const CLOSE_PAREN = /^\s*\)/;
const LOOKS_LIKE_ACRONYM = /^(?:[A-Z]{2,7}|[A-Z][a-z]?[A-Z]{1,4}|[A-Z]{2,3}[a-z][A-Z]{1,3})$/;
const ALL_CAPITALS = /^[A-Z]{2,7}$/;
// Roman numerals of I, V and X only ("II", "IV", "XII"): no body is named so.
const ROMAN = /^(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})$/;
// A company's legal form after its name: "NRAM plc", "Network Rail Ltd".
const COMPANY_SUFFIX = /^\s(?:plc|PLC|Plc|Ltd|Limited)(?![\p{L}\p{N}])/u;
const LEGAL_SUFFIX = /\s(?:plc|PLC|Plc|Ltd|Limited)$/;
// "an LLP", "a UK LLP": an indefinite article, perhaps a place before the acronym.
const GRADE_BEFORE = /\b(?:level|levels|grade|grades|rating|rated|band|class|tier)\s+$/i;
const INDEFINITE_BEFORE = /\ban?\s+(?:[A-Z]{2,3}\s+)?$/i;
// The acronym ends its noun phrase: punctuation, the end, or a word that begins no noun.
const PHRASE_ENDS = /^(?:\s*[),.;:!?]|\s*$|\s+(?:which|that|who|with|or|and|in|of|for|to|is|are|was|were|has|have)\b)/;
// What an unknown acronym abbreviates when a noun of its kind follows: a test, a tax, a scheme, a
// licence ("the MOT test", "VED rates", "the CAP scheme", "an HGV licence"), a service named after it
// with a word between ("the MOT history service", "its CAP information service"), or a scheme for a
// group ("PAYE for employers"); a body is followed by its units and products ("the CODATT unit", "DVLA
// vehicles online").
const THING_AFTER = /^\s+(?:\p{Ll}+\s+services?\b|for\s+\p{Ll}{3,}s\b|(?:tests?|tax|taxes|duty|duties|relief|scheme|schemes|regime|rules|returns?|payments?|numbers?|certificates?|licen[cs]es?|rates?|allowance|history|checks?|codes?|status|reforms?|system)(?![\p{L}\p{N}-]))/u;
// An undefined acronym in mixed case ("IdA", "PaaS") names a body only where the gazetteer knows it
// ("DfE", "MoJ"); after a lowercase modifier ("online IdA", "citizen IdA") it is a term.
function standsAlone(text: string, from: number): boolean {
  return !/\p{Ll}\s+$/u.test(text.slice(Math.max(0, from - 12), from));
}

/** A defined acronym written in another case: "DEFRA" after "… Rural Affairs (Defra)". */
function otherCase(acronyms: ReadonlyMap<string, Acronym>, token: string): Acronym | undefined {
  if (token.length < 3) return undefined;
  const upper = token.toUpperCase();
  for (const a of acronyms.values()) if (a.short.length === token.length && a.short.toUpperCase() === upper) return a;
  return undefined;
}

export const acronymUsesExtractor: Extractor = {
  name: 'acronyms',
  extract(context) {
    const { text, acronyms } = context;
    const out: LocalMention[] = [];
    // In a heading written in capitals, a word of the language is no acronym ("ANNEX", "AND").
    const shouted = isShouted(text);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const token = m[1];
      const from = m.index;
      const to = from + token.length;
      const defined = acronyms.get(token) ?? (/[A-Z]s$/.test(token) ? acronyms.get(token.slice(0, -1)) : undefined) ?? otherCase(acronyms, token);
      if (defined) {
        // A company's legal suffix is part of its name: "NRAM plc" → "Northern Rock Asset Management plc".
        const suffix = defined.type === 'organisation' ? COMPANY_SUFFIX.exec(text.slice(to, to + 10)) : null;
        const end = suffix ? to + suffix[0].length : to;
        out.push({ type: defined.type, from, to: end, value: suffix ? `${defined.long}${suffix[0]}` : defined.long, acronym: defined.short, rule: 'acronym.defined' });
        continue;
      }
      if (GENERIC_ACRONYMS.has(token) || isGenericAcronym(token, context)) continue;
      if (shouted && isWordOfLanguage(token)) continue;
      // A Roman numeral is a number's writing, no body: "from I to XII", "Part II".
      if (ROMAN.test(token)) continue;
      // A code after a generic acronym: "SEG ABC", "SEG C2DE".
      const previous = /(\S+)\s+$/.exec(text.slice(Math.max(0, from - 12), from));
      if (previous && isGenericAcronym(previous[1], context)) continue;
      // The series letters of a paper's number: "HC 1025", "Cm 9416".
      if (/^\s\d{2,5}(?![\p{L}\p{N}])/u.test(text.slice(to, to + 8)) && /^(?:HC|HL|Cm|Cmd|Cmnd|SI)$/.test(token)) continue;
      // A kind named by an acronym after an indefinite article, ending its noun phrase, is no body:
      // "(except an LLP)", "a UK LLP which is listed"; "a DWP office" names DWP.
      if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, from - 12), from)) && PHRASE_ENDS.test(text.slice(to, to + 8))) continue;
      // A grade after the word that names its scale is no body: "level AA", "rated AAA".
      if (GRADE_BEFORE.test(text.slice(Math.max(0, from - 12), from)) && /^[A-E]{1,3}[+-]?$/.test(token)) continue;
      // A group of states written as its initials is a place: "EEA nationals".
      if (isKnownPlace(token) && ALL_CAPITALS.test(token)) {
        out.push({ type: 'place', from, to, value: token, rule: 'place.gazetteer' });
      } else {
        // A company's legal suffix is part of its name here too: "NRAM plc".
        const suffix = COMPANY_SUFFIX.exec(text.slice(to, to + 10));
        const end = suffix ? to + suffix[0].length : to;
        const value = suffix ? `${token}${suffix[0]}` : token;
        if (isKnownBodyAcronym(token)) {
          out.push({ type: 'organisation', from, to: end, value, acronym: token, rule: 'acronym.known' });
        } else if (LOOKS_LIKE_ACRONYM.test(token) && (ALL_CAPITALS.test(token) || standsAlone(text, from)) && !THING_AFTER.test(text.slice(to, to + 32))) {
          out.push({ type: 'organisation', from, to: end, value, acronym: token, rule: 'acronym.capitals' });
        }
      }
      // "ALBs", "NDPBs": a plural that no definition resolves is a kind of body. The pattern above
      // leaves them out, since an acronym never ends in a lowercase "s".
    }
    // A defined short form written with "&" ("NS&I", "B&B"), which the word pattern above leaves out.
    for (const defined of text.includes('&') ? acronyms.values() : []) {
      if (!defined.short.includes('&')) continue;
      for (let from = text.indexOf(defined.short); from >= 0; from = text.indexOf(defined.short, from + 1)) {
        const to = from + defined.short.length;
        if (/[\p{L}\p{N}&.]/u.test(text[from - 1] ?? '') || /[\p{L}\p{N}&]/u.test(text[to] ?? '')) continue;
        if (out.some((m) => from < m.to && m.from < to)) continue;
        out.push({ type: defined.type, from, to, value: defined.long, acronym: defined.short, rule: 'acronym.defined' });
      }
    }
    // The long form of a body defined anywhere, used on its own, names that body, without the legal
    // suffix a markup expansion may carry: <abbr title="Bradford and Bingley plc">B&B</abbr>, and later
    // "excluding NRAM plc, Bradford and Bingley and Network Rail" → "Bradford and Bingley".
    for (const acronym of acronyms.values()) {
      if (acronym.type !== 'organisation') continue;
      const long = acronym.long.replace(LEGAL_SUFFIX, '');
      // A body the gazetteer knows is read as such by the names extractor.
      if (!long.includes(' ') || !text.includes(long) || isKnownOrganisation(long)) continue;
      for (let at = text.indexOf(long); at >= 0; at = text.indexOf(long, at + 1)) {
        const to = at + long.length;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[to] ?? '')) continue;
        if (out.some((m) => at < m.to && m.from < to)) continue;
        out.push({ type: 'organisation', from: at, to, value: long, rule: 'acronym.long-form-use' });
      }
    }
    // The long forms of definitions made in this sentence: "Government Digital Service (GDS)" (none
    // without a bracket).
    for (const acronym of text.includes('(') ? acronyms.values() : []) {
      if (!text.includes(acronym.short) || !text.includes(acronym.long)) continue;
      for (let at = text.indexOf(acronym.long); at >= 0; at = text.indexOf(acronym.long, at + 1)) {
        const to = at + acronym.long.length;
        const paren = OPEN_PAREN.exec(text.slice(to, to + 8));
        const after = paren ? to + paren[0].length : -1;
        if (after < 0 || !text.startsWith(acronym.short, after) || !CLOSE_PAREN.test(text.slice(after + acronym.short.length, after + acronym.short.length + 8))) continue;
        out.push({ type: acronym.type, from: at, to, value: acronym.long, acronym: acronym.short, rule: 'acronym.long-form' });
      }
    }
    return out;
  },
};
