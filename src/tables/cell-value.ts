// The number written in a table cell, when the cell holds one number and nothing else but its sign,
// currency, unit and grouping:
//
//   "+2,590" → 2590      "−0.3" (U+2212) → -0.3   "–0.3" (en dash as minus) → -0.3
//   "12%" → 12           "£1.55" → 1.55            "£3.7bn" → 3.7 (the number as written: the unit
//   "(1.2)" → -1.2 (accounting convention: a number in brackets is negative)   is not applied)
//   "2015-16", "n/a", "-", "£720m-870m", "46 (2)" → null
//
// Money and percentages with their units applied come out as entities of the cell's sentence.
const CELL_NUMBER =
  /^(\()?\s*([+\-\u2212\u2013])?\s*([£$€])?\s*([+\-\u2212\u2013])?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(%|bn|billion|m|million|k|p|pc)?\s*(\))?$/i;

export function cellValue(text: string): number | null {
  const m = CELL_NUMBER.exec(text.trim());
  if (!m) return null;
  const [, open, sign, , sign2, digits, , close] = m;
  // Brackets go in pairs, and a bracketed number carries no sign of its own.
  if (Boolean(open) !== Boolean(close)) return null;
  if (open && (sign || sign2)) return null;
  if (sign && sign2) return null;
  const magnitude = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return null;
  const s = sign ?? sign2;
  const negative = Boolean(open) || (s !== undefined && s !== '+');
  const value = negative ? -magnitude : magnitude;
  return value === 0 ? 0 : value;
}
