// How candidate mentions of one sentence become a set that does not overlap.
import type { LocalMention } from '../model.js';

// Which type wins when two candidate mentions overlap and are equally long: the more specific one.
const PRIORITY: Record<LocalMention['type'], number> = {
  money: 9,
  percent: 8,
  duration: 7,
  date: 6,
  programme: 5,
  organisation: 5,
  person: 4,
  place: 3,
  number: 1,
};

/**
 * Keeps a set of mentions that do not overlap: longer spans first, then the more specific type, then
 * the earlier one. Returns them in text order.
 */
export function resolveOverlaps(mentions: LocalMention[]): LocalMention[] {
  const ranked = [...mentions].sort(
    (a, b) =>
      b.to - b.from - (a.to - a.from) ||
      PRIORITY[b.type] - PRIORITY[a.type] ||
      a.from - b.from ||
      a.rule.localeCompare(b.rule),
  );
  const kept: LocalMention[] = [];
  for (const m of ranked) {
    if (m.to <= m.from) continue;
    if (kept.some((k) => m.from < k.to && k.from < m.to)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.from - b.from || a.to - b.to);
}
