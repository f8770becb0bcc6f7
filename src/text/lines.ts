// The one line splitter: "\r\n", "\r" and "\n" each end a line, and the endings count in the indices
// (UTF-16) but stay out of a line's content, so a CRLF or classic-Mac file never shifts an offset.
import type { Line } from '../model.js';

const LINE_BREAK = /\r\n|\r|\n/g;

/** Splits text into lines; a final line ending starts no further line, and empty text is one empty line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  let number = 1;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lines.push({ number: number++, from, to: m.index, content: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  if (from < text.length || lines.length === 0) {
    lines.push({ number, from, to: text.length, content: text.slice(from) });
  }
  return lines;
}

/**
 * The UTF-16 index at which each line starts, the first being 0. Unlike splitLines, a final line
 * ending does start a line (an empty one): a position just after it is line n + 1, column 1.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}
