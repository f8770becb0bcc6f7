// A mention's value and extra fields as one line a person can edit in an annotation tool:
// `100000 | counts=transactions`, `2013-03 | mod=EARLY | anchor=phase`, `1500000 | currency=GBP`.
import type { EntityExtras } from '../model.js';

const EXTRA_KEYS = ['counts', 'currency', 'mod', 'anchor', 'acronym'] as const;

export function valueText(e: { value: unknown } & EntityExtras): string {
  const parts = [e.value === null || e.value === undefined ? '' : String(e.value)];
  for (const key of EXTRA_KEYS) if (e[key] !== undefined && e[key] !== null) parts.push(`${key}=${e[key]}`);
  return parts.join(' | ');
}

/** The value (a string; place.ts makes numbers of it) and the extras of a value line. */
export function parseValueText(line: string): { value: string; extras: Record<string, string> } {
  const [value, ...rest] = line.split('|').map((s) => s.trim());
  const extras: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq > 0) extras[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return { value: value ?? '', extras };
}
