// The forms that give a heading its place in an outline, recognised by form alone: its number ("1.",
// "1.1", "2.3.4", "Chapter 2", "Part 1", "Annex A"), a keyword that repeats down a document
// ("Principle: …", "Action 01: …", "Mission 2 – …", "Objective 3", "Theme: …"), and, in plain text,
// a line that stands over body text the way a heading does.
import { MONTH_NAMES, MONTHS } from './text/months.js';
import { HEADING_PROBE_LIMIT, isChrome, looksLikeHeading, normaliseSpace, parseBullet, parseUpdatedLine } from './headings.js';

export interface HeadingNumber {
  /** As written: "1.1", "04", "A". */
  number: string;
  /** How deep the number sits: "1." → 1, "1.1" → 2, "2.3.4" → 3; a chapter or part 0, an annex 1. */
  depth: number;
  /** numbered (decimal), chapter (Chapter/Part/Section), annex (Annex/Appendix/Schedule). */
  form: 'numbered' | 'chapter' | 'annex';
}

// "1. Economic context", "1.1  UK economy", "2.3.4 Costs", "04 The approach" (a kramdown chapter), "3) Aims".
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3}){0,4})(?:\.|\))?(?=\s+\S)/;
// "Chapter 2", "Part 1: …", "Section 3 – …", "Chapter II".
const CHAPTER = /^(?:chapter|part|section)\s+(\d{1,3}|[IVXLC]{1,6}|[A-Z])\b(?!\.\d)/i;
// "Annex A", "Annex 5 - Departmental savings methodology", "Appendix 2: …", "Schedule 1".
const ANNEX = /^(?:annex|appendix|schedule)\s+(\d{1,3}|[A-Z])\b/i;

/** The number a heading starts with, or null. */
export function parseHeadingNumber(text: string): HeadingNumber | null {
  const t = text.trimStart().slice(0, 80);
  let m = CHAPTER.exec(t);
  if (m) return { number: m[1], depth: 0, form: 'chapter' };
  m = ANNEX.exec(t);
  if (m) return { number: m[1], depth: 1, form: 'annex' };
  m = DECIMAL.exec(t);
  if (m) {
    // "2015 was a good year" and "100 days" are not numbered headings: a number over 3 digits or a
    // plain count followed by a lower-case word is body text.
    const parts = m[1].split('.');
    // "8 March 2017" is a date, not heading 8.
    if (DAY_AND_MONTH.test(t)) return null;
    if (parts.length === 1 && !/[.)]/.test(t[m[1].length] ?? '') && !/^\d+\s+\p{Lu}/u.test(t)) return null;
    return { number: m[1], depth: parts.length, form: 'numbered' };
  }
  return null;
}

// Keywords a strategy repeats down its headings: "Principle: …", "Action 01: …", "Mission 3 – …",
// "Objective 2", "Theme: …", "Priority 1: …", "Goal 4". The keyword names the family.
const KEYWORD = /^(principle|action|mission|objective|theme|priority|goal|outcome|commitment|recommendation|pillar|strand|step|stage|workstream|ambition)\s*(\d{1,3}[a-z]?|[A-Z])?\s*(?:[:.\-–—]\s*\S|$)/i;

/** The keyword family of a heading ("action" for "Action 01: …") and its number, or null. */
export function parseKeywordHeading(text: string): { family: string; number: string | null } | null {
  const t = normaliseSpace(text.slice(0, 120));
  const m = KEYWORD.exec(t);
  if (!m) return null;
  // "Action" alone or "Theme" alone is a heading only with a number or a colon after it.
  if (!m[2] && !/^\S+\s*[:.\-–—]/.test(t)) return null;
  return { family: m[1].toLowerCase(), number: m[2] ?? null };
}

/** "8 March", "8 Mar": a day and a month (any word starting with a month's first three letters). */
const DAY_AND_MONTH = new RegExp(String.raw`^\d{1,2}\s+(?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})[a-z]*\b`, 'i');
const DATE_ALONE = new RegExp(String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH_NAMES})(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}$`, 'i');

/** A line of plain text that could be a heading by its form: short, capitalised, not a sentence. */
export function hasHeadingForm(line: string): boolean {
  if (line.length > HEADING_PROBE_LIMIT) return false;
  if (!/\p{L}/u.test(line)) return false;
  if (parseBullet(line.slice(0, 20))) return false;
  if (parseUpdatedLine(line)) return false;
  const text = normaliseSpace(line);
  // A date alone on its line ("8 March 2017" under a title) dates the document; it heads nothing.
  if (DATE_ALONE.test(text)) return false;
  // "Source: Office for Budget Responsibility", "Note: …" label a table or chart; they head nothing.
  if (/^(?:sources?|notes?|nb|see also|key)\s*:/i.test(text)) return false;
  // A keyword heading may end in a colon after its name: "Principle: digital by default".
  if (parseKeywordHeading(text) && !/[.;,]$/.test(text)) return text.split(' ').length <= 20;
  if (!looksLikeHeading(line)) {
    // "What is preventing people from using digital transactions?" is a heading that asks.
    return /\?$/.test(text) && text.split(' ').length <= 14 && /^[\p{Lu}\p{N}]/u.test(text);
  }
  return true;
}

/** A line of page furniture ("Policy paper", "Print this page"); only furniture above the body counts. */
export { isChrome };

/** A cell of figures: "2.4", "-390", "2015-16", "(1)". */
export function isFigureLine(line: string): boolean {
  return /^[\s\d.,()%£$€+\-–−*/:]+$/.test(line.slice(0, 100)) && /\d/.test(line);
}

/** Body text by its form: a sentence that ends, or a line too long to be a heading. */
export function isBodyLine(line: string): boolean {
  const text = normaliseSpace(line.slice(0, HEADING_PROBE_LIMIT + 1));
  if (!text) return false;
  if (parseBullet(line.slice(0, 20))) return true;
  if (text.split(' ').length > 14) return true;
  return /[.!;:,…»”"')]$/.test(text) && text.split(' ').length >= 4;
}
