// Stage 1: turn the bytes of a file into a Doc. Pure: the caller reads the file.
//
// - The bytes are decoded by text/decode.ts (UTF-8, UTF-16 with or without a byte order mark,
//   Windows-1252 for bytes that are not UTF-8); its notes become the document's first messages.
// - Line endings are kept as they are: "\r\n", "\n" and a lone "\r" each end a line (text/lines.ts),
//   and offsets count into the decoded text, so a CRLF file never shifts a position.
// - Input that is not text at all (NUL bytes, mostly unprintable bytes, a PDF, a .docx) is a LoadError
//   that names the file, says what it looks like and what to do: nothing can be read from it.
import type { RuleId } from '../rules.js';
import { createHash } from 'node:crypto';
import { createDoc, addMessage, type Doc, type SourceFormat, type SourceInfo } from '../model.js';
import { decode, NotTextError } from '../text/decode.js';
import { splitLines } from '../text/lines.js';
import { detectFormat } from './detect-format.js';
import type { Converted } from '../readers/convert.js';

export class LoadError extends Error {
  constructor(
    readonly path: string,
    readonly ruleId: RuleId,
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

export interface LoadOptions {
  /** The path recorded in the output (as given on the command line). */
  path: string;
  /** A PDF or Word file as its reader gave it (readers/convert.ts): its text is the document's. */
  converted?: Converted | null;
  /** The reader for a text file, instead of the one its content and extension point to. */
  format?: TextFormat;
}

/** The formats of text files; PDF and Word are told by their bytes. */
export type TextFormat = Exclude<SourceFormat, 'pdf' | 'docx'>;

/** A PDF or Word file: the text its reader made is both `raw` and `text` (source.txt), with its layout. */
function loadConverted(bytes: Uint8Array, path: string, converted: Converted): Doc {
  const raw = converted.text;
  const lines = raw.length === 0 ? [] : splitLines(raw);
  const source: SourceInfo = {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: lines.length,
    bytes: bytes.length,
    format: converted.format,
    encoding: 'utf-8',
  };
  const doc = createDoc(source, raw);
  doc.lines = lines;
  doc.layout = converted.layout;
  doc.blocks = converted.blocks;
  doc.noteMarks = converted.marks;
  for (const [ruleId, reason] of converted.notes) addMessage(doc, ruleId, reason);
  if (raw.trim().length === 0) addMessage(doc, 'empty-document', `the ${converted.format === 'pdf' ? 'PDF' : 'Word file'} holds no text; there is nothing to extract`);
  return doc;
}

export function loadDocument(bytes: Uint8Array, options: LoadOptions): Doc {
  const { path } = options;
  if (options.converted) return loadConverted(bytes, path, options.converted);
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (error) {
    if (error instanceof NotTextError) throw new LoadError(path, error.ruleId, error.message);
    throw error;
  }
  const raw = decoded.text;
  const lines = raw.length === 0 ? [] : splitLines(raw);
  const source: SourceInfo = {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: lines.length,
    bytes: bytes.length,
    format: options.format ?? detectFormat(path, raw),
    encoding: decoded.encoding,
  };
  const doc = createDoc(source, raw);
  doc.lines = lines;
  for (const note of decoded.notes) addMessage(doc, note.ruleId, note.reason, note.span);
  if (raw.trim().length === 0) {
    addMessage(doc, 'empty-document', raw.length === 0 ? 'the file is empty; there is nothing to extract' : 'the file holds only whitespace; there is nothing to extract');
  }
  return doc;
}
