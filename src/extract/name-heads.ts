// What a capitalised name is, told by its head word, the way a reader tells "Civil Service Learning"
// (a body) from "Civil Service Reform Plan" (a plan):
//   "Maritime and Coastguard Agency", "Digital Leaders Forum", "Digital Pioneer group" → organisation
//   "Future Coastguard Programme", "Digital Skills Action Plan", "Annual Skills Review" → programme
//   "Heads of Profession", "Director General of Innovation, Growth and Technology" → a role, no mention
// The head is the last word ("Coastguard Agency"), or the word before "of"/"for" when the name is
// built that way ("Directorate of Media and Communications", "Department for Transport").
import type { EntityType } from '../model.js';

/** Head words of bodies. Capitalised or not, these end the name of an organisation. */
const ORGANISATION_HEADS = new Set([
  'office', 'offices', 'department', 'ministry', 'agency', 'service', 'services', 'authority', 'registry', 'commission',
  'council', 'directorate', 'inspectorate', 'committee', 'board', 'forum', 'club', 'team', 'group', 'unit',
  'executive', 'institute', 'institution', 'centre', 'center', 'trust', 'foundation', 'bureau',
  'division', 'partnership', 'panel', 'taskforce', 'secretariat', 'tribunal', 'ombudsman', 'regulator',
  'laboratory', 'company', 'corporation', 'bank', 'college', 'university', 'school', 'library', 'museum',
  'society', 'association', 'federation', 'confederation', 'guild', 'chamber', 'chambers', 'alliance', 'consortium', 'collective', 'hub', 'lab', 'labs', 'treasury',
  'constabulary', 'police', 'force', 'court', 'parliament', 'assembly', 'government', 'administration',
]);

/**
 * Head words that a body only has when written with a capital: "Government Communications Network";
 * and the business functions a department names its units after ("Technical Architecture",
 * "MOJ Technology", "Digital Communications", "Web Governance").
 */
const CAPITAL_ONLY_ORGANISATION_HEADS = new Set([
  'network', 'community', 'communities', 'faculty', 'profession', 'architecture', 'technology', 'operations',
  'engineering', 'finance', 'estates', 'procurement', 'communications', 'security', 'analytics', 'governance',
  'engagement', 'commercial', 'legal', 'audit', 'intelligence', 'resources',
]);

/** Head words of programmes, plans, standards, events, awards, products and services. */
const PROGRAMME_HEADS = new Set([
  'programme', 'programmes', 'program', 'scheme', 'schemes', 'plan', 'plans', 'standard', 'standards', 'review',
  'reviews', 'strategy', 'strategies', 'framework', 'initiative', 'project', 'pilot', 'academy', 'academies', 'fortnight', 'week',
  'month', 'day', 'summit', 'conference', 'award', 'awards', 'festival', 'challenge', 'competition', 'campaign',
  'manual', 'toolkit', 'handbook', 'guide', 'report', 'reports', 'survey', 'census', 'charter', 'model',
  'portal', 'platform', 'system', 'register', 'database', 'exchange', 'marketplace', 'store', 'levy',
  'allowance', 'credit', 'payment', 'payments', 'benefit', 'pension', 'grant', 'loan', 'loans', 'tax', 'duty',
  // Agreements between central and local government: "City Deal", "Growth Deals".
  'deal', 'deals',
  // "National Insurance contributions (NICs)": a tax, named with its lowercase head.
  'contributions',
  'licence', 'license', 'visa', 'online', 'reform', 'agenda',
  // A named policy is a programme: "Common Agricultural Policy", "Common Fisheries Policy".
  'policy', 'policies',
  // Funds are money set aside for a purpose: "National Productivity Investment Fund". A body named so
  // ("Pension Protection Fund", "International Monetary Fund") is in the gazetteer.
  'fund',
  // Regulations and certificates: "Building Regulations", "Energy Performance Certificates"; guidelines
  // and principles a standard sets: "Web Content Accessibility Guidelines", "Government Design Principles".
  'regulations', 'certificate', 'certificates', 'guidelines', 'principles',
  // Fiscal events and the papers that announce them: "Spring Budget 2017", "Autumn Statement 2016".
  'budget', 'statement',
  'roadmap', 'blueprint', 'pathway', 'apprenticeship',
  'apprenticeships', 'fellowship', 'scholarship', 'course', 'curriculum', 'masterclass', 'masterclasses',
  'workstream', 'accelerator', 'incubator', 'sprint', 'hackathon', 'assessment', 'stream', 'network', 'cohort',
  // Legislation: "Gambling Act 2005", "Digital Economy Bill".
  'act', 'bill',
  // Duties placed on firms, payments and reliefs made to them, records kept: "Energy Company
  // Obligation", "Renewable Heat Incentive", "Pupil Premium", "Small Business Rate Relief", "Electronic
  // Staff Record", "Individual Electoral Registration".
  'obligation', 'obligations', 'incentive', 'incentives', 'discount', 'guarantee', 'premium', 'relief', 'record', 'registration',
  // Systems and data sets named for what they hold: "Real Time Information (RTI)", "National Minimum
  // Data Set", "Police National Computer".
  'information', 'dataset', 'computer',
  // Savings products: "Investment Bond", "Premium Bonds".
  'bond', 'bonds', 'code',
]);

/**
 * Head words of places: a named group of territories or islands ("Overseas Territories", "Channel
 * Islands") and a named building ("Eland House"; a body named "… House" is in the gazetteer:
 * "Companies House").
 */
/** The last words of streets' names, which are places: "Smith Square", "Victoria Street". */
export const STREET_WORDS = ['street', 'road', 'square', 'lane', 'avenue', 'terrace', 'crescent', 'embankment'];
// (And the land's own features: "Thames Valley", "Jurassic Coast", "Forest of Dean", "North York Moors".)
const PLACE_HEADS = new Set(['territories', 'islands', 'isles', 'house', 'region', 'valley', 'vale', 'coast', 'peninsula', 'forest', 'moors', 'downs', 'fens', 'estuary', ...STREET_WORDS]);

/**
 * Head words of measures and statistics, which are no entity: "Gross Domestic Product", "Total Managed
 * Expenditure", "Consumer Prices Index", "Public Sector Net Borrowing", "Bank Rate", "Net Financing
 * Requirement".
 */
const MEASURE_HEADS = new Set([
  'product', 'expenditure', 'borrowing', 'income', 'deficit', 'debt', 'inflation', 'output', 'rate', 'rates',
  'ratio', 'earnings', 'index', 'indices', 'deflator', 'receipts', 'productivity', 'unemployment', 'growth',
  // What a budget must finance and what is left: "Net Financing Requirement", "Current Balance".
  'requirement', 'requirements', 'balance', 'surplus',
  // Spending controls: "Departmental Expenditure Limits".
  'limit', 'limits',
]);

/**
 * Heads that name an event only after a name of two words or more: "Civil Service Live" is an event,
 * "Go Live" a milestone.
 */
const EVENT_SUFFIXES = new Set(['live']);

/**
 * Programme heads that name a document, plan or piece of law, never a body: a capitalised "The" before
 * them does not make an organisation ("follow The Civil Service Reform Plan").
 */
const DOCUMENT_HEADS = new Set([
  'plan', 'plans', 'strategy', 'strategies', 'programme', 'programmes', 'program', 'scheme', 'schemes', 'standard', 'standards',
  'review', 'reviews', 'framework', 'initiative', 'project', 'report', 'reports', 'manual', 'toolkit', 'handbook',
  'guide', 'charter', 'act', 'bill', 'agenda', 'roadmap', 'blueprint', 'survey', 'census', 'index', 'pilot',
  'campaign', 'reform', 'levy', 'allowance', 'credit', 'grant', 'loan', 'loans', 'tax', 'duty', 'budget', 'statement',
  'bond', 'bonds', 'code',
]);

/** Whether a head word names a document, plan or law, never a body ("Plan", "Strategy", "Act"). */
export function isDocumentHead(word: string): boolean {
  return DOCUMENT_HEADS.has(word.toLowerCase());
}

/** Words that make a name a role or a job: no mention. "Head of Digital", "Chief Digital Officer". */
const ROLE_HEADS = new Set([
  'head', 'heads', 'director', 'directors', 'deputy', 'chief', 'officer', 'officers', 'secretary', 'secretaries',
  'minister', 'ministers', 'commissioner', 'chair', 'chairman', 'chairwoman', 'chairs', 'president', 'manager',
  'managers', 'leader', 'leaders', 'lead', 'leads', 'adviser', 'advisers', 'advisor', 'advisors', 'champion',
  'controller', 'registrar', 'counsel', 'auditor', 'general', 'generals', 'permanent', 'principal', 'owner', 'owners',
  'architect', 'analyst', 'specialist', 'specialists', 'coordinator', 'coach', 'mentor', 'sponsor', 'governor',
  'chancellor', 'mayor', 'speaker', 'comptroller', 'treasurer',
  // Academic posts: "Senior Research Fellow", "Visiting Professor" (a "Professor" before a name is an honorific).
  'fellow', 'fellows', 'lecturer', 'lecturers', 'researcher', 'researchers',
  // A council's posts: "Executive Member for Neighbourhoods", "Portfolio Holder for Digital Services".
  'member', 'members', 'holder', 'holders',
]);

/** Whether a word names a role or a job ("Director", "Minister", "Speaker"). */
export function isRoleWord(word: string): boolean {
  return ROLE_HEADS.has(word.toLowerCase()) || ROLE_QUALIFIERS.has(word.toLowerCase());
}

/** Words that qualify a role before a name: "Executive Director Mike Bracken", "Acting Chief Executive". */
const ROLE_QUALIFIERS = new Set(['executive', 'senior', 'acting', 'interim', 'former']);

/** Ranks inside a post's name: "Government Chief Technology Officer", "Deputy Chief Medical Officer". */
const RANKS = new Set(['Chief', 'Deputy', 'Senior', 'Principal', 'Assistant', 'Executive']);

const NAME_PREPOSITIONS = new Set(['inside', 'towards', 'toward', 'beyond', 'across', 'through', 'into', 'behind', 'within', 'without', 'between']);

/** Role phrases that hold a capitalised name of their own ("Attorney General", "Director General"). */
const ROLE_FIRST_WORDS = new Set(['head', 'heads', 'director', 'directors', 'chief', 'deputy', 'minister', 'secretary', 'permanent', 'senior', 'attorney', 'solicitor', 'chancellor', 'lord', 'baroness', 'sir', 'dame', 'mr', 'mrs', 'ms', 'dr', 'professor']);

/**
 * A role ("Chief Digital Officer") and a measure ("Gross Domestic Product"; also a language or a
 * holiday) are no mention.
 */
export type NameKind = EntityType | 'role' | 'measure';

export interface HeadReading {
  kind: NameKind;
  /** The head word that decided ("Agency", "Plan", "Heads"). */
  head: string;
}

const LINKERS = new Set(['of', 'for', 'and', '&', 'by', 'the', 'on', 'in', 'to', 'our', 'my', 'de', 'at', 'with', 'a']);

/** Words of a name, without linkers at its edges: "Directorate of Media and Communications". */
function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

// Capitalised plurals of heads that name several bodies of one kind, after two words or more: "12
// Employer Skills Hubs", "Local Enterprise Partnerships" (not "NHS Trusts", "Local Authorities", a kind
// of body; nor "Teams", "Groups", "Services", "Units", which title-case headings as often as they name bodies).
const PLURAL_ORGANISATION_HEADS = new Set([
  'partnerships', 'hubs', 'councils', 'trusts', 'boards', 'agencies', 'authorities', 'committees', 'centres',
  'colleges', 'universities', 'commissions', 'inspectorates', 'tribunals', 'foundations', 'associations', 'federations',
  'alliances', 'consortia', 'institutes', 'forces', 'constabularies', 'ministries', 'departments', 'networks',
]);

function kindOfHead(word: string): NameKind | null {
  const bare = word.replace(/[’']s?$/, '');
  const lower = bare.toLowerCase();
  if (ORGANISATION_HEADS.has(lower)) return 'organisation';
  if (CAPITAL_ONLY_ORGANISATION_HEADS.has(lower) && /^\p{Lu}/u.test(bare)) return 'organisation';
  if (PROGRAMME_HEADS.has(lower)) return 'programme';
  return null;
}

/**
 * Reads a capitalised name by its head word. Returns null when no word gives it away ("Consumer First",
 * "Universal Credit" reach their type elsewhere: a cue word after them, or the default for names).
 */
export function readHead(name: string): HeadReading | null {
  const ws = words(name);
  if (ws.length === 0) return null;
  const first = ws[0].toLowerCase();
  // A name that opens with a preposition names a programme or a publication, not a body, whatever its
  // last word: "Inside Government", "Towards Zero Waste", "Beyond Boundaries".
  if (ws.length >= 2 && NAME_PREPOSITIONS.has(first)) return { kind: 'programme', head: ws[0] };
  // "Heads of Profession", "Director General of Innovation, Growth and Technology", "Chief Digital Officer".
  // "Chief Executive of the Civil Service": a chief executive is a post, though "Executive" heads bodies.
  if (ROLE_FIRST_WORDS.has(first) && ws.length > 1 && (ROLE_HEADS.has(ws[1].toLowerCase()) || LINKERS.has(ws[1].toLowerCase()) || (first === 'chief' && ws[1] === 'Executive') || (ROLE_HEADS.has(first) && ws.length === 2))) {
    // "Attorney General’s Office" is a body: its last word decides.
    const lastKind = kindOfHead(ws[ws.length - 1]);
    if (!(lastKind === 'organisation' && /[’']s$/.test(ws[ws.length - 2] ?? ''))) return { kind: 'role', head: ws[0] };
  }
  // A director's post is written "Director" and its portfolio: "Director Transformation", "Director
  // Defence Strategy", "Director General Finance" (a person after it is read before: "Director Mike Bracken").
  if ((first === 'director' || first === 'directors') && ws.length > 1 && /^\p{Lu}/u.test(ws[0])) return { kind: 'role', head: ws[0] };
  // The word before the first "of"/"for" heads a name built that way; so does a head before "on"
  // ("Committee on Climate Change").
  const of = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || (w === 'on' && kindOfHead(ws[i - 1]) !== null)));
  if (of > 0) {
    const before = ws[of - 1];
    // "Digital Heads of Profession", "Director of Defence Communication".
    if (ROLE_HEADS.has(before.toLowerCase())) return { kind: 'role', head: before };
    // A code is named by what it governs, before it ("Transparency Code"); "Code for America" is a body.
    const k = before.toLowerCase() === 'code' ? null : kindOfHead(before);
    if (k) return { kind: k, head: before };
  }
  const last = ws[ws.length - 1];
  if (ws.length >= 2 && MEASURE_HEADS.has(last.toLowerCase()) && /^\p{Lu}/u.test(last)) return { kind: 'measure', head: last };
  // Languages and holidays are no entity: "British Sign Language", "St Ursula’s Day", "National Day".
  if (ws.length >= 2 && /^Languages?$/.test(last)) return { kind: 'measure', head: last };
  if (/^Days?$/.test(last) && (/^(?:St|Saint|National|Independence|Remembrance|Commonwealth|Christmas|Boxing|New Year’s|New Year's)$/.test(ws[0]) || ws.some((w) => /[’']s$/.test(w)))) {
    return { kind: 'measure', head: last };
  }
  if (ws.length >= 2 && PLACE_HEADS.has(last.toLowerCase()) && /^\p{Lu}/u.test(last) && !LINKERS.has(ws[ws.length - 2].toLowerCase())) {
    return { kind: 'place', head: last };
  }
  const k = kindOfHead(last);
  if (k) return { kind: k, head: last };
  if (ws.length >= 3 && PLURAL_ORGANISATION_HEADS.has(last.toLowerCase()) && ws.every((w) => /^\p{Lu}/u.test(w))) return { kind: 'organisation', head: last };
  if (EVENT_SUFFIXES.has(last.toLowerCase()) && ws.length >= 3) return { kind: 'programme', head: last };
  // Posts joined by "and" are one post: "Comptroller and Auditor General"; so is a longer post with a
  // rank in it: "Government Chief Technology Officer", "Government Chief Scientific Adviser".
  if (ROLE_HEADS.has(last.toLowerCase()) && (ws.length <= 3 || ws.every((w) => LINKERS.has(w.toLowerCase()) || ROLE_HEADS.has(w.toLowerCase())) || ws.slice(0, -1).some((w) => RANKS.has(w)))) return { kind: 'role', head: last };
  return null;
}

/**
 * Whether a word heads the names of bodies that stand on their own ("Council", "College", "Trust"), not
 * of a unit a post may lead ("Service", "Team", "Directorate": "Director General for Digital Services",
 * "Chief Executive of the Civil Service") nor a business function ("Technology").
 */
export function isBodyHead(word: string): boolean {
  const lower = word.toLowerCase();
  return ORGANISATION_HEADS.has(lower) && !UNIT_HEADS.has(lower);
}
const UNIT_HEADS = new Set(['service', 'services', 'team', 'group', 'unit', 'division', 'directorate', 'executive', 'government', 'administration', 'hub', 'lab', 'labs', 'club', 'forum', 'panel', 'taskforce', 'secretariat', 'office', 'offices']);

/** Whether a single word is a head word of any kind ("Programme", "Team"): not a name on its own. */
export function isHeadWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ORGANISATION_HEADS.has(lower) || PROGRAMME_HEADS.has(lower) || CAPITAL_ONLY_ORGANISATION_HEADS.has(lower) || ROLE_HEADS.has(lower) || PLACE_HEADS.has(lower);
}

