// What one statement says it will do: whether it is a commitment, a lead-in or context, who the actor
// is, by when, and how much. Pure functions over a sentence's text and its entities (local offsets).
import { MONTH_NAMES } from '../text/months.js';
import { isRoleWord } from '../extract/name-heads.js';
import type { Entity, Target } from '../model.js';

// "will", "plans to", "aims to", "intends to", "is committed to", "expects to", "is going to".
// "Will Cavendish, Director General …" is a name: a capitalised "Will" followed by a capitalised word.
const CUE =
  /\b(?:will|shall|(?:plans?|planning|aims?|aiming|intends?|intending|expects?|going|proposes?|undertakes?|commits?|seeks?) to|(?:is|are|am|remains?|remain) (?:fully |firmly |also )?(?:committed|planning|aiming|intending|determined) to|(?:ambition|aim|intention|objective|goal|plan|target) is (?:to|that)|on (?:schedule|track|course) to)\b/i;
const NAME_WILL = /^Will\s+[A-Z]/;
/** "By March 2014, …" opens a commitment even without a verb cue ("By April 2013 a digital leader appointed"). */
const BY_DATE_OPENING = new RegExp(String.raw`^(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:(?:${MONTH_NAMES}|spring|summer|autumn|winter)\s+)?\d{4}\b`, 'i');

export interface CueMatch {
  /** Offset of the cue in the text. */
  index: number;
  cue: string;
}

/** The first commitment cue of a statement ("will", "plans to" …), or null. */
/** A deadline anywhere in a statement: "is already engaged in moving … by 31 March 2013". */
const BY_DATE = new RegExp(String.raw`\b(?:by|before|no later than)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:(?:${MONTH_NAMES}|spring|summer|autumn|winter)\s+)?\d{4}\b`, 'i');

/** The "by March 2014" of a statement, anywhere in it, or null. */
export function findByDate(text: string): CueMatch | null {
  const m = BY_DATE.exec(text);
  return m ? { index: m.index, cue: m[0] } : null;
}

export function findCue(text: string): CueMatch | null {
  if (NAME_WILL.test(text)) {
    const rest = text.slice(4);
    const m = CUE.exec(rest);
    return m ? { index: m.index + 4, cue: m[0] } : null;
  }
  const m = CUE.exec(text);
  if (m) return { index: m.index, cue: m[0] };
  const by = BY_DATE_OPENING.exec(text);
  return by ? { index: 0, cue: by[0] } : null;
}

/** A lead-in introduces the bullets after it and promises nothing itself: "DH will:", "These include:". */
export function isLeadIn(text: string): boolean {
  return /[:：]\s*$/.test(text);
}

// A sentence whose subject points back at the statement before ("This will build on the work it is
// testing now.", "This will also support greater collaboration") explains a commitment; it is not one.
// The demonstrative stands alone as the subject, followed by its verb: "This will …", "These include",
// "This presents …"; "This process will be completed by March 2013" names its subject and is a commitment.
// So does one whose subject is a demonstrative and a noun of what was done or said (work, steps,
// changes, research), when what it will do is support it: "These steps will build on the research from
// this year", "This work will help departments" (not a body: "This team will ensure …" promises).
const CONTEXT_SUBJECT = /^(?:(?:this|that|these|those|such|which)\s+(?:will|would|is|are|was|were|has|have|can|could|should|may|might|also|includes?|means?|builds?|supports?|helps?|allows?|enables?|ensures?|provides?|presents?|gives?|makes?|reflects?|follows?|forms?)\b|(?:this|these|those|such)\s+(?:\p{Ll}+\s+)?(?:work|steps?|changes?|approach|research|activity|activities|measures?|improvements?|findings|results|efforts?)\s+(?:will|would)\s+(?:also\s+)?(?:build\s+on|support|help|allow|enable|mean|reflect|complement|underpin|inform|feed\s+into|contribute\s+to)\b|(?:in\s+)?doing so\b)/iu;

export function isContext(text: string): boolean {
  return CONTEXT_SUBJECT.test(text.trim());
}

// Statements that speak of what will happen but promise nothing:
// - the document describing itself: "This strategy sets out how we will change that", "This page
//   sets out what departments plan to do in 2014";
// - a forecast someone reports: "the Office for National Statistics estimates that the number of jobs
//   … will grow by 1.8 million by 2022";
// - a quantity that will change, with no one to change it and no date: "Costs will fall", "Demand for
//   face-to-face services will rise sharply", "Take-up will grow to 60%";
// - a question or a heading worded as one, the cue in its clause: "3.4 What we will do", "How we will
//   measure progress" (not "When the service launches, DWP will …", whose cue is past the clause);
const QUESTION_OPENING = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:what|how|why|when|where|which|who)\b[^,;:]*$/i;
const SELF_DESCRIPTION = /^(?:(?:this|the)\s+(?:page|strategy|report|document|chapter|paper|plan|section|update|annex|publication|review)|it)\s+(?:sets\s+out|describes|explains|summarises|summarizes|outlines|looks\s+at|sets\s+out\s+in\s+detail)\s+(?:how|what|why|when|where|which|the\s+\S+\s+(?:that|which))\b/i;
const REPORTED_FORECAST = /\b(?:estimates?|estimated|forecasts?|forecast|predicts?|predicted|projects?|projected|anticipates?)\s+that\s+[^,;]*$/i;
const MEASURE_SUBJECT = /^(?:(?:the\s+)?(?:total\s+|overall\s+|annual\s+|average\s+|unit\s+)?(?:costs?|demand|take-?up|spending|spend|savings?|prices?|revenues?|income|usage|use|growth|volumes?|shares?|proportions?|rates?|numbers?|levels?|amounts?|traffic|footfall|calls?|visits?|inflation|productivity|employment|unemployment)\b)/i;
// A later clause with a subject and a "will" of its own: ", and we will not close …".
const LATER_CLAUSE = /[,;]\s*(?:and|but|while|whilst)?\s*([^,;]*?)\s+(?:will|shall)\b/gi;
const CHANGE_VERB = /^\s*(?:(?:also|then|continue\s+to|probably|likely|further|still)\s+)*(?:fall|rise|grow|increase|decrease|decline|drop|reduce|remain|stay|double|halve|treble|triple|peak|level\s+off|shrink|go\s+(?:up|down)|be\s+(?:higher|lower|greater|smaller))\b/i;

/**
 * Whether a statement with a cue at `cueIndex` promises nothing: a document describing itself, a heading
 * worded as a question, what something will depend on, a forecast someone reports, or a quantity that
 * will change by itself (`subject` is its written subject; `dated` whether the sentence gives a date the
 * change is due by, which makes it a target).
 */
export function isNoPromise(text: string, cueIndex: number, subject: string | null, dated: boolean): boolean {
  if (SELF_DESCRIPTION.test(text.trim())) return true;
  if (QUESTION_OPENING.test(text.slice(0, cueIndex))) return true;
  // What something will depend on is a condition, no act: "Spending … will depend on the outcome of the review".
  if (/^will\s+(?:\p{Ll}+ly\s+)?(?:depend|rely|hinge|turn)\s+(?:up)?on\b/iu.test(text.slice(cueIndex))) return true;
  if (REPORTED_FORECAST.test(text.slice(0, cueIndex))) return true;
  // (Unless a later clause promises: "Demand … will remain high, and we will not close a channel …".)
  if (!dated && subject !== null && MEASURE_SUBJECT.test(subject) && /^will\b/i.test(text.slice(cueIndex)) && CHANGE_VERB.test(text.slice(cueIndex + 4))) {
    const later = [...text.slice(cueIndex + 4).matchAll(LATER_CLAUSE)].map((m) => m[1].trim());
    return later.every((s) => MEASURE_SUBJECT.test(s));
  }
  return false;
}

// Statements that hold no promise at all: "Coming soon...", "Awaiting DCLG confirmation", "Read more »".
const PLACEHOLDER = /^(?:coming soon|awaiting\b|to follow|tbc|n\/a|read more)/i;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim()) || !/[a-z]{3}/i.test(text);
}

// "It", "They", "we"; "our ambition" (… is to) stands for "we"; an ordinal opening an enumeration
// ("First will be …", "Second will be …") names no actor of its own either.
const PRONOUN = /^(?:it|they|we|he|she|first|second|third|fourth|next|last|(?:our|its|their)\s+(?:ambition|aim|intention|objective|goal|plan|focus|priority|priorities|approach|vision|commitment|target)s?)$/i;

/** True when the written subject stands for a name given earlier ("It", "They", "we"). */
export function isPronounSubject(subject: string): boolean {
  return PRONOUN.test(subject.trim());
}

// Words a subject does not run through: a verb of the main clause, or the start of a subordinate one.
// In lower case only: a capitalised word is a name's ("Department for Work and Pensions").
// An auxiliary anywhere; another verb not after a determiner or a preposition, where the word is a
// noun: "this work", "the plans", nor before a modal, where it is a noun of the subject: "Later reports
// will follow".
const VERB_AFTER_SUBJECT =
  /\s(?:has|have|had|is|are|was|were|will|shall|would|can|could|may|must|should|did|does|do)\b|(?<!\b(?:the|this|these|those|a|an|its|our|their|his|her|of|in|on|new|such|all|any|each|every))\s(?:already|also|now|currently|continues|continue|remains|works|work|plans|aims|intends|expects|welcomes|recognises|recognizes|owns|leads|uses|provides|includes|holds|sits|chairs|reports|attends|takes|makes|runs|delivers|supports|ensures|meets|wants|needs|agreed|launched|appointed|set|established|published|created|developed|introduced|started|began|completed|delivered|ran|held|made|took|joined|worked|(?:intend|aim|plan|expect|seek|propose|commit|undertake|want)s?\s+to)\b(?!\s+(?:will|shall|would|can|could|may|must|should|are|were)\b)/;
// "By March 2014, …", "In 2014, …", "As part of …, …", "Over the next year, …": an opening phrase before
// the subject. A conditional or concessive clause opens some ("Should this change in future, it will …",
// "Where we redesign transactions, we will …"). The phrase holds no "will" of the statement ("By March
// 2013 we will appoint a leader at director level, reporting to …" opens with its date alone; "As
// legislation can take time to change, …" is a clause), and a thousands comma ends none ("At least 9,500").
const OPENING_PHRASE =
  /^(?:(?:by|in|during|from|between|over|within|before|after|as part of|as well as|following|through|throughout|alongside|under|with|building on|since|at|for|on|if|should|where|when|once|as|although|though|because|while|whilst|subject to|in light of|amongst others|among others)\b(?:(?!\b(?:will|shall)\b)[^,]|,(?=\d)){0,120},\s+|(?:also|additionally|further|furthermore|in addition|moreover|finally|however|meanwhile|amongst others|among others|in particular|in future|to date|overall|firstly|secondly|then),\s*)/i;

// So does a participle or a purpose before a comma: "Working with Go ON UK, we will …", "To get there,
// DCLG will …" (an -ing word before a preposition or article, not a subject: "Housing benefit, council
// tax and pensions will …"), whose words hold no verb of the statement ("Investing in education and
// skills will help …, and" is a subject). A label before a dash opens an item too: "Schools investment –
// The government will …"; so do a paragraph's number ("5.1 The Cabinet Office will …") and a label
// before a colon ("Usable: data will be released …").
const NO_VERB = String.raw`(?:(?!\b(?:will|shall|would|is|are|was|were|has|have|can|could|should|must|may)\b)[^,])`;
const OPENING_CLAUSE = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+ing\s+(?:with|on|from|in|through|across|alongside|together|closely|the|a|an|our|its|their|this|these)\b${NO_VERB}{0,120},\s*|(?:and\s+)?[Tt]o\s+\p{Ll}+\b${NO_VERB}{0,120},\s*|[^–—,.;]{1,80}\s[–—]\s+(?=\p{Lu})|\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=\p{Lu})|(?:Action|Recommendation|Commitment|Objective|Priority|Step|Milestone)\s+\d{1,2}(?:\.\d{1,2}){0,2}[:.)]?\s+(?=\p{Lu})|\p{Lu}[\p{Ll}-]+(?:\s\p{Ll}+){0,3}:\s+(?=\p{L}))`,
  'u',
);
// "By March 2013 HMRC will …", "By 2020 the government will …": a date without a comma before the subject.
// So is a part of a year: "In the third quarter of 2014 the programme will …", "By early 2015 DWP will …".
const OPENING_DATE = new RegExp(String.raw`^(?:[Bb]y|[Bb]efore|[Dd]uring|[Ii]n|[Uu]ntil|[Ff]rom)\s+(?:the\s+(?:(?:end|start|beginning|middle|(?:first|second|third|fourth|final|last)\s+(?:quarter|half))\s+of\s+)?)?(?:(?:early|mid|late)[\s-]+)?(?:(?:(?:[A-Z][a-z]+|spring|summer|autumn|winter)\s+)?\d{4}(?:[-–/]\d{2})?|(?:${MONTH_NAMES}))(?:\s+[QH][1-4])?\s+(?=[A-Za-z])(?![QH][1-4]\b)`);

// "Next quarter we will …", "This year the department will …", "Over the next two years DWP will …":
// a time reckoned from now, with or without its comma, before the subject ("Next quarter, GDS will …").
// So do "By the end of next year …" and "Between January and March we will:".
const OPENING_TIME = new RegExp(
  String.raw`^(?:(?:[Nn]ext|[Tt]his|[Ll]ater\s+this|[Ee]arly\s+next|[Ee]arlier\s+this)\s+(?:week|month|quarter|year|financial\s+year|spring|summer|autumn|winter)|(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin)\s+the\s+(?:next|coming)\s+(?:\S+\s+)?(?:weeks|months|quarters|years|week|month|quarter|year)|(?:[Bb]y|[Bb]efore)\s+the\s+(?:end|start|middle)\s+of\s+(?:next|this|the)\s+(?:week|month|quarter|year|financial\s+year)|[Bb]etween\s+(?:${MONTH_NAMES})(?:\s+\d{4})?\s+and\s+(?:${MONTH_NAMES})(?:\s+\d{4})?)(?:,\s*|\s+)(?=[A-Za-z])`,
);

/**
 * The words of a subject, its bracketed acronyms aside: "The Local Government Association (LGA) and the
 * Association of Directors of Adult Social Services (ADASS)" is 13 words.
 */
function wordsOf(subject: string): number {
  return subject.replace(/\s*\([^()]*\)/g, '').split(/\s+/).length;
}

// A verb of saying or reporting and the conjunction that opens what it reports.
const REPORTED_CLAUSE =
  /\b(?:sets?\s+out|confirm(?:s|ed)|announce(?:s|d)|explain(?:s|ed)|describe(?:s|d)|show(?:s|ed)|says|said|state(?:s|d)|outline(?:s|d)|agree(?:s|d)|decide(?:s|d)|note(?:s|d)|report(?:s|ed)|makes?\s+clear|made\s+clear|believe[sd]?|estimate[sd]?|expect(?:s|ed)?|predict(?:s|ed)?|forecasts?|think(?:s)?|thought|suggest(?:s|ed)|find(?:s)?|found|argue(?:s|d)|consider(?:s|ed))\b[^,]{0,60}?\s(?:that|how|whether|what|when|where|which|who)\s+/;

// A verb of saying and the quotation it opens: 'said: “', "added, '".
const QUOTATION_OPENS = /\b(?:said|says|added|adds|explained|explains|commented|comments|told\s+\p{Ll}+)[,:]?\s*[“"‘']/u;
// The subject of the last of coordinated clauses: ", and we", "and the agency", ", but work".
// (A pronoun or "the" and a common noun: a name after "and" is more often the last of a list.)
const LAST_CLAUSE = /(?:[,;]\s*(?:and|but|so)|\s(?:and|but|so))\s+(we|it|they|(?:the|a|an)\s+\p{Ll}+)$|[,;]\s*(?:and|but|so)\s+(\p{Ll}{3,})$/u;
const NAMED_CLAUSE = /,\s*(?:and|but)\s+((?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+(?:\p{Lu}[\p{L}.&’'-]*|of|for))*?|we|they)\s+(?:will|shall|plans\s+to|aims\s+to|intends\s+to)\b/u;
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|could|can|will|would|should|may|might|must|\p{Ll}{3,}ed)\b/u;

// A range of shares: "between 15% and 20% of claimants".
const SHARE_RANGE_SUBJECT = /^(?:between\s+)?\d[\d,.]*\s*(?:%|per cent)?\s+(?:and|to)\s+\d[\d,.]*\s*(?:%|per cent)\s+of\s/i;
const AMOUNT_SUBJECT = /^(?:(?:up to|around|about|over|more than|almost|nearly|some|at least|a further|an additional|an extra|a total of|another)\s+)?[£$€]?\d[\d,.]*\s*(?:(?:m|bn|k|million|billion|thousand|%|per cent)?(?:\s+(?:of\s+)?(?:funding|investment|capital|revenue|new\s+money))?$|(?:%|per cent)\s+of\s)/i;

const QUANTITY_SUBJECT = /^(?:(?:up to|around|about|over|more than|almost|nearly|some|at least|a further|an additional|an extra|another|a total of)\s+)?\d[\d,.]*\s+(?:(?:more|further|additional|new|extra)\s+)?\p{L}/iu;
// (Passive with no agent: a "by" before a date is no agent.)
const PASSIVE_AFTER = new RegExp(String.raw`^[\s,]*(?:will|shall)\s+(?:\p{Ll}+ly\s+)?be\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|t)\b(?![^.;]*\bby\s+(?!(?:the\s+)?(?:end|start|middle|${MONTH_NAMES}|Spring|Summer|Autumn|Winter|Q[1-4])\b)(?:the\s+)?\p{Lu})`, 'u');

// A passive statement names who will do it after "by": "The helpdesk will be run by Arvato Government
// Services Ltd" → Arvato Government Services Ltd; not a date ("will be completed by March 2015").
const PASSIVE_AGENT =
  /\b(?:will|shall)\s+(?:\p{Ll}+ly\s+)?be\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|en)|run|led|set|held|built|made|paid|won|done|met|kept|sent|given)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+(?:of|for|and|&|the|\p{Lu}[\p{L}&.’'-]*))*)/u;
const NOT_AGENT = new RegExp(String.raw`^(?:the\s+)?(?:${MONTH_NAMES}|Spring|Summer|Autumn|Winter|End|Start|Beginning|Middle|Q[1-4]|Quarter)\b`, 'i');

/**
 * The subject of a statement as written: the words before its main verb, after any opening phrase; in
 * the passive, the agent after "by" when `isActor` says the words there name a body or a person (the
 * pipeline asks its entities: "will be replaced by Universal Credit" names a programme, no actor).
 */
export function subjectOf(text: string, isActor: (from: number, to: number) => boolean = () => true): { text: string; from: number } | null {
  const agent = PASSIVE_AGENT.exec(text);
  if (agent && !NOT_AGENT.test(agent[1])) {
    const name = agent[1].replace(/\.$/, '').replace(/\s+(?:and|&|of|for|the)$/, '');
    const from = agent.index + agent[0].length - agent[1].length;
    if (isActor(from, from + name.length)) return { text: name, from };
  }
  // A name opening the clause of the "will", after a comma, "and" and a clause with a verb of its own:
  // "Some 2,300 branches could provide it, and Go ON UK will train …" → Go ON UK (not a list's last
  // item: "DWP, HMRC, and the Home Office will").
  // (Only where the clause before promises nothing itself: "MoJ will train 200 staff, and HMCTS will
  // roll out …" is MoJ's.)
  const named = NAMED_CLAUSE.exec(text);
  const before = named ? text.slice(0, named.index) : '';
  if (named && FINITE_VERB.test(before) && !/\b(?:will|shall)\b/.test(before)) return { text: named[1], from: named.index + named[0].indexOf(named[1]) };
  // Openings follow one another: "Full-fibre broadband – Starting in 2017, the government will …".
  let from = 0;
  for (let k = 0; k < 3; k++) {
    const rest = text.slice(from);
    // (A time first, reckoned from now or a date without its comma: "Over the next quarter the programme
    // board, chaired by …, will", "In November the board, led by DCMS, will" open with the time alone, not
    // up to the comma.)
    const opening = OPENING_TIME.exec(rest) ?? OPENING_DATE.exec(rest) ?? OPENING_PHRASE.exec(rest) ?? OPENING_CLAUSE.exec(rest);
    if (!opening || opening[0].length === 0) break;
    // A later opening holds no verb of the statement ("in the interim we will get on …, and").
    if (k > 0 && /\b(?:will|shall|would|is|are|was|were|has|have|can|could|should|must|may)\b/.test(opening[0])) break;
    from += opening[0].length;
  }
  const rest = text.slice(from);
  const verb = VERB_AFTER_SUBJECT.exec(' ' + rest);
  if (!verb) return null;
  let subject = rest.slice(0, Math.max(0, verb.index)).trim();
  // An appositive is closed by a comma before the verb: "Mike Bracken, Executive Director of GDS, will".
  const closedByComma = /,$/.test(subject);
  subject = subject.replace(/[,;:]+$/, '').trim();
  // A "will" in a clause the sentence reports has that clause's subject: "This strategy sets out how the
  // Government Digital Service … will", "The Chancellor confirmed in Budget 2015 that this work will".
  const reported = REPORTED_CLAUSE.exec(subject);
  if (reported) subject = subject.slice(reported.index + reported[0].length).trim();
  // So does a "will" in a quotation: 'Priya Raman, Chief Digital Officer, said: “We will …”' → We.
  const quoted = QUOTATION_OPENS.exec(subject);
  if (quoted) subject = subject.slice(quoted.index + quoted[0].length).trim();
  // A long subject with examples, or any with "such as", is its head: "Departments such as the
  // Department for Work and Pensions (DWP) and HM Revenue and Customs (HMRC)" → "Departments".
  if (wordsOf(subject) > 14 || /\ssuch as\s/.test(subject)) subject = subject.split(/,?\s(?:such as|including|like|for example|e\.g\.)\s/)[0].trim();
  // So is one with a relative clause: "A department that scores below 60% in the league table for 2
  // quarters in a row" → A department.
  if (wordsOf(subject) > 14) subject = subject.split(/\s(?:that|who|which)\s/)[0].trim();
  // A "will" in a clause coordinated after another has that clause's subject: "We have doubled the
  // team to more than 300, and we will recruit …" → we.
  // So does one after a semicolon: "Table 1 shows take-up; cost per transaction will follow …".
  if (subject.includes(';')) subject = subject.slice(subject.lastIndexOf(';') + 1).trim();
  const coordinated = LAST_CLAUSE.exec(subject);
  const last = coordinated ? (coordinated[1] ?? coordinated[2]) : null;
  if (last && subject.split(/\s+/).length > last.split(/\s+/).length + 2) subject = last;
  // A subject with an appositive set off by commas is its head: "Mike Bracken, Executive Director of
  // GDS, will …" → Mike Bracken; "GOV.UK Verify, the identity assurance service, will …" (not a list:
  // "Departments, agencies and arm's length bodies will …").
  const apposition = /^([^,]+),\s+((?:the|a|an|its|our|their|his|her)\s|\p{Lu}\p{Ll}+\s+(?:\p{Lu}\p{Ll}+\s+){0,3}(?:of|for|at)\s|\p{Ll}+ing\s|\p{Ll}+ed\s+by\s|due\s|worth\s)/u.exec(subject);
  if (apposition && closedByComma && !/\s(?:and|or)\s/.test(subject.slice(apposition[1].length))) subject = apposition[1].trim();
  // So is one whose appositive is a post alone: "Liam Maxwell, Government Chief Technology Officer, will".
  const post = closedByComma ? /^([^,]+),\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(\p{Lu}\p{Ll}+)$/u.exec(subject) : null;
  if (post && isRoleWord(post[2])) subject = post[1].trim();
  // A conjunction left by an opening clause is no subject: "In 2013 DH launched the service, and will …".
  if (!subject || wordsOf(subject) > 14 || /^(?:and|but|or|so|then)$/i.test(subject)) return null;
  // An amount is what is done, not who does it: "Up to £8m will be made available to councils", "A
  // further £6 billion will be invested" name no actor, and the amount is the statement's target.
  if (AMOUNT_SUBJECT.test(subject) || SHARE_RANGE_SUBJECT.test(subject)) return null;
  // So is a number of things a passive statement says will be done, with no agent: "Up to 25 further
  // libraries in Wales will be connected", "A further 150 digital champions will be recruited".
  if (QUANTITY_SUBJECT.test(subject) && PASSIVE_AFTER.test(rest.slice(rest.indexOf(subject) + subject.length))) return null;
  // An opening phrase without its comma ends in the real subject: "Based on this analysis it will …".
  const pronoun = /\s([Ii]t|[Tt]hey|[Ww]e|the\s+\p{Ll}+)$/u.exec(subject);
  // So does an opening date without its comma: "Between 2015 and 2018 we will …".
  // So does a preposition's phrase before a pronoun: "For them we will provide …".
  // So does an adverb before a pronoun: "Together they will fund …".
  if (pronoun && (/^[a-z]|^(?:Based|Having|Following|Building|Given|Using|For|With|To|In|On|At|From|Through|After|Before|Without|Under|Over|Across|Unlike|Like|Beyond|Together|Jointly|Now|Then|Meanwhile|Instead|Finally|Also|Separately|Similarly|Likewise|Additionally|Overall|Between\s+them)\b/.test(subject) || /\b(?:19|20)\d\d\b/.test(subject))) return { text: pronoun[1], from: from + rest.indexOf(subject) + pronoun.index + 1 };
  // A quantity that will change by itself promises nothing; a later clause's subject does: "Demand …
  // will remain high, and we will not close a channel …" → we.
  const at = from + rest.indexOf(subject);
  if (MEASURE_SUBJECT.test(subject) && CHANGE_VERB.test(text.slice(at + subject.length).replace(/^\s*will\b/i, ''))) {
    LATER_CLAUSE.lastIndex = at + subject.length;
    for (let m = LATER_CLAUSE.exec(text); m; m = LATER_CLAUSE.exec(text)) {
      const later = m[1].trim();
      if (later && !MEASURE_SUBJECT.test(later) && wordsOf(later) <= 8) return { text: later, from: m.index + m[0].indexOf(later) };
    }
  }
  // Lower-case words only ("all new digital services") are an object the sentence opens with, still its subject.
  return { text: subject, from: at };
}

// Deadlines: a date the statement gives, unless it says when something began ("since April 2013").
const NOT_DEADLINE_BEFORE = /\b(?:since|after|in|on|of|from|launched|published|started|began)\s+(?:the\s+)?(?:(?:start|beginning|end)\s+of\s+)?$/i;
// (So is "from" after how often it recurs: "will meet quarterly from January 2015".)
const START_BEFORE = /\b(?:(?:starting|beginning|commencing)\s+(?:in|from|on|at)?|(?:quarterly|monthly|weekly|fortnightly|annually|yearly|daily|twice\s+a\s+\w+|once\s+a\s+\w+|every\s+(?:\d+\s+|\w+\s+)?(?:days?|weeks?|months?|quarters?|years?)|each\s+(?:week|month|quarter|year))\s+from)\s*(?:the\s+)?(?:(?:start|beginning|end|middle)\s+of\s+)?$/i;
const BASELINE_BEFORE = /\b(?:from|with|than|against)\s+(?:around\s+|about\s+)?[£$€]?\d[\d,.]*\s*(?:%|per\s+cent|million|billion|m|bn)?\s+in\s+$/i;
const DEADLINE_BEFORE = /\b(?:by|before|until|till|during|within|throughout|over|no later than)\s+(?:the\s+)?(?:(?:start|beginning|end|middle)\s+of\s+)?$/i;

/**
 * The deadline of a statement: the normalised value of its date entity after "by", "before",
 * "during"… ("by March 2014" → 2014-03, "during 2015" → 2015); else of the only date that does not say
 * when something began or happened ("in 2013 we launched" is not a deadline, "in spring 2014 it will" is).
 */
export function deadlineOf(text: string, dates: Array<{ from: number; value: string | number | null }>, cueIndex: number | null): string | null {
  // Calendar dates and financial years ("by the end of 2017-18" → FY2017-18).
  const valued = dates.filter((d) => typeof d.value === 'string' && /^(?:FY)?\d{4}/.test(d.value));
  for (const d of valued) if (DEADLINE_BEFORE.test(text.slice(Math.max(0, d.from - 40), d.from))) return d.value as string;
  // The end of an interval: "Between November 2012 and March 2013, …" → 2013-03.
  for (const d of valued) if (/\b(?:between|from)\b[^,.;]{1,40}\b(?:and|to|until|till)\s+$/i.test(text.slice(Math.max(0, d.from - 60), d.from))) return d.value as string;
  // So is the last of two dates joined after "in": "in January and February" → February.
  for (const d of valued) if (cueIndex !== null && d.from > cueIndex && /\bin\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?\s+(?:and|or|to)\s+$/u.test(text.slice(Math.max(0, d.from - 40), d.from))) return d.value as string;
  // "in 2014", "from April 2014", "on 17 September" count after the cue ("will go live in 2014"), not
  // before ("In 2013 DH launched …, and will").
  if (cueIndex !== null) {
    for (const d of valued) {
      const before = text.slice(Math.max(0, d.from - 40), d.from);
      // The year of a baseline is no deadline: "will train 3,000 a year, up from 1,500 in 2016"; nor is
      // when a continuing activity starts: "will run in 5 areas, starting in Q1 2013".
      if (BASELINE_BEFORE.test(before) || START_BEFORE.test(before)) continue;
      // (A date after "for" says what the output covers; a later one after "in" says when: "will publish
      // a savings figure for 2013-14 in the summer" → the summer.)
      if (d.from > cueIndex && /\b(?:in|from|at|for)\s+(?:the\s+)?(?:(?:start|beginning|end|middle)\s+of\s+)?$/i.test(before)) {
        const when = /\bfor\s+(?:the\s+)?$/i.test(before) ? valued.find((e) => e.from > d.from && /\b(?:in|at|by)\s+(?:the\s+)?(?:(?:start|beginning|end|middle)\s+of\s+)?$/i.test(text.slice(Math.max(0, e.from - 40), e.from))) : undefined;
        return (when ?? d).value as string;
      }
      // "on" a day ("will hold the event on 17 September"); "report on October to December" names a topic.
      if (d.from > cueIndex && /\bon\s+$/i.test(before) && /^\d{4}-\d{2}-\d{2}$/.test(d.value as string)) return d.value as string;
    }
  }
  const free = valued.filter((d) => !NOT_DEADLINE_BEFORE.test(text.slice(Math.max(0, d.from - 40), d.from)) && !BASELINE_BEFORE.test(text.slice(Math.max(0, d.from - 40), d.from)) && !START_BEFORE.test(text.slice(Math.max(0, d.from - 40), d.from)));
  return free.length === 1 && cueIndex !== null && free[0].from > cueIndex ? (free[0].value as string) : null;
}

const ALL_OF = /\b(?:all|every|each)\s+(?:(?:of\s+)?(?:its|our|their|the|his|her)\s+)?((?:[a-z][a-z’'-]*\s+){0,3}?(?:staff|employees|people|users|services|transactions|departments|agencies|bodies|teams|members|managers|officials|civil servants|projects|systems|applications|websites|sites|forms|directors|leaders|boards|programmes))\b/i;

/**
 * The quantity promised: the first number, percent or sum of money of the statement that is not part
 * of a date ("at least 2,000 staff" → 2000 staff, "80% of services" → 80 percent of services); "all
 * staff" → 100 percent of staff. The subject's own words are not a target ("All departments will …").
 */
export function targetOf(text: string, entities: Array<Pick<Entity, 'type' | 'value' | 'counts' | 'currency'> & { from: number; to: number }>, subjectEnd: number): Target | null {
  ALL_OF.lastIndex = 0;
  const all = ALL_OF.exec(text.slice(subjectEnd));
  const allAt = all ? subjectEnd + all.index : Infinity;
  for (const e of entities) {
    if (e.from < subjectEnd || typeof e.value !== 'number') continue;
    if (e.from > allAt) break;
    // A threshold that says which services are meant is not a quantity promised: "services handling
    // over 100,000 transactions each year"; nor is a number pointing back: "these 3 key services".
    if (/\b(?:over|more than|in excess of|above|exceeding)\s+$/i.test(text.slice(0, e.from)) && /^\s*(?:[a-z]+\s+){0,2}?(?:a|each|per|every)\s+(?:year|annum|month|week|day)\b/i.test(text.slice(e.to))) continue;
    if (/\b(?:these|those)\s+$/i.test(text.slice(0, e.from))) continue;
    // Where things stand today is no quantity promised: "will double the share, now 43%, in 2013/14",
    // "will cut costs (currently £4m)", "up from 1,500".
    if (/(?:[,(]\s*(?:now|currently|today|at present|presently)|\bup\s+from|\bdown\s+from)\s+(?:(?:around|about|some|just\s+over|just\s+under|over|under)\s+)?$/i.test(text.slice(Math.max(0, e.from - 40), e.from))) continue;
    // The start of a change is no quantity promised, its end is: "from 44.9% in 2015 to 50% by 2020".
    if (/\bfrom\s+$/i.test(text.slice(Math.max(0, e.from - 8), e.from)) && entities.some((x) => x.from > e.to && typeof x.value === 'number' && x.type !== 'date' && /^[^.;]{0,40}\bto\s+(?:around\s+|about\s+|over\s+)?$/i.test(text.slice(e.to, x.from)))) continue;
    if (e.type === 'number') {
      // A number that is a name's ("Action 3", "Windows 7", "Tier 2") or an ordinal is not a quantity.
      if (/\b(?:actions?|tiers?|phases?|levels?|windows|versions?|stages?|steps?|chapters?|sections?|annex(?:es)?|pages?|no\.?)\s*(?:\d+(?:,\s*|\s+and\s+))*$/i.test(text.slice(0, e.from))) continue;
      return { value: e.value, unit: 'number', counts: e.counts ?? null };
    }
    if (e.type === 'percent') {
      const of = /^\s*(?:of\s+(?:(?:its|our|their|the|all)\s+)?)((?:[a-z][a-z’'-]*\s*){1,3})/i.exec(text.slice(e.to));
      return { value: e.value, unit: 'percent', counts: of ? countedNoun(of[1]) : null };
    }
    if (e.type === 'money') return { value: e.value, unit: e.currency ?? 'GBP', counts: null };
  }
  if (all) return { value: 100, unit: 'percent', counts: all[1].trim() };
  return null;
}

const STOP_AFTER = /\b(?:by|in|to|and|or|with|for|on|at|from|that|who|which|across|within|through|will|are|is|be|the)\b.*$/i;

function countedNoun(words: string): string | null {
  const noun = words.replace(STOP_AFTER, '').trim().toLowerCase();
  return noun || null;
}
