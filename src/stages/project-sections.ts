// Stage: sections as a projection of the outline.
//
// On a progress page, where build-outline found the units × phases reading of segment-sections
// trustworthy, the sections stay exactly as segment-sections cut them (ids included); each only learns
// its outline record (its phase heading's, else its unit heading's) and its heading path. On any
// other document with an outline, each heading that is not a caption starts a section that runs to
// the next one: its unit is its top-level heading, its id the heading's outline id ("h02.03"), and
// the lines before the first heading are the preamble. Captions stay in the section they stand in.
// Every line still lands in exactly one section or the preamble.
import { addMessage, lineSpan, PREAMBLE_SECTION_ID, type Doc, type OutlineEntry, type Section } from '../model.js';
import { classifyUnit, normaliseSpace } from '../headings.js';
import { unitKey } from '../units/unit-key.js';
import { isTrustedReading, lineIndexAt } from './build-outline.js';

/** The texts of an outline record's ancestors, top first, then its own. */
export function headingPath(byId: Map<string, OutlineEntry>, entry: OutlineEntry): string[] {
  const path: string[] = [];
  for (let e: OutlineEntry | undefined = entry; e; e = e.parentId ? byId.get(e.parentId) : undefined) path.unshift(normaliseSpace(e.text));
  return path;
}

// Messages segment-sections gave about the sections it cut, which a projection replaces.
const SECTION_MESSAGES = new Set(['no-headings', 'empty-section']);

export function projectSections(doc: Doc): void {
  const byId = new Map(doc.outline.map((e) => [e.id, e]));
  const byLine = new Map<number, OutlineEntry>();
  for (const e of doc.outline) byLine.set(lineIndexAt(doc, e.span.from) + 1, e);
  const headingLines = new Set([...byLine.keys()].map((l) => l - 1));
  const structural = doc.outline.filter((e) => e.kind !== 'caption');

  if (structural.length === 0 || isTrustedReading(doc, headingLines)) {
    for (const s of doc.sections) {
      const line = s.headingLine ?? s.unitLine;
      const entry = line !== null ? byLine.get(line) : undefined;
      s.outlineId = entry?.id ?? null;
      s.headingPath = entry ? headingPath(byId, entry) : [];
    }
    return;
  }

  doc.messages = doc.messages.filter((m) => !SECTION_MESSAGES.has(m.ruleId));
  const lines = doc.lines;
  const firstLineOf = (e: OutlineEntry) => lineIndexAt(doc, e.span.from);
  const top = new Map<string, { index: number; entry: OutlineEntry }>();
  let topCount = 0;
  for (const e of structural) if (e.parentId === null) top.set(e.id, { index: ++topCount, entry: e });
  const topOf = (e: OutlineEntry) => {
    let t = e;
    while (t.parentId) t = byId.get(t.parentId)!;
    return top.get(t.id) ?? { index: 1, entry: t };
  };

  const firstHeading = firstLineOf(structural[0]);
  doc.preamble = firstHeading > 0
    ? { firstLine: 1, lastLine: firstHeading, text: doc.text.slice(lines[0].from, lines[firstHeading - 1].to) }
    : null;
  // The body of lines first..last: from its first to its last non-blank line; empty at `empty` when all are blank.
  const body = (first: number, last: number, empty: number) => {
    let startLine: number | null = null;
    let endLine: number | null = null;
    for (let i = first; i <= last; i++) {
      if (lines[i].content.trim().length === 0) continue;
      if (startLine === null) startLine = i;
      endLine = i;
    }
    const from = startLine !== null ? lines[startLine].from : empty;
    const to = endLine !== null ? lines[endLine].to : from;
    return { startLine, endLine, from, to };
  };
  const sections: Section[] = [];
  // The preamble (title, "Updated" line, introduction) is read like any section, as section u00.
  if (doc.preamble) {
    const { startLine, endLine, from, to } = body(0, firstHeading - 1, lines[0].from);
    sections.push({
      id: PREAMBLE_SECTION_ID,
      unitIndex: 0,
      unit: doc.title ?? '',
      unitKind: 'other',
      unitKey: 'document',
      phase: null,
      phaseKind: null,
      phaseYear: null,
      phaseMonth: null,
      unitLine: null,
      headingLine: null,
      firstLine: 1,
      lastLine: firstHeading,
      startLine: startLine !== null ? startLine + 1 : null,
      endLine: endLine !== null ? endLine + 1 : null,
      text: doc.text.slice(from, to),
      span: { from, to },
      outlineId: null,
      headingPath: [],
    });
  }
  structural.forEach((entry, k) => {
    const first = firstLineOf(entry);
    const last = k + 1 < structural.length ? firstLineOf(structural[k + 1]) - 1 : lines.length - 1;
    const headingEnd = lineIndexAt(doc, Math.max(entry.span.from, entry.span.to - 1));
    const { startLine, endLine, from, to } = body(headingEnd + 1, last, entry.span.to);
    const unit = topOf(entry);
    const unitText = normaliseSpace(unit.entry.text);
    const isTop = entry.parentId === null;
    sections.push({
      id: entry.id,
      unitIndex: unit.index,
      unit: unitText,
      unitKind: classifyUnit(unitText),
      unitKey: unitKey(unitText),
      phase: null,
      phaseKind: null,
      phaseYear: null,
      phaseMonth: null,
      unitLine: isTop ? first + 1 : null,
      headingLine: first + 1,
      firstLine: first + 1,
      lastLine: last + 1,
      startLine: startLine !== null ? startLine + 1 : null,
      endLine: endLine !== null ? endLine + 1 : null,
      text: doc.text.slice(from, to),
      span: { from, to },
      outlineId: entry.id,
      headingPath: headingPath(byId, entry),
    });
    if (startLine === null && structural[k + 1]?.parentId !== entry.id) {
      addMessage(doc, 'empty-section', `section "${normaliseSpace(entry.text)}" has a heading and nothing under it`, lineSpan(doc, first + 1), 'info');
    }
  });
  doc.sections = sections;
}
