// organisation, programme, person, place: the capitalised names of a sentence, each read in this order
// (the order matters: the first reading that applies decides):
//   1. a role ("Heads of Profession", "Director General of …") is no mention;
//   2. a lowercase cue after the name ("Digital Pioneer group", "Consumer First programme");
//   3. the general gazetteer of UK public bodies ("Companies House", "Ofsted");
//   4. a capitalised "The" mid-sentence marks a body's formal name ("with The Makers Academy");
//   5. the head word ("Maritime and Coastguard Agency", "Digital Skills Action Plan");
//   6. a generic noun after the name ("Building our Future events" → programme "Building our Future");
//   7. the gazetteer of places ("Swansea", "Philippines");
//   8. a coined word ("TechHub", "GOV.UK", "G-cloud", "e-Gates") is a product or service;
//   9. what is left goes to compromise, once per sentence, for people and places ("Tim Knighton",
//      "Croydon"); a name of two words or more that is neither is a programme ("Universal Credit",
//      "Fast Stream"), or an organisation when it stands in a list of organisations
//      ("GDS, Civil Service Learning and Open Government Data").
// Lone acronyms are left to acronym-uses, which knows the document's definitions.
import { compromise, compromiseForNames, compromiseLexicon } from './compromise.js';
import type { EntityType, LocalMention, SentenceContext } from '../model.js';
import type { Extractor } from './types.js';
import { findChunks, GENERIC_ACRONYMS, isAcronymToken, isShouted, LINKERS, tokenize, type Chunk, type Token } from './name-chunks.js';
import { isBodyHead, isDocumentHead, isHeadWord, isRoleWord, readHead, type NameKind } from './name-heads.js';
import { isInfinitive } from './service-names.js';
import { CODED_WORD_TAIL, readCue } from './name-cues.js';
import { isKnownBodyAcronym, isKnownOrganisation } from './gazetteer-organisations.js';
import { isGazetteerPlace, isKnownPlace } from './gazetteer-places.js';
import { LABEL_WORDS } from './numbers.js';
import { CITED_DATE } from './proper-names.js';

interface Piece {
  tokens: Token[];
  initial: boolean;
  capitalThe: boolean;
  /** The lowercase word after the piece, when it is the last piece of its run. */
  next: Token | null;
}

interface Reading {
  piece: Piece;
  type: EntityType | 'unresolved';
  from: number;
  to: number;
  rule: string;
}

const POSSESSIVE = /[’'](?:s)?$/;
const YEAR = /^(?:19|20)\d\d$/;
// The year a name carries after it: "Awards 2014", "Budget 2016", "Spending Review 2015-16" (a
// financial year of two digits or four).
const NAME_YEAR = /^\s((?:19|20)\d\d)(?:[-–/](?:\d{2}|(?:19|20)\d\d))?(?![\p{L}\p{N}%]|[-–/]\d)/u;
// Names that carry their year: events ("Public Sector Communications Awards 2014"), legislation
// ("Gambling Act 2005", "Money Laundering Regulations 2007") and fiscal events ("Spending Review 2013").
const EVENT_HEAD = /^(?:awards?|summit|conference|festival|week|fortnight|live|challenge|expo|act|bill|regulations|budget|statement|review)$/i;

// The one fiscal event that is written as a single word; the others have a head ("Autumn Statement",
// "Spending Review").
const FISCAL_EVENT = /^Budget$/;
// A capital letter joined to an ordinary noun of shape or grade: "S-curve", "J-curve", "U-turn",
// "L-shaped", "T-shirt", "X-ray", "A-level", "B-road".
const LETTER_COMPOUND = /^\p{Lu}-(?:curves?|turns?|shaped|shape|shirts?|rays?|necks?|bends?|levels?|roads?|junctions?|bars?)$/u;
// The head of an Act or Bill's title.
const LEGISLATION = /^(?:Act|Bill)$/;
// A director's post and the dash or comma before its portfolio.
const ROLE_BEFORE = /\bDirectors?(?:\s+General)?\s*(?:[–—]|\s-|,)\s+$/;
// The last part of a minister's portfolio: "Minister for Culture and the Digital Economy", "Secretary
// of State for Business, Energy and Industrial Strategy".
const PORTFOLIO_BEFORE = /\b(?:Minister|Secretary\s+of\s+State|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*(?:,\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)*,?\s+and\s+(?:the\s+)?$/u;
// Words that point to a thing rather than name it, capitalised where a sentence or clause begins.
const DETERMINER = /^(?:The|This|That|These|Those|Its|Their|Our|Your|Each|Every|Any|Such|Another|Other|Some|All|Both|No|A|An)$/;
/** A short form the document defines for a generic term or a measure ("SEGs", "GDP"), or its singular. */
export function isGenericAcronym(token: string, context: SentenceContext): boolean {
  const generic = context.genericAcronyms;
  return Boolean(generic && (generic.has(token) || generic.has(`${token}s`) || (/[A-Z]s$/.test(token) && generic.has(token.slice(0, -1)))));
}

// A code of letters and digits ("L4", "N2", "C1", "SEG C2DE" is read elsewhere) and the labels of the
// parts of a document it follows.
const CODE = /^[A-Z]{1,2}\d{1,3}[a-z]?$/;
// What follows a part label as its number: "A.1", "A", "2", "1.1", "3b".
const LABEL_CODE = /^(?:[A-Z]{1,2}\d{0,3}[a-z]?|\d+(?:\.\d+)*[a-z]?|[A-Z]\.\d+(?:\.\d+)*)$/;
// A part label's number written after the run: "Appendix 1", "Annex 5.2".
const LABEL_AFTER = /^\s(?:\d+(?:\.\d+)*|[A-Z](?:\.\d+)*)(?![\p{L}\p{N}])/u;
const PART_LABEL = /^(?:Sections?|Questions?|Parts?|Annex(?:es)?|Chapters?|Tables?|Figures?|Boxes|Box|Appendix|Appendices|Paragraphs?|Clauses?|Schedules?)$/;

function bare(token: Token): string {
  return /(?:[’']s|s[’'])$/.test(token.text) ? token.text.replace(POSSESSIVE, '') : token.text;
}

/** A piece without small words at its edges: "and the Skills Funding Agency" → "Skills Funding Agency". */
function trimLinkers(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && LINKERS.has(tokens[a].text)) a++;
  while (b > a && LINKERS.has(tokens[b - 1].text)) b--;
  return tokens.slice(a, b);
}

function textOf(text: string, tokens: Token[]): string {
  const last = tokens[tokens.length - 1];
  return text.slice(tokens[0].from, last.from) + bare(last);
}

function isAcronym(word: string, context: SentenceContext): boolean {
  return context.acronyms.has(word) || isAcronymToken(word) || isKnownBodyAcronym(word);
}

/** A name that stands on its own: known, headed, an acronym or a place. Used to cut "A and B". */
function isComplete(name: string, context: SentenceContext): boolean {
  if (!name.includes(' ') && (isAcronym(name, context) || CODED_NAME.test(name))) return true;
  // The long form of a body the document defines: "Bradford and Bingley" after <abbr title="Bradford
  // and Bingley plc">B&B</abbr>.
  if (name.includes(' ') && isDefinedLongForm(name, context)) return true;
  return isKnownOrganisation(name) || readHead(name) !== null || isGazetteerPlace(name);
}

/**
 * "HM Forces", "HM Courts and Tribunals Service": "HM" (Her Majesty's) before capitalised words names
 * a Crown body, and begins a new name after "and" ("Embassies and HM Forces").
 */
function isCrownBody(tokens: Token[]): boolean {
  return tokens.length >= 2 && tokens[0].text === 'HM' && /^\p{Lu}\p{Ll}/u.test(tokens[1].text);
}

/** Whether `name` is the long form of a body the document defines, legal suffix aside. */
function isDefinedLongForm(name: string, context: SentenceContext): boolean {
  for (const a of context.acronyms.values()) if (a.type === 'organisation' && a.long.replace(/\s(?:plc|PLC|Plc|Ltd|Limited)$/, '') === name) return true;
  return false;
}

/** "Ministry of Justice", "Department for Education": a body whose first word is its head. */
function headFirst(name: string): boolean {
  return isKnownOrganisation(name) || /^(?:Department|Ministry|Office|Directorate|HM|Her Majesty’s|Her Majesty's)\b/.test(name);
}

/** Cuts a run at a possessive that ends a complete name: "Coal Authority’s Mining Reports". */
function splitPossessive(text: string, tokens: Token[], context: SentenceContext): Token[][] {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!/[’']s$|s[’']$/.test(tokens[i].text)) continue;
    const left = tokens.slice(0, i + 1);
    if (isComplete(textOf(text, left), context) && readHead(textOf(text, left))?.kind !== 'role') {
      return [left, ...splitPossessive(text, tokens.slice(i + 1), context)];
    }
  }
  return [tokens];
}

// A preposition of place before a name, perhaps with other names listed between: "in Reading and ",
// "at Slough, "; a building's number may stand between: "at 70 Whitehall".
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|through|across|outside|around|between)\s+(?:\d{1,4}\s+)?(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*(?:,\s+|\s+and\s+|\s+or\s+))*$/u;

// A UK postcode, outward and inward codes: "SW1H 0ET", "WC2B 6NH", "M1 1AE".
const POSTCODE_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_INWARD = /^\s\d[A-Z]{2}(?![\p{L}\p{N}])/u;

// A company's legal form, ending its name: "Bristow Helicopters Ltd", "Capgemini UK plc", "Arup LLP".
const COMPANY_WORD = /^(?:Ltd|Limited|PLC|Plc|LLP)\.?$/;
const COMPANY_AFTER = /^\s(?:plc|Ltd|Limited|PLC|Plc|LLP)(?![\p{L}\p{N}])\.?/u;

/**
 * Cuts a run at "and" where both sides are names of their own: "GDS and Civil Service Learning",
 * "National Offender Management Service and HM Courts and Tribunals Service"; not "Maritime and
 * Coastguard Agency" nor "Department of Energy and Climate Change". In the last item of a comma list
 * ("…, Tax for My Business and Agent Online Self-Serve") two names of two words or more are cut too.
 */
function splitCoordination(text: string, tokens: Token[], context: SentenceContext, inList: boolean): Token[][] {
  const whole = textOf(text, tokens);
  if (isKnownOrganisation(whole)) return [tokens];
  // A place whose name holds "and" is one name, first: "South Georgia and the South Sandwich Islands and …".
  for (let k = tokens.length; k >= 3; k--) {
    if (k < tokens.length && tokens[k].text !== 'and') continue;
    const prefix = tokens.slice(0, k);
    if (!prefix.some((t) => t.text === 'and') || !isGazetteerPlace(textOf(text, prefix))) continue;
    const rest = trimLinkers(tokens.slice(k + 1));
    return rest.length ? [prefix, ...splitCoordination(text, rest, context, inList)] : [prefix];
  }
  // "Heads of Profession and Civil Service Learning" is cut; "Director General of Innovation, Growth and
  // Technology" is one role: after a role only a known body or a department begins a new name.
  const role = readHead(whole)?.kind === 'role';
  let seenOf = false;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i].text;
    if (t === 'of' || t === 'for') seenOf = true;
    if (t !== 'and' && t !== '&') continue;
    const left = trimLinkers(tokens.slice(0, i));
    const right = trimLinkers(tokens.slice(i + 1));
    if (left.length === 0 || right.length === 0) continue;
    const l = textOf(text, left);
    const r = textOf(text, right);
    // A head word alone names nothing ("Audit" of "Audit and Risk Committee" shares the committee).
    const bareHead = left.length === 1 && right.length >= 2 && isHeadWord(bare(left[0])) && !isKnownOrganisation(l) && !isAcronym(l, context);
    const both = !bareHead && isComplete(l, context) && isComplete(r, context);
    // In a comma list, a known name on either side is an item of its own: "Google, Microsoft, Barclays
    // and Accenture".
    const listItems = inList && ((left.length >= 2 && right.length >= 2) || (left.length === 1 && isComplete(r, context)) || (right.length === 1 && isComplete(l, context)));
    // A headed name of two words or more, and a name of two words or more that has no head: "the EU
    // Emissions Trading System and Carbon Price Support". (Not "Welfare Reform and Work Act": the
    // right side's head names the whole.)
    const headedThenBare = !seenOf && left.length >= 2 && right.length >= 2 && isComplete(l, context) && readHead(l) !== null && readHead(r) === null && !isKnownOrganisation(r);
    // The title of an Act joins its subjects with "and": "Welfare Reform and Work Act 2016", "Crime and
    // Courts Act" (but "Gambling Act 2005 and Money Laundering Regulations" are two).
    if (LEGISLATION.test(bare(right[right.length - 1])) && !LEGISLATION.test(bare(left[left.length - 1]))) continue;
    // A company's legal form ends its name: "Bristow Helicopters Ltd and Capgemini UK plc" are two; so
    // do two names that open with the same word: "GOV.UK Pay and GOV.UK Notify".
    // (And a body before a company named with its legal form: "the Federation of Small Businesses and
    // Halden Systems plc"; not a place's name, "Bradford and Bingley plc".)
    const company = (left.length >= 2 && COMPANY_WORD.test(left[left.length - 1].text)) ||
      ((COMPANY_AFTER.test(text.slice(right[right.length - 1].to, right[right.length - 1].to + 10)) || (right.length >= 2 && COMPANY_WORD.test(right[right.length - 1].text))) &&
        (isKnownOrganisation(l) || (readHead(l)?.kind === 'organisation' && left.length >= 2))) ||
      // (Two names of two words or more, the second a company: "Postmark Identity and Veriscan Ltd".)
      (left.length >= 2 && right.length >= 2 && COMPANY_WORD.test(right[right.length - 1].text) && !left.some((t) => LINKERS.has(t.text))) || (left.length >= 2 && right.length >= 2 && left[0].text === right[0].text && !LINKERS.has(left[0].text));
    // A coined word before a body: "Barclays and Lloyds Banking Group" are two.
    // (Not a head word or an adjective that shares the head: "Audit and Risk Committee", "Digital and
    // Technology team".)
    const coinedThenBody = left.length === 1 && right.length >= 2 && isCoinedWord(l) && !isHeadWord(l) && (isKnownOrganisation(r) || readHead(r)?.kind === 'organisation' || COMPANY_WORD.test(right[right.length - 1].text)) && !isAdjective(l);
    // A known place and a name of up to three words with no head after a preposition of place: "in
    // Luton, Stockport and North Tyneside", "in London and Nairobi" list places.
    // (The name is one word or a compass point's, or a known place opens the list: "Work in Leeds and
    // Digital Foundations" lists no places.)
    // (Or a known place of two words or more and any name after it: "Milton Keynes and Abbey Wood".)
    const placeThenName = isGazetteerPlace(l) && right.length <= 3 && readHead(r) === null && right.every((t) => /^\p{Lu}/u.test(t.text))
      && (((COMPASS_NAME.test(r) || right.length === 1 || listedWithPlace(text, tokens[0].from, 1)) && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, tokens[0].from - 80), tokens[0].from)))
        || (left.length >= 2 && !isKnownOrganisation(r)));
    // Two places, the second known by its head: "the East of England and Thames Valley".
    const twoPlaces = isGazetteerPlace(l) && (isGazetteerPlace(r) || readHead(r)?.kind === 'place');
    // A word of its own before a known place: "visited Copenhagen and Singapore" (a name of the place's
    // kind, read as such on its own; not a head word that shares what follows, nor a known body).
    const nameThenPlace = left.length === 1 && isGazetteerPlace(r) && readHead(r) === null && !isHeadWord(bare(left[0])) && !isKnownOrganisation(l) && !isAdjective(l) && /^\p{Lu}\p{Ll}+$/u.test(l);
    // Two words of their own, each a name and neither a head, an adjective or a plural of the language:
    // "visited Toronto and Chicago", "Lagos and Nairobi" (read one by one; not "Audit and Risk", "Marks and
    // Spencer" is two words read as nothing either way).
    const lone = (t: Token, w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isHeadWord(bare(t)) && !isAdjective(w) && !isCommonPlural(w) && !LINKERS.has(w.toLowerCase());
    const twoWords = left.length === 1 && right.length === 1 && tokens.length === 3 && lone(left[0], l) && lone(right[0], r) && (isGazetteerPlace(l) || isGazetteerPlace(r) || isLexiconPlace(l) || isLexiconPlace(r) || (isCoinedWord(l) && isCoinedWord(r)));
    // So are a place of the lexicon and a name of two words after it: "Beijing and New Delhi".
    const lexiconPlaceThenName = left.length === 1 && isLexiconPlace(l) && right.length === 2 && readHead(r) === null && !isKnownOrganisation(r) && right.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
    // A council named for two places is one body: "Redcar and Cleveland Borough Council", "Telford and
    // Wrekin Council".
    if (left.length === 1 && /^Council$/.test(right[right.length - 1].text) && !isKnownOrganisation(l)) continue;
    // A known body and a coined word, one word each, are two: "Google and Nesta", "Nesta and Google".
    const knownAndCoined = left.length === 1 && right.length === 1 && ((isKnownOrganisation(l) && isCoinedWord(r)) || (isCoinedWord(l) && isKnownOrganisation(r)));
    // And a body before a coined word: "Sunderland City Council and Barclays".
    const bodyThenCoined = right.length === 1 && left.length >= 2 && isCoinedWord(r) && !isHeadWord(r) && !isAdjective(r) && (isKnownOrganisation(l) || readHead(l)?.kind === 'organisation');
    // The last two items of a list a known place opens: "in Sutton-in-Ashfield, Kirkby-in-Ashfield and Hucknall".
    const listedPlaces = left.length <= 2 && right.length <= 2 && readHead(l) === null && readHead(r) === null && !isKnownOrganisation(l) && !isKnownOrganisation(r) &&
      /,\s+$/.test(text.slice(Math.max(0, tokens[0].from - 2), tokens[0].from)) && listedWithPlace(text, tokens[0].from, 1);
    const split = company || coinedThenBody || bodyThenCoined || knownAndCoined || placeThenName || twoPlaces || nameThenPlace || twoWords || lexiconPlaceThenName || listedPlaces || (role
      ? isComplete(l, context) && (headFirst(r) || (right.length === 1 && isAcronym(r, context)))
      : (both && (!seenOf || headFirst(r))) || (listItems && (!seenOf || !headFirst(l) || headFirst(r))) || (right.length >= 2 && isCrownBody(right)) || headedThenBare);
    if (split) {
      return [left, ...splitCoordination(text, right, context, inList)];
    }
  }
  return [tokens];
}

/** The first token that starts at or after `index` (binary search: tokens are in text order). */
function tokenAfter(tokens: Token[], index: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].from < index) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo];
}

/** The pieces of a run: cut at possessives and coordinations, trailing possessive dropped. */
function piecesOf(text: string, chunk: Chunk, tokens: Token[], context: SentenceContext): Piece[] {
  const after = tokenAfter(tokens, chunk.tokens[chunk.tokens.length - 1].to);
  const next = after && text.slice(chunk.tokens[chunk.tokens.length - 1].to, after.from) === ' ' ? after : null;
  const before = text.slice(0, chunk.tokens[0].from);
  const inList = /[\p{L}\p{N}’'],\s(?:the\s)?$/u.test(before);
  const out: Piece[] = [];
  const parts = splitPossessive(text, chunk.tokens, context);
  // A person and the body they are of first, then a coordination, each part again.
  const split = (tokensOfPart: Token[], listed: boolean): Token[][] => {
    const personOf = splitPersonOf(tokensOfPart);
    if (personOf.length > 1) return [personOf[0], ...split(personOf[1], false)];
    // A company named with its legal form, and the place it is of: "Tern Digital Ltd of Milton Keynes".
    const legal = tokensOfPart.findIndex((t, i) => i >= 1 && COMPANY_WORD.test(t.text) && tokensOfPart[i + 1]?.text === 'of');
    if (legal > 0 && tokensOfPart.length > legal + 2) return [tokensOfPart.slice(0, legal + 1), ...split(trimLinkers(tokensOfPart.slice(legal + 2)), false)];
    const byBody = splitByBody(text, tokensOfPart, context);
    if (byBody.length > 1) return [byBody[0], ...split(byBody[1], false)];
    const forBody = splitForBody(text, tokensOfPart, context);
    if (forBody.length > 1) return [forBody[0], ...split(forBody[1], listed)];
    const coordinated = splitCoordination(text, tokensOfPart, context, listed);
    return coordinated.length > 1 ? coordinated.flatMap((c) => split(c, listed)) : coordinated;
  };
  parts.forEach((part, p) => {
    const pieces = split(part, inList && p === 0);
    pieces.forEach((tokensOfPiece, c) => {
      const first = p === 0 && c === 0;
      const last = p === parts.length - 1 && c === pieces.length - 1;
      out.push({ tokens: tokensOfPiece, initial: chunk.initial && first, capitalThe: chunk.capitalThe && first, next: last ? next : null });
    });
  });
  return out;
}

/**
 * A name and the body or programme it is for are two names: "GOV.UK Verify for the Criminal Injuries
 * Compensation Authority", "Digital Efficiency Report for the Troubled Families Programme". Not a body
 * named for its purpose ("Department for Education", "National Institute for Health and Care
 * Excellence": the words after "for" name no body or programme of their own).
 */
function splitForBody(text: string, tokens: Token[], context: SentenceContext): Token[][] {
  const at = tokens.findIndex((t, i) => i >= 1 && t.text === 'for');
  if (at < 0 || isKnownOrganisation(textOf(text, tokens))) return [tokens];
  const left = tokens.slice(0, at);
  const right = trimLinkers(tokens.slice(at + 1));
  if (right.length === 0 || !/^\p{Lu}/u.test(right[0].text)) return [tokens];
  const l = textOf(text, left);
  const r = textOf(text, right);
  // A body's acronym alone after "for" ("Ipsos MORI for GDS"); a single word before it only when coined
  // ("YouGov for the Home Office"), not a head ("Department for Communities and Local Government").
  if (right.length === 1 && !isBodyAcronym(r, context)) return [tokens];
  if (at === 1 && !CODED_NAME.test(left[0].text) && !isBodyAcronym(left[0].text, context)) return [tokens];
  const leftKind = readHead(l)?.kind;
  const leftNames = isKnownOrganisation(l) || leftKind === 'programme' || leftKind === 'organisation' || left.some((t) => CODED_NAME.test(t.text) || (t !== left[0] && isBodyAcronym(t.text, context)));
  const rightKind = readHead(r)?.kind;
  const rightNames = isKnownOrganisation(r) || (right.length === 1 && isBodyAcronym(r, context)) || ((rightKind === 'organisation' || rightKind === 'programme') && !r.includes(' for '));
  // (Any name of two words or more before a known body: "research by Harrow Field Research for the Office
  // for National Statistics".)
  const beforeKnown = left.length >= 2 && isKnownOrganisation(r) && !isHeadWord(bare(left[left.length - 1]));
  return (leftNames || beforeKnown) && rightNames && leftKind !== 'role' ? [left, right] : [tokens];
}

/**
 * A piece of work and the body that did it are two names: "Research by Ipsos MORI for GDS" → "Research",
 * "Ipsos MORI for GDS"; not a name that holds "by" ("Digital by Default", "Secure by Design"): what
 * follows "by" opens with a body, or holds a body's acronym.
 */
function splitByBody(text: string, tokens: Token[], context: SentenceContext): Token[][] {
  const at = tokens.findIndex((t, i) => i >= 1 && t.text === 'by');
  if (at < 0) return [tokens];
  const right = trimLinkers(tokens.slice(at + 1));
  if (right.length === 0 || !/^\p{Lu}/u.test(right[0].text) || isKnownOrganisation(textOf(text, tokens))) return [tokens];
  const body = organisationPrefix(text, right, context) > 0 || isKnownOrganisation(textOf(text, right)) || right.some((t) => isBodyAcronym(t.text, context)) || CODED_NAME.test(right[0].text);
  return body ? [tokens.slice(0, at), right] : [tokens];
}
// A coined name's word: "GOV.UK", "G-Cloud", "TechHub".
const CODED_NAME = /^(?:[A-Z]{2,}\.[A-Z]{2,}|\p{Lu}-\p{L}{3,}|(?!Mc|Mac)\p{Lu}[a-z]+(?:\p{Lu}[a-z]+)+)$/u;

/**
 * A person and the body they are of are two names: "Martha Pryce of the Tinder Foundation", "Professor
 * Ian Hodgkinson of the University of Leicester" (not "Duke of Edinburgh", whose title is no person).
 */
function splitPersonOf(tokens: Token[]): Token[][] {
  const of = tokens.findIndex((t, i) => i >= 2 && t.text === 'of');
  if (of < 0) return [tokens];
  const left = tokens.slice(0, of);
  const right = trimLinkers(tokens.slice(of + 1));
  if (right.length === 0 || !/^\p{Lu}/u.test(right[0].text)) return [tokens];
  // A peer's territorial designation is the title's ("Lord Jenkins of Berwick").
  if (PEERAGE_WORDS.has(left[0].text)) return [tokens];
  return looksLikePerson(left) || titledPerson(left) ? [left, right] : [tokens];
}

// A plural head names several of one thing; the value is the one thing, so that a spreadsheet groups
// them: "Digital Academies" → "Digital Academy", "Digital by Default Service Standards" → "… Standard",
// "Crisis Loans" → "Crisis Loan".
// A service's name before "service" stays as written ("the Rural Payments service").
// Names that are plural in themselves keep their form ("Public Sector Communications Awards 2014",
// "Mining Reports").
const SINGULAR: Record<string, string> = {
  Academies: 'Academy', academies: 'academy', Standards: 'Standard', standards: 'standard', Programmes: 'Programme',
  programmes: 'programme', Plans: 'Plan', plans: 'plan', Schemes: 'Scheme', schemes: 'scheme', Reviews: 'Review',
  Frameworks: 'Framework', Strategies: 'Strategy', Summits: 'Summit', Networks: 'Network', networks: 'network',
  Certificates: 'Certificate', certificates: 'certificate', Deals: 'Deal', Loans: 'Loan', Payments: 'Payment',
  Grants: 'Grant', Allowances: 'Allowance', Sets: 'Set',
};

function valueOf(name: string, type: EntityType): string {
  if (type !== 'programme') return name;
  const last = /(\S+)$/.exec(name)![1];
  return SINGULAR[last] ? name.slice(0, name.length - last.length) + SINGULAR[last] : name;
}

/** An acronym that names a body: defined, known, or shaped like one ("DWP"); not "HM", "UK" or "IT". */
function isBodyAcronym(word: string, context: SentenceContext): boolean {
  return !GENERIC_ACRONYMS.has(word) && word !== 'HM' && isAcronym(word, context);
}

/** Tokens of the longest leading organisation of a run ("Cabinet Office" of "Cabinet Office Code Club"), or 0. */
function organisationPrefix(text: string, tokens: Token[], context: SentenceContext): number {
  for (let k = tokens.length - 1; k >= 1; k--) {
    const last = tokens[k - 1].text;
    if (/^(?:of|for|and|&|by|the|on|in|to|our|my|de|at)$/.test(last) || /[’']/.test(last)) continue;
    if ((k === 1 && isBodyAcronym(tokens[0].text, context)) || (k > 1 && isKnownOrganisation(textOf(text, tokens.slice(0, k))))) return k;
  }
  return 0;
}

/**
 * "Fast Streamers", "Fast Streamers and Digital Leaders": names of two words at most, the last an agent
 * noun, alone or coordinated, describe people. "Royal Society of Chemistry Teachers" does not.
 */
function isPeopleGroup(tokens: Token[]): boolean {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === 'and' || t.text === '&') parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  const last = parts[parts.length - 1];
  return parts.every((p) => p.length >= 1 && p.length <= 2) && last.length === 2 && /\p{Ll}(?:ers|ors)$/u.test(bare(last[1]));
}

/** Whether compromise reads a word alone as an adjective ("Current", "Original", "Valid"). */
function isAdjective(word: string): boolean {
  return compromise()(word.toLowerCase()).has('#Adjective');
}

/** Honorifics, which stay outside a person's name (docs/annotation.md): "Sir Ken Knight" → "Ken Knight". */
const HONORIFIC_WORDS = new Set([
  'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron', 'Viscount', 'Viscountess', 'Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Professor', 'Prof', 'Rt', 'Hon', 'Cllr', 'Councillor',
  // Military ranks, of one word or more: "Lieutenant Colonel Mark Hughes", "Air Marshal Jane Stott".
  'Admiral', 'Marshal', 'Lieutenant', 'Colonel', 'Brigadier', 'Major', 'General', 'Captain', 'Commodore', 'Commander', 'Vice', 'Rear', 'Air',
  'Field', 'Wing', 'Squadron',
]);
/** Honorifics and ranks opening a name compromise found: "Vice Admiral Sir Richard Hale" → "Richard Hale". */
const HONORIFIC = new RegExp(String.raw`^(?:(?:${[...HONORIFIC_WORDS].join('|')})\.?\s+)+(?=\p{Lu})`, 'u');
/** A peer's title, whose territorial designation is no part of the name: "Lord Browne of Madingley" → "Browne". */
const PEERAGE_WORDS = new Set(['Lord', 'Lady', 'Baroness', 'Baron', 'Viscount', 'Viscountess']);

// Name tags in compromise's lexicon: a word with another tag ("chancellor" Actor, "chapel" Noun) is a
// word of the language, not a name.
const NAME_TAG = /^(?:FirstName|MaleName|FemaleName|LastName)$/;

/**
 * A person written after an honorific or a role, without them: "Baroness Martha Lane Fox" → "Martha
 * Lane Fox", "Lord Maude" → "Maude", "Executive Director Mike Bracken" → "Mike Bracken". After an
 * honorific the first word must be a name or no word of the language ("Lord Chancellor", "Lady Chapel"
 * are not people); after a role alone the name must open with a given name. Null when it is no such person.
 */
function titledPerson(tokens: Token[]): Token[] | null {
  // A post with words of its own, then an honorific: "Minister for Farming Lord Thornbury" → "Thornbury".
  for (let j = tokens.length - 2; j >= 2; j--) {
    if (!HONORIFIC_WORDS.has(tokens[j].text.replace(/\.$/, ''))) continue;
    if (readHead(tokens.slice(0, j).map((t) => t.text).join(' '))?.kind === 'role') return titledPerson(tokens.slice(j));
    break;
  }
  let k = 0;
  let honorific = false;
  for (; k < tokens.length - 1; k++) {
    const word = tokens[k].text.replace(/\.$/, '');
    if (HONORIFIC_WORDS.has(word)) honorific = true;
    else if (!isRoleWord(word)) break;
  }
  // A role with words of its own before the name: "Chief Digital Officer Mike Stone", "Digital
  // Director Sarah Hunter" (the name after its last role word, opening with a given name).
  if (!honorific) {
    let last = -1;
    for (let j = 0; j < Math.min(tokens.length - 2, 5) && /^\p{Lu}/u.test(tokens[j].text); j++) if (isRoleWord(tokens[j].text)) last = j;
    if (last >= k) k = last + 1;
  }
  let name = tokens.slice(k);
  // A peer's territorial designation: "Lord Browne of Madingley", "Baroness Hale of Richmond".
  // The designation makes the title a peer's, whatever the name's word ("Viscount Younger of Leckie").
  const designated = k > 0 && PEERAGE_WORDS.has(tokens[k - 1].text) && name.length >= 3 && name[1].text === 'of';
  if (designated) name = name.slice(0, 1);
  // A double-barrelled or Irish name is one word: "Baroness Lane-Fox", "Ms O'Neill".
  if (k === 0 || name.length > 3 || !name.every((w) => /^\p{Lu}[\p{L}’'-]*\p{Ll}$/u.test(w.text) && !/[’']s$/.test(w.text) && !isRoleWord(w.text))) return null;
  // A name ending in a head noun is a place or body after all: "Lady Chapel", "Dr Foster Intelligence".
  if (readHead(name.map((w) => w.text).join(' ')) || isHeadWord(name[name.length - 1].text)) return null;
  if (!honorific) return looksLikePerson(name) ? name : null;
  lexicon ??= compromiseLexicon();
  const tag = lexicon[name[0].text.toLowerCase()];
  // With a designation, any word but a noun ("Viscount Younger of Leckie"; "Lady Chapel of Ease" is a chapel).
  return tag === undefined || NAME_TAG.test(String(tag)) || (designated && !/Noun|Place|Organization/.test(String(tag))) ? name : null;
}

/** People coordinated in one capitalised run: "Lord Maude and Mike Bracken". Null unless every part is a person. */
function coordinatedPeople(tokens: Token[]): Token[][] | null {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === 'and' || t.text === '&') parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  if (parts.length < 2) return null;
  // (A known place is no person, whatever its first word: "Milton Keynes and Abbey Wood".)
  if (parts.some((p) => p.length > 0 && isGazetteerPlace(p.map((t) => t.text).join(' ')))) return null;
  const people = parts.map((p) => (p.length === 0 ? null : titledPerson(p) ?? (looksLikePerson(p) ? p : null)));
  // A name of a person's shape listed with people is a person too: "Priya Nandakumar and Tom Reed".
  if (people.some((p) => p !== null)) parts.forEach((p, k) => { if (people[k] === null && nameShaped(p)) people[k] = p; });
  return people.every((p) => p !== null) ? (people as Token[][]) : null;
}

/**
 * The place or body a role is for, after its first "of", "for" or "at": a known place or body, a body's
 * acronym, a Crown body ("HM Treasury"), a name headed by a body's word ("Wigan Council"). Anything else
 * there is part of the role: "Director General of Innovation, Growth and Technology", "Head of Digital
 * Communications".
 */
function roleFor(text: string, piece: Piece, tokens: Token[], context: SentenceContext): Reading[] {
  const of = tokens.findIndex((t, i) => i > 0 && (t.text === 'for' || t.text === 'of' || t.text === 'at'));
  let rest = of > 0 ? trimLinkers(tokens.slice(of + 1)) : [];
  // A second post after "and" is no part of the body: "Minister for the Cabinet Office and Paymaster General".
  const and = rest.findIndex((t) => t.text === 'and');
  if (and > 0 && !isKnownOrganisation(textOf(text, rest)) && isKnownOrganisation(textOf(text, trimLinkers(rest.slice(0, and))))) rest = trimLinkers(rest.slice(0, and));
  if (rest.length === 0) return [];
  const name = textOf(text, rest);
  if (isKnownPlace(name)) return [{ piece, type: 'place', from: rest[0].from, to: rest[0].from + name.length, rule: 'place.gazetteer' }];
  // So is a name of two words or more whose head names a body: "Chief Executive of Wigan Council",
  // "President of the Royal College of Nursing".
  // (Not a minister's portfolio: "Minister for Civil Society".)
  const portfolio = /^(?:Ministers?|Secretar(?:y|ies))$/.test(tokens[0].text) || tokens.slice(0, of).some((t) => t.text === 'State');
  const body = isKnownOrganisation(name) ? 'organisation.gazetteer' : rest.length === 1 && isBodyAcronym(name, context) ? 'acronym.known' : isCrownBody(rest) ? 'organisation.crown-body'
    : rest.length >= 2 && !portfolio && isBodyHead(readHead(name)?.head ?? '') ? 'organisation.name-head' : null;
  if (body) return [{ piece, type: 'organisation', from: rest[0].from, to: rest[0].from + name.length, rule: body }];
  // And a programme a post leads, named by its head: "Director of the Identity Assurance Programme" (not
  // a strategy or plan, which a post may name as its function: "Director of Digital Strategy").
  if (rest.length >= 2 && /^(?:Programme|Program|Project|Scheme|Initiative|Fund)$/.test(rest[rest.length - 1].text)) {
    return [{ piece, type: 'programme', from: rest[0].from, to: rest[0].from + name.length, rule: 'programme.name-head' }];
  }
  return [];
}

/** Reads one piece; `unresolved` pieces wait for compromise. An empty list is no mention. */
function readPiece(text: string, piece: Piece, context: SentenceContext, coordinatedPlural: boolean): Reading[] {
  const { tokens } = piece;
  const from = tokens[0].from;
  const name = textOf(text, tokens);
  let to = from + name.length;
  const single = tokens.length === 1;
  // A number before a name that opens with a unit of time is the name's: "the 25 Year Environment Plan",
  // "the 6 Year Programme".
  const leading = /^(?:Years?|Months?|Weeks?|Days?|Hours?|Point)$/.test(tokens[0].text) && tokens.length >= 2 ? /(?<![\p{L}\p{N},.])(\d{1,3})\s$/u.exec(text.slice(Math.max(0, from - 5), from)) : null;
  const start = leading ? from - leading[0].length : from;
  const make = (type: Reading['type'], rule: string, end = to): Reading[] => [{ piece, type, from: start, to: end, rule }];
  // A quoted name ("Our ‘Digital Buddies’ scheme") is the quoted-name rule's: its closing quote is no
  // possessive's apostrophe.
  if (/[‘'“"]$/.test(text.slice(Math.max(0, from - 1), from)) && /\p{L}[’'”"]$/u.test(tokens[tokens.length - 1].text)) return [];
  // A country written as its initials is a place ("the UK economy", "exports to the USA"); the Union
  // is a body ("in the EU"), unless the document spells it out (acronym-uses reads it then). Other lone
  // acronyms are left to acronym-uses.
  if (single && /^(?:UK|US|USA)$/.test(bare(tokens[0])) && isKnownPlace(bare(tokens[0]))) return make('place', 'place.gazetteer', from + bare(tokens[0]).length);
  if (single && bare(tokens[0]) === 'EU' && !context.acronyms.has('EU')) return make('organisation', 'organisation.gazetteer', from + 2);
  // A Crown body named after "the" without its "HM": "the Treasury and the Cabinet Office" (not the
  // instruments it issues: "Treasury bills", "the Treasury gilt").
  if (single && /\b[Tt]he\s$/.test(text.slice(Math.max(0, from - 4), from)) && isKnownOrganisation(`HM ${name}`) && !/^\s+(?:bills?|gilts?|stock|yields?|notes?|rates?|market|curve)\b/.test(text.slice(to, to + 10))) {
    return make('organisation', 'organisation.crown-body');
  }
  // A group of states written like a code is a place, even where markup glosses it: "the lowest in the
  // G20" (<abbr title="A group of 20 finance ministers …">G20</abbr>).
  if (single && CODE.test(name) && isKnownPlace(name)) return make('place', 'place.gazetteer');
  if (single && isAcronym(bare(tokens[0]), context)) return [];
  // A section's code opening a heading is no word of a name: "C.1 Ministerial departments".
  if (/^[A-Z]\.\d+(?:\.\d+)*$/.test(tokens[0].text)) {
    return tokens.length > 1 ? readPiece(text, { ...piece, tokens: tokens.slice(1), initial: true }, context, coordinatedPlural) : [];
  }
  // Before "to" and a capitalised verb, an opening word and the rest open a scheme's name: "Launch Help
  // to Buy" (read by the "Noun to Verb" rule).
  const toVerb = piece.initial && tokens.length === 2 ? /^ to (\p{Lu}\p{Ll}+)/u.exec(text.slice(to, to + 24)) : null;
  if (toVerb && isInfinitive(toVerb[1])) return [];
  // An instruction that opens a list item or a sentence is no part of the name after it: "Expand Digital
  // Academy to Leeds" → "Digital Academy", "Publish Digital Efficiency Report" (not "Tell Us Once"). A
  // verb of its own after the phrase makes it the subject, a name whole: "Get Online Week will take
  // place"; so is a known body ("Care Quality Commission inspectors").
  if (piece.initial && tokens.length >= 3 && isInfinitive(tokens[0].text) && /^\p{Lu}\p{Ll}/u.test(tokens[1].text) && !OBJECT_PRONOUN.test(tokens[1].text) && !FINITE_AFTER.test(text.slice(to, to + 16)) && !isKnownOrganisation(name)) {
    const rest = tokens.slice(1);
    const restName = textOf(text, rest);
    if (readHead(restName) || isKnownOrganisation(restName) || isKnownPlace(restName)) return readPiece(text, { ...piece, tokens: rest, initial: false, capitalThe: false }, context, coordinatedPlural);
  }
  // A word that numbers parts or stages and its number written as a word is a label, whose number the
  // number extractor reads: "Phase Two", "Tranche One".
  if (tokens.length === 2 && NUMBERED_WORD.test(tokens[0].text) && NUMBER_WORD_ALONE.test(tokens[1].text)) return [];
  // So is such a word and a letter: "a Band D household", "Grade A".
  if (tokens.length === 2 && NUMBERED_WORD.test(tokens[0].text) && /^[A-Z]$/.test(tokens[1].text)) return [];
  // A postcode's outward code after a town is no word of its name: "London SW1H 0ET" → "London".
  const lastToken = tokens[tokens.length - 1];
  if (tokens.length >= 2 && POSTCODE_OUTWARD.test(lastToken.text) && POSTCODE_INWARD.test(text.slice(lastToken.to, lastToken.to + 5))) {
    return readPiece(text, { ...piece, tokens: tokens.slice(0, -1), next: null }, context, coordinatedPlural);
  }
  // A company named with its legal form, which is part of the mention: "Bristow Helicopters Ltd",
  // "Capgemini UK plc" (the lower-case form follows the capitalised words).
  // After an indefinite article it is a kind of company: "a UK LLP".
  const kind = /\ban?\s+$/i.test(text.slice(Math.max(0, from - 4), from));
  if (!kind && tokens.length >= 2 && COMPANY_WORD.test(tokens[tokens.length - 1].text) && !COMPANY_WORD.test(tokens[0].text)) return make('organisation', 'organisation.company');
  const legalForm = kind ? null : COMPANY_AFTER.exec(text.slice(to, to + 10));
  if (legalForm && !COMPANY_WORD.test(tokens[0].text)) return make('organisation', 'organisation.company', to + legalForm[0].replace(/\.$/, '').length);
  // A sentence's opening word joined to a name by a preposition and "the" is no part of the name:
  // "Funding for the Digital Inclusion Strategy rose" → "Digital Inclusion Strategy". Kept whole when
  // what follows "the" is no name on its own ("Friends of the Earth").
  if (piece.initial && tokens.length > 3 && /^(?:for|of|on|to|with|from|about|in|at|by)$/.test(tokens[1].text) && tokens[2].text === 'the' && !isKnownOrganisation(name)) {
    const rest = readPiece(text, { ...piece, tokens: tokens.slice(3), initial: false, capitalThe: false }, context, coordinatedPlural);
    if (rest.length > 0 && rest.every((r) => r.type !== 'unresolved')) return rest;
    // "Summary of the OBR’s central forecast": the acronym is read by acronym-uses.
    if (tokens.length === 4 && isAcronym(bare(tokens[3]), context)) return [];
  }
  // So is a plain noun joined without "the" to a name a head word or the gazetteer tells: "Figures for
  // Carer’s Allowance were …", "Claims for Universal Credit rose" (not "Department for Education", a
  // head word; nor "Skills for Care", whose rest names nothing on its own).
  if (piece.initial && tokens.length >= 3 && /^(?:for|of|on|to|with|from|about)$/.test(tokens[1].text) && /^\p{Lu}/u.test(tokens[2].text) && !isKnownOrganisation(name) && isPlainNoun(tokens[0].text)) {
    const restName = textOf(text, tokens.slice(2));
    const kind = readHead(restName)?.kind;
    if (isKnownOrganisation(restName) || kind === 'programme' || kind === 'organisation') return readPiece(text, { ...piece, tokens: tokens.slice(2), initial: false, capitalThe: false }, context, coordinatedPlural);
  }
  // People after honorifics or roles, alone or coordinated: the names without them.
  const titled = titledPerson(tokens);
  const people = titled ? [titled] : coordinatedPeople(tokens);
  if (people && !isKnownOrganisation(name)) {
    return people.map((p) => ({ piece, type: 'person', from: p[0].from, to: p[0].from + textOf(text, p).length, rule: 'person.titled' }));
  }

  // A kind named by an acronym after an indefinite article is no name; a place before it is a place:
  // "(including a UK LLP)" → "UK".
  if (tokens.length === 2 && isKnownPlace(bare(tokens[0])) && isAcronymToken(tokens[1].text) && !context.acronyms.has(tokens[1].text) && /\ban?\s+$/i.test(text.slice(Math.max(0, from - 4), from))) {
    return [{ piece, type: 'place', from, to: tokens[0].to, rule: 'place.gazetteer' }];
  }
  // An adjective capitalised only because it opens the sentence or cell is no name's word: "Current UK
  // driving licence" → "UK" ("Current" is no part of a name).
  // (Not a place whose name it opens: "Northern Ireland has …".)
  if (tokens.length === 2 && piece.initial && isKnownPlace(bare(tokens[1])) && !isKnownOrganisation(name) && !isKnownPlace(textOf(text, tokens)) && isAdjective(tokens[0].text)) {
    return [{ piece, type: 'place', from: tokens[1].from, to: tokens[1].from + bare(tokens[1]).length, rule: 'place.gazetteer' }];
  }
  // Likewise before a body's acronym, which acronym-uses reads: "Internal HMRC analysis" → "HMRC".
  if (tokens.length === 2 && piece.initial && isBodyAcronym(bare(tokens[1]), context) && !isKnownOrganisation(name) && isAdjective(tokens[0].text)) return [];
  // A passive verb is no name's word: "Ordered by the House of Commons" → "House of Commons".
  if (tokens.length > 2 && piece.initial && /^\p{Lu}\p{Ll}+ed$/u.test(tokens[0].text) && (tokens[1].text === 'by' || tokens[1].text === 'for')) {
    const rest = trimLinkers(tokens.slice(1));
    return rest.length ? readPiece(text, { ...piece, tokens: rest, initial: false, capitalThe: false }, context, coordinatedPlural) : [];
  }
  // A parliament as a period is no body: "in the next Parliament", "since the beginning of this Parliament",
  // "by the end of the Parliament", "over the Parliament".
  if (single && tokens[0].text === 'Parliament' && /\b(?:this|next|last|previous|current|new|that|(?:end|start|beginning|course|rest|remainder|life|lifetime)\s+of\s+the|(?:during|over|throughout|across)\s+the)\s+$/i.test(text.slice(Math.max(0, from - 24), from))) return [];
  // A reference to a part of a document by its code is no name: "Section L4", "Sections N2 and L3".
  if (tokens.some((t) => CODE.test(t.text)) && tokens.every((t) => CODE.test(t.text) || PART_LABEL.test(t.text) || /^(?:and|&)$/.test(t.text))) return [];
  // A part label and its number is no name either: "Table A.1 and Annex A", "Appendix B", "Box 2.1".
  if (PART_LABEL.test(tokens[0].text) && tokens.some((t) => LABEL_CODE.test(t.text)) && tokens.every((t) => LABEL_CODE.test(t.text) || PART_LABEL.test(t.text) || /^(?:and|&|or)$/.test(t.text))) return [];
  // So is a part label with a word before it, and its number: "see Mathematics Appendix 1",
  // "Technical Annex A".
  const label = tokens.findIndex((t, i) => i > 0 && PART_LABEL.test(t.text));
  if (label > 0 && tokens.slice(label + 1).every((t) => LABEL_CODE.test(t.text)) && (label < tokens.length - 1 || LABEL_AFTER.test(text.slice(to, to + 8)))) return [];
  const head = readHead(name);
  // A role's words before a programme's cue name the programme: "the Service Manager programme".
  const roleCue = head?.kind === 'role' && piece.next ? readCue(piece.next.text, tokens.length) : null;
  if (roleCue?.role === 'part' && roleCue.type === 'programme') {
    // (A body's acronym before them is a body of its own: "the GDS Digital Leaders network" → "GDS",
    // "Digital Leaders network".)
    const prefix = tokens.length >= 3 && isBodyAcronym(tokens[0].text, context) ? 1 : 0;
    const own: Reading[] = prefix ? [{ piece, type: 'organisation', from, to: tokens[0].to, rule: 'acronym.known' }] : [];
    return [...own, { piece, type: 'programme', from: prefix ? tokens[1].from : start, to: coordinatedPlural ? to : piece.next!.to, rule: 'programme.name-cue' }];
  }
  // A role is no mention, but the place or body it is for is: "the Deputy Governor for St Helena" →
  // "St Helena", "Permanent Secretary of HM Treasury" → "HM Treasury".
  if (head?.kind === 'role') {
    // A role and the person who holds it: "Minister for the Cabinet Office Francis Maude" → "Cabinet
    // Office", "Francis Maude".
    let holder: Reading | null = null;
    let roleTokens = tokens;
    for (const n of [3, 2]) {
      const tail = tokens.slice(-n);
      if (tokens.length > n + 1 && looksLikePerson(tail)) {
        holder = { piece, type: 'person', from: tail[0].from, to: tail[0].from + textOf(text, tail).length, rule: 'person.titled' };
        roleTokens = tokens.slice(0, -n);
        break;
      }
    }
    return [...roleFor(text, piece, roleTokens, context), ...(holder ? [holder] : [])];
  }
  if (head?.kind === 'measure') return [];
  // A code under a generic acronym the document defines, "SEG C1" after "socio-economic groups
  // (SEGs)", is no name; what follows it is read on its own ("SEG A and SEG C1").
  // (A name the acronym opens, by a head of its own, keeps it: "SME Engagement Office", "DDaT Profession
  // Capability Framework" where the document defines "SMEs" and "DDaT" as terms.)
  if (isGenericAcronym(bare(tokens[0]), context) && !(tokens.length >= 3 && !/^[A-Z0-9]{1,5}$/.test(tokens[1].text) && (head?.kind === 'organisation' || head?.kind === 'programme'))) {
    let k = 1;
    while (k < tokens.length && /^[A-Z0-9]{1,5}$/.test(tokens[k].text)) k++;
    const rest = trimLinkers(tokens.slice(k));
    return rest.length ? readPiece(text, { ...piece, tokens: rest, initial: false, capitalThe: false }, context, coordinatedPlural) : [];
  }
  const known = isKnownOrganisation(name);
  // "HM" before a capitalised name makes a Crown body: "HM Forces", "HM Prison Service".
  if (!known && isCrownBody(tokens)) return make('organisation', 'organisation.crown-body');
  // A fiscal event is written alone with a capital: "the Budget", "The Budget’s focus", "an autumn
  // Budget" (as "Spring Budget 2017" is read by its head).
  // With its year it is one name, as "Spring Budget 2017" is: "at Budget 2016", "Budget 2014".
  if (single && FISCAL_EVENT.test(bare(tokens[0]))) {
    const year = tokens[0].text === 'Budget' ? NAME_YEAR.exec(text.slice(tokens[0].to, tokens[0].to + 12)) : null;
    return make('programme', 'programme.fiscal-event', year ? tokens[0].to + year[0].length : from + bare(tokens[0]).length);
  }
  // A determiner before a cue word names nothing; it points back to a name written before ("Soft
  // Drinks Industry Levy – The levy rate …", "… borrowers. This scheme simplifies …").
  if (single && DETERMINER.test(tokens[0].text)) return [];
  // A head word alone is no name: "Services will be redesigned …", "the Programme".
  if (single && !known && isHeadWord(bare(tokens[0]))) return [];
  const cue = piece.next ? readCue(piece.next.text, tokens.length) : null;
  const cuePart = cue?.role === 'part' && !(single && piece.initial) ? cue : null;

  // An organisation before a name: split off when the rest is a name of two words or more ("Cabinet
  // Office Code Club" → "Cabinet Office" + "Code Club", "DH Capabilities Plan" → "DH" + "Capabilities
  // Plan"); one name when the rest is one word ("MOJ Technology", "DWP Sprint events" → "DWP Sprint").
  const prefix = known ? 0 : organisationPrefix(text, tokens, context);
  if (prefix > 0) {
    const rest = trimLinkers(tokens.slice(prefix));
    if (rest.length > 0 && (rest.length >= 2 || rest.length < tokens.length - prefix)) {
      const own: Reading[] = prefix > 1 ? [{ piece, type: 'organisation', from, to: from + textOf(text, tokens.slice(0, prefix)).length, rule: 'organisation.gazetteer' }] : [];
      return [...own, ...readPiece(text, { ...piece, tokens: rest, initial: false, capitalThe: false }, context, coordinatedPlural)];
    }
    if (cuePart) return make(cuePart.type, `${cuePart.type}.name-cue`, coordinatedPlural ? to : piece.next!.to);
    if (cue?.role === 'tail') return make('programme', 'programme.name-before-noun');
    if (head) return make(head.kind as EntityType, `${head.kind}.name-head`);
    return make('organisation', 'organisation.prefixed-unit');
  }

  // A known place alone before a lowercase cue is the place: "the second Telford forum" (where, not a name).
  if (cuePart && !known && single && isGazetteerPlace(bare(tokens[0])) && /^\p{Ll}/u.test(piece.next!.text)) return make('place', 'place.gazetteer', from + bare(tokens[0]).length);
  if (cuePart && !known) return make(cuePart.type, `${cuePart.type}.name-cue`, coordinatedPlural ? to : piece.next!.to);
  if (known) return make('organisation', 'organisation.gazetteer');
  // A capitalised "The" marks a body's formal name ("with The Makers Academy"), unless the head names a
  // document or plan ("follow The Civil Service Reform Plan").
  // (Nor in a source note's title: "Go ON UK, The Economic Case for Digital Inclusion, October 2013".)
  if (piece.capitalThe && head?.kind !== 'organisation' && !(head && isDocumentHead(head.head)) && !CITED_DATE_AFTER.test(text.slice(to, to + 40))) return make('organisation', 'organisation.the-name');
  // "one of 10 Gold Award winners": people described by a name, no mention.
  if (cue?.role === 'people' && head?.kind !== 'organisation') return [];
  // Places sharing one head: "the Cayman and Falkland Islands" → "Cayman", "Falkland". A singular head is
  // the last place's own: "Humber and Tees Valley" → "Humber", "Tees Valley".
  if (head?.kind === 'place' && tokens.length === 4 && /^(?:and|&)$/.test(tokens[1].text)) {
    if (!/s$/.test(tokens[3].text)) {
      return [
        { piece, type: 'place' as const, from: tokens[0].from, to: tokens[0].to, rule: 'place.listed-with-places' },
        { piece, type: 'place' as const, from: tokens[2].from, to: tokens[3].to, rule: 'place.name-head' },
      ];
    }
    return [tokens[0], tokens[2]].map((t) => ({ piece, type: 'place' as const, from: t.from, to: t.to, rule: 'place.shared-head' }));
  }
  // A name headed "Services" before the thing it names is that thing's name: "the Digital Services
  // framework", "the Technology Services agreement" (not "the Digital Services team").
  if (head?.kind === 'organisation' && /^[Ss]ervices?$/.test(head.head) && piece.next && SERVICES_PRODUCT.test(piece.next.text)) return make('programme', 'programme.name-before-noun');
  if (head) {
    // "Public Sector Communications Awards 2014", "Gambling Act 2005", "Spending Review 2015-16",
    // "Business Plan 2012-2015": the year or years a programme, event or law carries are part of its name;
    // a period written with "to" is a date ("Strategy 2017 to 2020").
    if (head.kind === 'programme' || EVENT_HEAD.test(head.head)) to = yearEnd(text, tokens[tokens.length - 1].to) ?? to;
    return make(head.kind as EntityType, `${head.kind}.name-head`);
  }
  if (cue?.role === 'tail' && !(single && piece.initial) && !(single && CODED_WORD_TAIL.has(piece.next!.text) && !isCoinedWord(name))) return make('programme', 'programme.name-before-noun');
  if (isKnownPlace(name)) return make('place', 'place.gazetteer');
  // A place whose name is also a word or a given name ("Reading", "Bath", "Jordan") is one after a
  // preposition of place, alone or in a list after it: "Staff in Reading and Bath", "at Victoria".
  if (!piece.initial && isGazetteerPlace(name) && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, from - 80), from))) return make('place', 'place.gazetteer');
  // A letter before a common noun names a shape or a grade, not a product: "S-curve", "U-turn",
  // "X-ray", "A-levels".
  if (single && LETTER_COMPOUND.test(name)) return [];
  // Coined words: "TechHub", "FixMyStreet", "OpenlyLocal", "GOV.UK", "G-cloud", "e-Gates".
  if (single && /^(?:\p{Lu}[a-z]+(?:\p{Lu}[a-z]+)+|[A-Z]{2,}\.[A-Z]{2,}|\p{Lu}-\p{L}{3,}|[a-z]{1,2}-?\p{Lu}[a-z]+)$/u.test(name) && !/^(?:Mc|Mac)[A-Z]/.test(name)) {
    return make('programme', 'programme.coined-word');
  }
  // People described as a group: "Fast Streamers", "Law Officers" (two words, the second an agent
  // noun). Longer names that end so are read like any other ("Royal Society of Chemistry Teachers").
  if (isPeopleGroup(tokens)) return [];
  // A capitalised phrase led by a verb is a milestone or an instruction, not a name: "Go Live",
  // "Launch Find" (GOV.UK's verb-led service names are read by service-names.ts).
  // (Unless the sentence says it is a name: "a single service, called Find Adult Learning".)
  // (Nor before a cue word that names it: "the Think SME conference".)
  if (!single && isInfinitive(tokens[0].text)) {
    if (NAMED_BEFORE.test(text.slice(Math.max(0, from - 24), from))) return make('programme', 'programme.called');
    const named = piece.next ? readCue(piece.next.text, tokens.length) : null;
    const cued = named?.role === 'tail' || (named?.role === 'part' && named.type === 'programme');
    return cued && /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, from - 5), from)) ? make('programme', 'programme.name-before-noun', to) : [];
  }
  return make('unresolved', '');
}

interface CompromiseMatch {
  offset: { start: number; length: number };
}

// compromise's lexicon tags given names ("martha" → FemaleName, "kevin" → MaleName); reading it is a
// lookup, not a parse.
let lexicon: Record<string, string | string[] | undefined> | null = null;
function isGivenName(word: string): boolean {
  lexicon ??= compromiseLexicon();
  return /^(?:FirstName|MaleName|FemaleName)$/.test(String(lexicon[word.toLowerCase()] ?? ''));
}

const PLACE_TAG = /^(?:Place|City|Region|Country)$/;

/** A word compromise's lexicon does not know, or knows only as a body's name: coined, as the names of projects are ("Crossrail"). */
// A name introduced as one: "called Find Adult Learning", "named Tell Us Once", "known as Apply Online".
const NAMED_BEFORE = /\b(?:called|named|known\s+as|entitled)\s+$/;

/** A common noun of the language, no head, role or given name: "Figures", "Claims", "Funding". */
function isPlainNoun(word: string): boolean {
  if (isHeadWord(word) || isRoleWord(word) || isGivenName(word)) return false;
  // (A word compromise reads as a noun or a verb in lower case: "claims", "figures" are both.)
  const read = compromise()(word.toLowerCase());
  return (read.has('#Noun') || read.has('#Verb')) && !read.has('#ProperNoun');
}

/**
 * A plural of a word of the language, capitalised where a sentence begins: "Departments", "Respondents",
 * "Households" (its singular a word of the lexicon or a head word, or the plural of an English noun of
 * people, things or acts: -ants, -ents, -ers, -ors, -ists, -ees, -ians, -sses, -ies, -holds, -ships,
 * -ments, -tions, -ings), not a company's name ("Barclays", "Lloyds").
 */
function isCommonPlural(word: string): boolean {
  lexicon ??= compromiseLexicon();
  const lower = word.toLowerCase();
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/e?s$/, '');
  return /s$/.test(lower) && (lexicon[singular] !== undefined || lexicon[lower.slice(0, -1)] !== undefined || isHeadWord(singular) || isHeadWord(lower.slice(0, -1)) || COMMON_PLURAL_ENDING.test(lower));
}
const COMMON_PLURAL_ENDING = /(?:ants|ents|ers|ors|ists|ees|ians|sses|ies|holds|ships|ments|tions|ings)$/;

function isCoinedWord(word: string): boolean {
  lexicon ??= compromiseLexicon();
  const tag = lexicon[word.toLowerCase()];
  return /^\p{Lu}\p{Ll}{3,}$/u.test(word) && (tag === undefined || tag === 'Organization') && !isGivenName(word);
}

// A numeral that ends a name, counting nothing: "High Speed 2 will", "Crossrail 2, the new line", "work
// on Crossrail 2 continued", "G-Cloud iii": one digit or a Roman numeral, then punctuation, the end, or
// a word that is no noun the numeral could count (a verb in the past or present tense, a modal, a
// preposition or conjunction).
const NAME_NUMERAL = /^\s(?:[1-9]|i{2,3}|iv|vi{0,3}|ix|I{2,3}|IV|VI{0,3}|IX)(?![\p{L}\p{N}])(?:(?=\s*(?:[,.;:)](?!\d)|$))|(?=\s+(\p{Ll}+)\b))/u;
const NOT_COUNTED = /^(?:and|or|to|in|on|at|by|for|from|with|which|that|is|was|are|were|has|had|have)$/;
const VERB_TAG = /^(?:PastTense|PresentTense|Modal|Copula|Preposition|Conjunction|Auxiliary)$/;
// Words that number parts, stages and kinds, after which a numeral is a label of its own: "Phase 2",
// "Key Stage 2", "Table 2", "Lot 2": the number extractor's label words, and a few more that number
// things but may also end a name.
const NUMBERED_WORD = new RegExp(String.raw`^(?:${LABEL_WORDS}|appendix|lot|scenario|module|unit|group|area|zone|route|site|day|week|month|question|clause|schedule|article|room|floor|gate|platform|terminal|class|category|type)(?:s|es)?$`, 'i');

// (Past a year the name carries: "Get Online Week 2014 was scheduled"; any verb in the past: "Get Safe
// Online held 65 workshops", "Get Ahead Fund opened"; not a participle that describes: "Launch Digital
// Academy based in Leeds".)
const FINITE_AFTER = /^(?:\s+(?:19|20)\d\d)?\s+(?:will|would|is|was|are|were|has|had|have|takes?|took|runs?|ran|returns?|returned|starts?|started|begins?|began|reached|saw|sees|attracted|attracts|held|holds|grew|won|met|made|gave|sold|(?!(?:based|located|aimed|designed|focused|targeted|funded|tailored|linked)\b)\p{Ll}{3,}ed)\b/u;
const OBJECT_PRONOUN = /^(?:Us|It|Them|Me|You|Your|Our|My|Their|Its)$/;
const NUMBER_WORD_ALONE = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;

/** The end of a name with the year it carries ("Spending Round 2013"), or null; a period written with "to" is a date. */
function yearEnd(text: string, to: number): number | null {
  const year = NAME_YEAR.exec(text.slice(to, to + 12));
  if (!year || !YEAR.test(year[1]) || /^\s+(?:to|and)\s+\d/.test(text.slice(to + year[0].length))) return null;
  return to + year[0].length;
}

/** The end of a name with the numeral that ends it ("High Speed 2"), or null. */
function numeralEnd(text: string, to: number, lastWord: string): number | null {
  if (NUMBERED_WORD.test(lastWord)) return null;
  const m = NAME_NUMERAL.exec(text.slice(to, to + 24));
  if (!m) return null;
  const next = m[1];
  if (next !== undefined && !NOT_COUNTED.test(next)) {
    lexicon ??= compromiseLexicon();
    const tag = lexicon[next];
    if (!(typeof tag === 'string' && VERB_TAG.test(tag))) return null;
  }
  return to + m[0].length;
}

/** Whether compromise's lexicon files the word as a place ("Cumbria", "Europe"): a lookup, not a parse. */
function isLexiconPlace(word: string): boolean {
  lexicon ??= compromiseLexicon();
  const tags = lexicon[word.toLowerCase()];
  return Array.isArray(tags) ? tags.some((t) => PLACE_TAG.test(t)) : tags !== undefined && PLACE_TAG.test(tags);
}

/**
 * Two or three capitalised words that could be a person's name whatever the given name: none a head or
 * role word, none a word compromise's lexicon files as anything but a name ("Priya Raman", "Amara
 * Nwosu"; not "Transforming Justice", "Digital Services").
 */
function nameShaped(words: Token[]): boolean {
  lexicon ??= compromiseLexicon();
  return words.length >= 2 && words.length <= 3 && words.every((w) => {
    if (!/^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?$/u.test(w.text) || isHeadWord(w.text) || isRoleWord(w.text)) return false;
    const tag = lexicon![w.text.toLowerCase()];
    return tag === undefined || NAME_TAG.test(String(tag));
  });
}

// A role in apposition after a name, "Priya Raman, Chief Digital Officer at DWP, said", or a verb of
// saying right after it, "Amara Nwosu said".
const APPOSITION_AFTER = /^,\s+(?:the\s+|our\s+|its\s+|their\s+|a\s+)?((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)/u;
const SAID_AFTER = /^,?\s+(?:said|says|explained|added|commented|told)\b/;

/** Whether a role stands in apposition after a name that ends at `to`, or a verb of saying follows it. */
function roleApposition(text: string, to: number): boolean {
  if (SAID_AFTER.test(text.slice(to, to + 16))) return true;
  const m = APPOSITION_AFTER.exec(text.slice(to, to + 64));
  return m !== null && m[1].split(/\s+/).some((w) => isRoleWord(w));
}

/** "Martha Lane Fox", "Kevin Cunnington": a given name, then one or two capitalised words. */
function looksLikePerson(words: Token[]): boolean {
  return words.length >= 2 && words.length <= 4 && isGivenName(words[0].text) && words.every((w) => /^\p{Lu}[\p{Ll}’'-]/u.test(w.text) && !/[’']s$/.test(w.text));
}

type Found = { type: 'person' | 'place'; from: number; to: number };

// A match's offsets only: by default json() also copies every term of every match, and its text
// (compromise's typings allow no `false` for terms).
const OFFSETS_ONLY = { offset: true, text: false, terms: false } as { offset: true };

/** People and places compromise finds in `text` (offsets shifted by `base`): one parse, two views. */
function compromiseNames(text: string, base = 0): Found[] {
  const doc = compromiseForNames(text);
  const out: Found[] = [];
  for (const [type, view] of [['person', doc.people()], ['place', doc.places()]] as const) {
    for (const m of view.json(OFFSETS_ONLY) as CompromiseMatch[]) out.push({ type, from: base + m.offset.start, to: base + m.offset.start + m.offset.length });
  }
  return out;
}

// A sentence of ordinary length is parsed once, whole. A very long one (a page without full stops) is
// parsed only around its first unread names, so that the cost stays bounded.
const WHOLE_SENTENCE = 3000;
const WINDOW = 150;
const MAX_WINDOWS = 16;

function compromiseAround(text: string, pieces: Reading[]): Found[] {
  if (text.length <= WHOLE_SENTENCE) return compromiseNames(text);
  const out: Found[] = [];
  for (const r of pieces.slice(0, MAX_WINDOWS)) {
    let from = Math.max(0, r.from - WINDOW);
    let to = Math.min(text.length, r.to + WINDOW);
    while (from > 0 && /\S/.test(text[from - 1]) && r.from - from < WINDOW + 40) from--;
    while (to < text.length && /\S/.test(text[to]) && to - r.to < WINDOW + 40) to++;
    out.push(...compromiseNames(text.slice(from, to), from));
  }
  return out;
}

// A noun of a kind of body right before a name, lowercase: "the charity", "the research firm".
const BODY_KIND_BEFORE = /\b(?:[Tt]he|[Aa]n?|with|by|from|and|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}+\s+)?(?:charity|charities|company|companies|firm|firms|consultancy|consultancies|think\s+tank|trade\s+body|social\s+enterprise|supplier|suppliers|contractor|contractors|non-profit|not-for-profit|start-up|startup|retailer|bank|insurer)\s+$/u;

/**
 * Whether a name follows a list after a preposition of place whose items, at least `least` of them, are
 * all known places: "in Luton, Stockport and " (two), "in Stockport and " (one, for "North Tyneside").
 */
function listedWithPlace(text: string, from: number, least: number): boolean {
  const before = text.slice(Math.max(0, from - 80), from);
  const list = /\b(?:in|at|near|across|around|between|to|from|into)\s+((?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*(?:,\s+|\s+and\s+|\s+or\s+))+)$/u.exec(before);
  const names = list ? list[1].split(/,\s+|\s+(?:and|or)\s+/).map((name) => name.trim()).filter(Boolean) : [];
  // (A known place opens the list; the names after it are places listed with it, known or not: "in
  // Sutton-in-Ashfield, Kirkby-in-Ashfield and Hucknall".)
  return names.length >= least && isGazetteerPlace(names[0]) && names.every((name) => isGazetteerPlace(name) || (name.split(/\s+/).length <= 2 && !isKnownOrganisation(name) && readHead(name) === null));
}
// A name that opens with a point of the compass: "North Tyneside", "South Lakeland", "Greater Lincolnshire".
const COMPASS_NAME = /^(?:North|South|East|West|Greater|Mid|Central|Upper|Lower)(?:\s|-)/;

// A verb of saying or estimating after a name: what a body (or a person) does.
// (A verb only: "estimates", "reports", "comments", "forecasts" before a verb or "of" are nouns, the
// subject's head, and the word before them no name: "Previous estimates have been higher", "Internal
// reports show …", "Departmental forecasts of take-up".)
const SPEAKS_AFTER = /^\s+(?:(?:has|have)\s+)?(?:said|says|(?:estimates|reports|comments|forecasts)(?!\s+(?:have|has|had|are|were|was|is|show|showed|shown|suggest|suggested|suggests|indicate|indicated|put|vary|varied|range|ranged|of|for|from|by|and|or)\b)|estimated|reported|warns|warned|argues|argued|believes|calculates|calculated|recommends|recommended|commented|told|predicts|predicted|announced|announces|confirmed|confirms)\b/;
// A quoted title right after a name and its comma: the name published it.
const PUBLISHES_AFTER = /^,\s[‘“]/;

const SERVICES_PRODUCT = /^(?:framework|frameworks|agreement|agreements|contract|contracts|catalogue|strategy|initiative|project|pilot|platform|website|tool|app|portal)$/;

// An article, then a capitalised word and "to" or "into" right before a name: its opening words.
const OPENING_WORD_TO = /\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir)\s+(\p{Lu}\p{Ll}+\s+(?:to|into)\s+)$/u;

// Who carried out a piece of research, before the name: "research by Ipsos MORI", "a survey carried out
// by YouGov", "evaluation commissioned by the Nuffield Trust", "fieldwork conducted by NatCen".
// So does who runs, hosts or supplies a thing: "a data centre run by Harbourline", "hosted by Acme".
const RESEARCH_BY_BEFORE = /\b(?:(?:survey|surveys|research|study|studies|poll|polling|evaluation|analysis|fieldwork|interviews)(?:\s+(?:carried\s+out|conducted|commissioned|undertaken))?|carried\s+out|conducted|commissioned|undertaken|run|operated|managed|owned|hosted|supplied|provided|maintained)\s+by\s+(?:the\s+)?$/i;

// The date that ends a source note, right after a name: ", November 2012", ", Q2 2014", ", 2012.".
const CITED_DATE_AFTER = new RegExp(String.raw`^,\s+${CITED_DATE}\.?\s*$`);

/** Whether a name stands in a list with an organisation: "GDS, Civil Service Learning and Open Government Data". */
/** Whether the item of a list before or after this name is a person, titled or read as one. */
function listedWithPerson(text: string, r: Reading, readings: Reading[]): boolean {
  const right = /^(?:,\s+|,?\s+(?:and|&)\s+)((?:\p{Lu}[\p{L}’'.-]*\s+)*)/u.exec(text.slice(r.to, r.to + 60));
  if (right) {
    const start = r.to + right[0].length - right[1].length;
    if (right[1].split(/\s+/).some((w) => HONORIFIC_WORDS.has(w.replace(/\.$/, '')))) return true;
    if (readings.some((o) => o !== r && o.type === 'person' && o.from === start)) return true;
  }
  const left = /(?:,\s+|,?\s+(?:and|&)\s+)$/.exec(text.slice(Math.max(0, r.from - 8), r.from));
  if (left) {
    const end = r.from - left[0].length;
    if (readings.some((o) => o !== r && o.type === 'person' && (o.to === end || /^\s*(?:[A-Z]{2,5}\s*)*$/.test(text.slice(o.to, end))))) return true;
  }
  return false;
}

function listedWithOrganisation(text: string, r: Reading, readings: Reading[], context: SentenceContext, depth = 0): boolean {
  const isOrganisation = (from: number, to: number) =>
    readings.some((o) => o.type === 'organisation' && o.from === from && o.to === to) || isBodyAcronym(text.slice(from, to), context);
  // The next item of the list, a coined word listed with a body itself: "Barclays, Nesta and GDS".
  const listedItem = (from: number) => {
    const next = depth < 4 ? readings.find((o) => o.from === from && o !== r) : undefined;
    return next !== undefined && next.piece.tokens.length === 1 && isCoinedWord(text.slice(next.from, next.to)) && !isAdjective(text.slice(next.from, next.to)) &&
      listedWithOrganisation(text, next, readings, context, depth + 1);
  };
  if (readings.length > 64) return false;
  // A title between its publisher and date in a source note: "GDS, Digital Landscape Research, November 2012".
  if (CITED_DATE_AFTER.test(text.slice(r.to, r.to + 40))) return false;
  // Only the last words before the name matter; a bounded window keeps long lines linear.
  const window = Math.max(0, r.from - 200);
  const left = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N} ’'&.-]*?)(?:,\s|,?\s(?:and|&)\s)(?:the\s)?$/u.exec(text.slice(window, r.from));
  if (left) {
    const end = r.from - (left[0].length - left[0].indexOf(left[1]) - left[1].length);
    if (readings.some((o) => o.to === end && o.type === 'organisation') || isBodyAcronym(/\S+$/.exec(text.slice(0, end))?.[0] ?? '', context)) return true;
  }
  const right = /^(?:,\s|,?\s(?:and|&)\s)(?:the\s)?(\S+)/.exec(text.slice(r.to, r.to + 200));
  if (right) {
    const start = r.to + right[0].length - right[1].length;
    if (readings.some((o) => o.from === start && o.type === 'organisation') || listedItem(start)) return true;
    // A word with its dotted parts ("GOV.UK" is no acronym "GOV").
    const word = /^[\p{L}\p{N}&]+(?:\.[\p{L}\p{N}]+)*/u.exec(right[1])?.[0] ?? '';
    if (isOrganisation(start, start + word.length)) return true;
  }
  return false;
}

// Between the members of a coordination: "Bank, Building Society or Credit Union".
const COORDINATION_GAP = /^(?:,\s|\s(?:or|and)\s|,\s(?:or|and)\s)$/;

/**
 * The runs of a coordination that names kinds of thing, not things: one member is a head word alone
 * ("Bank", a kind of body), and the coordination modifies the lowercase noun after it: "Bank, Building
 * Society or Credit Union statement". Its other members are kinds too ("Building Society", "Credit
 * Union"), capitalised as a list item or table cell capitalises; a known body among them stays a name.
 */
function kindCoordinations(text: string, chunks: Chunk[], tokens: Token[]): Set<Chunk> {
  const out = new Set<Chunk>();
  let i = 0;
  while (i < chunks.length) {
    let j = i;
    while (j + 1 < chunks.length && COORDINATION_GAP.test(text.slice(chunks[j].tokens[chunks[j].tokens.length - 1].to, chunks[j + 1].tokens[0].from))) j++;
    if (j > i) {
      const group = chunks.slice(i, j + 1);
      const lastToken = group[group.length - 1].tokens[group[group.length - 1].tokens.length - 1];
      const next = tokenAfter(tokens, lastToken.to);
      const modifies = next !== undefined && text.slice(lastToken.to, next.from) === ' ' && /^\p{Ll}/u.test(next.text) && !LINKERS.has(next.text);
      const kindWord = group.some((c) => c.tokens.length === 1 && isHeadWord(c.tokens[0].text) && !isKnownOrganisation(c.tokens[0].text));
      if (modifies && kindWord) for (const c of group) if (!isKnownOrganisation(textOf(text, c.tokens)) && !isKnownPlace(textOf(text, c.tokens))) out.add(c);
    }
    i = j + 1;
  }
  return out;
}

// A caption's or heading's label before its title: "Figure 3:", "Chapter 4:", "Annex B:", "Table 1.2".
const CAPTION_LABEL = /^\s*(?:Table|Figure|Fig\.?|Chart|Box|Exhibit|Annex|Appendix|Chapter|Section|Part)\s+[A-Z]?\d*(?:\.\d+)*[a-z]?\s*[:.–—-]?\s*/;

/**
 * Whether a name stands alone on its line as a title-case heading, caption or table cell would: nothing
 * but numbers, punctuation and a caption's label ("Figure 3:") beside it.
 */
function aloneOnLine(text: string, r: { from: number; to: number }): boolean {
  if (text.length > 200) return false;
  const beforeName = text.slice(0, r.from).replace(CAPTION_LABEL, '');
  return /^[\s\d.:;,()\-–—#*|/%]*$/.test(beforeName + text.slice(r.to));
}

/** "Delivering", "Improving", "Getting": the -ing form of a verb. */
function isGerund(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+?)ing$/u.exec(word);
  if (!m) return false;
  const stem = m[1].toLowerCase();
  return isInfinitive(stem) || isInfinitive(`${stem}e`) || (/(\p{Ll})\1$/u.test(stem) && isInfinitive(stem.slice(0, -1)));
}

export function extractNames(context: SentenceContext): LocalMention[] {
  const { text } = context;
  // A heading in capitals names nothing for its capitals.
  if (isShouted(text)) return [];
  const tokens = tokenize(text);
  const readings: Reading[] = [];
  const chunks = findChunks(text, tokens);
  const kinds = kindCoordinations(text, chunks, tokens);
  const portfolios = /\b(?:Minister|Secretary|Commissioner)\b/.test(text);
  for (const chunk of chunks) {
    if (kinds.has(chunk)) continue;
    // The portfolio of a director's post after a dash or comma is part of the role: "the Director
    // General – Finance and Corporate Services", "the Director General, Transforming Justice as …"; a
    // known body stays one ("the Director General, Home Office").
    const start = chunk.tokens[0].from;
    // So is the last part of a minister's portfolio ("Minister for Culture and the Digital Economy").
    const inRole = ROLE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || (portfolios && PORTFOLIO_BEFORE.test(text.slice(Math.max(0, start - 100), start)));
    // A person named after the post is no portfolio: "the Digital Director, Sarah Hunter, reported".
    if (inRole && !isKnownOrganisation(textOf(text, chunk.tokens)) && !looksLikePerson(chunk.tokens)) continue;
    const pieces = piecesOf(text, chunk, tokens, context);
    // "Consumer First and Open Policy Making programmes": a plural cue shared by coordinated names.
    const lastPiece = pieces[pieces.length - 1];
    const cue = lastPiece.next ? readCue(lastPiece.next.text, lastPiece.tokens.length) : null;
    let shared = false;
    if (pieces.length > 1 && cue?.role === 'part' && cue.plural) {
      // Already cut at "and": "Defence Online Engagement and Web Governance groups".
      const [a, b] = pieces.slice(-2);
      shared = /^\s(?:and|&)\s$/.test(text.slice(a.tokens[a.tokens.length - 1].to, b.tokens[0].from));
      if (shared) a.next = b.next;
    }
    if (pieces.length === 1 && cue?.role === 'part' && cue.plural) {
      const parts = pieces[0].tokens;
      const and = parts.findIndex((t, i) => i >= 2 && i <= parts.length - 3 && (t.text === 'and' || t.text === '&'));
      if (and > 0 && !parts.slice(0, and).some((t) => t.text === 'of' || t.text === 'for')) {
        pieces.splice(0, 1, { ...pieces[0], tokens: parts.slice(0, and), next: lastPiece.next }, { ...pieces[0], tokens: parts.slice(and + 1), initial: false, capitalThe: false, next: lastPiece.next });
        shared = true;
      }
    }
    for (const piece of pieces) {
      readings.push(...readPiece(text, piece, context, shared));
    }
  }
  // A single capitalised word that begins the sentence ("Evaluation is …") is rarely a name; a place
  // there is found by the gazetteer, and a person needs two words.
  const unresolved = readings.filter((r) => r.type === 'unresolved' && r.piece.tokens.length > 1 && !looksLikePerson(r.piece.tokens));
  // compromise runs only when a name is left that the rules could not read.
  const found = unresolved.length > 0 ? compromiseAround(text, unresolved) : [];
  const out: LocalMention[] = [];
  // A name listed with bodies is a body ("Barclays and Accenture", "mySociety and the Open Data Institute").
  const listedBody = (r: Reading): LocalMention => ({ type: 'organisation', from: r.from, to: r.to, value: text.slice(r.from, r.to), rule: 'organisation.listed-with-organisations' });
  for (const r of readings) {
    // A name after a noun of the kind of body it is: "the charity Citizens Online", "the research firm
    // Ipsos MORI", "the supplier Capita".
    if ((r.type === 'programme' || r.type === 'unresolved') && BODY_KIND_BEFORE.test(text.slice(Math.max(0, r.from - 32), r.from))) {
      out.push({ type: 'organisation', from: r.from, to: r.to, value: text.slice(r.from, r.to), rule: 'organisation.kind-before' });
      continue;
    }
    // A name listed with places after a preposition of place is a place: "in Luton, Stockport and North
    // Tyneside".
    if ((r.rule === 'programme.capitalised-name' || r.type === 'unresolved') && r.piece.tokens.length <= 3 && listedWithPlace(text, r.from, COMPASS_NAME.test(text.slice(r.from, r.to)) || r.piece.tokens.length === 1 ? 1 : 2)) {
      out.push({ type: 'place', from: r.from, to: r.to, value: text.slice(r.from, r.to), rule: 'place.listed-with-places' });
      continue;
    }
    // A name with no head that says, estimates or reports is a body: "Skills for Care estimates that
    // …", "Healthwatch England said"; so is one that publishes a quoted title: "Skills for Care, ‘The
    // state of the adult social care sector’, 2017".
    // (One word only when coined, no word of the lexicon: "Barclays estimates", not "Research said".)
    // (A person says things too: a name of a person's shape, or one compromise reads as a person, is left to them.)
    // (Both rules below retype a name read by its form alone.)
    const formOnly = r.rule === 'programme.capitalised-name' || r.rule === 'programme.coined-word' || r.type === 'unresolved';
    // (compromise's person is no person with a word in capitals: "Ipsos MORI".)
    const personLike = r.type === 'unresolved' && (looksLikePerson(r.piece.tokens) || (nameShaped(r.piece.tokens) && !r.piece.tokens.some((t) => isGazetteerPlace(t.text)))
      || (found.some((f) => f.type === 'person' && f.from < r.to && r.from < f.to) && !r.piece.tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text))));
    const oneWord = text.slice(r.from, r.to);
    if (formOnly && !personLike && (r.piece.tokens.length > 1 || (isCoinedWord(oneWord) && !isCommonPlural(oneWord)) || CODED_NAME.test(oneWord)) && readHead(text.slice(r.from, r.to)) === null && (SPEAKS_AFTER.test(text.slice(r.to, r.to + 24)) || (PUBLISHES_AFTER.test(text.slice(r.to, r.to + 4)) && /^[\s\d.)*†‡]*$/.test(text.slice(0, r.from))))) {
      out.push({ type: 'organisation', from: r.from, to: r.to, value: text.slice(r.from, r.to), rule: 'organisation.speaker' });
      continue;
    }
    // A name that carried out research is a body: "a survey by YouGov", "research by Ipsos MORI" (one
    // whose head reads as a programme stays one: "research by the Digital Inclusion Programme").
    if (formOnly && RESEARCH_BY_BEFORE.test(text.slice(Math.max(0, r.from - 48), r.from))) {
      const runs = /\b(?:run|operated|managed|owned|hosted|supplied|provided|maintained)\s+by\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.from - 24), r.from));
      out.push({ type: 'organisation', from: r.from, to: r.to, value: text.slice(r.from, r.to), rule: runs ? 'organisation.run-by' : 'organisation.research-by' });
      continue;
    }
    // A title-case heading led by a verb's -ing form names an activity, whatever its head: "Delivering
    // Better Public Services", "Chapter 4: Improving Digital Services" (not "Learning and Development
    // Team", "Training Academy Staff").
    if (r.type !== 'unresolved' && r.type !== 'person' && r.piece.initial && r.from === r.piece.tokens[0].from && r.piece.tokens.length > 2 && !LINKERS.has(r.piece.tokens[1].text) && !isHeadWord(r.piece.tokens[1].text) && isGerund(r.piece.tokens[0].text) && aloneOnLine(text, r)) continue;
    // A name of a person's shape listed with people is a person: "Priya Raman, Lord Ashby of Fellgate and
    // Professor Gillian Hart".
    if (formOnly && nameShaped(r.piece.tokens) && listedWithPerson(text, r, readings)) {
      out.push({ type: 'person', from: r.from, to: r.to, value: text.slice(r.from, r.to), rule: 'person.listed-with-people' });
      continue;
    }
    if (r.rule === 'programme.coined-word' && listedWithOrganisation(text, r, readings, context)) {
      out.push(listedBody(r));
      continue;
    }
    if (r.type !== 'unresolved') {
      // A numeral that ends a programme's name is part of it: "High Speed 2".
      const last = r.piece.tokens[r.piece.tokens.length - 1];
      const to = r.type === 'programme' && last.to === r.to ? numeralEnd(text, r.to, last.text) ?? r.to : r.to;
      // A programme's name may hold "to" or "into" after its first word, after an article: "the Return to
      // Practice programme", "the Step into Health scheme".
      const opening = r.type === 'programme' && r.rule.endsWith('.name-cue') ? OPENING_WORD_TO.exec(text.slice(Math.max(0, r.from - 32), r.from)) : null;
      const from = opening ? r.from - opening[1].length : r.from;
      // A service's name is as written, plural or not: "the Rural Payments service" (not "Rural Payment").
      const service = /^\s+(?:online\s+)?(?:service|services|website|exemplar)\b/.test(text.slice(to, to + 24));
      out.push({ type: r.type, from, to, value: service ? text.slice(from, to) : valueOf(text.slice(from, to), r.type), rule: r.rule });
      continue;
    }
    const words = r.piece.tokens;
    if (looksLikePerson(words)) {
      out.push({ type: 'person', from: r.from, to: r.to, value: text.slice(r.from, r.to), rule: 'person.given-name' });
      continue;
    }
    // A name of a person's shape with a role in apposition, or after a role: "Priya Raman, Chief
    // Digital Officer at …", "our non-executive director Priya Nandakumar".
    if (nameShaped(words) && (roleApposition(text, r.to) || isRoleWord(/(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, r.from - 24), r.from))?.[1] ?? ''))) {
      out.push({ type: 'person', from: r.from, to: r.to, value: text.slice(r.from, r.to), rule: 'person.apposition' });
      continue;
    }
    const hit = words.length === 1 ? (isLexiconPlace(words[0].text) ? { type: 'place' as const, from: r.from, to: r.to } : undefined) : found.find((f) => f.from < r.to && r.from < f.to && f.type === 'person') ?? found.find((f) => f.from < r.to && r.from < f.to);
    if (hit) {
      // compromise's span, kept within the name's words: "Will Cavendish," → "Will Cavendish".
      const inside = words.filter((w) => w.from >= hit.from && w.to <= hit.to + 1);
      if (inside.length > 0) {
        const from = inside[0].from;
        const to = from + textOf(text, inside).length;
        const nameWords = inside.filter((w) => /^\p{Lu}/u.test(w.text));
        // A person's name is not written in capitals: "Ipsos MORI" is a company.
        if (hit.type === 'person' && nameWords.length >= 2 && !nameWords.some((w) => /^\p{Lu}{2,}$/u.test(w.text))) {
          const title = HONORIFIC.exec(text.slice(from, to));
          const start = title && nameWords.length - title[0].trim().split(/\s+/).length >= 1 ? from + title[0].length : from;
          out.push({ type: 'person', from: start, to, value: text.slice(start, to), rule: 'person.compromise' });
          continue;
        }
        // "Natural England, the Marine Management Organisation and Kew Gardens": a body among bodies.
        if (hit.type === 'place' && inside.length === words.length && words.length > 1 && listedWithOrganisation(text, r, readings, context)) {
          out.push(listedBody(r));
          continue;
        }
        // "Mid-range estimates": a hyphenated word with a lowercase part is a compound, not a place.
        if (hit.type === 'place' && inside.length === words.length && !(words.length === 1 && /-\p{Ll}/u.test(words[0].text))) {
          out.push({ type: 'place', from, to, value: text.slice(from, to), rule: 'place.compromise' });
          continue;
        }
      }
    }
    const coined = words.length === 1 && isCoinedWord(words[0].text);
    // A coined word and the numeral that ends its name: "Crossrail 2".
    // (Not an adverb opening a sentence: "Nearly 1 in 4 applications", "Roughly 2 in 3".)
    const numeral = coined && !/ly$/.test(words[0].text) ? numeralEnd(text, r.to, words[0].text) : null;
    if (numeral !== null) {
      out.push({ type: 'programme', from: r.from, to: numeral, value: text.slice(r.from, numeral), rule: 'programme.numbered-name' });
      continue;
    }
    // A single word listed with bodies is a body: "techUK, the Open Data Institute, Nesta and …".
    // (Not an adjective of the language the lexicon does not list: "GDS, Digital take-up and cost per
    // transaction: guidance …" cites a title.)
    if (coined && !r.piece.initial && !isAdjective(words[0].text) && listedWithOrganisation(text, r, readings, context)) {
      out.push(listedBody(r));
      continue;
    }
    // "Python and Ruby": single words in a coordination are not a name of two words.
    if (words.length < 2 || (words.length === 3 && /^(?:and|&)$/.test(words[1].text))) continue;
    if (listedWithOrganisation(text, r, readings, context)) {
      out.push(listedBody(r));
      continue;
    }
    // A heading or table cell in title case is not a name because it is capitalised: "Perceived
    // Benefits", "| Ease of Use | 4 |" alone on their line, with nothing but numbers or punctuation beside them.
    if (aloneOnLine(text, r)) continue;
    const to = numeralEnd(text, r.to, words[words.length - 1].text) ?? yearEnd(text, r.to) ?? r.to;
    out.push({ type: 'programme', from: r.from, to, value: text.slice(r.from, to), rule: 'programme.capitalised-name' });
  }
  return out;
}

export const namesExtractor: Extractor = {
  name: 'names',
  extract: extractNames,
};

export type { NameKind };
