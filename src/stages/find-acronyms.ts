// Stage: find acronym definitions, "Government Digital Service (GDS)", with the Schwartz–Hearst
// algorithm (Schwartz & Hearst 2003, "A simple algorithm for identifying abbreviation definitions in
// biomedical text"): the short form is in parentheses; the long form is the shortest run of words
// before it, at most min(|A| + 5, 2|A|) words, in which the short form's characters appear in order,
// the first one starting a word.
// The definitions hold for the whole document, so extractors can resolve every use of "GDS".
import type { Acronym, Doc } from '../model.js';
import { isHeadWord, readHead } from '../extract/name-heads.js';
import { isKnownPlace } from '../extract/gazetteer-places.js';
import { isKnownOrganisation } from '../extract/gazetteer-organisations.js';

const PAREN = /\(([^()]{2,12})\)/g;

/** "GDS", "DfE", "Defra", "MoJ", "HMRC": one word of 2–10 characters with a capital letter in it. */
function isShortForm(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9&.\-]{1,9}$/.test(s) && /[A-Z]/.test(s) && !/^\d/.test(s);
}

/**
 * The type of a long form, read by its head word as names are: "Government Digital Target Operating
 * Model (GDTOM)" is a programme, "Executive Management Committee (EMC)" a body. A long form with no
 * telling head ("Her Majesty’s Revenue and Customs") names a body. A role ("Senior Responsible Owner
 * (SRO)") is no entity: null.
 */
export function acronymType(long: string, short?: string): 'organisation' | 'programme' | 'place' | null {
  if (isKnownOrganisation(long)) return 'organisation';
  // A place or group of states known by its initials: "European Economic Area (EEA)".
  if ((short !== undefined && isKnownPlace(short)) || isKnownPlace(long)) return 'place';
  // A long form in lower case names a kind of thing, as markup writes it too: <abbr title="small and
  // medium-sized enterprises">SMEs</abbr>.
  if (isSentenceCase(long) || isPairOfFields(long) || !/\p{Lu}/u.test(long)) return null;
  const head = readHead(long);
  if (head?.kind === 'role' || head?.kind === 'measure') return null;
  return head?.kind === 'programme' ? 'programme' : 'organisation';
}

/**
 * A long form in sentence case names a kind of thing, not one thing: "Personal video recorder (PVR)",
 * "Personal digital assistant (PDA)" (capitalised only where a sentence or cell begins). A name has
 * its words capitalised: "Government Digital Service (GDS)", "Department for Work and Pensions".
 */
function isSentenceCase(long: string): boolean {
  const words = long.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(words[0]) && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && words.slice(1).some((w) => w.length > 3);
}

/**
 * Two capitalised words joined by "and" or "&", neither a head word, name a field or a kind of service,
 * not a body: "Research and Development (R&D)", "Accident & Emergency (A&E)", "Health and Safety (H&S)".
 * ("Health and Safety Executive" has its head.)
 */
function isPairOfFields(long: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)$/u.exec(long.trim());
  return m !== null && !isHeadWord(m[1]) && !isHeadWord(m[2]) && !isKnownPlace(m[1]) && !isKnownPlace(m[2]);
}

// A long form in lower case: "socio-economic groups (SEGs)", "key performance indicators (KPIs)".
const LOWERCASE_LONG = /^\p{Ll}/u;

/**
 * The short forms one text defines for a generic term, a role or a measure: "socio-economic groups
 * (SEGs)", "Personal video recorder (PVR)", "Senior Responsible Owner (SRO)". Their uses are no mention.
 */
export function genericAcronymsIn(text: string): string[] {
  const out: string[] = [];
  for (const { short, longText } of shortAndLongForms(text)) {
    if (LOWERCASE_LONG.test(longText) || acronymType(longText) === null) out.push(short);
  }
  return out;
}

// "Department for Business, Innovation and Skills (BIS)": the letters stop at "Business", but the name
// begins at its head, "Department for"; the long form is extended over a capitalised head and "for"/"of".
const HEAD_BEFORE = /(?:^|[^\p{L}’'])((?:\p{Lu}[\p{L}’']*\s){0,2}\p{Lu}[\p{L}’']*\s(?:for|of)\s)$/u;

/** The long form for `short` that ends right before `end` in `text`, or null (Schwartz–Hearst). */
export function findLongForm(text: string, end: number, short: string): [number, number] | null {
  // The long form lies within the last few words: a bounded window keeps a long line linear.
  const offset = Math.max(0, end - 400);
  const found = findLongFormIn(text.slice(offset, end), short);
  return found && [found[0] + offset, found[1] + offset];
}

const LINKER = /^(?:of|for|and|the|in|on|to|at|&)$/i;

/**
 * Where the long form starts when the last words' initials spell the short form, linking words aside:
 * "Crown Commercial Service (CCS)" starts at "Crown", where matching letters alone would stop at the
 * "c" inside "Commercial". Null when no run of words does.
 */
function initialsStart(before: string, words: Array<[number, number]>, letters: string): number | null {
  let s = letters.length - 1;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = before.slice(words[w][0], words[w][1]).replace(/^[‘“"'(\[]+/, '');
    if (s < letters.length - 1 && LINKER.test(word)) continue;
    if (word[0]?.toLowerCase() !== letters[s].toLowerCase()) return null;
    if (--s < 0) return words[w][0] + (before.slice(words[w][0], words[w][1]).length - word.length);
  }
  return null;
}

function findLongFormIn(text: string, short: string): [number, number] | null {
  const letters = short.replace(/[^A-Za-z0-9]/g, '').replace(/s$/, (m) => (short.length > 2 && /[A-Z]s$/.test(short) ? '' : m));
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const before = text.replace(/\s+$/, '');
  const words: Array<[number, number]> = [];
  const re = /\S+/g;
  for (let m = re.exec(before); m; m = re.exec(before)) words.push([m.index, m.index + m[0].length]);
  const window = words.slice(Math.max(0, words.length - maxWords));
  if (window.length === 0) return null;
  const candidateStart = window[0][0];
  const candidate = before.slice(candidateStart);
  let from: number;
  const initials = initialsStart(before, window, letters);
  if (initials !== null) from = initials;
  else {
    // Match the short form's characters from right to left.
    let s = letters.length - 1;
    let l = candidate.length - 1;
    const lower = letters.toLowerCase();
    const cand = candidate.toLowerCase();
    while (s >= 0) {
      const c = lower[s];
      while (l >= 0 && (cand[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(cand[l - 1])))) l--;
      if (l < 0) return null;
      s--;
      l--;
    }
    // The name starts where its first word does: after the last space, quote or bracket before the match.
    let startInCandidate = l + 1;
    while (startInCandidate > 0 && !/[\s‘“"'(\[]/.test(candidate[startInCandidate - 1])) startInCandidate--;
    from = candidateStart + startInCandidate;
  }
  const head = HEAD_BEFORE.exec(text.slice(0, from));
  // (A long form in lower case is a term of its own: "the Shakespeare Review of public sector information
  // (PSI)" defines PSI for "public sector information", not for the review.)
  if (head && !/[’']s\s/.test(head[1]) && /^\p{Lu}/u.test(text.slice(from, from + 1))) from -= head[1].length;
  // A leading article is not part of the name.
  const leading = /^(?:the|a|an)\s+/i.exec(text.slice(from, before.length));
  if (leading) from += leading[0].length;
  // Nor are closing quotes and punctuation: "the ‘Government Digital Service’ (GDS)".
  let to = before.length;
  while (to > from && /[’”"',;:.]/.test(text[to - 1]) && !/\p{L}[’']s$/u.test(text.slice(from, to))) to--;
  // Nor is a possessive: "The Office for Budget Responsibility’s (OBR) March forecast" defines OBR for
  // "Office for Budget Responsibility" (unless the short form's last letter is that "s").
  if (/\p{L}[’']s$/u.test(text.slice(from, to)) && !/s$/i.test(letters)) to -= 2;
  if (to - from <= short.length) return null;
  return [from, to];
}

export function findAcronymDefinitions(text: string): Array<{ short: string; long: [number, number]; shortSpan: [number, number] }> {
  const found: Array<{ short: string; long: [number, number]; shortSpan: [number, number] }> = [];
  for (const { short, long, longText, shortFrom } of shortAndLongForms(text)) {
    if (/^\p{Lu}/u.test(longText)) found.push({ short, long, shortSpan: [shortFrom, shortFrom + short.length] });
  }
  return found;
}

/** Every "long form (SHORT)" pair in `text`, whatever the long form's case (Schwartz–Hearst). */
function* shortAndLongForms(text: string): Generator<{ short: string; long: [number, number]; longText: string; shortFrom: number }> {
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const short = m[1].trim();
    if (!isShortForm(short)) continue;
    const long = findLongForm(text, m.index, short);
    if (!long) continue;
    yield { short, long, longText: text.slice(long[0], long[1]), shortFrom: m.index + 1 + m[1].indexOf(short) };
  }
}

const PROGRAMME_CUE_AFTER = /^\s*\)\s+(?:programme|scheme|project|initiative|fund|strategy|plan|service)\b/;

/**
 * The acronyms one text defines, typed as their long forms are ("Government Digital Target Operating
 * Model (GDTOM)" is a programme), with spans shifted by `base`. The first definition of a short form wins.
 */
export function acronymsDefinedIn(text: string, base = 0): Acronym[] {
  const found: Acronym[] = [];
  for (const def of findAcronymDefinitions(text)) {
    if (found.some((a) => a.short === def.short)) continue;
    const long = text.slice(def.long[0], def.long[1]);
    // A programme's cue after the pair types it, as after a name: "The Broadband Delivery UK (BDUK)
    // programme".
    const cued = PROGRAMME_CUE_AFTER.test(text.slice(def.shortSpan[1], def.shortSpan[1] + 16));
    const type = cued && !isKnownOrganisation(long) && acronymType(long, def.short) !== null ? 'programme' : acronymType(long, def.short);
    if (!type) continue;
    found.push({ short: def.short, long, type, rule: 'acronym.schwartz-hearst', span: { from: base + def.long[0], to: base + def.shortSpan[1] } });
  }
  return found;
}

export function findAcronyms(doc: Doc): void {
  const seen = new Map<string, Acronym>();
  const generic = new Set<string>();
  for (const sentence of doc.sentences) {
    if (sentence.text.includes('(')) for (const short of genericAcronymsIn(sentence.text)) generic.add(short);
    for (const acronym of acronymsDefinedIn(sentence.text, sentence.span.from)) {
      if (seen.has(acronym.short)) continue;
      seen.set(acronym.short, acronym);
      doc.acronyms.push(acronym);
    }
  }
  // Definitions the markup makes, <abbr title="Government Digital Service">GDS</abbr>, for the short
  // forms the text does not define itself; the list stays in document order.
  for (const m of doc.markupAcronyms) {
    if (seen.has(m.short)) continue;
    const type = acronymType(m.long, m.short);
    // <abbr title="Gross Domestic Product">GDP</abbr>: a measure, no entity. Nor is a short form the
    // text itself defines for a lowercase term, whatever case the markup gives it: "the net financing
    // requirement (<abbr title="Net Financing Requirement">NFR</abbr>)".
    if (type === null || generic.has(m.short)) {
      generic.add(m.short);
      continue;
    }
    const acronym: Acronym = {
      short: m.short,
      long: m.long,
      type,
      rule: 'acronym.markup-abbr',
      span: m.span,
    };
    seen.set(m.short, acronym);
    doc.acronyms.push(acronym);
  }
  doc.acronyms.sort((a, b) => a.span.from - b.span.from);
  // A short form defined for a named thing anywhere in the document is not generic.
  doc.genericAcronyms = [...generic].filter((short) => !seen.has(short)).sort();
}
