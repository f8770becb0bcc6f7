// programme: services GOV.UK names by what the user does, in sentence case: "Find a Business Rates
// Valuation", "Check if you can get a Blue Badge", "Apply for a Blue Badge", "Register to vote".
// A name of this kind is a capitalised service verb that does not begin the sentence (the capital in
// mid-sentence is what makes it a name: "Launch Find a Business Rates Valuation", "use the Register to
// vote service", "the beta of Register to vote"), or one at the start that a cue word closes ("Register to
// vote service"). The name runs to the cue word ("service", "tool", "exemplar"), a clause boundary,
// punctuation, "into", a time or place after "in", "on", "at" ("Register to vote in August"), or "to"
// and where it goes ("extend Register to vote to Scotland"), and keeps its own articles:
//   "Launch Find a Business Rates Valuation" → "Find a Business Rates Valuation"
//   "through the Check if you can get a Blue Badge service" → "Check if you can get a Blue Badge"
// Not names: the same words lowercase ("you can apply for a grant") or a capitalised verb that begins
// the sentence with no cue after it ("Apply for a grant by March."), or after a modal, "to", a colon or a
// dash ("Staff can Register to vote", "Next steps: Apply for funding"). A verb followed by an ordinary
// lowercase word needs the cue ("View driving licence service", "Renew vehicle tax service") or
// quotation marks round it ("“View driving record” requests"); a name
// set off by commas, brackets or quotes needs none ("a flood warning service, Sign up for flood
// warnings, by the end of the year"), nor do two joined by "and" ("Register to vote and Visit someone
// in prison"). "on GOV.UK" after a name is where it is, not part of it.
import { compromiseLexicon } from './compromise.js';
import { ITEM_LABEL, MONTH_PATTERN } from './words.js';
import { isKnownOrganisation } from './gazetteer-organisations.js';
import { isGazetteerPlace } from './gazetteer-places.js';
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';

// The verbs GOV.UK service names begin with.
const SERVICE_VERB = String.raw`(?:Find|Check|Apply|Register|Get|Pay|Book|Renew|Report|Claim|Sign|View|Update|Change|Tell|Manage|Calculate|Send|Request|Prove|Vote|Buy|File|Submit|Challenge|Appeal|Search|Access|Estimate|Look|Visit|Replace|Cancel|Transfer|Make)`;
// Another service's name after "and"/"or": "Register to vote and Visit someone in prison" are two; so
// are "Renew a passport and Make a court claim for money", "Renew a driving licence and Tax your
// vehicle", where the second begins with any verb and the small word a service name holds.
const NEXT_SERVICE = new RegExp(String.raw`^\s+${SERVICE_VERB}\b`);
// The word after the verb that makes it a service's name rather than a capitalised word of another
// name: an article, a pronoun, a preposition or a conjunction the name holds ("Find a", "Apply for",
// "Check if", "Register to", "Pay your", "Get help").
const SECOND = String.raw`(?:a|an|the|your|you|if|for|to|whether|up|in|on|into|online|help|information|details|an?|my|someone|what|how|when)`;
const START = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(${SERVICE_VERB})\s+(?:(${SECOND})(?=\s)|(?=[a-z]))`, 'gu');
// Any capitalised verb and its small word, where a coordinated name may start: "Make a", "Tax your".
const ANY_VERB_START = new RegExp(String.raw`(\p{Lu}\p{Ll}+)\s+(${SECOND})(?=\s)`, 'uy');

/** A service name that begins `text` after "and"/"or": a service verb, or another verb and its small word. */
const SECOND_WORD = new RegExp(String.raw`^${SECOND}$`);
function nextService(rest: string): boolean {
  if (NEXT_SERVICE.test(rest)) return true;
  const m = /^\s+(\p{Lu}\p{Ll}+)\s+(\S+)/u.exec(rest);
  return m !== null && SECOND_WORD.test(m[2]) && isInfinitive(m[1]);
}
// Words that end the name: the cue after it, a clause or time word, or punctuation.
const STOP = new Set([
  'service', 'services', 'tool', 'tools', 'website', 'site', 'page', 'pages', 'pilot', 'beta', 'alpha', 'form', 'forms',
  'which', 'that', 'who', 'where', 'when', 'while', 'and', 'or', 'but', 'by', 'from', 'since', 'during', 'until',
  'before', 'after', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'went', 'goes', 'launched', 'opened', 'now', 'also', 'in', 'at', 'with', 'as', 'online', 'on', 'onto', 'via',
  'through', 'across', 'moved', 'handled', 'handles', 'reached', 'received', 'processed', 'passed', 'attracted',
  'saw', 'into', 'exemplar', 'exemplars', 'entered', 'became', 'joined', 'started', 'began',
]);
// After the second word, "in", "at", "with" may still belong to the name ("Sign in to", "Log in").
const INNER_OK = new Set(['in', 'on', 'to', 'for', 'a', 'an', 'the', 'your', 'if', 'you', 'can', 'get', 'of', 'and']);
const CUE = /^(?:(?:online\s+)?(?:service|services|tool|website|form|exemplar)\b|on\s+GOV\.UK\b)/;
// After a name's words, "to" and a capital, a determiner or a stage opens where it goes, not the name's
// words: "extend Register to vote to Scotland", "roll out Make a plea to all 42 areas", "moved … to
// public beta" (not "Apply for a licence to sell alcohol").
const INTO_STAGE = /^\s+(?:into|onto|to)\s+(?:the\s+)?(?:(?:public|private|live)\s+)?(?:beta|alpha|live|discovery)\b/;
const TO_DESTINATION = /^\s+(?:\p{Lu}|\d|(?:all|the|every|each|more|other|public|private|beta|alpha|live|around|about|over|some|its|their|our|these|those)\b)/u;
// A verb in the past or future after a name at the start of a sentence makes the name its subject.
const FINITE_AFTER = /^(?:went|launched|opened|moved|entered|was|were|has|had|will|handled|handles|reached|received|processed|passed|attracted|saw)\b/;
// A possessive before a service verb leaves it in running text: "DVSA’s Book a practical driving test".
// A month, a day, a year or a capitalised place after "in", "on", "at": a time or place, not the name's.
const TIME_OR_PLACE_AFTER = new RegExp(String.raw`^\s+(?:(?:the\s+)?(?:${MONTH_PATTERN})\b|\d|(?:spring|summer|autumn|winter)\b|Q[1-4]\b|\p{Lu}\p{Ll}+(?:\s*[,.;:)]|\s+and\s|\s*$))`, 'u');
// An apostrophe inside a word ("Carer’s") is part of it; a closing quote after it is not ("‘Find a Job’").
// A tab parts the cells of a plain-text table: no name runs over it.
const WORD = /[^\S\t\n]+([\p{L}\p{N}](?:[\p{L}\p{N}-]|[’'](?=\p{L})|\.(?=\p{L}))*)/uy;
// Punctuation that sets a name off: before it, and after it.
const SET_OFF_BEFORE = /[,(‘“"']\s*$/;
const SET_OFF_AFTER = /^[,)’”"'.;:]/;
const MAX_WORDS = 10;
const OPENING_QUOTE = /^[‘“"']$/;
const CLOSING_QUOTE = /^[’”"']$/;
// Who runs a service, set off by commas after its name.
const RUN_BY_AFTER = /^,\s+(?:run|led|built|developed|owned|delivered|managed|operated|provided|designed)\s+by\b/;

export const serviceNamesExtractor: Extractor = {
  name: 'service-names',
  extract({ text, namesService }) {
    const out: LocalMention[] = [];
    // Where a name coordinated with the one before may start: after its "and"/"or".
    let coordinatedFrom = -1;
    START.lastIndex = 0;
    // The name that starts after "and"/"or" with a verb START does not know ("… and Tax your vehicle").
    let forced: RegExpExecArray | null = null;
    for (let m = START.exec(text); m; m = forced ?? START.exec(text)) {
      forced = null;
      // The verb of a "Noun to Verb" scheme ("Help to Buy in April") and a verb before a time or place
      // ("Buy in April") begin no service's name.
      if (/\p{Lu}\p{Ll}+ to $/u.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // Nor does a verb inside a capitalised name ("the Digital Efficiency Report for the Troubled Families
      // Programme"): a capitalised word before it that is not the sentence's first ("Launch Find a …").
      if (/\S\s+\p{Lu}[\p{L}’'-]*(?<![’']s)\s+$/u.test(text.slice(Math.max(0, m.index - 40), m.index)) && /\p{L}/u.test(text.slice(0, Math.max(0, m.index - 1)).replace(/\p{Lu}[\p{L}’'-]*\s*$/u, ''))) continue;
      if (m[2] !== undefined && /^(?:in|on|at|by)$/.test(m[2]) && TIME_OR_PLACE_AFTER.test(text.slice(m.index + m[0].length))) continue;
      const initial = /^[\s\-–—•*"“‘'(]*$/.test(text.slice(0, m.index));
      // The verb and an ordinary word: only a cue makes it a name (checked below).
      const plain = m[2] === undefined;
      let end = m.index + m[0].length;
      if (plain) end = m.index + m[1].length;
      let words = plain ? 1 : 2;
      let capitals = 0;
      let lastContent = end;
      let coordinated = false;
      let previousWord = plain ? '' : m[2].toLowerCase();
      for (;;) {
        WORD.lastIndex = end;
        const w = WORD.exec(text);
        if (!w || words >= MAX_WORDS) break;
        const word = w[1];
        const lower = word.toLowerCase();
        if ((word === 'and' || word === 'or') && nextService(text.slice(WORD.lastIndex))) {
          coordinated = true;
          break;
        }
        // "Check if you can get a Blue Badge": "can", "in", "to" inside the name, before its last words;
        // not "in" before a time or place: "Register to vote in August", "… in Leeds".
        if (word === lower && STOP.has(lower) && !(INNER_OK.has(lower) && words < 4)) break;
        if (word === 'to' && words >= 3 && TO_DESTINATION.test(text.slice(WORD.lastIndex, WORD.lastIndex + 12))) break;
        // Nor an adjective after the name's noun: "make Apply for a visa available" (not "Apply for a free …").
        if (words >= 3 && word === lower && !INNER_OK.has(previousWord) && isAdjectiveWord(lower)) break;
        if (/^(?:in|on|at|by|from)$/.test(word) && TIME_OR_PLACE_AFTER.test(text.slice(WORD.lastIndex, WORD.lastIndex + 24))) break;
        end = WORD.lastIndex;
        previousWord = lower;
        words++;
        if (/^\p{Lu}/u.test(word)) capitals++;
        if (!INNER_OK.has(lower)) lastContent = end;
      }
      end = lastContent;
      const after = text.slice(end).trimStart();
      const cued = CUE.test(after);
      // A name needs its capital in mid-sentence, or a cue word after it, or, at the start, a verb of its
      // own after it: "Register to vote went live on 10 June" (not "Check the data is correct").
      // So does a clause set off by commas that says who runs it: "Register to vote, run by the Cabinet
      // Office, entered private beta".
      const subjectOf = initial && !plain && (FINITE_AFTER.test(after) || RUN_BY_AFTER.test(text.slice(end)));
      // (An item of a lead-in that lists services opens with one's name.)
      if (initial && !cued && !subjectOf && !namesService) continue;
      // The verb and an ordinary word need the cue, or quotation marks round them: "90% of “View driving
      // record” requests".
      // So does one moved into a stage of its development: "moved View driving record into public beta".
      // (A plural is no cue of one name: "Make digital services accessible" is an instruction.)
      if (plain && (!cued || /^(?:online\s+)?services\b/.test(after)) && !(OPENING_QUOTE.test(text.slice(Math.max(0, m.index - 1), m.index)) && CLOSING_QUOTE.test(text.slice(end, end + 1))) && !(words >= 3 && INTO_STAGE.test(text.slice(end, end + 40)))) continue;
      // At least one word past the verb and its small word: "Find a Business Rates Valuation", "Register to vote".
      if (end <= m.index + m[0].length + (plain ? 1 : 0)) continue;
      // A mid-sentence capital with nothing capitalised after it needs the cue ("the Register to vote
      // service"), or punctuation that sets it off as a name.
      const setOff = SET_OFF_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) && SET_OFF_AFTER.test(text.slice(end, end + 1));
      // Two capitalised service names joined by "and"/"or" vouch for each other: "including Register to
      // vote and Visit someone in prison".
      const paired = coordinated || /^\s+(?:and|or)\s+$/.test(text.slice(coordinatedFrom, m.index));
      if (coordinated) coordinatedFrom = end;
      // So does one whose capital is its only one but which stands in running text, after a lowercase
      // word and no colon or dash: "moved View driving record into public beta", "the beta of Register to
      // vote" ("Next steps: Apply for funding" is an instruction).
      // After a modal or "to" the capital is a verb's ("Staff can Register to vote and manage …").
      const prior = text.slice(Math.max(0, m.index - 24), m.index);
      const running = (/(?:^|[\s(])\p{Ll}[\p{L}’'-]*\s+$/u.test(prior) || /[’']s\s+$/.test(prior)) && !/\b(?:can|could|will|would|may|might|must|should|shall|to|not|also|now)\s+$/i.test(prior) && words >= 3;
      if (!cued && capitals === 0 && !setOff && !paired && !running && !subjectOf && !(initial && namesService)) continue;
      out.push({ type: 'programme', from: m.index, to: end, value: text.slice(m.index, end), rule: 'programme.service-name' });
      START.lastIndex = end;
      if (coordinated) {
        const link = /^\s+(?:and|or)\s+/.exec(text.slice(end));
        ANY_VERB_START.lastIndex = link ? end + link[0].length : text.length;
        const next = link ? ANY_VERB_START.exec(text) : null;
        if (next && isInfinitive(next[1])) forced = next;
      }
    }
    return out;
  },
};

// A service named in sentence case by a noun phrase before "service", "tool" or "exemplar": "the Property
// alert service", "the Prison visit booking service", "The Lasting power of attorney service", "the
// Civil claims exemplar". One capitalised word that names nothing on its own,
// then lowercase words that are not a channel or a kind ("the Jobcentre online service" names the
// channel of a body's service, "Carer's Allowance digital service" a named benefit's).
const SENTENCE_CASE_SERVICE = /(?<=\b(?:[Tt]he|a|an|its|their|our|new|[’']s)\s)(\p{Lu}\p{Ll}{2,}(?:\s\p{Ll}{2,}){1,3})\s(?:service|tool|exemplar)\b/gu;
const CHANNEL_WORDS = /\b(?:online|digital|new|current|web|telephone|phone|paper|customer|helpline|advice|information|support|existing|old|legacy|internal|public|local|national)\b/;

export const sentenceCaseServicesExtractor: Extractor = {
  name: 'sentence-case-services',
  extract({ text }) {
    const out: LocalMention[] = [];
    if (!/\b(?:service|tool|exemplar)\b/.test(text)) return out;
    SENTENCE_CASE_SERVICE.lastIndex = 0;
    for (let m = SENTENCE_CASE_SERVICE.exec(text); m; m = SENTENCE_CASE_SERVICE.exec(text)) {
      const [first, ...rest] = m[1].split(' ');
      if (CHANNEL_WORDS.test(rest.join(' ')) || MONTH_WORD.test(first) || isKnownOrganisation(first) || isGazetteerPlace(first) || isInfinitive(first)) continue;
      out.push({ type: 'programme', from: m.index, to: m.index + m[1].length, value: m[1], rule: 'programme.sentence-case-service' });
    }
    return out;
  },
};
const MONTH_WORD = new RegExp(String.raw`^(?:${MONTH_PATTERN})$`);

// compromise's lexicon tags verbs ("buy" → Infinitive); reading it is a lookup, not a parse.
let lexicon: Record<string, string | string[] | undefined> | null = null;
/** Whether compromise reads a word alone as an adjective ("available", "faster"); a parse, so asked rarely. */
function isAdjectiveWord(word: string): boolean {
  const tag = (lexicon ??= compromiseLexicon())[word];
  if (tag !== undefined) return tag === 'Adjective' || tag === 'Comparative';
  return /(?:able|ible|ful|ous|ive|less|er)$/.test(word) && !/(?:tion|ment|ness)$/.test(word);
}

export function isInfinitive(word: string): boolean {
  lexicon ??= compromiseLexicon();
  const tag = lexicon[word.toLowerCase()];
  return tag === 'Infinitive' || (Array.isArray(tag) && tag.includes('Infinitive'));
}

// "Right to Buy", "Help to Buy", "Help to Save": a capitalised noun, "to" and a capitalised verb make a
// scheme's name. Not in a run of capitals, where the words belong to a title-case heading ("Plans to
// Improve Services").
const NOUN_TO_VERB = /(?<![\p{L}\p{N}’'-])(\p{Lu}\p{Ll}+) to (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}’'-])/gu;

// Nothing before a word but an item's label or the start: "", "2.2", "ii)".
const LABELLED_OR_START = new RegExp(String.raw`^[\s\-–—•*"“‘'(]*(?:${ITEM_LABEL})?\s*$`);

export const toVerbNamesExtractor: Extractor = {
  name: 'to-verb-names',
  extract({ text }) {
    const out: LocalMention[] = [];
    if (!text.includes(' to ')) return out;
    NOUN_TO_VERB.lastIndex = 0;
    for (let m = NOUN_TO_VERB.exec(text); m; m = NOUN_TO_VERB.exec(text)) {
      if (!isInfinitive(m[2]) || isInfinitive(m[1])) continue;
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
      const after = /^\s+(\S+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1] ?? '';
      // An instruction opening the item is no part of the name: "2.2 Launch Help to Buy equity loans".
      const opening = LABELLED_OR_START.test(text.slice(0, Math.max(0, m.index - before.length - 1)));
      if (/^\p{Lu}/u.test(before) && !/^(?:The|A|An|In|On|By|For|With|Through|Under|From)$/.test(before) && !opening) continue;
      if (/^\p{Lu}/u.test(after)) continue;
      out.push({ type: 'programme', from: m.index, to: m.index + m[0].length, value: m[0], rule: 'programme.noun-to-verb' });
    }
    return out;
  },
};
