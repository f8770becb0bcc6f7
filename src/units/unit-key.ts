// One key per unit across documents, so rows about one department from different pages line up.
// In order of preference:
//  1. the general department table (src/units/departments.ts): "Department for Transport" → "dft"
//     on every page, whether or not the page writes "(DfT)";
//  2. an acronym the heading itself defines: "Attorney General’s Office (AGO)" → "ago";
//  3. an acronym the document defines for the name: "Crown Commercial Service (CCS)" → "ccs";
//  4. a heading that is itself an acronym: "HMRC" → "hmrc";
//  5. the normalised name: "Government Procurement Service" → "government-procurement-service".
// Actions are keyed by number: "Action 05: …" → "action-5".
import { nameKey, parseActionHeading, splitDefinedAcronym } from '../headings.js';
import { acronymKey, knownDepartmentKey } from './departments.js';

/** Acronyms the document defines, by the `nameKey` of their long form. */
export type DefinedAcronyms = ReadonlyMap<string, string>;

export function unitKey(heading: string, defined: DefinedAcronyms = new Map()): string {
  const action = parseActionHeading(heading);
  if (action !== null) return `action-${action}`;
  const { name, acronym } = splitDefinedAcronym(heading);
  const known = knownDepartmentKey(name) ?? (acronym ? knownDepartmentKey(acronym) : null);
  if (known) return known;
  if (acronym) return acronymKey(acronym);
  const key = nameKey(name);
  const short = defined.get(key);
  if (short) return acronymKey(short);
  if (/^[A-Za-z&]{2,8}$/.test(name) && /[A-Z].*[A-Z]/.test(name)) return acronymKey(name);
  return key;
}
