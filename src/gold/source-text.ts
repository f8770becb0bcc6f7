// The source text a gold file counts in: the decoded file (byte order mark removed), with positions in
// Unicode code points as document.json and the W3C Web Annotation model count them. Pure.
import type { Point } from '../model.js';
import { lineStarts } from '../text/lines.js';

export class SourceText {
  /** UTF-16 index of each code point, and one past the end. */
  private readonly u16: number[];
  /** Code-point offset at which each line starts ("\r\n", "\r" and "\n" end a line). */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.u16 = [];
    for (let i = 0; i < text.length; ) {
      this.u16.push(i);
      const c = text.codePointAt(i)!;
      i += c > 0xffff ? 2 : 1;
    }
    this.u16.push(text.length);
    this.lineStarts = lineStarts(text).map((index) => this.toCodePoint(index));
    // A final line ending starts no line.
    if (this.lineStarts.length > 1 && this.lineStarts[this.lineStarts.length - 1] === this.length) this.lineStarts.pop();
  }

  /** Length in code points. */
  get length(): number {
    return this.u16.length - 1;
  }

  /** Code points [start, end). */
  slice(start: number, end: number): string {
    return this.text.slice(this.u16[Math.max(0, Math.min(start, this.length))], this.u16[Math.max(0, Math.min(end, this.length))]);
  }

  /** The UTF-16 index of a code-point offset. */
  toUtf16(offset: number): number {
    return this.u16[Math.max(0, Math.min(offset, this.length))];
  }

  /** The code-point offset of a UTF-16 index (an index inside a surrogate pair counts as its pair's start). */
  toCodePoint(index: number): number {
    let lo = 0;
    let hi = this.u16.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.u16[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line and column (from 1) of a code-point offset. */
  point(offset: number): Point {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1, offset };
  }

  /** The content of a line (from 1) without its ending, and its start offset; null past the last line. */
  line(n: number): { start: number; content: string } | null {
    const start = this.lineStarts[n - 1];
    if (start === undefined) return null;
    const next = this.lineStarts[n] ?? this.length;
    let content = this.slice(start, next);
    content = content.replace(/(?:\r\n|\r|\n)$/, '');
    return { start, content };
  }
}
