// Stage: pipe tables in plain text ("Year | Savings" / "---- | ----" / "2012/13 | 0.16"), tables whose
// cells are separated by tabs (pasted from a spreadsheet) and tables laid out with spaces in columns of
// amounts (a report saved as text), recorded as a
// Markdown, HTML or JSON reader records its tables. The readers of marked-up formats have found theirs
// already, so this stage reads plain text only. The line blocks of a table's lines become one table
// block, as a reader of markup gives it, so that no table line is read as a heading.
import type { Block, Doc } from '../model.js';
import { findPipeTables, findSpaceTables, findTabTables } from '../tables/pipe-text.js';

export function findTextTables(doc: Doc): void {
  if (doc.sourceMap !== null || doc.source.format !== 'text') return;
  // Pipe tables, then tables separated by tabs on the lines no pipe table holds.
  const pipes = findPipeTables(doc.lines);
  const tabs = findTabTables(doc.lines).filter((t) => !pipes.some((p) => t.span.from < p.span.to && p.span.from < t.span.to));
  // Then tables laid out with spaces, on the lines neither holds.
  const spaced = findSpaceTables(doc.lines).filter((t) => ![...pipes, ...tabs].some((p) => t.span.from < p.span.to && p.span.from < t.span.to));
  doc.markupTables = [...pipes, ...tabs, ...spaced].sort((a, b) => a.span.from - b.span.from);
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
