// Content-word lemmas of a sentence, for matching a commitment with the progress statements that
// report on it: "DH will publish guidance" and "DH published its guidance" share "publish" and "guidance".
// compromise gives the root of inflected verbs and plural nouns ("published" → publish, "networks" →
// network); function words (determiners, prepositions, auxiliaries, pronouns) are left out. The
// extractors load compromise already, so this costs no second load.
import { compromise } from '../extract/compromise.js';

const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Auxiliary', 'Modal', 'Copula', 'QuestionWord'];
// Words every statement of the genre uses, which say nothing of what was promised.
const STOP = new Set(
  'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its may more most much must no not of on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who why will with would also continue continued continues continuing ensure ensured make made work working year years new further well across within including include includes both each all any many ongoing currently now already during’s’'.split(
    /\s+/,
  ),
);

const cache = new Map<string, string[]>();

/** The sentence's content lemmas, in order, repeats kept (BM25 counts them). */
export function contentLemmas(text: string): string[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const doc = compromise()(text);
  doc.compute('root');
  const out: string[] = [];
  for (const sentence of doc.json() as Array<{ terms: Array<{ normal: string; root?: string; tags: string[] }> }>) {
    for (const term of sentence.terms) {
      if (term.tags.some((t) => FUNCTION_TAGS.includes(t))) continue;
      if (term.tags.includes('Value') || term.tags.includes('Date')) continue;
      let lemma = (term.root ?? term.normal).toLowerCase().replace(/[’']s?$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
      if (!term.root && /[^s]s$/.test(lemma) && lemma.length > 3 && term.tags.includes('Plural')) lemma = lemma.slice(0, -1);
      if (lemma.length < 2 || STOP.has(lemma) || /^\d+$/.test(lemma)) continue;
      out.push(lemma);
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(text, out);
  return out;
}
