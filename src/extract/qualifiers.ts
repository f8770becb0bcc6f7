// What a spreadsheet needs to know about an amount besides the amount: the qualifier before it and
// the other end of a range. Runs over the mentions of one sentence after overlaps are resolved.
//   "around 40,000 people" → 40000, mod APPROX       "up to £750,000" → 750000, mod EQUAL_OR_LESS
//   "fewer than 40" → LESS_THAN    "over 20 teams" → MORE_THAN    "at least 2,500" → EQUAL_OR_MORE
//   "650-plus", "300+ users", "65 & over", "5 grams or more" → EQUAL_OR_MORE
//   "approximately £0.6 billion in 2014/15 and £1.0 billion in 2016/17" → both APPROX (one qualifier
//   before coordinated amounts qualifies each)
//   "12 to 31 staff" → one mention "12 to 31", value 12, valueEnd 31, counts "staff"
//   "between £2m and £3m" → "£2m and £3m", 2000000…3000000     "10-15%" → 10…15
// Qualifier words stay outside the span (as "in" stays outside "in June"); the span of a range runs
// from its first value to its last. "from 14% to 36%" and "by £500 to £11,500" are changes, not
// ranges: two mentions each.
import type { LocalMention, ValueMod } from '../model.js';

const AMOUNT_TYPES = new Set(['number', 'percent', 'money']);

// The words before an amount, longest first so that "no more than" is not read as "more than".
const QUALIFIERS: Array<[RegExp, ValueMod]> = [
  [/\b(?:no|not)\s+(?:more|greater)\s+than\s+$/i, 'EQUAL_OR_LESS'],
  [/\b(?:no|not)\s+(?:fewer|less)\s+than\s+$/i, 'EQUAL_OR_MORE'],
  // "a maximum of", and a maximum with its noun: "a maximum investment limit of £3,000".
  [/\b(?:up\s+to|at\s+most|(?:a\s+)?maximum(?:\s+\p{Ll}+){0,2}\s+of|as\s+(?:many|much)\s+as|capped\s+at)\s+$/iu, 'EQUAL_OR_LESS'],
  [/\b(?:at\s+least|(?:a\s+)?minimum(?:\s+\p{Ll}+){0,2}\s+of)\s+$/iu, 'EQUAL_OR_MORE'],
  [/\b(?:more|greater|higher)\s+than\s+$|\b(?:over|above|exceeding|in\s+excess\s+of)\s+$/i, 'MORE_THAN'],
  [/\b(?:fewer|less|lower)\s+than\s+$|\b(?:under|below)\s+$/i, 'LESS_THAN'],
  // (An estimate with its noun too: "at an estimated cost of £85,000", as a maximum's noun above.)
  [/\b(?:around|about|approximately|roughly|nearly|nearer|almost|circa|some|an\s+estimated(?:\s+\p{Ll}+){0,2}\s+of|an\s+estimated|close\s+to|c\.)\s+$/iu, 'APPROX'],
];
// After the amount: "650-plus", "300+", "2,500 or more", "40 or fewer".
const AFTER: Array<[RegExp, ValueMod]> = [
  [/^(?:-plus\b|\+)/, 'EQUAL_OR_MORE'],
  [/^\s+or\s+so\b/i, 'APPROX'],
  [/^\s+or\s+(?:more|over|above)\b/i, 'EQUAL_OR_MORE'],
  [/^\s*(?:&|and)\s+over\b/i, 'EQUAL_OR_MORE'],
  [/^\s+or\s+(?:fewer|less|under|below)\b/i, 'EQUAL_OR_LESS'],
];
// After the counted noun: "5 grams or more", "250 employees or fewer".
const AFTER_NOUN: Array<[RegExp, ValueMod]> = [
  [/^\s+or\s+(?:more|over|above)\b/i, 'EQUAL_OR_MORE'],
  [/^\s+or\s+(?:fewer|less|under|below)\b/i, 'EQUAL_OR_LESS'],
];

/** The qualifier written before an amount at `from` of `text`, if any ("around 40,000"). */
function qualifierBefore(text: string, from: number): ValueMod | undefined {
  const before = text.slice(Math.max(0, from - 48), from);
  for (const [re, mod] of QUALIFIERS) if (re.test(before)) return mod;
  return undefined;
}

/** The qualifier around an amount at [from, to) of `text`, if any. */
export function qualifierOf(text: string, from: number, to: number): ValueMod | undefined {
  const before = qualifierBefore(text, from);
  if (before) return before;
  const after = text.slice(to, to + 16);
  for (const [re, mod] of AFTER) if (re.test(after)) return mod;
  return undefined;
}

/** The qualifier after the noun an amount counts: "5 grams or more" (counts "grams"). */
function qualifierAfterNoun(text: string, m: LocalMention): ValueMod | undefined {
  if (!m.counts) return undefined;
  const rest = text.slice(m.to, m.to + m.counts.length + 24);
  const at = rest.indexOf(m.counts);
  if (at < 0 || rest.slice(0, at).trim().split(/\s+/).length > 3) return undefined;
  const after = rest.slice(at + m.counts.length);
  for (const [re, mod] of AFTER_NOUN) if (re.test(after)) return mod;
  return undefined;
}

// What joins the two ends of a range: "12 to 31", "10-15%", "£2m–£3m", "between 5 and 10".
const JOIN = /^\s?(?:-|–|—|to)\s?$|^\s(?:and)\s$/;
const BETWEEN = /\bbetween\s+$/i;
const FROM = /\bfrom\s+$/i;
// "rises by £500 to £11,500", "cut by 2% to 17%": a change by an amount to a level, when both ends
// write their own unit; "by 5 to 10%" is a range of changes.
const BY = /\bby\s+$/i;
// A verb of change before "by": "fell by 1,200 to 5,000" is a change and the level it reached, whatever
// the units ("rise by 5 to 10%" without such a verb is a range of changes).
const CHANGED_BY = /\b(?:rose|risen|rises|fell|fallen|falls|increased|increases|decreased|decreases|grew|grown|grows|dropped|drops|declined|declines|reduced|cut|went\s+(?:up|down)|climbed|jumped)\s+by\s+$/i;

// A number's scale word: "3 million", "30 thousand", "2.5bn".
const SCALED = /\s?(thousand|million|billion|bn|m|k)$/i;
const SCALE_FACTOR: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };

/**
 * Joins the two ends of a range into one mention. The end decides the type ("10-15%": the 10 is a
 * percent too) and gives `counts` ("12 to 31 staff").
 */
function joinRanges(text: string, mentions: LocalMention[]): LocalMention[] {
  const out: LocalMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (b && AMOUNT_TYPES.has(a.type) && AMOUNT_TYPES.has(b.type) && typeof a.value === 'number' && typeof b.value === 'number') {
      const gap = text.slice(a.to, b.from);
      const prior = text.slice(Math.max(0, a.from - 12), a.from);
      // Not a code of hyphenated digits ("ISBN 978-1-4741-4098-0"): nothing digit-like glued on either side.
      const glued = /[-–/]\d/.test(text.slice(b.to, b.to + 2)) || /\d[-–/]$/.test(text.slice(Math.max(0, a.from - 2), a.from));
      const sameKind = a.type === b.type || (a.type === 'number' && !a.counts && b.type !== 'number');
      const and = /and/.test(gap);
      // (Both ends written whole: "grows by £1 to £2 billion" shares its scale, a range.)
      const whole = a.type === b.type && a.rule !== 'money.range' && (a.type !== 'percent' || /%|per\s?cent/i.test(text.slice(a.from, a.to)));
      const change = (whole && CHANGED_BY.test(text.slice(Math.max(0, a.from - 24), a.from)) && /to/.test(gap)) || BY.test(prior) && /to/.test(gap) && a.type === b.type && (a.type === 'money' ? a.rule !== 'money.range' && /^[-−]?\D/.test(text.slice(b.from, b.to)) : a.type === 'percent' && /%|per\s?cent/i.test(text.slice(a.from, a.to)));
      if (!glued && !change && sameKind && JOIN.test(gap) && !FROM.test(prior) && (!and || BETWEEN.test(prior)) && b.value > a.value && !(a.type === 'number' && a.counts)) {
        const { counts: _c, ...rest } = b;
        // A scale written once, after the end, is the start's too: "between 2.5 and 3 million people".
        const scale = a.type === 'number' && b.type === 'number' && !SCALED.test(text.slice(a.from, a.to)) ? SCALED.exec(text.slice(b.from, b.to)) : null;
        const factor = scale ? SCALE_FACTOR[scale[1].toLowerCase()] : 1;
        const value = a.value * factor <= b.value ? Math.round(a.value * factor * 1e6) / 1e6 : a.value;
        out.push({
          ...rest,
          ...(b.counts ? { counts: b.counts } : {}),
          from: a.from,
          to: b.to,
          value,
          valueEnd: b.value,
          rule: `${b.type}.range`,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Sets `mod` and joins ranges on the amounts of one sentence (mentions in text order, not overlapping). */
// What may stand between two coordinated amounts that share one qualifier: "approximately £0.6 billion
// in 2014/15 and £1.0 billion in 2016/17" (a date or a few words, then "and", nothing that ends a clause;
// not a comma, which sets off a clause of its own: "About 1 in 10 left, and 9 in 10 stayed").
const COORDINATED = /^[^.;:!?,]{0,40}\s(?:and|or)\s+$/;

export function qualifyAmounts(text: string, mentions: LocalMention[]): LocalMention[] {
  const joined = joinRanges(text, mentions);
  let previous: LocalMention | null = null;
  for (const m of joined) {
    if (!AMOUNT_TYPES.has(m.type)) continue;
    if (!m.mod) {
      // "between 5 and 10" is a range, not a qualifier; the qualifier of a range stands before its start.
      const mod = qualifierOf(text, m.from, m.to) ?? qualifierAfterNoun(text, m);
      if (mod) m.mod = mod;
      // One qualifier before coordinated amounts of one kind qualifies each (one written after the first,
      // "aged 65 or over, and 3 out of 10", is that amount's alone).
      else if (previous?.mod && previous.type === m.type && !previous.counts && qualifierBefore(text, previous.from) === previous.mod && COORDINATED.test(text.slice(previous.to, m.from)) && !joined.some((x) => AMOUNT_TYPES.has(x.type) && x.from >= previous!.to && x.to <= m.from)) {
        m.mod = previous.mod;
      }
    }
    previous = m;
  }
  return joined;
}
