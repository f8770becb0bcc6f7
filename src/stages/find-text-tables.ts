// Stage: pipe tables in plain text ("Year | Savings" / "---- | ----" / "2012/13 | 0.16"), recorded as a
// Markdown, HTML or JSON reader records its tables. The readers of marked-up formats have found theirs
// already, so this stage reads plain text only. The line blocks of a table's lines become one table
// block, as a reader of markup gives it, so that no table line is read as a heading.
import type { Block, Doc } from '../model.js';
import { findPipeTables } from '../tables/pipe-text.js';

export function findTextTables(doc: Doc): void {
  if (doc.sourceMap !== null || doc.source.format !== 'text') return;
  doc.markupTables = findPipeTables(doc.lines);
  if (doc.markupTables.length === 0) return;
  const tableBlocks: Block[] = doc.markupTables.map((t) => ({
    type: 'table',
    level: null,
    depth: null,
    bold: false,
    text: doc.text.slice(t.span.from, t.span.to),
    span: { ...t.span },
  }));
  const inTable = (b: Block) => tableBlocks.some((t) => b.span.from < t.span.to && b.span.to > t.span.from);
  doc.blocks = [...doc.blocks.filter((b) => !inTable(b)), ...tableBlocks].sort((a, b) => a.span.from - b.span.from || b.span.to - a.span.to);
}
