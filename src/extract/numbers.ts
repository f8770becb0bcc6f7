// number: cardinal amounts in digits or words, and what they count.
//   "45 students" → 45, counts "students"      "Over 1,000 people" → 1000, counts "people"
//   "level 7" → 7 (a label: no counts)         "one of 10 Gold Award winners" → 10 only
//   "2 million people" → 2000000               "twenty-five staff" → 25    "a dozen teams" → 12
// Not numbers: ordinals ("second academy"), "one" as a pronoun ("one of the first departments"),
// "one-to-one", and a year inside a name ("Awards 2014"). Numbers inside a date, percent, money or
// duration lose to that longer mention when overlaps are resolved.
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { compromiseLexicon } from './compromise.js';
import { STREET_WORDS } from './name-heads.js';
import { isGazetteerPlace } from './gazetteer-places.js';
import { NUMBER_WORD_ANY, NUMBER_WORD_PATTERN, SCALE_VALUE, isYearLike, numberFromDigits, numberFromWords, yearFollowsName } from './words.js';

// Digits, optionally with a scale word: "1,000", "4.5", "2 million", "1.2m applications". Not glued to letters or
// to other digits by a point, comma, slash or colon ("G8", "24/7", "10:30", "3rd"), and not written
// with a leading zero as codes and telephone numbers are ("0300 123 4567"). A hyphen before
// the number is allowed only inside a range of numbers ("10-12 analysts"), not after a word
// ("COVID-19").
// Not a footnote marker either: "[^22]" is kramdown's markup for a note, not text.
const DIGITS =
  /(?<![\p{L}\p{N}_.,£$€/:^])(?<!(?<![\p{N}])[-–])(?!0\d)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|bn)\b|(m|bn|k)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}_%]|[.,/:]\d|-(?!plus\b)[\p{L}])/gu;
// Number words: "twenty-five", "three hundred", "a dozen". Not in a compound adjective ("one-to-one",
// "two-way", "three-tier": the duration extractor takes "two-year") or a fraction ("two-thirds",
// "three quarters", "one third", "one quarter of managers").
const WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(${NUMBER_WORD_PATTERN})(?![\p{L}\p{N}]|-\p{L}|\s+(?:thirds?|quarters|halves|fifths?|sixths?|eighths?|ninths?|tenths?|(?:quarter|half)\s+of)\b)`,
  'giu',
);
// Words before a number that make it a label, not a count: "level 7", "Phase 1", "action 7",
// "key stage 3", "version 2.1".
export const LABEL_WORDS =
  String.raw`level|phase|band|tier|grade|stage|step|version|release|number|no\.|action|actions|year|section|chapter|part|annex|page|paragraph|round|wave|cohort|sprint|priority|objective|commitment|recommendation|principle|option|table|figure|fig\.?|chart|graph|exhibit|diagram|map|box|point|theme|tranche`;
// A label word used as a verb labels nothing: "will each release 10 datasets", "to stage 3 events".
// Nor does a time reckoned from now, "Last year 41 councils …", "this round 12 teams …".
const LABEL = new RegExp(String.raw`(?<!\b(?:will|shall|would|can|could|may|must|should|to|each|also|then|not|last|next|this|previous|that|every|per|a)\s+)\b(?:${LABEL_WORDS})\s*$`, 'i');

// Words that end a counted noun phrase: determiners, prepositions, conjunctions, pronouns, auxiliaries
// and adverbs ("30 staff have signed", "45 students who completed", "14 in Newcastle").
const STOP = new Set(
  ('a an the of in on at by for from to with within without into onto across through throughout over ' +
    'under above below about around after before between during since until per via against among ' +
    'towards toward and or but nor who whom which that whose where when while as than then so if ' +
    'because although though unless is are was were be been being has have had do does did will would ' +
    'shall can could should may might must this these those its their our his her it they we he she ' +
    'there here each every all some any more less most also now not only just already still yet even ' +
    'again always sometimes perhaps afterwards besides rather almost nearly').split(' '),
);
// Plurals that do not end in -s: the head of the phrase, after which it stops ("100 staff took part").
const IRREGULAR_PLURALS = new Set('people staff children men women personnel police folk data media'.split(' '));
// Words that end in -s without being plural nouns.
const NOT_PLURAL = /(?:ss|us|is|ics|news|series|species|’s|'s)$/i;
// The next word, past an opening quote: "Our 2 ‘exemplar’ transactional redevelopments".
const NEXT_WORD = /\s+[‘“"']?([\p{L}][\p{L}’'-]*)/uy;
const PHRASE_END = /[,;:.!?()]/;
// Partitive and collective heads keep their "of" phrase, since the head alone says nothing of what is
// counted: "70 members of staff", "12 pieces of work", "3 groups of users".
// (Also the rounds and sittings of an activity: "30 rounds of user research", "12 sessions of training".)
const PARTITIVE = /^(?:members|pieces|items|groups|sets|types|kinds|sorts|pairs|parts|bits|batches|examples|rounds|sessions|waves|cycles)$/i;
const OF = /\s+of(?=\s)/y;
// The same heads counted once: "one form of identification", "1 piece of work".
const SINGULAR_PARTITIVE = /^(?:member|piece|item|group|set|type|kind|sort|form|pair|part|batch|example|round|session|wave|cycle)$/i;

function isPluralHead(word: string): boolean {
  // (Not an acronym that ends in S, a modifier of the head after it: "40 NHS trusts". Its plural has a
  // small "s": "12 GPs".)
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  return IRREGULAR_PLURALS.has(word.toLowerCase()) || (/s$/i.test(word) && !NOT_PLURAL.test(word) && word.length > 2);
}

const OR_MORE = /^\s+or\s+(?:more|less|fewer|over|under|above|below|so)(?=\s)/i;

/** Reads up to `limit` words of a noun phrase from `pos`, stopping after a plural head. */
function nounPhrase(text: string, pos: number, limit: number): { words: string[]; head: boolean; end: number } {
  const words: string[] = [];
  let head = false;
  while (words.length < limit) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    const word = m[1].replace(/[’'-]+$/, '');
    // Modifiers joined by "and" or "or" before one head: "11 exemplar and high-volume services".
    const after = NEXT_WORD.lastIndex;
    if ((word === 'and' || word === 'or') && words.length > 0 && coordinatedModifier(text, after)) {
      words.push(word);
      pos = after;
      continue;
    }
    // A superlative opens the phrase: "the 3 most common screen readers", "the 5 least used services".
    const superlative = words.length === 0 && /^(?:most|least)$/i.test(word) && /^\s+\p{Ll}/u.test(text.slice(after, after + 2)) &&
      !STOP.has(/^\s+(\S+)/.exec(text.slice(after))?.[1].toLowerCase() ?? '');
    if (!word || (STOP.has(word.toLowerCase()) && !superlative)) break;
    words.push(word);
    pos = NEXT_WORD.lastIndex;
    // A plural noun may modify the plural head after it: "45 overseas posts", "4 arts centres", "5
    // local digital skills partnerships" (not "30 staff have …", "5 services moved"; nor before a word
    // the lexicon calls a verb, as it does "clubs").
    // In a capitalised name, a capitalised plural: "12 Employer Skills Hubs".
    if (isPluralHead(word) && !IRREGULAR_PLURALS.has(word.toLowerCase()) && !PHRASE_END.test(text[pos] ?? '') && pluralAfter(text, pos, /^\p{Lu}/u.test(word))) continue;
    if (isPluralHead(word)) {
      head = true;
      // A plural without -s may be a modifier of the head after it: "5 police officers", "40 staff
      // members", "42 police force areas", "20 staff training days" (not "300 people attended events").
      const more = IRREGULAR_PLURALS.has(word.toLowerCase()) && !PHRASE_END.test(text[pos] ?? '') ? modifiedHead(text, pos) : null;
      if (more) {
        words.push(...more.words);
        pos = more.end;
      }
      break;
    }
    if (PHRASE_END.test(text[pos] ?? '')) break;
  }
  return { words, head, end: pos };
}

/** Whether the next word is a plural noun, lower case (capitalised after a capitalised word), no verb: "posts" after "overseas". */
function pluralAfter(text: string, pos: number, capitalised = false): boolean {
  lexicon ??= compromiseLexicon();
  NEXT_WORD.lastIndex = pos;
  const m = NEXT_WORD.exec(text);
  if (!m || STOP.has(m[1].toLowerCase()) || !(capitalised ? /^\p{Lu}\p{Ll}/u : /^\p{Ll}/u).test(m[1]) || !isPluralHead(m[1]) || /^(?:people|children|men|women|folk)$/.test(m[1])) return false;
  const tag = lexicon[m[1]];
  // (Before a determiner or pronoun it is the verb: "Between 10 and 15 volunteers staff each centre".)
  if (/^\s+(?:each|the|a|an|every|all|their|its|our|his|her|them|it|these|those|this)\b/i.test(text.slice(NEXT_WORD.lastIndex))) return false;
  return ![tag].flat().some((t) => t !== undefined && VERB_OR_ADVERB.test(t));
}

/** Whether one or two words after "and" end in a plural head, none of them a stop word: "high-volume services". */
function coordinatedModifier(text: string, pos: number): boolean {
  for (let k = 0; k < 2; k++) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(text);
    if (!m || STOP.has(m[1].toLowerCase()) || /^\p{Lu}/u.test(m[1])) return false;
    pos = NEXT_WORD.lastIndex;
    if (k === 1 && isPluralHead(m[1])) return true;
    if (isPluralHead(m[1])) return false;
    if (PHRASE_END.test(text[pos] ?? '')) return false;
  }
  return false;
}

let lexicon: ReturnType<typeof compromiseLexicon> | undefined;
// Tags of words that are verbs or adverbs, not modifiers of a noun.
const VERB_OR_ADVERB = /^(?:PastTense|PresentTense|Infinitive|Modal|Copula|Auxiliary|Adverb|Preposition|Conjunction|Determiner|Pronoun)$/;

/** The plural head a plural without -s modifies, one word or two after it: "officers", "force areas". */
function modifiedHead(text: string, pos: number): { words: string[]; end: number } | null {
  lexicon ??= compromiseLexicon();
  const words: string[] = [];
  for (let k = 0; k < 2; k++) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(text);
    if (!m) return null;
    const word = m[1];
    const tag = lexicon[word.toLowerCase()];
    if (STOP.has(word.toLowerCase()) || /^\p{Lu}/u.test(word) || /ed$/i.test(word)) return null;
    // A plural right after is the head whatever else it may be ("8,000 staff volunteers"); another word
    // must be no verb or adverb ("300 people use services").
    const plural = /s$/i.test(word) && !NOT_PLURAL.test(word) && word.length > 3;
    if (!plural && [tag].flat().some((t) => t !== undefined && VERB_OR_ADVERB.test(t))) return null;
    words.push(word);
    pos = NEXT_WORD.lastIndex;
    if (plural) return { words, end: pos };
    if (PHRASE_END.test(text[pos] ?? '')) return null;
  }
  return null;
}

/**
 * The counted noun phrase after a number: adjectives and noun modifiers up to the plural head.
 *   "5 digital exemplar organisations within BIS" → "digital exemplar organisations"
 *   "30 staff have signed" → "staff"      "70 members of staff" → "members of staff"
 *   "rise to 27 early in 2014" → none
 */
export function countedNoun(text: string, from: number, value: number): string | undefined {
  let pos = from;
  if (text[pos] === '+') pos++; // "300+ registered users"
  else if (text.startsWith('-plus', pos)) pos += 5; // "650-plus members"
  else {
    // A qualifier after the amount stands between it and the noun: "six or more partners", "five or less partners".
    const qualifier = OR_MORE.exec(text.slice(pos, pos + 16));
    if (qualifier) pos += qualifier[0].length;
  }
  // "other", "more", "further", "such" before the noun are determiners: "one other partner" counts
  // "partner", "2 further areas", "3 more sites" and "38 such contracts" count "areas", "sites", "contracts".
  // (Not "further" of "further education", a kind of college and course.)
  const other = /^\s+(?:other|more|further(?!\s+education\b)|additional|extra|such)(?=\s+\p{L})/u.exec(text.slice(pos, pos + 24));
  if (other) pos += other[0].length;
  const phrase = nounPhrase(text, pos, 5);
  const words = phrase.words;
  const last = words[words.length - 1] ?? '';
  if ((phrase.head && PARTITIVE.test(last)) || (value === 1 && !phrase.head && SINGULAR_PARTITIVE.test(last))) {
    OF.lastIndex = phrase.end;
    if (OF.exec(text)) {
      // ("the" kept where the phrase names one group: "70 members of the public", "members of the Senior
      // Civil Service".)
      const the = /^\s+the(?=\s)/.exec(text.slice(OF.lastIndex));
      const rest = nounPhrase(text, OF.lastIndex + (the ? the[0].length : 0), 4);
      // (A name there ends with its capitalised words: "of the Senior Civil Service took part".)
      let named = rest.words;
      if (/^\p{Lu}/u.test(rest.words[0] ?? '')) {
        const lower = rest.words.findIndex((w) => !/^\p{Lu}/u.test(w));
        // (A plural head after the name is still the phrase's: "members of DWP staff".)
        if (lower >= 0) named = rest.words.slice(0, isPluralHead(rest.words[lower]) ? lower + 1 : lower);
      }
      if (named.length) words.push('of', ...(the ? ['the'] : []), ...named);
    }
  }
  if (!phrase.head) {
    // More than one of something is plural: without a plural head, what follows is not what is
    // counted ("with 8 live", "rise to 27 early in 2014").
    if (value !== 1) return undefined;
    // "1 digital leader": a singular head; a phrase ending in a verb or adverb form is cut back.
    while (words.length && /(?:ly|ed|ing)$/i.test(words[words.length - 1])) words.pop();
  }
  return words.length ? words.join(' ') : undefined;
}

// A label number written with a leading zero, as chapters and actions are numbered: "Action 05:",
// "04 Digital by default" (a chapter number before its title). Other zero-led digits are codes.
const ZERO_LED = /(?<![\p{L}\p{N}_.,£$€/:-])0\d(?![\p{L}\p{N}_%]|[.,/:]\d)/gu;
const CHAPTER_START = /^[\s(#]*$/;
const TITLE_AFTER = /^:?\s+\p{Lu}/u;

// A number followed by a unit of time is a duration or a frequency, not a count: "every 6 months".
const TIME_UNIT = /^[\s-](?:(?:working|business|calendar)\s+)?(?:second|minute|hour|day|week|fortnight|month|year|decade)s?(?![\p{L}\p{N}])/iu;

// A street's name after a building's number: "17 Smith Square", "102 Petty France Road"; after a number
// a few more words end a street's name than are heads of a place on their own ("Place", "Way").
const STREET_AFTER = new RegExp(
  String.raw`^[a-z]?\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:${STREET_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')}|Place|Row|Gardens|Walk|Close|Way)(?![\p{L}\p{N}])`,
  'u',
);

// An age is a number: "16-19 year olds", "a 4-year-old".
const AGE = /^[\s-]year[\s-]olds?\b/i;

// Telephone numbers are not amounts: "0300 123 4567", "+44 20 7946 0000", "03459 33 55 77".
const PHONE = /(?<![\p{N}])(?:0\d{2,4}|\+\d{1,3}(?:[ -]\d{1,4})?)(?:(?:[ -]\d{3,4}){1,2}|(?:[ -]\d{2}){3})(?![\p{N}])/gu;

// Nor are codes of three or more hyphenated groups of digits: "ISBN 978-1-4741-4098-0".
const CODE = /(?<![\p{N}-])\d+(?:-\d+){2,}(?![\p{N}])/gu;

function phoneSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) spans.push([m.index, m.index + m[0].length]);
  if (text.includes('-')) {
    CODE.lastIndex = 0;
    for (let m = CODE.exec(text); m; m = CODE.exec(text)) spans.push([m.index, m.index + m[0].length]);
    spans.sort((a, b) => a[0] - b[0]);
  }
  return spans;
}

// A section number opening a heading counts nothing: "2.1 Flying flags", "1. Introduction".
function isSectionNumber(text: string, from: number, to: number): boolean {
  // (A paragraph's number before a quotation too: '4.4 "People tell us …"'.)
  return /^[\s#]*$/.test(text.slice(0, from)) && (text.slice(from, to).includes('.') || text[to] === '.') && /^\.?\s+[“"‘']?\p{Lu}/u.test(text.slice(to));
}

// A footnote marker after a caption: "Table 1: Spring Budget 2017 policy decisions (£ million) (1)".
const CAPTION_START = /^(?:Table|Figure|Fig\.?|Chart|Exhibit|Box)\s/;

function isCaptionNote(text: string, from: number, to: number): boolean {
  return text[from - 1] === '(' && /^\)\s*$/.test(text.slice(to)) && CAPTION_START.test(text);
}

// A footnote marker and the note it points to are markup, not amounts: a "(1)" after a table's row
// head or a word ("CGNCR (ex NRAM, B&B and NR) (1)", "Other financing (2)") and the "1" that opens the
// note ("1 Central government net cash requirement …"). Either alone could be a count, so a number is
// taken for a note only when the document writes both, the marker and a sentence opening with it.
const NOTE_MARK = /(?<=[\p{L}\p{N}’')\]] ?)\((\d{1,2})\)(?=$|[\s,.;:])/gu;
const NOTE_OPENING = /^\s*(\d{1,2})\s+(?=\p{Lu}\p{Ll})/u;

/**
 * The note numbers a document both marks ("(1)" after a word, or a mark its markup sets apart:
 * `<sup>1</sup>`) and opens a note with ("1 Central …").
 */
export function footnoteNumbers(sentences: readonly string[], marks: readonly string[] = []): Set<number> {
  const marked = new Set<number>(marks.filter((m) => /^\d{1,2}$/.test(m.trim())).map(Number));
  const opened = new Set<number>();
  for (const text of sentences) {
    if (text.includes('(')) {
      NOTE_MARK.lastIndex = 0;
      for (let m = NOTE_MARK.exec(text); m; m = NOTE_MARK.exec(text)) marked.add(Number(m[1]));
    }
    const opening = NOTE_OPENING.exec(text);
    if (opening) opened.add(Number(opening[1]));
  }
  return new Set([...marked].filter((n) => opened.has(n)));
}

function isNote(text: string, from: number, to: number, notes: ReadonlySet<number> | undefined): boolean {
  if (!notes?.size || !notes.has(Number(text.slice(from, to)))) return false;
  if (text[from - 1] === '(' && text[to] === ')') {
    NOTE_MARK.lastIndex = from - 1;
    const m = NOTE_MARK.exec(text);
    return m !== null && m.index === from - 1;
  }
  const opening = NOTE_OPENING.exec(text);
  return opening !== null && from === opening[0].indexOf(opening[1]) && to === from + opening[1].length;
}

// A bracketed whole number standing alone as a paragraph points to a numbered item elsewhere (the row
// of a costings table a budget measure refers to: "… from April 2018.\n\n(16)"): a marker, no amount.
// A table cell "(5)" is a negative amount; table-cells.ts reads cells on their own.
function isReference(text: string, from: number, to: number): boolean {
  return to - from <= 3 && /^\s*\($/.test(text.slice(0, from)) && /^\)\s*$/.test(text.slice(to)) && /^\d+$/.test(text.slice(from, to));
}

// An enumerator labels an item of a list inside a sentence; it counts nothing: "who: 1) have …; or
// 2) have control …", "a) the lead partner, b) …", "(1) are beneficiaries …; (2) fall into …". A
// number closed by a bracket that nothing opened, or bracketed after the start, a colon, a semicolon,
// a comma or "and"/"or" or beside the next or last of its series, and followed by a word.
function isEnumerator(text: string, from: number, to: number): boolean {
  if (text[to] !== ')' || !/^\s+\p{L}/u.test(text.slice(to + 1, to + 3))) return false;
  const before = text.slice(0, from);
  if (before.endsWith('(')) {
    if (/(?:^|[:;,]|\b(?:and|or))\s*$/u.test(before.slice(0, -1))) return true;
    // Or one of a series in the sentence: "covers (1) the beneficiaries; (2) those who …".
    const n = Number(text.slice(from, to));
    return [n - 1, n + 1].some((k) => k > 0 && new RegExp(String.raw`\(${k}\)\s+\p{L}`, 'u').test(text));
  }
  if (!/(?:^|[\s:;,])$/.test(before)) return false;
  let depth = 0;
  for (const c of before) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
  return depth <= 0;
}

// "times" that multiplies: "4 times as high", "3 times the rate", "20 times more".
// (Any comparative: "20 times cheaper", "30 times quicker".)
const MULTIPLIER = /^\s+times\s+(?:as|more|less|fewer|the|that|what|over|\p{Ll}{3,}er)\b/iu;

// A paper's number after its series letters is a code: "HC 1025", "Cm 9416" (a House of Commons paper,
// a Command paper).
const PAPER_CODE = /(?:^|[^\p{L}\p{N}])(?:HC|HL|Cm|Cmd|Cmnd|SI)\s$/u;

function mention(text: string, from: number, to: number, value: number, rule: string): LocalMention {
  const label = LABEL.test(text.slice(Math.max(0, from - 16), from)) || isSectionNumber(text, from, to) || AGE.test(text.slice(to, to + 12));
  const found = label ? undefined : countedNoun(text, to, value);
  // A multiplier counts nothing: "4 times as high", "20 times more people" ("4 times a year" counts
  // the occasions).
  const counts = found === 'times' && MULTIPLIER.test(text.slice(to, to + 24)) ? undefined : found;
  return { type: 'number', from, to, value, rule, ...(counts ? { counts } : {}) };
}

// Before "one", words that make it a pronoun or part of a fixed phrase: "no one", "any one", "the one
// that", "this one", "each one".
const PRONOUN_ONE_BEFORE = /\b(?:no|any|every|each|the|this|that|which|some)\s+$/i;
// After "one", words that make it a pronoun or an idiom: "one another", "one or two", "one way or another",
// "from one form to the other" (one of a pair, not a count), "than one face to face" (a word and itself
// around "to": a manner, not the noun counted).
const PRONOUN_ONE_AFTER = /^\s+(?:another|or|and|such|else|thing|way|hand|side|point|off)\b|^\s+\p{L}+\s+(?:to|and|or|from)\s+(?:the\s+other|another)\b|^\s+(\p{L}+)\s+to\s+\1\b/iu;
// Past participles the lexicon files under another tag.
const PARTICIPLES = new Set(['done', 'gone']);

/** A past participle after "one" makes it a pronoun: "than one done by telephone", "one made in person". */
function isParticiple(word: string): boolean {
  const tag = compromiseLexicon()[word];
  return PARTICIPLES.has(word) || tag === 'PastTense' || tag === 'Participle';
}

/**
 * "one" is a count when a noun follows that it quantifies: "b) one other partner", "You cannot use one
 * form of identification". Not "one of the first", "one is", "no one", "one another".
 */
function isCountingOne(text: string, from: number, to: number): boolean {
  if (PRONOUN_ONE_BEFORE.test(text.slice(Math.max(0, from - 12), from)) || PRONOUN_ONE_AFTER.test(text.slice(to, to + 40))) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(to, to + 40));
  if (!next || STOP.has(next[1]) || /(?:ly|ed|ing|s)$/.test(next[1]) || isParticiple(next[1])) return false;
  return countedNoun(text, to, 1) !== undefined;
}

export const numberExtractor: Extractor = {
  name: 'number',
  extract({ text, notes }) {
    const out: LocalMention[] = [];
    // Both lists run in text order, so one pointer walks the telephone spans.
    const phones = phoneSpans(text);
    let phone = 0;
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
      while (phone < phones.length && phones[phone][1] <= m.index) phone++;
      if (phone < phones.length && phones[phone][0] <= m.index) continue;
      const digits = m[1];
      // "Public Sector Communications Awards 2014": the year belongs to the name.
      const scaleWord = m[2] ?? m[3];
      if (isCaptionNote(text, m.index, m.index + m[0].length) || PAPER_CODE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      if (!scaleWord && (isEnumerator(text, m.index, m.index + m[0].length) || isNote(text, m.index, m.index + m[0].length, notes))) continue;
      if (!scaleWord && isReference(text, m.index, m.index + m[0].length)) continue;
      // The end of a financial year that no date was read from ("Session 2016-17"): no count.
      if (!scaleWord && /^\d{2}$/.test(digits) && /(?:^|[^\p{N}])(?:19|20)\d\d[-–/]$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (TIME_UNIT.test(after) && !AGE.test(after)) continue;
      // The number of a building in a street's address: "17 Smith Square", "1 Victoria Street, London".
      if (!scaleWord && /^\d{1,4}$/.test(digits) && STREET_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48))) continue;
      // So is one between "at" and a place that closes the phrase: "met at 70 Whitehall." (not "at 3
      // London sites").
      if (!scaleWord && /^\d{1,4}$/.test(digits) && /\bat\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) {
        const place = /^\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)(?=\s*(?:[,.;:)]|$|\s+(?:in|on|at|and|to|for|with|from)\b))/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
        if (place && isGazetteerPlace(place[1])) continue;
      }
      if (!scaleWord && isYearLike(digits) && yearFollowsName(text, m.index)) continue;
      const scale = scaleWord ? SCALE_VALUE[scaleWord.toLowerCase()] : 1;
      const value = Math.round(numberFromDigits(digits) * scale * 1e6) / 1e6;
      // A sign standing before the number is part of it: "+450", "−14" (U+2212), as a table cell writes a change.
      const signed = m.index > 0 && /[+\u2212]/.test(text[m.index - 1]) && (m.index === 1 || /[\s|(\[]/.test(text[m.index - 2]));
      if (signed) {
        const negative = text[m.index - 1] === '\u2212';
        out.push(mention(text, m.index - 1, m.index + m[0].length, negative ? -value : value, 'number.signed'));
      } else out.push(mention(text, m.index, m.index + m[0].length, value, 'number.digits'));
    }
    if (text.includes('0')) {
      ZERO_LED.lastIndex = 0;
      for (let m = ZERO_LED.exec(text); m; m = ZERO_LED.exec(text)) {
        const to = m.index + m[0].length;
        const labelled = LABEL.test(text.slice(Math.max(0, m.index - 16), m.index));
        const chapter = CHAPTER_START.test(text.slice(0, m.index)) && TITLE_AFTER.test(text.slice(to, to + 3));
        if (labelled || chapter) out.push({ type: 'number', from: m.index, to, value: Number(m[0]), rule: 'number.label' });
      }
    }
    WORDS.lastIndex = 0;
    for (let m = NUMBER_WORD_ANY.test(text) ? WORDS.exec(text) : null; m; m = WORDS.exec(text)) {
      // "one" alone is a pronoun far more often than a count ("one of the first departments"); it
      // counts only before a noun it quantifies: "one other partner", "one form of identification".
      // After a label word it numbers a part or stage: "Tranche One".
      if (/^one$/i.test(m[1]) && !isCountingOne(text, m.index, m.index + m[0].length) && !LABEL.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      if (TIME_UNIT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      const value = numberFromWords(m[1]);
      if (value !== null) out.push(mention(text, m.index, m.index + m[0].length, value, 'number.words'));
    }
    return out;
  },
};
