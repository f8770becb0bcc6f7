// PDF positions on the page: the page of a text index and the boxes of a span, from the fragments the
// PDF reader recorded (each a piece of source.txt and the box it is printed in, its characters spread
// evenly over the box's width). One box per printed line the span touches: a sentence over three lines
// has three boxes, in reading order.
import type { Box, Fragment, Layout } from '../model.js';

export interface BoxLocator {
  /** The page of the character at `index` (a start), or of the character before it (`end`). */
  page(index: number, end: boolean): number;
  boxes(from: number, to: number): Box[];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function createBoxLocator(layout: Layout): BoxLocator | null {
  const fragments: Fragment[] = layout.fragments;
  if (fragments.length === 0) return null;
  /** Index of the first fragment that ends after `index`. */
  const firstEndingAfter = (index: number) => {
    let lo = 0;
    let hi = fragments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fragments[mid].to > index) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return {
    page(index, end) {
      if (end) {
        // The last fragment that starts before the end.
        const k = firstEndingAfter(index - 1);
        const f = k < fragments.length && fragments[k].from < index ? fragments[k] : fragments[Math.max(0, k - 1)];
        return f.page;
      }
      const k = firstEndingAfter(index);
      return fragments[Math.min(k, fragments.length - 1)].page;
    },
    boxes(from, to) {
      const out: Box[] = [];
      let line = -1;
      let box: { page: number; x0: number; x1: number; y0: number; y1: number } | null = null;
      const flush = () => {
        if (box) out.push({ page: box.page, x: round(box.x0), y: round(box.y0), width: round(box.x1 - box.x0), height: round(box.y1 - box.y0) });
      };
      for (let k = firstEndingAfter(from); k < fragments.length && fragments[k].from < to; k++) {
        const f = fragments[k];
        const n = f.to - f.from;
        const a = Math.max(from, f.from) - f.from;
        const b = Math.min(to, f.to) - f.from;
        const x0 = f.x + (f.width * a) / n;
        const x1 = f.x + (f.width * b) / n;
        if (f.line !== line || !box) {
          flush();
          line = f.line;
          box = { page: f.page, x0, x1, y0: f.y, y1: f.y + f.height };
        } else {
          box.x0 = Math.min(box.x0, x0);
          box.x1 = Math.max(box.x1, x1);
          box.y0 = Math.min(box.y0, f.y);
          box.y1 = Math.max(box.y1, f.y + f.height);
        }
      }
      flush();
      return out;
    },
  };
}
