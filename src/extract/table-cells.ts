// Amounts in table cells, read with the unit their table states once (tables/header-unit.ts). A cell
// that holds one number and nothing else is one mention, its sign included, typed and valued by the
// unit of its heads or caption:
//
//   under "(£ million)":          "-1,545" → money −1545000000 GBP   "+475" → money 475000000 GBP
//   under "(£ billions)":         "0.16"   → money 160000000 GBP
//   under "(bn)":                 "£1.55"  → money 1550000000 GBP (the cell's own currency)
//   under "Transactions (millions)": "640.2" → number 640200000
//   under "%":                    "12.5"   → percent 12.5
//   no unit anywhere:             "-165"   → number −165 (the sign is part of the span and the value);
//                                 "(1.2)"  → number −1.2, brackets and all (the accounting minus)
//
// A cell that holds a range and nothing else is read the same way, both ends in the unit:
//
//   under "Savings range (£m)":   "410-650"  → money 410000000…650000000 GBP
//   under "%":                    "10-15"    → percent 10…15
//
// A cell that writes its own scale or percent sign ("£3.7bn", "12%", "£720m-870m") keeps what the
// sentence extractors made of it; so does a cell read as a date ("2013") or holding anything more
// than its number ("46 (2)", "n/a").
import { CURRENCY } from './money.js';
import type { LocalMention, Table, TableCell } from '../model.js';
import { cellUnit } from '../tables/header-unit.js';
import { isKnownOrganisation } from './gazetteer-organisations.js';
import { isGazetteerPlace } from './gazetteer-places.js';

// The written number of a cell: sign, currency, digits, and a scale or percent of its own.
const CELL_AMOUNT =
  /([+\-\u2212\u2013]\s*)?([£€$]\s*)?([+\-\u2212\u2013]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(%|bn|billion|m|million|k|p|pc)?/i;
const AMOUNT_TYPES = new Set(['number', 'money']);
// A cell that is a range of two plain numbers ("410-650", "£2.1 to £2.5"), no unit of its own.
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const RANGE_CELL = new RegExp(String.raw`^\s*([£€$])?\s*${NUMBER}\s*(?:-|\u2013|\u2014|to)\s*[£€$]?\s*${NUMBER}\s*$`, 'i');

/** A body cell holding one number, with the document span it covers. */
export interface NumberCell {
  table: Pick<Table, 'caption' | 'cells'>;
  cell: TableCell;
}

/** The body cells of these tables that hold one number (`cellValue` not null) or a range of two. */
export function numberCells(tables: readonly Table[]): NumberCell[] {
  const out: NumberCell[] = [];
  for (const table of tables) for (const cell of table.cells) if (!cell.header && (cell.value !== null || RANGE_CELL.test(cell.text))) out.push({ table, cell });
  return out.sort((a, b) => a.cell.span.from - b.cell.span.from);
}

function round(value: number, places: number): number {
  const r = Math.round(value * 10 ** places) / 10 ** places;
  return r === 0 ? 0 : r;
}

/**
 * The range a range cell stands for: the one mention the sentence extractors made of the whole cell
 * ("410-650", value 410, valueEnd 650), read in the table's unit; null to leave it as read.
 */
function rangeMention({ table, cell }: NumberCell, read: LocalMention, offset: number, text: string): LocalMention | null {
  if (read.valueEnd === undefined || typeof read.value !== 'number' || read.type !== 'number') return null;
  const span = text.trim();
  if (read.from !== offset + text.indexOf(span) || read.to !== read.from + span.length) return null;
  const unit = cellUnit(table, cell);
  if (!unit) return null;
  const currencySign = RANGE_CELL.exec(text)?.[1];
  const currency = currencySign ? CURRENCY[currencySign] : unit.currency;
  const scale = unit.scale ?? 1;
  const { counts: _counts, ...rest } = read;
  if (unit.kind === 'percent' && !currency) return { ...rest, type: 'percent', rule: 'percent.table-unit' };
  if (currency) return { ...rest, type: 'money', value: round(read.value * scale, 2), valueEnd: round(read.valueEnd * scale, 2), currency, rule: 'money.table-unit' };
  if (unit.kind === 'number') return { ...rest, value: round(read.value * scale, 6), valueEnd: round(read.valueEnd * scale, 6), rule: 'number.table-unit' };
  return null;
}

/** The mention a number cell stands for, at sentence-local `offset`, or null to leave the cell as read. */
function cellMention({ table, cell }: NumberCell, offset: number, text: string): LocalMention | null {
  const m = CELL_AMOUNT.exec(text);
  if (!m || cell.value === null) return null;
  const [, sign, currencySign, sign2, , own] = m;
  if (own) return null; // "£3.7bn", "12%": the extractors read the cell's own unit
  // "(1.2)": the brackets are its minus sign, so they are part of the span as a sign is.
  const bracketed = /^\(.*\)$/s.test(text.trim());
  const signed = Boolean(sign || sign2) || bracketed;
  const lead = bracketed ? text.search(/\S/) - m.index : m[0].search(/\S/);
  const from = offset + m.index + lead;
  const to = bracketed ? offset + text.trimEnd().length : offset + m.index + m[0].trimEnd().length;
  const unit = cellUnit(table, cell);
  const currency = currencySign ? CURRENCY[currencySign.trim()] : unit?.currency;
  const scale = unit?.scale ?? 1;
  if (unit?.kind === 'percent' && !currency) return { type: 'percent', from, to, value: cell.value, rule: 'percent.table-unit' };
  if (currency && (unit || signed)) return { type: 'money', from, to, value: round(cell.value * scale, 2), currency, rule: 'money.table-unit' };
  if (unit?.kind === 'number') return { type: 'number', from, to, value: round(cell.value * scale, 6), rule: 'number.table-unit' };
  if (signed && !currency) return { type: 'number', from, to, value: cell.value, rule: 'number.signed-cell' };
  return null;
}

/**
 * The mentions of one sentence with its number cells read in their table's unit. `sentenceFrom` is
 * the sentence's start in the document; `cells` the number cells that start inside the sentence.
 */
export function readCellUnits(
  sentenceText: string,
  sentenceFrom: number,
  mentions: LocalMention[],
  cells: readonly NumberCell[],
): LocalMention[] {
  let out = mentions;
  for (const numberCell of cells) {
    const from = numberCell.cell.span.from - sentenceFrom;
    const to = numberCell.cell.span.to - sentenceFrom;
    if (from < 0 || to > sentenceText.length) continue;
    const inside = out.filter((x) => x.from < to && from < x.to);
    // A date ("2013"), a percent or anything else the sentence extractors found stays as it is.
    if (inside.some((x) => !AMOUNT_TYPES.has(x.type) || x.from < from || x.to > to)) continue;
    const cellText = sentenceText.slice(from, to);
    const mention = numberCell.cell.value === null ? (inside.length === 1 ? rangeMention(numberCell, inside[0], from, cellText) : null) : cellMention(numberCell, from, cellText);
    if (!mention) continue;
    out = [...out.filter((x) => !inside.includes(x)), mention].sort((a, b) => a.from - b.from || a.to - b.to);
  }
  return out;
}

// A column of names: its head says what the cells name ("Service", "Exemplar", "Transaction",
// "Scheme"), so a cell under it is one's name whatever its case: "Lasting power of attorney", "View
// driving record", "Register to vote". (A "Programme" column of a spending table names lines of a
// budget: "Fee income released", "Total".)
const NAME_COLUMN = /^(?:(?:exemplar\s+)?services?|exemplars?|transactions?|schemes?)$/i;
// A cell that is a name: up to eight words, opening with a letter, no sentence of its own.
const NAME_CELL = /^\p{L}[\p{L}\p{N}’'&(),.-]*(?:\s+[\p{L}\p{N}’'&(),.-]+){0,7}$/u;

/** The cells of these tables under a column that names programmes, as spans of their trimmed text. */
export function nameCells(tables: readonly Table[]): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (const table of tables) {
    for (const cell of table.cells) {
      // The head the table's layout gives the cell (its last part: "Transactions › Service" → "Service").
      const head = cell.columnHeader?.split(' › ').pop()?.trim() ?? '';
      if (cell.header || !NAME_COLUMN.test(head) || cell.value !== null) continue;
      const text = cell.text.trim();
      if (!NAME_CELL.test(text) || /[.!?]$/.test(text)) continue;
      const from = cell.span.from + cell.text.indexOf(text);
      out.push({ from, to: from + text.length });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * The mentions of one sentence with the name cells inside it read as programmes, where no name was
 * found over them: a cell the names extractor read as a body, place or person keeps that reading.
 */
export function readNameCells(sentenceText: string, sentenceFrom: number, mentions: LocalMention[], cells: ReadonlyArray<{ from: number; to: number }>): LocalMention[] {
  let out = mentions;
  for (const cell of cells) {
    const from = cell.from - sentenceFrom;
    const to = cell.to - sentenceFrom;
    if (from < 0 || to > sentenceText.length) continue;
    const inside = out.filter((x) => x.from < to && from < x.to);
    // A body read from its head word alone ("Student Finance") is the column's service there.
    const byHead = (x: LocalMention) => x.type === 'organisation' && x.rule === 'organisation.name-head';
    if (inside.some((x) => (x.type !== 'programme' && !byHead(x)) || x.from < from || x.to > to)) continue;
    if (inside.length === 1 && inside[0].type === 'programme' && inside[0].from === from && inside[0].to === to) continue;
    const name = sentenceText.slice(from, to);
    if (isKnownOrganisation(name) || isGazetteerPlace(name)) continue;
    const mention: LocalMention = { type: 'programme', from, to, value: name, rule: 'programme.table-column' };
    out = [...out.filter((x) => !inside.includes(x)), mention].sort((a, b) => a.from - b.from || a.to - b.to);
  }
  return out;
}
