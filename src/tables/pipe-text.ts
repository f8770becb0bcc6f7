// Pipe tables in plain text, as Markdown writes them, with or without outer pipes:
//
//   Year    | Cumulative savings (£ billions)        | User group | % online |
//   ------- | ------------------------------         | ---------- | -------- |
//   2012/13 | 0.16                                   | Male       | 84%      |
//
// A table is a line with a pipe, then a delimiter line of as many cells (each "---", ":--", "--:"),
// then the lines with a pipe under them, up to a blank line or a line without one. Delimiter lines
// inside the body (kramdown separates groups of rows so) are not rows; a "{: …}" attribute line ends
// the table. "\|" is a pipe inside a cell. Tables whose cells are separated by tabs (findTabTables)
// are read too.
import type { Line, MarkupCell, MarkupTable } from '../model.js';

/** The cells of a pipe-table line as [from, to) offsets into the line, trimmed; null without a pipe. */
export function splitPipeRow(content: string): Array<[number, number]> | null {
  const bars: number[] = [];
  for (let i = 0; i < content.length; i++) {
    if (content[i] === '\\') i++;
    else if (content[i] === '|') bars.push(i);
  }
  if (bars.length === 0) return null;
  const lead = content.length - content.trimStart().length;
  const end = content.trimEnd().length;
  const edges = [lead - 1, ...bars, end];
  // Outer pipes are not cell borders of an extra empty cell.
  if (edges[1] === lead) edges.shift();
  if (edges[edges.length - 2] === end - 1) edges.pop();
  const cells: Array<[number, number]> = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    let from = edges[k] + 1;
    let to = edges[k + 1];
    while (from < to && /\s/.test(content[from])) from++;
    while (to > from && /\s/.test(content[to - 1])) to--;
    cells.push([from, to]);
  }
  return cells;
}

const DELIMITER_CELL = /^:?-+:?$/;

function isDelimiter(content: string): number {
  const cells = splitPipeRow(content);
  if (!cells || !cells.every(([f, t]) => DELIMITER_CELL.test(content.slice(f, t)))) return 0;
  return cells.length;
}

/** A separator line in the body: dashes, or a footer's "=" ("|====|"), cells joined by "|" or "+". */
function isSeparator(content: string): boolean {
  return /^[\s|:+=-]+$/.test(content) && /[-=]/.test(content) && content.includes('|');
}

const ATTRIBUTE_LIST = /^\s*\{:.*\}\s*$/;

export function findPipeTables(lines: Line[]): MarkupTable[] {
  const tables: MarkupTable[] = [];
  const rowOf = (line: Line, header: boolean): { head: boolean; cells: MarkupCell[] } => ({
    head: header,
    cells: splitPipeRow(line.content)!.map(([f, t]) => ({ header, rowSpan: 1, colSpan: 1, span: { from: line.from + f, to: line.from + t } })),
  });
  for (let i = 1; i < lines.length; i++) {
    const width = isDelimiter(lines[i].content);
    if (width === 0) continue;
    const head = lines[i - 1];
    const headCells = head.content.trim() ? splitPipeRow(head.content) : null;
    if (!headCells || headCells.length !== width || isDelimiter(head.content)) continue;
    const table: MarkupTable = { span: { from: 0, to: 0 }, caption: null, rows: [rowOf(head, true)], rule: 'table-text' };
    let k = i + 1;
    for (; k < lines.length; k++) {
      const content = lines[k].content;
      if (content.trim() === '' || ATTRIBUTE_LIST.test(content) || !splitPipeRow(content)) break;
      if (isSeparator(content)) continue;
      table.rows.push(rowOf(lines[k], false));
    }
    const last = lines[k - 1];
    table.span = { from: head.from + (head.content.length - head.content.trimStart().length), to: last.from + last.content.trimEnd().length };
    tables.push(table);
    i = k;
  }
  return tables;
}

/** The cells of a line whose cells are separated by tabs, as [from, to) offsets, trimmed; null without a tab. */
function splitTabRow(content: string): Array<[number, number]> | null {
  if (!content.includes('\t')) return null;
  const cells: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= content.length; i++) {
    if (i < content.length && content[i] !== '\t') continue;
    let a = from;
    let b = i;
    while (a < b && /\s/.test(content[a])) a++;
    while (b > a && /\s/.test(content[b - 1])) b--;
    cells.push([a, b]);
    from = i + 1;
  }
  // Tabs at the ends of a line are no cell borders.
  while (cells.length > 0 && cells[0][0] === cells[0][1]) cells.shift();
  while (cells.length > 0 && cells[cells.length - 1][0] === cells[cells.length - 1][1]) cells.pop();
  return cells.length >= 2 ? cells : null;
}

/**
 * Tables pasted from a spreadsheet or a word processor: two lines or more in a row, each with the same
 * number of cells (two or more) separated by tabs; the first is the header.
 *
 *   Phase<TAB>2016<TAB>2017
 *   Primary<TAB>4,615<TAB>4,689
 */
export function findTabTables(lines: Line[]): MarkupTable[] {
  return findRowTables(lines, splitTabRow, 2, () => true);
}

type Cells = Array<[number, number]>;

/**
 * Tables of rows a line each: from each line `splitRow` splits, the lines after it with as many cells,
 * `minRows` of them at least (the header among them), kept when `accept` takes their cells (with the
 * text of each cell, `text(row, column)`).
 */
function findRowTables(
  lines: Line[],
  splitRow: (content: string) => Cells | null,
  minRows: number,
  accept: (split: Cells[], text: (r: number, c: number) => string) => boolean,
): MarkupTable[] {
  const tables: MarkupTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = splitRow(lines[i].content);
    if (!head) continue;
    // Each line split once: the rows with as many cells as the header.
    const split = [head];
    while (i + split.length < lines.length) {
      const row = splitRow(lines[i + split.length].content);
      if (row?.length !== head.length) break;
      split.push(row);
    }
    const k = i + split.length;
    if (split.length < minRows || !accept(split, (r, c) => lines[i + r].content.slice(split[r][c][0], split[r][c][1]))) continue;
    const rows = split.map((cells, r) => ({
      head: r === 0,
      cells: cells.map(([f, t]) => ({ header: r === 0, rowSpan: 1, colSpan: 1, span: { from: lines[i + r].from + f, to: lines[i + r].from + t } })),
    }));
    const first = lines[i];
    const last = lines[k - 1];
    tables.push({ span: { from: first.from + (first.content.length - first.content.trimStart().length), to: last.from + last.content.trimEnd().length }, caption: null, rows, rule: 'table-text' });
    i = k - 1;
  }
  return tables;
}

/** The cells of a line whose cells are set apart by runs of two spaces or more, as [from, to) offsets; null with fewer than two. */
function splitSpacedRow(content: string): Array<[number, number]> | null {
  if (content.includes('\t') || content.includes('|')) return null;
  const cells: Array<[number, number]> = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(content); m; m = re.exec(content)) cells.push([m.index, m.index + m[0].length]);
  return cells.length >= 2 ? cells : null;
}

// A cell that holds an amount, or stands for none: "482,000", "12.5%", "£3.7bn", "-", "n/a".
const AMOUNT_CELL = /^(?:\(?[-+\u2212\u2013]?[£$€]?\d[\d,]*(?:\.\d+)?(?:%|m|bn|k)?\)?|[-\u2013\u2014]|n\/a|\.\.)$/i;

/**
 * Tables laid out with spaces, as a report saved as text keeps them: three lines or more in a row, each
 * with the same number of cells (two or more) set apart by two spaces or more, the cells of each column
 * lined up (left or right: every row's cell of a column shares a character position with the others),
 * and one column of amounts at least; the first line is the header.
 *
 *   Programme                2013-14      2014-15
 *   Enterprise Zones         41,250       38,900
 *   Superfast Towns          12,800       19,450
 *
 * Prose is not read so: two spaces after a full stop seldom line up over three lines, and never into a
 * column of amounts.
 */
export function findSpaceTables(lines: Line[]): MarkupTable[] {
  return findRowTables(lines, splitSpacedRow, 3, (split, text) => {
    const head = split[0];
    // Each column lined up: some character position lies inside every row's cell of it.
    const aligned = head.every((_, c) => Math.max(...split.map((r) => r[c][0])) < Math.min(...split.map((r) => r[c][1])));
    const amounts = head.some((_, c) => c > 0 && split.every((_, r) => r === 0 || AMOUNT_CELL.test(text(r, c))));
    return aligned && amounts;
  });
}
