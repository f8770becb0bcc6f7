// The normalised form of a name, shared by everything that matches names across spellings: unit keys
// (src/units/unit-key.ts), the department table, the acronyms a document defines, and the gazetteer
// of organisations.
import { HEADING_PROBE_LIMIT, normaliseSpace } from '../headings.js';

/**
 * The normalised form of a body's name, the same for its spellings: "The Attorney General’s Office" and
 * "Attorney General's Office" → "attorney-generals-office"; "Department for Business Innovation & Skills"
 * and "Department for Business, Innovation and Skills" → "department-for-business-innovation-and-skills";
 * "Her Majesty’s Revenue and Customs" and "HM Revenue & Customs" → "hm-revenue-and-customs".
 */
export function nameKey(name: string): string {
  return normaliseSpace(name.slice(0, HEADING_PROBE_LIMIT))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^(?:her|his) majesty[’'‘`]?s\b/, 'hm')
    .replace(/&/g, ' and ')
    .replace(/[’'‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
