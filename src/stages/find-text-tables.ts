// Stage: pipe tables in plain text ("Year | Savings" / "---- | ----" / "2012/13 | 0.16"), recorded as a
// Markdown, HTML or JSON reader records its tables. The readers of marked-up formats have found theirs
// already, so this stage reads plain text only.
import type { Doc } from '../model.js';
import { findPipeTables } from '../tables/pipe-text.js';

export function findTextTables(doc: Doc): void {
  if (doc.toSource !== null || doc.source.format !== 'text') return;
  doc.markupTables = findPipeTables(doc.lines);
}
