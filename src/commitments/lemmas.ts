// Content-word stems of a sentence, for matching a commitment with the progress statements that
// report on it: "DH will publish guidance" and "DH published its guidance" share "publish" and "guidanc".
// Each word is reduced by the Porter stemmer (the `stemmer` package: "published", "publishing" →
// publish; "networks" → network), after function words (determiners, prepositions, conjunctions,
// pronouns, auxiliaries and modals), words every statement of the genre uses, numbers and month names
// are left out. Both sides of a match are reduced the same way, so a stem need not be a word.
//
// Stemming is a few microseconds a sentence; a part-of-speech tagger (compromise's, which gave the
// same matches on the follow-through gold) took 5–15 ms a sentence, more than the rest of the pipeline.
import { stemmer } from 'stemmer';
import { MONTHS } from '../text/months.js';

// Function words: what a tagger would mark Determiner, Preposition, Conjunction, Pronoun, Auxiliary,
// Modal, Copula or QuestionWord.
const FUNCTION_WORDS =
  'a an the this that these those each every either neither another such what which whose who whom why how when where whether ' +
  'about above across after against along amid among around as at before behind below beneath beside besides between beyond by ' +
  'despite down during except for from in inside into like near of off on onto out outside over past per since than through ' +
  'throughout till to toward towards under underneath unlike until up upon via with within without ' +
  'and but or nor so yet because although though while whereas if unless once whilst ' +
  'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
  'it its itself they them their theirs themselves one ' +
  'am is are was were be been being do does did done doing has have had having ' +
  'will would shall should can could may might must ought';
// Words every statement of the genre uses, which say nothing of what was promised.
const GENRE_WORDS =
  'also continue continued continues continuing ensure ensured make made work working year years new further well ' +
  'including include includes both all any many ongoing currently now already more most much no not only other own same ' +
  'some then there too very';

const STOP = new Set([...`${FUNCTION_WORDS} ${GENRE_WORDS}`.split(/\s+/), ...MONTHS.map((m) => m.toLowerCase())]);
const STOP_STEMS = new Set([...STOP].map((w) => stemmer(w)));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

// Each word's stem, or null for a word that is left out; bounded, as a page's vocabulary is.
const stems = new Map<string, string | null>();

function stemOf(word: string): string | null {
  let stem = stems.get(word);
  if (stem !== undefined) return stem;
  stem = word.includes('-') ? word.split('-').map((part) => stemmer(part)).join('-') : stemmer(word);
  if (stem.length < 2 || STOP_STEMS.has(stem)) stem = null;
  if (stems.size > 50_000) stems.clear();
  stems.set(word, stem);
  return stem;
}

// Each word as written ("Department’s", "published"), its stem or null: the words of a page recur, and
// a lookup is cheaper than lower-casing and trimming each again. Bounded as `stems` is.
const lemmas = new Map<string, string | null>();

function lemmaOf(raw: string): string | null {
  let lemma = lemmas.get(raw);
  if (lemma !== undefined) return lemma;
  const word = raw.toLowerCase().replace(/[’']s?$/, '').replace(/[’']/g, '');
  lemma = word.length < 2 || STOP.has(word) || /\d/.test(word) ? null : stemOf(word);
  if (lemmas.size > 50_000) lemmas.clear();
  lemmas.set(raw, lemma);
  return lemma;
}

/** The sentence's content stems, in order, repeats kept (BM25 counts them). */
export function contentLemmas(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const lemma = lemmaOf(m[0]);
    if (lemma !== null) out.push(lemma);
  }
  return out;
}
