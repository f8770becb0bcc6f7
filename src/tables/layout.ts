// Lays the cells of a table out in a grid, as the HTML table model does: row by row, each cell takes
// the first free slot of its row (slots taken by a rowspan from above are skipped) and covers
// rowSpan × colSpan slots. A rowspan past the last row stops at the last row; a colspan that would
// run into a slot already taken stops before it.
//
//   <tr><th rowspan=2>Year</th><th colspan=2>Savings</th></tr>     Year | Savings | Savings
//   <tr><th>low</th><th>high</th></tr>                        →   Year | low     | high
//
// Then the headers: the header rows are the rows of <thead> (or a Markdown table's header row), or,
// when the table marks none, its leading rows made of header cells only. A cell's column header is the
// text of the header-row cells over its first column above it, top down, joined with " › "
// ("Forecast › 2017"); its row header is the text of the header cells to its left in its row
// ("Household consumption (2)"). In a table whose body has no header cells at all (a Markdown table),
// the row header is the row's first cell when that cell is not a number.
import type { MarkupTable, TableCell } from '../model.js';
import { cellValue } from './cell-value.js';

/** A table cell before it is placed in the text: its grid place and values, and where it is in the markup. */
export interface LaidOutCell extends Omit<TableCell, 'span' | 'start' | 'end' | 'boxes'> {
  /** Index of the markup row and of the cell within it. */
  rowIndex: number;
  cellIndex: number;
  /** The text as read, without the note marks the markup marks in it: what the value and headers come from. */
  read: string;
}

export interface Layout {
  rows: number;
  columns: number;
  cells: LaidOutCell[];
}

export const HEADER_JOIN = ' › ';

/**
 * `textOf(rowIndex, cellIndex)` gives a cell's text; `readOf` the same text without the note marks in it
 * ("45[^1]" is written "451" with the mark "1": read "45"), from which its value and the headers it
 * gives other cells are taken.
 */
export function layoutTable(
  table: Pick<MarkupTable, 'rows'>,
  textOf: (rowIndex: number, cellIndex: number) => string,
  readOf: (rowIndex: number, cellIndex: number) => string = textOf,
): Layout {
  const rowCount = table.rows.length;
  // slots[r][c] = index into `cells` of the cell covering that slot.
  const slots: number[][] = Array.from({ length: rowCount }, () => []);
  const cells: LaidOutCell[] = [];
  let columns = 0;
  table.rows.forEach((row, r) => {
    let c = 0;
    row.cells.forEach((cell, k) => {
      while (slots[r][c] !== undefined) c++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, rowCount - r));
      // A colspan that would run into a slot a rowspan from above holds stops there (the HTML model
      // calls the overlap an error), so that no slot has two cells.
      let colSpan = 1;
      while (colSpan < cell.colSpan && slots[r][c + colSpan] === undefined) colSpan++;
      const index = cells.length;
      const text = textOf(r, k);
      const read = readOf(r, k).trim();
      cells.push({
        rowIndex: r,
        cellIndex: k,
        row: r + 1,
        column: c + 1,
        rowSpan,
        colSpan,
        header: cell.header,
        text,
        read,
        value: cellValue(read),
        columnHeader: null,
        rowHeader: null,
      });
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) slots[rr][cc] = index;
      c += colSpan;
      columns = Math.max(columns, c);
    });
  });

  // Header rows.
  const isHeaderRow = new Array<boolean>(rowCount).fill(false);
  if (table.rows.some((r) => r.head)) table.rows.forEach((r, i) => (isHeaderRow[i] = r.head));
  else {
    const allHeader = (r: number) => table.rows[r].cells.length > 0 && table.rows[r].cells.every((c) => c.header);
    let r = 0;
    while (r < rowCount && allHeader(r)) r++;
    // A table made only of header cells has its first row as header row, and data below it.
    if (r === rowCount) r = Math.min(1, rowCount - 1);
    for (let i = 0; i < r; i++) isHeaderRow[i] = true;
  }
  // (A head that spans the whole row names a group of rows, "Housing", not the row: no row head.)
  const bodyHasHeaders = cells.some((cell) => cell.header && !isHeaderRow[cell.rowIndex] && cell.colSpan < columns);

  for (const cell of cells) {
    const r = cell.row - 1;
    const c = cell.column - 1;
    // Column header: header-row cells over the first column, above this cell.
    const above: string[] = [];
    let previous = -1;
    for (let hr = 0; hr < r; hr++) {
      if (!isHeaderRow[hr]) continue;
      const index = slots[hr][c];
      if (index === undefined || index === previous || cells[index] === cell) continue;
      previous = index;
      const text = cells[index].read;
      if (text !== '' && above[above.length - 1] !== text) above.push(text);
    }
    cell.columnHeader = above.length ? above.join(HEADER_JOIN) : null;
    if (isHeaderRow[r]) continue;
    // Row header: the header cells to the left in this row (a rowspan from above included).
    const left: string[] = [];
    previous = -1;
    for (let cc = 0; cc < c; cc++) {
      const index = slots[r][cc];
      if (index === undefined || index === previous) continue;
      previous = index;
      const other = cells[index];
      if (other.header && other.read !== '' && left[left.length - 1] !== other.read) left.push(other.read);
    }
    if (left.length) cell.rowHeader = left.join(HEADER_JOIN);
    else if (!bodyHasHeaders && c > 0) {
      // Else the row's first cell, or the one after its row number: "Help to Buy" after "1".
      const at = (cc: number) => (slots[r][cc] !== undefined ? cells[slots[r][cc]] : undefined);
      const rowNumber = /^\d{1,3}$/.test(at(0)?.read ?? '');
      const first = rowNumber && c > 1 ? at(1) : at(0);
      if (first && first.read !== '' && first.value === null) cell.rowHeader = first.read;
    }
  }
  return { rows: rowCount, columns, cells };
}
