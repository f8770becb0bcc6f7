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
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;
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

/** Lower-case repeats of known names in one sentence that no mention covers yet. */
export function lowercaseRepeats(text: string, names: ReadonlyMap<string, KnownName>, existing: readonly LocalMention[]): LocalMention[] {
  if (names.size === 0) return [];
  const lower = text.toLowerCase();
  // Indices into `lower` are used on `text`: only when lower-casing kept every length ("İ" does not).
  if (lower.length !== text.length) return [];
  const found: LocalMention[] = [];
  // A repeat starts at a word of the sentence: names whose first word the sentence lacks are skipped
  // without a search (a name whose first character is no letter or digit is always searched). Many
  // names share a first word ("department", "digital"): each is looked for once.
  const hasWord = new Map<string, boolean>();
  for (const [key, name] of names) {
    const first = name.firstWord;
    if (first !== null) {
      let has = hasWord.get(first);
      if (has === undefined) hasWord.set(first, (has = isWordOf(lower, first)));
      if (!has) continue;
    }
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

/**
 * Whether `word` (letters and digits only) is one of the words of `text`, a word being a longest run of
 * letters and digits: an occurrence with no letter or digit on either side ("digital" in "the digital
 * team", not in "digitally"). A search, where splitting every sentence into words took longer.
 */
function isWordOf(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // Two code units each side: a letter outside the Basic Multilingual Plane is a surrogate pair.
    if (at > 0 && LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (end < text.length && LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2))) continue;
    return true;
  }
  return false;
}
