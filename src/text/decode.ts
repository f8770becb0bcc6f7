// Bytes to text: which encoding a file is in, and what to tell the user when it is not quite that
// encoding. Pure; knows nothing of paths or documents (load-document builds the Doc from the result).
//
// - UTF-8 is expected; a byte order mark is skipped (UTF-8, UTF-16LE, UTF-16BE). UTF-16 without a
//   mark is recognised by its zero bytes ("T\0i\0t\0l\0e\0" is UTF-16LE "Title").
// - Bytes that are not UTF-8 are read as Windows-1252, the way Word saves "plain text" (0x93 0x94 are
//   “ ”, 0x96 is –), byte sequence by byte sequence: a UTF-8 file with one pasted curly quote keeps
//   its other characters. A note names the first line that was not UTF-8 and how many there were.
// - Input that is not text at all (NUL bytes, mostly unprintable bytes, a PDF, a .docx) is a
//   NotTextError that says what the file looks like and what to do: nothing can be read from it.
import type { RuleId } from '../rules.js';
import type { SourceInfo, Span } from '../model.js';

export type Encoding = SourceInfo['encoding'];

/** A problem met while decoding: `span` is where it is in the decoded text (UTF-16), or null for the whole file. */
export interface DecodeNote {
  ruleId: RuleId;
  reason: string;
  span: Span | null;
}

export interface Decoded {
  /** The decoded text, byte order mark removed. */
  text: string;
  encoding: Encoding;
  notes: DecodeNote[];
}

/** The bytes are not text at all (binary data, RTF): what the file looks like and what to do. */
export class NotTextError extends Error {
  constructor(
    readonly ruleId: RuleId,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there does not start one.
 * Exact (WHATWG / RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
 */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + need >= bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < lo || second > hi) return 0;
  for (let k = 2; k <= need; k++) {
    const c = bytes[i + k];
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return need + 1;
}

// Windows-1252 is Latin-1 except for 0x80–0x9F, where Word's curly quotes, dashes, € and … live.
// (Node's TextDecoder('windows-1252') reads those bytes as C1 control characters, so the table is here.)
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The character Windows-1252 gives a byte (0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned and kept as C1). */
export function windows1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
}

// ignoreBOM: the byte order mark is skipped once, by hand; a U+FEFF anywhere after it is text and is kept.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

interface Fallback {
  /** The decoded text. */
  text: string;
  /** 1-based lines that held bytes that are not UTF-8, in order. */
  lines: number[];
  /** Column (1-based, code points) of the first such byte on the first such line, and the byte. */
  column: number;
  /** UTF-16 index in `text` of the character the first such byte was read as. */
  index: number;
  byte: number;
  /** The character that byte was read as. */
  readAs: string;
  /** Bytes at the very end that start a UTF-8 character and stop in its middle. */
  cutOff: number;
}

/**
 * Decodes bytes that are not all valid UTF-8: each valid UTF-8 sequence as UTF-8, each other byte as
 * Windows-1252. Line breaks are the same bytes in both encodings, so lines are counted on the way.
 */
function decodeMixed(bytes: Uint8Array): Fallback {
  const parts: string[] = [];
  const badLines: number[] = [];
  let line = 1;
  let lineStartChars = 0; // code points decoded before the current line
  let chars = 0; // code points decoded so far
  let units = 0; // UTF-16 code units decoded so far
  let index = 0;
  let runStart = 0;
  let column = 0;
  let byte = 0;
  let readAs = '';
  let cutOff = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      const run = UTF8.decode(bytes.subarray(runStart, end));
      parts.push(run);
    }
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x0a || b === 0x0d) {
      chars++;
      units++;
      if (b === 0x0d && bytes[i + 1] === 0x0a) {
        chars++;
        units++;
        i++;
      }
      i++;
      line++;
      lineStartChars = chars;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      chars++;
      units += n === 4 ? 2 : 1;
      i += n;
      continue;
    }
    // A byte that is not UTF-8.
    flush(i);
    const ch = windows1252Char(b);
    parts.push(ch);
    if (badLines.length === 0) {
      column = chars - lineStartChars + 1;
      index = units;
      byte = b;
      readAs = ch;
    }
    if (badLines[badLines.length - 1] !== line) badLines.push(line);
    if (cutOff === 0 && b >= 0xc2 && b <= 0xf4 && isCutOffTail(bytes, i)) cutOff = bytes.length - i;
    chars++;
    units++;
    i++;
    runStart = i;
  }
  flush(bytes.length);
  return { text: parts.join(''), lines: badLines, column, index, byte, readAs, cutOff };
}

/** True when bytes[i..] is the start of a multi-byte UTF-8 character that the file's end cut short. */
function isCutOffTail(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i];
  const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
  const rest = bytes.length - i - 1;
  if (rest >= need) return false;
  for (let k = i + 1; k < bytes.length; k++) if ((bytes[k] & 0xc0) !== 0x80) return false;
  return true;
}

/** What a binary file most likely is, from its first bytes, and what to do with it. */
function describeBinary(bytes: Uint8Array): string {
  const starts = (...sig: number[]) => sig.every((b, k) => bytes[k] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
    if (head.includes('application/vnd.oasis.opendocument')) {
      return 'the file is an OpenDocument file (.odt, from LibreOffice or Google Docs), which policy-extract does not read; save it as Word (.docx) or PDF';
    }
    if (head.includes('word/')) return 'the file is a Word .docx file; PDF and Word files are read by processFile, not processDocument';
    return 'the file is a zip archive, not a document; unpack it and give the files inside (text, HTML, Markdown, PDF or Word .docx)';
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'the file is a PDF; PDF and Word files are read by processFile, not processDocument';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'the file is an old Word (.doc) or Office file, which policy-extract does not read; save it from Word as .docx or PDF';
  if (starts(0x1f, 0x8b)) return 'the file is gzip-compressed; unpack it first';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) {
    return 'the file is an image, not text; policy-extract reads text, Markdown, HTML and GOV.UK JSON';
  }
  return UNKNOWN_BINARY;
}

const UNKNOWN_BINARY = 'the file is binary data, not text; convert it to UTF-8 text, Markdown or HTML first';

/** UTF-16 without a byte order mark, told by where the zero bytes of ASCII characters fall; or null. */
function sniffUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = sample.length >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.02) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.02) return 'utf-16be';
  return null;
}

function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Share of characters of a decoded sample that are control characters other than tab and line breaks. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x09 || (c > 0x0d && c < 0x20) || c === 0x7f) control++;
  }
  return control / text.length;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', notes: DecodeNote[]): string {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (bytes.length % 2 === 1) {
    notes.push({
      ruleId: 'cut-off',
      reason: `the file ends in the middle of a UTF-16 character (an odd number of bytes); it may have been cut off while saving. The last byte was read as "\ufffd"`,
      span: { from: text.length - 1, to: text.length },
    });
  }
  return text;
}

/** Decodes the bytes of a text file. Throws NotTextError when they are not text at all. */
export function decode(bytes: Uint8Array): Decoded {
  const notes: DecodeNote[] = [];
  const sample = bytes.subarray(0, 8192);
  const utf16 = sniffUtf16(sample);

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le', notes), encoding: 'utf-16le', notes };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be', notes), encoding: 'utf-16be', notes };
  if (utf16 !== null && controlShare(new TextDecoder(utf16).decode(sample.subarray(0, sample.length & ~1))) < 0.05) {
    const text = decodeUtf16(bytes, utf16, notes);
    notes.push({
      ruleId: 'utf16-without-bom',
      reason: `the file has no byte order mark and was read as ${utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} (its zero bytes say so); save it as UTF-8 to be sure`,
      span: null,
    });
    return { text, encoding: utf16, notes };
  }
  // A known binary format is named even when its first bytes look like text ("%PDF-1.4").
  const known = describeBinary(bytes);
  if (known !== UNKNOWN_BINARY || looksBinary(sample)) throw new NotTextError('binary-input', known);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body[0] === 0x7b && /^\{\\rtf/.test(String.fromCharCode(...body.subarray(0, 5)))) {
    throw new NotTextError('rtf-input', 'the file is Rich Text (RTF), whose text is mixed with formatting codes; save it from Word as .docx or PDF (or as plain text, UTF-8)');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', notes };
  } catch {
    // Not all UTF-8: read below, byte sequence by byte sequence.
  }
  const fallback = decodeMixed(body);
  const first = fallback.lines[0];
  const others = fallback.lines.length - 1;
  if (fallback.cutOff > 0 && fallback.lines.length === 1) {
    notes.push({
      ruleId: 'cut-off',
      reason: `the file ends in the middle of a character (line ${first}); it may have been cut off while saving. The last ${plural(fallback.cutOff, 'byte')} were read as Windows-1252`,
      span: { from: fallback.index, to: fallback.text.length },
    });
  } else {
    notes.push({
      ruleId: 'not-utf8',
      reason:
        `line ${first} is not valid UTF-8 (byte ${hex(fallback.byte)} at column ${fallback.column})` +
        (others > 0 ? `, nor ${others === 1 ? 'is 1 other line' : `are ${others} other lines`} (first ${fallback.lines.slice(1, 6).join(', ')}${others > 5 ? ', …' : ''})` : '') +
        `; those bytes were read as Windows-1252, as Word saves text (${hex(fallback.byte)} → "${fallback.readAs}"). Save the file as UTF-8 to be sure every character is right`,
      span: { from: fallback.index, to: fallback.index + 1 },
    });
  }
  return { text: fallback.text, encoding: 'windows-1252', notes };
}
