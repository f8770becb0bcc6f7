// What every extractor is: a pure function from one sentence to mentions with sentence-local spans.
import type { LocalMention, SentenceContext } from '../model.js';

export interface Extractor {
  /** Short name, used in timings and in `explain`. */
  name: string;
  extract(sentence: SentenceContext): LocalMention[];
}
