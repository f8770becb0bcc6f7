// Gold that follows the text: when the document has changed since the gold was made (its sha256 differs),
// every gold mention is placed again by its TextQuoteSelector; the result says how many stayed, how many
// moved, which were placed only approximately (their words changed a little) and which could not be placed.
import type { Point } from '../model.js';
import { anchorQuote, quoteSelector } from './anchor.js';
import type { GoldEntity, GoldFile } from './model.js';
import type { SourceText } from './source-text.js';

export interface Anchoring {
  /** The input differs from the document the gold was made on. */
  sourceChanged: boolean;
  total: number;
  /** Placed where they were. */
  unchanged: number;
  moved: Array<{ type: string; text: string; from: Point; to: Point }>;
  /** Placed where the quote occurs with a few characters changed: check these. */
  approximate: Array<{ type: string; text: string; now: string; from: Point; to: Point }>;
  /** Not found in the changed document: left out of the score. */
  unplaced: Array<{ type: string; text: string; line: number }>;
}

export function reanchorGold(gold: GoldFile, source: SourceText, sha256: string): { entities: GoldEntity[]; anchoring: Anchoring } {
  const slicesHold = gold.entities.every((e) => source.slice(e.start.offset, e.end.offset) === e.text);
  const sourceChanged = gold.sha256 !== undefined ? gold.sha256 !== sha256 : !slicesHold;
  const anchoring: Anchoring = { sourceChanged, total: gold.entities.length, unchanged: 0, moved: [], approximate: [], unplaced: [] };
  if (!sourceChanged && slicesHold) {
    anchoring.unchanged = gold.entities.length;
    return { entities: gold.entities, anchoring };
  }
  const found = gold.entities.map((e, i) => {
    const selector = e.selector ?? { exact: e.text, prefix: '', suffix: '' };
    return { e, i, anchor: anchorQuote(source, selector, e.start.offset) };
  });
  // Best-scored first, so that when two mentions claim one place (one of two equal phrases was deleted), the one whose context fits keeps it.
  const order = [...found].sort((a, b) => (b.anchor?.score ?? -1) - (a.anchor?.score ?? -1) || a.i - b.i);
  const taken: Array<[number, number]> = [];
  const placed: GoldEntity[] = [];
  for (const { e, anchor } of order) {
    if (!anchor || taken.some(([s, t]) => anchor.start < t && s < anchor.end)) {
      anchoring.unplaced.push({ type: e.type, text: e.text, line: e.start.line });
      continue;
    }
    taken.push([anchor.start, anchor.end]);
    const text = source.slice(anchor.start, anchor.end);
    const entity: GoldEntity = { ...e, text, start: source.point(anchor.start), end: source.point(anchor.end), selector: quoteSelector(source, anchor.start, anchor.end) };
    placed.push(entity);
    if (anchor.how === 'approximate') anchoring.approximate.push({ type: e.type, text: e.text, now: text, from: e.start, to: entity.start });
    else if (anchor.start !== e.start.offset) anchoring.moved.push({ type: e.type, text: e.text, from: e.start, to: entity.start });
    else anchoring.unchanged++;
  }
  const byStart = <T extends { from: Point }>(a: T, b: T) => a.from.offset - b.from.offset;
  anchoring.moved.sort(byStart);
  anchoring.approximate.sort(byStart);
  anchoring.unplaced.sort((a, b) => a.line - b.line);
  placed.sort((a, b) => a.start.offset - b.start.offset);
  return { entities: placed, anchoring };
}

/** "31 of 33 gold mentions placed: 20 unchanged, 11 moved, 0 approximate; 2 not found: …" */
export function describeAnchoring(a: Anchoring | null): string {
  if (!a || !a.sourceChanged) return '';
  const lines = [
    `the document has changed since the gold was made; ${a.total - a.unplaced.length} of ${a.total} gold mentions placed again by their quotes: ${a.unchanged} where they were, ${a.moved.length} moved, ${a.approximate.length} approximately (their words changed)`,
  ];
  for (const m of a.moved) lines.push(`  moved        ${m.type.padEnd(12)} ${JSON.stringify(m.text)} line ${m.from.line} → ${m.to.line}`);
  for (const m of a.approximate) lines.push(`  approximate  ${m.type.padEnd(12)} ${JSON.stringify(m.text)} → ${JSON.stringify(m.now)} line ${m.from.line} → ${m.to.line}`);
  if (a.unplaced.length) lines.push(`${a.unplaced.length} gold mention(s) not found in the changed document (left out of the score):`);
  for (const u of a.unplaced) lines.push(`  not found    ${u.type.padEnd(12)} ${JSON.stringify(u.text)} (was line ${u.line})`);
  return lines.join('\n') + '\n';
}
