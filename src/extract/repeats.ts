// A name the page writes in capitals, repeated in lower case, is the same name:
// "Cabinet Office will analyse the results of the annual skills review" after "the Annual Skills
// Review" earlier on the page. One sentence cannot see this, so it is a second pass over the document,
// after every sentence's own mentions are known. Only a definite reference counts ("the annual skills
// review"): a possessive makes it a description of the unit's own thing ("its annual skills review",
// "HMRC’s annual skills review"), and a bare phrase is as often the plain words ("to be digital by
// default", "a network of digital champions").
import type { EntityType, LocalMention } from '../model.js';

export interface KnownName {
  type: EntityType;
  value: string;
  /** The name's first word in lower case ("annual"), or null when it starts with no letter or digit. */
  firstWord: string | null;
}

const REPEATABLE = new Set<EntityType>(['organisation', 'programme']);
const DEFINITE = /(?:^|[^\p{L}])the\s+$/iu;
const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** Multi-word organisation and programme names written with capitals, keyed by their lower case. */
export function knownNames(mentions: Iterable<{ type: EntityType; text: string; value: unknown }>): Map<string, KnownName> {
  const names = new Map<string, KnownName>();
  for (const m of mentions) {
    if (!REPEATABLE.has(m.type) || !/\s/.test(m.text) || !/\p{Lu}/u.test(m.text)) continue;
    const key = m.text.toLowerCase();
    if (!names.has(key)) names.set(key, { type: m.type, value: typeof m.value === 'string' ? m.value : m.text, firstWord: FIRST_WORD.exec(key)?.[0] ?? null });
  }
  return names;
}

// A search for every key of a map of known names, made once for the map (the names of one document,
// which lowercaseRepeats reads sentence after sentence and never changes).
const keySearches = new WeakMap<ReadonlyMap<string, KnownName>, { size: number; search: RegExp }>();

function anyKey(names: ReadonlyMap<string, KnownName>): RegExp {
  let made = keySearches.get(names);
  if (made === undefined || made.size !== names.size) {
    made = { size: names.size, search: new RegExp([...names.keys()].map((key) => key.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')) };
    keySearches.set(names, made);
  }
  return made.search;
}

/** Lower-case repeats of known names in one sentence that no mention covers yet. */
export function lowercaseRepeats(text: string, names: ReadonlyMap<string, KnownName>, existing: readonly LocalMention[]): LocalMention[] {
  if (names.size === 0) return [];
  // A repeat is the name written in lower case as it is (`key`), so a name that `text` does not hold
  // as it is cannot be repeated there: most sentences hold none, and are done with one search for all
  // the names at once. The rest is read only for a sentence that holds one.
  if (!anyKey(names).test(text)) return [];
  let lower: string | null = null;
  let words: Set<string> | null = null;
  const found: LocalMention[] = [];
  for (const [key, name] of names) {
    if (!text.includes(key)) continue;
    if (lower === null) {
      lower = text.toLowerCase();
      // Indices into `lower` are used on `text`: only when lower-casing kept every length ("İ" does not).
      if (lower.length !== text.length) return [];
      // A repeat starts at a word of the sentence: names whose first word the sentence lacks are
      // skipped (a name whose first character is no letter or digit is always searched).
      words = new Set(lower.match(WORD));
    }
    if (name.firstWord !== null && !words!.has(name.firstWord)) continue;
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
      const to = at + key.length;
      const written = text.slice(at, to);
      if (written !== key) continue; // written with capitals: the sentence's own extractors decide
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[to] ?? '')) continue;
      if (!DEFINITE.test(text.slice(Math.max(0, at - 5), at))) continue;
      const overlaps = (m: LocalMention) => at < m.to && m.from < to;
      if (existing.some(overlaps) || found.some(overlaps)) continue;
      found.push({ type: name.type, from: at, to, value: name.value, rule: `${name.type}.lowercase-repeat` });
    }
  }
  return found;
}
