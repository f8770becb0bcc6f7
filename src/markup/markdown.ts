// Reads Markdown (CommonMark, as remark parses it) into visible text lines through a TextBuilder.
//
// - Each heading, paragraph, table cell and list item is a line; a list item's line starts "- "
//   whatever its marker ("1.", "*"), so "## Cabinet Office" and "* evaluating **digital** propositions"
//   become "Cabinet Office" and "- evaluating digital propositions".
// - Emphasis, links and code keep their visible text in the line; "\*" and "&amp;" show as "*" and
//   "&" and map back to their source.
// - kramdown as GOV.UK wrote it: "##04 The approach", "####Heading" and "#Title" (no space after the
//   hashes) are headings of their level; attribute lists ("{: .fig #fig-10}", "{::options …}") and header
//   ids ("## Heading {#id}") are markup, never text.
// - Each heading, paragraph, list item (with its depth) and table is also a typed block.
// - A Jekyll page's front matter ("---", "layout: report", "title: …", "---") is settings, not text; its
//   title and date are the document's (frontMatterOf).
// - Footnotes: a reference "[^3]" shows as its label, a note mark; each definition "[^3]: Ofcom, …" is a
//   line of its own, without its label.
// - Raw HTML is not shown, except that "<abbr title="Government Digital Service">GDS</abbr>" written
//   inline records an acronym definition, as it does in HTML, and "<sup>12</sup>" a note mark.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root, Table, TableRow } from 'mdast';
import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { toString } from 'mdast-util-to-string';
import type { MarkupAcronym, MarkupTable, Span } from '../model.js';
import { noteMark } from './html.js';
import { TextBuilder } from './text-builder.js';
import { TableRecorder } from './table-recorder.js';
import { splitPipeRow } from '../tables/pipe-text.js';
import type { RawBlock } from './blocks.js';

/**
 * Pipe tables, as GitHub and kramdown write them (with or without outer pipes): the table part of
 * remark-gfm alone, so that the rest of the Markdown reads as CommonMark, as before.
 */
function pipeTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/**
 * Footnotes, as kramdown and GitHub write them: "[^3]" in the text, "[^3]: Ofcom, …, August 2012" at the
 * end (the footnote part of remark-gfm alone).
 */
function footnotes(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

const parser = unified().use(remarkParse).use(pipeTables).use(footnotes).freeze();

// Rows of a pipe table that are markup, not data: kramdown's separator line between groups of body rows
// ("| ----|---- |"), and an attribute list on the line after the table ("{: .horizontal-bar-chart}"),
// which a GFM table takes in as a row.
// kramdown also separates a footer ("|====|") and may join cells of a separator with "+" ("|---+---|").
const SEPARATOR_CELL = /^(?=[^-=]*[-=])[-:=+]+$/;
const ATTRIBUTE_LIST = /^\{:.*\}$/;
function isMarkupRow(row: TableRow): boolean {
  const texts = row.children.map((c) => toString(c).trim());
  if (texts.length > 0 && texts.every((t) => SEPARATOR_CELL.test(t))) return true;
  const filled = texts.filter((t) => t !== '');
  return filled.length === 1 && ATTRIBUTE_LIST.test(filled[0]);
}
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

const BLOCKS = new Set(['heading', 'paragraph', 'blockquote', 'list', 'table', 'tableRow', 'tableCell', 'code', 'break', 'thematicBreak']);
const ABBR_OPEN = /^<abbr\b[^>]*\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>$/i;

export interface MarkdownReading {
  acronyms: MarkupAcronym[];
  /** Note references written as raw HTML ("<sup>12</sup>"), as spans of the text written. */
  marks: Span[];
  /** Each pipe table, its rows and cells as spans of the text written. */
  tables: MarkupTable[];
  blocks: RawBlock[];
}

// kramdown block attribute lists, attribute list definitions and extensions, alone on a line:
// "{: .fig #fig-10}", "{:.table}", "{:ref: .class}", "{::options parse_block_html="true" /}".
const ATTRIBUTE_LINE = /^[ \t]{0,3}\{:[^\n\r]*\}[ \t]*$/gm;
// A heading without a space after its hashes, as kramdown allows: "##04 The approach", "####Action 01: …".
const TIGHT_ATX = /^([ \t]{0,3})(#{2,6})(?=[^#\s])/gm;
// A kramdown header id at the end of a heading line: "## Overview {#overview}".
const HEADER_ID = /^([ \t]{0,3}#{1,6}[^\n\r]*?)([ \t]*\{#[\w:.-]+\})[ \t]*$/gm;

/**
 * The Markdown as the CommonMark parser should see it, with every character in its place: kramdown
 * markup the parser does not know is blanked out, and "####Heading" becomes "### Heading" (one hash
 * turned into the missing space; `tight` keeps the lines whose heading is one level deeper than parsed).
 */
export function kramdownForParser(markdown: string): { text: string; tight: Set<number> } {
  const tight = new Set<number>();
  // Front matter is the page's settings, never its text (read by frontMatterOf).
  const front = FRONT_MATTER.exec(markdown);
  let text = front ? front[0].replace(/[^\r\n]/g, ' ') + markdown.slice(front[0].length) : markdown;
  text = text.replace(ATTRIBUTE_LINE, (m) => ' '.repeat(m.length));
  text = text.replace(HEADER_ID, (_m, head: string, id: string) => head + ' '.repeat(id.length) + ' '.repeat(_m.length - head.length - id.length));
  text = text.replace(TIGHT_ATX, (_m, indent: string, hashes: string, offset: number) => {
    tight.add(offset);
    return indent + hashes.slice(1) + ' ';
  });
  return { text, tight };
}

// A Jekyll page's YAML front matter: "---" on the first line, settings, "---" or "..." on a line of its own.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[^\r\n]*\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FRONT_SETTING = /^(title|date)[ \t]*:[ \t]*(.*?)[ \t]*$/gm;

/**
 * The title and date a page's front matter gives ("title: "Digital progress: January to March 2014"",
 * "date: 2014-04-15"), each null when it gives none. Quotes around a value are the YAML's, not the title's.
 */
export function frontMatterOf(markdown: string): { title: string | null; date: string | null } {
  const front = FRONT_MATTER.exec(markdown);
  const out: { title: string | null; date: string | null } = { title: null, date: null };
  if (!front) return out;
  FRONT_SETTING.lastIndex = 0;
  for (let m = FRONT_SETTING.exec(front[0]); m; m = FRONT_SETTING.exec(front[0])) {
    const value = m[2].replace(/^(["'])(.*)\1$/, '$2').trim();
    if (m[1] === 'title' && value) out.title = value;
    if (m[1] === 'date' && /^\d{4}-\d{2}-\d{2}/.test(value)) out.date = value.slice(0, 10);
  }
  return out;
}

export function readMarkdownInto(builder: TextBuilder, markdown: string): MarkdownReading {
  const prepared = kramdownForParser(markdown);
  const tree = parser.parse(prepared.text) as Root;
  // Line starts of the headings written without a space, by the offset of their line.
  const lineStartOf = (offset: number) => {
    let i = offset;
    while (i > 0 && markdown[i - 1] !== '\n' && markdown[i - 1] !== '\r') i--;
    return i;
  };
  const acronyms: MarkupAcronym[] = [];
  const blocks: RawBlock[] = [];
  let open: { title: string; from: number } | null = null;
  const marks: Span[] = [];
  let supFrom: number | null = null;
  const tables = new TableRecorder(builder, 'table-markdown');
  let lastEnd = 0;
  let listDepth = 0;
  let inItem = 0;
  let inTable = 0;

  // The "#" of a one-hash kramdown heading ("#Government Digital Strategy"), which CommonMark leaves in
  // the paragraph's text: skipped once, at this source offset.
  let hashAt = -1;
  const text = (value: string, node: Nodes) => {
    let from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from !== undefined && from === hashAt && value.startsWith('#')) {
      from++;
      value = value.slice(1);
      hashAt = -1;
    }
    if (from === undefined || to === undefined) builder.appendAligned(markdown, lastEnd, lastEnd, value);
    else {
      builder.appendAligned(markdown, from, to, value);
      lastEnd = to;
    }
  };

  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        if (node.type === 'code') builder.block();
        text(node.value, node);
        if (node.type === 'code') builder.block();
        return;
      case 'html': {
        // "<br/>" in a table cell ("£8.62 per face-to-face visit<br/>£2.83 per phone call") breaks the line.
        if (tables.inTable && LINE_BREAK_TAG.test(node.value.trim())) {
          builder.block();
          return;
        }
        if (/^<sup\b[^>]*>$/i.test(node.value.trim())) {
          supFrom = builder.size;
          return;
        }
        if (/^<\/sup\s*>$/i.test(node.value.trim()) && supFrom !== null) {
          const mark = noteMark(builder, supFrom);
          if (mark) marks.push(mark);
          supFrom = null;
          return;
        }
        const m = ABBR_OPEN.exec(node.value.trim());
        if (m) open = { title: m[1] ?? m[2], from: builder.size };
        else if (/^<\/abbr\s*>$/i.test(node.value.trim()) && open) {
          const short = builder.peek(open.from).trim();
          const long = open.title.replace(/\s+/g, ' ').trim();
          if (short && long && !short.includes('\n') && short !== long) {
            const start = open.from + builder.peek(open.from).indexOf(short);
            acronyms.push({ short, long, span: { from: start, to: start + short.length } });
          }
          open = null;
        }
        return;
      }
      case 'listItem': {
        builder.block('- ', node.position?.start.offset ?? lastEnd);
        const from = builder.size;
        inItem++;
        for (const child of node.children) walk(child);
        inItem--;
        if (!inTable) blocks.push({ type: 'listItem', level: null, depth: listDepth, bold: false, from, to: builder.size });
        builder.endItem();
        builder.block();
        return;
      }
      case 'list':
        listDepth++;
        builder.block();
        for (const child of node.children) walk(child);
        builder.block();
        listDepth--;
        return;
      case 'heading':
      case 'paragraph':
      case 'table': {
        if (node.type === 'paragraph' && !inTable && !inItem) {
          const rows = pipeParagraphLines(node);
          if (rows) {
            builder.block();
            const from = builder.size;
            readPipeLines(rows);
            builder.block();
            blocks.push({ type: 'table', level: null, depth: null, bold: false, from, to: builder.size });
            return;
          }
        }
        builder.block();
        const from = builder.size;
        // "#Title" on a line of its own: a heading of level 1, as kramdown reads it.
        const start = node.position?.start.offset;
        const oneHash = node.type === 'paragraph' && start !== undefined && node.position!.start.line === node.position!.end.line &&
          /^#[^#\s]/.test(markdown.slice(start, start + 2)) && node.children[0]?.type === 'text';
        if (oneHash) hashAt = start;
        if (node.type === 'table') {
          inTable++;
          walkTable(node);
          inTable--;
        } else for (const child of node.children) walk(child);
        builder.block();
        if (inTable) return;
        if (oneHash) {
          blocks.push({ type: 'heading', level: 1, depth: null, bold: false, from, to: builder.size });
        } else if (node.type === 'heading') {
          const deeper = start !== undefined && prepared.tight.has(lineStartOf(start)) ? 1 : 0;
          blocks.push({ type: 'heading', level: node.depth + deeper, depth: null, bold: false, from, to: builder.size });
        } else if (node.type === 'table') {
          blocks.push({ type: 'table', level: null, depth: null, bold: false, from, to: builder.size });
        } else if (!inItem) {
          // "**Action 01: Digital leaders**" or "__Next steps__" alone in a paragraph.
          const shown = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
          const bold = shown.length === 1 && shown[0].type === 'strong';
          blocks.push({ type: 'paragraph', level: null, depth: null, bold, from, to: builder.size });
        }
        return;
      }
      case 'footnoteReference': {
        // "[^3]" shows as its label, a note mark: no amount and no part of the name before it.
        const from = node.position?.start.offset;
        const to = node.position?.end.offset;
        if (from === undefined || to === undefined) return;
        const label = markdown.slice(from, to).replace(/^\[\^|\]$/g, '');
        const at = builder.size;
        builder.appendAligned(markdown, from + 2, from + 2 + label.length, label);
        lastEnd = to;
        marks.push({ from: at, to: builder.size });
        return;
      }
      case 'footnoteDefinition':
        // Each note is text of its own, as kramdown shows it at the page's end: "Ofcom, …, August 2012".
        builder.block();
        for (const child of node.children) walk(child);
        builder.block();
        return;
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'yaml':
        return;
      default:
        if (BLOCKS.has(node.type)) builder.block();
        if ('children' in node) for (const child of node.children) walk(child);
        if (BLOCKS.has(node.type)) builder.block();
    }
  };
  // A pipe table: its first row is the header row; kramdown's separator rows and a trailing attribute
  // list are markup, not rows.
  const walkTable = (node: Table): void => {
    tables.openTable();
    node.children.forEach((row, i) => {
      if (i > 0 && isMarkupRow(row)) return;
      tables.openRow(i === 0);
      for (const cell of row.children) {
        builder.block();
        tables.openCell(i === 0);
        for (const child of cell.children) walk(child);
        tables.closeCell();
        builder.block();
      }
      tables.closeRow();
    });
    tables.closeTable();
  };
  // A kramdown table without a header separator is a paragraph to CommonMark: every line starts with
  // a pipe ("| Cabinet Office | 12 |"). Its lines, as [from, to) offsets, or null for any other paragraph.
  const pipeParagraphLines = (node: Nodes): Array<[number, number]> | null => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return null;
    let lineStart = start;
    while (lineStart > 0 && markdown[lineStart - 1] !== '\n' && markdown[lineStart - 1] !== '\r') lineStart--;
    const lines: Array<[number, number]> = [];
    const re = /[^\r\n]*/g;
    re.lastIndex = lineStart;
    for (let m = re.exec(markdown); m && m.index < end; m = re.exec(markdown)) {
      if (m[0].length === 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      lines.push([m.index, Math.min(m.index + m[0].length, end)]);
    }
    return lines.length > 0 && lines.every(([f, t]) => /^[ \t]{0,3}\|/.test(markdown.slice(f, t)) && splitPipeRow(markdown.slice(f, t)) !== null) ? lines : null;
  };
  // Its rows: a separator line ("|---|---|") after the first row makes that row the header row; other
  // separator lines are markup. The cells are written as they stand in the source.
  const readPipeLines = (lines: Array<[number, number]>): void => {
    const isSeparator = (f: number, t: number) => /^[ \t]*\|?[ \t]*[-:=+|][-:=+| \t]*$/.test(markdown.slice(f, t)) && /-|=/.test(markdown.slice(f, t));
    const headed = lines.length > 1 && isSeparator(...lines[1]);
    tables.openTable();
    lines.forEach(([f, t], i) => {
      if (isSeparator(f, t)) return;
      tables.openRow(headed && i === 0);
      for (const [cf, ct] of splitPipeRow(markdown.slice(f, t))!) {
        builder.block();
        tables.openCell(headed && i === 0);
        builder.appendAligned(markdown, f + cf, f + ct, markdown.slice(f + cf, f + ct));
        tables.closeCell();
        builder.block();
      }
      tables.closeRow();
    });
    tables.closeTable();
  };
  walk(tree);
  return { acronyms, marks, tables: tables.tables, blocks };
}
