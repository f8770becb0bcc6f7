// Capitalised names in a sentence, found by their form alone: runs of capitalised words, with the small
// words a name may hold between them ("Digital by Default Service Standard", "Building our Future",
// "Office of the Public Guardian") and the comma list of a "Department for A, B and C" name
// ("Department for Environment, Food and Rural Affairs").
// What each run is (a body, a programme, a person) is decided elsewhere; this module only finds runs
// and cuts them where one name ends and the next begins.
import { ITEM_LABEL, MONTHS } from './words.js';
import { CURRENCY_CODES } from './money.js';
import { isInfinitive } from './service-names.js';
import { isGazetteerPlace } from './gazetteer-places.js';
import { isKnownOrganisation } from './gazetteer-organisations.js';
import { compromiseLexicon } from './compromise.js';

/** Whether compromise's lexicon files the word, in lower case, as a plural common noun only ("downloads", "visits"). */
function isPluralNoun(word: string): boolean {
  const tag = compromiseLexicon()[word.toLowerCase()];
  return tag === 'Plural';
}

export interface Token {
  text: string;
  from: number;
  to: number;
}

export interface Chunk {
  /** The words of the name, first to last. */
  tokens: Token[];
  /** Whether the run began the sentence (its first word may be capitalised only for that). */
  initial: boolean;
  /** Whether a capitalised "The" stood before it mid-sentence ("with The Makers Academy"). */
  capitalThe: boolean;
}

// A word: letters and digits, joined by apostrophes, dots, hyphens, ampersands and at signs inside the
// word ("Carer’s", "GOV.UK", "e-Gates", "Self-Serve", "NS&I", "Online@Work"), with a trailing possessive ("Officers’");
// a lone "&" is a word too ("Waste Registration & Applications").
const WORD = /[\p{L}\p{N}]+(?:[’'.\-&@][\p{L}\p{N}]+)*(?:(?<=s)[’'](?![\p{L}]))?|&/gu;

/**
 * Words that may stand inside a name between capitalised words ("Tax for My Business", "Building our
 * Future"). Not "on", "in", "to", "at": "the Executive Team on the Local Digital Programme" is two names.
 */
export const LINKERS = new Set(['of', 'for', 'and', '&', 'by', 'the', 'our', 'my', 'de']);
// Two small words together only as "of the", "for the", "by the": "Office of the Public Guardian", not
// "India and the Philippines".
const TWO_LINKERS = /^(?:of|for|by) the$/;

/**
 * A text written in capitals, as a shouted heading is ("ANNEX C: DEPARTMENTS, AGENCIES AND PARTNER
 * BODIES"): three words or more in capitals, one of them a small word ("AND", "OF", "THE", "FOR").
 * Its words are capitalised for emphasis, not because they are names.
 */
export function isShouted(text: string): boolean {
  if (!/\b(?:AND|OF|THE|FOR|TO|IN|ON)\b/.test(text)) return false;
  const words = text.match(/\b\p{L}[\p{L}’'-]*/gu) ?? [];
  const capitals = words.filter((w) => w.length >= 2 && w === w.toUpperCase()).length;
  return capitals >= 3 && capitals >= words.length * 0.8;
}

/** Post-nominal letters of honours, fellowships and offices (the UK's orders of chivalry, Parliament, the bar). */
export const POST_NOMINALS = [
  'KG', 'KT', 'OM', 'CH', 'GCB', 'KCB', 'DCB', 'CB', 'GCMG', 'KCMG', 'DCMG', 'CMG', 'GCVO', 'KCVO', 'DCVO', 'CVO', 'LVO',
  'MVO', 'GBE', 'KBE', 'DBE', 'CBE', 'OBE', 'MBE', 'BEM', 'QPM', 'KPM', 'QC', 'KC', 'FRS', 'FREng', 'FBA', 'FRSE',
  'FMedSci', 'MEP', 'MSP', 'MLA', 'DL', 'JP',
];

/** Acronyms that are ordinary vocabulary, never a name's part: "New IT equipment". */
export const GENERIC_ACRONYMS = new Set([
  'IT', 'ICT', 'HR', 'PR', 'OK', 'TV', 'CEO', 'CIO', 'CDO', 'CTO', 'COO', 'CFO', 'FAQ', 'FAQs', 'PDF', 'URL', 'URLs',
  'API', 'APIs', 'AI', 'KPI', 'KPIs', 'SME', 'SMEs', 'ALB', 'ALBs', 'NDPB', 'NDPBs', 'SRO', 'SROs', 'FOI', 'HTML',
  'CSS', 'UX', 'UI', 'IA', 'QA', 'MI', 'VAT', 'ID', 'IDs', 'SMS', 'PC', 'PCs', 'GP', 'GPs', 'MP', 'MPs', 'Q1', 'Q2',
  'Q3', 'Q4', 'AM', 'PM', 'CV', 'CVs', 'PhD', 'MSc', 'BSc', 'MBA', 'UK', 'EU', 'US', 'USA',
  'ISBN', 'ISSN', 'DOI',
  // The Civil Service's grades, named by their initials: "SEO", "HEO", "SCS" (not "G7", the group of
  // seven countries as often as Grade 7), and full-time equivalents.
  'SCS', 'SEO', 'HEO', 'EO', 'AO', 'AA', 'FTE', 'FTEs',
  // Statistical measures and fiscal aggregates, quantities and not bodies, whether or not the document
  // spells them out: "GDP grew by 0.7%", "ONS CPI series" (ONS only), "uprated by RPI", "PSNB falls".
  'GDP', 'GNP', 'GNI', 'GVA', 'CPI', 'CPIH', 'RPI', 'RPIX', 'HICP', 'PMI', 'TFP', 'NAIRU', 'PSNB', 'PSND', 'PSNFL',
  'PSNCR', 'TME', 'AME', 'DEL', 'DELs', 'RDEL', 'CDEL',
  // Kinds of contract and of financing, and diseases, named by their initials: "waste PFI credits",
  // "bovine TB".
  'PFI', 'PF2', 'PPP', 'TB', 'HIV',
  // Qualifications named by their initials: "GCSE computer science", "an NVQ at level 2".
  'GCSE', 'GCSEs', 'NVQ', 'NVQs', 'ECDL', 'BTEC', 'BTECs', 'HND', 'HNC', 'GCE', 'SVQ',
  // Groups of people by their background: "BME staff", "BAME and LGBT networks".
  'BME', 'BAME', 'LGBT', 'LGBTQ', 'LGBTQ+', 'LGBT+', 'NEET', 'NEETs', 'SEND', 'SEN',
  // Classes of vehicle: "the HGV Road User Levy", "EV charge points".
  'HGV', 'HGVs', 'LGV', 'LGVs', 'EV', 'EVs', 'ULEV', 'ULEVs',
  // The vocabulary of progress reports and business cases: "a RAG rating of Amber", "120 FTEs", "BAU".
  'RAG', 'FTE', 'FTEs', 'WTE', 'BAU', 'MVP', 'SLA', 'SLAs', 'ROI', 'NPV', 'IRR', 'VFM', 'TBC', 'TBD', 'PMO', 'PMOs',
  // Currencies by their ISO 4217 codes, as amounts are written: "EUR 3 million", "USD 4 million".
  ...CURRENCY_CODES,
  // Letters after a person's name: honours of the UK's orders, and fellowships and offices written so
  // ("Sir Jeremy Heywood CB CVO", "Baroness Neville-Rolfe DBE CMG"); no part of the name, and no body.
  ...POST_NOMINALS,
]);

/** Words capitalised only because they begin a sentence: "In July Home Office ran…" → "Home Office". */
const SENTENCE_START_WORDS = new Set([
  'The', 'A', 'An', 'This', 'These', 'Those', 'That', 'Its', 'It', 'Their', 'Our', 'We', 'They', 'He', 'She', 'There',
  'Here', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Within', 'Without', 'During', 'Since', 'After', 'Before',
  'Although', 'Also', 'All', 'Each', 'Every', 'Some', 'Many', 'Several', 'Most', 'Both', 'Further', 'Over', 'Under',
  'To', 'As', 'When', 'While', 'Where', 'Following', 'However', 'Additionally', 'Meanwhile', 'Through', 'Across',
  'Between', 'Amongst', 'Among', 'Using', 'Based', 'Working', 'Awaiting', 'Alongside', 'Currently', 'Recently',
  'Already', 'Previously', 'Together', 'Then', 'Now', 'Other', 'Key', 'New', 'Any', 'No', 'Not', 'More', 'Our',
  'Your', 'His', 'If', 'Once', 'Until', 'By', 'Via', 'Because', 'But', 'And', 'Or', 'So', 'Yet', 'Such', 'What',
  'Which', 'Who', 'How', 'Why', 'First', 'Second', 'Third', 'Finally', 'Last', 'Next', 'Other', 'Another',
  // A number word opening a sentence or a cell counts the name after it: "Five ODI regional nodes open".
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Twenty',
  'Thirty', 'Forty', 'Fifty', 'Hundreds', 'Thousands',
]);

const SEASONS = new Set(['Spring', 'Summer', 'Autumn', 'Winter']);

const MONTH_OR_DAY = new Set([
  ...MONTHS, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Spring', 'Summer',
  'Autumn', 'Winter', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Whether a word starts a name: a capital ("Digital", "GOV.UK") or a coined form ("e-Gates", "iPhone"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^[a-z]{1,2}-?\p{Lu}/u.test(word);
}

/** "GDS", "DfE", "MoJ", "HMRC", "DWP/GDS": an acronym, not a word of a longer name. */
export function isAcronymToken(word: string): boolean {
  return /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(word) && /^(?:[A-Z]{2,7}s?|[A-Z][a-z]?[A-Z]{1,4}s?|[A-Z]{2,4}&[A-Z])$/.test(word);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ text: m[0], from: m.index, to: m.index + m[0].length });
  return out;
}

// Of the generic acronyms, these still begin names: "UK Space Agency", "EU Settlement Scheme".
const NAME_PREFIXES = new Set(['UK', 'EU', 'US', 'USA']);

function isNameWord(t: Token): boolean {
  // "I", "I'm", "I've": the pronoun is capitalised, never a name's word.
  if (/^I(?:[’'](?:m|ve|ll|d))?$/.test(t.text)) return false;
  return isCapitalised(t.text) && (!GENERIC_ACRONYMS.has(t.text) || NAME_PREFIXES.has(t.text)) && !MONTH_OR_DAY.has(t.text) && !/^\d/.test(t.text);
}

// Words whose number is part of the name after them: "Class 4 National Insurance".
const NUMBERED_CLASS = new Set(['Class', 'Tier']);
// Heads of bodies and meetings whose names go on with "on" and their subject: "Committee on Climate Change";
// and of taxes named for what they fall on: "Annual Tax on Enveloped Dwellings", "Levy on Bank Balance Sheets".
const ON_HEADS = new Set(['Committee', 'Commission', 'Panel', 'Council', 'Board', 'Group', 'Taskforce', 'Forum', 'Tribunal', 'Inquiry', 'Conference', 'Convention', 'Summit', 'Tax', 'Levy', 'Duty']);

// The lowercase words a place's name may hold before its last capitalised words.
const PLACE_LINK = /^(?:upon|and the|on|under|in|de|da) \p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3}/u;

function textOfTokens(text: string, run: Token[]): string {
  return text.slice(run[0].from, run[run.length - 1].to);
}

/** Where a place named `name` and the lowercase link at `from` ends, longest first; -1 if none is known. */
function placeLinkEnd(text: string, name: string, from: number): number {
  const m = PLACE_LINK.exec(text.slice(from, from + 64));
  if (!m) return -1;
  for (let words = m[0].split(' '); words.length > 1; words.pop()) {
    const link = words.join(' ');
    if (/\p{Lu}/u.test(link) && isGazetteerPlace(`${name} ${link}`)) return from + link.length;
  }
  return -1;
}

// "Innovation, Growth and Technology" after "of"/"for": single capitalised words in a comma list.
const MAX_WORDS = 16;

// An item's label before the first word: "2.2 ", "2.3.i ", "ii) ", "b. ".
const LABELLED_START = new RegExp(String.raw`^[\s\-–—•*"“‘'(]*${ITEM_LABEL}\s+$`);
const COMMA_LIST = /^(?:,\s\p{Lu}[\p{L}’']*)+,?\s(?:and|&)\s\p{Lu}/u;

/** The capitalised runs of a sentence, in order. */
export function findChunks(text: string, tokens: Token[] = tokenize(text)): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  // A generic acronym inside a name is a word of it: "the ICT Strategy", "Government IT Strategy" (not
  // "IT staff", "ICT in government").
  const generic = (j: number) => GENERIC_ACRONYMS.has(tokens[j].text) && /^[A-Z]{2,}$/.test(tokens[j].text) && j + 1 < tokens.length && text.slice(tokens[j].to, tokens[j + 1].from) === ' ' && isNameWord(tokens[j + 1]) && !GENERIC_ACRONYMS.has(tokens[j + 1].text);
  while (i < tokens.length) {
    const seasonName = SEASONS.has(tokens[i].text) && i + 1 < tokens.length && isNameWord(tokens[i + 1]) && text.slice(tokens[i].to, tokens[i + 1].from) === ' ';
    if (!isNameWord(tokens[i]) && !seasonName && !generic(i)) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]];
    let j = i + 1;
    let linked = false;
    // The longest names run to about ten words ("Office for Standards in Education, Children’s Services
    // and Skills"); a run is cut at MAX_WORDS so that a line of capitals costs linear time.
    while (j < tokens.length && run.length < MAX_WORDS) {
      const gap = text.slice(run[run.length - 1].to, tokens[j].from);
      if (gap === ' ' && (isNameWord(tokens[j]) || generic(j))) {
        run.push(tokens[j]);
        j++;
        continue;
      }
      // A place named with "upon" or "and the" that the gazetteer knows whole: "Newcastle upon Tyne",
      // "Yorkshire and the Humber".
      const placeEnd = gap === ' ' ? Math.max(placeLinkEnd(text, textOfTokens(text, run), tokens[j].from), placeLinkEnd(text, run[run.length - 1].text, tokens[j].from)) : -1;
      if (placeEnd > 0) {
        while (j < tokens.length && tokens[j].to <= placeEnd) run.push(tokens[j++]);
        continue;
      }
      // Up to two small words between capitalised ones: "Digital by Default", "Office of the Public Guardian".
      if (gap === ' ' && LINKERS.has(tokens[j].text)) {
        let k = j;
        while (k < tokens.length && k - j < 2 && LINKERS.has(tokens[k].text) && text.slice(tokens[k - 1].to, tokens[k].from) === ' ') k++;
        const two = k - j === 2 ? TWO_LINKERS.test(`${tokens[j].text} ${tokens[j + 1].text}`) : true;
        if (two && k < tokens.length && k > j && text.slice(tokens[k - 1].to, tokens[k].from) === ' ' && isNameWord(tokens[k])) {
          if (tokens.slice(j, k).some((t) => t.text === 'of' || t.text === 'for')) linked = true;
          run.push(...tokens.slice(j, k + 1));
          j = k + 1;
          continue;
        }
        break;
      }
      // A class or tier number belongs to the name it opens: "Class 4 National Insurance", "Class 2 NICs",
      // "Tier 2 visa" is no name ("visa" is lowercase).
      if (gap === ' ' && run.length === 1 && NUMBERED_CLASS.has(run[0].text) && /^\d{1,2}$/.test(tokens[j].text) && j + 1 < tokens.length && text.slice(tokens[j].to, tokens[j + 1].from) === ' ' && isNameWord(tokens[j + 1])) {
        run.push(tokens[j], tokens[j + 1]);
        j += 2;
        continue;
      }
      // A body or meeting named for its subject with "on": "Committee on Climate Change", "Independent
      // Panel on Technical Education" (not "the Executive Team on the Local Digital Programme").
      if (gap === ' ' && tokens[j].text === 'on' && ON_HEADS.has(run[run.length - 1].text) && j + 1 < tokens.length && text.slice(tokens[j].to, tokens[j + 1].from) === ' ' && isNameWord(tokens[j + 1])) {
        linked = true;
        run.push(tokens[j], tokens[j + 1]);
        j += 2;
        continue;
      }
      // The comma list of "Department for Culture, Media and Sport".
      if (linked && gap === ', ' && isNameWord(tokens[j]) && COMMA_LIST.test(text.slice(run[run.length - 1].to, run[run.length - 1].to + 200))) {
        run.push(tokens[j]);
        j++;
        continue;
      }
      break;
    }
    const before = text.slice(0, run[0].from);
    // A run opens its sentence, or a clause after a colon, semicolon or spaced dash, where a word is
    // capitalised for its place alone: "Business rates – At Budget 2016 the government …".
    // (Only the last characters are searched: a pattern anchored at the end scans all it is given.)
    // So does one after the number that labels an item: "2.2 Launch Help to Buy", "ii) Expand …".
    const initial = /^[\s\-–—•*"“‘'(]*$/.test(before) || LABELLED_START.test(before) || /(?:[:;]|\s[–—-])\s+[“‘"'(]*$/.test(before.slice(-16));
    chunks.push({ tokens: run, initial, capitalThe: false });
    i = j;
  }
  return chunks.map(trimChunk).filter((c): c is Chunk => c !== null);
}

/** Drops sentence-initial words and linkers at the edges: "In July Home Office" → "Home Office". */
function trimChunk(chunk: Chunk): Chunk | null {
  const tokens = [...chunk.tokens];
  let initial = chunk.initial;
  let capitalThe = chunk.capitalThe;
  while (tokens.length > 0) {
    const first = tokens[0].text;
    // "The Makers Academy" mid-sentence: a capitalised article is part of a body's formal name, but
    // stays outside the span.
    if (first === 'The' && tokens.length > 1) {
      capitalThe = !initial;
      tokens.shift();
      initial = false;
      continue;
    }
    if (initial && SENTENCE_START_WORDS.has(first)) {
      tokens.shift();
      initial = false;
      continue;
    }
    // A plural noun and "of" opening the sentence count or measure the name after them: "Downloads of
    // the Land Registry Price Paid Data rose" (not a body so named: "Friends of the Earth").
    if (initial && tokens.length > 2 && tokens[1].text === 'of' && isPluralNoun(first) && !isKnownOrganisation(tokens.map((t) => t.text).join(' '))) {
      tokens.splice(0, 2);
      initial = false;
      continue;
    }
    // A word straight before "the" begins no name ("Publish the Local Land Charges", "Launch the
    // Digital Academy": a name holds "the" only after "of", "for" or "by"); nor does a verb before
    // "our" or "my" ("Improve our Digital Services", but "Building our Future").
    const second = tokens[1]?.text;
    if (tokens.length > 2 && (second === 'the' || ((second === 'our' || second === 'my') && isInfinitive(first)))) {
      tokens.shift();
      initial = false;
      continue;
    }
    // A season that begins a run of capitals names the event, not a time: "Spring Budget", "Autumn Statement".
    if (SEASONS.has(first) && tokens.length > 1 && !LINKERS.has(tokens[1].text)) break;
    if (MONTH_OR_DAY.has(first) || LINKERS.has(first)) {
      tokens.shift();
      continue;
    }
    break;
  }
  while (tokens.length > 0 && (LINKERS.has(tokens[tokens.length - 1].text) || MONTH_OR_DAY.has(tokens[tokens.length - 1].text))) tokens.pop();
  if (tokens.length === 0) return null;
  return { tokens, initial: initial && tokens[0] === chunk.tokens[0], capitalThe };
}

