// The lines of the text a table stands on, from its first to its last line: no line of a table is a
// heading, a unit or a phase ("2015-16", "Department for Transport (DfT)" in a cell).
import type { Doc, Line, Span } from '../model.js';

/** Index in `lines` of the line holding text index `at`. */
export function lineIndexAt(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].from <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based numbers of the lines the spans run over. */
export function linesOf(lines: readonly Line[], spans: readonly Span[]): Set<number> {
  const found = new Set<number>();
  if (lines.length === 0) return found;
  for (const span of spans) {
    const first = lineIndexAt(lines, span.from);
    const last = lineIndexAt(lines, Math.max(span.from, span.to - 1));
    for (let i = first; i <= last; i++) found.add(lines[i].number);
  }
  return found;
}

/** 1-based numbers of the lines the document's tables stand on. */
export function tableLines(doc: Pick<Doc, 'lines' | 'markupTables'>): Set<number> {
  return linesOf(doc.lines, doc.markupTables.map((t) => t.span));
}
