// compromise, loaded when first needed: most sentences never reach it, and a run that writes no
// document (a usage error, `--help`) should not pay for it.
//
// It is required as the package's CommonJS build (builds/three/compromise-three.cjs, one file, the same
// version built from the same source as its ES modules) rather than imported: the ES build is some 450
// small modules that take about 1.7× as long to load, and `require` lets the first use load it
// synchronously, in the middle of a sentence, without making every stage asynchronous.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;

let loaded: Nlp | null = null;

/** compromise's `nlp`, loaded on the first call. */
export function compromise(): Nlp {
  return (loaded ??= createRequire(import.meta.url)('compromise') as Nlp);
}

/** Hands over an `nlp` already loaded: a startup snapshot's entry (cli-snapshot.ts) brings its own. */
export function provideCompromise(nlp: Nlp): void {
  loaded = nlp;
}

/** compromise's lexicon (word → tag or tags): reading it is a lookup, not a parse. */
export function compromiseLexicon(): Record<string, string | string[] | undefined> {
  return (compromise().world() as unknown as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon;
}
