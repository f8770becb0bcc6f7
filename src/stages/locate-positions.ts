// Stage 5: turn working spans (UTF-16 indices into the text the stages read) into positions in the
// source file: line and column from 1, offset from 0, counted in Unicode code points.
// For HTML, Markdown and Content API JSON the text index is first mapped to the source index by
// `doc.sourceMap` (a span's start, and just after the source of its last character).
import type { Doc, Point, Span } from '../model.js';
import { sourceRange } from '../text/source-map.js';
import { createBoxLocator } from './locate-boxes.js';
import { lineStarts } from '../text/lines.js';

export interface Locator {
  /** The point at a UTF-16 index (a span's end is the point at its exclusive end index). */
  point(index: number): Point;
}

/** Positions in `raw` for UTF-16 indices into it. */
export function createLocator(raw: string): Locator {
  // Line starts (UTF-16) and a prefix count of astral characters, so that code-point offsets cost
  // one lookup; a file without astral characters needs no table at all.
  const starts = lineStarts(raw);
  let surrogates: Uint32Array | null = null;
  if (/[\ud800-\udbff]/.test(raw)) {
    surrogates = new Uint32Array(raw.length + 1);
    let count = 0;
    for (let i = 0; i < raw.length; i++) {
      surrogates[i] = count;
      const c = raw.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && i > 0 && raw.charCodeAt(i - 1) >= 0xd800 && raw.charCodeAt(i - 1) <= 0xdbff) count++;
    }
    surrogates[raw.length] = count;
  }
  const codePoints = (index: number) => (surrogates ? index - surrogates[Math.min(index, raw.length)] : index);
  const point = (index: number): Point => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    const offset = codePoints(index);
    return { line: lo + 1, column: offset - codePoints(starts[lo]) + 1, offset };
  };
  return { point };
}

export function locatePositions(doc: Doc): void {
  const locator = createLocator(doc.raw);
  const map = doc.sourceMap;
  const place = (span: Span) => {
    // HTML: from the source position of the first visible character to just after the source of the
    // last one, which for "R&amp;D" ending in "&" would be after the ";" of "&amp;".
    const range = sourceRange(map, span.from, span.to);
    return { start: locator.point(range.from), end: locator.point(range.to) };
  };
  for (const list of [doc.sections, doc.outline, doc.sentences, doc.entities, doc.acronyms, doc.commitments]) {
    for (const item of list) Object.assign(item, place(item.span));
  }
  for (const table of doc.tables) {
    Object.assign(table, place(table.span));
    if (table.captionSpan) {
      const { start, end } = place(table.captionSpan);
      Object.assign(table, { captionStart: start, captionEnd: end });
    }
    for (const cell of table.cells) Object.assign(cell, place(cell.span));
  }
  // PDF: the page of every start and end, and the boxes every record is printed in (source.txt is
  // both `raw` and `text`, so a span's indices are the fragments' indices).
  const pdf = doc.layout ? createBoxLocator(doc.layout) : null;
  if (pdf) {
    for (const list of [doc.sections, doc.outline, doc.sentences, doc.entities, doc.acronyms, doc.commitments]) {
      for (const item of list) {
        item.start!.page = pdf.page(item.span.from, false);
        item.end!.page = pdf.page(item.span.to, true);
        item.boxes = pdf.boxes(item.span.from, item.span.to);
      }
    }
    for (const section of doc.sections) {
      const lines = [section.unitLine, section.headingLine].filter((l): l is number => l !== null).map((l) => doc.lines[l - 1]);
      section.headingBoxes = lines.flatMap((line) => pdf.boxes(line.from, line.to));
    }
    for (const cell of doc.tables.flatMap((table) => table.cells)) {
      cell.start!.page = pdf.page(cell.span.from, false);
      cell.end!.page = pdf.page(cell.span.to, true);
      cell.boxes = pdf.boxes(cell.span.from, cell.span.to);
    }
  }
  // Messages: a span of the visible text is placed like any record ("phase heading … appears a second
  // time" points at the second <h3> of the file); one raised while decoding is already in the source.
  for (const message of doc.messages) {
    if (!message.span) continue;
    const { from, to } = message.inSource ? message.span : sourceRange(map, message.span.from, message.span.to);
    message.place = { start: locator.point(from), end: locator.point(to) };
  }
}
