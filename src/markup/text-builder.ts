// The visible text of a marked-up page, built as lines, with a map from each of its characters back
// to the source. Every reader (HTML, Markdown, Content API JSON) writes through one TextBuilder:
//
//   <h2>Cabinet Office</h2><ul><li>evaluating <strong>digital</strong>
//       propositions</li></ul>
//
// becomes the two lines "Cabinet Office" and "- evaluating digital propositions". Whitespace runs
// collapse to one space and vanish at line ends, as a browser shows them. `start[i]` is the source
// index of text character i and `end[i]` the source index just after it: the "&" of "R&amp;D" starts
// at the "&" of "&amp;" and ends after its ";". Characters the builder adds itself (the line break
// between two blocks, the "- " of a list item) take a zero-width place next to the block they belong to.
import { referenceAt } from './char-refs.js';

export interface TextMap {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

/** Positions of a string inside a file, as a JSON string's characters sit inside the .json file. */
export interface OffsetMap {
  /** File index of string character i; one entry more than the string has characters. */
  start: Int32Array;
  /** File index just after string character i. */
  end: Int32Array;
}

function isCollapsible(code: number): boolean {
  // ASCII whitespace as HTML collapses it; a no-break space is visible and stays.
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}

export class TextBuilder {
  private text = '';
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  private length = 0;
  private lineHasContent = false;
  private breakPending = false;
  private spaceAt = -1;
  private prefix: { text: string; at: number } | null = null;
  private lastEnd = 0;
  private translation: OffsetMap | null = null;

  /** Source positions given from now on are positions in a string that `offsets` places in the file. */
  translate(offsets: OffsetMap | null): void {
    this.translation = offsets;
  }

  /** Index in the text where the next character will go. */
  get size(): number {
    return this.length;
  }

  /** The text written since `from`. */
  peek(from: number): string {
    return this.text.slice(from);
  }

  /** Starts a new line before the next visible character; `prefix` ("- ") opens that line. */
  block(prefix?: string, at?: number): void {
    this.breakPending = true;
    if (prefix !== undefined && at !== undefined) this.prefix = { text: prefix, at: this.fileStart(at) };
  }

  /** Ends a list item: a marker that no visible character followed is dropped ("<li></li>"). */
  endItem(): void {
    this.prefix = null;
  }

  /** One UTF-16 code unit of visible text whose source is [from, to) (in the string being read). */
  char(c: string, from: number, to: number): void {
    const code = c.charCodeAt(0);
    if (isCollapsible(code)) {
      if (this.lineHasContent && this.spaceAt < 0 && !this.breakPending) this.spaceAt = this.fileStart(from);
      return;
    }
    const start = this.fileStart(from);
    const end = to > from ? this.fileEnd(to - 1) : start;
    if (this.breakPending) {
      if (this.lineHasContent) {
        this.push('\n', this.lastEnd, this.lastEnd);
        this.lineHasContent = false;
      }
      this.breakPending = false;
      this.spaceAt = -1;
    }
    if (!this.lineHasContent && this.prefix) {
      for (const p of this.prefix.text) this.push(p, this.prefix.at, this.prefix.at);
    }
    this.prefix = null;
    if (this.spaceAt >= 0) this.push(' ', this.spaceAt, this.spaceAt + 1);
    this.spaceAt = -1;
    this.push(c, start, end);
    this.lineHasContent = true;
    this.lastEnd = end;
  }

  /**
   * The text of a parsed node: `value` is what the parser decoded from `source[from, to)`. The two are
   * walked together, so each character of `value` finds its own source: "caf&eacute;" gives "é" the
   * place of "&eacute;"; source characters the parser dropped (the "\" of a Markdown "\*", a quote's
   * "> ") are stepped over.
   */
  appendAligned(source: string, from: number, to: number, value: string): void {
    let i = from;
    let j = 0;
    while (j < value.length) {
      const c = value[j];
      if (i < to && isCollapsible(c.charCodeAt(0)) && isCollapsible(source.charCodeAt(i))) {
        // A run of whitespace stands for a run in the source, which may differ ("\r\n  " for "\n").
        this.char(' ', i, i + 1);
        while (j < value.length && isCollapsible(value.charCodeAt(j))) j++;
        while (i < to && isCollapsible(source.charCodeAt(i))) i++;
        continue;
      }
      if (i < to && source[i] === c) {
        this.char(c, i, i + 1);
        i++;
        j++;
        continue;
      }
      if (i < to && source[i] === '&') {
        const ref = referenceAt(source, i, value, j);
        if (ref) {
          for (let k = 0; k < ref.value.length; k++) this.char(ref.value[k], i, i + ref.length);
          i += ref.length;
          j += ref.value.length;
          continue;
        }
      }
      if (i < to) {
        i++;
        continue;
      }
      // The source ran out before the value did: place the rest at the node's end.
      this.char(c, Math.max(from, to - 1), to);
      j++;
    }
  }

  finish(): TextMap {
    return { text: this.text, start: this.start.slice(0, this.length), end: this.end.slice(0, this.length) };
  }

  private fileStart(index: number): number {
    const t = this.translation;
    return t ? t.start[Math.min(index, t.start.length - 1)] : index;
  }

  private fileEnd(index: number): number {
    const t = this.translation;
    return t ? t.end[Math.min(index, t.end.length - 1)] : index + 1;
  }

  private push(c: string, start: number, end: number): void {
    if (this.length === this.start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
    }
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length++;
    this.text += c;
  }
}
