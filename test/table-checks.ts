// The invariants every table keeps, shared by the invariant tests over fixtures and the table tests.
import { expect } from 'vitest';
import type { Doc } from '../src/model.js';

/**
 * Tables: every cell and caption slices back to its text (plain text: the source at its offsets; HTML,
 * Markdown, JSON: the visible text at its span, and the source itself wherever the cell's source is
 * plain characters); the grid slots the cells cover never overlap; no table line is a unit or phase heading.
 */
export function checkTableInvariants(doc: Doc): void {
  const codePoints = Array.from(doc.raw);
  const sliceCodePoints = (_source: string, start: number, end: number) => codePoints.slice(start, end).join('');
  const source = doc.raw;
  const headingLines = new Set(doc.sections.flatMap((s) => [s.unitLine, s.headingLine]).filter((l): l is number => l !== null));
  for (const table of doc.tables) {
    const pieces = [
      ...table.cells.map((c) => ({ id: `${table.id}.r${c.row}c${c.column}`, span: c.span, start: c.start!, end: c.end!, text: c.text })),
      ...(table.captionSpan ? [{ id: `${table.id}.caption`, span: table.captionSpan, start: table.captionStart!, end: table.captionEnd!, text: table.caption! }] : []),
    ];
    for (const p of pieces) {
      expect(p.start.offset, p.id).toBeLessThanOrEqual(p.end.offset);
      const slice = sliceCodePoints(source, p.start.offset, p.end.offset);
      if (doc.sourceMap === null) expect(slice, p.id).toBe(p.text);
      else {
        expect(doc.text.slice(p.span.from, p.span.to), p.id).toBe(p.text);
        // No markup, character reference, escape or line break between: the source is the text itself.
        if (!/[<&\\*_`\n\r]|\s\s|\\u/.test(slice)) expect(slice, p.id).toBe(p.text);
      }
    }
    const slots = new Set<string>();
    for (const c of table.cells) {
      expect(c.row + c.rowSpan - 1, `${table.id} r${c.row}c${c.column}`).toBeLessThanOrEqual(table.rows);
      expect(c.column + c.colSpan - 1, `${table.id} r${c.row}c${c.column}`).toBeLessThanOrEqual(table.columns);
      for (let r = c.row; r < c.row + c.rowSpan; r++) {
        for (let k = c.column; k < c.column + c.colSpan; k++) {
          expect(slots.has(`${r},${k}`), `${table.id}: slot ${r},${k} covered twice`).toBe(false);
          slots.add(`${r},${k}`);
        }
      }
    }
    const first = doc.lines.findIndex((l) => l.to >= table.span.from);
    for (let i = first; i >= 0 && i < doc.lines.length && doc.lines[i].from < table.span.to; i++) {
      expect(headingLines.has(doc.lines[i].number), `${table.id}: line ${doc.lines[i].number} ("${doc.lines[i].content}") is a heading`).toBe(false);
    }
  }
}
