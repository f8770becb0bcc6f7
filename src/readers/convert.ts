// PDF and Word files are read before the pipeline runs, because their readers (pdf.js, mammoth) are
// asynchronous: each gives the text the pipeline reads (written out as source.txt) and its layout,
// which load-document installs as `raw`, `text` and `layout`. Every other file passes through as bytes.
import type { Block, Layout, LayoutBlock, SourceFormat, Span } from '../model.js';
import { finishBlocks, type RawBlock } from '../markup/blocks.js';
import type { RuleId } from '../rules.js';

export interface Converted {
  format: Extract<SourceFormat, 'pdf' | 'docx'>;
  text: string;
  layout: Layout;
  /** The typed blocks of the text, as the other readers give them (Doc.blocks). */
  blocks: Block[];
  /** Messages about the reading: [rule id, reason]. */
  notes: Array<[RuleId, string]>;
  /** Note references the reader saw (a PDF's superscript labels), as spans of `text` (Doc.noteMarks). */
  marks: Span[];
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, k) => bytes[at + k] === b);
}

/** True when a zip archive names `entry` in one of its first local headers (a .docx names "word/document.xml"). */
function zipHas(bytes: Uint8Array, entry: string): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 20)).toString('latin1');
  return head.includes(entry) || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-65536).toString('latin1').includes(entry);
}

/** 'pdf' or 'docx' when the bytes are one (a PDF may have up to 1 KB of junk before "%PDF-"), else null. */
export function binaryFormat(bytes: Uint8Array): 'pdf' | 'docx' | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP)) return zipHas(bytes, 'word/document.xml') ? 'docx' : null;
  const head = bytes.subarray(0, 1024);
  for (let i = 1; i + 5 <= head.length; i++) if (startsWith(head, PDF, i)) return 'pdf';
  return null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Reads a PDF or .docx into text and layout; null for any other file. Throws LoadError when it cannot be read. */
export async function convertDocument(bytes: Uint8Array, path: string): Promise<Converted | null> {
  const format = binaryFormat(bytes);
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf.js');
    const reading = await readPdf(bytes, path);
    const notes: Converted['notes'] = [];
    if (reading.failedPages.length > 0) {
      const pages = reading.failedPages;
      notes.push([
        'pdf-page-failed',
        `${pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.join(', ')}`} of ${reading.pageCount} could not be read and ${pages.length === 1 ? 'is' : 'are'} missing from the text; the other pages were read. Open the PDF in a reader to check ${pages.length === 1 ? 'that page' : 'those pages'}`,
      ]);
    }
    if (reading.dropped.count > 0) {
      notes.push([
        'running-lines-dropped',
        `${plural(reading.dropped.count, 'running header or footer line')} (repeated at the same place on most pages, or a page number) left out of the text: ${reading.dropped.examples.map((e) => `"${e}"`).join(', ')}`,
      ]);
    }
    return { format, text: reading.text, layout: reading.layout, blocks: blocksFromLayout(reading.text, reading.layout.blocks), notes, marks: reading.marks };
  }
  if (format === 'docx') {
    const { readDocx } = await import('./docx.js');
    const reading = await readDocx(bytes, path);
    return { format, text: reading.text, layout: { pages: [], fragments: [], blocks: reading.blocks }, blocks: reading.typedBlocks, notes: [], marks: reading.marks };
  }
  return null;
}

/**
 * A PDF's layout blocks as typed blocks: a heading keeps the level of its type size (the largest
 * type 1), a list item its depth, and a run of table cells is one table block, its cells a line each.
 */
export function blocksFromLayout(text: string, layout: LayoutBlock[]): Block[] {
  const raw: RawBlock[] = [];
  layout.forEach((b, i) => {
    const last = raw[raw.length - 1];
    if (b.type === 'table-cell') {
      if (last?.type === 'table' && layout[i - 1]?.type === 'table-cell') last.to = b.to;
      else raw.push({ type: 'table', level: null, depth: null, bold: false, from: b.from, to: b.to });
      return;
    }
    const type = b.type === 'list-item' ? 'listItem' : b.type;
    raw.push({ type, level: b.level ?? null, depth: b.depth ?? null, bold: false, from: b.from, to: b.to });
  });
  return finishBlocks(text, raw);
}
