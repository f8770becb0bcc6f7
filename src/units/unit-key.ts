// One key per unit across documents, so rows about one department from different pages line up. The one
// unit-key function: segment-sections and project-sections key each unit by its heading alone, and
// key-units keys it again once the document's acronyms are known. In order of preference:
//  1. the general department table (src/units/departments.ts): "Department for Transport" → "dft"
//     on every page, whether or not the page writes "(DfT)";
//  2. an acronym the heading itself defines: "Attorney General’s Office (AGO)" → "ago";
//  3. an acronym the document defines for the name: "Crown Commercial Service (CCS)" in a body → "ccs";
//  4. a heading that is itself an acronym: "HMRC" → "hmrc";
//  5. the normalised name: "Government Procurement Service" → "government-procurement-service".
// Actions are keyed by number: "Action 05: …" → "action-5".
import { parseActionHeading, splitDefinedAcronym } from '../headings.js';
import { nameKey } from './name-key.js';
import { acronymKey, knownDepartmentKey } from './departments.js';

/** Acronyms the document defines, by the `nameKey` of their long form. */
export type DefinedAcronyms = ReadonlyMap<string, string>;

/** Initials of a name, of all its words and of its capitalised ones: "Department for Transport" → DFT, DT. */
function initials(name: string): string[] {
  const words = name.split(/[\s,&]+/).filter(Boolean);
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return [all, capitalised];
}

/**
 * The acronym the document defines for a name. The long form found in the text may be shorter than the
 * name ("Crown Commercial Service (CCS)" is found as "Commercial Service"), so a definition counts when
 * its long form ends the name and its letters are the name's initials.
 */
function definedAcronym(name: string, defined: DefinedAcronyms): string | null {
  const key = nameKey(name);
  const exact = defined.get(key);
  if (exact) return exact;
  const letters = initials(name);
  for (const [longKey, short] of defined) {
    if (!key.endsWith(`-${longKey}`)) continue;
    if (letters.includes(short.replace(/[^A-Za-z]/g, '').toUpperCase())) return short;
  }
  return null;
}

export function unitKey(heading: string, defined: DefinedAcronyms = new Map()): string {
  const action = parseActionHeading(heading);
  if (action !== null) return `action-${action}`;
  const { name, acronym } = splitDefinedAcronym(heading);
  const known = knownDepartmentKey(name) ?? (acronym ? knownDepartmentKey(acronym) : null);
  if (known) return known;
  if (acronym) return acronymKey(acronym);
  const short = definedAcronym(name, defined);
  if (short) return acronymKey(short);
  const key = nameKey(name);
  if (/^[A-Za-z&]{2,8}$/.test(name) && /[A-Z].*[A-Z]/.test(name)) return acronymKey(name);
  return key;
}
