// Stage: follow each commitment into the later progress phases of its unit and say whether they report
// on it (`reported`, `partly`, `not-reported`, or `no-later-report` when the page has no later progress
// phase for it), with the matching progress sentences as evidence, best first. The matcher is in
// commitments/match.ts; `policy-extract explain <file> --commitment <id>` prints its reasons.
import type { Commitment, Doc, Entity, Sentence } from '../model.js';
import { contentLemmas } from '../commitments/lemmas.js';
import { commitmentQuery, decide, indexUnit, laterProgressSections, scoreCandidate, THRESHOLDS, type FollowThrough, type UnitIndex } from '../commitments/match.js';
import { groupBy } from '../group-by.js';

export function followThrough(doc: Doc): void {
  const context = matchContext(doc);
  for (const c of doc.commitments) {
    const result = followCommitment(doc, c, context);
    c.status = result.status;
    c.evidence = result.status === 'reported' || result.status === 'partly'
      ? result.candidates.filter((x) => x.score >= THRESHOLDS.evidence).slice(0, THRESHOLDS.maxEvidence).map((x) => ({ sentenceId: x.sentenceId, score: x.score }))
      : [];
  }
}

export interface MatchContext {
  sentencesOf: Map<string, Sentence[]>;
  entitiesOf: Map<string, Entity[]>;
  /** Lemmas and frequencies of the whole document, built on first use. */
  index: UnitIndex | null;
  /** Sections of each unit (by unit index), in document order. */
  sectionsOfUnit: Map<number, Doc['sections']>;
  sectionById: Map<string, Doc['sections'][number]>;
  /** The page's acronyms, short and long form in lower case, made once for all its commitments. */
  acronyms: Array<{ short: string; long: string }>;
}

export function matchContext(doc: Doc): MatchContext {
  const sentencesOf = groupBy(doc.sentences, (s) => s.sectionId);
  const entitiesOf = groupBy(doc.entities, (e) => e.sentenceId);
  const sectionsOfUnit = groupBy(doc.sections, (s) => s.unitIndex);
  const acronyms = doc.acronyms.map((a) => ({ short: a.short.toLowerCase(), long: a.long.toLowerCase() }));
  return { sentencesOf, entitiesOf, index: null, sectionsOfUnit, sectionById: new Map(doc.sections.map((s) => [s.id, s])), acronyms };
}

/** Candidates (best first, ties in document order) and the status of one commitment. */
export function followCommitment(doc: Doc, c: Commitment, context: MatchContext): FollowThrough {
  const sections = laterProgressSections(doc, c.sectionId, context.sectionsOfUnit, context.sectionById);
  if (sections.length === 0) return { status: 'no-later-report', candidates: [], sections, reason: 'the unit has no later progress phase' };
  // Frequencies over the whole page: a word every unit repeats ("digital") weighs little, a word a
  // plan and its report share and few other statements use ("oversight", "guidance") weighs much.
  context.index ??= indexUnit(doc.sentences, context.entitiesOf);
  const index = context.index;
  // The unit's own name and acronym, as entity keys: "organisation:moj" for the Ministry of Justice.
  // On a department's page organised by action, the department is the unit's organisation.
  const names = [c.unit, c.unitKey, doc.metadata.department, doc.metadata.departmentKey].filter((n): n is string => typeof n === 'string' && n !== '').map((n) => n.toLowerCase());
  const unitNames = new Set(names.map((n) => `organisation:${n}`));
  for (const a of context.acronyms) if (names.includes(a.long) || names.includes(a.short)) {
    unitNames.add(`organisation:${a.short}`);
    unitNames.add(`organisation:${a.long}`);
  }
  const unitWords = new Set([...names, ...[...unitNames].map((k) => k.slice('organisation:'.length))].flatMap((n) => contentLemmas(n)));
  const query = commitmentQuery(index, c.sentenceId, unitNames, unitWords);
  const candidates = sections
    .flatMap((id) => context.sentencesOf.get(id) ?? [])
    .map((s, order) => ({ scored: scoreCandidate(index, query, s), order }))
    .sort((a, b) => b.scored.score - a.scored.score || a.order - b.order)
    .map((x) => x.scored);
  const { status, reason } = decide(candidates, sections.length, c.target);
  return { status, candidates, sections, reason };
}
