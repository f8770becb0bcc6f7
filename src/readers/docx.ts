// Reads a Word .docx file with mammoth: its styles become HTML ("Heading 1"…"Heading 6" → h1…h6,
// "Title" → h1, numbered and bulleted paragraphs → nested ul/ol with their depth, tables → table), and
// the HTML reader turns that into the same visible text lines as a web page: one line per heading,
// paragraph, table cell or list item ("- item"). That text is source.txt, and every position points
// into it; a record's heading path (unit, phase) is the way back into the Word file.
import { LoadError } from '../stages/load-document.js';
import { importPackage } from '../import-package.js';
import { TextBuilder } from '../markup/text-builder.js';
import { readHtmlInto } from '../markup/html.js';
import type { Block, LayoutBlock, Span } from '../model.js';
import { finishBlocks } from '../markup/blocks.js';
import { splitLines } from '../text/lines.js';

export interface DocxReading {
  text: string;
  /** The HTML mammoth made (what the blocks are read from). */
  html: string;
  blocks: LayoutBlock[];
  /** The HTML reader's typed blocks (h1 → level 1 …), as for a web page. */
  typedBlocks: Block[];
  /** Note references (mammoth writes a footnote's as a superscript link, "[1]"), as spans of `text`. */
  marks: Span[];
}

// Styles Word documents use for headings beyond mammoth's defaults (which map "heading 1"…"heading 6").
// A "Title" paragraph is an h1 with class "title"; where a document has one, its "Heading N" are
// blocks of level N + 1 (the HTML reader reads both as lines of text all the same).
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p.subtitle:fresh"];

export async function readDocx(bytes: Uint8Array, path: string): Promise<DocxReading> {
  const mammoth = (await importPackage<{ default: typeof import('mammoth') }>('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not text: an empty src rather than the picture inlined as base64.
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    const detail = (error as Error)?.message ?? String(error);
    throw new LoadError(path, 'docx-damaged', `the Word file is damaged or not a Word document (${detail.split('\n')[0]}); open it in Word and save it again as .docx, or save it as PDF`);
  }
  const builder = new TextBuilder();
  const reading = readHtmlInto(builder, html, true);
  const { text } = builder.finish();
  return { text, html, blocks: blocksOf(html, text), typedBlocks: finishBlocks(text, reading.blocks), marks: reading.marks };
}

/**
 * The typed blocks of the text, from the element each line came from: h1–h6 a heading of that level,
 * li a list item as deep as its lists are nested, td/th a table cell, everything else a paragraph.
 * mammoth's HTML is flat and regular (no attributes but on links and images), so the opening tags,
 * in order, name the text lines, in order.
 */
function blocksOf(html: string, text: string): LayoutBlock[] {
  const kinds: Array<Pick<LayoutBlock, 'type' | 'level' | 'depth'>> = [];
  const shift = /<h1 class="title">/.test(html) ? 1 : 0;
  let depth = 0;
  let pendingItem: Pick<LayoutBlock, 'type' | 'level' | 'depth'> | null = null;
  for (const m of html.matchAll(/<(\/?)(h[1-6]|p|li|ul|ol|td|th)\b[^>]*>|([^<]+)/g)) {
    const [, closing, tag, chars] = m;
    if (chars !== undefined) {
      if (pendingItem && chars.trim() !== '') {
        kinds.push(pendingItem);
        pendingItem = null;
      }
      continue;
    }
    if (tag === 'ul' || tag === 'ol') depth += closing ? -1 : 1;
    else if (!closing) {
      if (tag === 'li') pendingItem = { type: 'list-item', depth };
      else if (/^h[1-6]$/.test(tag)) pendingItem = { type: 'heading', level: /^<h1 class="title">/.test(m[0]) ? 1 : Math.min(6, Number(tag[1]) + shift) };
      else if (tag === 'td' || tag === 'th') pendingItem = { type: 'table-cell' };
      else if (!pendingItem || pendingItem.type !== 'list-item' && pendingItem.type !== 'table-cell') pendingItem = { type: 'paragraph' };
    }
  }
  const blocks: LayoutBlock[] = [];
  let k = 0;
  for (const line of splitLines(text)) {
    if (line.content.trim() !== '') {
      const kind = kinds[k++] ?? { type: 'paragraph' as const };
      blocks.push({ ...kind, from: line.from, to: line.to });
    }
  }
  return blocks;
}
