// The lowercase word after a capitalised name, and what it says about the name.
//   "Digital Pioneer group", "Digital and Technology team" → an organisation; the word is part of the name
//   "Consumer First programme", "Digital Champions network" → a programme; the word is part of the name
//   "Building our Future events", "Consumer First banner", "DWP Sprint events" → a programme; the name alone
//   "Gold Award winners" → people described by the name: no mention
import type { EntityType } from '../model.js';

export type CueReading =
  | { role: 'part'; type: EntityType; plural: boolean }
  | { role: 'tail' }
  | { role: 'people' };

const PART: Record<string, EntityType> = {
  team: 'organisation', teams: 'organisation', group: 'organisation', groups: 'organisation',
  unit: 'organisation', units: 'organisation', board: 'organisation', boards: 'organisation',
  committee: 'organisation', committees: 'organisation', forum: 'organisation', club: 'organisation',
  panel: 'organisation', directorate: 'organisation', division: 'organisation', hub: 'organisation',
  programme: 'programme', programmes: 'programme', scheme: 'programme', schemes: 'programme',
  plan: 'programme', plans: 'programme', network: 'programme', networks: 'programme',
  standard: 'programme', standards: 'programme', levy: 'programme', fund: 'programme', funds: 'programme',
  toolkit: 'programme',
};

// Generic nouns after a name: "Consumer First banner", "Building our Future events".
const TAIL = new Set([
  'event', 'events', 'banner', 'brand', 'workstream', 'workstreams', 'strategy', 'initiative', 'initiatives', 'campaign',
  'campaigns', 'conversations', 'cohort', 'cohorts', 'resource', 'resources', 'project', 'projects', 'product', 'products',
  'session', 'sessions', 'roadshow', 'roadshows', 'approach', 'model', 'materials', 'activities', 'principles',
  'website', 'site', 'pages', 'service', 'services', 'bulletin', 'newsletter', 'blog', 'community', 'framework',
  'pilot', 'pilots', 'beta', 'alpha', 'prototype', 'tool', 'app', 'portal',
  'system', 'systems', 'platform', 'catalogue', 'database', 'course', 'courses',
  'conference', 'conferences', 'exhibition', 'fair', 'fairs',
]);

// People described by a name: "Gold Award winners", "Fast Stream entrants".
const PEOPLE = new Set(['winners', 'winner', 'holders', 'recipients', 'nominees', 'finalists', 'entrants', 'alumni', 'participants', 'trainees']);

/** Tails a single capitalised word may take and still be read as a name ("Sprint events"). */
const SINGLE_WORD_TAIL = new Set(['event', 'events', 'banner', 'brand', 'campaign', 'initiative', 'cohort', 'conversations', 'sessions']);
/** Tails after which a single word is a name only when it is coined ("the Firecrest system", not "the Finance system"). */
export const CODED_WORD_TAIL = new Set(['system', 'systems', 'platform', 'catalogue', 'database']);

export function readCue(word: string, nameLength: number): CueReading | null {
  const lower = word.toLowerCase();
  if (word !== lower) return null;
  const part = PART[lower];
  if (part) return { role: 'part', type: part, plural: /s$/.test(lower) && !/ss$/.test(lower) };
  if (TAIL.has(lower) && (nameLength > 1 || SINGLE_WORD_TAIL.has(lower) || CODED_WORD_TAIL.has(lower))) return { role: 'tail' };
  if (PEOPLE.has(lower)) return { role: 'people' };
  return null;
}
