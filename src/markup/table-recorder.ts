// Records the tables a reader meets as it writes their text through a TextBuilder: each cell is a span
// of the visible text (every cell is a line of it), trimmed of the line break before it and of white
// space. Readers call open/close around each table, row, cell and caption, in document order; a table
// inside a cell is recorded as a table of its own (the outer cell's text includes it).
//
//   <tr><th>Total</th><td class="numeric">-1,545</td></tr>   → row of two cells, "Total" and "-1,545"
import type { MarkupCell, MarkupRow, MarkupTable } from '../model.js';
import type { TextBuilder } from './text-builder.js';

interface Open {
  table: MarkupTable;
  row: MarkupRow | null;
  cell: { header: boolean; rowSpan: number; colSpan: number; from: number } | null;
  captionFrom: number | null;
}

/** A span's worth of positive integer from a rowspan/colspan attribute: "2" → 2, "0", "x" or absent → 1. */
export function spanCount(value: unknown, max = 1000): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : 1;
}

export class TableRecorder {
  readonly tables: MarkupTable[] = [];
  private readonly stack: Open[] = [];

  constructor(
    private readonly builder: TextBuilder,
    private readonly rule: string,
  ) {}

  openTable(): void {
    const table: MarkupTable = { span: { from: this.builder.size, to: this.builder.size }, caption: null, rows: [], rule: this.rule };
    this.tables.push(table);
    this.stack.push({ table, row: null, cell: null, captionFrom: null });
  }

  closeTable(): void {
    const open = this.stack.pop();
    if (!open) return;
    if (open.cell) this.closeCell();
    const span = this.trimmed(open.table.span.from);
    open.table.span = span;
    // A table with no cell at all (<table></table>) is not kept.
    if (!open.table.rows.some((r) => r.cells.length > 0)) this.tables.splice(this.tables.indexOf(open.table), 1);
  }

  openRow(head: boolean): void {
    const open = this.top();
    if (!open) return;
    if (open.cell) this.closeCell();
    open.row = { head, cells: [] };
    open.table.rows.push(open.row);
  }

  closeRow(): void {
    const open = this.top();
    if (!open) return;
    if (open.cell) this.closeCell();
    open.row = null;
  }

  openCell(header: boolean, rowSpan = 1, colSpan = 1): void {
    const open = this.top();
    if (!open) return;
    // A cell outside any <tr> starts a row of its own, as a browser reads it.
    if (!open.row) this.openRow(false);
    open.cell = { header, rowSpan, colSpan, from: this.builder.size };
  }

  closeCell(): void {
    const open = this.top();
    if (!open?.cell || !open.row) return;
    const { header, rowSpan, colSpan, from } = open.cell;
    const cell: MarkupCell = { header, rowSpan, colSpan, span: this.trimmed(from) };
    open.row.cells.push(cell);
    open.cell = null;
  }

  openCaption(): void {
    const open = this.top();
    if (open) open.captionFrom = this.builder.size;
  }

  closeCaption(): void {
    const open = this.top();
    if (!open || open.captionFrom === null) return;
    const span = this.trimmed(open.captionFrom);
    if (span.to > span.from && open.table.caption === null) open.table.caption = span;
    open.captionFrom = null;
  }

  /** Whether a table is open (a reader may treat lines inside one differently). */
  get inTable(): boolean {
    return this.stack.length > 0;
  }

  private top(): Open | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** The text written since `from`, without white space (the line break included) at either end. */
  private trimmed(from: number): { from: number; to: number } {
    const text = this.builder.peek(from);
    const lead = text.length - text.replace(/^\s+/, '').length;
    const body = text.replace(/\s+$/, '');
    const start = from + Math.min(lead, body.length);
    return { from: start, to: Math.max(start, from + body.length) };
  }
}
