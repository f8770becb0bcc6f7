// Stage 1: turn the bytes of a file into a Doc. Pure: the caller reads the file.
//
// - UTF-8 is expected; a BOM is skipped (UTF-8, UTF-16LE, UTF-16BE).
// - Line endings are kept as they are: "\r\n", "\n" and a lone "\r" each end a line, and offsets count
//   into the decoded text, so a CRLF file never shifts a position.
// - Bytes that are not UTF-8 (a Word export in Windows-1252, say) are decoded as Windows-1252, with a
//   message naming the first line that was not UTF-8.
// - Input that is not text at all (NUL bytes, most bytes unprintable) is a LoadError: nothing can be
//   read from it.
import { createHash } from 'node:crypto';
import { createDoc, addMessage, type Doc, type Line, type SourceInfo } from '../model.js';
import { detectFormat } from './detect-format.js';

export class LoadError extends Error {
  constructor(
    readonly path: string,
    readonly ruleId: string,
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Splits text into lines; the line endings stay out of `content` but count in the indices. */
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

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Index of the first byte that starts an invalid UTF-8 sequence (approximate: for the message), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export interface LoadOptions {
  /** The path recorded in the output (as given on the command line). */
  path: string;
}

export function loadDocument(bytes: Uint8Array, options: LoadOptions): Doc {
  const { path } = options;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let encoding: SourceInfo['encoding'] = 'utf-8';
  let raw: string;
  const notes: Array<[string, string, number | null]> = [];

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    raw = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    raw = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (looksBinary(bytes)) {
      throw new LoadError(
        path,
        'binary-input',
        'the file is binary, not text; convert it to UTF-8 text, Markdown or HTML first',
      );
    }
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    let decoded: string | null = null;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      decoded = null;
    }
    if (decoded !== null) {
      raw = decoded;
    } else {
      const bad = Math.max(0, firstInvalidUtf8(body));
      encoding = 'windows-1252';
      raw = new TextDecoder('windows-1252').decode(body);
      const line = lineOfByte(body, bad);
      notes.push([
        'not-utf8',
        `line ${line} is not valid UTF-8; the file was read as Windows-1252 (as Word saves it). Save it as UTF-8 to be sure every character is right`,
        line,
      ]);
    }
  }

  const lines = splitLines(raw);
  const source: SourceInfo = {
    path,
    sha256,
    lines: raw.length === 0 ? 0 : lines.length,
    bytes: bytes.length,
    format: detectFormat(path, raw),
    encoding,
  };
  const doc = createDoc(source, raw);
  doc.lines = lines;
  for (const [ruleId, reason, line] of notes) addMessage(doc, ruleId, reason, line, 1);
  if (raw.trim().length === 0) {
    addMessage(doc, 'empty-document', raw.length === 0 ? 'the file is empty' : 'the file holds only whitespace', null, null);
  }
  return doc;
}
