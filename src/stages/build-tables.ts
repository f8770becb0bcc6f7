// Stage: tables as data. Each table the reader recorded is laid out in a grid (rowspan and colspan
// honoured), each cell gets its number, its column header and its row header (tables/layout.ts), the
// table its caption and the section its first line is in. A note mark in a cell ("45[^1]", "DWP[^3]")
// is part of its text, not of its value or of the header it gives other cells.
//
// The caption is the table's <caption>, or else the line just above the table when it has a caption's
// form: "Table 1.1: Summary of the OBR’s central economic forecast", "Figure 11: Estimated cumulative
// savings (£ billions) by year" (a kramdown attribute list after it, "{: .fig #fig-11}", left out).
import type { Doc, MarkupTable, Section, Span, Table, TableCell } from '../model.js';
import { layoutTable } from '../tables/layout.js';
import { lineIndexAt } from '../tables/table-lines.js';
import { withoutMarks } from '../text/note-marks.js';

const CAPTION = /^(?:table|figure|chart|exhibit)\s+(?:[A-Z]?\d+(?:[.\-–]\d+)*[a-z]?|[A-Z]|[IVX]+)\s*(?:[:.–—-]\s*|\s+)\S/i;
const TRAILING_ATTRIBUTES = /\s*\{:[^}]*\}\s*$/;

function captionAbove(doc: Doc, table: MarkupTable): Span | null {
  if (doc.lines.length === 0) return null;
  let i = lineIndexAt(doc.lines, table.span.from) - 1;
  while (i >= 0 && doc.lines[i].content.trim() === '') i--;
  if (i < 0) return null;
  const line = doc.lines[i];
  const content = line.content.replace(TRAILING_ATTRIBUTES, '');
  const lead = content.length - content.trimStart().length;
  const text = content.trim();
  if (!CAPTION.test(text)) return null;
  return { from: line.from + lead, to: line.from + lead + text.length };
}

function sectionAt(sections: readonly Section[], line: number): string | null {
  for (const s of sections) if (s.firstLine <= line && line <= s.lastLine) return s.id;
  return null;
}

export function buildTables(doc: Doc): void {
  doc.tables = doc.markupTables.map((markup, n): Table => {
    const slice = (span: Span) => doc.text.slice(span.from, span.to);
    const spanOf = (r: number, k: number) => markup.rows[r].cells[k].span;
    const layout = layoutTable(markup, (r, k) => slice(spanOf(r, k)), (r, k) => withoutMarks(doc.text, spanOf(r, k), doc.noteMarks));
    const cells = layout.cells.map((c): TableCell => ({
      row: c.row,
      column: c.column,
      rowSpan: c.rowSpan,
      colSpan: c.colSpan,
      header: c.header,
      text: c.text,
      value: c.value,
      columnHeader: c.columnHeader,
      rowHeader: c.rowHeader,
      span: markup.rows[c.rowIndex].cells[c.cellIndex].span,
    }));
    const captionSpan = markup.caption ?? captionAbove(doc, markup);
    const line = doc.lines.length ? doc.lines[lineIndexAt(doc.lines, markup.span.from)].number : 1;
    return {
      id: `t${String(n + 1).padStart(2, '0')}`,
      sectionId: sectionAt(doc.sections, line),
      caption: captionSpan ? slice(captionSpan) : null,
      captionSpan,
      rows: layout.rows,
      columns: layout.columns,
      rule: markup.rule,
      span: markup.span,
      cells,
    };
  });
}
