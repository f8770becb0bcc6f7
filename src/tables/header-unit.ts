// The unit a table states once for many cells: in a column head, a row head, the top-left cell or the
// caption. The cells under it are written as bare numbers, and mean amounts in that unit:
//
//   "Table 1: Spring Budget 2017 policy decisions (£ million)"   "-1,545" → −1,545,000,000 GBP
//   "Cumulative savings (£ billions)"                             "0.16"   → 160,000,000 GBP
//   "Potential cost savings (bn)"                                 "£1.55"  → 1,550,000,000 GBP
//   "Transactions (millions)"                                     "640.2"  → 640,200,000 (a number)
//   "Table 5: Expenditure by programme (£000)"                    "48,215" → 48,215,000 GBP
//   "%", "Per cent", "% of adults", "Share (%)"                   "12.5"   → 12.5%
//
// A unit is read only where it is written as a unit: alone in its cell ("£m", "%"), in brackets
// ("(£m)", "(%)", "(millions)"), or, for money, as a currency sign with its scale ("Savings £m"). A
// "%" inside a sentence ("Sensitivity to % digital take-up") or in brackets with other words
// ("(cost recovery %)") is not a unit. A count ("n", "Number of staff") is no unit: its cells are
// plain numbers.
import { CURRENCY } from '../extract/money.js';
import type { TableCell, Table } from '../model.js';
import { HEADER_JOIN } from './layout.js';

export interface HeaderUnit {
  /** money: a currency (or a scale alone, which makes a cell with its own currency sign money);
   *  percent: the cells are percentages; number: a scale alone. */
  kind: 'money' | 'percent' | 'number';
  /** ISO 4217, when the unit names a currency. */
  currency?: string;
  /** What one written unit is worth: 1, 1000, 1e6, 1e9. */
  scale: number;
}

const SCALE_WORD: Record<string, number> = {
  k: 1e3, thousand: 1e3, thousands: 1e3, '000': 1e3, '000s': 1e3, "'000": 1e3, '’000': 1e3,
  m: 1e6, mn: 1e6, million: 1e6, millions: 1e6,
  bn: 1e9, billion: 1e9, billions: 1e9,
};
// Not "b" alone: "(b)" is a footnote letter.
const SCALE = String.raw`(k|thousands?|000s|['’]?000|m|mn|millions?|bn|billions?)`;
const SIGN = String.raw`([£€$])`;

// The whole text of a head or of a bracket: "£ million", "£m", "bn", "millions", "%", "per cent".
const MONEY_UNIT = new RegExp(String.raw`^${SIGN}\s*${SCALE}?$`, 'iu');
const SCALE_UNIT = new RegExp(String.raw`^${SCALE}$`, 'iu');
const PERCENT_UNIT = /^(?:%|per\s?cent|percent|percentage)$/i;
// Brackets holding a unit and nothing else: "(£ million)", "(£m)", "(bn)", "(%)".
const BRACKETS = /\(([^()]{1,16})\)/g;
// A currency sign with its scale inside a longer head: "Savings £m", "£bn cash".
const MONEY_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}])${SIGN}\s?(m|mn|bn|million|billion|['’]?000)(?![\p{L}\p{N}])`, 'iu');
// A head that opens with a percent sign: "% of adults", "% used".
const PERCENT_LEAD = /^%\s+\p{L}/u;
// A head that says its cells are counts: "n", "Number of staff", "No. of sites", "Count", "Base". Its
// cells are plain numbers, whatever the caption says.
const COUNT_HEAD = /^(?:n|number\b|no\.|count\b|base\b|total number\b)/i;

function unitOfPart(part: string): HeaderUnit | null {
  const text = part.trim();
  const money = MONEY_UNIT.exec(text);
  if (money) return { kind: 'money', currency: CURRENCY[money[1]], scale: money[2] ? SCALE_WORD[money[2].toLowerCase()] : 1 };
  const scale = SCALE_UNIT.exec(text);
  if (scale) return { kind: 'number', scale: SCALE_WORD[scale[1].toLowerCase()] };
  if (PERCENT_UNIT.test(text)) return { kind: 'percent', scale: 1 };
  return null;
}

/**
 * The unit a head or caption states, or null.
 *   "£ million" → money GBP 1e6     "Cumulative savings (£ billions)" → money GBP 1e9
 *   "Transactions (millions)" → number 1e6     "(bn)" → number 1e9     "% used" → percent
 *   "Sensitivity to % digital take-up" → null  "Est. savings (cost recovery % )" → null
 */
export function headerUnit(text: string): HeaderUnit | null {
  const whole = unitOfPart(text);
  if (whole) return whole;
  BRACKETS.lastIndex = 0;
  for (let m = BRACKETS.exec(text); m; m = BRACKETS.exec(text)) {
    const unit = unitOfPart(m[1]);
    if (unit) return unit;
  }
  const money = MONEY_IN_TEXT.exec(text);
  if (money) return { kind: 'money', currency: CURRENCY[money[1]], scale: SCALE_WORD[money[2].toLowerCase()] };
  if (PERCENT_LEAD.test(text.trim())) return { kind: 'percent', scale: 1 };
  return null;
}

/**
 * The unit that applies to a body cell: the nearest one of its column heads (the lowest first), its
 * row heads (the nearest first), the table's top-left head, then the caption.
 */
export function cellUnit(table: Pick<Table, 'caption' | 'cells'>, cell: TableCell): HeaderUnit | null {
  if (cell.column === rowNumberColumnOf(table)) return null;
  const parts = (joined: string | null) => (joined ? joined.split(HEADER_JOIN).reverse() : []);
  const corner = cornerOf(table);
  const columnHeads = parts(cell.columnHeader);
  if (columnHeads.length > 0 && COUNT_HEAD.test(columnHeads[0].trim())) return null;
  const sources = [
    ...columnHeads,
    ...parts(cell.rowHeader),
    ...(corner && corner !== cell && corner.text !== '' ? [corner.text] : []),
    ...(table.caption ? [table.caption] : []),
  ];
  for (const source of sources) {
    const unit = headerUnit(source);
    if (unit) return unit;
  }
  return null;
}

// A first column that numbers the rows is in no unit: its head is empty or a number sign ("", "No.",
// "#", "Ref"), and its cells are whole numbers rising down the table ("1", "2", "4", "17"), the rows a
// budget's text points to with "(4)". Found once per table.
const ROW_NUMBER_HEAD = /^(?:|no\.?|#|ref\.?|item|row)$/i;
const rowNumberColumns = new WeakMap<object, number | null>();
function rowNumberColumnOf(table: Pick<Table, 'cells'>): number | null {
  let column = rowNumberColumns.get(table);
  if (column === undefined) {
    const first = Math.min(...table.cells.map((c) => c.column));
    const heads = table.cells.filter((c) => c.column === first && c.header && c.rowSpan === 1 && c.colSpan === 1);
    const body = table.cells.filter((c) => c.column === first && !c.header && c.colSpan === 1 && c.text.trim() !== '');
    const numbers = body.map((c) => (/^\d{1,3}$/.test(c.text.trim()) ? Number(c.text.trim()) : NaN));
    const rising = numbers.length >= 2 && numbers.every((n, k) => !Number.isNaN(n) && (k === 0 || n > numbers[k - 1]));
    column = rising && heads.every((c) => ROW_NUMBER_HEAD.test(c.text.trim())) ? first : null;
    rowNumberColumns.set(table, column);
  }
  return column;
}

// The top-left head of each table, found once per table rather than once per cell.
const corners = new WeakMap<object, TableCell | null>();
function cornerOf(table: Pick<Table, 'cells'>): TableCell | null {
  let corner = corners.get(table);
  if (corner === undefined) {
    corner = table.cells.find((c) => c.row === 1 && c.column === 1 && c.header) ?? null;
    corners.set(table, corner);
  }
  return corner;
}
