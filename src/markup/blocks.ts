// Typed blocks as the readers see them: each reader notes where a block's text begins and ends in the
// text it builds, and `finishBlocks` trims those ranges to the block's visible text ("\n- evaluating
// digital propositions" → "evaluating digital propositions" for a list item) once the text is built.
import type { Block, BlockType, Line } from '../model.js';
import { parseBullet } from '../headings.js';

/** A block while the text is still being built: `from`/`to` are text sizes before and after it. */
export interface RawBlock {
  type: BlockType;
  level: number | null;
  depth: number | null;
  bold: boolean;
  from: number;
  to: number;
}

// "Figure 1: Digital take-up curve", "Chart 1.1: UK real GDP level", "Table 2.1 – Savings by department".
const CAPTION = /^(?:figure|fig\.|chart|table|graph|map|diagram|box|exhibit|illustration)\s+(?:[A-Z]?\d+(?:\.\d+)*[a-z]?|[A-Z])\s*(?:[:.\-–—]\s*\S|$)/i;

/** A caption of a figure, chart or table, by its form. */
export function isCaption(text: string): boolean {
  return text.length <= 300 && CAPTION.test(text.trimStart());
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';

/** Trims each raw block to its visible text; drops blocks left empty; orders them by position. */
export function finishBlocks(text: string, raw: RawBlock[]): Block[] {
  const blocks: Array<Block & { order: number }> = [];
  raw.forEach((b, order) => {
    let from = b.from;
    let to = b.to;
    while (from < to && (text[from] === '\n' || text[from] === ' ')) from++;
    if (b.type === 'listItem' && text.startsWith('- ', from)) from += 2;
    while (to > from && isSpace(text[to - 1])) to--;
    if (to <= from) return;
    const slice = text.slice(from, to);
    // A paragraph that reads "Figure 1: …" is the caption of what follows it.
    const type = b.type === 'paragraph' && isCaption(slice) ? 'caption' : b.type;
    blocks.push({ type, level: b.level, depth: b.depth, bold: b.bold, text: slice, span: { from, to }, order });
  });
  // Document order; an outer block (a list item holding a nested list) before what it holds.
  blocks.sort((a, b) => a.span.from - b.span.from || b.span.to - a.span.to || a.order - b.order);
  return blocks.map(({ order: _order, ...block }) => block);
}

/**
 * The blocks of a plain-text file: one per non-blank line, a list item when the line starts with a
 * bullet ("- ", "• "), otherwise a paragraph (or a caption, by its form). Headings are found by form
 * later, from the lines and the blocks.
 */
export function lineBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const content = line.content;
    const lead = content.length - content.trimStart().length;
    if (lead === content.length) continue;
    const end = line.from + content.trimEnd().length;
    const bullet = parseBullet(content.slice(0, 40));
    if (bullet) {
      const from = line.from + bullet.textStart;
      if (from >= end) continue;
      blocks.push({ type: 'listItem', level: null, depth: 1 + Math.floor(lead / 2), bold: false, text: content.slice(bullet.textStart, end - line.from), span: { from, to: end } });
      continue;
    }
    const from = line.from + lead;
    const text = content.slice(lead, end - line.from);
    blocks.push({ type: isCaption(text) ? 'caption' : 'paragraph', level: null, depth: null, bold: false, text, span: { from, to: end } });
  }
  return blocks;
}
