// The one list of month names, for every rule that reads a date: phase headings ("Progress during
// December 2013"), "Updated 16 January 2015" lines, a date alone on its line, commitment deadlines
// ("by March 2014") and the date extractors.

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The full names as a regular-expression alternation ("January|February|…"); give the `i` flag to match any case. */
export const MONTH_NAMES = MONTHS.join('|');

/** A month name as written, capitalised, full or short: "September", "Sept", "Sep.", "Dec". */
export const MONTH_PATTERN = `(?:${MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;

/** "September" → 9, "sept" → 9, "Dec." → 12; 0 for a word that is not a month. */
export function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}
