// Reading order from the glyph runs of a PDF's text layer: pure, no pdf.js here (readers/pdf.ts feeds
// it), so each step can be tested on runs built by hand.
//
// The steps, in order (each needs the one before):
//  1. lines: runs whose baselines lie within a third of their font size of each other, left to right,
//     with the superscripts raised above them (note references: note marks of the text);
//     a line is cut into segments where the gap between two runs is wider than 1.2 em (table cells,
//     the two halves of a footer "https://… Page 3 of 17", the two columns of a page);
//  2. running headers and footers: among the outermost lines of a page (nothing but other running
//     lines further out), a segment in the top or bottom eighth of a page whose text, digits
//     aside ("Page 3 of 17" and "Page 4 of 17" are one text), recurs within 3 points of the same place
//     on at least half of the pages (two pages at least), and bare page numbers ("12", "Page 3 of 17",
//     "- 3 -"; a bare "12" only by repeating) there on any page, are dropped and counted; in a one-page document, where nothing can
//     repeat, lines there in small type (0.8 of the body's or less) set apart from the body text;
//  3. columns: a page whose segments leave a vertical strip in its middle third free (a few full-width
//     segments, such as a title, may cross it) with at least three segments on each side is read column
//     by column, a full-width segment ending the columns above it;
//  4. table rows: outside columns, a line with two or more segments is a table row, each segment a
//     cell block (never a heading);
//  5. blocks: consecutive lines form one block unless the type size or weight changes, the gap to the
//     previous baseline is over 1.5 lines, the indentation changes, or the first word of the line would
//     have fitted at the end of the one before, with half an em to spare (so the break was deliberate: a short last line of a
//     paragraph, one list item after another with no space between);
//     a block goes on over a page or column break when the previous block filled its last line and
//     does not end in ".", ":", "!" or "?";
//  6. types: type at least 15% larger than the body text (the size most characters have), or bold
//     type of body size on a short line not ending in a full stop, is a heading, its level the rank of
//     its size (bold body size last); a block starting with a bullet glyph, or indented from the body's
//     left edge by more than 0.8 em, is a list item, its depth the indentation in steps of the smallest
//     indentation seen. A bullet drawn as a shape (a small filled disc or square just left of a line,
//     as Chromium draws list markers) starts a list item as a bullet glyph does.
//
// The text (source.txt) has one line per block, as the text reader expects: a heading on a line of its
// own, a list item as "- item" (or "• item" where the PDF printed "•"). Lines of a block are joined by
// one space, except after a hyphen at a line end before a lower-case letter: "in-" + "house" is
// "in-house" (the hyphen kept, as in a compound word), unless the document has the word without the
// hyphen elsewhere and never with it ("capa-" + "bility" where "capability" occurs): then the hyphen
// was the printer's and is left out of source.txt; a soft hyphen (U+00AD) is always left out. The
// hyphen may be "-" or U+2010 (which Chromium prints where it breaks a word at a soft hyphen). Every
// character of source.txt that comes from the PDF is covered by a fragment: the piece of a run it came
// from, with the run's box cut to its characters (spread evenly over the run's width); the spaces and
// line breaks between runs and the "- " of a list item belong to no fragment.
import type { Fragment, Layout, LayoutBlock, Span } from '../model.js';
import { isNoteLabel } from '../text/note-marks.js';

/** One run of glyphs from the text layer, in points from the top-left corner of the displayed page. */
export interface GlyphRun {
  str: string;
  /** Left end of the baseline. */
  x: number;
  baseline: number;
  /** Advance width along the baseline. */
  width: number;
  /** Font size in points. */
  size: number;
  /** Font ascent and descent as fractions of the size (descent negative). */
  ascent: number;
  descent: number;
  bold: boolean;
  /** False for text that does not run left to right on the displayed page (rotated text). */
  horizontal: boolean;
  /** Turned text: the box its glyphs cover on the displayed page (for horizontal text it follows from the rest). */
  box?: { x: number; y: number; width: number; height: number };
}

export interface PageRuns {
  number: number;
  width: number;
  height: number;
  rotation: number;
  runs: GlyphRun[];
  /** Bullets drawn as shapes, not text: their boxes. */
  marks?: Array<{ x0: number; y0: number; x1: number; y1: number }>;
}

export interface PdfText {
  text: string;
  layout: Layout;
  /** Running header and footer lines left out, and the first few of their texts. */
  dropped: { count: number; examples: string[] };
  /** Note references printed as superscripts (smaller type, raised), as spans of `text`. */
  marks: Span[];
}

interface Segment {
  page: number;
  runs: GlyphRun[];
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  bold: boolean;
  text: string;
  /** Segments on the same printed line (2+ outside columns means a table row). */
  siblings: number;
  /** Column: 0 = the page's single column or full width, 1 = left, 2 = right. */
  column: number;
  /** A bullet drawn as a shape stands just left of the segment. */
  bulleted: boolean;
}

const BULLETS_KEPT = /^[-*•‣◦–]\s/;
const BULLETS_REPLACED = /^[●▪■○·∙►▸➢✓\uf0b7\uf0a7]\s*/;
// "Page 3", "Page 3 of 17", "3 of 17", "3/17", "- 3 -": a page number by its form (a bare "3" only
// by repeating, digits aside, at the same place on most pages: a table's "120" is not one).
const PAGE_NUMBER = /^(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4}|[-–]\s*\d{1,4}\s*[-–])$/i;
const TERMINAL = /[.:!?]["'’”)]?$/;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A character's rough width in em, by its shape, to estimate a word's share of its run's width:
 * capitals and "m"/"w" are wide, "i", "l", "t", "f", "r" and punctuation narrow.
 */
function widthWeight(text: string): number {
  let w = 0;
  for (const c of text) {
    if (/[MW]/.test(c)) w += 0.9;
    else if (/[A-Z]/.test(c) || /[mw]/.test(c)) w += 0.72;
    else if (/[iljtfr.,;:'’!|\s]/.test(c)) w += 0.3;
    else w += 0.5;
  }
  return w;
}

/** The text of a line's runs, a space where two runs are apart by more than 0.15 em. */
function joinRuns(runs: GlyphRun[]): string {
  let text = '';
  let prev: GlyphRun | null = null;
  for (const run of runs) {
    if (prev && needsSpace(prev, run) && !/\s$/.test(text)) text += ' ';
    text += run.str;
    prev = run;
  }
  return text;
}

function needsSpace(prev: GlyphRun, run: GlyphRun): boolean {
  return run.x - (prev.x + prev.width) > 0.15 * Math.min(prev.size, run.size);
}

/** Trims a run's outer whitespace, its box shrunk by the characters taken off. */
function trimRun(run: GlyphRun): GlyphRun | null {
  const start = run.str.length - run.str.trimStart().length;
  const str = run.str.trim();
  if (str.length === 0) return null;
  if (str.length === run.str.length) return run;
  const per = run.width / run.str.length;
  return { ...run, str, x: run.x + start * per, width: str.length * per };
}

function linesOf(page: PageRuns): GlyphRun[][] {
  const runs = page.runs.map(trimRun).filter((r): r is GlyphRun => r !== null);
  const flat = runs.filter((r) => r.horizontal).sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: GlyphRun[][] = [];
  let current: GlyphRun[] = [];
  let base = 0;
  for (const run of flat) {
    if (current.length > 0 && run.baseline - base <= 0.35 * Math.min(run.size, current[0].size)) current.push(run);
    else {
      if (current.length) lines.push(current);
      current = [run];
      base = run.baseline;
    }
  }
  if (current.length) lines.push(current);
  // Superscripts (a note reference "12", "km²"'s "2"): smaller type raised above the line that follows
  // them in baseline order, within its width, belong to that line, not to a line of their own.
  for (let i = lines.length - 2; i >= 0; i--) {
    const [raised, line] = [lines[i], lines[i + 1]];
    const size = Math.max(...line.map((r) => r.size));
    const left = Math.min(...line.map((r) => r.x));
    const right = Math.max(...line.map((r) => r.x + r.width));
    const isRaised = raised.every((r) => r.size <= 0.9 * size && line[0].baseline - r.baseline >= 0.15 * size && line[0].baseline - r.baseline <= 0.6 * size && r.x >= left - 0.5 * size && r.x <= right + 0.5 * size);
    if (isRaised) lines.splice(i, 2, [...line, ...raised]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  // Rotated text: each run a line of its own, after the page's other lines.
  for (const run of runs.filter((r) => !r.horizontal)) lines.push([run]);
  return lines;
}

function segmentsOf(page: PageRuns): Segment[] {
  const out: Segment[] = [];
  for (const line of linesOf(page)) {
    const groups: GlyphRun[][] = [[line[0]]];
    for (let i = 1; i < line.length; i++) {
      const prev = line[i - 1];
      const gap = line[i].x - (prev.x + prev.width);
      if (gap > 1.2 * Math.max(prev.size, line[i].size)) groups.push([line[i]]);
      else groups[groups.length - 1].push(line[i]);
    }
    for (const runs of groups) {
      const chars = runs.reduce((n, r) => n + r.str.length, 0);
      const boldChars = runs.reduce((n, r) => n + (r.bold ? r.str.length : 0), 0);
      const size = Math.max(...runs.map((r) => r.size));
      out.push({
        page: page.number,
        runs,
        x0: runs[0].x,
        x1: Math.max(...runs.map((r) => r.x + r.width)),
        baseline: runs[0].baseline,
        size,
        bold: boldChars >= chars * 0.9,
        text: joinRuns(runs),
        siblings: groups.length,
        column: 0,
        bulleted: false,
      });
    }
  }
  return out;
}

const normalised = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Drops running headers and footers from every page; returns how many and some of their texts. */
function dropRunningLines(pages: PageRuns[], segments: Segment[][]): { count: number; examples: string[] } {
  const band = (s: Segment, p: PageRuns) => s.baseline < p.height / 8 || s.baseline > (p.height * 7) / 8;
  const candidates = new Map<string, Segment[]>();
  segments.forEach((list, i) => {
    for (const s of list) {
      if (!band(s, pages[i])) continue;
      const key = normalised(s.text);
      (candidates.get(key) ?? candidates.set(key, []).get(key)!).push(s);
    }
  });
  const pagesWithText = segments.filter((l) => l.length > 0).length;
  const needed = Math.max(2, Math.ceil(pagesWithText / 2));
  const repeated = new Set<Segment>();
  for (const group of candidates.values()) {
    for (const s of group) {
      const pagesThere = new Set(group.filter((o) => Math.abs(o.baseline - s.baseline) <= 3).map((o) => o.page));
      if (pagesThere.size >= needed || PAGE_NUMBER.test(s.text.trim())) repeated.add(s);
    }
  }
  // Only the outermost lines of a page are its header and footer: from the top down and from the
  // bottom up, lines are dropped while they repeat; the first line that does not ends the header (a
  // body line that happens to repeat below it, "sixteen seventeen …" of like paragraphs, is kept).
  const drop = new Set<Segment>();
  const examples: string[] = [];
  segments.forEach((list, i) => {
    const sorted = [...list].sort((a, b) => a.baseline - b.baseline);
    const top = sorted.filter((s) => s.baseline < pages[i].height / 2);
    const bottom = sorted.filter((s) => s.baseline >= pages[i].height / 2).reverse();
    for (const side of [top, bottom]) {
      // Segments of one printed line stand or fall together ("https://…" and "Page 3 of 17").
      let k = 0;
      while (k < side.length) {
        const line = side.filter((s) => Math.abs(s.baseline - side[k].baseline) <= 0.35 * side[k].size);
        if (!line.every((s) => repeated.has(s))) break;
        for (const s of line) {
          drop.add(s);
          if (examples.length < 4 && !examples.some((e) => normalised(e) === normalised(s.text))) examples.push(s.text);
        }
        k += line.length;
      }
    }
  });
  // One page shows no repetition: there, a line in the top or bottom eighth in type at most 0.8 times
  // the body's, set apart from the body text by two of its lines, is taken for the page's furniture.
  if (pagesWithText === 1) {
    const list = segments.find((l) => l.length > 0)!;
    const page = pages[segments.indexOf(list)];
    const body = mode(list.map((s) => [Math.round(s.size * 2) / 2, s.text.length])) ?? 12;
    const bodyLines = list.filter((s) => s.size > 0.8 * body);
    if (bodyLines.length > 0) {
      const top = Math.min(...bodyLines.map((s) => s.baseline - s.size));
      const bottom = Math.max(...bodyLines.map((s) => s.baseline));
      for (const s of list) {
        if (!band(s, page) || s.size > 0.8 * body || drop.has(s)) continue;
        if (s.baseline < top - 2 * body || s.baseline - s.size > bottom + 2 * body) {
          drop.add(s);
          if (examples.length < 4) examples.push(s.text);
        }
      }
    }
  }
  for (let i = 0; i < segments.length; i++) segments[i] = segments[i].filter((s) => !drop.has(s));
  return { count: drop.size, examples };
}

/** Finds a gutter and marks left/right columns; returns the segments in reading order. */
function readingOrder(page: PageRuns, segs: Segment[]): Segment[] {
  // Turned text comes after the page's other lines, in the order the PDF gives it.
  const turned = (s: Segment) => (s.runs[0].horizontal ? 0 : 1);
  const byPosition = [...segs].sort((a, b) => turned(a) - turned(b) || (turned(a) ? 0 : a.baseline - b.baseline || a.x0 - b.x0));
  const lo = page.width / 3;
  const hi = (page.width * 2) / 3;
  let best: { g: number; crossing: number; left: Segment[]; right: Segment[] } | null = null;
  const candidates = new Set<number>();
  for (const s of segs) if (s.x1 >= lo && s.x1 <= hi) candidates.add(s.x1 + 0.5);
  for (const g of candidates) {
    const left = segs.filter((s) => s.x1 < g);
    const right = segs.filter((s) => s.x0 > g + 4);
    const crossing = segs.length - left.length - right.length;
    if (left.length < 3 || right.length < 3 || crossing > segs.length * 0.15) continue;
    // Text columns, not a table: at least three lines of one side have a line of the other beside
    // them, and those lines are lines of prose on both sides (four words or more, as a rule), where a
    // table's cells hold a word or two.
    const beside = (a: Segment, side: Segment[]) => side.some((b) => Math.abs(b.baseline - a.baseline) < 0.5 * a.size);
    const pairedLeft = left.filter((a) => beside(a, right));
    const pairedRight = right.filter((b) => beside(b, left));
    const words = (list: Segment[]) => {
      const counts = list.map((x) => x.text.split(/\s+/).length).sort((a, b) => a - b);
      return counts[counts.length >> 1] ?? 0;
    };
    if (pairedLeft.length < 3 || words(pairedLeft) < 4 || words(pairedRight) < 4) continue;
    if (!best || crossing < best.crossing) best = { g, crossing, left, right };
  }
  if (!best) return byPosition;
  const { left, right } = best;
  const ordered: Segment[] = [];
  let l: Segment[] = [];
  let r: Segment[] = [];
  const flush = () => {
    ordered.push(...l, ...r);
    l = [];
    r = [];
  };
  for (const s of byPosition) {
    if (left.includes(s)) l.push(Object.assign(s, { column: 1, siblings: 1 }));
    else if (right.includes(s)) r.push(Object.assign(s, { column: 2, siblings: 1 }));
    else {
      flush();
      ordered.push(Object.assign(s, { column: 0, siblings: 1 }));
    }
  }
  flush();
  return ordered;
}

/** The most frequent value, weighted. */
function mode(values: Array<[number, number]>): number | null {
  const weights = new Map<number, number>();
  for (const [v, w] of values) weights.set(v, (weights.get(v) ?? 0) + w);
  let best: number | null = null;
  let bestWeight = -1;
  for (const [v, w] of weights) if (w > bestWeight || (w === bestWeight && v < best!)) [best, bestWeight] = [v, w];
  return best;
}

interface Frame {
  left: number;
  right: number;
}

export function layOutPages(pages: PageRuns[]): PdfText {
  const pageByNumber = new Map(pages.map((p, i) => [p.number, i]));
  const segments = pages.map(segmentsOf);
  // A drawn bullet: a small shape left of a line's start (within 2.5 em), its middle between the
  // line's x-height and its baseline.
  pages.forEach((page, i) => {
    for (const mark of page.marks ?? []) {
      const middle = (mark.y0 + mark.y1) / 2;
      const seg = segments[i].find((s) => mark.x1 <= s.x0 + 0.5 && s.x0 - mark.x1 <= 2.5 * s.size && middle <= s.baseline && middle >= s.baseline - 0.8 * s.size);
      if (seg) seg.bulleted = true;
    }
  });
  const dropped = dropRunningLines(pages, segments);
  const ordered = pages.map((p, i) => readingOrder(p, segments[i]));
  const all = ordered.flat();
  const order = new Map(all.map((s, i) => [s, i]));

  // The body: the size most characters have, and its left and right edges on single-column pages.
  const bodySize = mode(all.map((s) => [Math.round(s.size * 2) / 2, s.text.length])) ?? 12;
  const isBody = (s: Segment) => Math.abs(s.size - bodySize) <= 0.6 && s.siblings === 1;
  const edgeOf = (list: Segment[]): Frame | null => {
    const body = list.filter(isBody);
    if (body.length === 0) return null;
    // The left edge: the leftmost place where at least 5% of the body's characters start a line (list
    // items, indented, may hold more of the text than the paragraphs on a short page).
    const starts = new Map<number, number>();
    let total = 0;
    for (const seg of body) {
      starts.set(Math.round(seg.x0), (starts.get(Math.round(seg.x0)) ?? 0) + seg.text.length);
      total += seg.text.length;
    }
    const left = [...starts.keys()].sort((a, b) => a - b).find((x) => (starts.get(x) ?? 0) + (starts.get(x - 1) ?? 0) + (starts.get(x + 1) ?? 0) >= 0.05 * total)!;
    return { left, right: Math.max(...body.map((s) => s.x1)) };
  };
  const singleFrame = edgeOf(all.filter((s) => s.column === 0));
  const frames = new Map<string, Frame>();
  const frameOf = (s: Segment): Frame => {
    if (s.column === 0) return singleFrame ?? { left: s.x0, right: s.x1 };
    const key = `${s.page}:${s.column}`;
    if (!frames.has(key)) frames.set(key, edgeOf(ordered[pageByNumber.get(s.page)!].filter((o) => o.column === s.column)) ?? { left: s.x0, right: s.x1 });
    return frames.get(key)!;
  };

  const isHeadingStyle = (s: Segment) =>
    s.siblings === 1 &&
    (s.size >= bodySize * 1.15 || (s.bold && s.size >= bodySize * 0.95 && s.text.length <= 150 && !/[.,;]$/.test(s.text)));

  // Words the document has, to tell a printer's hyphen ("capa-bility") from a compound's ("in-house").
  const words = new Set<string>();
  for (const s of all) for (const w of s.text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []) words.add(w);

  // 5. Blocks of segments.
  const blocks: Segment[][] = [];
  let prev: Segment | null = null;
  for (const s of all) {
    const block = blocks[blocks.length - 1];
    if (prev && block && continues(block, prev, s)) block.push(s);
    else blocks.push([s]);
    prev = s;
  }

  function firstWordWidth(s: Segment): number {
    const run = s.runs[0];
    const word = run.str.match(/^\S+/)?.[0] ?? run.str;
    return (run.width * widthWeight(word)) / Math.max(0.01, widthWeight(run.str));
  }

  function wouldHaveFitted(p: Segment, s: Segment, block: Segment[]): boolean {
    // The right edge the lines around the break reach: the block's lines so far, this line and the next
    // one (a narrow box's lines reach only its own edge, not the page's).
    const next = all[order.get(s)! + 1];
    const follows = next && next.page === s.page && next.column === s.column && Math.abs(next.x0 - s.x0) < 0.5 * s.size && next.baseline > s.baseline && next.baseline - s.baseline <= 1.5 * s.size;
    const near = [...block, s, ...(follows ? [next] : [])];
    const frame = { right: Math.min(frameOf(p).right, Math.max(...near.map((x) => x.x1))) };
    // The word's width is estimated from its share of its run's width (by the widths of its letters'
    // shapes), so a margin of half an em keeps "are" + "responding" together when the estimate is short.
    return p.x1 + 0.3 * p.size + firstWordWidth(s) < frame.right - 0.5 * p.size;
  }

  function continues(block: Segment[], p: Segment, s: Segment): boolean {
    if (s.siblings > 1 || p.siblings > 1) return false;
    if (isHeadingStyle(s) !== isHeadingStyle(p) || Math.abs(s.size - p.size) > 0.6 || s.bold !== p.bold && isHeadingStyle(s)) return false;
    if (wouldHaveFitted(p, s, block)) return false;
    if (s.bulleted || BULLETS_KEPT.test(s.text) || BULLETS_REPLACED.test(s.text)) return false;
    const first = block[0];
    if (s.page !== p.page || s.column !== p.column) {
      // Over a page or column break: a paragraph that filled its last line and has not ended.
      const frame = frameOf(s);
      return !isHeadingStyle(s) && Math.abs(s.x0 - frame.left) < 0.5 * s.size === Math.abs(first.x0 - frameOf(first).left) < 0.5 * first.size && !TERMINAL.test(p.text);
    }
    const gap = s.baseline - p.baseline;
    if (gap <= 0 || gap > 1.5 * Math.max(s.size, p.size)) return false;
    const bulleted = first.bulleted || BULLETS_KEPT.test(first.text) || BULLETS_REPLACED.test(first.text);
    if (Math.abs(s.x0 - p.x0) < 0.5 * s.size) return true;
    // A hanging indent under a bullet, or a paragraph's indented first line.
    if (bulleted && s.x0 > first.x0) return true;
    return p === first && p.x0 > s.x0;
  }

  // 6. Types, levels and depths.
  const headingSizes = [...new Set(blocks.filter((b) => isHeadingStyle(b[0]) && b[0].size >= bodySize * 1.15).map((b) => Math.round(b[0].size * 2) / 2))].sort((a, b) => b - a);
  const indents = blocks
    .map((b) => b[0].x0 - frameOf(b[0]).left)
    .filter((d) => d > 0.8 * bodySize)
    .sort((a, b) => a - b);
  const indentStep = indents[0] ?? bodySize * 2;

  // The text is built a block at a time (`line`, then `parts`): appending to one long string and
  // looking at its end would make V8 flatten it over and over, quadratic on a 300-page PDF.
  const parts: string[] = [];
  let base = 0;
  let line = '';
  const fragments: Fragment[] = [];
  const marks: Span[] = [];
  const layoutBlocks: LayoutBlock[] = [];
  let lineIndex = 0;
  for (const block of blocks) {
    const first = block[0];
    if (parts.length > 0) {
      parts.push('\n');
      base += 1;
    }
    line = '';
    const from = base;
    const indent = first.x0 - frameOf(first).left;
    let type: LayoutBlock['type'] = 'paragraph';
    let level: number | undefined;
    let depth: number | undefined;
    let skipFirst = 0;
    if (first.siblings > 1) type = 'table-cell';
    else if (isHeadingStyle(first)) {
      type = 'heading';
      const at = headingSizes.indexOf(Math.round(first.size * 2) / 2);
      level = at >= 0 ? at + 1 : headingSizes.length + 1;
    } else if (first.bulleted || BULLETS_KEPT.test(first.text) || BULLETS_REPLACED.test(first.text) || indent > 0.8 * bodySize) {
      type = 'list-item';
      depth = Math.max(1, Math.round(indent / indentStep) + (indent > 0.8 * bodySize ? 0 : 1));
      if (BULLETS_REPLACED.test(first.text)) {
        line += '- ';
        skipFirst = first.text.match(BULLETS_REPLACED)![0].length;
      } else if (!BULLETS_KEPT.test(first.text)) line += '- ';
    }
    block.forEach((seg, k) => {
      // The line's own type: its largest run's size and baseline.
      const main = seg.runs.reduce((a, r) => (r.size > a.size ? r : a));
      if (k > 0) {
        const joined = joinLine(block[k - 1], seg);
        if (joined === 'space') line += ' ';
        else if (joined === 'drop-hyphen') dropLastHyphen();
      }
      seg.runs.forEach((run, r) => {
        if (r > 0 && needsSpace(seg.runs[r - 1], run) && !/\s$/.test(line)) line += ' ';
        let str = run.str;
        let x = run.x;
        let width = run.width;
        if (k === 0 && r === 0 && skipFirst > 0) {
          const cut = Math.min(skipFirst, str.length);
          x += (width * cut) / str.length;
          width -= (width * cut) / str.length;
          str = str.slice(cut).trimStart();
        }
        const soft = str.indexOf('\u00ad');
        if (soft >= 0 && soft === str.length - 1) {
          width -= width / str.length;
          str = str.slice(0, -1);
        }
        if (str.length === 0) return;
        fragments.push(boxed(run, base + line.length, base + line.length + str.length, lineIndex, x, width, seg.page));
        // A note reference: a label in smaller type, raised above the line's baseline ("skills.38").
        if (run !== main && run.horizontal && run.size <= 0.9 * main.size && main.baseline - run.baseline >= 0.15 * main.size && isNoteLabel(str.trim())) {
          const at = base + line.length + str.indexOf(str.trim());
          marks.push({ from: at, to: at + str.trim().length });
        }
        line += str;
      });
      lineIndex++;
    });
    parts.push(line);
    base += line.length;
    layoutBlocks.push({ type, ...(level !== undefined ? { level } : {}), ...(depth !== undefined ? { depth } : {}), from, to: base, page: first.page });
  }

  function joinLine(p: Segment, s: Segment): 'space' | 'keep-hyphen' | 'drop-hyphen' {
    const end = p.text.match(/(\p{L}+)[-\u2010\u00ad]$/u);
    const start = s.text.match(/^(\p{Ll}[\p{L}]*)/u);
    if (!end || !start) return 'space';
    if (p.text.endsWith('\u00ad')) return 'drop-hyphen';
    const whole = (end[1] + start[1]).toLowerCase();
    const hyphened = `${end[1]}-${start[1]}`.toLowerCase();
    return words.has(whole) && !words.has(hyphened) ? 'drop-hyphen' : 'keep-hyphen';
  }

  function dropLastHyphen(): void {
    const last = fragments[fragments.length - 1];
    if (!last || last.to !== base + line.length || !/[-\u2010\u00ad]$/.test(line)) return;
    const length = last.to - last.from;
    if (length === 1) fragments.pop();
    else {
      last.width = round(last.width - last.width / length);
      last.to -= 1;
    }
    line = line.slice(0, -1);
  }

  const text = parts.join('');
  return {
    text,
    layout: {
      pages: pages.map((p) => ({ number: p.number, width: round(p.width), height: round(p.height), rotation: p.rotation })),
      fragments,
      blocks: layoutBlocks,
    },
    dropped,
    marks,
  };

  function boxed(run: GlyphRun, from: number, to: number, line: number, x: number, width: number, page: number): Fragment {
    const p = pages[pageByNumber.get(page)!];
    if (run.box) {
      const b = run.box;
      return { from, to, line, page, x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) };
    }
    const top = Math.max(0, run.baseline - run.ascent * run.size);
    const bottom = Math.min(p.height, run.baseline - run.descent * run.size);
    const left = Math.max(0, Math.min(x, p.width));
    const right = Math.max(left, Math.min(x + width, p.width));
    return { from, to, line, page, x: round(left), y: round(top), width: round(right - left), height: round(Math.max(0, bottom - top)) };
  }
}
