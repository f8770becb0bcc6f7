// What changed between two versions of a page: units matched by unit key, then sections by phase,
// then sentences by sequence alignment (a pair at or above SENTENCE_SIMILARITY is one sentence changed,
// below it one removed and one added), entities by type and value. Pure: it takes two document.json
// records and returns the diff.json record.
import type { Point } from '../model.js';
import { groupBy } from '../group-by.js';
import { align, lcsKept, SENTENCE_SIMILARITY } from './align.js';

export const DIFF_SCHEMA_VERSION = 1;

export type Change = 'added' | 'removed' | 'changed' | 'unchanged';

/** The parts of a document.json the diff reads. */
export interface DiffSide {
  source: { path: string; sha256: string };
  title: string | null;
  updated: string | null;
  sections: Array<{ id: string; unitIndex: number; unit: string; unitKey: string; phase: string | null; phaseKind: string | null; phaseYear: number | null }>;
  sentences: Array<{ id: string; sectionId: string; text: string; start: Point | null; end: Point | null }>;
  entities: Array<{ id: string; sectionId: string; type: string; value: string | number | null; text: string; start: Point | null; end: Point | null }>;
}

export interface Located {
  text: string;
  start: Point | null;
  end: Point | null;
}

export interface EntityRef extends Located {
  type: string;
  value: string | number | null;
}

export interface SentenceDiff {
  change: Change;
  old?: Located;
  new?: Located;
}

export interface SectionDiff {
  phase: string | null;
  phaseKind: string | null;
  phaseYear: number | null;
  change: Change;
  /** The old phase heading when it was reworded ("Progress in 2013" → "Progress during 2013"). */
  oldPhase?: string | null;
  sentences: SentenceDiff[];
  entities: { added: EntityRef[]; removed: EntityRef[] };
}

export interface UnitDiff {
  unit: string;
  unitKey: string;
  change: Change;
  /** True when the unit changed place among the units both versions share. */
  moved: boolean;
  /** The old unit heading when it was reworded under the same key. */
  oldUnit?: string;
  sections: SectionDiff[];
}

export interface DiffSummary {
  unitsAdded: number;
  unitsRemoved: number;
  unitsChanged: number;
  unitsUnchanged: number;
  unitsMoved: number;
  orderChanged: boolean;
  sectionsAdded: number;
  sectionsRemoved: number;
  sentencesAdded: number;
  sentencesRemoved: number;
  sentencesChanged: number;
  entitiesAdded: number;
  entitiesRemoved: number;
  /** The similarity at or above which two sentences are one sentence changed. */
  sentenceSimilarity: number;
  /** One line: "2 units changed, 1 added, order changed". */
  text: string;
}

export interface SideInfo {
  path: string;
  sha256: string;
  title: string | null;
  updated: string | null;
}

export interface DiffJson {
  schemaVersion: number;
  old: SideInfo;
  new: SideInfo;
  units: UnitDiff[];
  summary: DiffSummary;
}

interface Unit {
  key: string;
  unit: string;
  unitKey: string;
  sections: Array<{ key: string; section: DiffSide['sections'][number]; sentences: DiffSide['sentences']; entities: DiffSide['entities'] }>;
}

/** Units in document order, each keyed by its unit key (a repeated key gets "#2", "#3"). */
function unitsOf(side: DiffSide): Unit[] {
  const sentencesOf = groupBy(side.sentences, (s) => s.sectionId);
  const entitiesOf = groupBy(side.entities, (e) => e.sectionId);
  const units: Unit[] = [];
  const byIndex = new Map<number, Unit>();
  const seenKeys = new Map<string, number>();
  for (const section of side.sections) {
    let unit = byIndex.get(section.unitIndex);
    if (!unit) {
      const n = (seenKeys.get(section.unitKey) ?? 0) + 1;
      seenKeys.set(section.unitKey, n);
      unit = { key: n === 1 ? section.unitKey : `${section.unitKey}#${n}`, unit: section.unit, unitKey: section.unitKey, sections: [] };
      byIndex.set(section.unitIndex, unit);
      units.push(unit);
    }
    unit.sections.push({ key: '', section, sentences: sentencesOf.get(section.id) ?? [], entities: entitiesOf.get(section.id) ?? [] });
  }
  // Sections by phase: kind and year ("progress 2013"), or the heading when it has no kind; the lines
  // before a unit's first phase heading are "intro". A repeated phase gets "#2".
  for (const unit of units) {
    const seen = new Map<string, number>();
    for (const s of unit.sections) {
      const base = s.section.phase === null ? 'intro' : s.section.phaseKind ? `${s.section.phaseKind} ${s.section.phaseYear ?? ''}` : `heading ${s.section.phase}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      s.key = n === 1 ? base : `${base}#${n}`;
    }
  }
  return units;
}

const located = (x: { text: string; start: Point | null; end: Point | null }): Located => ({ text: x.text, start: x.start, end: x.end });
const entityRef = (e: DiffSide['entities'][number]): EntityRef => ({ type: e.type, value: e.value, text: e.text, start: e.start, end: e.end });
const entityKey = (e: DiffSide['entities'][number]) => `${e.type}\u0000${e.value === null ? `text:${e.text}` : JSON.stringify(e.value)}`;

/** Entities of the new version not in the old (by type and value, counting repeats), and the other way. */
function diffEntities(oldList: DiffSide['entities'], newList: DiffSide['entities']): SectionDiff['entities'] {
  const left = new Map<string, number>();
  for (const e of oldList) left.set(entityKey(e), (left.get(entityKey(e)) ?? 0) + 1);
  const added: EntityRef[] = [];
  for (const e of newList) {
    const n = left.get(entityKey(e)) ?? 0;
    if (n > 0) left.set(entityKey(e), n - 1);
    else added.push(entityRef(e));
  }
  const right = new Map<string, number>();
  for (const e of newList) right.set(entityKey(e), (right.get(entityKey(e)) ?? 0) + 1);
  const removed: EntityRef[] = [];
  for (const e of oldList) {
    const n = right.get(entityKey(e)) ?? 0;
    if (n > 0) right.set(entityKey(e), n - 1);
    else removed.push(entityRef(e));
  }
  return { added, removed };
}

function diffSection(oldSection: Unit['sections'][number] | undefined, newSection: Unit['sections'][number] | undefined): SectionDiff {
  const head = (newSection ?? oldSection)!.section;
  const base = { phase: head.phase, phaseKind: head.phaseKind, phaseYear: head.phaseYear };
  if (!oldSection) {
    return { ...base, change: 'added', sentences: newSection!.sentences.map((s) => ({ change: 'added', new: located(s) })), entities: { added: newSection!.entities.map(entityRef), removed: [] } };
  }
  if (!newSection) {
    return { ...base, change: 'removed', sentences: oldSection.sentences.map((s) => ({ change: 'removed', old: located(s) })), entities: { added: [], removed: oldSection.entities.map(entityRef) } };
  }
  const sentences: SentenceDiff[] = align(oldSection.sentences, newSection.sentences, (s) => s.text).map((step) => {
    if (step.kind === 'added') return { change: 'added', new: located(step.new) };
    if (step.kind === 'removed') return { change: 'removed', old: located(step.old) };
    return { change: step.kind === 'same' ? 'unchanged' : 'changed', old: located(step.old), new: located(step.new) };
  });
  const entities = diffEntities(oldSection.entities, newSection.entities);
  const renamed = oldSection.section.phase !== newSection.section.phase;
  const changed = renamed || sentences.some((s) => s.change !== 'unchanged') || entities.added.length > 0 || entities.removed.length > 0;
  return { ...base, change: changed ? 'changed' : 'unchanged', ...(renamed ? { oldPhase: oldSection.section.phase } : {}), sentences, entities };
}

function diffUnit(oldUnit: Unit | undefined, newUnit: Unit | undefined, moved: boolean): UnitDiff {
  const head = (newUnit ?? oldUnit)!;
  const oldSections = new Map((oldUnit?.sections ?? []).map((s) => [s.key, s]));
  const newSections = new Map((newUnit?.sections ?? []).map((s) => [s.key, s]));
  // The new version's order, each removed section after the section it followed in the old version.
  const keys = mergeOrder((oldUnit?.sections ?? []).map((s) => s.key), (newUnit?.sections ?? []).map((s) => s.key));
  const sections = keys.map((k) => diffSection(oldSections.get(k), newSections.get(k)));
  const renamed = oldUnit !== undefined && newUnit !== undefined && oldUnit.unit !== newUnit.unit;
  const change: Change = !oldUnit ? 'added' : !newUnit ? 'removed' : renamed || sections.some((s) => s.change !== 'unchanged') ? 'changed' : 'unchanged';
  return { unit: head.unit, unitKey: head.unitKey, change, moved, ...(renamed ? { oldUnit: oldUnit!.unit } : {}), sections };
}

/** The keys of the new order, with each key only the old order has placed after the key it followed there. */
export function mergeOrder(oldKeys: readonly string[], newKeys: readonly string[]): string[] {
  const inNew = new Set(newKeys);
  const out = [...newKeys];
  let at = 0;
  for (const k of oldKeys) {
    if (inNew.has(k)) {
      at = out.indexOf(k) + 1;
      continue;
    }
    out.splice(at, 0, k);
    at++;
  }
  return out;
}

export function diffDocuments(oldDoc: DiffSide, newDoc: DiffSide): DiffJson {
  const oldUnits = unitsOf(oldDoc);
  const newUnits = unitsOf(newDoc);
  const oldByKey = new Map(oldUnits.map((u) => [u.key, u]));
  const newByKey = new Map(newUnits.map((u) => [u.key, u]));
  // Moved: the shared units outside the longest run both versions keep in the same order.
  const sharedOld = oldUnits.filter((u) => newByKey.has(u.key)).map((u) => u.key);
  const sharedNew = newUnits.filter((u) => oldByKey.has(u.key)).map((u) => u.key);
  const kept = lcsKept(sharedOld, sharedNew);
  const moved = new Set(sharedNew.filter((_, i) => !kept.has(i)));
  const keys = mergeOrder(oldUnits.map((u) => u.key), newUnits.map((u) => u.key));
  const units = keys.map((k) => diffUnit(oldByKey.get(k), newByKey.get(k), moved.has(k)));
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    old: sideInfo(oldDoc),
    new: sideInfo(newDoc),
    units,
    summary: summarise(units),
  };
}

const sideInfo = (d: DiffSide): SideInfo => ({ path: d.source.path, sha256: d.source.sha256, title: d.title, updated: d.updated });

export function summarise(units: UnitDiff[]): DiffSummary {
  const count = (c: Change) => units.filter((u) => u.change === c).length;
  const sections = units.flatMap((u) => u.sections);
  const sentences = sections.flatMap((s) => s.sentences);
  const summary = {
    unitsAdded: count('added'),
    unitsRemoved: count('removed'),
    unitsChanged: count('changed'),
    unitsUnchanged: count('unchanged'),
    unitsMoved: units.filter((u) => u.moved).length,
    orderChanged: units.some((u) => u.moved),
    sectionsAdded: sections.filter((s) => s.change === 'added').length,
    sectionsRemoved: sections.filter((s) => s.change === 'removed').length,
    sentencesAdded: sentences.filter((s) => s.change === 'added').length,
    sentencesRemoved: sentences.filter((s) => s.change === 'removed').length,
    sentencesChanged: sentences.filter((s) => s.change === 'changed').length,
    entitiesAdded: sections.reduce((n, s) => n + s.entities.added.length, 0),
    entitiesRemoved: sections.reduce((n, s) => n + s.entities.removed.length, 0),
    sentenceSimilarity: SENTENCE_SIMILARITY,
  };
  return { ...summary, text: summaryLine(summary) };
}

/** "2 units changed, 1 added, order changed"; "no changes" when nothing changed. */
export function summaryLine(s: Omit<DiffSummary, 'text' | 'sentenceSimilarity'>): string {
  const parts: string[] = [];
  const units = (n: number) => `${n} unit${n === 1 ? '' : 's'}`;
  let named = false;
  for (const [n, word] of [[s.unitsChanged, 'changed'], [s.unitsAdded, 'added'], [s.unitsRemoved, 'removed']] as const) {
    if (n === 0) continue;
    parts.push(named ? `${n} ${word}` : `${units(n)} ${word}`);
    named = true;
  }
  if (s.orderChanged) parts.push('order changed');
  return parts.length ? parts.join(', ') : 'no changes';
}
