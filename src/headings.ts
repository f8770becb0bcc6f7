// The grammar of the lines that give a strategy page its structure, recognised by form alone.
// No list of known departments or actions: the pipeline meets units the seed never had.
import type { PhaseKind, UnitKind } from './model.js';
import { MONTH_NAMES, monthNumber } from './text/months.js';

// Every pattern with MONTH_ALT carries the `i` flag: "Progress during december 2013" is read too.
const MONTH_ALT = MONTH_NAMES;

export interface PhaseHeading {
  kind: PhaseKind;
  year: number | null;
  month: number | null;
}

/** Whether a UTF-16 code unit is whitespace to JavaScript (`\s`, what trim() removes). */
function isSpace(c: number): boolean {
  return c < 128
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether normaliseSpace leaves `text` as it is: single plain spaces between words, none at the ends. */
function isNormalSpace(text: string): boolean {
  let afterSpace = true; // the start counts as a space: a leading space is changed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) afterSpace = false;
    else if (c !== 32 || afterSpace) return false;
    else afterSpace = true;
  }
  return text.length === 0 || !afterSpace;
}

/** Collapses runs of whitespace (including no-break spaces) and trims. */
export function normaliseSpace(text: string): string {
  // Most lines need nothing, and are returned as they are without building a new string.
  if (isNormalSpace(text)) return text;
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

// "Departmental digital strategy commitments (December 2012)", "Digital strategy commitments 2012",
// "Commitments (December 2012)".
const COMMITMENTS = new RegExp(
  `^(?:departmental\\s+)?(?:digital\\s+strategy\\s+)?commitments\\s*(?:[(\\[]\\s*)?(?:(${MONTH_ALT})\\s+)?(\\d{4})?\\s*[)\\]]?$`,
  'i',
);
// "Progress during 2013", "Progress in 2014", "Progress made in 2014", "Progress (2013)".
const PROGRESS = new RegExp(
  `^progress(?:\\s+made)?(?:\\s+(?:during|in|for|to|since|until|by)(?:\\s+the\\s+end\\s+of)?)?\\s*(?:[(\\[]\\s*)?(?:(${MONTH_ALT})\\s+)?(\\d{4})\\s*[)\\]]?$`,
  'i',
);
// "Planned activities in 2014", "Planned Activities in 2015", "Planned actions for 2016", "Plans for 2015".
const PLANNED = new RegExp(
  `^(?:planned\\s+(?:activities|activity|actions|work)|plans|next\\s+steps)(?:\\s+(?:during|in|for|from))?\\s*(?:[(\\[]\\s*)?(?:(${MONTH_ALT})\\s+)?(\\d{4})\\s*[)\\]]?$`,
  'i',
);

// Lines longer than this are never headings, chrome or date lines; the grammar does not look at them, so
// a 1 MB line costs one length comparison, never a regex scan.
export const HEADING_PROBE_LIMIT = 300;

const PHASE_PATTERNS: ReadonlyArray<readonly [PhaseKind, RegExp]> = [
  ['commitments', COMMITMENTS],
  ['progress', PROGRESS],
  ['planned', PLANNED],
];

/** Recognises a phase heading in any year, capitalisation and spacing; null when the line is not one. */
export function parsePhaseHeading(line: string): PhaseHeading | null {
  if (line.length > HEADING_PROBE_LIMIT) return null;
  // "Progress in 2014:" and "progress  in 2014" are variants of "Progress in 2014".
  // Every phase heading starts with one of these letters (Progress, Planned, Plans, Departmental,
  // Digital, Commitments, Next steps); most body lines are turned away here, before any pattern.
  const first = /\S/.exec(line.slice(0, 40));
  if (!first || !/[pdcn]/i.test(first[0])) return null;
  const text = normaliseSpace(line).replace(/[:.]$/, '').trim();
  if (text.length > 90) return null;
  for (const [kind, re] of PHASE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    // A bare "Commitments" with neither "digital strategy" nor a date is too weak to be a heading.
    if (kind === 'commitments' && !m[2] && !/strategy/i.test(text)) continue;
    const month = m[1] ? monthNumber(m[1]) : null;
    const year = m[2] ? Number(m[2]) : null;
    return { kind, year, month };
  }
  return null;
}

/**
 * When a phase is reported, as a number that grows along a unit's usual order: commitments
 * (December 2012) → progress during 2013 → planned activities in 2014 → progress in 2014 → …
 * A heading that does not come later than the one before it starts a new unit's run.
 */
export function phaseTime(phase: PhaseHeading): number | null {
  if (phase.year === null) return null;
  switch (phase.kind) {
    case 'commitments':
      return phase.year;
    case 'progress':
      return phase.year + 0.5;
    case 'planned':
      return phase.year - 1 + 0.6;
  }
}

// "Action 3: all departments will …", "Action 05: …", "Action 1 – …", "Action 12".
const ACTION = /^action\s+0*(\d{1,3})\b\s*(?:[:.\-–—]|$)/i;

export function parseActionHeading(line: string): number | null {
  // Only the start of the line matters: "Action 05: All departments will redesign services …".
  const m = ACTION.exec(normaliseSpace(line.slice(0, 40)));
  return m ? Number(m[1]) : null;
}

const BULLET = /^(\s*)([-*•‣◦–])\s+/;

/** The bullet marker and where the item text starts, or null. */
export function parseBullet(line: string): { marker: string; textStart: number } | null {
  const m = BULLET.exec(line);
  return m ? { marker: m[2], textStart: m[0].length } : null;
}

// "Updated 16 January 2015", "Last updated 3 March 2014", "Published 1 December 2012".
const UPDATED = new RegExp(`^(?:last\\s+)?(updated|published)\\s*:?\\s+(\\d{1,2})\\s+(${MONTH_ALT})\\s+(\\d{4})$`, 'i');

export function parseUpdatedLine(line: string): { kind: 'updated' | 'published'; iso: string } | null {
  if (line.length > 80) return null;
  const m = UPDATED.exec(normaliseSpace(line));
  if (!m) return null;
  const month = monthNumber(m[3]);
  const iso = `${m[4]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return { kind: m[1].toLowerCase() === 'published' ? 'published' : 'updated', iso };
}

// GOV.UK page furniture that a copy of the page may carry: the document type above the title, the
// history banner, navigation and footer lines. These are never units.
const CHROME = [
  /^(?:policy paper|guidance|corporate report|news story|press release|detailed guide|collection|statistics|consultation outcome|research and analysis|transparency data|independent report|speech|notice|form|case study|promotional material)$/i,
  /^this was published under the .+ government\.?$/i,
  /^(?:from|part of|applies to|published|last updated)\s*:\s.*$/i,
  /^(?:history|contents|print this page|share this page|related content|explore the topic|documents|details|see all updates|show all updates|hide all updates)$/i,
  /^(?:is this page useful\??|maybe|yes this page is useful|no this page is not useful|report a problem with this page)$/i,
  /^read more\s*»?$/i,
];

export function isChrome(line: string): boolean {
  if (line.length > 160) return false;
  const text = normaliseSpace(line);
  return text.length < 160 && CHROME.some((re) => re.test(text));
}

/**
 * A line that has the form of a unit heading: short, starting with a capital letter or digit, and
 * not ending the way a sentence or a list lead-in does. "The Attorney General’s Office",
 * "Department for Business Innovation & Skills", "Her Majesty’s Treasury".
 */
export function looksLikeHeading(line: string): boolean {
  if (line.length > HEADING_PROBE_LIMIT) return false;
  const text = normaliseSpace(line);
  if (!text || text.length > 120) return false;
  if (parseBullet(line)) return false;
  if (!/^[\p{Lu}\p{N}‘“'"]/u.test(text)) return false;
  if (/[.!?;:,…»]$/.test(text)) return false;
  const words = text.split(' ').length;
  if (words > 14) return false;
  return true;
}

// Words a name in title case may leave in lower case: "Department for Culture, Media and Sport".
const NAME_LINK_WORDS = /^(?:of|for|and|the|in|on|to|at|by|a|an|&|with|de)$/;

/**
 * Every word of the line starts with a capital or a digit, or is a linking word: "Office of the
 * Advocate General for Scotland" is, "Some of the department’s larger ALBs also app" is not.
 */
export function isTitleCase(line: string): boolean {
  if (line.length > HEADING_PROBE_LIMIT) return false;
  const words = normaliseSpace(line).split(' ');
  return words.every((w) => /^[\p{Lu}\p{N}‘“'"(]/u.test(w) || NAME_LINK_WORDS.test(w.toLowerCase().replace(/[,;:]$/, '')));
}

// Head nouns of the names of public bodies; a unit heading that has one names a department or agency.
const ORGANISATION_WORDS =
  /\b(?:department|ministry|office|treasury|revenue|customs|agency|service|executive|authority|commission|council|board|cabinet|government|directorate|inspectorate|court|tribunal|registry|survey|trust|institute|administration|bureau|house)s?\b|^(?:the\s+)?(?:hm|her majesty[’']?s|his majesty[’']?s)\b/i;

export function classifyUnit(heading: string): UnitKind {
  if (parseActionHeading(heading) !== null) return 'action';
  if (heading.length > HEADING_PROBE_LIMIT) return 'other';
  const text = splitDefinedAcronym(heading).name;
  // "HMRC", "DfT", "Defra": a unit heading that is one short capitalised word is a body's acronym.
  if (ORGANISATION_WORDS.test(text)) return 'department';
  if (/^[A-Z][A-Za-z]{1,7}$/.test(text) && /[A-Z].*[A-Z]/.test(text)) return 'department';
  if (splitDefinedAcronym(heading).acronym !== null && /^\p{Lu}/u.test(text)) return 'department';
  return 'other';
}

/**
 * A heading that defines its own acronym: "Attorney General’s Office (AGO)" → name "Attorney General’s
 * Office", acronym "AGO". Without a trailing parenthesis the whole heading is the name.
 */
export function splitDefinedAcronym(heading: string): { name: string; acronym: string | null } {
  const text = normaliseSpace(heading.slice(0, HEADING_PROBE_LIMIT));
  const m = /^(.*\S)\s*\(\s*([A-Za-z][A-Za-z0-9&.\-]{1,9})\s*\)$/.exec(text);
  if (m && /[A-Z]/.test(m[2])) return { name: m[1], acronym: m[2] };
  return { name: text, acronym: null };
}


/**
 * The department a page organised by action belongs to, named by its title:
 * "Department of Health's actions in response to the Government Digital Strategy" → "Department of
 * Health"; "HM Treasury’s response to the Government Digital Strategy" → "HM Treasury";
 * "Ministry of Justice: actions in response to …" → "Ministry of Justice". Null for other titles.
 */
export function parseTitleDepartment(title: string): string | null {
  if (title.length > HEADING_PROBE_LIMIT) return null;
  const text = normaliseSpace(title);
  const m = /^(.{3,120}?)(?:[’']s?|\s*:|\s+-|\s+–)\s+(?:digital\s+)?(?:actions?|response|progress|digital\s+strategy)\b/i.exec(text);
  if (!m) return null;
  const name = m[1].trim();
  if (classifyUnit(name) !== 'department') return null;
  return name;
}
