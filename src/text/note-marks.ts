// Note references the markup marks (`<sup>12</sup>`; doc.noteMarks, spans of `text` in document order):
// the stages that read text for its words (sentence splitting, extraction) read each one as blanks of
// its length, so that offsets stay those of the text as written.
import type { Span } from '../model.js';

// A note's number, or numbers: "12", "[3]", "12, 13", "4a", "*".
const NOTE_LABEL = /^(?:\[?(?:\d{1,3}[a-z]?|[*†‡])\]?)(?:\s*[,–-]\s*\[?\d{1,3}[a-z]?\]?)*$/;

/** Whether `label` (trimmed) reads as a note's label: "12", "[3]", "12, 13", "4a", "*". */
export function isNoteLabel(label: string): boolean {
  return NOTE_LABEL.test(label);
}

/** The index of the first mark that ends after `from`, searching from `start` (marks are in order). */
export function firstMarkAfter(marks: readonly Span[], from: number, start = 0): number {
  let k = start;
  while (k < marks.length && marks[k].to <= from) k++;
  return k;
}

/** `text` (the document's text from `base` on) with the marks that fall inside it written as spaces. */
export function blankMarks(text: string, base: number, marks: readonly Span[], first = firstMarkAfter(marks, base)): string {
  let out = text;
  for (let k = first; k < marks.length && marks[k].from < base + text.length; k++) {
    const from = Math.max(0, marks[k].from - base);
    const to = Math.min(text.length, marks[k].to - base);
    if (to > from) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * Where a sentence ending at `to` (in `text`, the document's text from `base` on) ends once the marks
 * right after it are its own: "skills.38 39" keeps both of its notes, so that no character is left
 * between two sentences.
 */
export function extendOverMarks(text: string, base: number, to: number, marks: readonly Span[], start = 0): number {
  for (let k = firstMarkAfter(marks, base + to, start); k < marks.length; k++) {
    let at = to;
    while (at < text.length && /[ \t]/.test(text[at])) at++;
    if (marks[k].from !== base + at) break;
    to = Math.min(text.length, marks[k].to - base);
  }
  return to;
}

/** The text of `span` with the marks inside it left out ("DWP[^3]", written "DWP3", is read "DWP"). */
export function withoutMarks(text: string, span: Span, marks: readonly Span[]): string {
  let out = '';
  let at = span.from;
  for (let k = firstMarkAfter(marks, span.from); k < marks.length && marks[k].from < span.to; k++) {
    out += text.slice(at, Math.max(at, marks[k].from));
    at = Math.max(at, Math.min(span.to, marks[k].to));
  }
  return out + text.slice(at, span.to);
}
