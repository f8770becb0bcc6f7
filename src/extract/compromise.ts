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

/**
 * compromise's `nlp(text)`, tagged as for its people() and places() views: every hook of a parse but
 * 'chunks', the last, which only groups tagged words into noun and verb phrases (a term's `chunk`) and
 * sets no tag; those views match tags alone ("#Honorific+? #Person+", "(#Place|#Address)+"), so they find
 * the same spans, and a parse costs about a tenth less.
 */
export function compromiseForNames(text: string): ReturnType<Nlp> {
  const nlp = compromise();
  const world = nlp.world() as unknown as { hooks: string[] };
  const hooks = world.hooks;
  // nlp() reads the world's hook list: swapped for this one synchronous call, then put back.
  world.hooks = hooks.filter((hook) => hook !== 'chunks');
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

/** Hands over an `nlp` already loaded: a startup snapshot's entry (cli-snapshot.ts) brings its own. */
export function provideCompromise(nlp: Nlp): void {
  loaded = nlp;
}

/** compromise's lexicon (word → tag or tags): reading it is a lookup, not a parse. */
export function compromiseLexicon(): Record<string, string | string[] | undefined> {
  return (compromise().world() as unknown as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon;
}
